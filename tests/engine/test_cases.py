"""The engine against the test tables in ``cases/*.yaml`` (see ``tables.py``)."""

from typing import Any

import pytest
from django.utils import translation

from eligibility.engine import RULE_SETS, Result, evaluate
from eligibility.messages import render_message
from tests.engine.tables import Case, load_cases

CASES = load_cases()
ROUTE_IDS = {rule_set: {route.id for route in RULE_SETS[rule_set].routes} for rule_set in RULE_SETS}
SECTIONS = {
    "general",
    "conditions",
    "risks",
    "gaps",
    "reasons",
    "notes",
    "no_notes",
    "figures",
    "overall",
    "accompanying_family",
    "personal_notes",
    "family_notes",
    "as_of_date_assumed",
}


def english(message: dict) -> str:
    with translation.override("en"):
        return render_message(message)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    route_ids = ROUTE_IDS[case.rule_set]
    unknown = set(case.expected) - route_ids - SECTIONS
    assert not unknown, f"not a route id of {case.rule_set} or a section: {unknown}"
    result = evaluate(case.answers, case.rule_set)
    snapshot = result.to_dict()
    routes = {route["id"]: route for route in snapshot["routes"]}

    for key, expected in case.expected.items():
        if key in route_ids:
            assert result.outcomes[key] == expected, _explain(routes[key])
    _check_sections(case.expected, result, snapshot, routes)


def _check_sections(
    expected: dict[str, Any], result: Result, snapshot: dict, routes: dict[str, dict]
) -> None:
    if "overall" in expected:
        assert snapshot["overall"] == expected["overall"]
    if "as_of_date_assumed" in expected:
        assert snapshot["as_of_date_assumed"] is expected["as_of_date_assumed"]
    if "accompanying_family" in expected:
        outcomes = [family["outcome"] for family in snapshot["accompanying_family"]]
        assert (outcomes or None) == expected["accompanying_family"]
    families = {family["id"]: family for family in snapshot["accompanying_family"]}
    for family_id, wanted in expected.get("family_notes", {}).items():
        found = _notes(families[family_id])
        for text in wanted:
            assert any(text in each for each in found), f"{text!r} not in {found}"
    for text in expected.get("personal_notes", ()):
        found = [english(note) for note in snapshot["personal_notes"]]
        assert any(text in each for each in found), f"{text!r} not in {found}"

    general = snapshot["general_conditions"]
    for key, status in expected.get("general", {}).items():
        if key == "status":
            assert general["status"] == status
        else:
            assert _statuses(general)[key] == status

    risks = {risk["id"]: risk["status"] for risk in snapshot["risks"]}
    for key, status in expected.get("risks", {}).items():
        assert risks[key] == status

    for route_id, conditions in expected.get("conditions", {}).items():
        statuses = _statuses(routes[route_id])
        for condition_id, status in conditions.items():
            assert statuses.get(condition_id, "absent") == status, _explain(routes[route_id])

    for route_id, conditions in expected.get("figures", {}).items():
        figures = {c["id"]: c["figures"] for c in routes[route_id]["conditions"]}
        for condition_id, values in conditions.items():
            for name, value in values.items():
                assert figures[condition_id][name] == value

    texts = {
        "gaps": lambda route: [english(gap["message"]) for gap in route["gaps"]],
        "reasons": lambda route: [english(c["reason"]) for c in route["conditions"]],
        "notes": _notes,
    }
    for section, texts_of in texts.items():
        for route_id, wanted in expected.get(section, {}).items():
            found = texts_of(routes[route_id])
            for text in wanted:
                assert any(text in each for each in found), f"{text!r} not in {found}"
    for route_id, unwanted in expected.get("no_notes", {}).items():
        found = _notes(routes[route_id])
        for text in unwanted:
            assert not any(text in each for each in found), f"{text!r} in {found}"


def _statuses(block: dict) -> dict[str, str]:
    return {condition["id"]: condition["status"] for condition in block["conditions"]}


def _notes(route: dict) -> list[str]:
    notes = [english(note) for note in route["notes"]]
    for condition in route["conditions"]:
        notes += [english(note) for note in condition["notes"]]
    return notes


def _explain(route: dict) -> str:
    lines = [f"{route['id']}: {route['outcome']}"]
    for condition in route["conditions"]:
        lines.append(f"  {condition['id']}: {condition['status']}: {english(condition['reason'])}")
    return "\n".join(lines)
