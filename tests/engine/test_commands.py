"""``answers_doc`` and ``benchmark_engine``."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from eligibility.management.commands import answers_doc


def test_answers_doc_check_passes_when_current_and_fails_when_stale(tmp_path, monkeypatch) -> None:
    call_command("answers_doc", "--check", stdout=io.StringIO())
    stale = tmp_path / "answers.md"
    stale.write_text("# Answers format\n", encoding="utf-8")
    monkeypatch.setattr(answers_doc, "DOC", stale)
    with pytest.raises(CommandError, match="out of date") as raised:
        call_command("answers_doc", "--check")
    assert raised.value.returncode == 1
    call_command("answers_doc", stdout=io.StringIO())
    call_command("answers_doc", "--check", stdout=io.StringIO())


def test_the_engine_benchmark_reports_a_rate_for_each_rule_set() -> None:
    out = io.StringIO()
    call_command("benchmark_engine", "--n", "150", "--repeat", "2", "--warm-up", "10", stdout=out)
    lines = out.getvalue().splitlines()
    for rule_set in ("current", "draft_2020"):
        assert any(line.startswith(f"  {rule_set}: ") and "per second" in line for line in lines)
