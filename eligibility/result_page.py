"""What the result page shows, worked out from the stored results: for each rule set the
decision at the top (can I apply, on which route, what next, what would most change that), the
next steps or what could open a route, the routes side by side, and the details.

Presentation only: the outcomes, reasons, gaps and notes are the engine's, as stored at
submission (``eligibility.results``). Nothing here is evaluated again.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from eligibility.engine import Outcome, RiskStatus, Status
from eligibility.engine.catalogue import UnknownRelease, load
from eligibility.engine.model import ConditionKind
from eligibility.messages import ISO_DATE, render_message

Result = dict[str, Any]
Route = dict[str, Any]
Message = dict[str, Any]

OPEN = (Outcome.ELIGIBLE, Outcome.NEEDS_RECOMMENDATION)
# Routes that are open, or could be once what is unknown is known: next steps concern these.
OPEN_OR_COULD_OPEN = (*OPEN, Outcome.UNDETERMINED)
OUTCOME_RANK = {outcome.value: rank for rank, outcome in enumerate(Outcome)}
NEAREST_SHOWN = 3  # routes listed under "What could open a route"
CAVEATS_SHOWN = 2  # notes on met conditions shown with the decision

# The situations the routes are for, as the side-by-side table groups them: each rule set's
# gates (the conditions that say whether a route concerns the applicant), by their ids. A gate
# not named here gets a row of its own, under its own label.
TOPICS: dict[str, Promise] = {
    "work": _("Work in China"),
    "investment": _("Investment in China"),
    "talent": _("Contribution, achievement or talent"),
    "family": _("Family in China"),
    "family_of_applicant": _("Your family member's own application"),
    "other_reason": _("Another reason"),
}
TOPIC_OF_GATE = {
    "situation_work": "work",
    "situation_academic": "work",
    "situation_enterprise_senior": "work",
    "situation_investment": "investment",
    "situation_contribution": "talent",
    "situation_achievement": "talent",
    "situation_contribution_or_special_need": "talent",
    "situation_talent_contribution_or_achievement": "talent",
    "situation_family": "family",
    "situation_family_of_applicant": "family_of_applicant",
    "situation_other_reason": "other_reason",
}


@dataclass(frozen=True)
class Source:
    url: str
    kind: str | None  # None: a result stored before sources were described
    label: Message | None
    why: Message | None

    @property
    def is_official(self) -> bool:
        return self.kind == "official"

    @property
    def host(self) -> str:
        """The site, as the link's text: who publishes the source is what earns trust."""
        host = self.url.split("://", 1)[-1].split("/", 1)[0]
        return host.removeprefix("www.")


@dataclass(frozen=True)
class RouteView:
    """A route (or an accompanying family's entry) with what the page derives from it."""

    route: Route
    sources: list[Source]
    gate: dict[str, Any] | None  # the condition saying whether the route concerns the applicant

    @property
    def id(self) -> str:
        return self.route["id"]

    @property
    def outcome(self) -> str:
        return self.route["outcome"]

    @property
    def could_open(self) -> bool:
        return self.outcome in OPEN_OR_COULD_OPEN

    @property
    def unknown_conditions(self) -> list[dict[str, Any]]:
        return [c for c in self.route["conditions"] if c["status"] == Status.UNKNOWN]

    @property
    def deadlines(self) -> list[Message]:
        """Notes of its conditions that name a date (a minor's 18th birthday before a decision)."""
        return [note for _condition, note in self._condition_notes() if is_dated(note)]

    @property
    def caveats(self) -> list[tuple[dict[str, Any], Message]]:
        """Other notes on conditions it meets, each with its condition: what the office may
        judge otherwise ("This rests on your own statement…")."""
        return [
            (condition, note)
            for condition, note in self._condition_notes()
            if condition["status"] == Status.MET and not is_dated(note)
        ]

    def _condition_notes(self) -> list[tuple[dict[str, Any], Message]]:
        return [
            (condition, note)
            for condition in self.route["conditions"]
            for note in condition.get("notes") or ()
        ]


def is_dated(note: Message) -> bool:
    return any(isinstance(v, str) and ISO_DATE.fullmatch(v) for v in note["params"].values())


@dataclass(frozen=True)
class DocumentGroup:
    """Documents to prepare: those for any route (``route`` None), or what a route adds."""

    route: RouteView | None
    items: list[Message]


@dataclass(frozen=True)
class RuleSetSection:
    """One rule set's result, as the result page lays it out."""

    result: Result
    concerned: list[RouteView]  # routes whose situation is the applicant's, best outcome first
    unconcerned: list[tuple[RouteView, dict[str, Any]]]  # the others, each with its unmet gate
    families: list[RouteView]  # the family who could apply with the applicant
    principal_routes: dict[str, list[RouteView]]  # for each family entry, the routes carrying it
    outcome: str  # the best outcome on a route that concerns the applicant

    @property
    def rule_set(self) -> str:
        return self.result["rule_set"]["id"]

    @property
    def is_current(self) -> bool:
        return self.rule_set == "current"

    @property
    def prefix(self) -> str:
        return "current-" if self.is_current else "draft-"

    @property
    def as_of_date(self) -> date:
        return date.fromisoformat(self.result["as_of_date"])

    @property
    def version_date(self) -> date | None:
        """The date of the rules' version ("2020-02-27"), shown instead of the internal id."""
        try:
            return date.fromisoformat(self.result["rule_set"].get("version") or "")
        except ValueError:
            return None

    @property
    def source_host(self) -> str:
        return Source(self.result["rule_set"]["source_url"], None, None, None).host

    @property
    def leading(self) -> list[RouteView]:
        """The routes the decision names: those with the best outcome (none if none is open and
        none could open)."""
        if self.outcome not in OPEN_OR_COULD_OPEN:
            return []
        return [route for route in self.concerned if route.outcome == self.outcome]

    @property
    def also_open(self) -> list[RouteView]:
        """Other routes that are open or could open, behind those the decision names."""
        return [r for r in self.concerned if r.could_open and r.outcome != self.outcome]

    @property
    def applying(self) -> bool:
        """Whether next steps, documents and the duty after grant concern the applicant."""
        return self.outcome in OPEN_OR_COULD_OPEN

    @property
    def recommenders(self) -> list[Message]:
        """Who must recommend the applicant on the routes the decision names, once each."""
        found: dict[str, Message] = {}
        for route in self.leading:
            by = route.route["recommendation"].get("by")
            if route.outcome == Outcome.NEEDS_RECOMMENDATION and by:
                found.setdefault(by["text"], by)
        return list(found.values())

    @property
    def deadlines(self) -> list[Message]:
        return list({n["text"]: n for r in self.leading for n in r.deadlines}.values())

    @property
    def caveats(self) -> list[tuple[dict[str, Any], Message]]:
        """What the office may judge otherwise on the routes the decision names, once each."""
        found = {note["text"]: (c, note) for r in self.leading for c, note in r.caveats}
        return list(found.values())[:CAVEATS_SHOWN]

    @property
    def unknowns(self) -> list[dict[str, Any]]:
        """What decides the routes the decision names when we cannot tell yet: the conditions
        we cannot tell, the general ones (every route needs them) first, each reason once."""
        if self.outcome != Outcome.UNDETERMINED:
            return []
        general = self.result["general_conditions"]["conditions"]
        found: dict[str, dict[str, Any]] = {}
        for condition in [
            *(c for c in general if c["status"] == Status.UNKNOWN),
            *(c for route in self.leading for c in route.unknown_conditions),
        ]:
            reason = condition["reason"]
            found.setdefault(f"{reason['text']}{sorted(reason['params'].items())}", condition)
        return list(found.values())

    @property
    def nearest(self) -> list[RouteView]:
        """When no route is open or could open: the routes that concern the applicant, fewest
        gaps first (the engine's gaps say what is missing, with dates where it knows them)."""
        if self.applying:
            return []
        ranked = sorted(
            (route for route in self.concerned if route.route["gaps"]),
            key=lambda route: len(route.route["gaps"]),
        )
        return ranked[:NEAREST_SHOWN]

    @property
    def situations(self) -> list[Message]:
        """When no route concerns the applicant: the situations the routes are for, once each
        (what could open a route)."""
        if self.concerned:
            return []
        found: dict[str, Message] = {}
        for _route, gate in self.unconcerned:
            found.setdefault(gate["label"]["text"], gate["label"])
        return list(found.values())

    @property
    def risks_raised(self) -> list[dict[str, Any]]:
        return [r for r in self.result["risks"] if r["status"] != RiskStatus.NOT_INDICATED]

    @property
    def risks_indicated(self) -> list[dict[str, Any]]:
        return [r for r in self.result["risks"] if r["status"] == RiskStatus.INDICATED]

    @property
    def family_carried(self) -> list[tuple[RouteView, list[RouteView]]]:
        """The family entries that the applicant's open routes would carry, with those routes."""
        return [
            (family, self.principal_routes[family.id])
            for family in self.families
            if self.principal_routes[family.id]
        ]

    @property
    def documents(self) -> list[DocumentGroup]:
        """Documents listed once: those for any route, then what each route that is open or
        could open adds."""
        if not self.applying:
            return []
        general = self.result["general_documents"]["items"]
        seen = {document["text"] for document in general}
        groups = [DocumentGroup(None, list(general))]
        for route in self.concerned:
            if not route.could_open:
                continue
            added = [d for d in route.route.get("documents") or () if d["text"] not in seen]
            seen.update(document["text"] for document in added)
            if added:
                groups.append(DocumentGroup(route, added))
        return groups

    @property
    def procedure_steps(self) -> list[dict[str, Any]]:
        return self.result["procedure"]["steps"]

    @property
    def has_documents_step(self) -> bool:
        return any(step.get("id") == "documents" for step in self.procedure_steps)

    @property
    def personal_notes(self) -> list[Message]:
        return self.result.get("personal_notes") or []


def route_view(route: Route, labels: dict[str, Any], gates: dict[str, Any]) -> RouteView:
    """``gates``: each route's declared gate, by route id (a gate that is met is not among the
    conditions a result lists)."""
    sources = []
    for source in route.get("sources") or ():
        if isinstance(source, str):  # a result stored before sources were described
            sources.append(Source(source, None, None, None))
        else:
            kind = source["kind"]
            sources.append(Source(source["url"], kind, labels.get(kind), source.get("why")))
    gate = next((c for c in route["conditions"] if c["kind"] == ConditionKind.GATE), None)
    return RouteView(route, sources, gate or gates.get(route["id"]))


def declared_gates(result: Result) -> dict[str, dict[str, Any]]:
    """The first gate each route declares, from the published release the result names (a
    result stored in full, before releases, has none)."""
    release = result["rule_set"].get("release")
    try:
        catalogue = load(result["rule_set"]["id"], release) if release else None
    except UnknownRelease:
        catalogue = None
    if catalogue is None:
        return {}
    routes = [*catalogue["routes"], *(f["route"] for f in catalogue["accompanying_family"])]
    return {
        route["id"]: gate
        for route in routes
        for gate in [next((c for c in route["conditions"] if c["kind"] == "gate"), None)]
        if gate is not None
    }


def rule_set_section(result: Result) -> RuleSetSection:
    labels = result["labels"].get("source_kinds", {})
    gates = declared_gates(result)
    views = [route_view(route, labels, gates) for route in result["routes"]]
    concerned, unconcerned = [], []
    for view in views:
        if view.gate is not None and view.gate.get("status") == Status.UNMET:
            unconcerned.append((view, view.gate))
        else:
            concerned.append(view)
    # PostgreSQL's jsonb does not keep the order of keys: the outcomes' own order ranks them.
    concerned.sort(key=lambda view: OUTCOME_RANK[view.outcome])
    by_id = {view.id: view for view in views}
    families = [route_view(family, labels, gates) for family in families_of(result)]
    principal_routes = {
        family.id: [by_id[id] for id in family.route.get("principal_routes") or () if id in by_id]
        for family in families
    }
    outcome = concerned[0].outcome if concerned else Outcome.NOT_ELIGIBLE.value
    return RuleSetSection(result, concerned, unconcerned, families, principal_routes, outcome)


def families_of(result: Result) -> list[Route]:
    """The accompanying family's entries (a result stored before there could be several has
    one, or none)."""
    families = result.get("accompanying_family") or []
    return [families] if isinstance(families, dict) else families


@dataclass(frozen=True)
class OutcomeGroup:
    outcome: str
    label: Message
    routes: list[RouteView]


@dataclass(frozen=True)
class ComparisonRow:
    topic: Promise | Message | None  # the situation (None: the family applying with you)
    cells: list[list[RouteView]]  # the routes of each rule set on this topic

    @property
    def cells_by_outcome(self) -> list[list[OutcomeGroup]]:
        """Each cell's routes, grouped by outcome, best first."""
        found = []
        for routes in self.cells:
            groups: dict[str, OutcomeGroup] = {}
            for route in sorted(routes, key=lambda route: OUTCOME_RANK[route.outcome]):
                group = groups.setdefault(
                    route.outcome, OutcomeGroup(route.outcome, route.route["outcome_label"], [])
                )
                group.routes.append(route)
            found.append(list(groups.values()))
        return found

    @property
    def label(self) -> str:
        if self.topic is None or isinstance(self.topic, dict):
            return render_message(self.topic)
        return str(self.topic)


def comparison(sections: list[RuleSetSection]) -> list[ComparisonRow]:
    """The routes that concern the applicant, by the situation they are for, with their
    outcomes under each rule set side by side; then the family who could apply with the
    applicant, where an open route would carry them. A result stored before the rules in force
    has nothing to compare."""
    if len(sections) < 2:
        return []
    rows: dict[str, ComparisonRow] = {
        key: ComparisonRow(label, []) for key, label in TOPICS.items()
    }
    for column, section in enumerate(sections):
        for route in section.concerned:
            gate_id = route.gate["id"] if route.gate else ""
            key = TOPIC_OF_GATE.get(gate_id, gate_id)
            if key not in rows:
                rows[key] = ComparisonRow(route.gate["label"] if route.gate else _("Other"), [])
            cells = rows[key].cells
            cells.extend([] for _ in range(len(sections) - len(cells)))
            cells[column].append(route)
    found = [row for row in rows.values() if row.cells]
    families = ComparisonRow(
        None, [[family for family, _routes in section.family_carried] for section in sections]
    )
    if any(families.cells):
        found.append(families)
    return found
