"""An assessment's stored results, one per rule set, read back for the pages and the admin.

A stored result is a record (``eligibility.engine.record``) naming the published release of its
rule set, or, for assessments submitted before records existed, the full result as it was
shown. Either way, ``full_results`` gives the full results, the rules in force first.
"""

from typing import Any

from eligibility.engine import RULE_SETS, RiskStatus
from eligibility.engine.catalogue import load
from eligibility.engine.record import OUTCOMES, RECORD_VERSION, expand

Stored = dict[str, dict[str, Any]]


def full_result(stored: dict[str, Any]) -> dict[str, Any]:
    if stored.get("v") == RECORD_VERSION:
        return expand(stored, load(stored["rule_set"], stored["release"]))
    return stored  # a result stored in full, before records


def full_results(stored: Stored | None) -> list[dict[str, Any]]:
    """The full results, in the order of ``RULE_SETS`` (the rules in force first)."""
    if not stored:
        return []
    return [full_result(stored[rule_set]) for rule_set in RULE_SETS if rule_set in stored]


def outcomes_by_route(stored: dict[str, Any]) -> dict[str, str]:
    """Each route's outcome in one stored result, without expanding its texts."""
    if stored.get("v") == RECORD_VERSION:
        routes = load(stored["rule_set"], stored["release"])["routes"]
        return {
            route["id"]: OUTCOMES[entry[0]].value
            for route, entry in zip(routes, stored["routes"], strict=True)
        }
    return {route: outcome for outcome, ids in stored["summary"].items() for route in ids}


def indicated_risks(stored: Stored | None) -> list[tuple[str, str]]:
    """The refusal risks the answers point to (not the merely possible ones), as (rule set,
    risk id) pairs, the rules in force first, without expanding the results' texts."""
    found = []
    for rule_set in RULE_SETS:
        result = (stored or {}).get(rule_set)
        if result is None:
            continue
        if result.get("v") == RECORD_VERSION:
            declared = load(result["rule_set"], result["release"])["risks"]
            statuses = [
                (risk["id"], status)
                for risk, (status, _message) in zip(declared, result["risks"], strict=True)
            ]
        else:
            statuses = [(risk["id"], risk["status"]) for risk in result["risks"]]
        found.extend(
            (rule_set, id) for id, status in sorted(statuses) if status == RiskStatus.INDICATED
        )
    return found


def as_of_date(stored: Stored) -> str:
    """The date the stored results count periods back from."""
    first = next(iter(stored.values()))
    return first["as_of"] if first.get("v") == RECORD_VERSION else first["as_of_date"]
