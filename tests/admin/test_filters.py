from datetime import date, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from eligibility.models import Assessment
from tests.admin.conftest import (
    HIGH_EARNER,
    NO_SITUATION,
    PROFESSOR,
    SPOUSE,
    STARTED,
    MakeAssessment,
)

CHANGELIST = reverse("admin:eligibility_assessment_changelist")


def listed(client: Client, **params: str) -> set[str]:
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return {assessment.reference for assessment in response.context["cl"].result_list}


@pytest.fixture
def assessments(make_assessment: MakeAssessment) -> dict[str, Assessment]:
    return {
        "professor": make_assessment(PROFESSOR, language="zh-hans"),
        "high_earner": make_assessment(
            HIGH_EARNER, contact=("Wang Wei", "Wang.Wei@Example.com"), submitted_on=date(2026, 5, 1)
        ),
        "spouse": make_assessment(SPOUSE, contact=("王芳", "fang@example.cn")),
        "nobody": make_assessment(NO_SITUATION),
        "started": make_assessment(STARTED, submitted=False),
    }


def references(assessments: dict[str, Assessment], *names: str) -> set[str]:
    return {assessments[name].reference for name in names}


def test_status(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    assert listed(admin_client, status__exact="in_progress") == references(assessments, "started")


def test_review_status(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    spouse = assessments["spouse"]
    Assessment.objects.filter(pk=spouse.pk).update(review_status="contacted")

    assert listed(admin_client, review_status__exact="contacted") == {spouse.reference}
    assert spouse.reference not in listed(admin_client, review_status__exact="new")


def test_best_outcome(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    eligible = listed(admin_client, best_outcome_draft__exact="eligible")
    not_eligible = listed(admin_client, best_outcome_draft__exact="not_eligible")

    assert eligible == references(assessments, "professor", "high_earner", "spouse")
    assert not_eligible == references(assessments, "nobody")


def test_route_matches_eligible_and_if_recommended_outcomes(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    assert listed(admin_client, route="draft_a15_1_doctorate_or_renowned_university") == (
        references(assessments, "professor")
    )
    assert listed(admin_client, route="draft_a15_4_eight_years_3x") == (
        references(assessments, "professor", "high_earner")
    )
    assert listed(admin_client, route="draft_a17_1_spouse") == references(assessments, "spouse")
    assert listed(admin_client, route="draft_a19_other_legitimate_reason") == set()


def test_route_filter_lists_every_route_by_article(admin_client: Client, db) -> None:
    page = admin_client.get(CHANGELIST).content.decode()

    assert "By eligible on route" in page
    assert "Art. 17(1): Spouse of a Chinese citizen" in page


def test_language(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    assert listed(admin_client, language__exact="zh-hans") == references(assessments, "professor")


def test_submitted_date(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    may = timezone.make_aware(datetime(2026, 5, 1))
    in_may = listed(
        admin_client,
        submitted_at__gte=str(may),
        submitted_at__lt=str(may + timedelta(days=1)),
    )

    assert in_may == references(assessments, "high_earner")
    assert listed(admin_client, submitted_at__isnull="True") == references(assessments, "started")


@pytest.mark.parametrize("typed", ["{}", "{lower}", "{bare}", " {} "])
def test_search_by_reference_however_typed(
    admin_client: Client, assessments: dict[str, Assessment], typed: str
) -> None:
    reference = assessments["spouse"].reference
    term = typed.format(reference, lower=reference.lower(), bare=reference.replace("-", ""))

    assert listed(admin_client, q=term) == {reference}


def test_search_by_email_ignores_case(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    assert listed(admin_client, q="wang.wei@example.COM") == references(assessments, "high_earner")
    assert listed(admin_client, q="wang@example.com") == set()


@pytest.mark.parametrize(
    ("term", "found"),
    [("wang", {"high_earner"}), ("Wang Wei", {"high_earner"}), ("王", {"spouse"}), ("wei", set())],
)
def test_search_by_the_start_of_a_name(
    admin_client: Client, assessments: dict[str, Assessment], term: str, found: set[str]
) -> None:
    assert listed(admin_client, q=term) == references(assessments, *found)
