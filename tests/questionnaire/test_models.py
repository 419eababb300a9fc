import re
import uuid

import pytest
from django.core.management import call_command

from eligibility import models
from eligibility.models import Assessment
from eligibility.references import ALPHABET


def test_a_reference_is_short_and_unambiguous():
    reference = models.new_reference()
    assert re.fullmatch(rf"RP-[{ALPHABET}]{{4}}-[{ALPHABET}]{{2}}", reference)
    assert not set("01OILU") & set(ALPHABET)


@pytest.mark.django_db
def test_a_new_assessment_has_a_random_public_id_and_reference():
    first, second = Assessment.start(language="en"), Assessment.start(language="en")
    assert isinstance(first.public_id, uuid.UUID) and first.public_id != second.public_id
    assert first.reference != second.reference
    assert str(first) == first.reference


@pytest.mark.django_db(transaction=True)
def test_a_reference_already_taken_is_drawn_again(monkeypatch):
    taken = Assessment.start(language="en").reference
    drawn = iter([taken, "RP-2345-67"])
    monkeypatch.setattr(models, "new_reference", lambda: next(drawn))
    assert Assessment.start(language="en").reference == "RP-2345-67"


@pytest.mark.django_db
def test_the_migrations_match_the_model():
    call_command("makemigrations", "eligibility", "--check", "--dry-run", verbosity=0)
