"""The changelist at 1366 px, the width of the advisors' laptops: every review column is on
screen without scrolling sideways, in English and in Chinese."""

import pytest
from django.contrib.auth.models import User

from eligibility.models import Assessment
from tests.admin.conftest import HIGH_EARNER, PROFESSOR, SPOUSE, STARTED, MakeAssessment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REVIEW_COLUMNS = (
    "submitted",
    "outcome_current",
    "outcome_draft",
    "risks",
    "consent",
    "review",
    "advisor",
    "follow_up",
)


@pytest.mark.parametrize("locale", ["en-GB", "zh-CN"])
def test_the_review_columns_fit_1366_px(
    browser, live_server, advisor: User, make_assessment: MakeAssessment, locale: str
) -> None:
    for index, answers in enumerate([PROFESSOR, HIGH_EARNER, SPOUSE, STARTED] * 3):
        assessment = make_assessment(
            {
                **answers,
                "health_conditions": ["serious_mental_or_infectious"],
                "criminal_conviction": "yes",
            },
            submitted=answers is not STARTED,
            contact=("Marie Dubois", "marie.dubois@example.com") if index % 2 else None,
        )
        Assessment.objects.filter(pk=assessment.pk).update(
            assigned_advisor=advisor, review_status="awaiting_applicant"
        )
    context = browser.new_context(
        base_url=live_server.url, locale=locale, viewport={"width": 1366, "height": 768}
    )
    page = context.new_page()
    page.goto("/admin/login/?next=/admin/eligibility/assessment/")
    page.fill("#id_username", "advisor")
    page.fill("#id_password", "secret")
    page.locator("input[type=submit]").click()
    page.wait_for_selector("#result_list")

    for column in REVIEW_COLUMNS:
        box = page.locator(f"#result_list th.column-{column}").bounding_box()
        assert box is not None, column
        assert box["x"] + box["width"] <= 1366, (column, box)
    results = page.locator(".results")
    assert results.evaluate("element => element.scrollWidth <= element.clientWidth")
    context.close()


@pytest.mark.parametrize("locale", ["en-GB", "zh-CN"])
def test_the_summary_card_and_save_are_on_the_detail_page_s_first_screen(
    browser, live_server, advisor: User, make_assessment: MakeAssessment, locale: str
) -> None:
    """An advisor sees whether to call the applicant, and what to tell them, without scrolling."""
    assessment = make_assessment(
        {**HIGH_EARNER, "health_conditions": ["serious_mental_or_infectious"]},
        contact=("Marie Dubois", "marie.dubois@example.com"),
    )
    context = browser.new_context(
        base_url=live_server.url, locale=locale, viewport={"width": 1366, "height": 768}
    )
    page = context.new_page()
    page.goto(f"/admin/login/?next=/admin/eligibility/assessment/{assessment.pk}/change/")
    page.fill("#id_username", "advisor")
    page.fill("#id_password", "secret")
    page.locator("input[type=submit]").click()
    page.wait_for_selector(".summary-card")

    for part in (".summary-risks", ".summary-facts", ".summary-tell", "input[name=_save]"):
        box = page.locator(part).first.bounding_box()
        assert box is not None, part
        assert box["y"] + box["height"] <= 768, (part, box)
    card = page.locator(".summary-card").bounding_box()
    assert card["y"] + card["height"] <= 768, card
    context.close()
