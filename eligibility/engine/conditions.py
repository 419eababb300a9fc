"""Building blocks for condition checks, shared by rule sets.

Sentences are passed in by the rule set (they name the route's own terms); these functions
decide the status and fill in the figures. Texts must already be marked with ``gettext_noop``.
"""

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from eligibility.engine.answers import Answers
from eligibility.engine.model import Check, CheckFunction, Condition, ConditionKind, Status
from eligibility.engine.readings import anniversary
from eligibility.engine.text import Message, gettext_noop, message

MET, UNMET, UNKNOWN = Status.MET, Status.UNMET, Status.UNKNOWN


def met(text: str, *notes: Message) -> Check:
    """A constant met check (declare at import)."""
    return Check(Status.MET, message(text), notes=notes, constant=True)


def unmet(text: str, gap: str | None = None) -> Check:
    """A constant unmet check (declare at import)."""
    return Check(Status.UNMET, message(text), gap=message(gap) if gap else None, constant=True)


def unknown(text: str) -> Check:
    """A constant unknown check (declare at import)."""
    return Check(Status.UNKNOWN, message(text), constant=True)


def by_answer(fact: str, outcomes: Mapping[str, Check], missing: Check) -> CheckFunction:
    """Each choice of ``fact`` gives a fixed check; no answer (or a malformed one) gives
    ``missing``."""

    def check(answers: Answers) -> Check:
        return outcomes.get(answers.choice(fact), missing)

    return check


def gate(fact: str, choice: str, reason: str) -> CheckFunction:
    """Unmet when the multichoice answer ``fact`` leaves out ``choice``. When ``choice`` is
    selected, or ``fact`` is not answered, the gate does not arise and the route's own
    conditions decide."""
    closed = unmet(reason)

    def check(answers: Answers) -> Check | None:
        chosen = answers.choices(fact)
        return closed if chosen is not None and choice not in chosen else None

    return check


def selected(fact: str, choice: str, yes: Check, no: Check, missing: Check) -> CheckFunction:
    """Whether the multichoice answer ``fact`` includes ``choice``."""

    def check(answers: Answers) -> Check:
        chosen = answers.selected(fact, choice)
        return missing if chosen is None else yes if chosen else no

    return check


def recommendation(id: str, fact: str, label: str) -> Condition:
    """A recommendation by a third party, from an answer ``obtained`` / ``not_yet``: while it is
    not obtained, the route is open only "if recommended" (A25)."""
    return Condition(
        id,
        message(label),
        by_answer(
            fact,
            {
                "obtained": met(gettext_noop("You told us you have this recommendation.")),
                "not_yet": unknown(gettext_noop("You do not have this recommendation yet.")),
            },
            unknown(gettext_noop("You have not told us whether you have this recommendation.")),
        ),
        ConditionKind.RECOMMENDATION,
    )


def always(result: Check) -> CheckFunction:
    """A condition with no published standard: never met, whatever the answers."""

    def check(answers: Answers) -> Check:
        return result

    return check


@dataclass(frozen=True, slots=True)
class Wording:
    """The sentences of a numeric condition. ``met`` and ``unmet`` take ``given`` and
    ``required``; ``gap`` takes ``missing`` and ``required`` (and ``date`` for periods)."""

    met: str
    unmet: str
    gap: str
    missing: str
    not_answered: Check = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "not_answered", unknown(self.missing))


def number(value: Decimal | int) -> int | float:
    """An amount or a count as a JSON number: whole numbers as int. (Years and multiples stay
    floats, shown with at least one decimal: "1.0 more years".)"""
    if value.__class__ is int:
        return value
    as_float = float(value)
    return int(as_float) if as_float.is_integer() else as_float


def tenths(value: float) -> float:
    """``value`` (not negative) to 1 decimal, half up: cheaper than ``round(value, 1)``."""
    return math.floor(value * 10 + 0.5) / 10


def hundredths(value: float) -> float:
    """``value`` (not negative) to 2 decimals, half up."""
    return math.floor(value * 100 + 0.5) / 100


def years_at_least(fact: str, required: int, wording: Wording) -> CheckFunction:
    """At least ``required`` full years from the date ``fact`` to the as-of date."""

    def check(answers: Answers) -> Check:
        period = answers.span(fact)
        if period is None:
            return wording.not_answered
        if period.full >= required:
            return years_met(period.years, required, wording)
        return years_short(answers.date(fact), period.years, required, wording)

    return check


def years_met(years: float, required: int, wording: Wording) -> Check:
    given = max(tenths(years), float(required))
    return Check(
        MET,
        {"text": wording.met, "params": {"given": given, "required": required}},
        figures={"required": required, "given": given, "unit": "years"},
    )


def years_short(start: date, years: float, required: int, wording: Wording) -> Check:
    """The unmet check for ``years`` from ``start``, short of ``required``. The figures shown
    never reach the threshold, and the years missing never show as none."""
    given = tenths(years)
    if given >= required:
        given = math.floor(years * 10) / 10
    return Check(
        UNMET,
        {"text": wording.unmet, "params": {"given": given, "required": required}},
        gap={
            "text": wording.gap,
            "params": {
                "missing": max(tenths(required - years), 0.1),
                "required": required,
                "date": anniversary(start, required).isoformat(),
            },
        },
        figures={"required": required, "given": given, "unit": "years"},
    )


def at_least(
    fact: str,
    read: Callable[[Answers, str], Decimal | int | None],
    required: int,
    unit: str,
    wording: Wording,
) -> CheckFunction:
    """The figure ``fact`` (read with ``Answers.integer`` or ``Answers.amount``) at least
    ``required``: the figure itself passes."""

    def check(answers: Answers) -> Check:
        given = read(answers, fact)
        if given is None:
            return wording.not_answered
        shown = number(given)
        params = {"given": shown, "required": required}
        figures = {"required": required, "given": shown, "unit": unit}
        if given >= required:
            return Check(MET, {"text": wording.met, "params": params}, figures=figures)
        return Check(
            UNMET,
            {"text": wording.unmet, "params": params},
            gap={
                "text": wording.gap,
                "params": {"missing": number(required - given), "required": required},
            },
            figures=figures,
        )

    return check


@dataclass(frozen=True, slots=True)
class MultipleWording:
    """Sentences of a wage-multiple test: ``gap`` also takes ``missing_rmb``."""

    met: str
    unmet: str
    gap: str
    missing_wage: str
    missing_average: str
    no_wage: Check = field(init=False, repr=False)
    no_average: Check = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "no_wage", unknown(self.missing_wage))
        object.__setattr__(self, "no_average", unknown(self.missing_average))


def multiple_at_least(
    wage_fact: str, average_fact: str, multiple: int, wording: MultipleWording
) -> CheckFunction:
    """The amount ``wage_fact`` at least ``multiple`` times ``average_fact``: compared exactly,
    shown to 2 decimals (never as reaching the multiple when it does not)."""
    below = multiple - 0.01

    def check(answers: Answers) -> Check:
        wage = answers.amount(wage_fact)
        if wage is None:
            return wording.no_wage
        average = answers.amount(average_fact)
        if average is None:
            return wording.no_average
        ratio = answers.ratio(wage_fact, average_fact)
        figures = {"required": multiple, "given": None, "unit": "times_average_wage"}
        if wage >= multiple * average:
            figures["given"] = given = max(hundredths(ratio), float(multiple))
            return Check(
                MET,
                {"text": wording.met, "params": {"given": given, "required": multiple}},
                figures=figures,
            )
        figures["given"] = given = min(hundredths(ratio), below)
        return Check(
            UNMET,
            {"text": wording.unmet, "params": {"given": given, "required": multiple}},
            gap={
                "text": wording.gap,
                "params": {
                    "missing": max(hundredths(multiple - ratio), 0.01),
                    "missing_rmb": math.ceil(multiple * average - wage),
                    "required": multiple,
                },
            },
            figures=figures,
        )

    return check
