"""The page shows the result stored at submission: it never evaluates the answers again."""

import re

from eligibility import views
from eligibility.engine import evaluate
from tests.result import pages
from tests.result.conftest import (
    DIPLOMAT,
    ELIGIBLE_SPOUSE,
    PROFESSOR_NOT_YET_RECOMMENDED,
    SPOUSE_ROUTE,
)

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def without_csrf_tokens(html: str) -> str:
    return CSRF_TOKEN.sub("", html)


def test_a_later_change_in_the_engine_does_not_change_the_page(submit, result_page, monkeypatch):
    assessment = submit(ELIGIBLE_SPOUSE)
    before = result_page(assessment)

    def blocked_by_art_10(answers, rule_set):
        return evaluate({**answers, "stay_purpose": "diplomatic_official"}, rule_set=rule_set)

    monkeypatch.setattr(views, "evaluate", blocked_by_art_10)
    after = result_page(assessment)
    assert without_csrf_tokens(after) == without_csrf_tokens(before)
    assert "Outcome: ✓ Meets the conditions" in pages.text(after, SPOUSE_ROUTE)


def test_the_page_shows_what_is_stored(submit, result_page):
    assessment = submit(ELIGIBLE_SPOUSE)
    [route] = [r for r in assessment.result["routes"] if r["id"] == "draft_a17_1_spouse"]
    route["title"] = {"text": "Spouse route, as worded when you submitted", "params": {}}
    assessment.result["notices"] = [{"text": "A notice stored with the result.", "params": {}}]
    assessment.save(update_fields=["result"])
    html = result_page(assessment)
    assert pages.text(html, SPOUSE_ROUTE).startswith("Spouse route, as worded when you submitted")
    assert "A notice stored with the result." in pages.text(html)


def test_another_result_is_another_page(submit, result_page):
    """The stored results differ, and so do their pages (a check on the two tests above)."""
    spouse = pages.text(result_page(submit(ELIGIBLE_SPOUSE)), SPOUSE_ROUTE)
    diplomat = pages.text(result_page(submit(DIPLOMAT)), SPOUSE_ROUTE)
    assert "Outcome: ✗ Does not meet the conditions" in diplomat
    assert spouse != diplomat


def test_outcomes_keep_their_order_whatever_the_order_of_the_stored_keys(submit, result_page):
    """PostgreSQL's jsonb does not keep the order of keys, e.g. of the result's summary."""
    assessment = submit(PROFESSOR_NOT_YET_RECOMMENDED)
    assessment.result["summary"] = dict(reversed(assessment.result["summary"].items()))
    assessment.save(update_fields=["result"])
    html = result_page(assessment)
    assert [text for level, text in pages.headings(html) if level == 2][3:7] == [
        "Routes on which you meet the conditions",
        "Routes on which you meet the conditions if recommended",
        "Routes where we cannot tell yet",
        "Routes whose conditions you do not meet",
    ]
