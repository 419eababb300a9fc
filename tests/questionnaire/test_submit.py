"""Submitting: the engine's result is stored once, as the applicant saw it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from eligibility import views
from eligibility.models import Assessment
from tests.questionnaire.applicants import HIGH_EARNER, PROFESSOR, SPOUSE
from tests.questionnaire.conftest import question_url


def submit_url(assessment: Assessment) -> str:
    return reverse("eligibility:submit", args=[assessment.public_id])


def result_url(assessment: Assessment) -> str:
    return reverse("eligibility:result", args=[assessment.public_id])


@pytest.fixture
def engine_calls(monkeypatch) -> list[dict]:
    """Records what the engine is given; the real engine still answers."""
    calls: list[dict] = []
    evaluate = views.evaluate

    def recording(answers, rule_set):
        calls.append(dict(answers))
        return evaluate(answers, rule_set=rule_set)

    monkeypatch.setattr(views, "evaluate", recording)
    return calls


def test_submitting_stores_the_result_and_shows_it(client, assessment, answer, engine_calls):
    answer(assessment, PROFESSOR)
    response = client.post(submit_url(assessment))
    assert response["Location"] == result_url(assessment)
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.SUBMITTED
    assert timezone.now() - assessment.submitted_at < timedelta(minutes=1)
    assert assessment.rule_set == "draft_2020"
    assert assessment.rule_set_version == assessment.result["rule_set"]["version"]
    assert assessment.result["as_of_date"] == timezone.localdate().isoformat()
    outcomes = {route["id"]: route["outcome"] for route in assessment.result["routes"]}
    assert outcomes["draft_a13_2_key_institution_academic"] == "eligible"
    # What the advisors' list shows and filters on is copied from the result.
    assert assessment.best_outcome == assessment.result["overall"] == "eligible"
    open_routes = set(assessment.open_routes.values_list("route_id", flat=True))
    assert "draft_a13_2_key_institution_academic" in open_routes


def test_the_engine_gets_the_facts_on_the_path_and_todays_date(
    client, assessment, answer, engine_calls
):
    answer(assessment, HIGH_EARNER)
    answer(
        assessment, {"situations": {"situations": ["family"]}, "family": {"family_links": ["none"]}}
    )
    client.post(submit_url(assessment))
    [facts] = engine_calls
    assert facts["as_of_date"] == timezone.localdate().isoformat()
    assert facts["situations"] == ["family"]
    assert "annual_wage_rmb" not in facts  # off the path
    assert "contact" not in facts
    # Answers off the path are dropped on submission; those on it are kept.
    stored = Assessment.objects.get().answers
    assert "annual_wage_rmb" not in stored
    assert stored["situations"] == ["family"]
    assert stored["contact"] == "yes"


def test_submitting_twice_gives_one_submission(client, assessment, answer, engine_calls):
    answer(assessment, SPOUSE)
    client.post(submit_url(assessment))
    first = Assessment.objects.get()
    response = client.post(submit_url(assessment))
    assert response["Location"] == result_url(assessment)
    second = Assessment.objects.get()
    assert second.submitted_at == first.submitted_at
    assert len(engine_calls) == 1


def test_a_submission_racing_another_does_not_overwrite_it(client, assessment, answer, monkeypatch):
    """Two submissions that both read "in progress": only the first to write counts."""
    answer(assessment, SPOUSE)
    evaluate = views.evaluate
    calls = []

    class Numbered:
        def __init__(self, result, number):
            self.result, self.number = result, number

        def to_dict(self):
            return {**self.result.to_dict(), "call": self.number}

    def racing(answers, rule_set):
        calls.append(1)
        if len(calls) == 1:  # the other submission arrives while this one is being evaluated
            client.post(submit_url(assessment))
        return Numbered(evaluate(answers, rule_set=rule_set), len(calls))

    monkeypatch.setattr(views, "evaluate", racing)
    response = client.post(submit_url(assessment))
    assert response["Location"] == result_url(assessment)
    stored = Assessment.objects.get()
    assert len(calls) == 2
    assert stored.result["call"] == 2  # the one that wrote first; the slower one changed nothing


def test_an_incomplete_assessment_cannot_be_submitted(client, assessment, answer):
    answer(assessment, {"about-you": SPOUSE["about-you"]})
    response = client.post(submit_url(assessment))
    assert response["Location"] == question_url(assessment, "situations")
    assert Assessment.objects.get().status == Assessment.Status.IN_PROGRESS


def test_submit_by_get_changes_nothing(client, assessment, answer):
    answer(assessment, SPOUSE)
    response = client.get(submit_url(assessment))
    assert response["Location"] == reverse("eligibility:check", args=[assessment.public_id])
    assert Assessment.objects.get().status == Assessment.Status.IN_PROGRESS


def test_after_submission_questions_and_check_lead_to_the_result(client, assessment, answer):
    answer(assessment, SPOUSE)
    client.post(submit_url(assessment))
    for url in (
        question_url(assessment, "record"),
        reverse("eligibility:check", args=[assessment.public_id]),
        reverse("eligibility:resume", args=[assessment.public_id]),
    ):
        assert client.get(url)["Location"] == result_url(assessment)
    response = client.post(question_url(assessment, "stay-purpose"), {"stay_purpose": "work"})
    assert response["Location"] == result_url(assessment)
    assert Assessment.objects.get().answers["stay_purpose"] == "family"


def test_the_result_needs_a_submission(client, assessment):
    response = client.get(result_url(assessment))
    assert response["Location"] == question_url(assessment, "about-you")


def test_the_result_page_shows_the_reference_rules_and_each_routes_outcome(
    client, assessment, answer
):
    answer(assessment, SPOUSE)
    html = client.get(client.post(submit_url(assessment))["Location"]).content.decode()
    assert '<h1 class="mb-3">Your result</h1>' in html
    assert assessment.reference in html
    assert "Proposed rule (2020 consultation draft), not law" in html
    assert "2020-02-27" in html
    # Every route is shown: in a section with its outcome, or listed as not concerning them.
    result = Assessment.objects.get().result
    sections = html.count('<section class="route" id="route-')
    unconcerned = html.count('<span class="unconcerned-title">')
    assert sections + unconcerned == len(result["routes"])
    assert '<span class="outcome-label">Meets the conditions</span>' in html
    assert f"http://testserver/a/{assessment.public_id}/" in html
