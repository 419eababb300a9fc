"""Unknown or malformed links get the friendly 404 page, never an error."""

import uuid

import pytest

from tests.questionnaire.conftest import question_url


@pytest.mark.parametrize(
    "path",
    [
        f"/a/{uuid.uuid4()}/",
        f"/a/{uuid.uuid4()}/q/about-you",
        f"/a/{uuid.uuid4()}/check",
        f"/a/{uuid.uuid4()}/result",
        "/a/not-a-uuid/",
        "/a/12345678-1234-1234-1234-1234567890/",
        f"/a/{str(uuid.uuid4()).upper()}/",
        f"/a/{uuid.uuid4()}'--/",
        "/a/%00/q/about-you",
        "/a/" + "f" * 5000 + "/",
    ],
)
def test_unknown_or_malformed_assessment_links_give_the_friendly_404(client, db, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert "check that you copied the whole link" in html


def test_a_post_to_an_unknown_assessment_is_a_404(client, db):
    assert client.post(f"/a/{uuid.uuid4()}/submit").status_code == 404
    assert client.post(f"/a/{uuid.uuid4()}/q/about-you", {}).status_code == 404


def test_an_unknown_question_is_a_404(client, assessment):
    url = question_url(assessment, "about-you").replace("about-you", "no-such-question")
    assert client.get(url).status_code == 404
