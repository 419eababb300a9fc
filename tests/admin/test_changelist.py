from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from eligibility.admin.queues import QUEUES
from eligibility.models import Assessment
from tests.admin.conftest import HIGH_EARNER, NO_SITUATION, PROFESSOR, STARTED, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")


def test_it_shows_each_assessment_with_its_outcome_risks_consent_and_review(
    admin_client: Client, admin_user, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(
        {**PROFESSOR, "health_conditions": ["serious_mental_or_infectious"]},
        language="zh-hans",
        contact=("Anna", "anna@example.com"),
    )
    Assessment.objects.filter(pk=professor.pk).update(
        review_status=Assessment.ReviewStatus.IN_REVIEW,
        assigned_advisor=admin_user,
        follow_up_on=date(2026, 11, 20),
    )

    page = admin_client.get(CHANGELIST).content.decode()

    for column in (
        "Reference",
        "Submitted",
        "In force",
        "2020 draft",
        "Risks",
        "Consent",
        "Eligible on",
        "Review status",
        "Advisor",
        "Follow-up",
    ):
        assert f">{column}<" in page, column
    assert professor.reference in page
    assert 'title="Meets the conditions">Meets<' in page
    assert "⚠</span> Medical" in page
    assert ">Yes<" in page
    assert "Art. 15(1)" in page and "Art. 13(2), clause 1" in page
    assert "2004 Measures, art. 6(1)(2)" in page
    assert "In review" in page
    assert ">admin<" in page
    assert "20 Nov 2026" in page


def test_the_queues_are_links_at_the_top(admin_client: Client, db) -> None:
    page = admin_client.get(CHANGELIST).content.decode()

    top = page[: page.index('id="changelist-search"')]
    assert "?advisor=me&amp;review=new%2Cin_review%2Cawaiting_applicant" in top
    assert ">My open assessments<" in top
    assert (
        "?advisor=nobody&amp;consent=yes&amp;outcome_current=eligible%2Cneeds_recommendation"
        "&amp;review=new%2Cin_review"
    ) in top
    assert "?review=awaiting_applicant&amp;follow_up=due" in top
    current = admin_client.get(CHANGELIST + "?review=awaiting_applicant&follow_up=due")
    assert 'aria-current="page">Awaiting the applicant, follow-up due<' in current.content.decode()


def test_the_queues_list_what_they_say(
    advisor_client: Client, advisor, make_assessment: MakeAssessment
) -> None:
    mine = make_assessment(PROFESSOR)
    mine_done = make_assessment(PROFESSOR)
    unassigned = make_assessment(HIGH_EARNER, contact=("Anna", "anna@example.com"))
    unassigned_no_consent = make_assessment(HIGH_EARNER)
    awaiting = make_assessment(PROFESSOR)
    Assessment.objects.filter(pk__in=[mine.pk, mine_done.pk]).update(assigned_advisor=advisor)
    Assessment.objects.filter(pk=mine_done.pk).update(review_status="reviewed")
    Assessment.objects.filter(pk=awaiting.pk).update(
        review_status="awaiting_applicant", follow_up_on=date(2026, 1, 1), assigned_advisor=advisor
    )
    queues = {}
    for queue in QUEUES:
        response = advisor_client.get(CHANGELIST + queue.query_string)
        queues[str(queue.name)] = {a.reference for a in response.context["cl"].result_list}

    assert queues["My open assessments"] == {mine.reference, awaiting.reference}
    unassigned_queue = (
        "Unassigned, agreed to be contacted, meets the conditions or if recommended under the "
        "rules in force"
    )
    assert queues[unassigned_queue] == {unassigned.reference}
    assert unassigned_no_consent.reference not in str(queues)
    assert queues["Awaiting the applicant, follow-up due"] == {awaiting.reference}


@pytest.mark.parametrize(
    ("column", "first", "last"),
    [
        ("3", "eligible", "started"),
        ("-3", "started", "eligible"),
        ("4", "eligible", "started"),
        ("-4", "started", "eligible"),
        ("8", "new", "contacted"),
        ("-8", "contacted", "new"),
    ],
)
def test_it_sorts_by_outcome_and_review_status_in_their_order(
    admin_client: Client, make_assessment: MakeAssessment, column: str, first: str, last: str
) -> None:
    made = {
        "eligible": make_assessment(PROFESSOR),
        "not_eligible": make_assessment(NO_SITUATION),
        "started": make_assessment(STARTED, submitted=False),
    }
    made["new"] = made["eligible"]
    Assessment.objects.filter(pk=made["not_eligible"].pk).update(review_status="contacted")
    made["contacted"] = made["not_eligible"]

    listed = [
        a.reference for a in admin_client.get(CHANGELIST, {"o": column}).context["cl"].result_list
    ]

    assert listed.index(made[first].reference) < listed.index(made[last].reference)


@pytest.mark.parametrize(("column", "descending"), [("2", False), ("-2", True)])
def test_it_sorts_by_submission_date_each_way(
    admin_client: Client, make_assessment: MakeAssessment, column: str, descending: bool
) -> None:
    earlier = make_assessment(PROFESSOR, submitted_on=date(2026, 5, 1))
    later = make_assessment(PROFESSOR, submitted_on=date(2026, 6, 1))

    listed = [
        a.reference for a in admin_client.get(CHANGELIST, {"o": column}).context["cl"].result_list
    ]

    expected = (
        [later.reference, earlier.reference] if descending else [earlier.reference, later.reference]
    )
    assert listed == expected


@pytest.mark.parametrize(("column", "descending"), [("10", False), ("-10", True)])
def test_it_sorts_by_follow_up_date_each_way(
    admin_client: Client, make_assessment: MakeAssessment, column: str, descending: bool
) -> None:
    sooner, later = make_assessment(PROFESSOR), make_assessment(PROFESSOR)
    Assessment.objects.filter(pk=sooner.pk).update(follow_up_on=date(2026, 12, 3))
    Assessment.objects.filter(pk=later.pk).update(follow_up_on=date(2026, 12, 10))
    unset = make_assessment(PROFESSOR)  # placed where the database puts no date

    listed = [
        a.reference for a in admin_client.get(CHANGELIST, {"o": column}).context["cl"].result_list
    ]

    assert unset.reference in listed
    dated = [reference for reference in listed if reference != unset.reference]
    expected = (
        [later.reference, sooner.reference] if descending else [sooner.reference, later.reference]
    )
    assert dated == expected


def test_it_lists_assessments_in_progress_without_an_outcome(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    started = make_assessment(STARTED, submitted=False)

    page = admin_client.get(CHANGELIST).content.decode()

    assert started.reference in page
    assert "In progress" in page


def test_it_lists_the_newest_first(admin_client: Client, make_assessment: MakeAssessment) -> None:
    older = make_assessment(PROFESSOR)
    newer = make_assessment(HIGH_EARNER)

    page = admin_client.get(CHANGELIST).content.decode()

    assert page.index(newer.reference) < page.index(older.reference)


def test_it_cannot_add_assessments(admin_client: Client) -> None:
    page = admin_client.get(CHANGELIST).content.decode()

    assert reverse("admin:eligibility_assessment_add") not in page
    assert admin_client.get(reverse("admin:eligibility_assessment_add")).status_code == 403


def test_the_eligible_on_column_does_not_sort_even_if_asked(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)  # open on several routes

    response = admin_client.get(CHANGELIST, {"o": "7"})

    assert response.status_code == 200
    assert [a.reference for a in response.context["cl"].result_list] == [professor.reference]
