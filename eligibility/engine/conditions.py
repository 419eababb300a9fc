"""Building blocks for condition checks, shared by rule sets.

Sentences are passed in by the rule set (they name the route's own terms); these functions
decide the status and fill in the figures. Texts must already be marked with ``gettext_noop``.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from eligibility.engine.answers import Answers
from eligibility.engine.model import Check, CheckFunction, Status
from eligibility.engine.readings import anniversary, shortfall, shown
from eligibility.engine.text import Message, message

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


def years_at_least(answers: Answers, fact: str, required: int, wording: Wording) -> Check:
    """At least ``required`` full years from the date ``fact`` to the as-of date."""
    years = answers.years_since(fact)
    if years is None:
        return wording.not_answered
    if years >= required:
        return years_met(years, required, wording)
    return years_short(answers.date(fact), years, required, wording)


def years_met(years: float, required: int, wording: Wording) -> Check:
    given = shown(years, required)
    return Check(
        MET,
        message(wording.met, given=given, required=required),
        figures={"required": required, "given": given, "unit": "years"},
    )


def years_short(start: date, years: float, required: int, wording: Wording) -> Check:
    """The unmet check for ``years`` from ``start``, short of ``required``."""
    given = shown(years, required)
    return Check(
        UNMET,
        message(wording.unmet, given=given, required=required),
        gap=message(
            wording.gap,
            missing=shortfall(required - years),
            required=required,
            date=anniversary(start, required).isoformat(),
        ),
        figures={"required": required, "given": given, "unit": "years"},
    )


def at_least(given: Decimal | int | None, required: int, unit: str, wording: Wording) -> Check:
    """At least ``required`` (days, RMB...): the figure itself passes."""
    if given is None:
        return wording.not_answered
    shown = number(given)
    figures = {"required": required, "given": shown, "unit": unit}
    if given >= required:
        return Check(MET, message(wording.met, given=shown, required=required), figures=figures)
    return Check(
        UNMET,
        message(wording.unmet, given=shown, required=required),
        gap=message(wording.gap, missing=number(required - given), required=required),
        figures=figures,
    )


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
    wage: Decimal | None, average: Decimal | None, multiple: int, wording: MultipleWording
) -> Check:
    """``wage`` at least ``multiple`` times ``average``: compared exactly, shown to 2 decimals."""
    if wage is None:
        return wording.no_wage
    if average is None:
        return wording.no_average
    ratio = float(wage) / float(average)
    given = shown(ratio, multiple, 2)
    figures = {"required": multiple, "given": given, "unit": "times_average_wage"}
    if wage >= multiple * average:
        return Check(MET, message(wording.met, given=given, required=multiple), figures=figures)
    return Check(
        UNMET,
        message(wording.unmet, given=given, required=multiple),
        gap=message(
            wording.gap,
            missing=shortfall(multiple - ratio, 2),
            missing_rmb=math.ceil(multiple * average - wage),
            required=multiple,
        ),
        figures=figures,
    )
