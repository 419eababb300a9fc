from datetime import date, timedelta

import pytest
from django.contrib.auth.models import User
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

    assert listed(admin_client, review="contacted") == {spouse.reference}
    assert spouse.reference not in listed(admin_client, review="new")


def test_several_review_statuses_at_once(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    Assessment.objects.filter(pk=assessments["spouse"].pk).update(review_status="contacted")
    Assessment.objects.filter(pk=assessments["nobody"].pk).update(
        review_status="awaiting_applicant"
    )

    assert listed(admin_client, review="contacted,awaiting_applicant") == references(
        assessments, "spouse", "nobody"
    )


def test_best_outcome_under_the_draft(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    eligible = listed(admin_client, outcome_draft="eligible")
    not_eligible = listed(admin_client, outcome_draft="not_eligible")

    assert eligible == references(assessments, "professor", "high_earner", "spouse")
    assert not_eligible == references(assessments, "nobody")


def test_best_outcome_under_the_rules_in_force(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    # The high earner meets the salary route of the rules in force only if recommended.
    assert listed(admin_client, outcome_current="eligible") == references(
        assessments, "professor", "spouse"
    )
    assert listed(admin_client, outcome_current="needs_recommendation") == references(
        assessments, "high_earner"
    )
    assert listed(admin_client, outcome_current="not_eligible") == references(assessments, "nobody")


def test_several_outcomes_at_once(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    both = listed(admin_client, outcome_current="eligible,needs_recommendation")

    assert both == references(assessments, "professor", "high_earner", "spouse")
    assert (
        listed(
            admin_client, outcome_current="eligible,needs_recommendation", outcome_draft="eligible"
        )
        == both
    )


def test_the_outcome_filter_adds_and_removes_choices(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    page = admin_client.get(CHANGELIST, {"outcome_current": "eligible"}).content.decode()

    assert "?outcome_current=eligible%2Cneeds_recommendation" in page
    assert 'href="?"' in page  # unselecting the only choice shows all


def test_an_unknown_outcome_is_ignored(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    assert len(listed(admin_client, outcome_current="forged")) == len(assessments)
    assert len(listed(admin_client, outcome_draft="forged")) == len(assessments)


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


def test_route_lists_the_newest_first_and_sorts_by_any_column(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    route = "draft_a15_4_eight_years_3x"  # open to both
    older, newer = make_assessment(PROFESSOR), make_assessment(HIGH_EARNER)
    make_assessment(SPOUSE)  # not open on the route
    Assessment.objects.filter(pk=newer.pk).update(review_status="contacted")

    def listed_in_order(**params: str) -> list[str]:
        response = admin_client.get(CHANGELIST, {"route": route, **params})
        return [assessment.reference for assessment in response.context["cl"].result_list]

    assert listed_in_order() == [newer.reference, older.reference]
    # By review status (column 8): new before contacted, and the other way round.
    assert listed_in_order(o="8") == [older.reference, newer.reference]
    assert listed_in_order(o="-8") == [newer.reference, older.reference]
    assert listed_in_order(q=older.reference) == [older.reference]
    assert listed_in_order(review="contacted") == [newer.reference]


def test_route_and_a_range_of_submission_dates_together(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    route = "draft_a15_4_eight_years_3x"  # open to both
    in_may = make_assessment(PROFESSOR, submitted_on=date(2026, 5, 20))
    make_assessment(HIGH_EARNER, submitted_on=date(2026, 6, 2))  # on the route, in June
    make_assessment(SPOUSE, submitted_on=date(2026, 5, 21))  # in May, not on the route

    assert listed(
        admin_client, route=route, submitted_from="2026-05-01", submitted_to="2026-05-31"
    ) == {in_may.reference}
    assert listed(admin_client, route=route, submitted_to="2026-05-20") == {in_may.reference}
    assert len(listed(admin_client, route=route, submitted_from="2026-05-21")) == 1
    # A date that is not one is said and not applied, to the route either.
    assert len(listed(admin_client, route=route, submitted_from="May")) == 2


def test_route_filter_lists_every_route_by_article(admin_client: Client, db) -> None:
    page = admin_client.get(CHANGELIST).content.decode()

    assert "By eligible on route" in page
    assert "Art. 17(1): Spouse of a Chinese citizen" in page


def test_language(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    assert listed(admin_client, language__exact="zh-hans") == references(assessments, "professor")


def test_risk_any_and_by_ground(admin_client: Client, make_assessment: MakeAssessment) -> None:
    clean = make_assessment(PROFESSOR)
    ill = make_assessment({**PROFESSOR, "health_conditions": ["serious_mental_or_infectious"]})
    convicted = make_assessment({**HIGH_EARNER, "criminal_conviction": "yes"})
    not_examined = make_assessment(
        {name: answer for name, answer in PROFESSOR.items() if name != "health_conditions"}
    )

    assert listed(admin_client, risk="any") == {ill.reference, convicted.reference}
    assert listed(admin_client, risk="medical") == {ill.reference}
    assert listed(admin_client, risk="criminal_conviction") == {convicted.reference}
    assert listed(admin_client, risk="none") == {clean.reference, not_examined.reference}
    page = admin_client.get(CHANGELIST).content.decode()
    assert "Medical (R2)" in page and "Criminal conviction (R3, R6)" in page


def test_consent(admin_client: Client, assessments: dict[str, Assessment]) -> None:
    assert listed(admin_client, consent="yes") == references(assessments, "high_earner", "spouse")
    assert listed(admin_client, consent="no") == references(
        assessments, "professor", "nobody", "started"
    )


def test_assigned_advisor_me_nobody_or_anyone(
    admin_client: Client, admin_user: User, advisor: User, assessments: dict[str, Assessment]
) -> None:
    Assessment.objects.filter(pk=assessments["spouse"].pk).update(assigned_advisor=admin_user)
    Assessment.objects.filter(pk=assessments["nobody"].pk).update(assigned_advisor=advisor)

    assert listed(admin_client, advisor="me") == references(assessments, "spouse")
    assert listed(admin_client, advisor=str(advisor.pk)) == references(assessments, "nobody")
    assert listed(admin_client, advisor="nobody") == references(
        assessments, "professor", "high_earner", "started"
    )


def test_follow_up_due_later_or_none(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    today = timezone.localdate()
    Assessment.objects.filter(pk=assessments["spouse"].pk).update(follow_up_on=today)
    Assessment.objects.filter(pk=assessments["nobody"].pk).update(
        follow_up_on=today + timedelta(days=1)
    )
    Assessment.objects.filter(pk=assessments["professor"].pk).update(
        follow_up_on=today - timedelta(days=3)
    )

    assert listed(admin_client, follow_up="due") == references(assessments, "spouse", "professor")
    assert listed(admin_client, follow_up="later") == references(assessments, "nobody")
    assert listed(admin_client, follow_up="none") == references(
        assessments, "high_earner", "started"
    )


@pytest.fixture
def by_day(make_assessment: MakeAssessment) -> dict[str, Assessment]:
    today = timezone.localdate()
    return {
        "today": make_assessment(SPOUSE, submitted_on=today),
        "yesterday": make_assessment(SPOUSE, submitted_on=today - timedelta(days=1)),
        "a week ago": make_assessment(SPOUSE, submitted_on=today - timedelta(days=7)),
        "started": make_assessment(STARTED, submitted=False),
    }


def test_submitted_yesterday_today_or_in_the_past_7_days(
    admin_client: Client, by_day: dict[str, Assessment]
) -> None:
    today = timezone.localdate()
    yesterday = (today - timedelta(days=1)).isoformat()

    assert listed(admin_client, submitted_from=yesterday, submitted_to=yesterday) == (
        references(by_day, "yesterday")
    )
    page = admin_client.get(CHANGELIST).content.decode()
    for period in ("Today", "Yesterday", "Past 7 days", "This month"):
        assert f">{period}</a>" in page
    assert f"submitted_from={yesterday}&amp;submitted_to={yesterday}" in page
    week = listed(
        admin_client,
        submitted_from=(today - timedelta(days=6)).isoformat(),
        submitted_to=today.isoformat(),
    )
    assert week == references(by_day, "today", "yesterday")


def test_submitted_in_a_range_of_dates_both_included(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    assert listed(admin_client, submitted_from="2026-05-01", submitted_to="2026-05-01") == (
        references(assessments, "high_earner")
    )
    assert listed(admin_client, submitted_from="2026-05-02", submitted_to="2026-11-01") == set()
    assert listed(admin_client, submitted_from="2026-05-02") == references(
        assessments, "professor", "spouse", "nobody"
    )
    assert listed(admin_client, submitted_to="2026-05-01") == references(assessments, "high_earner")


def test_a_date_range_that_is_not_a_date_is_said_and_not_applied(
    admin_client: Client, assessments: dict[str, Assessment]
) -> None:
    response = admin_client.get(CHANGELIST, {"submitted_from": "2026-13-45", "review": "new"})

    assert response.status_code == 200
    assert "Enter each date as a year, month and day" in response.content.decode()
    assert len(response.context["cl"].result_list) == len(assessments)
    # The form keeps the list's other filters.
    assert '<input type="hidden" name="review" value="new">' in response.content.decode()
