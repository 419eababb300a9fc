from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.applicants import Form, post_data


def question_url(assessment: Assessment, page_id: str) -> str:
    return reverse("eligibility:question", args=[assessment.public_id, page_id])


@pytest.fixture
def assessment(client: Client, db) -> Assessment:
    """An assessment started by ``client``, as by pressing Start now."""
    client.post(reverse("eligibility:start_assessment"))
    return Assessment.objects.get()


@pytest.fixture
def answer(client: Client) -> Callable[..., None]:
    """Answers pages in turn with the test client, checking that each answer is accepted."""

    def run(assessment: Assessment, pages: dict[str, Form]) -> None:
        for page_id, form in pages.items():
            response = client.post(question_url(assessment, page_id), post_data(form))
            assert response.status_code == 302, (page_id, response.content.decode()[:2000])
        assessment.refresh_from_db()

    return run
