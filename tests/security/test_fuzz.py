"""Malformed requests to every page: wrong types, sizes, control characters, broken encodings,
missing CSRF tokens. Whatever a client sends, no page answers 500."""

import pytest
from django.test import Client
from django.urls import reverse

from eligibility import flow
from eligibility.models import Assessment
from tests.questionnaire.applicants import HIGH_EARNER, answers_of, post_data
from tests.questionnaire.test_every_page import ORDERED

BIG = "9" * 200_000  # under the body limit
ODD = "\x00\x01\x1b[31m\u202e\u2066\ud7ff\U0010ffff\ufffe%00%FF<script>'\""


def field_names(path: str) -> list[str]:
    page_id = path.rsplit("/q/", 1)[-1] if "/q/" in path else None
    names = list(post_data(ORDERED[page_id])) if page_id in ORDERED else []
    return names + ["contact", "next", "language", "username", "password", "q", "copy_contact"]


def form_payloads(path: str) -> dict[str, dict]:
    names = field_names(path)
    return {
        "nothing": {},
        "lists": {name: ["1", "2", ODD] for name in names},
        "big": {name: BIG for name in names[:1]},
        "control characters": {name: ODD for name in names},
        "numbers out of range": {name: "-99999999999999999999999.5e308" for name in names},
    }


RAW_PAYLOADS = {
    "invalid UTF-8": ("application/x-www-form-urlencoded", b"nationality=%FF%FE%C0%80&x=\xff"),
    "unknown charset": ("application/x-www-form-urlencoded; charset=no-such-codec", b"a=b"),
    "JSON": ("application/json", b'{"nationality": ["x"], "contact": null}'),
    "broken multipart": ("multipart/form-data; boundary=xyz", b"--xyz\r\nContent-Disp"),
    "multipart without boundary": ("multipart/form-data", b"a=b"),
    "a file": (
        "multipart/form-data; boundary=b",
        b'--b\r\nContent-Disposition: form-data; name="f"; filename="a.exe"\r\n\r\nMZ\r\n--b--\r\n',
    ),
    "over the body limit": ("application/x-www-form-urlencoded", b"a=" + b"9" * 1_100_000),
}


@pytest.fixture
def pages(client, db, submit) -> list[str]:
    """Every page of the site: the questionnaire's (on an applicant whose path has them all),
    the submitted assessment's, the site's and the advisor's."""
    in_progress = Assessment.start(language="en")
    in_progress.answers = answers_of(ORDERED)
    in_progress.save()
    submitted = submit(HIGH_EARNER)
    ids = {"a": in_progress.public_id, "s": submitted.public_id}
    return [
        "/",
        reverse("eligibility:start_assessment"),
        reverse("privacy"),
        reverse("eligibility:deleted"),
        "/healthz",
        reverse("set_language"),
        "/admin/login/",
        reverse("admin:eligibility_assessment_changelist"),
        reverse("admin:eligibility_assessment_change", args=[submitted.pk]),
        reverse("admin:eligibility_deletedassessment_changelist"),
        reverse("eligibility:resume", args=[ids["a"]]),
        *(reverse("eligibility:question", args=[ids["a"], page.id]) for page in flow.PAGES),
        reverse("eligibility:check", args=[ids["a"]]),
        reverse("eligibility:submit", args=[ids["a"]]),
        reverse("eligibility:result", args=[ids["s"]]),
        reverse("eligibility:change_answers", args=[ids["s"]]),
        reverse("eligibility:delete", args=[ids["s"]]),
    ]


def send_all(client: Client, path: str, kinds: set[str] | None = None) -> list[tuple]:
    """Sends every malformed request (or those of ``kinds``) to the page; returns the 500s."""
    failures = []
    for kind, data in form_payloads(path).items():
        if kinds is None or kind in kinds:
            response = client.post(path + "?change=1&q=%FF%00", data)
            failures.append((path, kind, response.status_code))
    for kind, (content_type, body) in RAW_PAYLOADS.items():
        if kinds is None or kind in kinds:
            response = client.generic("POST", path, body, content_type=content_type)
            failures.append((path, kind, response.status_code))
    for query in ("q=a%F4%8F%BF%BF", "q=a%ED%9F%BF", "p=-1&o=999&all=&change=%00%ED%A0%80"):
        response = client.get(f"{path}?{query}")
        failures.append((path, f"GET ?{query}", response.status_code))
    return [failure for failure in failures if failure[2] >= 500]


def test_no_malformed_request_from_an_applicant_answers_500(pages):
    client = Client(raise_request_exception=False)
    failures = [failure for path in pages for failure in send_all(client, path)]
    assert not failures, failures


def test_no_request_without_a_csrf_token_answers_500(pages):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    kinds = {"control characters", "invalid UTF-8"}
    failures = [failure for path in pages for failure in send_all(client, path, kinds)]
    assert not failures, failures


def test_no_malformed_request_from_an_advisor_answers_500(pages, advisor):
    client = Client(raise_request_exception=False)
    client.force_login(advisor)
    admin_pages = [path for path in pages if path.startswith("/admin/")]
    failures = [failure for path in admin_pages for failure in send_all(client, path)]
    assert not failures, failures
