"""``python manage.py evaluate FILE``: answers as JSON in, the full result as JSON out."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from eligibility.messages import render_message

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = {
    "as_of_date": "2024-03-01",
    "situations": ["investment"],
    "investment_currency": "rmb",
    "investment_total": 8000000,
    "investment_paid_in": 8000000,
    "investment_form": "direct",
    "stay_purpose": "business_investment",
    "chinese_law_issues": "no",
    "serious_violation_in_china": "no",
    "criminal_conviction": "no",
    "health_conditions": [],
    "economic_means": "yes",
}


def run(*args: str) -> dict:
    out = io.StringIO()
    call_command("evaluate", *args, stdout=out)
    return json.loads(out.getvalue())


def route(result: dict, id: str) -> dict:
    return next(route for route in result["routes"] if route["id"] == id)


def test_it_evaluates_under_both_rule_sets_the_rules_in_force_first(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(ANSWERS), encoding="utf-8")
    results = run(str(path))
    assert list(results) == ["current", "draft_2020"]
    current = results["current"]
    assert current["rule_set"]["id"] == "current"
    assert current["general_conditions"]["status"] == "met"
    investor = route(current, "cur_a6_1_investor_anywhere_2m_usd")
    # RMB 8 million is USD 1,066,666 to 1,333,333: short of 2 million at every rate.
    assert investor["outcome"] == "not_eligible"
    assert investor["citation"]["label"]["rendered"] == "2004 Measures, art. 6(1)(1) and art. 7(4)"
    assert results["draft_2020"]["rule_set"]["id"] == "draft_2020"


def test_it_evaluates_one_rule_set_and_prints_the_full_result(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(ANSWERS), encoding="utf-8")
    results = run(str(path), "--rule-set", "draft_2020")
    assert list(results) == ["draft_2020"]
    result = results["draft_2020"]
    assert result["rule_set"]["id"] == "draft_2020"
    assert result["as_of_date"] == "2024-03-01"
    assert result["general_conditions"]["status"] == "met"
    assert {risk["id"] for risk in result["risks"]} >= {"medical", "economic_means"}
    investment = route(result, "draft_a16_investment_10m")
    assert investment["outcome"] == "not_eligible"
    assert investment["citation"]["article"] == 16
    assert investment["confidence"] == "substance_only"
    assert investment["gaps"][0]["message"]["rendered"] == "RMB 2,000,000 more investment."
    assert investment["conditions"][0]["reason"]["params"] == {
        "given": 8000000,
        "required": 10000000,
    }


def test_it_reads_standard_input_and_keeps_chinese_unescaped(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(ANSWERS)))
    out = io.StringIO()
    call_command("evaluate", "-", stdout=out)
    assert "《中华人民共和国外国人永久居留管理条例（征求意见稿）》" in out.getvalue()
    assert json.loads(out.getvalue())["current"]["routes"]


def test_it_renders_messages_in_the_language_asked(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(ANSWERS)))
    result = run("-", "--lang", "zh-hans")["draft_2020"]
    gap = route(result, "draft_a16_investment_10m")["gaps"][0]["message"]
    rendered = gap.pop("rendered")
    with translation.override("zh-hans"):
        assert rendered == render_message(gap)
    assert "2,000,000" in rendered


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("{not json", "is not valid JSON"),
        ("[1, 2]", "must hold a JSON object of answers, not list"),
        ('"answers"', "must hold a JSON object of answers, not str"),
        ("", "is not valid JSON"),
    ],
)
def test_bad_input_is_a_clear_error_with_status_2(monkeypatch, text: str, error: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    with pytest.raises(CommandError, match=error) as raised:
        call_command("evaluate", "-")
    assert raised.value.returncode == 2


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Cannot read") as raised:
        call_command("evaluate", str(tmp_path / "missing.json"))
    assert raised.value.returncode == 2


def test_an_unknown_rule_set_is_refused() -> None:
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("evaluate", "-", "--rule-set", "draft_2019")


def test_from_the_shell_bad_json_exits_2_without_a_traceback() -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    run = subprocess.run(
        [sys.executable, "manage.py", "evaluate", "-"],
        input="{oops",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "standard input is not valid JSON" in run.stderr
    assert "Traceback" not in run.stderr
