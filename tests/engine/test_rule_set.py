"""The draft_2020 rule set as declared: routes, citations, texts, facts, messages, no Django."""

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

from eligibility.engine import RULE_SETS, Confidence, Outcome, evaluate
from eligibility.engine.answers_doc import render
from eligibility.engine.facts import FACTS_BY_NAME
from eligibility.engine.model import ConditionKind
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
DRAFT = RULE_SETS["draft_2020"]
ROUTES = DRAFT.routes
ALL_ROUTES = (*ROUTES, DRAFT.accompanying_family.route)
# Routes with no published criteria or standard: never better than "cannot tell".
NO_CRITERIA = {
    "draft_a11_4_contribution_other",
    "draft_a16_investment_encouraged",
    "draft_a16_investment_hightech_innovative",
    "draft_a18_accompanying_family",
    "draft_a19_other_legitimate_reason",
}


@pytest.fixture(scope="module")
def snapshots() -> list[dict]:
    return [evaluate(answers).to_dict() for answers in all_answers()]


def test_the_rule_set_names_the_draft_and_says_it_is_not_law() -> None:
    assert DRAFT.id == "draft_2020"
    assert DRAFT.version == "2020-02-27"
    assert DRAFT.title_zh == "《中华人民共和国外国人永久居留管理条例（征求意见稿）》"
    assert DRAFT.status["text"] == "Consultation draft, not in force"
    assert DRAFT.label["text"] == "Proposed rule (2020 consultation draft), not law"
    snapshot = evaluate({}).to_dict()
    assert snapshot["rule_set"]["id"] == "draft_2020"
    assert snapshot["rule_set"]["label"] == DRAFT.label


def test_route_ids_are_unique_and_stable_in_form() -> None:
    ids = [route.id for route in ALL_ROUTES]
    assert len(ids) == len(set(ids)) == 21
    for id in ids:
        assert re.fullmatch(r"draft_a\d+(_\d+)?_[a-z0-9_]+", id), id


@pytest.mark.parametrize("route", ALL_ROUTES, ids=lambda route: route.id)
def test_every_route_cites_its_article_and_has_documents(route) -> None:
    assert route.id.startswith(f"draft_a{route.citation.article}_")
    assert route.citation.rule_set == "draft_2020"
    assert route.citation.snapshot["label"]["text"].startswith("Art. ")
    assert route.confidence in set(Confidence)
    assert route.title["text"] and route.text_en
    assert route.documents and all(document["text"] for document in route.documents)
    assert route.sources


@pytest.mark.parametrize("route", ALL_ROUTES, ids=lambda route: route.id)
def test_chinese_text_only_where_the_text_is_known(route) -> None:
    if route.confidence is Confidence.SUBSTANCE_ONLY:
        assert route.text_zh is None
    else:
        assert route.text_zh and route.text_zh.startswith(f"第{_chinese_number(route)}条")


def _chinese_number(route) -> str:
    return {10: "十", 11: "十一", 12: "十二", 13: "十三", 17: "十七", 19: "十九"}[
        route.citation.article
    ]


def test_substance_only_routes_are_arts_13_3_15_16_and_18() -> None:
    substance_only = {
        (route.citation.article, route.citation.item)
        for route in ALL_ROUTES
        if route.confidence is Confidence.SUBSTANCE_ONLY
    }
    assert substance_only == {(13, 3), (15, 1), (15, 2), (15, 3), (15, 4), (16, None), (18, None)}


@pytest.mark.parametrize("route", ROUTES, ids=lambda route: route.id)
def test_a_recommendation_condition_exactly_where_one_is_required(route) -> None:
    kinds = {condition.kind for condition in route.conditions}
    assert (ConditionKind.RECOMMENDATION in kinds) == (route.recommendation.required is True)
    if route.recommendation.required:
        assert route.recommendation.by["text"]


def test_every_route_has_its_best_and_a_not_eligible_case_in_the_tables() -> None:
    expected: dict[str, set[str]] = {route.id: set() for route in ROUTES}
    for case in load_cases():
        for key, outcome in case.expected.items():
            if key in expected:
                expected[key].add(outcome)
    for id, outcomes in expected.items():
        best = Outcome.UNDETERMINED if id in NO_CRITERIA else Outcome.ELIGIBLE
        assert {best, Outcome.NOT_ELIGIBLE} <= outcomes, id


def test_routes_without_criteria_are_never_better_than_cannot_tell(snapshots) -> None:
    for snapshot in snapshots:
        routes = [*snapshot["routes"], snapshot["accompanying_family"]]
        for route in filter(None, routes):
            if route["id"] in NO_CRITERIA:
                assert route["outcome"] in ("undetermined", "not_eligible")


def test_every_result_carries_the_duty_after_grant_and_the_procedure(snapshots) -> None:
    for snapshot in snapshots[:3]:
        duty = snapshot["duty_after_grant"]
        assert duty["minimum_days_per_year"] == 90
        assert duty["text_zh"] == "永久居留外国人每年在中国境内实际居留时间不得少于三个月。"
        assert duty["exception"]["text"].startswith("Whether any exception exists is not known")
        assert "three_months_as_90_days" in {reading["id"] for reading in snapshot["readings"]}
        procedure = snapshot["procedure"]
        assert procedure["time_limit_days"] == 120
        assert [step["id"] for step in procedure["steps"]] == ["P1", "P2", "P3", "P4", "P5", "P6"]


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
        evaluate(RecordingAnswers(answers, read)).to_dict()
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
    for answers in all_answers(samples=50):
        evaluate(answers).to_dict()
    assert dump(snapshots[0]) == first
    assert dump(evaluate(load_cases()[0].answers).to_dict()) == first
