"""What the advisor needs from an assessment's results, read in one place.

``results_of`` gives an assessment's results, one per rule set, the rules in force first, each
in full as the applicant saw it (``eligibility.results.full_results`` expands the stored
records). Every other function takes one such result and returns plain values, with messages
rendered in the active language. The admin's summary card reads results through this module
only, so that a change of the result's format changes this module alone.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from eligibility.engine import Outcome, RiskStatus
from eligibility.messages import render_message
from eligibility.results import full_results

Result = dict[str, Any]

# A route is open to the applicant when its outcome is one of these.
OPEN_OUTCOMES = (Outcome.ELIGIBLE, Outcome.NEEDS_RECOMMENDATION)
# Short names for the refusal risks (of the 2020 draft: the rules in force list none), for the
# list's column and filter.
RISK_NAMES: dict[str, Promise] = {
    "medical": _("Medical"),
    "criminal_conviction": _("Criminal conviction"),
    "deported_from_china": _("Deported from China"),
    "false_information": _("False information"),
    "economic_means": _("Means of living"),
}


@dataclass(frozen=True)
class RouteLine:
    id: str
    title: str
    citation: str
    outcome: str
    outcome_label: str


@dataclass(frozen=True)
class RiskLine:
    id: str
    name: str
    grounds: list[str]
    status: str
    status_label: str
    message: str
    citation: str

    @property
    def is_indicated(self) -> bool:
        return self.status == RiskStatus.INDICATED


@dataclass(frozen=True)
class RouteDocuments:
    route: str
    items: list[str]


def results_of(assessment: Any) -> list[Result]:
    """The assessment's results as the applicant saw them, the rules in force first."""
    return full_results(assessment.results)


def rule_set_id(result: Result) -> str:
    return result["rule_set"]["id"]


def rule_set_name(result: Result) -> str:
    """The rule set as the applicant was told, e.g. "Rules in force" or "Proposed rule (2020
    consultation draft), not law"."""
    return render_message(result["rule_set"]["label"])


def rule_set_version(result: Result) -> str:
    return result["rule_set"]["version"]


def as_of_date(result: Result) -> date:
    return date.fromisoformat(result["as_of_date"])


def best_outcome(result: Result) -> str:
    return result["overall"]


def outcome_label(result: Result, outcome: str) -> str:
    return render_message(result["labels"]["outcomes"][outcome])


def open_routes(result: Result) -> list[RouteLine]:
    """The routes open to the applicant, those they meet first, in article order within."""
    routes = {route["id"]: route for route in result["routes"]}
    return [
        RouteLine(
            id=route_id,
            title=render_message(routes[route_id]["title"]),
            citation=render_message(routes[route_id]["citation"]["label"]),
            outcome=outcome,
            outcome_label=render_message(routes[route_id]["outcome_label"]),
        )
        for outcome in OPEN_OUTCOMES
        for route_id in result["summary"][outcome]
    ]


def risks(result: Result) -> list[RiskLine]:
    """The refusal risks the answers raise, indicated ones first."""
    raised = [risk for risk in result["risks"] if risk["status"] != RiskStatus.NOT_INDICATED]
    raised.sort(key=lambda risk: risk["status"] != RiskStatus.INDICATED)
    return [
        RiskLine(
            id=risk["id"],
            name=str(RISK_NAMES.get(risk["id"], risk["id"])),
            grounds=list(risk["grounds"]),
            status=risk["status"],
            status_label=render_message(result["labels"]["risk_statuses"][risk["status"]]),
            message=render_message(risk["message"]),
            citation=render_message(risk["citation"]["label"]),
        )
        for risk in raised
    ]


def documents(result: Result) -> tuple[list[RouteDocuments], list[str], str]:
    """The documents the result page told the applicant to prepare for the routes open to
    them: each route's own, the ones any route needs, and the note that goes with them."""
    routes = {route["id"]: route for route in result["routes"]}
    by_route = [
        RouteDocuments(
            route=gettext("%(citation)s: %(title)s")
            % {"citation": route.citation, "title": route.title},
            items=[render_message(item) for item in routes[route.id]["documents"]],
        )
        for route in open_routes(result)
    ]
    general = result["general_documents"]
    return (
        [entry for entry in by_route if entry.items],
        [render_message(item) for item in general["items"]],
        render_message(general["note"]),
    )


def next_steps(result: Result) -> list[str]:
    """The procedure the result page set out, step by step."""
    return [render_message(step["message"]) for step in result["procedure"]["steps"]]
