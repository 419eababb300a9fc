"""Who reaches the result page: only a submitted assessment, by its private link."""

import uuid

from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.conftest import question_url
from tests.result.conftest import ELIGIBLE_SPOUSE, result_url


def test_an_assessment_not_submitted_goes_to_where_the_applicant_is(client, db):
    client.post(reverse("eligibility:start_assessment"))
    assessment = Assessment.objects.get()
    response = client.get(result_url(assessment))
    assert response["Location"] == question_url(assessment, "about-you")


def test_an_unknown_link_is_not_found(client, db):
    response = client.get(f"/a/{uuid.uuid4()}/result")
    assert response.status_code == 404


def test_the_private_result_is_kept_by_the_browser_only_and_not_indexed(submit, client):
    """The browser keeps the page to revalidate it (a reload costs a 304); shared caches do
    not keep it, and search engines do not index it."""
    response = client.get(result_url(submit(ELIGIBLE_SPOUSE)))
    assert {"private", "no-cache"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
