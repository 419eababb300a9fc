import re

import pytest
from django.test import Client
from django.urls import reverse


def test_start_page_explains_the_check_and_offers_start(client):
    response = client.get(reverse("eligibility:start"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "permanent residence in China" in html
    assert "Start now" in html
    assert "about 10 to 15 minutes" in html
    assert "What is stored" in html


def test_the_start_page_says_which_rules_and_what_is_asked_with_consent(client):
    html = client.get(reverse("eligibility:start")).content.decode()
    assert "what you could apply for now, under the rules in force" in html
    assert "the 2019 national measures" in html
    assert "Questions about your health and criminal record are asked only if you agree" in html
    assert "You can delete your assessment at any time." in html


def test_every_page_says_the_draft_is_not_law_and_not_legal_advice(client):
    html = client.get(reverse("privacy")).content.decode()
    assert "which is a proposal, not law." in html  # the footer
    html = client.get(reverse("eligibility:start")).content.decode()
    assert "which is a proposal, not law." in html
    assert "not legal advice" in html


def test_base_template_has_skip_link_main_region_and_language_switcher(client):
    html = client.get(reverse("eligibility:start")).content.decode()
    assert 'href="#main"' in html and 'id="main"' in html
    assert 'action="/i18n/setlang/"' in html
    assert '<html lang="en">' in html


def test_page_uses_bootstrap_from_our_own_static_files(client):
    html = client.get(reverse("eligibility:start")).content.decode()
    assert "/static/bootstrap/css/bootstrap.min.css" in html
    assert "cdn" not in html.lower()


@pytest.mark.browser
def test_start_page_in_chromium_has_start_button_and_no_axe_violations(page, axe_violations):
    page.goto("/")
    start = page.get_by_role("button", name="Start now")
    if start.count() == 0:
        start = page.get_by_role("link", name="Start now")
    assert start.is_visible()
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []


def test_each_visitor_gets_their_own_csrf_token_and_comes_back_to_the_address_they_were_on(db):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    pages = [c.get("/?from=a&to=b", HTTP_ACCEPT_LANGUAGE="zh-CN") for c in (first, second)]
    tokens = [
        re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', p.content.decode()) for p in pages
    ]
    assert len(tokens[0]) == 2 and tokens[0][0] != tokens[1][0]  # the start and language forms
    assert (
        '<input type="hidden" name="next" value="/?from=a&amp;to=b">' in pages[0].content.decode()
    )
    assert "开始" in pages[0].content.decode()
    started = first.post(
        reverse("eligibility:start_assessment"), {"csrfmiddlewaretoken": tokens[0][0]}
    )
    assert started.status_code == 302
