"""Evaluation: answers in, a ``Result`` out. Generic over rule sets."""

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from eligibility.engine.answers import Answers
from eligibility.engine.model import (
    AccompanyingFamily,
    Check,
    Condition,
    ConditionKind,
    Confidence,
    GeneralConditions,
    Outcome,
    Route,
    RuleSet,
    Status,
    Step,
)
from eligibility.engine.result import (
    ConditionResult,
    GeneralResult,
    Result,
    RiskResult,
    RouteResult,
)
from eligibility.engine.rulesets import RULE_SETS
from eligibility.engine.text import gettext_noop, message

MET, UNMET, UNKNOWN = Status.MET, Status.UNMET, Status.UNKNOWN
RECOMMENDATION = ConditionKind.RECOMMENDATION
SUBSTANCE_ONLY = Confidence.SUBSTANCE_ONLY
ELIGIBLE, NEEDS_RECOMMENDATION = Outcome.ELIGIBLE, Outcome.NEEDS_RECOMMENDATION
UNDETERMINED, NOT_ELIGIBLE = Outcome.UNDETERMINED, Outcome.NOT_ELIGIBLE

_GENERAL_UNMET = message(
    gettext_noop(
        "Every route also needs the general conditions, and your answers do not meet them "
        "(see above)."
    )
)
_GENERAL_UNKNOWN = message(
    gettext_noop(
        "Every route also needs the general conditions, and on your answers we cannot tell "
        "whether you meet them (see above)."
    )
)
_GENERAL_GAP = {
    "condition": "general_conditions",
    "message": message(gettext_noop("You would also need to meet the general conditions.")),
}
_IF_RECOMMENDED = gettext_noop(
    "You would meet the known conditions if recommended by %(by)s. A recommendation is at their "
    "discretion: this check cannot tell whether you would be recommended."
)
_FURTHER_CONDITIONS = message(
    gettext_noop("You meet the known conditions, but the full text may contain further conditions.")
)

Found = list[tuple[Condition, Check]]
_NOT_CHECKED = object()

# Results made only of constant checks depend on nothing else, so they are reused between
# evaluations. Each memo is emptied when full: memory stays bounded whatever the answers.
_MEMO_SIZE = 20_000
_ROUTES: dict[tuple, RouteResult] = {}
_LAYOUTS: dict[tuple, tuple[list[RouteResult | None], tuple[int, ...]]] = {}
_GENERAL: dict[tuple, GeneralResult] = {}
_RISKS: dict[tuple, tuple[RiskResult, ...]] = {}


def _remember(memo: dict, key: tuple, value: Any) -> Any:
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


class UnknownRuleSet(KeyError):
    pass


def evaluate(answers: Mapping[str, Any], rule_set: str = "draft_2020") -> Result:
    """Evaluate an assessment's answers under a rule set. Malformed answers count as unanswered."""
    try:
        rules = RULE_SETS[rule_set]
    except KeyError:
        raise UnknownRuleSet(rule_set) from None
    facts = Answers(answers, rules.compiled_facts, date.today)
    general = _evaluate_general(rules.general, facts)
    routes, open_routes = _evaluate_routes(rules, facts, general.status)
    return Result(
        rule_set=rules,
        as_of=facts.as_of,
        as_of_assumed=facts.as_of_assumed,
        general=general,
        routes=routes,
        open_routes=open_routes,
        risks=_assess_risks(rules, facts),
        accompanying_family=_accompanying_family(rules.accompanying_family, facts, routes),
        personal_notes=rules.situational(facts) if rules.situational else (),
    )


def _run(steps: Iterable[Step], facts: Answers) -> tuple[Found, bool]:
    """Check conditions in order, leaving out those that do not arise (``None``) and stopping
    at a gate that is unmet. Also says whether every check found is constant."""
    found = []
    constant = True
    checks = facts.checks
    for condition, shared, gate in steps:
        if shared:
            check = checks.get(condition, _NOT_CHECKED)
            if check is _NOT_CHECKED:
                check = checks[condition] = condition.check(facts)
        else:
            check = condition.check(facts)
        if check is None:
            continue
        found.append((condition, check))
        if not check.constant:
            constant = False
        if gate and check.status is UNMET:
            break
    return found, constant


def _evaluate_general(general: GeneralConditions, facts: Answers) -> GeneralResult:
    found = [(condition, condition.check(facts)) for condition in general.conditions]
    key = (general, *found)
    # Checks compare by identity: only a result made of constant checks can match an entry.
    memo = _GENERAL.get(key)
    if memo is not None:
        return memo
    statuses = {check.status for _, check in found}
    status = UNMET if UNMET in statuses else UNKNOWN if UNKNOWN in statuses else MET
    citation = general.citation
    result = GeneralResult(
        general,
        status,
        tuple(
            ConditionResult(condition, condition.citation or citation, check)
            for condition, check in found
        ),
    )
    if all(check.constant for _, check in found):
        _remember(_GENERAL, key, result)
    return result


def _evaluate_routes(
    rules: RuleSet, facts: Answers, general_status: Status
) -> tuple[tuple[RouteResult, ...], tuple[int, ...]]:
    """Every route's result, in the rule set's order, and the positions of the routes whose
    gate is open. Routes that open with the same gate are settled together when the gate is
    closed: the closed routes depend only on the gates and the general conditions, so they are
    laid out once for each combination."""
    checks = facts.checks
    gates = []
    for gate, _ in rules.gate_groups:
        if gate is None:
            gates.append(None)
        else:
            check = checks[gate] = gate.check(facts)
            gates.append(check)
    key = (rules, general_status, *gates)
    layout = _LAYOUTS.get(key)
    if layout is None:
        layout = _remember(_LAYOUTS, key, _layout(rules, gates, general_status))
    closed, open_routes = layout
    results = list(closed)
    routes, plans = rules.routes, rules.plans
    for index in open_routes:
        route = routes[index]
        found, constant = _run(plans[index], facts)
        if not constant:
            results[index] = _route_result(route, found, general_status)
            continue
        key = (route, general_status, *found)
        memo = _ROUTES.get(key)
        if memo is None:
            memo = _remember(_ROUTES, key, _route_result(route, found, general_status))
        results[index] = memo
    return tuple(results), open_routes


def _layout(
    rules: RuleSet, gates: list[Check | None], general_status: Status
) -> tuple[list[RouteResult | None], tuple[int, ...]]:
    """The results of the routes whose gate is closed, and the positions of the others."""
    closed: list[RouteResult | None] = [None] * len(rules.routes)
    open_routes: list[int] = []
    for (gate, group), check in zip(rules.gate_groups, gates, strict=True):
        if check is not None and check.status is UNMET:
            found = [(gate, check)]
            for index in group:
                closed[index] = _route_result(rules.routes[index], found, general_status)
        else:
            open_routes.extend(group)
    return closed, tuple(sorted(open_routes))


def _route_result(route: Route, found: Found, general_status: Status) -> RouteResult:
    unmet = unknown = pending = False
    gaps = []
    for condition, check in found:
        status = check.status
        if status is UNMET:
            unmet = True
            gaps.append({"condition": condition.id, "message": check.gap or check.reason})
        elif status is UNKNOWN:
            if condition.kind is RECOMMENDATION:
                pending = True
            else:
                unknown = True

    notes = list(route.notes)
    if general_status is UNMET:
        gaps.append(_GENERAL_GAP)
        notes.append(_GENERAL_UNMET)
    elif general_status is UNKNOWN:
        notes.append(_GENERAL_UNKNOWN)
    if (
        not unmet
        and not unknown
        and general_status is not UNMET
        and route.confidence is SUBSTANCE_ONLY
    ):
        notes.append(_FURTHER_CONDITIONS)

    if unmet or general_status is UNMET:
        outcome = NOT_ELIGIBLE
    elif unknown or general_status is UNKNOWN:
        outcome = UNDETERMINED
    elif pending:
        outcome = NEEDS_RECOMMENDATION
        notes.append(message(_IF_RECOMMENDED, by=route.recommendation.by))
    else:
        outcome = ELIGIBLE
    return RouteResult(route, outcome, tuple(found), tuple(gaps), tuple(notes))


def _assess_risks(rules: RuleSet, facts: Answers) -> tuple[RiskResult, ...]:
    answers = tuple(rule.answer(facts) for rule in rules.risks)
    key = (rules, *answers)
    memo = _RISKS.get(key)
    if memo is None:
        memo = _remember(
            _RISKS,
            key,
            tuple(
                RiskResult(rule, *rule.by_answer.get(answer, rule.missing))
                for rule, answer in zip(rules.risks, answers, strict=True)
            ),
        )
    return memo


def _accompanying_family(
    families: tuple[AccompanyingFamily, ...], facts: Answers, routes: tuple[RouteResult, ...]
) -> tuple[RouteResult, ...]:
    results = []
    for family in families:
        if not facts.choices(family.fact):
            continue
        # The general conditions concern the family members themselves, not the applicant.
        found = [(condition, condition.check(facts)) for condition in family.checked]
        result = _route_result(family.route, found, MET)
        open_routes = tuple(
            r.route.id
            for r in routes
            if r.route.id in family.principal_routes and r.outcome is not NOT_ELIGIBLE
        )
        results.append(
            RouteResult(
                family.route,
                result.outcome,
                result.checked,
                result.gaps,
                (*result.notes, family.note_open if open_routes else family.note_closed),
                principal_routes=open_routes,
            )
        )
    return tuple(results)
