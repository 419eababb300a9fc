"""Our readings of the wording, and the year arithmetic, in one place.

A reading is how we understand words the text leaves open (README, "Reading conventions").
Every condition that relies on one carries it, so the result states it. The day figures below
are readings of periods the text gives in months or years; keep any conversion to days here.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from eligibility.engine.text import Message, gettext_noop, message


@dataclass(frozen=True, slots=True)
class Reading:
    id: str
    message: Message
    days: int | None = None
    snapshot: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "snapshot", {"id": self.id, "message": self.message})


def _days(id: str, days: int, text: str) -> Reading:
    return Reading(id, message(text, days=days), days)


# --- Periods given in months or years, read as days ----------------------------------------
SIX_MONTHS = _days(
    "six_months_as_183_days",
    183,
    gettext_noop("Six months are read as %(days)s days. This is our reading of the text."),
)
NINE_MONTHS = _days(
    "nine_months_as_274_days",
    274,
    gettext_noop("Nine months are read as %(days)s days. This is our reading of the text."),
)
THREE_MONTHS = _days(
    "three_months_as_90_days",
    90,
    gettext_noop("Three months are read as %(days)s days. This is our reading of the text."),
)
STAY_ONE_YEAR = _days(
    "stay_one_year_as_365_days",
    365,
    gettext_noop(
        "An actual stay of one year in total is read as %(days)s days. This is our reading of "
        "the text."
    ),
)
STAY_TWO_YEARS = _days(
    "stay_two_years_as_730_days",
    730,
    gettext_noop(
        "An actual stay of two years in total is read as %(days)s days. This is our reading of "
        "the text."
    ),
)
STAY_FOUR_YEARS = _days(
    "stay_four_years_as_1460_days",
    1460,
    gettext_noop(
        "An actual stay of four years in total is read as %(days)s days. This is our reading of "
        "the text."
    ),
)


def _reading(id: str, text: str) -> Reading:
    return Reading(id, message(text))


# --- Other readings ---------------------------------------------------------------------------
FULL_YEARS = _reading(
    "full_years_counted_back",
    gettext_noop(
        "A period of N years is read as at least N full years, counted back from the date you "
        "would apply."
    ),
)
EACH_YEAR_ROLLING = _reading(
    "each_year_rolling_12_months",
    gettext_noop(
        "Each year is read as each 12-month period counted back from the date you would apply. "
        "Counting calendar years instead could give a different answer (open question A10)."
    ),
)
STAY_SINCE_WORK_START = _reading(
    "stay_counted_since_work_start",
    gettext_noop("Your actual stay is counted from the day you started working in China."),
)
LAST_YEAR_WAGE = _reading(
    "wage_last_full_year",
    gettext_noop(
        "The wage test compares your gross wage for the last full year with the local average "
        "wage. Whether every year of the period must meet the multiple is not known (open "
        "question A12)."
    ),
)
AGE_ON_APPLICATION_DATE = _reading(
    "age_on_application_date",
    gettext_noop(
        "Age is taken on the date you would apply: under 18 means your 18th birthday has not "
        "yet been reached, and 60 or over means your 60th birthday has been reached. The draft "
        "does not say whether age counts on the date of application or of approval (open "
        "question A19)."
    ),
)
KEY_INSTITUTION_LIST = _reading(
    "key_institution_list",
    gettext_noop(
        "A university or research institute on a national key list (such as the 211, 985 or "
        "Double First-Class lists) is taken to be one under national key construction. The "
        "draft gives no list (open question A6)."
    ),
)
COMMON_LIFE_START = _reading(
    "common_life_from_later_date",
    gettext_noop(
        "The five years of common life in China are counted from the later of your marriage "
        "date and the date you started living together in China (open question A18)."
    ),
)
EACH_OF_FIVE_YEARS = _reading(
    "each_of_the_five_years",
    gettext_noop(
        "Each year is read as each of the five years of common life in China (open question "
        "A18-bis)."
    ),
)
CONTINUOUS_WORK = _reading(
    "continuous_work_from_last_gap",
    gettext_noop(
        "Work counts as continuous from the start of your current uninterrupted period of work. "
        "Whether a gap between jobs or work permits breaks continuity is not known (open "
        "question A9)."
    ),
)


# --- Year arithmetic --------------------------------------------------------------------------
def anniversary(start: date, years: int) -> date:
    """The date ``years`` after ``start``. From 29 February, the month's last day in a common
    year, as for periods counted in years (Civil Code art. 202)."""
    try:
        return date(start.year + years, start.month, start.day)
    except ValueError:
        return date(start.year + years, 2, 28)


def full_years(start: date, end: date) -> int:
    """Full years completed from ``start`` to ``end`` (started 2021-03-01: 3 on 2024-03-01)."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day) and anniversary(start, years) > end:
        years -= 1
    return years


# The average length of a Gregorian year, to show a period in years with a decimal. Display
# only: whether a period is long enough is decided in full calendar years (``full_years``).
DAYS_PER_YEAR = 365.2425


class Span(NamedTuple):
    """A period up to the as-of date: full calendar years, and years with a decimal."""

    full: int
    years: float


def span(start: date, end: date) -> Span:
    return Span(full_years(start, end), (end - start).days / DAYS_PER_YEAR)
