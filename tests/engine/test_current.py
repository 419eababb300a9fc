"""The rule set ``current`` (the rules in force) as declared, against the pack's route table."""

import re
from pathlib import Path

import pytest
import yaml
from django.utils import translation

from eligibility.engine import RULE_SETS, Confidence, Outcome, evaluate
from eligibility.engine.model import ConditionKind
from eligibility.messages import render_message
from tests.engine.tables import load_cases

CURRENT = RULE_SETS["current"]
ROUTES = {route.id: route for route in CURRENT.routes}


# The regulation pack's text of the rules in force, copied into the repository so that the
# tests run in any checkout; test_the_copy_of_the_pack_is_the_pack keeps it the same as the
# pack in ``shared/`` beside the repository, where there is one.
IN_FORCE = Path(__file__).parent / "pack" / "in-force.md"


def shared_pack(name: str) -> Path | None:
    """A file of the regulation pack in ``shared/`` beside the repository (``../shared``), or
    further up for a git worktree; None in a checkout without it."""
    for folder in Path(__file__).resolve().parents:
        found = folder / "shared" / "regulation" / name
        if found.exists():
            return found
    return None


def test_the_copy_of_the_pack_is_the_pack() -> None:
    shared = shared_pack("in-force.md")
    if shared is None:
        pytest.skip("no shared/regulation beside this checkout: only the copy is read")
    assert IN_FORCE.read_bytes() == shared.read_bytes(), (
        f"the pack changed: copy {shared} to {IN_FORCE} and check the rule set against it"
    )


# Where the product shows less than the pack's label, and why.
SHOWN_AS_SUBSTANCE_ONLY = {
    # The pack labels it near-verbatim but reproduces no Chinese text for it, and a route
    # above "substance only" must show the Chinese it relies on (README, "How the product
    # presents them"): the product never shows a text it does not have.
    "cur_2019_3a_ethnic_chinese_phd",
}
CONFIDENCES = {
    "verbatim": Confidence.VERBATIM,
    "near-verbatim": Confidence.NEAR_VERBATIM,
    "substance only": Confidence.SUBSTANCE_ONLY,
}


def pack_table() -> dict[str, dict[str, str]]:
    """The route table of in-force.md §7: id, basis, recommendation and confidence per row."""
    rows = {}
    for line in IN_FORCE.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `(cur_\w+)` \| ([^|]+) \|[^|]+\| ([^|]+) \|[^|]+\| ([^|]+) \|$", line)
        if match:
            id, basis, recommendation, confidence = (part.strip() for part in match.groups())
            rows[id] = {"basis": basis, "recommendation": recommendation, "confidence": confidence}
    return rows


def english(message: dict) -> str:
    with translation.override("en"):
        return render_message(message)


def test_the_pack_has_15_routes_and_the_rule_set_has_exactly_them_in_order() -> None:
    table = pack_table()
    assert len(table) == 15
    assert list(ROUTES) == list(table)


@pytest.mark.parametrize("id", list(pack_table()))
def test_each_route_carries_the_pack_s_basis_confidence_and_recommendation(id: str) -> None:
    row, route = pack_table()[id], ROUTES[id]
    label = english(route.citation.snapshot["label"])
    # Every article, item and 2019 item of the pack's basis is named in the citation.
    if row["basis"].startswith("2019"):
        assert label.startswith("2019 nationwide measures, item")
        assert re.findall(r"\((\d)\)", label) == re.findall(r"\((\d)\)", row["basis"])
    else:
        for number in re.findall(r"art\. (\d+)", row["basis"]):
            assert f"art. {number}" in label
        for item in re.findall(r"\((\d)\)", row["basis"]):
            assert f"({item})" in label, (label, row["basis"])
    first = re.match(r"(near-verbatim|verbatim|substance only)", row["confidence"]).group(1)
    if id in SHOWN_AS_SUBSTANCE_ONLY:
        assert route.confidence is Confidence.SUBSTANCE_ONLY and "Chinese" not in row["confidence"]
    else:
        assert route.confidence is CONFIDENCES[first]
    required = row["recommendation"].startswith("**Required")
    assert route.recommendation.required is required
    kinds = {condition.kind for condition in route.conditions}
    assert (ConditionKind.RECOMMENDATION in kinds) == required


@pytest.mark.parametrize("route", CURRENT.routes, ids=lambda route: route.id)
def test_each_route_has_its_texts_and_documents(route) -> None:
    assert route.id.startswith("cur_")
    assert route.citation.rule_set == "current"
    assert route.title["text"] and route.text_en and route.sources
    assert route.documents and all(document["text"] for document in route.documents)
    if route.confidence is Confidence.SUBSTANCE_ONLY:
        assert route.text_zh is None
    else:
        assert route.text_zh


def test_the_basic_conditions_c1_to_c3_are_conditions_of_every_route() -> None:
    assert [condition.id for condition in CURRENT.general.conditions] == [
        "abides_by_chinese_law",
        "good_health",
        "no_criminal_record",
    ]
    # A conviction in China fails every route, where the draft only reports a risk.
    answers = {
        "as_of_date": "2024-03-01",
        "criminal_conviction": "yes",
        "conviction_places": ["china"],
    }
    current = evaluate(answers, "current")
    assert {result.outcome for result in current.routes} == {Outcome.NOT_ELIGIBLE}
    draft = evaluate(answers, "draft_2020")
    assert draft.general.status != "unmet"
    assert {risk.rule.id: risk.status for risk in draft.risks}["criminal_conviction"] == "indicated"


def test_the_rule_set_names_the_rules_in_force() -> None:
    assert CURRENT.label["text"] == "Rules in force"
    assert CURRENT.status["text"] == "In force"
    assert "2004" in CURRENT.title_en and "《外国人在中国永久居留审批管理办法》" in CURRENT.title_zh
    snapshot = evaluate({}, "current").to_dict()
    procedure = {step["id"]: english(step["message"]) for step in snapshot["procedure"]["steps"]}
    assert "public security bureau of the city where you live" in procedure["where"]
    assert "RMB 1,500" in procedure["fees"] and "RMB 300" in procedure["fees"]
    assert "within 6 months" in procedure["time"]
    assert "final word" in english(snapshot["general_documents"]["note"])
    duty = snapshot["duty_after_grant"]
    assert duty["minimum_days_per_year"] == 90
    assert "one year in total in every five years" in english(duty["exception"])


def test_every_route_has_its_best_and_a_not_eligible_case_in_the_tables() -> None:
    seen: dict[str, set[str]] = {id: set() for id in ROUTES}
    for case in load_cases():
        if case.rule_set == "current":
            for key, outcome in case.expected.items():
                if key in seen:
                    seen[key].add(outcome)
    for id, outcomes in seen.items():
        assert {Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE} <= outcomes, id


def _case_base(file: str) -> dict:
    return yaml.safe_load((Path(__file__).parent / "cases" / file).read_text())["base"]


def _route(snapshot: dict, id: str) -> dict:
    return next(route for route in snapshot["routes"] if route["id"] == id)


def _reading_ids(route: dict) -> set[str]:
    return {reading["id"] for c in route["conditions"] for reading in c.get("readings") or ()}


@pytest.mark.parametrize(
    ("kinds", "outcome"),
    [(["key_university"], Outcome.ELIGIBLE), (["dont_know"], Outcome.UNDETERMINED)],
)
def test_a_key_university_is_read_as_one_on_a_national_list_and_the_result_says_so(
    kinds: list[str], outcome: Outcome
) -> None:
    """A6: 重点高等学校 is undefined; treating a national key list as the test is a reading."""
    answers = {**_case_base("current_senior_post.yaml"), "employer_kinds": kinds}
    route = _route(evaluate(answers, "current").to_dict(), "cur_a6_2_senior_post_or_title")
    assert route["outcome"] == outcome
    assert "key_institution_list" in _reading_ids(route)


@pytest.mark.parametrize(
    "id", ["cur_a6_1_investor_west_or_poverty_500k_usd", "cur_a6_1_investor_central_1m_usd"]
)
def test_western_and_central_china_are_read_from_the_state_council_s_lists(id: str) -> None:
    """A17: the Measures do not list the provinces; the result states the lists we use."""
    snapshot = evaluate(_case_base("current_investment.yaml"), "current").to_dict()
    route = _route(snapshot, id)
    assert route["outcome"] == Outcome.ELIGIBLE
    assert "western_and_central_china_listed" in _reading_ids(route)
    stated = {reading["id"]: reading for reading in snapshot["readings"]}
    assert "Ningxia" in stated["western_and_central_china_listed"]["message"]["text"]
