"""An advisor opening an applicant's result page from the admin sees it read-only, and the
server refuses anything an advisor sends in the applicant's name."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from eligibility.models import Assessment
from tests.admin.conftest import PROFESSOR, STARTED, MakeAssessment


def test_the_result_page_is_read_only_for_staff(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    page = advisor_client.get(
        reverse("eligibility:result", args=[assessment.public_id])
    ).content.decode()

    assert "You are viewing the applicant's result as an advisor: it is read only." in page
    assert "Change your answers" not in page
    assert reverse("eligibility:change_answers", args=[assessment.public_id]) not in page
    assert "Start a new assessment" not in page
    assert reverse("eligibility:delete", args=[assessment.public_id]) not in page
    assert "Meets the conditions" in page


def test_the_applicant_still_sees_change_your_answers(
    client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    page = client.get(reverse("eligibility:result", args=[assessment.public_id])).content.decode()

    assert "Change your answers" in page
    assert "read only" not in page


def test_staff_cannot_change_the_answers_even_by_posting(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    response = advisor_client.post(
        reverse("eligibility:change_answers", args=[assessment.public_id])
    )

    assert response.status_code == 403
    assert "Advisors cannot answer for an applicant" in response.content.decode()
    assert Assessment.objects.count() == 1


@pytest.mark.parametrize("staff", ["advisor", "superuser"])
def test_staff_cannot_answer_submit_start_or_delete(
    client: Client, advisor: User, admin_user: User, make_assessment: MakeAssessment, staff: str
) -> None:
    client.force_login(advisor if staff == "advisor" else admin_user)
    started = make_assessment(STARTED, submitted=False)
    question = reverse("eligibility:question", args=[started.public_id, "situations"])

    assert client.post(question, {"situations": ["work"]}).status_code == 403
    assert client.post(reverse("eligibility:submit", args=[started.public_id])).status_code == 403
    assert client.post(reverse("eligibility:start_assessment")).status_code == 403
    assert client.post(reverse("eligibility:delete", args=[started.public_id])).status_code == 403
    started.refresh_from_db()
    assert "situations" not in started.answers
    assert started.status == Assessment.Status.IN_PROGRESS
    assert Assessment.objects.count() == 1


def test_staff_may_still_read_an_applicants_question_page(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    started = make_assessment(STARTED, submitted=False)

    response = advisor_client.get(
        reverse("eligibility:question", args=[started.public_id, "about-you"])
    )

    assert response.status_code == 200
