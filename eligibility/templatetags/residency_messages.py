"""``{% load residency_messages %}{{ msg|message }}``: an engine message in the active language."""

from django import template

from eligibility.messages import render_message

register = template.Library()


@register.filter(name="message")
def message(value: dict | str | None) -> str:
    return render_message(value)
