import json
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from eligibility.engine import RULE_SETS, evaluate
from eligibility.messages import render_message

BAD_INPUT = 2


class Command(BaseCommand):
    help = (
        "Evaluate a JSON object of answers (see docs/answers.md) under the rules in force, the "
        "2020 draft, or both, and print each full result as JSON (see docs/result.md), keyed by "
        "rule set. Each message also gets its text rendered in --lang."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A JSON file of answers, or - to read standard input.")
        parser.add_argument(
            "--rule-set",
            default="all",
            choices=[*RULE_SETS, "all"],
            help="The rule set to apply, or all of them, the rules in force first (default: all).",
        )
        parser.add_argument(
            "--lang",
            default="en",
            choices=[code for code, _ in settings.LANGUAGES],
            help='Language of the "rendered" text added to each message (default: en).',
        )

    def handle(self, *args, file: str, rule_set: str, lang: str, **options):
        answers = _read_answers(file)
        rule_sets = list(RULE_SETS) if rule_set == "all" else [rule_set]
        # A private copy through JSON: the snapshot shares its constant parts between results,
        # and rendering adds keys to it.
        results = json.loads(json.dumps({id: evaluate(answers, id).to_dict() for id in rule_sets}))
        with translation.override(lang):
            _add_rendered(results)
        self.stdout.write(json.dumps(results, indent=2, ensure_ascii=False))


def _read_answers(file: str) -> dict[str, Any]:
    name = "standard input" if file == "-" else file
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"Cannot read {name}: {error}", returncode=BAD_INPUT) from None
    try:
        answers = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(f"{name} is not valid JSON: {error}", returncode=BAD_INPUT) from None
    if not isinstance(answers, dict):
        raise CommandError(
            f"{name} must hold a JSON object of answers, not {type(answers).__name__}",
            returncode=BAD_INPUT,
        )
    return answers


def _add_rendered(value: Any) -> None:
    """Add a "rendered" text to every message in a snapshot, in the active language."""
    if isinstance(value, dict):
        if isinstance(value.get("text"), str) and isinstance(value.get("params"), dict):
            value["rendered"] = render_message(value)
            return
        for item in value.values():
            _add_rendered(item)
    elif isinstance(value, list):
        for item in value:
            _add_rendered(item)
