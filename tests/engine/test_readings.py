"""Year arithmetic, and how figures near a threshold are shown."""

from datetime import date

import pytest

from eligibility.engine.conditions import Wording, years_met, years_short
from eligibility.engine.readings import anniversary, full_years, span

WORDING = Wording(met="met", unmet="unmet", gap="gap", missing="missing")


@pytest.mark.parametrize(
    ("start", "end", "years"),
    [
        (date(2021, 3, 1), date(2024, 3, 1), 3),  # 满三年 on the anniversary
        (date(2021, 3, 1), date(2024, 2, 29), 2),
        (date(2020, 2, 29), date(2021, 2, 28), 1),  # month end in a common year
        (date(2020, 2, 29), date(2024, 2, 28), 3),
        (date(2020, 2, 29), date(2024, 2, 29), 4),
        (date(2024, 3, 1), date(2024, 3, 1), 0),
    ],
)
def test_full_years(start: date, end: date, years: int) -> None:
    assert full_years(start, end) == years


def test_anniversary_of_29_february_in_a_common_year_is_28_february() -> None:
    assert anniversary(date(2020, 2, 29), 1) == date(2021, 2, 28)


def test_a_span_has_full_years_and_years_with_a_decimal() -> None:
    period = span(date(2021, 9, 1), date(2024, 3, 1))
    assert period.full == 2
    assert round(period.years, 1) == 2.5


def test_a_period_a_day_short_never_shows_as_reaching_the_threshold() -> None:
    check = years_short(date(2021, 3, 2), 2.9986, 3, WORDING)
    assert check.figures["given"] == 2.9
    assert check.gap["params"] == {"missing": 0.1, "required": 3, "date": "2024-03-02"}


def test_a_period_just_long_enough_shows_the_threshold() -> None:
    assert years_met(2.9995, 3, WORDING).figures["given"] == 3.0
    assert years_met(8.04, 4, WORDING).figures["given"] == 8.0
