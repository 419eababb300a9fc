"""What an evaluation returns, and its JSON-serialisable snapshot (``Result.to_dict``).

The snapshot is self-contained: it is stored on the assessment and rendered later, after the
rules may have changed. Its constant parts (citations, texts, documents, labels, and whole route
results that depend on nothing but constant checks) are shared between snapshots, so treat a
snapshot as read-only: serialise it, or deep-copy it, before changing it. ``docs/result.md``
describes its keys.
"""

from datetime import date

from eligibility.engine import labels
from eligibility.engine.model import (
    Check,
    Citation,
    Condition,
    GeneralConditions,
    Outcome,
    RiskRule,
    RiskStatus,
    Route,
    RuleSet,
    Status,
)
from eligibility.engine.text import Message, gettext_noop, message

SCHEMA_VERSION = 1

AS_OF_ASSUMED = gettext_noop(
    "No application date was given, so periods are counted back from today, %(date)s."
)
_OUTCOME_ORDER = tuple(Outcome)
_OUTCOME_RANK = {outcome: rank for rank, outcome in enumerate(_OUTCOME_ORDER)}


class ConditionResult:
    __slots__ = ("condition", "citation", "check")

    def __init__(self, condition: Condition, citation: Citation, check: Check) -> None:
        self.condition = condition
        self.citation = citation
        self.check = check

    @property
    def status(self) -> Status:
        return self.check.status

    def to_dict(self) -> dict:
        return condition_dict(self.condition, self.citation, self.check)


_CONSTANT_CONDITIONS: dict[tuple, dict] = {}


def condition_dict(condition: Condition, citation: Citation, check: Check) -> dict:
    """A condition's snapshot; made once for a constant check (the memo is bounded: constant
    checks are finite)."""
    if check.constant:
        key = (condition, citation, check)
        snapshot = _CONSTANT_CONDITIONS.get(key)
        if snapshot is None:
            snapshot = _CONSTANT_CONDITIONS[key] = _condition_dict(condition, citation, check)
        return snapshot
    return _condition_dict(condition, citation, check)


def _condition_dict(condition: Condition, citation: Citation, check: Check) -> dict:
    return {
        "id": condition.id,
        "label": condition.label,
        "kind": condition.kind,
        "citation": citation.snapshot,
        "status": check.status,
        "reason": check.reason,
        "figures": check.figures,
        "gap": check.gap,
        "notes": check.notes,
        "readings": condition.readings_snapshot,
    }


class RouteResult:
    """A route's outcome, with the conditions checked, what would change it, and notes."""

    __slots__ = (
        "route",
        "outcome",
        "checked",
        "gaps",
        "notes",
        "principal_routes",
        "_snapshot",
        "record",
    )

    def __init__(
        self,
        route: Route,
        outcome: Outcome,
        checked: tuple[tuple[Condition, Check], ...],
        gaps: tuple[dict, ...],
        notes: tuple[Message, ...],
        principal_routes: tuple[str, ...] | None = None,
    ) -> None:
        self.route = route
        self.outcome = outcome
        self.checked = checked  # (condition, check) in the route's order
        self.gaps = gaps  # {"condition": id, "message": Message}
        self.notes = notes
        # Accompanying family only: the principal routes that may be open to the applicant.
        self.principal_routes = principal_routes
        self._snapshot: dict | None = None
        self.record: list = []  # its part of the stored record, set by ``evaluate``

    @property
    def conditions(self) -> tuple[ConditionResult, ...]:
        citation = self.route.citation
        return tuple(
            ConditionResult(condition, condition.citation or citation, check)
            for condition, check in self.checked
        )

    def condition(self, id: str) -> ConditionResult | None:
        return next((c for c in self.conditions if c.condition.id == id), None)

    def to_dict(self) -> dict:
        if self._snapshot is None:
            citation = self.route.citation
            snapshot = self.route.snapshot.copy()
            snapshot["outcome"] = self.outcome
            snapshot["outcome_label"] = labels.OUTCOMES[self.outcome]
            memo = _CONSTANT_CONDITIONS
            conditions = snapshot["conditions"] = []
            for condition, check in self.checked:
                cited = condition.citation or citation
                if check.constant:  # condition_dict, inlined: most checks are constant
                    key = (condition, cited, check)
                    condition_snapshot = memo.get(key)
                    if condition_snapshot is None:
                        condition_snapshot = memo[key] = _condition_dict(condition, cited, check)
                else:
                    condition_snapshot = _condition_dict(condition, cited, check)
                conditions.append(condition_snapshot)
            snapshot["gaps"] = self.gaps
            snapshot["notes"] = self.notes
            if self.principal_routes is not None:
                snapshot["principal_routes"] = self.principal_routes
            self._snapshot = snapshot
        return self._snapshot


class GeneralResult:
    """The general conditions every route needs, checked once."""

    __slots__ = ("general", "status", "conditions", "_snapshot", "record")

    def __init__(
        self, general: GeneralConditions, status: Status, conditions: tuple[ConditionResult, ...]
    ) -> None:
        self.general = general
        self.status = status
        self.conditions = conditions
        self._snapshot: dict | None = None
        self.record: list = []  # its part of the stored record, set by ``evaluate``

    def to_dict(self) -> dict:
        if self._snapshot is None:
            general = self.general
            self._snapshot = {
                "status": self.status,
                "citation": general.citation.snapshot,
                "confidence": general.confidence,
                "text_zh": general.text_zh,
                "text_en": general.text_en,
                "conditions": [condition.to_dict() for condition in self.conditions],
            }
        return self._snapshot


class RiskResult:
    __slots__ = ("rule", "status", "message", "snapshot")

    def __init__(self, rule: RiskRule, status: RiskStatus, message: Message) -> None:
        self.rule = rule
        self.status = status
        self.message = message
        self.snapshot = {
            "id": rule.id,
            "grounds": rule.grounds,
            "status": status,
            "message": message,
            "citation": rule.citation.snapshot,
        }

    def to_dict(self) -> dict:
        return self.snapshot


class Result:
    """An evaluation's result: the rule set applied, the as-of date, the general conditions,
    the risks and every route's outcome."""

    __slots__ = (
        "rule_set",
        "as_of",
        "as_of_assumed",
        "general",
        "routes",
        "open_routes",
        "risks",
        "accompanying_family",
        "personal_notes",
        "record",
    )

    def __init__(
        self,
        rule_set: RuleSet,
        as_of: date,
        as_of_assumed: bool,
        general: GeneralResult,
        routes: tuple[RouteResult, ...],
        open_routes: tuple[int, ...],
        risks: tuple[RiskResult, ...],
        accompanying_family: tuple[RouteResult, ...],
        personal_notes: tuple[Message, ...],
        record: dict,
    ) -> None:
        self.rule_set = rule_set
        self.as_of = as_of
        self.as_of_assumed = as_of_assumed
        self.general = general
        self.routes = routes
        self.open_routes = open_routes  # positions of the routes whose gate is open
        self.risks = risks
        self.accompanying_family = accompanying_family
        self.personal_notes = personal_notes
        self.record = record  # its stored form (``record``), made in the same pass

    @property
    def outcomes(self) -> dict[str, Outcome]:
        return {result.route.id: result.outcome for result in self.routes}

    @property
    def overall(self) -> Outcome:
        """The best outcome over all routes."""
        return min((result.outcome for result in self.routes), key=_OUTCOME_RANK.__getitem__)

    def route(self, id: str) -> RouteResult:
        return next(result for result in self.routes if result.route.id == id)

    def to_dict(self) -> dict:
        rule_set = self.rule_set
        as_of = self.as_of.isoformat()
        results = self.routes
        routes = [r.to_dict() if r._snapshot is None else r._snapshot for r in results]
        summary: dict[str, list[str]] = {outcome: [] for outcome in _OUTCOME_ORDER}
        for result in results:
            summary[result.outcome].append(result.route.id)
        overall = next(filter(summary.get, _OUTCOME_ORDER))  # the best with a route
        # Only the conditions of routes whose gate is open can rely on readings.
        readings: dict[str, dict] = {}
        for index in self.open_routes:
            for condition, _ in results[index].checked:
                if condition.readings:
                    readings.update(condition.readings_by_id)
        for reading in rule_set.duty_after_grant["readings"]:
            readings[reading["id"]] = reading
        return {
            "schema_version": SCHEMA_VERSION,
            "rule_set": rule_set.snapshot,
            "as_of_date": as_of,
            "as_of_date_assumed": self.as_of_assumed,
            "notices": [message(AS_OF_ASSUMED, date=as_of)] if self.as_of_assumed else [],
            "overall": overall,
            "summary": summary,
            "general_conditions": self.general.to_dict(),
            "risks": [risk.snapshot for risk in self.risks],
            "refusal_grounds": rule_set.refusal_grounds,
            "routes": routes,
            "accompanying_family": [family.to_dict() for family in self.accompanying_family],
            "personal_notes": self.personal_notes,
            "general_documents": rule_set.general_documents,
            "duty_after_grant": rule_set.duty_after_grant,
            "procedure": rule_set.procedure,
            "readings": list(readings.values()),
            "labels": labels.ALL,
        }
