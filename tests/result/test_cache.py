"""A submitted result never changes: its page is rendered once per language, then served from
the database with the query that finds the assessment, and a reload costs a 304. What differs
between requests (the forms' CSRF token, the language switcher's return address) is never
served from the stored rendering."""

import gzip
import re

import pytest
from django.test import Client
from django.urls import reverse

from eligibility import rendered
from eligibility.models import Assessment, RenderedResult
from tests.result import pages
from tests.result.conftest import ELIGIBLE_SPOUSE, ENGINEER, result_url

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
LANGUAGE_NEXT = re.compile(r'name="next" value="([^"]+)"')


def without_csrf_tokens(content: bytes) -> str:
    return CSRF_TOKEN.sub("", content.decode())


def get(client: Client, assessment: Assessment, query: str = "", **meta: str):
    return client.get(result_url(assessment) + query, **meta)


def test_the_first_visit_renders_and_stores_the_page_and_later_ones_run_one_query(
    submit, client, django_assert_max_num_queries
):
    assessment = submit(ENGINEER)
    first = get(client, assessment)
    assert first.status_code == 200
    stored = RenderedResult.objects.get(assessment=assessment)
    assert (stored.language, stored.version) == ("en", rendered.RENDERING_VERSION)
    assert rendered.stored_html(stored.html) in first.content.decode()

    with django_assert_max_num_queries(1):
        again = get(client, assessment)
    assert again.status_code == 200
    assert without_csrf_tokens(again.content) == without_csrf_tokens(first.content)


def test_the_page_is_served_from_the_stored_rendering(submit, client):
    """The stored rendering is what the page shows: nothing is evaluated or rendered again."""
    assessment = submit(ELIGIBLE_SPOUSE)
    get(client, assessment)
    marker = '<h1 id="marker">The result as rendered when first seen</h1>'
    RenderedResult.objects.filter(assessment=assessment).update(html=rendered.compressed(marker))
    html = get(client, assessment).content.decode()
    assert pages.text(html, "marker") == "The result as rendered when first seen"


def test_a_rendering_by_older_templates_is_rendered_again_in_place(submit, client):
    assessment = submit(ELIGIBLE_SPOUSE)
    get(client, assessment)
    RenderedResult.objects.filter(assessment=assessment).update(
        version="older", html=rendered.compressed("<p>Rendered by older templates</p>")
    )
    html = get(client, assessment).content.decode()
    assert "Rendered by older templates" not in html
    assert "What you can apply for now" in html
    [stored] = RenderedResult.objects.filter(assessment=assessment)
    assert stored.version == rendered.RENDERING_VERSION


def test_each_language_has_its_own_rendering(submit, client, settings):
    assessment = submit(ELIGIBLE_SPOUSE)
    english = get(client, assessment).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    chinese = get(client, assessment).content.decode()
    assert "What you can apply for now" in english
    assert "您现在可以申请什么" in chinese
    languages = RenderedResult.objects.filter(assessment=assessment).values_list("language")
    assert sorted(languages) == [("en",), ("zh-hans",)]


def test_a_reload_costs_a_304_with_the_same_etag_or_date(submit, client):
    assessment = submit(ELIGIBLE_SPOUSE)
    first = get(client, assessment)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert "private" in first["Cache-Control"] and "no-cache" in first["Cache-Control"]
    assert "no-store" not in first["Cache-Control"]
    assert "Cookie" in first["Vary"]

    not_modified = get(client, assessment, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    assert get(client, assessment, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    # Another version of the page is another page.
    assert get(client, assessment, HTTP_IF_NONE_MATCH='"other"').status_code == 200
    assert get(client, assessment, "?details=open", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_browser_that_accepts_gzip_gets_the_same_page_compressed(submit, client):
    """The stored content goes as stored, between the rest of the page compressed for the
    request, padded at random against BREACH as other pages are."""
    assessment = submit(ELIGIBLE_SPOUSE)
    plain = get(client, assessment)
    zipped = [get(client, assessment, HTTP_ACCEPT_ENCODING="gzip, deflate, br") for _ in "ab"]
    for response in zipped:
        assert response["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response["Vary"]
        assert response["ETag"] == f"W/{plain['ETag']}"  # the bytes differ on each load
        page = gzip.decompress(response.content)
        assert without_csrf_tokens(page) == without_csrf_tokens(plain.content)
    assert len(zipped[0].content) < len(plain.content) / 3
    assert zipped[0].content != zipped[1].content
    reload = get(client, assessment, HTTP_IF_NONE_MATCH=zipped[0]["ETag"])
    assert reload.status_code == 304


def test_a_new_csrf_cookie_or_language_makes_a_new_etag(submit, client, settings):
    assessment = submit(ELIGIBLE_SPOUSE)
    etag = get(client, assessment)["ETag"]
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    assert get(client, assessment, HTTP_IF_NONE_MATCH=etag).status_code == 200
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert get(client, assessment, HTTP_IF_NONE_MATCH=etag).status_code == 304
    del client.cookies[settings.CSRF_COOKIE_NAME]
    response = get(client, assessment, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_every_visitor_gets_their_own_csrf_token_and_it_works(submit, client):
    assessment = submit(ELIGIBLE_SPOUSE)
    get(client, assessment)  # the stored rendering exists
    tokens = []
    for _visitor in range(2):
        visitor = Client(enforce_csrf_checks=True)
        html = get(visitor, assessment).content.decode()
        [change, start, language] = CSRF_TOKEN.findall(html)
        assert change == start == language
        tokens.append(change)
        response = visitor.post(
            reverse("eligibility:change_answers", args=[assessment.public_id]),
            {"csrfmiddlewaretoken": change},
        )
        assert response.status_code == 302, response.status_code
    assert tokens[0] != tokens[1]


def test_the_language_switcher_returns_to_the_page_it_was_pressed_on(submit, client):
    assessment = submit(ELIGIBLE_SPOUSE)
    get(client, assessment)
    url = result_url(assessment)
    assert LANGUAGE_NEXT.findall(get(client, assessment).content.decode()) == [url]
    details = get(client, assessment, "?details=open").content.decode()
    assert LANGUAGE_NEXT.findall(details) == [f"{url}?details=open"]


def test_print_with_all_details_opens_every_section_without_javascript(submit, client):
    assessment = submit(ENGINEER)
    short = pages.parse(get(client, assessment).content.decode())
    closed = short.select("details")
    assert closed and not any("open" in details.attrs for details in closed)
    [link] = [a for a in short.find("print").select("a") if a.text() == "Print with all details"]
    assert link.attrs["href"] == "?details=open"

    full = pages.parse(get(client, assessment, "?details=open").content.decode())
    opened = full.select("details")
    assert len(opened) == len(closed) and all("open" in d.attrs for d in opened)
    [back] = full.find("print").select("a")
    assert (back.text(), back.attrs["href"]) == (
        "Show the short result",
        f"http://testserver{result_url(assessment)}",
    )
    assert "The closed sections of the result on screen" not in full.find("main").text()


def test_the_page_works_under_a_strict_content_security_policy(submit, client):
    """No inline script or style, and no style attribute: the page needs no 'unsafe-inline'."""
    html = get(client, submit(ENGINEER)).content.decode()
    root = pages.parse(html)
    assert all(script.attrs.get("src") for script in root.select("script"))
    assert root.select("style") == []
    assert not [e.tag for e in root.iter() if "style" in e.attrs]
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_an_unchanged_page_renders_no_template_again(
    submit, client, settings, monkeypatch, language
):
    assessment = submit(ENGINEER)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    first = without_csrf_tokens(get(client, assessment).content)

    def must_not_run(*args, **kwargs):
        raise AssertionError("the result was rendered again")

    monkeypatch.setattr(rendered, "body_context", must_not_run)
    assert without_csrf_tokens(get(client, assessment).content) == first
