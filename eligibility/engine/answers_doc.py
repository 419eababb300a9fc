"""``docs/answers.md``, generated from the facts of the answers format (``facts.py``)."""

from collections.abc import Iterable

from eligibility.engine import facts as facts_module
from eligibility.engine.facts import Fact, Kind

_KIND_NAMES = {
    Kind.DATE: "date (ISO, `YYYY-MM-DD`)",
    Kind.INTEGER: "integer",
    Kind.AMOUNT: "amount (number, or decimal string)",
    Kind.CHOICE: "choice (one string)",
    Kind.MULTICHOICE: "multichoice (list of strings)",
    Kind.TEXT: "text",
}


def render(facts: Iterable[Fact] = facts_module.FACTS) -> str:
    lines = [
        "# Answers format",
        "",
        "<!-- Generated from eligibility/engine/facts.py by `python manage.py answers_doc`. "
        "Do not edit by hand. -->",
        "",
        *_paragraphs(facts_module.__doc__ or ""),
        "",
        "A value that cannot be read as its fact's type, or lies outside its allowed values or "
        "range, is treated as not answered. The engine reads no fact that is not listed here.",
        "",
        "| Fact | Type | Allowed values | Unit | Description |",
        "|---|---|---|---|---|",
    ]
    for fact in facts:
        lines.append(
            "| "
            + " | ".join(
                (
                    f"`{fact.name}`",
                    _KIND_NAMES[fact.kind],
                    _allowed(fact),
                    fact.unit,
                    _cell(fact.description),
                )
            )
            + " |"
        )
    return "\n".join(lines) + "\n"


def _paragraphs(docstring: str) -> list[str]:
    """The module docstring, re-flowed: one line per paragraph."""
    paragraphs = [" ".join(block.split()) for block in docstring.strip().split("\n\n")]
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return lines[:-1]


def _allowed(fact: Fact) -> str:
    if fact.choices:
        return ", ".join(f"`{choice}`" for choice in fact.choices)
    bounds = []
    if fact.minimum is not None:
        bounds.append(f"≥ {fact.minimum:g}")
    if fact.maximum is not None:
        bounds.append(f"≤ {fact.maximum:g}")
    return ", ".join(bounds)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
