"""Answers are read defensively: a malformed value is an unanswered one, never an error."""

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from eligibility.engine import RULE_SETS, evaluate
from eligibility.engine.answers import Answers
from eligibility.engine.facts import FACTS

SPECS = RULE_SETS["draft_2020"].compiled_facts
GARBAGE: tuple[Any, ...] = (
    None,
    "",
    "  ",
    "yes please",
    "2021-02-30",
    "2021-W09-1",
    "NaN",
    "Infinity",
    "-1",
    -1,
    10**30,
    1.5,
    float("nan"),
    True,
    [],
    ["nonsense"],
    [["nested"]],
    {"a": 1},
)


def read(answers: dict) -> Answers:
    return Answers(answers, SPECS, lambda: date(2024, 3, 1))


@pytest.mark.parametrize("fact", FACTS, ids=lambda fact: fact.name)
def test_no_malformed_value_of_any_fact_raises(fact) -> None:
    for value in GARBAGE:
        evaluate({"situations": ["work", "family", "investment"], fact.name: value}).to_dict()


def test_dates_must_be_iso_calendar_dates() -> None:
    answers = read({"marriage_date": "2019-03-01", "work_start_date": "2019-3-1"})
    assert answers.date("marriage_date") == date(2019, 3, 1)
    assert answers.date("work_start_date") is None


def test_amounts_are_exact_decimals_from_ints_floats_and_strings() -> None:
    for value, expected in ((600000, "600000"), (599999.99, "599999.99"), (" 1e3 ", "1000")):
        assert read({"annual_wage_rmb": value}).amount("annual_wage_rmb") == Decimal(expected)
    for value in ("1,000", "NaN", -5, True, [1]):
        assert read({"annual_wage_rmb": value}).amount("annual_wage_rmb") is None


def test_integers_must_be_whole_and_in_range() -> None:
    assert (
        read({"fewest_days_in_china_per_year": 274.0}).integer("fewest_days_in_china_per_year")
        == 274
    )
    for value in (274.5, 367, -1, "many"):
        answers = read({"fewest_days_in_china_per_year": value})
        assert answers.integer("fewest_days_in_china_per_year") is None


def test_choices_are_exact_strings() -> None:
    assert read({"economic_means": "yes"}).choice("economic_means") == "yes"
    for value in ("Yes", "YES", True, ["yes"]):
        assert read({"economic_means": value}).choice("economic_means") is None


def test_a_multichoice_with_an_unknown_item_is_unanswered() -> None:
    assert read({"situations": ["work", "family"]}).choices("situations") == {"work", "family"}
    assert read({"situations": []}).choices("situations") == frozenset()
    for value in (["work", "gardening"], "work", [1], {"work": True}):
        assert read({"situations": value}).choices("situations") is None


def test_without_an_as_of_date_today_is_used_and_the_result_says_so() -> None:
    snapshot = evaluate({}).to_dict()
    assert snapshot["as_of_date"] == date.today().isoformat()
    assert snapshot["as_of_date_assumed"] is True
    assert snapshot["notices"][0]["params"] == {"date": date.today().isoformat()}
    assert snapshot["overall"] == "undetermined"


def test_reading_a_fact_the_format_lacks_is_a_bug() -> None:
    with pytest.raises(KeyError):
        read({}).choice("favourite_colour")
    with pytest.raises(KeyError):
        read({}).choice("as_of_date")  # a date, not a choice
