"""Every kind of page, in Simplified Chinese, shows no English interface text.

The pages are reached the way an applicant reaches them: the language is chosen with the header's
button, the questionnaire is walked page by page, and results come from the real engine.
"""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from eligibility import flow
from eligibility.models import Assessment
from eligibility.results import full_results
from tests.i18n.english import english_left
from tests.i18n.journeys import APPLICANTS, EVERY_PAGE, TYPED, submit, switch_language, walk

pytestmark = pytest.mark.django_db

ADVISOR = "zhanglei"  # a user name: data, not interface
HTML_LANG = re.compile(r"<html[^>]*\blang=\"([^\"]+)\"")
# Django's admin writes its yes/no icons with alt="True" or alt="False", in every language.
DJANGO_BOOLEAN_ICON = re.compile(
    r'(<img src="[^"]*/admin/img/icon-(?:yes|no|unknown)\.svg") alt="\w+"'
)


def assert_chinese(response, region_id: str | None = None, typed: tuple[str, ...] = TYPED) -> str:
    html = DJANGO_BOOLEAN_ICON.sub(r"\1", response.content.decode())
    assert HTML_LANG.search(html)[1] == "zh-hans"
    left = english_left(html, region_id, typed)
    assert not left, "English left on the Chinese page:\n" + "\n".join(left)
    return html


@pytest.fixture
def zh_client(client: Client) -> Client:
    switch_language(client, "zh-hans")
    return client


def test_the_start_page(zh_client):
    html = assert_chinese(zh_client.get("/"))
    assert "了解您能否申请中国永久居留资格" in html
    assert "<title>了解您能否申请中国永久居留资格 – 永居评估</title>" in html


def test_every_question_page_its_errors_and_check_your_answers(zh_client):
    visited = []

    def visit(page_id, url, response):
        assert response.status_code == 200
        html = assert_chinese(response)
        title = str(flow.PAGES_BY_ID[page_id].form_class.title())
        assert f"<title>{title} – 永居评估</title>" in html
        # Sent empty: every required question says so, in Chinese, above and beside it.
        errors = zh_client.post(url, {})
        assert errors.status_code == 200
        assert "出现了问题" in assert_chinese(errors)
        visited.append(page_id)

    assessment = walk(zh_client, EVERY_PAGE, visit)
    # Investors who do not work in China are asked about their tax record on a page of its own.
    walk(zh_client, APPLICANTS["investor"], visit)
    assert set(visited) == {page.id for page in flow.PAGES}, "the walks missed some pages"
    html = assert_chinese(zh_client.get(reverse("eligibility:check", args=[assessment.public_id])))
    assert "提交前请核对您的回答" in html
    assert "1960 年 3 月 1 日" in html  # the date of birth, as Chinese writes dates


@pytest.mark.parametrize(
    ("form", "errors"),
    [
        (
            {"date_of_birth_day": "31", "date_of_birth_month": "2", "date_of_birth_year": "1980"},
            ["出生日期必须是真实存在的日期", "请选择您的国籍"],
        ),
        (
            {"date_of_birth_day": "1", "date_of_birth_month": "1", "date_of_birth_year": "1800"},
            ["出生日期不能早于 1900 年 1 月 1 日"],
        ),
    ],
)
def test_a_question_page_with_invalid_answers(zh_client, form, errors):
    response = zh_client.post(reverse("eligibility:start_assessment"))
    response = zh_client.post(response["Location"], form)
    html = assert_chinese(response)
    assert "<title>错误：关于您 – 永居评估</title>" in html
    for error in errors:
        assert error in html


@pytest.mark.parametrize("name", sorted(APPLICANTS))
def test_the_result_page(zh_client, name):
    assessment = walk(zh_client, APPLICANTS[name])
    response = submit(zh_client, assessment)
    assert response.status_code == 200
    html = assert_chinese(response)
    assert "您的评估结果" in html
    assert Assessment.objects.get().language == "zh-hans"
    # The regulation's own Chinese is shown as the original, whatever the language.
    text_zh = full_results(Assessment.objects.get().results)[0]["general_conditions"]["text_zh"]
    assert text_zh.splitlines()[0] in html


def test_the_page_not_found(zh_client):
    response = zh_client.get("/a/not-a-reference/")
    assert response.status_code == 404
    assert "找不到该页面" in assert_chinese(response)


def test_the_expired_form_page():
    client = Client(enforce_csrf_checks=True)
    client.cookies["django_language"] = "zh-hans"
    response = client.post(reverse("eligibility:start_assessment"))
    assert response.status_code == 403
    assert "页面已过期" in assert_chinese(response)


def test_the_server_error_page(zh_client, rf):
    from django.utils import translation
    from django.views.defaults import server_error

    with translation.override("zh-hans"):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "抱歉，服务出现了问题" in assert_chinese(response)


@pytest.fixture
def superuser_client(zh_client: Client) -> Client:
    # Applicants answer first: signed-in staff cannot answer in an applicant's name.
    for applicant in APPLICANTS.values():
        submit(zh_client, walk(zh_client, applicant))
    walk(zh_client, APPLICANTS["professor"])  # one still in progress
    user = User.objects.create_superuser(ADVISOR, "advisor@example.com", "secret")
    zh_client.force_login(user)
    return zh_client


def test_the_admin_changelist_and_assessment_page(superuser_client):
    client = superuser_client

    changelist = client.get(reverse("admin:eligibility_assessment_changelist"))
    assert changelist.status_code == 200
    assert "评估记录" in assert_chinese(changelist, "content", (*TYPED, ADVISOR))
    for assessment in Assessment.objects.all():
        detail = client.get(reverse("admin:eligibility_assessment_change", args=[assessment.pk]))
        assert detail.status_code == 200
        assert_chinese(detail, "content", (*TYPED, ADVISOR))
