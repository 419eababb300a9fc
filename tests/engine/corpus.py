"""Answers to run every engine-wide check over: the table cases and a seeded mix of samples."""

import itertools
from typing import Any

from eligibility.engine.samples import generate
from tests.engine.tables import load_cases


def all_answers(samples: int = 400) -> list[dict[str, Any]]:
    return [case.answers for case in load_cases()] + list(itertools.islice(generate(7), samples))
