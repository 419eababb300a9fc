"""Our readings of the wording, and the year arithmetic, in one place.

A reading is how we understand words the text leaves open (README, "Reading conventions").
Every condition that relies on one carries it, so the result states it. The day figures below
are readings of periods the text gives in months or years; keep any conversion to days here.
"""

from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from eligibility.engine.text import Message, gettext_noop, message


@dataclass(frozen=True, slots=True)
class Reading:
    """A reading, stated in every result that relies on it. A period in months read as days
    also gives the band of day counts on which the readings of "N months" disagree (``low`` to
    ``high``, both included): N consecutive calendar months last from ``low`` to ``high + 1``
    days, so a count in the band meets some readings and not others."""

    id: str
    message: Message
    days: int | None = None
    low: int | None = None
    high: int | None = None
    snapshot: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "snapshot", {"id": self.id, "message": self.message})


def _days(id: str, days: int, text: str) -> Reading:
    return Reading(id, message(text, days=days), days)


def _months(id: str, days: int, low: int, high: int, text: str) -> Reading:
    return Reading(id, message(text, days=days, low=low, high=high), days, low, high)


# --- Periods given in months or years, read as days ----------------------------------------
# Six calendar months last 181 days (January to June in a common year) to 184 (July to
# December); nine last 273 (September to May, common year) to 276 (May to January).
SIX_MONTHS = _months(
    "six_months_as_183_days",
    183,
    181,
    183,
    gettext_noop(
        "Six months are read as %(days)s days. Six calendar months can last from 181 to 184 "
        "days, so with %(low)s to %(high)s days the readings disagree and we cannot tell. This "
        "is our reading of the text."
    ),
)
NINE_MONTHS = _months(
    "nine_months_as_274_days",
    274,
    273,
    275,
    gettext_noop(
        "Nine months are read as %(days)s days. Nine calendar months can last from 273 to 276 "
        "days, so with %(low)s to %(high)s days the readings disagree and we cannot tell. This "
        "is our reading of the text."
    ),
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
STAY_THREE_YEARS = _days(
    "stay_three_years_as_1095_days",
    1095,
    gettext_noop(
        "At least three years in total within the four is read as %(days)s days in China in the "
        "last four years (open question A29). This is our reading of the text."
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
        "Counting calendar years instead could give a different answer: where you gave both "
        "counts and they disagree, we cannot tell (open question A10)."
    ),
)
STAY_WITHIN_CONTINUOUS_WORK = _reading(
    "stay_within_continuous_work",
    gettext_noop(
        "Only the days within the period of work the route counts are counted: since you started "
        "working in China if your work was never interrupted, otherwise since your current "
        "uninterrupted period of work started."
    ),
)
WAGE_EACH_YEAR = _reading(
    "wage_each_calendar_year",
    gettext_noop(
        "The wage test is applied to each calendar year of the period, from the last full "
        "calendar year back, each compared with the latest local average wage you gave. The "
        "average of an earlier year was usually lower, so an earlier year that falls short may "
        "still have met the test; we then cannot tell (open questions A11, A12)."
    ),
)
WAGE_ANY_YEAR_DRAFT = _reading(
    "wage_years_draft",
    gettext_noop(
        "The draft's wording is not available: whether the multiple must be met in every year "
        "of the period or only once is not known. We answer yes only if every year meets it, no "
        "if no year does, and otherwise we cannot tell (open question A12)."
    ),
)
TAX_ON_STANDARD = _reading(
    "tax_20_percent_of_standard",
    gettext_noop(
        "Income tax of at least 20 per cent of the wage-income standard is read as 20 per cent "
        "of six times the local average wage, that is 1.2 times the average wage, not 20 per "
        "cent of your actual wage (open question A13)."
    ),
)
PERIODS_BEFORE_APPLICATION = _reading(
    "periods_before_application",
    gettext_noop(
        "The periods of the 2004 Measures are consecutive periods immediately before the date "
        "you would apply (art. 6, last sentence)."
    ),
)
# The official rate (central parity) has stayed between these since 2015.
YUAN_PER_USD_LOW = 6.0
YUAN_PER_USD_HIGH = 7.5
USD_AMOUNTS = Reading(
    "usd_exchange_rate_band",
    message(
        gettext_noop(
            "An amount in a currency other than the rule's is compared at every exchange "
            "rate between %(low)s and %(high)s yuan to the US dollar, the range of the official "
            "rate since 2015. The rules do not say which date's rate counts: if the answer "
            "depends on the rate, we cannot tell (open question A15)."
        ),
        low=YUAN_PER_USD_LOW,
        high=YUAN_PER_USD_HIGH,
    ),
)
CHENGDU_BASIC_CONDITIONS = _reading(
    "basic_conditions_chengdu",
    gettext_noop(
        "The basic conditions are read as the Chengdu exit-entry administration interprets "
        "them: no pending criminal case and no unresolved administrative violation; no criminal "
        "record in China or in any country where you lived for two years or more; none of the "
        "listed illnesses, and able to look after yourself."
    ),
)
AGE_ON_APPLICATION_DATE = _reading(
    "age_on_application_date",
    gettext_noop(
        "Age is taken on the date you would apply: under 18 means your 18th birthday has not "
        "yet been reached, and 60 or over means your 60th birthday has been reached. The rules "
        "do not say whether age counts on the date of application or of approval (open question "
        "A19)."
    ),
)
KEY_INSTITUTION_LIST = _reading(
    "key_institution_list",
    gettext_noop(
        "A university or research institute on a national key list (such as the 211, 985 or "
        "Double First-Class lists) is taken to be a key one. The rules give no list (open "
        "question A6)."
    ),
)
WESTERN_AND_CENTRAL_CHINA = _reading(
    "western_and_central_china_listed",
    gettext_noop(
        "Western China is read as the 12 provinces, autonomous regions and municipalities of "
        "the State Council's western development programme (Chongqing, Sichuan, Guizhou, "
        "Yunnan, Tibet, Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang, Inner Mongolia and "
        "Guangxi), and central China as the six provinces of its plan for the rise of central "
        "China (Shanxi, Anhui, Jiangxi, Henan, Hubei and Hunan). The 2004 Measures list neither "
        "(open question A17)."
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


def months_later(start: date, months: int) -> date:
    """The date ``months`` calendar months after ``start``, on the month's last day when the
    month is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, monthrange(year, month)[1]))


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
