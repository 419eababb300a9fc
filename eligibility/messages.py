"""Rendering the engine's messages in the active language (the Django side of the engine).

The engine returns messages as ``{"text": <English source>, "params": {...}}`` (see
``eligibility.engine.text``). ``render_message`` translates the text (with the translations a
stored result carries, else ``gettext``), renders nested messages, formats numbers for the
active language and fills in the params.
"""

import re
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, gettext, pgettext

# The engine passes dates as ISO strings; they are shown in the active language's date format.
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def render_message(msg: dict | str | None) -> str:
    """A message as text in the active language; ``None`` renders as an empty string."""
    if msg is None:
        return ""
    if isinstance(msg, str):
        return msg
    source = msg.get("text") or ""
    if not source:
        return ""
    # A stored result carries the translations of its release: it renders as it was shown.
    translations = msg.get("translations")
    text = translations.get(get_language()) if translations else None
    if text is None:
        text = gettext(source)
    params = msg.get("params")
    if not params:
        return text
    values = {name: _render_param(value) for name, value in params.items()}
    try:
        return text % values
    except (KeyError, ValueError, TypeError):
        # A faulty translation must not break a page: fall back to the English source.
        return source % values


def _render_param(value: Any) -> str:
    if isinstance(value, dict):
        return render_message(value)
    if isinstance(value, list | tuple):
        return text_list([_render_param(item) for item in value])
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return date_format(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    return format_number(value)


def text_list(items: list[str]) -> str:
    """Items as a list in a sentence of the active language: "a, b and c" (Chinese: 甲、乙和丙)."""
    if len(items) < 2:
        return "".join(items)
    separator = pgettext("list separator", ", ")
    last = pgettext("list separator before the last item", " and ")
    return separator.join(items[:-1]) + last + items[-1]


def format_number(value: int | float | Decimal) -> str:
    """A number for the active language, with thousands separators. Whole numbers (counts,
    amounts) have no decimals; other numbers (years, multiples) keep 1 or 2: "1.0 more years"."""
    if isinstance(value, int):
        return number_format(value, force_grouping=True)
    rounded = round(float(value), 2)
    decimals = 1 if round(rounded, 1) == rounded else 2
    return number_format(rounded, decimal_pos=decimals, force_grouping=True)
