"""In real Chromium: switching language in the middle of the questionnaire, and axe-core on the
Chinese pages."""

from collections.abc import Iterator

import pytest

from eligibility import flow
from eligibility.models import Assessment
from tests.i18n.journeys import APPLICANTS
from tests.questionnaire.applicants import HIGH_EARNER, answers_of
from tests.questionnaire.test_browser import fill_with_mouse, heading

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def html_lang(page) -> str:
    return page.evaluate("document.documentElement.lang")


def title_in(language: str, page_id: str) -> str:
    from django.utils import translation

    with translation.override(language):
        return str(flow.PAGES_BY_ID[page_id].form_class.title())


def test_switching_to_chinese_in_the_middle_keeps_the_page_and_the_answers(page):
    page.goto("/")
    assert html_lang(page) == "en"
    page.get_by_role("button", name="Start now").click()
    before_record = ("about-you", "situations", "stay", "sensitive-questions")
    for page_id in before_record:
        fill_with_mouse(page, HIGH_EARNER[page_id])
        page.get_by_role("button", name="Continue").click()
    assert heading(page) == "Your record"
    record_url = page.url

    page.get_by_role("button", name="简体中文").click()
    assert page.url == record_url
    assert html_lang(page) == "zh-hans"
    assert heading(page) == "您的守法记录"
    assert page.title() == "您的守法记录 – 永居评估"
    assert page.get_by_role("button", name="English").get_attribute("lang") == "en"

    page.get_by_role("link", name="返回").click()
    assert heading(page) == title_in("zh-hans", "sensitive-questions")
    page.get_by_role("link", name="返回").click()
    assert heading(page) == title_in("zh-hans", "stay")
    assert page.locator("input[name=stay_purpose][value=work]").is_checked()
    page.get_by_role("link", name="返回").click()
    assert page.locator("input[name=situations][value=work]").is_checked()
    page.get_by_role("link", name="返回").click()
    assert heading(page) == "关于您"
    assert page.locator("#id_nationality").input_value() == "CA"
    assert page.locator("input[name=date_of_birth_year]").input_value() == "1980"

    for _ in before_record:
        page.get_by_role("button", name="继续").click()
    assert heading(page) == "您的守法记录"
    for page_id in ("record", "health"):
        fill_with_mouse(page, HIGH_EARNER[page_id])
        page.get_by_role("button", name="继续").click()
    assert heading(page) == "您在中国的工作"
    answers = answers_of(HIGH_EARNER)
    answered = sum(
        flow.questions_on(flow.PAGES_BY_ID[page_id], answers)
        for page_id in (*before_record, "record", "health")
    )
    assert f"已回答 {answered} 题" in page.locator(".question-progress").inner_text()
    assessment = Assessment.objects.get()
    assert assessment.answers["nationality"] == "CA"
    assert assessment.answers["chinese_law_issues"] == "no"
    assert assessment.language == "zh-hans"


@pytest.fixture
def chinese_page(browser, live_server) -> Iterator:
    """A tab whose browser prefers Chinese, as a browser set up in China does."""
    from django.db import connections

    context = browser.new_context(base_url=live_server.url, locale="zh-CN")
    yield context.new_page()
    context.close()
    connections.close_all()


def test_axe_finds_nothing_on_the_chinese_pages(chinese_page, axe_violations):
    page = chinese_page
    page.goto("/")
    assert html_lang(page) == "zh-hans"
    assert axe_violations(page) == [], "start page"
    page.get_by_role("button", name="现在开始").click()
    assert heading(page) == "关于您"
    assert axe_violations(page) == [], "question page"

    page.get_by_role("button", name="继续").click()
    assert page.title().startswith("错误：")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert axe_violations(page) == [], "question page with errors"

    applicant = APPLICANTS["spouse"]
    for page_id, form in applicant.items():
        assert heading(page) == title_in("zh-hans", page_id)
        fill_with_mouse(page, form)
        page.get_by_role("button", name="继续").click()
        if page_id in ("situations", "family", "days-each-year"):
            assert axe_violations(page) == [], f"the page after {page_id}"
    assert heading(page) == "提交前请核对您的回答"
    assert axe_violations(page) == [], "check your answers"

    page.get_by_role("button", name="提交并查看结果").click()
    assert heading(page) == "您的评估结果"
    assert html_lang(page) == "zh-hans"
    assert axe_violations(page) == [], "result page"


def test_axe_finds_nothing_on_the_chinese_404_page(chinese_page, axe_violations):
    response = chinese_page.goto("/a/not-a-link/")
    assert response.status == 404
    assert heading(chinese_page) == "找不到该页面"
    assert axe_violations(chinese_page) == []
