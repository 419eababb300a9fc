"""Family reunion (art. 17), and family applying with a principal (art. 18)."""

from datetime import date

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    MET,
    UNMET,
    DaysEachYearWording,
    Wording,
    always,
    by_answer,
    days_each_year,
    met,
    unknown,
    unmet,
    years_at_least,
    years_met,
    years_short,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import (
    AGE_ON_APPLICATION_DATE,
    COMMON_LIFE_START,
    EACH_OF_FIVE_YEARS,
    EACH_YEAR_ROLLING,
    FULL_YEARS,
    NINE_MONTHS,
    Reading,
    anniversary,
    full_years,
)
from eligibility.engine.rulesets.draft_2020.conditions.general import NO_STANDARD_AMOUNT
from eligibility.engine.rulesets.draft_2020.procedure import PROCESSING_DAYS
from eligibility.engine.text import gettext_noop, message


def _on_or_before(day: date | None, as_of: date) -> date | None:
    """A date after the as-of date cannot be counted: treated as not answered."""
    return day if day is not None and day <= as_of else None


# --- Art. 17: family reunion ---------------------------------------------------------------------
SPOUSE_STATUS = Condition(
    "spouse_chinese_or_pr_in_china",
    message(
        gettext_noop(
            "Your spouse is a Chinese citizen residing in China, or a foreigner with permanent "
            "residence in China"
        )
    ),
    by_answer(
        "spouse_status",
        {
            "chinese_citizen_in_china": met(
                gettext_noop("Your spouse is a Chinese citizen residing in China.")
            ),
            "pr_holder_in_china": met(
                gettext_noop("Your spouse is a foreigner with permanent residence in China.")
            ),
            "chinese_citizen_abroad": unmet(
                gettext_noop(
                    "Your spouse is a Chinese citizen living outside China. The draft requires a "
                    "Chinese citizen residing in China."
                ),
                gap=gettext_noop("Your spouse would need to reside in China."),
            ),
            "pr_holder_abroad": unknown(
                gettext_noop(
                    "Your spouse holds Chinese permanent residence but lives outside China. The "
                    "draft does not make clear whether such a spouse must also reside in China "
                    "(open question A18-ter)."
                )
            ),
            "none_of_these": unmet(
                gettext_noop(
                    "Your spouse is neither a Chinese citizen nor a foreigner with permanent "
                    "residence in China."
                )
            ),
        },
        unknown(gettext_noop("You have not told us who your spouse is.")),
    ),
)
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
                    "the draft as counting only a marriage recognised in China (open question "
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

_COMMON_LIFE = Wording(
    met=gettext_noop(
        "Since your marriage, you have lived together with your spouse in China for %(given)s "
        "years; at least %(required)s are required."
    ),
    unmet=gettext_noop(
        "Since your marriage, you have lived together with your spouse in China for %(given)s of "
        "the %(required)s years required."
    ),
    gap=gettext_noop(
        "%(missing)s more years of common life with your spouse in China (%(required)s years on "
        "%(date)s)."
    ),
    missing=gettext_noop(
        "You have not told us your marriage date and since when you have lived together with "
        "your spouse in China."
    ),
)
_COMMON_LIFE_INTERRUPTED = {
    "yes": unknown(
        gettext_noop(
            "Your common life in China has been interrupted. The draft does not say whether the "
            "five years must be continuous (open question A18-bis)."
        )
    ),
    "dont_know": unknown(
        gettext_noop(
            "You do not know whether your common life in China has been interrupted. The draft "
            "does not say whether the five years must be continuous (open question A18-bis)."
        )
    ),
}
_COMMON_LIFE_SILENT = unknown(
    gettext_noop("You have not told us whether your common life in China has been interrupted.")
)
COMMON_LIFE_YEARS = 5


def _common_life(answers: Answers) -> Check:
    # The later of the two dates starts the common life: it gives the shorter period.
    periods = [
        (period, fact)
        for fact in ("marriage_date", "living_together_in_china_since")
        if (period := answers.span(fact)) is not None
    ]
    if periods:
        period, fact = min(periods)
        if period.full < COMMON_LIFE_YEARS:
            return years_short(answers.date(fact), period.years, COMMON_LIFE_YEARS, _COMMON_LIFE)
    if len(periods) < 2:
        return _COMMON_LIFE.not_answered
    interrupted = answers.choice("living_together_interrupted")
    if interrupted == "no":
        return years_met(period.years, COMMON_LIFE_YEARS, _COMMON_LIFE)
    return _COMMON_LIFE_INTERRUPTED.get(interrupted, _COMMON_LIFE_SILENT)


COMMON_LIFE = Condition(
    "common_life_in_china_5_years",
    message(
        gettext_noop(
            "Since your marriage, you have lived together with your spouse in China for "
            "%(years)s years"
        ),
        years=COMMON_LIFE_YEARS,
    ),
    _common_life,
    readings=(FULL_YEARS, COMMON_LIFE_START),
)


def _days_each_year(readings: tuple[Reading, ...]) -> Condition:
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
            "the draft does not say which counts, so we cannot tell (open question A10)."
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


SPOUSE_DAYS_EACH_YEAR = _days_each_year((EACH_YEAR_ROLLING, EACH_OF_FIVE_YEARS))
RELATIVE_DAYS_EACH_YEAR = _days_each_year((EACH_YEAR_ROLLING,))

STABLE_LIVELIHOOD = Condition(
    "stable_livelihood",
    message(gettext_noop("You have a stable livelihood")),
    by_answer(
        "stable_livelihood",
        {
            "yes": met(
                gettext_noop("You told us you have a stable livelihood."), NO_STANDARD_AMOUNT
            ),
            "no": unmet(gettext_noop("You told us you do not have a stable livelihood.")),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your livelihood counts as stable. The draft sets no "
                    "amount (open question A23)."
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
# A child this old is warned that the quota wait, which has no limit, may outlast their 17th year.
AGE_OUT_WARNING_FROM = 16
_TURNS_18 = gettext_noop(
    "You turn 18 on %(date)s. A decision is due within %(days)s days of acceptance, but time "
    "spent waiting for a quota does not count and has no limit, so you may turn 18 before the "
    "decision. The draft does not say whether age counts on the date of application or of "
    "approval: apply as early as you can (open question A19)."
)


def _under_18(answers: Answers) -> Check:
    birth = _on_or_before(answers.date("date_of_birth"), answers.as_of)
    if birth is None:
        return _BIRTH_DATE_MISSING
    age = full_years(birth, answers.as_of)
    figures = {"required": 18, "given": age, "unit": "age_under"}
    if age >= 18:
        return Check(
            UNMET,
            message(gettext_noop("You are %(age)s. This route is for children under 18."), age=age),
            gap=message(gettext_noop("Nothing: this route is only for children under 18.")),
            figures=figures,
        )
    birthday = anniversary(birth, 18)
    notes = ()
    if age >= AGE_OUT_WARNING_FROM:
        notes = (message(_TURNS_18, date=birthday.isoformat(), days=PROCESSING_DAYS),)
    return Check(
        MET,
        message(gettext_noop("You are %(age)s, under 18 on the date you would apply."), age=age),
        figures=figures,
        notes=notes,
    )


UNDER_18 = Condition(
    "under_18",
    message(gettext_noop("You are under 18")),
    _under_18,
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
CHILD_RELATIONSHIP = Condition(
    "child_of_that_parent",
    message(gettext_noop("You are that parent's child")),
    by_answer(
        "child_relationship",
        {
            "biological": met(gettext_noop("You are that parent's biological child.")),
            "adopted": unknown(
                gettext_noop(
                    "You are that parent's adopted child. The draft does not say whether adopted "
                    "children count (open question A19)."
                )
            ),
            "step": unknown(
                gettext_noop(
                    "You are that parent's stepchild. The draft does not say whether stepchildren "
                    "count (open question A19)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us your relationship to that parent.")),
    ),
)

_NO_RELATIVES_ABROAD = met(gettext_noop("You told us none of your direct relatives lives abroad."))
_PARENT_OR_CHILD_ABROAD = unmet(
    gettext_noop(
        "You told us a parent or child of yours lives outside China. The draft requires that you "
        "have no direct relatives abroad."
    )
)
_ONLY_DISTANT_ABROAD = unknown(
    gettext_noop(
        "Only a grandparent, grandchild or spouse of yours lives outside China. The draft does not "
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


# --- Art. 18: family applying with a principal (content inferred) -------------------------
FAMILY_APPLIES_TOGETHER = Condition(
    "family_applies_together",
    message(gettext_noop("Your spouse and minor children may apply together with you")),
    always(
        unknown(
            gettext_noop(
                "The text of this provision is not available: that your spouse and minor "
                "children may apply with you is inferred from a commentator's summary, and any "
                "conditions are not known (open question A34)."
            )
        )
    ),
)
