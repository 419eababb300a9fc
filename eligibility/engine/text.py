"""Translatable messages without Django.

Every user-facing string in the engine is an English source string wrapped in
``gettext_noop`` so that Django's ``makemessages`` extracts it (``gettext_noop`` is one of
xgettext's default keywords). The engine never translates: it returns messages as plain dicts,
``{"text": ..., "params": {...}}``, and the Django side renders them in the active language
(``eligibility.messages.render_message``).

Params are numbers or plain strings, or nested messages where a param needs translating too.
Texts use python %-format named placeholders and never a literal percent sign.
"""

from typing import Any

Message = dict[str, Any]


def gettext_noop(s: str) -> str:
    return s


def message(text: str, **params: Any) -> Message:
    """A message: an English source text (already marked with ``gettext_noop``) and its params."""
    return {"text": text, "params": params}
