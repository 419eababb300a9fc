"""Form fields for questions: how each answer is validated, stored in the answers and shown.

Every field here stores its value in the answers under its own name, in the format of
``eligibility/engine/facts.py``: dates as ISO strings, amounts and counts as numbers, choices as
strings, several choices as a list of strings.
"""

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

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
DIGITS = re.compile(r"[0-9]{1,4}")
AMOUNT = re.compile(r"[0-9]+(\.[0-9]{1,2})?")
MAX_AMOUNT = Decimal(10) ** 12


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


class DatePartsWidget(forms.MultiWidget):
    """Day, month and year boxes, as in the GOV.UK date input. Works on every browser."""

    template_name = "eligibility/widgets/date_parts.html"
    use_fieldset = True

    def __init__(self) -> None:
        def part(size: str) -> forms.TextInput:
            return forms.TextInput(
                attrs={"inputmode": "numeric", "class": f"form-control date-part-{size}"}
            )

        super().__init__(widgets={"day": part("2"), "month": part("2"), "year": part("4")})

    def decompress(self, value: date | None) -> list[Any]:
        if value is None:
            return [None, None, None]
        return [value.day, value.month, value.year]


class DateQuestion(QuestionField, forms.Field):
    """A date in the past. ``errors`` needs the keys required, invalid, future and too_early."""

    widget = DatePartsWidget

    def __init__(self, *, errors: dict[str, Text], earliest: date, **kwargs: Any) -> None:
        super().__init__(error_messages=errors, **kwargs)
        self.earliest = earliest

    def clean(self, value: Any) -> date | None:
        parts = [str(part or "").strip() for part in value or ()]
        if not any(parts):
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return None
        if len(parts) != 3 or not all(DIGITS.fullmatch(part) for part in parts):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        day, month, year = (int(part) for part in parts)
        try:
            result = date(year, month, day)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        if result > timezone.localdate():
            raise ValidationError(self.error_messages["future"], code="future")
        if result < self.earliest:
            raise ValidationError(self.error_messages["too_early"], code="too_early")
        return result

    def to_answer(self, value: date) -> str:
        return value.isoformat()

    def from_answer(self, answer: Any) -> date:
        return date.fromisoformat(answer)

    def display(self, answer: Any) -> list[str]:
        return [date_format(date.fromisoformat(answer))]


class NumberQuestion(QuestionField, forms.CharField):
    """A number typed as text: "1,200,000" and "1 200 000" are accepted, what was typed is kept.

    ``errors`` needs the keys required, invalid, minimum and maximum.
    """

    pattern = AMOUNT

    def __init__(
        self,
        *,
        errors: dict[str, Text],
        minimum: Decimal,
        maximum: Decimal,
        absent_display: Text = "",
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(error_messages=errors, **kwargs)
        self.minimum = minimum
        self.maximum = maximum
        self.absent_display = absent_display

    def clean(self, value: Any) -> Decimal | None:
        text = super().clean(value)
        if not text:
            return None
        text = re.sub(r"[,\s]", "", text)
        negative = text.startswith("-")
        if not self.pattern.fullmatch(text.removeprefix("-")):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        number = Decimal(text)
        if negative or number < self.minimum:
            raise ValidationError(self.error_messages["minimum"], code="minimum")
        if number > self.maximum:
            raise ValidationError(self.error_messages["maximum"], code="maximum")
        return number

    def to_answer(self, value: Decimal) -> int | float:
        return int(value) if value == value.to_integral_value() else float(value)

    def from_answer(self, answer: Any) -> str:
        return f"{answer:,}"

    def display(self, answer: Any) -> list[str]:
        return [str(_("RMB %(amount)s") % {"amount": number_format(answer, force_grouping=True)})]


class DaysQuestion(NumberQuestion):
    """A whole number of days."""

    pattern = re.compile(r"[0-9]+")

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric"}))
        super().__init__(**kwargs)

    def display(self, answer: Any) -> list[str]:
        count = number_format(answer, force_grouping=True)
        return [ngettext("%(count)s day", "%(count)s days", answer) % {"count": count}]


class TextQuestion(QuestionField, forms.CharField):
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
            widget=forms.Select(attrs={"class": "form-select"}),
            choices=lambda: [("", prompt), *countries],
            error_messages={"required": error, "invalid_choice": error},
            **kwargs,
        )

    def display(self, answer: Any) -> list[str]:
        return [str(self.countries.name(answer) or answer)]
