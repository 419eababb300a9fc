"""Published releases of the rule sets: everything constant that a stored record refers to.

A release is a JSON file, ``published/<rule set>/<release>.json``, written by ``manage.py
publish_rule_sets`` and never changed once published. It holds the rule set's description, each
route and condition as declared, the documents, procedure and duty after grant, the labels, and
the table of every message text the engine can give, with its translations. Records name their
release (``record.to_record``), so a stored result renders with the texts it was made with after
the rules change: a change to any text is a new release, and old releases stay on disk.
"""

import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from eligibility.engine import labels
from eligibility.engine.model import Condition, Route, RuleSet
from eligibility.engine.result import AS_OF_ASSUMED

PUBLISHED = Path(__file__).parent / "rulesets" / "published"
Translate = Callable[[str], dict[str, str]]


class UnknownRelease(LookupError):
    pass


def path(rule_set: str, release: str) -> Path:
    return PUBLISHED / rule_set / f"{release}.json"


@cache
def load(rule_set: str, release: str) -> dict:
    try:
        text = path(rule_set, release).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UnknownRelease(f"{rule_set} {release}") from None
    return json.loads(text)


def _condition(condition: Condition, route_citation) -> dict:
    return {
        "id": condition.id,
        "label": condition.label,
        "kind": condition.kind.value,
        "citation": (condition.citation or route_citation).snapshot,
        "readings": condition.readings_snapshot,
    }


def _route(route: Route, conditions: tuple[Condition, ...]) -> dict:
    return {
        **route.snapshot,
        "conditions": [_condition(condition, route.citation) for condition in conditions],
        "notes": route.notes,
    }


def build(rules: RuleSet, texts: Iterable[str], translate: Translate) -> dict:
    """A release of ``rules``: its constant parts, and the table of ``texts`` (every message
    text the engine can give) with what ``translate`` gives for each, by language."""
    # A message is stored as its text's position in this table.
    table = [
        {"en": text, "translations": translate(text)} for text in sorted({*texts, AS_OF_ASSUMED})
    ]
    general = rules.general
    catalogue = {
        "rule_set": rules.snapshot,
        "general": {
            "citation": general.citation.snapshot,
            "confidence": general.confidence.value,
            "text_zh": general.text_zh,
            "text_en": general.text_en,
            "conditions": [_condition(c, general.citation) for c in general.conditions],
        },
        "routes": [_route(route, route.conditions) for route in rules.routes],
        "risks": [
            {"id": rule.id, "grounds": rule.grounds, "citation": rule.citation.snapshot}
            for rule in rules.risks
        ],
        "refusal_grounds": rules.refusal_grounds,
        "accompanying_family": [
            {"route": _route(family.route, family.checked), "conditions": None}
            for family in rules.accompanying_family
        ],
        "general_documents": rules.general_documents,
        "duty_after_grant": rules.duty_after_grant,
        "procedure": rules.procedure,
        "labels": labels.ALL,
        "messages": table,
    }
    for family in catalogue["accompanying_family"]:
        family["conditions"] = family["route"]["conditions"]
    # Through JSON, as it is stored: tuples become lists, enums their values.
    return json.loads(json.dumps(catalogue, ensure_ascii=False))


def engine_texts() -> set[str]:
    """Every message text the engine declares (the literals marked with ``gettext_noop``)."""
    import ast

    texts = set()
    for source in Path(__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "gettext_noop":
                texts.add(node.args[0].value)
    return texts
