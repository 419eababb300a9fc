"""Family conditions both rule sets share: the marriage, nine months a year, livelihood and
home, age, the parent or relative joined, relatives abroad, five years of residence."""

from datetime import date

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    MET,
    UNMET,
    DaysEachYearWording,
    Wording,
    by_answer,
    days_each_year,
    met,
    unknown,
    unmet,
    years_at_least,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import (
    AGE_ON_APPLICATION_DATE,
    FULL_YEARS,
    NINE_MONTHS,
    Reading,
    anniversary,
    full_years,
)
from eligibility.engine.text import gettext_noop, message

_NO_AMOUNT = message(gettext_noop("No amount is set (open question A23)."))


def _on_or_before(day: date | None, as_of: date) -> date | None:
    """A date after the as-of date cannot be counted: treated as not answered."""
    return day if day is not None and day <= as_of else None


MARRIAGE_RECOGNISED = Condition(
    "marriage_recognised_in_china",
    message(gettext_noop("Your marriage is registered or recognised in China")),
    by_answer(
        "marriage_recognised_in_china",
        {
            "yes": met(
                gettext_noop("You told us your marriage is registered or recognised in China.")
            ),
            "no": unmet(
                gettext_noop(
                    "You told us your marriage is not registered or recognised in China. We read "
                    "the rules as counting only a marriage recognised in China (open question "
                    "A18)."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your marriage is recognised in China (open question "
                    "A18)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us whether your marriage is recognised in China.")),
    ),
)


def nine_months_each_year(readings: tuple[Reading, ...]) -> Condition:
    """At least nine months in China in each of the last five years (A10)."""
    wording = DaysEachYearWording(
        met=gettext_noop(
            "Fewest days you spent in China in one of the last five years: %(given)s. At least "
            "%(required)s a year are required."
        ),
        unmet=gettext_noop(
            "Fewest days you spent in China in one of the last five years: %(given)s, short of "
            "the %(required)s a year required."
        ),
        band=gettext_noop(
            "Fewest days you spent in China in one of the last five years: %(given)s. Nine "
            "months can be read as 273 to 276 days, and %(given)s meets some readings and not "
            "others, so we cannot tell."
        ),
        calendar=gettext_noop(
            "Counted in 12-month periods, your fewest days in China in a year were %(given)s; "
            "counted by calendar year, %(calendar)s. The two counts give different answers, and "
            "the rules do not say which counts, so we cannot tell (open question A10)."
        ),
        gap=gettext_noop(
            "At least %(required)s days in China in every year, to meet every reading of nine "
            "months (in one year you were short by %(missing)s)."
        ),
        missing=gettext_noop(
            "You have not told us the fewest days you spent in China in any of the last five years."
        ),
    )
    return Condition(
        "nine_months_each_year",
        message(
            gettext_noop("In each year, your actual stay in China totals at least nine months")
        ),
        days_each_year(
            "fewest_days_in_china_per_year",
            "fewest_days_in_china_per_calendar_year",
            NINE_MONTHS,
            wording,
        ),
        readings=(NINE_MONTHS, *readings),
    )


STABLE_LIVELIHOOD = Condition(
    "stable_livelihood",
    message(gettext_noop("You have a stable livelihood")),
    by_answer(
        "stable_livelihood",
        {
            "yes": met(gettext_noop("You told us you have a stable livelihood."), _NO_AMOUNT),
            "no": unmet(gettext_noop("You told us you do not have a stable livelihood.")),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your livelihood counts as stable. No amount is set "
                    "(open question A23)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us whether you have a stable livelihood.")),
    ),
)
HOME_IN_CHINA = Condition(
    "home_in_china",
    message(gettext_noop("You have a home in China")),
    by_answer(
        "home_in_china",
        {
            "yes": met(gettext_noop("You told us you have a home in China.")),
            "no": unmet(
                gettext_noop("You told us you do not have a home in China."),
                gap=gettext_noop("A home in China, owned or rented."),
            ),
        },
        unknown(gettext_noop("You have not told us whether you have a home in China.")),
    ),
)

_BIRTH_DATE_MISSING = unknown(gettext_noop("You have not told us your date of birth."))
# A child this old is warned that the decision may come after their 18th birthday.
AGE_OUT_WARNING_FROM = 16


def under_18(turns_18: str, processing_days: int) -> Condition:
    """Under 18 on the date of application; from 16 on, the note ``turns_18`` (which takes
    ``date`` and ``days``, the time limit for a decision) warns about the 18th birthday."""

    def check(answers: Answers) -> Check:
        birth = _on_or_before(answers.date("date_of_birth"), answers.as_of)
        if birth is None:
            return _BIRTH_DATE_MISSING
        age = full_years(birth, answers.as_of)
        figures = {"required": 18, "given": age, "unit": "age_under"}
        if age >= 18:
            return Check(
                UNMET,
                message(
                    gettext_noop("You are %(age)s. This route is for children under 18."), age=age
                ),
                gap=message(gettext_noop("Nothing: this route is only for children under 18.")),
                figures=figures,
            )
        notes = ()
        if age >= AGE_OUT_WARNING_FROM:
            birthday = anniversary(birth, 18).isoformat()
            notes = (message(turns_18, date=birthday, days=processing_days),)
        return Check(
            MET,
            message(
                gettext_noop("You are %(age)s, under 18 on the date you would apply."), age=age
            ),
            figures=figures,
            notes=notes,
        )

    return Condition(
        "under_18",
        message(gettext_noop("You are under 18")),
        check,
        readings=(AGE_ON_APPLICATION_DATE,),
    )


def _aged_60(answers: Answers) -> Check:
    birth = _on_or_before(answers.date("date_of_birth"), answers.as_of)
    if birth is None:
        return _BIRTH_DATE_MISSING
    age = full_years(birth, answers.as_of)
    figures = {"required": 60, "given": age, "unit": "age_at_least"}
    if age >= 60:
        return Check(
            MET,
            message(gettext_noop("You are %(age)s, 60 or over."), age=age),
            figures=figures,
        )
    return Check(
        UNMET,
        message(
            gettext_noop("You are %(age)s. This route is for people aged 60 or over."), age=age
        ),
        gap=message(
            gettext_noop("You turn 60 on %(date)s."), date=anniversary(birth, 60).isoformat()
        ),
        figures=figures,
    )


AGED_60 = Condition(
    "aged_60_or_over",
    message(gettext_noop("You are 60 or over")),
    _aged_60,
    readings=(AGE_ON_APPLICATION_DATE,),
)

_PARENT_MET = met(
    gettext_noop(
        "You would join a parent who is a Chinese national residing in China or a foreigner with "
        "permanent residence in China."
    )
)
PARENT_STATUS = Condition(
    "parent_chinese_or_pr_in_china",
    message(
        gettext_noop(
            "You would join a parent who is a Chinese national residing in China, or a foreign "
            "parent with permanent residence in China"
        )
    ),
    by_answer(
        "parent_status",
        {
            "chinese_national_in_china": _PARENT_MET,
            "pr_holder_in_china": _PARENT_MET,
            "none_of_these": unmet(
                gettext_noop(
                    "The parent you would join is neither a Chinese national residing in China "
                    "nor a foreigner with permanent residence in China."
                )
            ),
        },
        unknown(gettext_noop("You have not told us who the parent you would join is.")),
    ),
)
_NO_RELATIVES_ABROAD = met(gettext_noop("You told us none of your direct relatives lives abroad."))
_PARENT_OR_CHILD_ABROAD = unmet(
    gettext_noop(
        "You told us a parent or child of yours lives outside China. The rules require that you "
        "have no direct relatives abroad."
    )
)
_ONLY_DISTANT_ABROAD = unknown(
    gettext_noop(
        "Only a grandparent, grandchild or spouse of yours lives outside China. The rules do not "
        "define direct relatives, so we cannot tell whether they count (open question A20)."
    )
)
_RELATIVES_ABROAD_MISSING = unknown(
    gettext_noop("You have not told us which of your direct relatives live outside China.")
)


def _no_relatives_abroad(answers: Answers) -> Check:
    abroad = answers.choices("direct_relatives_abroad")
    if abroad is None:
        return _RELATIVES_ABROAD_MISSING
    if not abroad:
        return _NO_RELATIVES_ABROAD
    if "parent" in abroad or "child" in abroad:
        return _PARENT_OR_CHILD_ABROAD
    return _ONLY_DISTANT_ABROAD


NO_RELATIVES_ABROAD = Condition(
    "no_direct_relatives_abroad",
    message(gettext_noop("You have no direct relatives abroad")),
    _no_relatives_abroad,
)

_RELATIVE_MET = met(
    gettext_noop(
        "You would join a direct relative who is a Chinese national residing in China or a "
        "foreigner with permanent residence in China."
    )
)
RELATIVE_STATUS = Condition(
    "relative_chinese_or_pr_in_china",
    message(
        gettext_noop(
            "You would join a direct relative who is a Chinese national residing in China, or a "
            "foreign direct relative with permanent residence in China"
        )
    ),
    by_answer(
        "relative_in_china_status",
        {
            "chinese_national_in_china": _RELATIVE_MET,
            "pr_holder_in_china": _RELATIVE_MET,
            "none_of_these": unmet(
                gettext_noop(
                    "The relative you would join is neither a Chinese national residing in China "
                    "nor a foreigner with permanent residence in China."
                )
            ),
        },
        unknown(gettext_noop("You have not told us who the relative you would join is.")),
    ),
)

RESIDENCE_YEARS = 5
_RESIDENCE = Wording(
    met=gettext_noop(
        "You have resided in China continuously for %(given)s years; at least %(required)s are "
        "required."
    ),
    unmet=gettext_noop(
        "You have resided in China continuously for %(given)s of the %(required)s years required."
    ),
    gap=gettext_noop(
        "%(missing)s more years of continuous residence in China (%(required)s years on %(date)s)."
    ),
    missing=gettext_noop("You have not told us since when you have resided in China continuously."),
)
RESIDED_5_YEARS = Condition(
    "resided_in_china_5_years",
    message(
        gettext_noop("You have resided in China continuously for %(years)s years"),
        years=RESIDENCE_YEARS,
    ),
    years_at_least("resident_in_china_since", RESIDENCE_YEARS, _RESIDENCE),
    readings=(FULL_YEARS,),
)
