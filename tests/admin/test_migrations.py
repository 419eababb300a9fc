"""The migrations that bring existing assessments into the advisor workspace."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("eligibility", "0004_review_workspace")]
AFTER = [("eligibility", "0007_search_trigram_indexes")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_internal_notes_risks_and_nationalities_are_carried_over() -> None:
    apps = migrate(BEFORE)
    Assessment = apps.get_model("eligibility", "Assessment")
    noted = Assessment.objects.create(
        reference="RP-AAAA-22",
        language="en",
        answers={"nationality": "German"},
        internal_notes="Called on Monday.",
        result={"risks": [{"id": "medical", "status": "indicated"}]},
    )
    typed = Assessment.objects.create(
        reference="RP-AAAA-23",
        language="zh-hans",
        answers={"nationality": "德国和法国"},
        result={"risks": [{"id": "medical", "status": "possible"}]},
    )

    apps = migrate(AFTER)

    Assessment = apps.get_model("eligibility", "Assessment")
    Note = apps.get_model("eligibility", "Note")
    noted = Assessment.objects.get(pk=noted.pk)
    typed = Assessment.objects.get(pk=typed.pk)
    assert [(note.text, note.author_id) for note in Note.objects.filter(assessment=noted)] == [
        ("Called on Monday.", None)
    ]
    assert noted.answers["nationality"] == "DE" and noted.nationality == "DE"
    assert typed.answers["nationality"] == "德国和法国" and typed.nationality == ""
    assert noted.has_indicated_risk and not typed.has_indicated_risk
    assert list(noted.indicated_risks.values_list("risk_id", flat=True)) == ["medical"]


def test_going_back_puts_the_notes_into_the_internal_notes() -> None:
    apps = migrate(AFTER)
    Assessment = apps.get_model("eligibility", "Assessment")
    Note = apps.get_model("eligibility", "Note")
    assessment = Assessment.objects.create(reference="RP-AAAA-24", language="en")
    Note.objects.create(assessment=assessment, text="Older.")
    Note.objects.create(assessment=assessment, text="Newer.")

    apps = migrate(BEFORE)

    Assessment = apps.get_model("eligibility", "Assessment")
    assert Assessment.objects.get(pk=assessment.pk).internal_notes == "Newer.\n\nOlder."
    migrate(AFTER)
