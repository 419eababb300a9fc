"""Engine-wide checks over every rule set: readings, facts, messages, snapshots, no Django."""

import ast
import json
import re
import subprocess
import sys
import tokenize
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from eligibility.engine import RULE_SETS, evaluate
from eligibility.engine.answers_doc import render
from eligibility.engine.facts import FACTS_BY_NAME
from eligibility.engine.readings import (
    NINE_MONTHS,
    SIX_MONTHS,
    STAY_FOUR_YEARS,
    STAY_ONE_YEAR,
    STAY_TWO_YEARS,
    THREE_MONTHS,
)
from tests.engine.corpus import all_answers
from tests.engine.tables import load_cases

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "eligibility" / "engine"


@pytest.fixture(scope="module")
def snapshots() -> list[dict]:
    return [
        evaluate(answers, rule_set).to_dict() for answers in all_answers() for rule_set in RULE_SETS
    ]


def test_the_day_readings_are_the_pack_s_in_one_place() -> None:
    readings = (SIX_MONTHS, NINE_MONTHS, THREE_MONTHS, STAY_ONE_YEAR, STAY_TWO_YEARS)
    assert [reading.days for reading in (*readings, STAY_FOUR_YEARS)] == [
        183,
        274,
        90,
        365,
        730,
        1460,
    ]
    # No other engine module writes a day figure as a number.
    day_figures = {183, 274, 90, 365, 730, 1460}
    for path in ENGINE.rglob("*.py"):
        if path.name in ("readings.py", "samples.py"):
            continue
        with path.open(encoding="utf-8") as source:
            for token in tokenize.generate_tokens(source.readline):
                if token.type == tokenize.NUMBER:
                    assert int(float(token.string)) not in day_figures, f"{path}:{token.start}"


def test_conditions_counting_days_state_their_reading(snapshots) -> None:
    for snapshot in snapshots:
        for route in snapshot["routes"]:
            for condition in route["conditions"]:
                figures = condition["figures"]
                if figures and figures["unit"] == "days":
                    assert any(
                        figures["required"] == int(r["message"]["params"].get("days", -1))
                        for r in condition["readings"]
                    ), condition["id"]


class RecordingAnswers(Mapping):
    def __init__(self, data: Mapping[str, Any], read: set[str]) -> None:
        self._data = data
        self._read = read

    def __getitem__(self, key: str) -> Any:
        self._read.add(key)
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def test_rules_read_only_documented_facts_and_every_fact_is_read() -> None:
    read: set[str] = set()
    for answers in all_answers():
        for rule_set in RULE_SETS:
            evaluate(RecordingAnswers(answers, read), rule_set).to_dict()
    assert read <= set(FACTS_BY_NAME)
    # Facts the questionnaire records for people, which no rule needs.
    assert set(FACTS_BY_NAME) - read == {"nationality", "other_reason"}


def test_the_answers_doc_is_up_to_date() -> None:
    document = ROOT / "docs" / "answers.md"
    assert document.read_text(encoding="utf-8") == render(), (
        "docs/answers.md is stale: run python manage.py answers_doc"
    )


def test_the_engine_source_imports_no_django() -> None:
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(name.split(".")[0] == "django" for name in names), path


def test_the_engine_runs_with_django_unavailable() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'django':\n"
        "            raise ImportError('blocked ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import json\n"
        "from eligibility.engine import evaluate, RULE_SETS\n"
        "import eligibility.engine.answers_doc, eligibility.engine.samples\n"
        "print(json.dumps(evaluate({'situations': ['work']}).to_dict())[:1])\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "{"


def _gettext_noop_literals() -> set[str]:
    literals = set()
    for path in ENGINE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "gettext_noop":
                (argument,) = node.args
                assert isinstance(argument, ast.Constant), f"{path}:{node.lineno}"
                literals.add(argument.value)
    return literals


def _messages(value: Any) -> Iterator[dict]:
    if isinstance(value, dict):
        if set(value) == {"text", "params"}:
            yield value
            for param in value["params"].values():
                yield from _messages(param)
        else:
            for item in value.values():
                yield from _messages(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _messages(item)


def test_every_message_is_marked_for_translation_and_fills_its_placeholders(snapshots) -> None:
    literals = _gettext_noop_literals()
    placeholder = re.compile(r"%\((\w+)\)s")
    seen = 0
    for snapshot in snapshots:
        for message in _messages(snapshot):
            seen += 1
            assert message["text"] in literals, message["text"]
            params = message["params"]
            assert set(placeholder.findall(message["text"])) <= set(params), message
            assert "%" not in placeholder.sub("", message["text"]), message["text"]
            for value in params.values():
                if isinstance(value, list):  # a list of words, e.g. years
                    assert all(isinstance(item, str) for item in value), message
                else:
                    assert isinstance(value, int | float | str | dict), message
    assert seen > 1000


def test_snapshots_are_json_and_not_changed_by_later_evaluations(snapshots) -> None:
    def dump(snapshot: dict) -> str:
        return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)

    first = dump(snapshots[0])
    rule_set = snapshots[0]["rule_set"]["id"]
    for answers in all_answers(samples=50):
        for other in RULE_SETS:
            evaluate(answers, other).to_dict()
    assert dump(snapshots[0]) == first
    assert dump(evaluate(load_cases()[0].answers, rule_set).to_dict()) == first
