"""What the admin shows of an assessment: its answers as questions and answers, and its result
rendered from the stored snapshot, in the advisor's language."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.text import Truncator
from django.utils.translation import gettext

from eligibility import flow, summary
from eligibility.engine import RULE_SETS
from eligibility.engine.labels import OUTCOMES as OUTCOME_LABELS
from eligibility.forms import SummaryRow
from eligibility.messages import render_message
from eligibility.models import OPEN_OUTCOMES, Assessment
from eligibility.nationalities import name_of
from eligibility.results import outcomes_by_route


@dataclass(frozen=True)
class Topic:
    """One page of the questionnaire: its heading when it asks several questions, and the
    applicant's answers to them."""

    heading: str
    rows: list[SummaryRow]


def answers_by_topic(assessment: Assessment) -> list[Topic]:
    """The answers on the applicant's path, page by page, as Check your answers shows them."""
    return [
        Topic(str(page.form_class.heading), page.form_class.summary(assessment))
        for page in flow.replay(assessment.answers).path
    ]


@dataclass(frozen=True)
class ConditionView:
    label: str
    status: str
    status_label: str
    reason: str
    citation: str
    gap: str
    notes: list[str]


@dataclass(frozen=True)
class RouteView:
    id: str
    title: str
    citation: str
    confidence: str
    confidence_notice: str
    outcome: str
    outcome_label: str
    conditions: list[ConditionView]
    notes: list[str]

    @property
    def is_open(self) -> bool:
        return self.outcome in OPEN_OUTCOMES


@dataclass(frozen=True)
class RiskView:
    message: str
    status: str
    status_label: str
    citation: str


@dataclass(frozen=True)
class ResultView:
    """A result snapshot with every message rendered: what the applicant was shown."""

    rule_set_id: str
    rule_set_label: str
    rule_set_status: str
    rule_set_version: str
    notice: str
    as_of_date: date
    notices: list[str]
    overall_label: str
    general_status_label: str
    general_conditions: list[ConditionView]
    risks: list[RiskView]
    routes: list[RouteView]


def result_view(result: dict[str, Any]) -> ResultView:
    labels = result["labels"]
    outcomes = list(result["summary"])  # best first
    routes = sorted(result["routes"], key=lambda route: outcomes.index(route["outcome"]))
    family = result.get("accompanying_family") or []
    routes.extend([family] if isinstance(family, dict) else family)
    general = result["general_conditions"]
    return ResultView(
        rule_set_id=result["rule_set"]["id"],
        rule_set_label=render_message(result["rule_set"]["label"]),
        rule_set_status=render_message(result["rule_set"]["status"]),
        rule_set_version=result["rule_set"]["version"],
        notice=render_message(result["rule_set"]["notice"]),
        as_of_date=date.fromisoformat(result["as_of_date"]),
        notices=[render_message(notice) for notice in result["notices"]],
        overall_label=render_message(labels["outcomes"][result["overall"]]),
        general_status_label=render_message(labels["statuses"][general["status"]]),
        general_conditions=[condition_view(c, labels) for c in general["conditions"]],
        risks=[
            RiskView(
                message=render_message(risk["message"]),
                status=risk["status"],
                status_label=render_message(labels["risk_statuses"][risk["status"]]),
                citation=render_message(risk["citation"]["label"]),
            )
            for risk in result["risks"]
        ],
        routes=[route_view(route, labels) for route in routes],
    )


def route_view(route: dict[str, Any], labels: dict[str, Any]) -> RouteView:
    return RouteView(
        id=route["id"],
        title=render_message(route["title"]),
        citation=render_message(route["citation"]["label"]),
        confidence=render_message(route["confidence_label"]),
        confidence_notice=render_message(route["confidence_notice"]),
        outcome=route["outcome"],
        outcome_label=render_message(route["outcome_label"]),
        conditions=[condition_view(condition, labels) for condition in route["conditions"]],
        notes=[render_message(note) for note in route["notes"]],
    )


def condition_view(condition: dict[str, Any], labels: dict[str, Any]) -> ConditionView:
    return ConditionView(
        label=render_message(condition["label"]),
        status=condition["status"],
        status_label=render_message(labels["statuses"][condition["status"]]),
        reason=render_message(condition["reason"]),
        citation=render_message(condition["citation"]["label"]),
        gap=render_message(condition["gap"]),
        notes=[render_message(note) for note in condition["notes"]],
    )


@dataclass(frozen=True)
class ResultCard:
    """One rule set's result, as the summary card shows it."""

    rule_set_id: str
    rule_set: str
    version: str
    as_of_date: date
    outcome: str
    outcome_label: str
    open_routes: list[summary.RouteLine]
    risks: list[summary.RiskLine]
    tell: summary.Tell

    @property
    def indicated_risks(self) -> list[summary.RiskLine]:
        return [risk for risk in self.risks if risk.is_indicated]

    @property
    def possible_risks(self) -> list[summary.RiskLine]:
        return [risk for risk in self.risks if not risk.is_indicated]


def result_card(result: dict[str, Any]) -> ResultCard:
    outcome = summary.best_outcome(result)
    return ResultCard(
        rule_set_id=summary.rule_set_id(result),
        rule_set=summary.rule_set_name(result),
        version=summary.rule_set_version(result),
        as_of_date=summary.as_of_date(result),
        outcome=outcome,
        outcome_label=summary.outcome_label(result, outcome),
        open_routes=summary.open_routes(result),
        risks=summary.risks(result),
        tell=summary.what_to_tell(result),
    )


def applicant_age(assessment: Assessment, on: date) -> int | None:
    """The applicant's age in whole years on a date, from their answers."""
    born = assessment.answers.get("date_of_birth")
    try:
        born_on = date.fromisoformat(born) if born else None
    except (TypeError, ValueError):
        return None
    if born_on is None:
        return None
    return on.year - born_on.year - ((on.month, on.day) < (born_on.month, born_on.day))


def nationality(assessment: Assessment) -> str:
    """The nationality in the reader's language; as the applicant wrote it if not a country."""
    return name_of(assessment.nationality or assessment.answers.get("nationality", ""))


@dataclass(frozen=True)
class OutcomeChange:
    route: str
    original: str
    reevaluated: str


def _all_outcomes(stored: dict[str, Any] | None) -> dict[str, str]:
    return {
        route: outcome
        for result in (stored or {}).values()
        for route, outcome in outcomes_by_route(result).items()
    }


def outcomes_differ(assessment: Assessment) -> bool:
    return _all_outcomes(assessment.results) != _all_outcomes(assessment.reevaluated_results)


def outcome_changes(assessment: Assessment) -> list[OutcomeChange]:
    """The routes whose outcome differs between the results shown and the re-evaluation, under
    either rule set."""
    before = _all_outcomes(assessment.results)
    after = _all_outcomes(assessment.reevaluated_results)

    def label(outcome: str | None) -> str:
        return render_message(OUTCOME_LABELS[outcome]) if outcome else "—"

    return [
        OutcomeChange(route_label(route), label(before.get(route)), label(after.get(route)))
        for route in sorted(before.keys() | after.keys(), key=route_order)
        if before.get(route) != after.get(route)
    ]


def route_order(route_id: str) -> tuple[int, str]:
    return ROUTE_POSITIONS.get(route_id, len(ROUTE_POSITIONS)), route_id


def route_citation(route_id: str) -> str:
    """The route's article, e.g. "Art. 15(1)"; its id if the current rule set lacks it."""
    route = CURRENT_ROUTES.get(route_id)
    return render_message(route.citation.snapshot["label"]) if route else route_id


def route_label(route_id: str, length: int | None = None) -> str:
    """The route's article and title, e.g. "Art. 16: Investment in China of at least RMB 10
    million", the title cut to ``length`` characters."""
    route = CURRENT_ROUTES.get(route_id)
    if route is None:
        return route_id
    title = render_message(route.title)
    if length:
        title = Truncator(title).chars(length)
    return gettext("%(citation)s: %(title)s") % {
        "citation": route_citation(route_id),
        "title": title,
    }


def short_route_label(route_id: str) -> str:
    """The route's article, with the start of its title where several routes share it."""
    if route_id in ROUTES_SHARING_AN_ARTICLE:
        return route_label(route_id, length=12)
    return route_citation(route_id)


# Every route of the latest releases, the rules in force first.
CURRENT_ROUTES = {route.id: route for rules in RULE_SETS.values() for route in rules.routes}
ROUTE_POSITIONS = {route_id: position for position, route_id in enumerate(CURRENT_ROUTES)}
ROUTES_SHARING_AN_ARTICLE = {
    route.id
    for route in CURRENT_ROUTES.values()
    for other in CURRENT_ROUTES.values()
    if other is not route and other.citation.snapshot == route.citation.snapshot
}
