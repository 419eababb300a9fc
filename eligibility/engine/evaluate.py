"""Evaluation: answers in, a ``Result`` out, with its stored record (``record``) made in the
same pass. Generic over rule sets."""

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

from eligibility.engine.answers import Answers
from eligibility.engine.model import (
    AccompanyingFamily,
    Check,
    Condition,
    ConditionKind,
    Confidence,
    Outcome,
    Route,
    RuleSet,
    Status,
    Step,
)
from eligibility.engine.record import (
    GENERAL,
    OUTCOME_CODE,
    RECORD_VERSION,
    STATUS_CODE,
    Encoder,
    encoder,
)
from eligibility.engine.result import (
    ConditionResult,
    GeneralResult,
    Result,
    RiskResult,
    RouteResult,
)
from eligibility.engine.rulesets import RULE_SETS
from eligibility.engine.text import Message, gettext_noop, message

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

Checks = Sequence[Check | None]  # one per condition in declared order; None: it does not arise
_NOT_CHECKED = object()

# Results made only of constant checks depend on nothing else, so they are reused between
# evaluations, with their part of the record (made for one release: the encoder is in the key).
# Each memo is emptied when full: memory stays bounded whatever the answers.
_MEMO_SIZE = 20_000
_ROUTES: dict[tuple, RouteResult] = {}
_LAYOUTS: dict[tuple, tuple[list[RouteResult | None], list[list | None], tuple[int, ...]]] = {}
_GENERAL: dict[tuple, GeneralResult] = {}
_RISKS: dict[tuple, tuple[tuple[RiskResult, ...], list]] = {}
_FAMILIES: dict[tuple, RouteResult] = {}


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
    encode = encoder(rules.id, rules.release)
    facts = Answers(answers, rules.compiled_facts, date.today, encode)
    general = _evaluate_general(rules, facts, encode)
    routes, route_records, open_routes = _evaluate_routes(rules, facts, general.status, encode)
    risks, risk_records = _assess_risks(rules, facts, encode)
    families = _accompanying_family(rules.accompanying_family, facts, routes, encode)
    notes = rules.situational(facts) if rules.situational else ()
    as_of = facts.as_of
    record = {
        "v": RECORD_VERSION,
        "rule_set": rules.id,
        "release": rules.release,
        "as_of": as_of.isoformat(),
        "as_of_assumed": facts.as_of_assumed,
        "general": general.record,
        "routes": route_records,
        "risks": risk_records,
        "family": [[index, *family.record] for index, family in families],
        "notes": [encode.message(note) for note in notes],
    }
    return Result(
        rule_set=rules,
        as_of=as_of,
        as_of_assumed=facts.as_of_assumed,
        general=general,
        routes=routes,
        open_routes=open_routes,
        risks=risks,
        accompanying_family=tuple(family for _, family in families),
        personal_notes=notes,
        record=record,
    )


def _run(steps: Iterable[Step], facts: Answers) -> tuple[list[Check | None], bool]:
    """Check conditions in order, ``None`` for those that do not arise, stopping at a gate that
    is unmet. Also says whether every check found is constant."""
    found: list[Check | None] = []
    constant = True
    checks = facts.checks
    for condition, shared, gate in steps:
        if shared:
            check = checks.get(condition, _NOT_CHECKED)
            if check is _NOT_CHECKED:
                check = checks[condition] = condition.check(facts)
        else:
            check = condition.check(facts)
        found.append(check)
        if check is None:
            continue
        if not check.constant:
            constant = False
        if gate and check.status is UNMET:
            break
    return found, constant


def _evaluate_general(rules: RuleSet, facts: Answers, encode: Encoder) -> GeneralResult:
    general = rules.general
    conditions = general.conditions
    checks = [condition.check(facts) for condition in conditions]
    key = (encode, general, *checks)
    # Checks compare by identity: only a result made of constant checks can match an entry.
    memo = _GENERAL.get(key)
    if memo is not None:
        return memo
    statuses = {check.status for check in checks}
    status = UNMET if UNMET in statuses else UNKNOWN if UNKNOWN in statuses else MET
    citation = general.citation
    result = GeneralResult(
        general,
        status,
        tuple(
            ConditionResult(condition, condition.citation or citation, check)
            for condition, check in zip(conditions, checks, strict=True)
        ),
    )
    result.record = [
        STATUS_CODE[status],
        [encode.condition(index, check) for index, check in enumerate(checks)],
    ]
    if all(check.constant for check in checks):
        _remember(_GENERAL, key, result)
    return result


def _evaluate_routes(
    rules: RuleSet, facts: Answers, general_status: Status, encode: Encoder
) -> tuple[tuple[RouteResult, ...], list[list], tuple[int, ...]]:
    """Every route's result and record, in the rule set's order, and the positions of the
    routes whose gate is open. Routes that open with the same gate are settled together when
    the gate is closed: the closed routes depend only on the gates and the general conditions,
    so they are laid out once for each combination."""
    checks = facts.checks
    gates = []
    for gate, _ in rules.gate_groups:
        if gate is None:
            gates.append(None)
        else:
            check = checks[gate] = gate.check(facts)
            gates.append(check)
    status = STATUS_CODE[general_status]  # in keys: an int hashes faster than an enum
    key = (rules, status, *gates)
    layout = _LAYOUTS.get(key)
    if layout is None:
        layout = _remember(_LAYOUTS, key, _layout(rules, gates, general_status, encode))
    closed, closed_records, open_routes = layout
    results = closed.copy()
    records = closed_records.copy()
    routes, plans = rules.routes, rules.plans
    for index in open_routes:
        route = routes[index]
        found, constant = _run(plans[index], facts)
        if constant:
            key = (encode, route, status, *found)
            result = _ROUTES.get(key)
            if result is None:
                result = _route_result(route, route.conditions, found, general_status, encode, ())
                _remember(_ROUTES, key, result)
        else:
            result = _route_result(route, route.conditions, found, general_status, encode, ())
        results[index] = result
        records[index] = result.record
    return tuple(results), records, open_routes


def _layout(
    rules: RuleSet, gates: list[Check | None], general_status: Status, encode: Encoder
) -> tuple[list[RouteResult | None], list[list | None], tuple[int, ...]]:
    """The results and records of the routes whose gate is closed, and the positions of the
    others."""
    closed: list[RouteResult | None] = [None] * len(rules.routes)
    records: list[list | None] = [None] * len(rules.routes)
    open_routes: list[int] = []
    for (_, group), check in zip(rules.gate_groups, gates, strict=True):
        if check is not None and check.status is UNMET:
            for index in group:
                route = rules.routes[index]
                result = _route_result(
                    route, route.conditions, (check,), general_status, encode, ()
                )
                closed[index], records[index] = result, result.record
        else:
            open_routes.extend(group)
    return closed, records, tuple(sorted(open_routes))


def _route_result(
    route: Route,
    conditions: tuple[Condition, ...],
    checks: Checks,
    general_status: Status,
    encode: Encoder,
    family_notes: tuple,
) -> RouteResult:
    """A route's result and its record in one pass over its checks. ``family_notes`` are added
    last (accompanying family: whether a principal route may be open)."""
    unmet = unknown = pending = False
    checked, entries, gaps, gap_entries = [], [], [], []
    for index, check in enumerate(checks):
        if check is None:
            continue
        condition = conditions[index]
        checked.append((condition, check))
        entry = encode.condition(index, check)
        entries.append(entry)
        status = check.status
        if status is UNMET:
            unmet = True
            # The gap, or the reason when there is none, as the condition's entry has it.
            if check.gap is None:
                gap, gap_ref = check.reason, entry[2]
            else:
                gap, gap_ref = check.gap, entry[3]
            gaps.append({"condition": condition.id, "message": gap})
            gap_entries.append([index, gap_ref])
        elif status is UNKNOWN:
            if condition.kind is RECOMMENDATION:
                pending = True
            else:
                unknown = True

    notes = []
    if general_status is UNMET:
        gaps.append(_GENERAL_GAP)
        gap_entries.append([GENERAL, encode.declared(_GENERAL_GAP["message"])])
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
        notes.append(_if_recommended(route))
    else:
        outcome = ELIGIBLE
    notes.extend(family_notes)
    result = RouteResult(route, outcome, tuple(checked), tuple(gaps), (*route.notes, *notes))
    result.record = [
        OUTCOME_CODE[outcome],
        entries,
        gap_entries,
        [encode.declared(note) for note in notes],
    ]
    return result


@cache
def _if_recommended(route: Route) -> Message:
    """Made once per route, so that the record's encoder can take it as declared."""
    return message(_IF_RECOMMENDED, by=route.recommendation.by)


def _assess_risks(
    rules: RuleSet, facts: Answers, encode: Encoder
) -> tuple[tuple[RiskResult, ...], list]:
    answers = tuple(rule.answer(facts) for rule in rules.risks)
    key = (rules, *answers)
    memo = _RISKS.get(key)
    if memo is None:
        risks = tuple(
            RiskResult(rule, *rule.by_answer.get(answer, rule.missing))
            for rule, answer in zip(rules.risks, answers, strict=True)
        )
        records = [[risk.status.value, encode.message(risk.message)] for risk in risks]
        memo = _remember(_RISKS, key, (risks, records))
    return memo


def _accompanying_family(
    families: tuple[AccompanyingFamily, ...],
    facts: Answers,
    routes: tuple[RouteResult, ...],
    encode: Encoder,
) -> list[tuple[int, RouteResult]]:
    """The accompanying families the applicant names, each with its position."""
    results = []
    for index, family in enumerate(families):
        if not facts.choices(family.fact):
            continue
        open_routes = tuple(
            r.route.id
            for r in routes
            if r.route.id in family.principal_routes and r.outcome is not NOT_ELIGIBLE
        )
        conditions = family.checked
        checks = [condition.check(facts) for condition in conditions]
        key = (encode, family, open_routes, *checks)
        result = _FAMILIES.get(key)
        if result is None:
            # The general conditions concern the family members themselves, not the applicant.
            result = _route_result(
                family.route,
                conditions,
                checks,
                MET,
                encode,
                (family.note_open if open_routes else family.note_closed,),
            )
            result.principal_routes = open_routes
            result.record.append(list(open_routes))
            if all(check.constant for check in checks):
                _remember(_FAMILIES, key, result)
        results.append((index, result))
    return results
