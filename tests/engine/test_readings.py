"""Year arithmetic and display rounding (``eligibility.engine.readings``)."""

from datetime import date

import pytest

from eligibility.engine.readings import anniversary, exact_years, full_years, shortfall, shown


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


def test_exact_years_counts_the_last_year_pro_rata() -> None:
    assert exact_years(date(2021, 3, 1), date(2024, 3, 1)) == 3
    assert exact_years(date(2021, 9, 1), date(2024, 3, 1)) == pytest.approx(2.497, abs=1e-3)


def test_a_figure_short_of_a_threshold_never_shows_as_reaching_it() -> None:
    assert shown(2.97, 3) == 2.9
    assert shown(2.497, 3) == 2.5
    assert shown(3.04, 3) == 3.0
    assert shown(5.9999999, 6, 2) == 5.99


def test_a_shortfall_never_shows_as_nothing() -> None:
    assert shortfall(0.003) == 0.1
    assert shortfall(0.503) == 0.5
    assert shortfall(1.7999999999, 2) == 1.8
