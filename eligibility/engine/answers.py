"""Reading answers defensively.

Answers come from JSON: dates as ISO strings, numbers as int, float or decimal strings. A value
that cannot be read as its fact's kind, or that lies outside the fact's choices or range, is
treated as not answered (``None``): the engine never raises on a malformed answer.

Rules read answers only through ``Answers``, which reads the raw mapping key by key (so a test
can record which facts the rules read) and parses each value at most once per evaluation. A rule
that reads a fact missing from the answers format, or reads it as the wrong kind, raises
``KeyError``: that is a bug in the rules, not in the answers.
"""

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from eligibility.engine.facts import Fact, Kind
from eligibility.engine.readings import Span, span

if TYPE_CHECKING:
    from eligibility.engine.record import Encoder

_MISSING = object()
Range = tuple[Decimal | None, Decimal | None]


class CompiledFacts:
    """A rule set's facts, indexed by kind for fast reading."""

    __slots__ = ("choices", "multichoices", "dates", "integers", "amounts", "texts")

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.choices: dict[str, frozenset[str]] = {}
        self.multichoices: dict[str, frozenset[str]] = {}
        self.dates: frozenset[str] = frozenset()
        self.integers: dict[str, Range] = {}
        self.amounts: dict[str, Range] = {}
        self.texts: frozenset[str] = frozenset()
        dates, texts = set(), set()
        for fact in facts:
            if fact.kind is Kind.CHOICE:
                self.choices[fact.name] = frozenset(fact.choices)
            elif fact.kind is Kind.MULTICHOICE:
                self.multichoices[fact.name] = frozenset(fact.choices)
            elif fact.kind is Kind.DATE:
                dates.add(fact.name)
            elif fact.kind is Kind.INTEGER:
                self.integers[fact.name] = _range(fact)
            elif fact.kind is Kind.AMOUNT:
                self.amounts[fact.name] = _range(fact)
            else:
                texts.add(fact.name)
        self.dates = frozenset(dates)
        self.texts = frozenset(texts)


def _range(fact: Fact) -> Range:
    return (
        None if fact.minimum is None else Decimal(repr(fact.minimum)),
        None if fact.maximum is None else Decimal(repr(fact.maximum)),
    )


class Answers:
    """One assessment's answers, read on demand. ``checks`` memoises condition checks for this
    evaluation, since several routes share conditions; ``encode`` is the record encoder of the
    release evaluated, with which numeric checks make their record entry (``Check.entry``)."""

    __slots__ = (
        "_raw",
        "_facts",
        "_choices",
        "_parsed",
        "_spans",
        "checks",
        "encode",
        "as_of",
        "as_of_assumed",
    )

    def __init__(
        self,
        raw: Mapping[str, Any],
        facts: CompiledFacts,
        today: Callable[[], date],
        encode: "Encoder | None" = None,
    ) -> None:
        self._raw = raw
        self._facts = facts
        self._choices = facts.choices
        self._parsed: dict[str, Any] = {}
        self._spans: dict[str, Span | None] = {}
        self.checks: dict[Any, Any] = {}
        self.encode = encode
        as_of = self.date("as_of_date")
        self.as_of_assumed = as_of is None
        self.as_of: date = today() if as_of is None else as_of

    def choice(self, name: str) -> str | None:
        allowed = self._choices[name]
        value = self._raw.get(name)
        return value if value.__class__ is str and value in allowed else None

    def choices(self, name: str) -> frozenset[str] | None:
        """A multichoice answer; ``None`` if absent or if any item is not an allowed choice."""
        parsed = self._parsed.get(name, _MISSING)
        if parsed is _MISSING:
            allowed = self._facts.multichoices[name]
            value = self._raw.get(name)
            parsed = None
            if isinstance(value, list | tuple):
                try:
                    items = frozenset(value)
                except TypeError:  # an unhashable item: not a choice either
                    items = None
                # Choices are strings: a subset of them holds nothing else.
                if items is not None and items <= allowed:
                    parsed = items
            self._parsed[name] = parsed
        return parsed

    def selected(self, name: str, choice: str) -> bool | None:
        """Whether a multichoice answer includes ``choice``; ``None`` if not answered."""
        values = self.choices(name)
        return None if values is None else choice in values

    def date(self, name: str) -> date | None:
        parsed = self._parsed.get(name, _MISSING)
        if parsed is _MISSING:
            if name not in self._facts.dates:
                raise KeyError(name)
            value = self._raw.get(name)
            parsed = value if type(value) is date else None
            if isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "-":
                try:
                    parsed = date.fromisoformat(value)
                except ValueError:
                    parsed = None
            self._parsed[name] = parsed
        return parsed

    def integer(self, name: str) -> int | None:
        parsed = self._parsed.get(name, _MISSING)
        if parsed is _MISSING:
            bounds = self._facts.integers[name]
            number = _number(self._raw.get(name))
            parsed = None
            if number is not None and number == number.to_integral_value():
                parsed = int(number) if _within(number, bounds) else None
            self._parsed[name] = parsed
        return parsed

    def amount(self, name: str) -> Decimal | None:
        parsed = self._parsed.get(name, _MISSING)
        if parsed is _MISSING:
            bounds = self._facts.amounts[name]
            number = _number(self._raw.get(name))
            parsed = number if number is not None and _within(number, bounds) else None
            self._parsed[name] = parsed
        return parsed

    def span(self, name: str) -> Span | None:
        """The period from the date ``name`` to the as-of date; ``None`` if the date is not
        answered or falls after the as-of date."""
        period = self._spans.get(name, _MISSING)
        if period is _MISSING:
            start = self.date(name)
            period = None if start is None or start > self.as_of else span(start, self.as_of)
            self._spans[name] = period
        return period

    def ratio(self, numerator: str, denominator: str) -> float | None:
        """One amount divided by another, for display; ``None`` if either is not answered."""
        key = (numerator, denominator)
        ratio = self._parsed.get(key, _MISSING)
        if ratio is _MISSING:
            top, bottom = self.amount(numerator), self.amount(denominator)
            ratio = None if top is None or bottom is None else float(top) / float(bottom)
            self._parsed[key] = ratio
        return ratio

    def text(self, name: str) -> str | None:
        if name not in self._facts.texts:
            raise KeyError(name)
        value = self._raw.get(name)
        return (value.strip() or None) if isinstance(value, str) else None


def _number(value: Any) -> Decimal | None:
    """An exact decimal from an int, a float or a decimal string; ``None`` otherwise."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        value = repr(value)  # the float's shortest decimal form, not its binary expansion
    if not isinstance(value, str):
        return None
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _within(number: Decimal, bounds: Range) -> bool:
    minimum, maximum = bounds
    return (minimum is None or number >= minimum) and (maximum is None or number <= maximum)
