from django.test import Client
from django.urls import reverse

from eligibility.models import Assessment
from tests.admin.conftest import HIGH_EARNER, PROFESSOR, STARTED, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")


def test_it_shows_each_assessment_with_its_outcome_and_open_routes(
    admin_client: Client, admin_user, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR, language="zh-hans")
    Assessment.objects.filter(pk=professor.pk).update(
        review_status=Assessment.ReviewStatus.IN_REVIEW, assigned_advisor=admin_user
    )

    page = admin_client.get(CHANGELIST).content.decode()

    for column in (
        "Reference",
        "Created",
        "Submitted",
        "Status",
        "Language",
        "Nationality",
        "Best outcome under the rules in force",
        "Best outcome under the 2020 draft",
        "Eligible on",
        "Review status",
        "Assigned advisor",
    ):
        assert f">{column}<" in page, column
    assert professor.reference in page
    assert "德国" in page
    assert "Simplified Chinese" in page
    assert "Meets the conditions" in page
    assert "Art. 15(1)" in page and "Art. 13(2), clause 1" in page
    assert "2004 Measures, art. 6(1)(2)" in page
    assert "In review" in page
    assert ">admin<" in page


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
