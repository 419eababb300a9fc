"""A question form that looks the same for every applicant who sees it (nothing sent, only
choices answered) is rendered once per process and language (``{% shared_rendering %}``);
a form showing what one applicant typed, or refused with errors, is rendered for them alone."""

from datetime import date

import pytest
from django.test import Client

from eligibility.forms import AboutYouForm, StayPurposeForm
from eligibility.models import Assessment
from eligibility.widgets import SHARED_RENDERINGS
from tests.questionnaire.applicants import PROFESSOR, answers_of, post_data
from tests.questionnaire.conftest import question_url

CHECKED = 'value="{}" class="form-check-input" id="{}" checked'


@pytest.fixture(autouse=True)
def nothing_kept():
    SHARED_RENDERINGS.kept.clear()


def started(stay: dict) -> Assessment:
    """An applicant who has answered the pages before "stay", and on it ``stay``."""
    assessment = Assessment.start(language="en")
    before = {page: PROFESSOR[page] for page in ("about-you", "situations")}
    assessment.answers = {**answers_of(before), **stay}
    assessment.save()
    return assessment


def test_each_applicant_sees_their_own_choices(client: Client, db) -> None:
    yes = started({"stay_purpose": "work", "economic_means": "yes"})
    no = started({"stay_purpose": "study", "economic_means": "no"})
    for _ in range(2):  # rendered, then shared
        for assessment, purpose, means in ((yes, 0, 0), (no, 1, 1)):
            html = client.get(question_url(assessment, "stay")).content.decode()
            assert html.count(" checked") == 2
            assert CHECKED.format(("work", "study")[purpose], f"id_stay_purpose_{purpose}") in html
            assert CHECKED.format(("yes", "no")[means], f"id_economic_means_{means}") in html


def test_a_shared_form_is_shown_in_each_language(client: Client, db) -> None:
    assessment = started({})
    english = client.get(question_url(assessment, "stay")).content.decode()
    chinese = client.get(
        question_url(assessment, "stay"), headers={"Accept-Language": "zh-hans"}
    ).content.decode()
    assert "Why are you in China at the moment?" in english
    assert "Why are you in China at the moment?" not in chinese


def test_typed_answers_and_sent_forms_are_not_shared(db) -> None:
    typed = Assessment(answers={"date_of_birth": "1975-05-12", "nationality": "DE"})
    choices = Assessment(answers={"stay_purpose": "work", "economic_means": "yes"})
    assert AboutYouForm(assessment=typed).shared_rendering_key() is None
    assert StayPurposeForm(assessment=choices).shared_rendering_key() is not None
    sent = StayPurposeForm({"stay_purpose": "work"}, assessment=choices)
    assert sent.shared_rendering_key() is None


def test_a_typed_date_is_shown_only_to_its_applicant(client: Client, db) -> None:
    first = Assessment.start(language="en")
    second = Assessment.start(language="en")
    about_you = post_data(PROFESSOR["about-you"])
    client.post(question_url(first, "about-you"), about_you)
    assert 'value="1975"' in client.get(question_url(first, "about-you")).content.decode()
    other = client.get(question_url(second, "about-you")).content.decode()
    assert 'value="1975"' not in other
    assert date(1975, 5, 12).isoformat() not in other
