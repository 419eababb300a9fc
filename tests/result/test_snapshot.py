"""The page shows the results stored at submission: it never evaluates the answers again, and
results stored in earlier forms still render."""

import json
import re
from copy import deepcopy

from eligibility import views
from eligibility.engine import evaluate
from eligibility.models import RenderedResult
from eligibility.results import full_result
from tests.result import pages
from tests.result.conftest import DIPLOMAT, ELIGIBLE_SPOUSE

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def without_csrf_tokens(html: str) -> str:
    return CSRF_TOKEN.sub("", html)


def test_a_later_change_in_the_engine_does_not_change_the_page(submit, result_page, monkeypatch):
    assessment = submit(ELIGIBLE_SPOUSE)
    before = result_page(assessment)
    RenderedResult.objects.all().delete()  # rendered again, from what is stored

    def blocked_by_art_10(answers, rule_set):
        return evaluate({**answers, "stay_purpose": "diplomatic_official"}, rule_set=rule_set)

    monkeypatch.setattr(views, "evaluate", blocked_by_art_10)
    after = result_page(assessment)
    assert without_csrf_tokens(after) == without_csrf_tokens(before)
    assert "✓ Yes, you can apply now" in pages.text(after, "current-decision")


def test_another_result_is_another_page(submit, result_page):
    """The stored results differ, and so do their pages (a check on the test above)."""
    spouse = pages.text(result_page(submit(ELIGIBLE_SPOUSE)), "draft-decision")
    diplomat = pages.text(result_page(submit(DIPLOMAT)), "draft-decision")
    assert "✗ No route of the draft would be open to you" in diplomat
    assert spouse != diplomat


def test_the_page_shows_what_is_stored(submit, result_page):
    assessment = submit(ELIGIBLE_SPOUSE)
    current = deepcopy(full_result(assessment.results["current"]))
    [route] = [r for r in current["routes"] if r["id"] == "cur_a6_5_spouse"]
    route["title"] = {"text": "Spouse route, as worded when you submitted", "params": {}}
    current["personal_notes"] = [{"text": "A note stored with the result.", "params": {}}]
    assessment.results["current"] = current  # a result stored in full
    assessment.save(update_fields=["results"])
    html = result_page(assessment)
    assert "Route: Spouse route, as worded when you submitted" in pages.text(
        html, "current-decision"
    )
    assert "A note stored with the result." in pages.text(html, "next-steps")


def test_a_result_stored_before_the_rules_in_force_still_renders(submit, result_page):
    """Results of the first releases: the draft only, in full, with plain source addresses
    and one accompanying family entry, as the migration to two rule sets left them."""
    assessment = submit(ELIGIBLE_SPOUSE)
    draft = json.loads(json.dumps(full_result(assessment.results["draft_2020"])))
    for route in draft["routes"]:
        route["sources"] = [source["url"] for source in route["sources"]]
    for key in ("personal_notes", "accompanying_family"):
        draft.pop(key)
    draft["rule_set"].pop("release")
    draft["labels"].pop("source_kinds")
    assessment.results = {"draft_2020": draft}
    assessment.save(update_fields=["results"])
    html = result_page(assessment)
    assert "✓ You would meet the conditions" in pages.text(html, "draft-decision")
    assert "current-decision" not in html
    assert "Your routes under both rule sets" not in html
    sources = pages.parse(html).find("route-draft_a17_1_spouse").select("li", class_="source")
    assert [li.text() for li in sources] == ["agora0.github.io", "referchina.com", "c.m.163.com"]
