"""Submitting: the engine's result is stored once, as the applicant saw it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from eligibility import views
from eligibility.engine import RULE_SETS
from eligibility.models import Assessment
from eligibility.results import full_results
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


def test_submitting_stores_both_results_and_shows_them(client, assessment, answer, engine_calls):
    answer(assessment, PROFESSOR)
    response = client.post(submit_url(assessment))
    assert response["Location"] == result_url(assessment)
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.SUBMITTED
    assert timezone.now() - assessment.submitted_at < timedelta(minutes=1)
    assert list(assessment.results) == ["current", "draft_2020"]
    for rule_set, stored in assessment.results.items():
        assert stored["release"] == RULE_SETS[rule_set].release
    current, draft = full_results(assessment.results)
    assert current["as_of_date"] == draft["as_of_date"] == timezone.localdate().isoformat()
    outcomes = {route["id"]: route["outcome"] for route in current["routes"] + draft["routes"]}
    assert outcomes["draft_a13_2_key_institution_academic"] == "eligible"
    assert outcomes["cur_a6_2_senior_post_or_title"] == "eligible"
    # What the advisors' list shows and filters on is copied from the results.
    assert assessment.best_outcome_current == current["overall"] == "eligible"
    assert assessment.best_outcome_draft == draft["overall"] == "eligible"
    open_routes = set(assessment.open_routes.values_list("rule_set", "route_id"))
    assert ("draft_2020", "draft_a13_2_key_institution_academic") in open_routes
    assert ("current", "cur_a6_2_senior_post_or_title") in open_routes


def test_the_engine_gets_the_facts_on_the_path_and_todays_date(
    client, assessment, answer, engine_calls
):
    answer(assessment, HIGH_EARNER)
    answer(
        assessment, {"situations": {"situations": ["family"]}, "family": {"family_links": ["none"]}}
    )
    client.post(submit_url(assessment))
    facts, same = engine_calls  # once for each rule set, with the same facts
    assert facts == same
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
    assert len(engine_calls) == len(RULE_SETS)


def test_a_submission_racing_another_does_not_overwrite_it(client, assessment, answer, monkeypatch):
    """Two submissions that both read "in progress": only the first to write counts."""
    answer(assessment, SPOUSE)
    evaluate = views.evaluate
    calls = []

    def racing(answers, rule_set):
        calls.append(rule_set)
        if len(calls) == 1:  # the other submission arrives while this one is being evaluated
            client.post(submit_url(assessment))
        # Each submission's results count periods back from a date of its own.
        return evaluate({**answers, "as_of_date": f"2026-01-{len(calls):02}"}, rule_set)

    monkeypatch.setattr(views, "evaluate", racing)
    response = client.post(submit_url(assessment))
    assert response["Location"] == result_url(assessment)
    stored = Assessment.objects.get()
    assert len(calls) == 2 * len(RULE_SETS)
    # The one that wrote first (the second, evaluated in full while the first waited); the
    # slower one changed nothing.
    assert {result["as_of"] for result in stored.results.values()} == {"2026-01-02", "2026-01-03"}


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
    response = client.post(
        question_url(assessment, "stay"), {"stay_purpose": "work", "economic_means": "yes"}
    )
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
    assert '<h1 class="result-heading">Your result</h1>' in html
    assert assessment.reference in html
    assert "Rules in force" in html
    assert "Proposed rule (2020 consultation draft), not law" in html
    assert html.index("What you can apply for now") < html.index("If the 2020 draft became law")
    assert "Rules as of 27 February 2020" in html and "Rules as of 1 August 2019" in html
    # Every route is shown: in a section with its outcome, or listed as not concerning them.
    results = full_results(Assessment.objects.get().results)
    sections = html.count('<div class="details-body route" id="route-')
    unconcerned = html.count('<span class="unconcerned-title">')
    assert sections + unconcerned == sum(len(result["routes"]) for result in results)
    assert '<span class="outcome-label">Meets the conditions</span>' in html
    assert f"http://testserver/a/{assessment.public_id}/" in html
