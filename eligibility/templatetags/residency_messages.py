"""``{% load residency_messages %}{{ msg|message }}``: an engine message in the active language;
``{{ labels|message_for:code }}``: the message a result's labels give for a code."""

from django import template
from django.utils.translation import pgettext

from eligibility.messages import render_message

register = template.Library()


@register.filter(name="message")
def message(value: dict | str | None) -> str:
    return render_message(value)


@register.filter
def message_for(labels: dict | None, code: str) -> str:
    return render_message((labels or {}).get(code))


@register.filter
def titles_or(routes: list) -> str:
    """The titles of routes (``RouteView``), quoted, as alternatives in a sentence of the active
    language: "“A”, “B” or “C”" (Chinese quotes titles with the same marks)."""
    titles = [f"“{render_message(route.route['title'])}”" for route in routes]
    if len(titles) < 2:
        return "".join(titles)
    separator = pgettext("list separator", ", ")
    last = pgettext("list separator before the last alternative", " or ")
    return separator.join(titles[:-1]) + last + titles[-1]
