"""Form fields for questions: how each answer is validated, stored in the answers and shown.

Every field here stores its value in the answers under its own name, in the format of
``eligibility/engine/facts.py``: dates as ISO strings, amounts and counts as numbers, choices as
strings, several choices as a list of strings. Dates and numbers are read the way people write
them, in either language, and shown back in the active language's format.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import Promise
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext_lazy as _

from eligibility.widgets import CountrySelect

Text = str | Promise
Choices = Sequence[tuple[str, Text]]

YES_NO: Choices = (("yes", _("Yes")), ("no", _("No")))
YES_NO_DONT_KNOW: Choices = (*YES_NO, ("dont_know", _("I don't know")))
RECOMMENDATION: Choices = (
    ("obtained", _("Yes, I have been recommended")),
    # The facts have no "don't know" here: without knowing of a recommendation, it is not yet given.
    ("not_yet", _("No, not yet, or I don't know")),
)
NONE = "none"  # a "None of these" choice, stored as an empty list
# Control characters (but tab and line breaks), and the invisible bidirectional controls that can
# make stored text read differently from what it holds (in the admin, in a CSV export).
UNSAFE_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
LINE_BREAKS = re.compile("\r\n?|[\n\u2028\u2029\u0085]")


def plain_text(value: str, multiline: bool = False) -> str:
    """The text without control or bidirectional formatting characters; on one line unless
    ``multiline`` (then line breaks become \\n)."""
    value = LINE_BREAKS.sub("\n" if multiline else " ", value).replace("\t", " ")
    return UNSAFE_CHARACTERS.sub("", value)


class PlainTextField(forms.CharField):
    """A text box whose value is stored as plain text (``plain_text``), then stripped."""

    def to_python(self, value: Any) -> str:
        text = super().to_python(value)
        return plain_text(text, isinstance(self.widget, forms.Textarea)).strip()


class PlainEmailField(forms.EmailField):
    def to_python(self, value: Any) -> str:
        return plain_text(super().to_python(value)).strip()


def typed(text: str) -> str:
    """What was typed, with full-width digits, punctuation and spaces made plain ("３５万" is
    "35万"), the minus sign made a hyphen, in lower case and without spaces around it."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").lower().strip()


class QuestionField:
    """A form field whose value is one answer. Subclasses convert to and from the answers."""

    def to_answer(self, value: Any) -> Any:
        return value

    def from_answer(self, answer: Any) -> Any:
        return answer

    def display(self, answer: Any) -> list[str]:
        """The answer in words, one line per item, for Check your answers."""
        return [str(answer)]


class ChoiceQuestion(QuestionField, forms.ChoiceField):
    """Radios. A value not in the choices (a tampered form) gets the same message as none."""

    def __init__(self, *, choices: Choices, error: Text, **kwargs: Any) -> None:
        super().__init__(
            widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
            choices=choices,
            error_messages={"required": error, "invalid_choice": error},
            **kwargs,
        )

    def display(self, answer: Any) -> list[str]:
        return [str(dict(self.choices).get(answer, answer))]


class MultipleChoiceQuestion(QuestionField, forms.MultipleChoiceField):
    """Checkboxes, optionally with a "None of these" box that is stored as an empty list."""

    def __init__(
        self,
        *,
        choices: Choices,
        error: Text,
        none_label: Text = "",
        none_and_other_error: Text = "",
        **kwargs: Any,
    ) -> None:
        self.none_label = none_label
        self.none_and_other_error = none_and_other_error
        if none_label:
            choices = (*choices, (NONE, none_label))
        super().__init__(
            widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
            choices=choices,
            error_messages={"required": error, "invalid_choice": error},
            **kwargs,
        )

    def clean(self, value: Any) -> list[str]:
        selected = super().clean(value)
        if NONE in selected:
            if len(selected) > 1:
                raise ValidationError(self.none_and_other_error, code="none_and_other")
            return []
        return selected

    def from_answer(self, answer: Any) -> Any:
        return answer or [NONE]

    def display(self, answer: Any) -> list[str]:
        labels = dict(self.choices)
        return [str(labels.get(value, value)) for value in answer] or [str(self.none_label)]


# --- Dates --------------------------------------------------------------------------------------

DATE_PARTS = ("day", "month", "year")
# Languages that write the year first: 1985年3月27日.
YEAR_FIRST = {"zh"}
DATE_PART_LABELS = {"day": _("Day"), "month": _("Month"), "year": _("Year")}
# What a part is called when it is missing: "Date of birth must include a month".
MISSING_PART = {"day": _("a day"), "month": _("a month"), "year": _("a year")}
# What people type after a number in a box: 1985年, 3月, 27日 (or 27号).
DATE_PART_UNITS = {"day": ("日", "号"), "month": ("月",), "year": ("年",)}
CONFIRMED = "confirmed"  # the hidden part: the date the applicant confirmed


def writes_year_first() -> bool:
    return (get_language() or "").split("-")[0] in YEAR_FIRST


def date_parts_in_order() -> tuple[str, ...]:
    """The parts of a date in the order the active language writes them."""
    return tuple(reversed(DATE_PARTS)) if writes_year_first() else DATE_PARTS


def age_on(born: date, day: date) -> int:
    """Whole years from ``born`` to ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class DatePartsWidget(forms.MultiWidget):
    """Day, month and year boxes, as in the GOV.UK date input, in the order the language writes
    a date: 年 月 日 in Chinese, each box labelled. The boxes' ids follow that order (``_0`` is
    the first box), their names do not (``date_of_birth_year``).

    With ``confirm_younger_than``, a hidden part carries the date that was shown, so that a date
    that needs confirming is accepted when it is sent again unchanged (see ``DateQuestion``).
    """

    template_name = "eligibility/widgets/date_parts.html"
    use_fieldset = True

    def __init__(self, autocomplete: str = "", confirm_younger_than: int | None = None) -> None:
        self.confirm_younger_than = confirm_younger_than

        def box(part: str) -> forms.TextInput:
            attrs = {"inputmode": "numeric", "spellcheck": "false", "class": "form-control"}
            attrs["class"] += f" date-part-{part}"
            if autocomplete:
                attrs["autocomplete"] = f"{autocomplete}-{part}"
            return forms.TextInput(attrs=attrs)

        widgets: dict[str, forms.Widget] = {part: box(part) for part in DATE_PARTS}
        widgets[CONFIRMED] = forms.HiddenInput()
        super().__init__(widgets=widgets)

    def decompress(self, value: date | None) -> list[Any]:
        if value is None:
            return [None, None, None, None]
        return [value.day, value.month, value.year, None]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        parts = value if isinstance(value, list | tuple) else self.decompress(value)
        context = super().get_context(name, parts, attrs)
        widget = context["widget"]
        boxes = dict(zip((*DATE_PARTS, CONFIRMED), widget["subwidgets"], strict=True))
        order = date_parts_in_order()
        for position, part in enumerate(order):
            if "id" in widget["attrs"]:
                boxes[part]["attrs"]["id"] = f"{widget['attrs']['id']}_{position}"
            boxes[part]["label"] = DATE_PART_LABELS[part]
        shown = read_date(parts)
        hidden = boxes[CONFIRMED]
        hidden["attrs"] = {}  # no id, and nothing to describe: it is never seen
        hidden["value"] = shown.isoformat() if shown and self.needs_confirming(shown) else ""
        widget["subwidgets"] = [boxes[part] for part in order]
        widget["hidden"] = hidden if self.confirm_younger_than is not None else None
        widget["label_after"] = writes_year_first()
        return context

    def needs_confirming(self, born: date) -> bool:
        limit = self.confirm_younger_than
        return limit is not None and age_on(born, timezone.localdate()) < limit


def typed_date_part(part: str, text: Any) -> str:
    """What was typed in a date box, without the unit a Chinese writer may add (1985年)."""
    text = typed(str(text if text is not None else ""))
    for unit in DATE_PART_UNITS[part]:
        text = text.removesuffix(unit).rstrip()
    return text


def read_date(parts: Any) -> date | None:
    """The date in the boxes (day, month, year), or None if they do not hold a full one."""
    if not isinstance(parts, list | tuple) or len(parts) < 3:
        return None
    day, month, year = (
        typed_date_part(part, text) for part, text in zip(DATE_PARTS, parts[:3], strict=True)
    )
    if not (re.fullmatch(r"[0-9]{1,2}", day) and re.fullmatch(r"[0-9]{1,2}", month)):
        return None
    if not re.fullmatch(r"[0-9]{4}", year):
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


class DateQuestion(QuestionField, forms.Field):
    """A date in the past, typed in three boxes.

    ``errors`` needs the keys required, invalid, future and too_early (which may use
    ``%(earliest)s``); incomplete (with ``%(missing)s``), year_in_full and confirm_under_one
    have general messages that a question may replace. Today is accepted unless
    ``allow_today`` is False. With ``confirm_younger_than``, a date of birth that makes the
    applicant younger than that many years is accepted only once confirmed: sent again as shown.
    """

    default_error_messages = {
        "incomplete": _("The date must include %(missing)s"),
        "year_in_full": _("Enter the year in full, for example %(year)s"),
        "confirm_under_one": _(
            "Check the year: with this date of birth you are less than 1 year old. If it is "
            "right, for example because you are answering for a baby, select Continue."
        ),
    }

    def __init__(
        self,
        *,
        errors: dict[str, Text],
        earliest: date,
        allow_today: bool = True,
        autocomplete: str = "",
        confirm_younger_than: int | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault(
            "widget",
            DatePartsWidget(autocomplete=autocomplete, confirm_younger_than=confirm_younger_than),
        )
        super().__init__(error_messages=errors, **kwargs)
        self.earliest = earliest
        self.allow_today = allow_today

    def clean(self, value: Any) -> date | None:
        if not isinstance(value, list | tuple):
            value = ()
        values = dict(zip((*DATE_PARTS, CONFIRMED), value, strict=False))
        parts = {part: typed_date_part(part, values.get(part)) for part in DATE_PARTS}
        if not any(parts.values()):
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return None
        missing = [part for part in date_parts_in_order() if not parts[part]]
        if missing:
            raise ValidationError(
                self.error_messages["incomplete"],
                code="incomplete",
                params={"missing": missing_parts(missing)},
            )
        if not all(re.fullmatch(r"[0-9]{1,4}", text) for text in parts.values()):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if not (1 <= int(parts["day"]) <= 31 and 1 <= int(parts["month"]) <= 12):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if len(parts["year"]) < 4:
            raise ValidationError(
                self.error_messages["year_in_full"],
                code="year_in_full",
                params={"year": full_year_example(parts["year"])},
            )
        try:
            result = date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        today = timezone.localdate()
        if result > today or (result == today and not self.allow_today):
            raise ValidationError(self.error_messages["future"], code="future")
        if result < self.earliest:
            raise ValidationError(
                self.error_messages["too_early"],
                code="too_early",
                params={"earliest": date_format(self.earliest)},
            )
        if self.widget.needs_confirming(result) and values.get(CONFIRMED) != result.isoformat():
            raise self.confirmation_error(age_on(result, today))
        return result

    def confirmation_error(self, age: int) -> ValidationError:
        if age < 1:
            return ValidationError(self.error_messages["confirm_under_one"], code="confirm_age")
        message = ngettext(
            "Check the year: with this date of birth you are %(age)s year old. If it is right, "
            "for example because you are answering for a child, select Continue.",
            "Check the year: with this date of birth you are %(age)s years old. If it is right, "
            "for example because you are answering for a child, select Continue.",
            age,
        )
        return ValidationError(message, code="confirm_age", params={"age": age})

    def to_answer(self, value: date) -> str:
        return value.isoformat()

    def from_answer(self, answer: Any) -> date:
        return date.fromisoformat(answer)

    def display(self, answer: Any) -> list[str]:
        return [date_format(date.fromisoformat(answer))]


def missing_parts(parts: list[str]) -> str:
    """The missing parts in words: "a month", "a day and a month"."""
    words = [str(MISSING_PART[part]) for part in parts]
    if len(words) == 1:
        return words[0]
    return pgettext("two parts of a date", "%(first)s and %(second)s") % {
        "first": words[0],
        "second": words[1],
    }


def full_year_example(digits: str) -> str:
    """The year a short year most likely means, as an example: "90" is 1990, "05" is 2005."""
    if len(digits) > 2:
        return "1990"
    this_year = timezone.localdate().year
    year = this_year - this_year % 100 + int(digits)
    return str(year if year <= this_year else year - 100)


# --- Numbers and amounts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Currency:
    """A currency an amount question asks in: its code is the unit of the fact in
    ``eligibility/engine/facts.py``; ``markers`` are what people write before or after an
    amount in it (after ``typed``: lower case, half-width)."""

    code: str
    name: Text  # in messages: "Enter the amount in RMB"
    amount: Text  # an amount in words, with %(amount)s
    markers: frozenset[str]


RMB = Currency(
    "RMB",
    _("RMB"),
    _("RMB %(amount)s"),
    frozenset({"¥", "rmb", "cny", "人民币", "元", "块", "yuan"}),
)
USD = Currency(
    "USD",
    _("US dollars"),
    _("USD %(amount)s"),
    frozenset({"$", "us$", "usd", "美元", "美金", "dollar", "dollars"}),
)
CURRENCIES = (RMB, USD)
# Other currencies people may write: refused with "enter the amount in RMB", not as "not a number".
OTHER_CURRENCY_MARKERS = frozenset(
    {"€", "£", "eur", "euro", "euros", "gbp", "jpy", "hkd", "hk$"}
    | {"欧元", "英镑", "日元", "港币", "港元"}
)
MONEY = OTHER_CURRENCY_MARKERS.union(*(currency.markers for currency in CURRENCIES))
MULTIPLIERS = {
    "千": 1_000,
    "万": 10_000,
    "萬": 10_000,
    "亿": 100_000_000,
    "億": 100_000_000,
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}
NUMBER = re.compile(r"(?P<whole>[0-9][0-9,' ]*)(?:\.(?P<fraction>[0-9]+))?")
GROUP_SEPARATORS = ",' "
# Thousands grouped by three (1,200,000), or the Indian way (12,00,000).
THOUSANDS = re.compile(r"[0-9]{1,3}(?:S[0-9]{3})+")
LAKHS = re.compile(r"[0-9]{1,2}(?:S[0-9]{2})*S[0-9]{3}")


class UnreadableNumber(Exception):
    """What was typed is not a number this question accepts; ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class NumberQuestion(QuestionField, forms.CharField):
    """A number typed as text, read as people write it: "350,000", "350 000", "１２０，０００",
    "¥350,000", "RMB 120,000", "120,000元", "35万", "1.2万", "1.5 million"; with ``currency``
    None, a plain number. What was typed is kept on the page.

    ``errors`` needs the keys required, invalid, minimum and maximum (which may use
    ``%(minimum)s`` and ``%(maximum)s``, the bounds in words); grouping (a comma out of place,
    as in "1,2,3") and wrong_currency (another currency's sign) have general messages.
    """

    decimal_places = 2
    multipliers = MULTIPLIERS
    unit_words: frozenset[str] = frozenset()
    default_error_messages = {
        "grouping": _(
            "Put commas only between thousands, for example 1,200,000, or leave them out. "
            "Use a full stop only before decimals"
        ),
        "wrong_currency": _("Enter the amount in %(currency)s: convert other currencies first"),
    }

    def __init__(
        self,
        *,
        errors: dict[str, Text],
        minimum: Decimal,
        maximum: Decimal,
        currency: Currency | None = RMB,
        absent_display: Text = "",
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"})
        )
        super().__init__(error_messages=errors, **kwargs)
        self.minimum = minimum
        self.maximum = maximum
        self.currency = currency
        self.absent_display = absent_display

    def clean(self, value: Any) -> Decimal | None:
        text = super().clean(value)
        if not text:
            return None
        try:
            number = self.read(typed(text))
        except UnreadableNumber as unreadable:
            raise ValidationError(
                self.error_messages[unreadable.code],
                code=unreadable.code,
                params={"currency": self.currency.name if self.currency else ""},
            ) from None
        if number < self.minimum:
            raise self.bound_error("minimum")
        if number > self.maximum:
            raise self.bound_error("maximum")
        return number

    def read(self, text: str) -> Decimal:
        """The number in ``text`` (already ``typed``): signs, currency and unit words around it
        are read and taken off, then a multiplier (万, k, million), then the digits."""
        markers = self.unit_words | (self.currency.markers if self.currency else frozenset())
        text, negative, found = strip_markers(text, sorted(markers | MONEY, key=len, reverse=True))
        if found - markers:
            raise UnreadableNumber("wrong_currency" if self.currency else "invalid")
        multiplier = 1
        for word in sorted(self.multipliers, key=len, reverse=True):
            if text.endswith(word) and text[: -len(word)].rstrip()[-1:].isdigit():
                multiplier = self.multipliers[word]
                text = text[: -len(word)].rstrip()
                break
        number, decimals = read_digits(text, has_multiplier=multiplier != 1)
        if decimals - (len(str(multiplier)) - 1) > self.decimal_places:
            raise UnreadableNumber("invalid")
        number *= multiplier
        return -number if negative else number

    def bound_error(self, code: str) -> ValidationError:
        params = {"minimum": self.in_words(self.minimum), "maximum": self.in_words(self.maximum)}
        return ValidationError(self.error_messages[code], code=code, params=params)

    def to_answer(self, value: Decimal) -> int | float:
        return int(value) if value == value.to_integral_value() else float(value)

    def from_answer(self, answer: Any) -> str:
        return grouped(answer)

    def in_words(self, number: Any) -> str:
        """The number as the active language writes it: "RMB 350,000", "人民币 350,000 元"."""
        if self.currency is None:
            return grouped(number)
        return str(self.currency.amount) % {"amount": grouped(number)}

    def display(self, answer: Any) -> list[str]:
        return [self.in_words(answer)]


def grouped(number: Any) -> str:
    """A number with thousands separators, and with cents only if it has any."""
    decimals = 0 if Decimal(str(number)) == int(Decimal(str(number))) else 2
    return number_format(number, decimal_pos=decimals, force_grouping=True)


def strip_markers(text: str, markers: list[str]) -> tuple[str, bool, set[str]]:
    """``text`` without the signs and words around its number: (rest, negative, words found)."""
    negative = False
    found: set[str] = set()
    changed = True
    while changed and text:
        changed = False
        if text.startswith(("-", "+")):
            negative = negative or text[0] == "-"
            text, changed = text[1:].lstrip(), True
        for marker in markers:
            if text.startswith(marker):
                found.add(marker)
                text, changed = text[len(marker) :].lstrip(), True
                break
            if text.endswith(marker):
                found.add(marker)
                text, changed = text[: -len(marker)].rstrip(), True
                break
    return text, negative, found


def read_digits(text: str, has_multiplier: bool) -> tuple[Decimal, int]:
    """Digits, grouped by thousands or not, with an optional decimal part: the number and its
    number of decimals."""
    match = NUMBER.fullmatch(text)
    if not match:
        if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", text):
            raise UnreadableNumber("grouping")  # 1.200.000: full stops between thousands
        raise UnreadableNumber("invalid")
    whole, fraction = match["whole"], match["fraction"]
    separators = {character for character in whole if character in GROUP_SEPARATORS}
    if len(separators) > 1:
        raise UnreadableNumber("grouping")
    if separators:
        pattern = whole.replace(separators.pop(), "S")
        if not (THOUSANDS.fullmatch(pattern) or LAKHS.fullmatch(pattern)):
            raise UnreadableNumber("grouping")
    if fraction is not None and len(fraction) == 3 and not has_multiplier and whole != "0":
        raise UnreadableNumber("grouping")  # 350.000: thousands, or three decimals?
    digits = re.sub(f"[{GROUP_SEPARATORS}]", "", whole)
    try:
        return Decimal(f"{digits}.{fraction}" if fraction else digits), len(fraction or "")
    except InvalidOperation:
        raise UnreadableNumber("invalid") from None


class DaysQuestion(NumberQuestion):
    """A whole number of days: "900", "1,200" or "900天"."""

    decimal_places = 0
    multipliers: dict[str, int] = {}
    unit_words = frozenset({"天", "日", "day", "days"})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"})
        )
        super().__init__(currency=None, **kwargs)

    def in_words(self, number: Any) -> str:
        count = grouped(number)
        return ngettext("%(count)s day", "%(count)s days", int(number)) % {"count": count}


class TextQuestion(QuestionField, PlainTextField):
    """Free text. ``errors`` needs the keys required and max_length."""

    def __init__(self, *, errors: dict[str, Text], **kwargs: Any) -> None:
        super().__init__(error_messages=errors, **kwargs)


class CountryQuestion(QuestionField, forms.ChoiceField):
    """A country, chosen from a list named in the reader's language; stored as its ISO 3166-1
    alpha-2 code. An answer saved as text before the question offered countries is shown as
    it was written."""

    def __init__(self, *, countries: Any, prompt: Text, error: Text, **kwargs: Any) -> None:
        self.countries = countries
        super().__init__(
            widget=CountrySelect(attrs={"class": "form-select"}),
            choices=lambda: [("", prompt), *countries],
            error_messages={"required": error, "invalid_choice": error},
            **kwargs,
        )

    def display(self, answer: Any) -> list[str]:
        return [str(self.countries.name(answer) or answer)]
