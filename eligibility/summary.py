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
from eligibility.result_page import rule_set_section
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
    route: str | None  # None: the documents any route needs
    items: list[str]


@dataclass(frozen=True)
class RouteGaps:
    title: str
    citation: str
    gaps: list[str]


@dataclass(frozen=True)
class Tell:
    """What the applicant was told to do under one rule set."""

    applying: bool  # a route is open or could open: next steps and documents
    notes: list[str]  # their own situation (living abroad, a deadline)
    steps: list[str]
    documents: list[RouteDocuments]
    documents_note: str
    could_open: list[RouteGaps]  # otherwise: the nearest routes and what each still needs
    situations: list[str]  # or, when no route concerns them, the situations routes are for


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


def what_to_tell(result: Result) -> Tell:
    """What the applicant's result page told them to do under this rule set, from the page's
    own reading of the result: next steps and documents when a route is open or could open;
    otherwise, under the rules in force, what could open one."""
    section = rule_set_section(result)
    if not section.applying:
        return Tell(
            applying=False,
            notes=[],
            steps=[],
            documents=[],
            documents_note="",
            could_open=[
                RouteGaps(
                    title=render_message(route.route["title"]),
                    citation=render_message(route.route["citation"]["label"]),
                    gaps=[render_message(gap["message"]) for gap in route.route["gaps"]],
                )
                for route in section.nearest
            ]
            if section.is_current
            else [],
            situations=[render_message(s) for s in section.situations]
            if section.is_current
            else [],
        )
    steps = [
        gettext("Get a recommendation from %(by)s.") % {"by": render_message(by)}
        for by in section.recommenders
    ]
    steps += [render_message(step["message"]) for step in section.procedure_steps]
    return Tell(
        applying=True,
        notes=[render_message(note) for note in [*section.personal_notes, *section.deadlines]],
        steps=steps,
        documents=[
            RouteDocuments(
                route=render_message(group.route.route["title"]) if group.route else None,
                items=[render_message(item) for item in group.items],
            )
            for group in section.documents
        ],
        documents_note=render_message(result["general_documents"]["note"]),
        could_open=[],
        situations=[],
    )
