import io
from datetime import date, timedelta

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from eligibility.models import OPEN_OUTCOMES, Assessment, OpenRoute
from eligibility.results import as_of_date, full_results, indicated_risks


def generate(count: int, seed: int) -> list[tuple]:
    call_command(
        "generate_assessments",
        str(count),
        "--seed",
        str(seed),
        "--per-day",
        "1",
        stdout=io.StringIO(),
    )
    return list(
        Assessment.objects.order_by("pk").values_list(
            "reference",
            "status",
            "language",
            "answers",
            "best_outcome_current",
            "best_outcome_draft",
            "review_status",
        )
    )


def test_generate_assessments_evaluates_them_with_the_engine(db) -> None:
    generate(60, seed=1)

    assessments = Assessment.objects.all()
    assert assessments.count() == 60
    submitted = assessments.filter(status=Assessment.Status.SUBMITTED)
    assert 0 < submitted.count() < 60
    for assessment in submitted:
        current, draft = full_results(assessment.results)
        assert assessment.best_outcome_current == current["overall"]
        assert assessment.best_outcome_draft == draft["overall"]
        assert assessment.submitted_at > assessment.created_at
        shown_open = [
            (route["id"], route["outcome"])
            for result in (current, draft)
            for route in result["routes"]
            if route["outcome"] in OPEN_OUTCOMES
        ]
        assert sorted(assessment.open_routes.values_list("route_id", "outcome")) == sorted(
            shown_open
        )
    for assessment in assessments.filter(status=Assessment.Status.IN_PROGRESS):
        assert assessment.results is None
        assert assessment.best_outcome_draft == assessment.best_outcome_current == ""
    assert OpenRoute.objects.values("route_id").distinct().count() > 3
    assert assessments.values("best_outcome_draft").distinct().count() > 2
    assert assessments.values("best_outcome_current").distinct().count() > 1


def test_generated_assessments_look_like_real_ones(db) -> None:
    generate(300, seed=2)

    for assessment in Assessment.objects.filter(status=Assessment.Status.SUBMITTED):
        submitted_on = timezone.localdate(assessment.submitted_at)
        assert as_of_date(assessment.results) == submitted_on.isoformat()
        assert {result["as_of_date"] for result in full_results(assessment.results)} == {
            submitted_on.isoformat()
        }
        answers = assessment.answers
        age = years_between(answers["date_of_birth"], submitted_on.isoformat())
        if age < 18:
            assert not assessment.contact_consent and not assessment.contact_email
        for event, youngest in (("work_start_date", 21), ("marriage_date", 20)):
            if event in answers:
                assert years_between(answers["date_of_birth"], answers[event]) >= youngest
        assert assessment.nationality == answers["nationality"]
        assert sorted(assessment.indicated_risks.values_list("rule_set", "risk_id")) == sorted(
            indicated_risks(assessment.results)
        )
        assert assessment.has_indicated_risk == bool(indicated_risks(assessment.results))
    submitted = Assessment.objects.filter(status=Assessment.Status.SUBMITTED)
    assert 0 < submitted.filter(has_indicated_risk=True).count() < submitted.count() / 3
    assert submitted.filter(contact_consent=True).exclude(contact_email="").exists()


def years_between(born: str, day: str) -> int:
    birth, on = date.fromisoformat(born), date.fromisoformat(day)
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


@override_settings(DEBUG=True)
def test_generate_assessments_runs_with_debug_on_as_scripts_serve_sets_it(db) -> None:
    assert len(generate(30, seed=3)) == 30


def test_generate_assessments_spreads_them_over_the_last_months_oldest_first(db) -> None:
    generate(60, seed=1)

    now = timezone.now()
    created = list(Assessment.objects.order_by("pk").values_list("created_at", flat=True))
    assert created == sorted(created)
    assert now - timedelta(days=180) < created[0] < now - timedelta(days=170)
    assert now - timedelta(days=10) < created[-1] < now


def test_generate_assessments_gives_the_same_assessments_for_the_same_seed(db) -> None:
    first = generate(20, seed=4)
    Assessment.objects.all().delete()

    assert generate(20, seed=4) == first
    Assessment.objects.all().delete()
    assert generate(20, seed=5) != first


def test_generate_assessments_adds_to_those_there_are(db) -> None:
    generate(10, seed=1)
    generate(10, seed=1)

    assert Assessment.objects.count() == 20


def test_benchmark_admin_times_the_list_and_counts_its_queries(db) -> None:
    out = io.StringIO()

    call_command("benchmark_admin", "--size", "40", "--repeat", "1", stdout=out)

    report = out.getvalue()
    assert "40 assessments" in report
    for page in (
        "list, unfiltered",
        "route",
        "common route, a week 5 months ago",
        "sorted by review, descending",
        "search by reference",
        "detail page",
    ):
        assert page in report
    assert "CPU ms" in report and "load average" in report
