"""Test tables: engine cases kept as data in ``cases/*.yaml``.

Each file names the ``rule_set`` it tests (``draft_2020`` unless it says otherwise), has
optional ``base`` answers and a list of ``cases``. A case's ``answers`` are laid over the base
(``unset`` removes base keys), and ``expected`` says what a user relies on:

- ``<route id>: <outcome>`` for any route;
- ``general``: ``{status: ..., <condition id>: <status>}`` for the general conditions;
- ``conditions``: ``{<route id>: {<condition id>: <status or "absent">}}``;
- ``risks``: ``{<risk id>: <risk status>}``;
- ``gaps``, ``reasons``, ``notes``: ``{<route id>: [text, ...]}``, each text found in the route's
  rendered English gaps, condition reasons, or notes (route and condition notes);
- ``no_notes``: ``{<route id>: [text, ...]}``, texts found in none of the route's notes;
- ``figures``: ``{<route id>: {<condition id>: {given: ..., required: ...}}}``;
- ``overall``, ``accompanying_family`` (the outcome of each entry, in order: a list, or null
  when there is none), ``family_notes`` (``{<route id>: [text, ...]}`` found in the notes of
  that entry), ``personal_notes`` (texts found in them), ``as_of_date_assumed``.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CASES_DIR = Path(__file__).parent / "cases"


@dataclass(frozen=True)
class Case:
    file: str
    name: str
    answers: dict[str, Any]
    expected: dict[str, Any] = field(default_factory=dict)
    rule_set: str = "draft_2020"

    @property
    def id(self) -> str:
        return f"{self.file}: {self.name}"


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        base = data.get("base", {})
        rule_set = data.get("rule_set", "draft_2020")
        for case in data["cases"]:
            answers = {**base, **case.get("answers", {})}
            for key in case.get("unset", ()):
                del answers[key]  # KeyError: a typo in the table
            expected = case.get("expected", {})
            cases.append(Case(path.stem, case["name"], answers, expected, rule_set))
    return cases
