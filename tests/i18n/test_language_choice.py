"""How the language is chosen: the browser's preference first, then the header's button, which
keeps the applicant where they were, with their answers."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from eligibility.models import Assessment
from eligibility.results import full_results
from tests.i18n.journeys import APPLICANTS, submit, switch_language, walk
from tests.questionnaire.applicants import HIGH_EARNER, post_data

pytestmark = pytest.mark.django_db

HTML_LANG = re.compile(r"<html[^>]*\blang=\"([^\"]+)\"")
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)


def language_and_heading(response) -> tuple[str, str]:
    html = response.content.decode()
    heading = re.sub(r"<[^>]+>", "", H1.search(html)[1]).strip()
    return HTML_LANG.search(html)[1], heading


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("zh-CN,zh;q=0.9", ("zh-hans", "了解您能否申请中国永久居留资格")),
        ("zh-Hans-CN,zh-Hans;q=0.9,en;q=0.5", ("zh-hans", "了解您能否申请中国永久居留资格")),
        ("en-GB,en;q=0.9", ("en", "Check if you could apply for permanent residence in China")),
        ("fr-FR,fr;q=0.9", ("en", "Check if you could apply for permanent residence in China")),
    ],
)
def test_the_browser_preference_chooses_the_language(accept_language, expected):
    response = Client(headers={"accept-language": accept_language}).get("/")
    assert language_and_heading(response) == expected


def test_the_button_in_the_header_switches_to_the_other_language(client):
    html = client.get("/").content.decode()
    assert '<form class="language-switcher' in html
    assert 'name="language" value="zh-hans" lang="zh-Hans">简体中文</button>' in html
    assert '<input type="hidden" name="next" value="/">' in html

    switch_language(client, "zh-hans")
    html = client.get("/").content.decode()
    assert 'name="language" value="en" lang="en">English</button>' in html
    # The choice outlives the browser's preference.
    response = client.get("/", headers={"accept-language": "en-GB"})
    assert language_and_heading(response)[0] == "zh-hans"


def test_every_kind_of_page_has_the_button_and_returns_to_itself(client):
    assessment = walk(client, APPLICANTS["high_earner"])
    pages = [
        "/",
        reverse("eligibility:question", args=[assessment.public_id, "wage"]) + "?change=1",
        reverse("eligibility:check", args=[assessment.public_id]),
        "/no-such-page",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert f'<input type="hidden" name="next" value="{url}">' in html, url
    result = submit(client, assessment).content.decode()
    assert (
        'name="next" value="{}"'.format(reverse("eligibility:result", args=[assessment.public_id]))
        in result
    )


def test_switching_in_the_middle_of_the_questionnaire_keeps_the_page_and_the_answers(client):
    client.post(reverse("eligibility:start_assessment"))
    assessment = Assessment.objects.get()
    for page_id in ("about-you", "situations", "stay", "sensitive-questions"):
        url = reverse("eligibility:question", args=[assessment.public_id, page_id])
        assert client.post(url, post_data(HIGH_EARNER[page_id])).status_code == 302
    record = reverse("eligibility:question", args=[assessment.public_id, "record"])
    assert language_and_heading(client.get(record)) == ("en", "Your record")

    response = switch_language(client, "zh-hans", next_url=record)
    assert response["Location"] == record
    assert language_and_heading(client.get(record)) == ("zh-hans", "您的守法记录")

    about_you = client.get(
        reverse("eligibility:question", args=[assessment.public_id, "about-you"])
    )
    html = about_you.content.decode()
    assert language_and_heading(about_you)[0] == "zh-hans"
    assert '<option value="CA" selected>' in html
    assert 'name="date_of_birth_year" value="1980"' in html
    situations = client.get(
        reverse("eligibility:question", args=[assessment.public_id, "situations"])
    ).content.decode()
    assert re.search(r'<input[^>]*value="work"[^>]*checked', situations)
    assessment.refresh_from_db()
    assert assessment.answers["nationality"] == "CA"
    assert assessment.answers["situations"] == ["work"]


def test_the_result_is_shown_in_the_viewers_language(client):
    response = submit(client, walk(client, APPLICANTS["professor"]))
    assessment = Assessment.objects.get()
    assert assessment.language == "en"  # the language the applicant used
    assert language_and_heading(response) == ("en", "Your result")
    assert "Meets the conditions" in response.content.decode()

    switch_language(client, "zh-hans")
    response = client.get(reverse("eligibility:result", args=[assessment.public_id]))
    assert language_and_heading(response) == ("zh-hans", "您的评估结果")
    html = response.content.decode()
    assert "符合条件" in html
    assert "Meets the conditions" not in html
    rules_in_force = full_results(assessment.results)[0]
    assert rules_in_force["general_conditions"]["text_zh"].splitlines()[0] in html
    assessment.refresh_from_db()
    assert assessment.language == "en"


def test_the_advisor_reads_an_english_assessment_in_chinese(client):
    submit(client, walk(client, APPLICANTS["professor"]))
    assessment = Assessment.objects.get()
    advisor = Client()
    advisor.force_login(User.objects.create_superuser("zhanglei", "z@example.com", "secret"))
    switch_language(advisor, "zh-hans")
    html = advisor.get(
        reverse("admin:eligibility_assessment_change", args=[assessment.pk])
    ).content.decode()
    assert "申请人看到的结果" in html
    assert "符合条件" in html
    assert "Meets the conditions" not in html
    assert ">英语<" in html  # the language the applicant used


@pytest.mark.parametrize(
    ("language", "born", "money"),
    [
        ("en", "3 August 1980", "RMB 1,500,000"),
        ("zh-hans", "1980 年 8 月 3 日", "人民币 1,500,000 元"),
    ],
)
def test_dates_and_amounts_are_written_for_the_language(client, language, born, money):
    switch_language(client, language)
    assessment = walk(client, APPLICANTS["high_earner"])
    html = client.get(reverse("eligibility:check", args=[assessment.public_id])).content.decode()
    assert born in html
    assert money in html
    result = submit(client, assessment).content.decode()
    today = timezone.localdate()
    submitted = (
        f"{today.day} {today:%B} {today.year}"
        if language == "en"
        else f"{today.year} 年 {today.month} 月 {today.day} 日"
    )
    assert submitted in result
