"""The questionnaire's boxes, written in Python.

Django renders each box, radio button and option through three nested templates (input,
attributes, option), a template lookup and a render each; that was most of a question page's
time. ``QuestionRenderer`` writes the HTML of Django's input templates directly, and
``CountrySelect`` writes the list of countries once per language, so that a page only marks the
selected one. The HTML is the same as the templates' (tests/questionnaire/test_widgets.py).
"""

from collections.abc import Callable
from typing import Any

from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

Widget = dict[str, Any]  # a widget's context: its type, name, value and attributes


def escape(value: Any) -> str:
    """A value as the templates write it: ``{{ value|stringformat:'s' }}``."""
    return conditional_escape(str(value))


def attributes(attrs: dict[str, Any]) -> str:
    """The attributes as django/forms/widgets/attrs.html writes them: ``True`` as the bare
    name, ``False`` left out."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def input_tag(widget: Widget) -> SafeString:
    """What django/forms/widgets/input.html writes."""
    value = widget["value"]
    value_attribute = "" if value is None else f' value="{escape(value)}"'
    return mark_safe(
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{value_attribute}'
        f"{attributes(widget['attrs'])}>"
    )


def option_input_tag(widget: Widget) -> SafeString:
    """What django/forms/widgets/input_option.html writes for a radio button or a checkbox of
    a list whose labels the page writes itself (``wrap_label`` false)."""
    if widget.get("wrap_label"):
        raise ValueError("Options with wrapped labels are written by Django's templates.")
    return input_tag(widget)


# Django's templates whose HTML is written here, and how.
WRITERS: dict[str, Callable[[Widget], SafeString]] = {
    "django/forms/widgets/text.html": input_tag,
    "django/forms/widgets/email.html": input_tag,
    "django/forms/widgets/hidden.html": input_tag,
    "django/forms/widgets/checkbox.html": input_tag,
    "django/forms/widgets/input.html": input_tag,
    "django/forms/widgets/radio_option.html": option_input_tag,
    "django/forms/widgets/checkbox_option.html": option_input_tag,
}


class QuestionRenderer(DjangoTemplates):
    """Django's form renderer, but for the input templates in ``WRITERS``."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        write = WRITERS.get(template_name)
        if write is None:
            return super().render(template_name, context, request)
        return write(context["widget"])


class CountrySelect(forms.Select):
    """A list of countries, written once per language (the names and their order depend on
    it): a page adds ``selected`` to the answer's option. As django/forms/widgets/select.html
    writes it."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs)
        self.options_by_language: dict[str, list[tuple[str, str]]] = {}

    def __deepcopy__(self, memo: dict[int, Any]) -> "CountrySelect":
        copy = super().__deepcopy__(memo)
        copy.options_by_language = self.options_by_language  # shared by every form's copy
        return copy

    def options(self) -> list[tuple[str, str]]:
        """Each option's value and its HTML (unselected), in the active language."""
        language = get_language()
        options = self.options_by_language.get(language)
        if options is None:
            options = [
                (str(value), f'<option value="{escape(value)}">{escape(label)}</option>')
                for value, label in self.choices
            ]
            self.options_by_language[language] = options
        return options

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        selected = self.format_value(value)
        chosen = selected[0] if selected else None
        attrs = self.build_attrs(self.attrs, attrs)
        parts = [f'<select name="{escape(name)}"{attributes(attrs)}>']
        for option_value, html in self.options():
            if option_value == chosen:
                html = html.replace(">", " selected>", 1)
                chosen = None  # only the first option with the value, as Django does
            parts.append(f"\n  {html}\n")
        parts.append("\n</select>")
        return mark_safe("".join(parts))


class SharedRenderings:
    """Renderings of forms that are the same for every applicant who sees them, kept by each
    process: at most ``size``, all forgotten when it is reached (a form as first shown, before
    any answer, is the same for everyone in a language; so is one whose answers are choices)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.kept: dict[tuple[Any, ...], SafeString] = {}

    def get(self, key: tuple[Any, ...]) -> SafeString | None:
        return self.kept.get(key)

    def keep(self, key: tuple[Any, ...], html: SafeString) -> None:
        if len(self.kept) >= self.size:
            self.kept.clear()
        self.kept[key] = html


SHARED_RENDERINGS = SharedRenderings(size=2000)
