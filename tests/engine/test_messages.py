"""Rendering engine messages in the active language (``eligibility.messages``)."""

from django.template import Context, Template
from django.utils import translation

from eligibility.messages import format_number, render_message


def test_it_fills_params_with_numbers_formatted_for_the_language() -> None:
    message = {
        "text": "You have invested RMB %(given)s of the RMB %(required)s required.",
        "params": {"given": 8000000, "required": 10000000},
    }
    with translation.override("en"):
        assert render_message(message) == (
            "You have invested RMB 8,000,000 of the RMB 10,000,000 required."
        )


def test_years_and_multiples_keep_one_or_two_decimals() -> None:
    with translation.override("en"):
        assert [format_number(value) for value in (1.0, 2.5, 4.16, 5.999, 1460)] == [
            "1.0",
            "2.5",
            "4.16",
            "6.0",
            "1,460",
        ]


def test_it_renders_nested_messages() -> None:
    message = {
        "text": "You would meet the known conditions if recommended by %(by)s.",
        "params": {"by": {"text": "the competent authority", "params": {}}},
    }
    with translation.override("en"):
        assert render_message(message) == (
            "You would meet the known conditions if recommended by the competent authority."
        )


def test_nothing_renders_as_empty_text() -> None:
    assert render_message(None) == ""
    assert render_message({"text": "", "params": {}}) == ""


def test_the_template_filter_renders_a_message() -> None:
    template = Template("{% load residency_messages %}{{ msg|message }}")
    message = {"text": "More days of actual stay in China: %(missing)s.", "params": {"missing": 1}}
    with translation.override("en"):
        assert template.render(Context({"msg": message})) == (
            "More days of actual stay in China: 1."
        )
