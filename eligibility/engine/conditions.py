"""Building blocks for condition checks, shared by rule sets.

Sentences are passed in by the rule set (they name the route's own terms); these functions
decide the status and fill in the figures. Texts must already be marked with ``gettext_noop``.
"""

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from eligibility.engine.answers import Answers
from eligibility.engine.facts import YEARLY_FACTS
from eligibility.engine.model import Check, CheckFunction, Condition, ConditionKind, Status
from eligibility.engine.readings import (
    YUAN_PER_USD_HIGH,
    YUAN_PER_USD_LOW,
    Reading,
    anniversary,
)
from eligibility.engine.record import STATUS_CODE, Encoder
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


def measured(
    encode: Encoder | None,
    status: Status,
    text: str,
    params: dict,
    figures: dict,
    gap: str | None = None,
    gap_params: dict | None = None,
    notes: tuple[Message, ...] = (),
) -> Check:
    """A numeric check's finished condition: its sentence, its gap and figures, and (with the
    release's ``encode``, as in an evaluation) its record entry, made at once rather than
    encoded afterwards. Params are numbers, strings or lists of them, stored as they are."""
    entry = None
    if encode is not None:
        entry = [
            STATUS_CODE[status],
            [encode.id(text), params],
            None if gap is None else [encode.id(gap), gap_params],
            figures,
        ]
        if notes:
            entry.append([encode.message(note) for note in notes])
    return Check(
        status,
        {"text": text, "params": params},
        None if gap is None else {"text": gap, "params": gap_params},
        figures,
        notes,
        False,
        entry,
    )


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


def gate_any(fact: str, choices: tuple[str, ...], reason: str) -> CheckFunction:
    """Like ``gate``, for a route that concerns applicants in any of several situations."""
    closed = unmet(reason)
    wanted = frozenset(choices)

    def check(answers: Answers) -> Check | None:
        chosen = answers.choices(fact)
        return closed if chosen is not None and chosen.isdisjoint(wanted) else None

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


_RECOMMENDED = met(gettext_noop("You told us you have this recommendation."))
_NOT_YET_RECOMMENDED = unknown(gettext_noop("You do not have this recommendation yet."))
_RECOMMENDATION_MISSING = unknown(
    gettext_noop("You have not told us whether you have this recommendation.")
)
_RECOMMENDED_BY_ANOTHER_BODY = unknown(
    gettext_noop(
        "You told us you are recommended by a body this route does not name, so this "
        "recommendation may not count."
    )
)
GOVERNMENT_RECOMMENDERS = (
    "national_authority",
    "provincial_government",
    "key_region_administration",
    "other_government_body",
)


def government_recommendation(id: str, label: str, accepted: tuple[str, ...]) -> Condition:
    """A recommendation by a government body, from the answer ``government_recommendation``:
    met when one of the ``accepted`` bodies recommends the applicant; otherwise the route is
    open only "if recommended" (A25)."""
    outcomes = {
        body: _RECOMMENDED if body in accepted else _RECOMMENDED_BY_ANOTHER_BODY
        for body in GOVERNMENT_RECOMMENDERS
    }
    outcomes["not_yet"] = _NOT_YET_RECOMMENDED
    return Condition(
        id,
        message(label),
        by_answer("government_recommendation", outcomes, _RECOMMENDATION_MISSING),
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
            return years_met(period.years, required, wording, answers.encode)
        return years_short(answers.date(fact), period.years, required, wording, answers.encode)

    return check


def years_met(
    years: float, required: int, wording: Wording, encode: Encoder | None = None
) -> Check:
    given = max(tenths(years), float(required))
    return measured(
        encode,
        MET,
        wording.met,
        {"given": given, "required": required},
        {"required": required, "given": given, "unit": "years"},
    )


def years_short(
    start: date, years: float, required: int, wording: Wording, encode: Encoder | None = None
) -> Check:
    """The unmet check for ``years`` from ``start``, short of ``required``. The figures shown
    never reach the threshold, and the years missing never show as none."""
    given = tenths(years)
    if given >= required:
        given = math.floor(years * 10) / 10
    return measured(
        encode,
        UNMET,
        wording.unmet,
        {"given": given, "required": required},
        {"required": required, "given": given, "unit": "years"},
        wording.gap,
        {
            "missing": max(tenths(required - years), 0.1),
            "required": required,
            "date": anniversary(start, required).isoformat(),
        },
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
            return measured(answers.encode, MET, wording.met, params, figures)
        return measured(
            answers.encode,
            UNMET,
            wording.unmet,
            params,
            figures,
            wording.gap,
            {"missing": number(required - given), "required": required},
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
            params = {"given": given, "required": multiple}
            return measured(answers.encode, MET, wording.met, params, figures)
        figures["given"] = given = min(hundredths(ratio), below)
        return measured(
            answers.encode,
            UNMET,
            wording.unmet,
            {"given": given, "required": multiple},
            figures,
            wording.gap,
            {
                "missing": max(hundredths(multiple - ratio), 0.01),
                "missing_rmb": math.ceil(multiple * average - wage),
                "required": multiple,
            },
        )

    return check


# --- Days in each year, where readings of "N months" disagree (A10) ---------------------------
@dataclass(frozen=True, slots=True)
class DaysEachYearWording:
    """Sentences of an each-year stay test. ``met``, ``unmet`` and ``band`` take ``given`` and
    ``required``; ``calendar`` takes ``given`` and ``calendar``; ``gap`` takes ``missing`` and
    ``required``."""

    met: str
    unmet: str
    band: str
    calendar: str
    gap: str
    missing: str
    not_answered: Check = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "not_answered", unknown(self.missing))


def _band(days: int, reading: Reading) -> Status:
    if days > reading.high:
        return MET
    if days < reading.low:
        return UNMET
    return UNKNOWN


def days_each_year(
    rolling_fact: str, calendar_fact: str, reading: Reading, wording: DaysEachYearWording
) -> CheckFunction:
    """The fewest days in China in a year (``rolling_fact``, 12-month periods) against a
    period in months (``reading``): met above the band where the readings of the months
    disagree, unmet below it, "cannot tell" within it, or when the calendar-year count
    (``calendar_fact``, if given) falls on the other side."""

    def check(answers: Answers) -> Check:
        given = answers.integer(rolling_fact)
        if given is None:
            return wording.not_answered
        status = _band(given, reading)
        figures = {"required": reading.days, "given": given, "unit": "days"}
        params = {"given": given, "required": reading.days}
        calendar = answers.integer(calendar_fact)
        encode = answers.encode
        if calendar is not None and _band(calendar, reading) is not status:
            params = {"given": given, "calendar": calendar}
            return measured(encode, UNKNOWN, wording.calendar, params, figures)
        if status is MET:
            return measured(encode, MET, wording.met, params, figures)
        if status is UNKNOWN:
            return measured(encode, UNKNOWN, wording.band, params, figures)
        return measured(
            encode,
            UNMET,
            wording.unmet,
            params,
            figures,
            wording.gap,
            {"missing": reading.high + 1 - given, "required": reading.high + 1},
        )

    return check


# --- A figure in each of several calendar years (wage, tax; A11, A12) -------------------------
def calendar_years(answers: Answers, name: str, years: int) -> list[tuple[int, Decimal | None]]:
    """The last ``years`` full calendar years before the as-of date, most recent first, each
    with its figure (``None`` if not given). Year 1 of the answers is the calendar year
    ``wage_years_from``: figures given in an earlier year are matched to their own years."""
    last = answers.as_of.year - 1
    first_given = answers.integer("wage_years_from") or last
    facts = YEARLY_FACTS[name]
    found = []
    for year in range(last, last - years, -1):
        index = first_given - year
        value = answers.amount(facts[index]) if 0 <= index < len(facts) else None
        found.append((year, value))
    return found


@dataclass(frozen=True, slots=True)
class YearlyWording:
    """Sentences of a test applied to each calendar year of a period.

    ``met`` takes ``years``, ``given`` and ``required``; ``unmet_last`` takes ``year``,
    ``given`` and ``required``; ``short`` takes ``met`` and ``short`` (lists of years);
    ``missing_years`` takes ``years``; ``gap`` takes ``missing``, ``missing_rmb`` and
    ``required``. ``short_note`` says why a shortfall in an earlier year leaves the test
    undecided."""

    met: str
    unmet_last: str
    short: str
    short_note: str
    missing_years: str
    gap: str
    missing_average: str
    no_average: Check = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "no_average", unknown(self.missing_average))


def _years(years: list[int]) -> list[str]:
    return [str(year) for year in years]


def yearly_at_least(
    name: str,
    years: int,
    factor: Decimal,
    unit: str,
    wording: YearlyWording,
    every_year: bool,
    shown: Callable[[Decimal, Decimal], float | int],
    required_shown: float | int | None = None,
) -> CheckFunction:
    """The figure ``name`` in each of the last ``years`` calendar years at least ``factor``
    times the latest local average wage. The last full year is compared exactly; an earlier
    year that falls short may still have met its own (usually lower) year's average, so it
    leaves the test undecided.

    With ``every_year`` (the rules in force: every year must meet it), a shortfall in the last
    year fails the test. Without it (the draft, A12: not known whether every year or only once),
    the test fails only if no year meets it. ``shown(figure, average)`` is the figure as the
    sentences show it: a multiple of the average, or an amount; ``required_shown`` is the
    threshold as shown (by default ``shown(threshold, average)``)."""

    def check(answers: Answers) -> Check:
        average = answers.amount("local_average_wage_rmb")
        if average is None:
            return wording.no_average
        threshold = factor * average
        found = calendar_years(answers, name, years)
        met_years, short_years, missing = [], [], []
        for year, value in found:
            if value is None:
                missing.append(year)
            elif value >= threshold:
                met_years.append(year)
            else:
                short_years.append(year)
        last_year, last = found[0]
        required = shown(threshold, average) if required_shown is None else required_shown
        figures = {"required": required, "given": None, "unit": unit}
        if last is not None:
            figures["given"] = shown(last, average)
        encode = answers.encode
        if last is not None and last < threshold and (every_year or not met_years):
            return measured(
                encode,
                UNMET,
                wording.unmet_last,
                {"year": str(last_year), "given": figures["given"], "required": required},
                figures,
                wording.gap,
                {
                    "missing": _shortfall(shown(threshold - last, average)),
                    "missing_rmb": math.ceil(threshold - last),
                    "required": required,
                },
            )
        if missing:
            params = {"years": _years(missing)}
            return measured(encode, UNKNOWN, wording.missing_years, params, figures)
        if short_years:
            return measured(
                encode,
                UNKNOWN,
                wording.short,
                {"met": _years(met_years), "short": _years(short_years)},
                figures,
                notes=(message(wording.short_note),),
            )
        return measured(
            encode,
            MET,
            wording.met,
            {
                "years": _years([year for year, _ in found]),
                "given": figures["given"],
                "required": required,
            },
            figures,
        )

    return check


def _shortfall(value: float | int) -> float | int:
    """A shortfall never shows as none."""
    if isinstance(value, int):
        return max(value, 1)
    return max(value, 0.01)


def multiple_of(figure: Decimal, average: Decimal) -> float:
    """A wage as a multiple of the average, to 2 decimals, rounded down: never shown as
    reaching a threshold it does not reach."""
    return float((figure / average).quantize(_HUNDREDTH, rounding=ROUND_FLOOR))


_HUNDREDTH = Decimal("0.01")


def rmb(figure: Decimal, average: Decimal) -> int:
    """An amount in whole yuan, rounded up (a requirement is never shown as less than it is)."""
    return math.ceil(figure)


# --- Investment amounts in either currency (A15) ----------------------------------------------
_YUAN_PER_USD = (Decimal(repr(YUAN_PER_USD_LOW)), Decimal(repr(YUAN_PER_USD_HIGH)))


def amount_range(answers: Answers, fact: str, currency: str) -> tuple[Decimal, Decimal] | None:
    """The investment amount ``fact`` in ``currency`` ("rmb" or "usd"), as the lowest and
    highest it can be over the exchange-rate band of the reading ``USD_AMOUNTS``; ``None`` if
    the amount or its currency is not given."""
    value = answers.amount(fact)
    given_in = answers.choice("investment_currency")
    if value is None or given_in is None:
        return None
    if given_in == currency:
        return value, value
    low, high = _YUAN_PER_USD
    if currency == "usd":
        return value / high, value / low
    return value * low, value * high


@dataclass(frozen=True, slots=True)
class AmountWording:
    """Sentences of an investment-amount test: ``met`` and ``unmet`` take ``given`` and
    ``required`` (in the rule's currency); ``rate`` takes ``low``, ``high`` and ``required``;
    ``gap`` takes ``missing`` and ``required``."""

    met: str
    unmet: str
    rate: str
    gap: str
    missing: str
    not_answered: Check = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "not_answered", unknown(self.missing))


def amount_at_least(
    fact: str, currency: str, required: int, wording: AmountWording, **params: object
) -> CheckFunction:
    """The investment amount ``fact`` at least ``required`` in ``currency``: decided when it
    is on the same side of the threshold at every rate of the band, otherwise "cannot tell".
    ``params`` are added to every sentence's params."""

    def check(answers: Answers) -> Check:
        found = amount_range(answers, fact, currency)
        if found is None:
            return wording.not_answered
        low, high = found
        # Converted amounts are shown in whole units, never rounded towards the threshold.
        exact = low == high
        if low >= required:
            given = number(low) if exact else math.floor(low)
            return Check(
                MET,
                message(wording.met, given=given, required=required, **params),
                figures={"required": required, "given": given, "unit": currency},
            )
        if high < required:
            given = number(high) if exact else math.floor(high)
            missing = number(required - high) if exact else math.ceil(required - high)
            return Check(
                UNMET,
                message(wording.unmet, given=given, required=required, **params),
                gap=message(wording.gap, missing=missing, required=required, **params),
                figures={"required": required, "given": given, "unit": currency},
            )
        return Check(
            UNKNOWN,
            message(
                wording.rate,
                low=math.floor(low),
                high=math.floor(high),
                required=required,
                **params,
            ),
            figures={"required": required, "given": None, "unit": currency},
        )

    return check
