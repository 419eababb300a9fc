"""Working in China (art. 15; substance only), and the priority industries of arts. 13(1) and
15(2)."""

from datetime import date
from decimal import Decimal

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    MET,
    UNKNOWN,
    UNMET,
    Wording,
    YearlyWording,
    by_answer,
    met,
    multiple_of,
    unknown,
    unmet,
    yearly_at_least,
    years_met,
    years_short,
)
from eligibility.engine.model import Check, CheckFunction, Condition
from eligibility.engine.readings import (
    CONTINUOUS_WORK,
    FULL_YEARS,
    STAY_FOUR_YEARS,
    STAY_ONE_YEAR,
    STAY_TWO_YEARS,
    STAY_WITHIN_CONTINUOUS_WORK,
    WAGE_ANY_YEAR_DRAFT,
    WAGE_EACH_YEAR,
    Reading,
)
from eligibility.engine.rulesets.draft_2020.citations import ART_15
from eligibility.engine.rulesets.shared.work import WorkWording, good_tax_record, work_period
from eligibility.engine.text import gettext_noop, message

# --- Arts. 13(1), 15(2): industries and regions the state prioritises (A4) ------------------
PRIORITY_INDUSTRY = Condition(
    "priority_industry_or_region",
    message(
        gettext_noop(
            "A competent authority has confirmed that your employer's industry or region is one "
            "the state prioritises for development"
        )
    ),
    by_answer(
        "priority_industry_confirmed",
        {
            "yes": met(gettext_noop("You told us a competent authority has confirmed this.")),
            "no": unmet(
                gettext_noop(
                    "You told us your employer's industry or region has not been confirmed as "
                    "one the state prioritises."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your employer's industry or region is one the state "
                    "prioritises. The draft gives no list (open question A4)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether your employer's industry or region is one the "
                "state prioritises."
            )
        ),
    ),
)


# --- Art. 15: work in China (substance only) -------------------------------------------------
WORKS_LAWFULLY = Condition(
    "works_lawfully",
    message(gettext_noop("You work in China lawfully")),
    by_answer(
        "work_lawful",
        {
            "yes": met(
                gettext_noop(
                    "You told us you work in China with a valid work permit and residence permit."
                )
            ),
            "no": unmet(
                gettext_noop(
                    "You told us you do not have a valid work permit and residence permit for "
                    "your work in China."
                ),
                gap=gettext_noop("A valid work permit and residence permit for your work."),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your work permit and residence permit are valid."
                )
            ),
        },
        unknown(gettext_noop("You have not told us whether you work in China lawfully.")),
    ),
    citation=ART_15,
)

GOOD_TAX_RECORD = good_tax_record(
    gettext_noop(
        "You told us you have tax arrears or have had a tax penalty in China. The draft requires "
        "a good tax record, which it does not define (open question A14)."
    ),
    citation=ART_15,
)

GOOD_CREDIT_RECORD = Condition(
    "good_credit_record",
    message(gettext_noop("You have a good credit record")),
    by_answer(
        "credit_record_issues",
        {
            "no": met(
                gettext_noop(
                    "You told us you are not on a list of dishonest persons or another credit "
                    "blacklist in China."
                )
            ),
            "yes": unmet(
                gettext_noop(
                    "You told us you are on a list of dishonest persons or another credit "
                    "blacklist in China. The draft requires a good credit record (open question "
                    "A14)."
                ),
                gap=gettext_noop("Removal from the credit blacklist."),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether you are on a credit blacklist in China (open "
                    "question A14)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us about your credit record in China.")),
    ),
    citation=ART_15,
)


def _degree(answers: Answers) -> Check:
    degree = answers.choice("highest_degree")
    renowned = answers.choice("renowned_university")
    if degree == "doctorate":
        return _DOCTORATE
    if renowned == "yes":
        return _RENOWNED
    if renowned == "no" and degree is not None:
        return _NEITHER_DEGREE
    if renowned == "dont_know":
        return _RENOWNED_NOT_KNOWN
    return _DEGREE_MISSING


_DOCTORATE = met(gettext_noop("You hold a doctorate."))
_RENOWNED = met(
    gettext_noop("You told us you graduated from an internationally renowned university."),
    message(
        gettext_noop("No list or ranking of such universities is published (open question A3).")
    ),
)
_NEITHER_DEGREE = unmet(
    gettext_noop(
        "You do not hold a doctorate, and you told us your university is not internationally "
        "renowned."
    ),
    gap=gettext_noop("A doctorate, or a degree from an internationally renowned university."),
)
_RENOWNED_NOT_KNOWN = unknown(
    gettext_noop(
        "You do not know whether your university counts as internationally renowned. No list or "
        "ranking is published (open question A3)."
    )
)
_DEGREE_MISSING = unknown(
    gettext_noop(
        "You have not told us whether you hold a doctorate or graduated from an internationally "
        "renowned university."
    )
)
DOCTORATE_OR_RENOWNED = Condition(
    "doctorate_or_renowned_university",
    message(
        gettext_noop(
            "You hold a doctorate or graduated from an internationally renowned university"
        )
    ),
    _degree,
)


_TOTAL_WORK = WorkWording(
    Wording(
        met=gettext_noop(
            "You have worked in China for %(given)s years; at least %(required)s are required."
        ),
        unmet=gettext_noop(
            "Counted from when you started working in China, you have worked there for "
            "%(given)s of the %(required)s years required."
        ),
        gap=gettext_noop(
            "%(missing)s more years of work in China (%(required)s years on %(date)s, if you "
            "keep working there)."
        ),
        missing=gettext_noop("You have not told us when you started working in China."),
    ),
    interrupted_since=gettext_noop(
        "Your work in China was interrupted. Counted from when you first started, you have "
        "%(total)s years; from the start of your current uninterrupted period, %(current)s of "
        "the %(required)s years required. Whether time between jobs or permits counts is not "
        "known (open question A9)."
    ),
    interrupted=gettext_noop(
        "Your work in China was interrupted. Counted from when you first started, you have "
        "%(total)s years, but you may have worked for less. Whether time between jobs or "
        "permits counts is not known (open question A9)."
    ),
    dont_know=gettext_noop(
        "You do not know whether your work in China has been interrupted. Counted from when you "
        "first started, you have %(total)s years, but you may have worked for less (open "
        "question A9)."
    ),
    silent=gettext_noop(
        "You have not told us whether your work in China has been interrupted. Counted from when "
        "you first started, you have %(total)s years, but you may have worked for less (open "
        "question A9)."
    ),
)


WORKED_3_YEARS = Condition(
    "worked_3_years",
    message(gettext_noop("You have worked in China for at least %(years)s years"), years=3),
    work_period(3, _TOTAL_WORK),
    readings=(FULL_YEARS,),
)


# --- Art. 15: days in China, within the period of work the route counts ----------------------
_STAY_WORDING = {
    "met": gettext_noop(
        "Days you have spent in China since %(start)s: %(given)s. At least %(required)s are "
        "required."
    ),
    "unmet": gettext_noop(
        "Days you have spent in China since %(start)s: %(given)s, of the %(required)s required."
    ),
}
_STAY_SINCE_WORK_START = gettext_noop("you started working in China")
_STAY_SINCE_CONTINUOUS_START = gettext_noop("your current uninterrupted period of work started")
_STAY_GAP = gettext_noop("More days of actual stay in China: %(missing)s.")
_STAY_MISSING = unknown(
    gettext_noop("You have not told us how many days you have spent in China during your work.")
)
_STAY_PERIOD_NOT_KNOWN = gettext_noop(
    "You have spent %(given)s days in China since you started working there, but you do not "
    "know whether your work was interrupted: only the days within your current uninterrupted "
    "period count, so we cannot tell (open question A9)."
)
_STAY_BEFORE_PRIORITY_WORK = gettext_noop(
    "Your %(given)s days in China count from %(start)s, but your work in the priority industry "
    "or region started later, on %(priority)s: only the days since then count, so we cannot "
    "tell."
)


def _days_in_period(answers: Answers) -> tuple[int | None, date | None, str]:
    """The days in China within the period of work the route counts, the period's start, and
    how the period is named; ``(None, None, "")`` when the period is not known."""
    interrupted = answers.choice("work_interrupted")
    if interrupted == "no":
        days = answers.integer("days_in_china_since_work_start")
        return days, answers.date("work_start_date"), _STAY_SINCE_WORK_START
    if interrupted == "yes":
        days = answers.integer("days_in_china_since_continuous_start")
        return days, answers.date("work_continuous_since"), _STAY_SINCE_CONTINUOUS_START
    return None, None, ""


def _stay(required: int, priority: bool) -> CheckFunction:
    def check(answers: Answers) -> Check:
        days, start, named = _days_in_period(answers)
        if start is None or named == "":
            whole = answers.integer("days_in_china_since_work_start")
            if whole is None:
                return _STAY_MISSING
            if whole < required:
                return _stay_short(whole, required, _STAY_SINCE_WORK_START)
            figures = {"required": required, "given": None, "unit": "days"}
            return Check(UNKNOWN, message(_STAY_PERIOD_NOT_KNOWN, given=whole), figures=figures)
        if days is None:
            return _STAY_MISSING
        if days < required:
            return _stay_short(days, required, named)
        priority_start = answers.date("priority_work_since") if priority else None
        if priority_start is not None and priority_start > start:
            return Check(
                UNKNOWN,
                message(
                    _STAY_BEFORE_PRIORITY_WORK,
                    given=days,
                    start=start.isoformat(),
                    priority=priority_start.isoformat(),
                ),
                figures={"required": required, "given": None, "unit": "days"},
            )
        return Check(
            MET,
            message(_STAY_WORDING["met"], start=message(named), given=days, required=required),
            figures={"required": required, "given": days, "unit": "days"},
        )

    return check


def _stay_short(days: int, required: int, named: str) -> Check:
    return Check(
        UNMET,
        message(_STAY_WORDING["unmet"], start=message(named), given=days, required=required),
        gap=message(_STAY_GAP, missing=required - days),
        figures={"required": required, "given": days, "unit": "days"},
    )


def stay_within_work(reading: Reading, priority: bool = False) -> Condition:
    return Condition(
        f"stay_{reading.days}_days",
        message(
            gettext_noop(
                "Your actual stay in China during your work there totals at least %(days)s days"
            ),
            days=reading.days,
        ),
        _stay(reading.days, priority),
        readings=(reading, STAY_WITHIN_CONTINUOUS_WORK),
    )


STAY_1_YEAR = stay_within_work(STAY_ONE_YEAR)
STAY_1_YEAR_PRIORITY = stay_within_work(STAY_ONE_YEAR, priority=True)
STAY_2_YEARS = stay_within_work(STAY_TWO_YEARS)
STAY_4_YEARS = stay_within_work(STAY_FOUR_YEARS)


# --- Art. 15(2): 3 years' continuous work in the priority industry or region ---------------
PRIORITY_WORK_YEARS = 3
_PRIORITY_WORK = Wording(
    met=gettext_noop(
        "You have worked in the priority industry or region for %(given)s years without a "
        "break; at least %(required)s are required."
    ),
    unmet=gettext_noop(
        "You have worked in the priority industry or region for %(given)s of the %(required)s "
        "years required."
    ),
    gap=gettext_noop(
        "%(missing)s more years of work in the priority industry or region (%(required)s years "
        "on %(date)s, if your work there continues without a break)."
    ),
    missing=gettext_noop(
        "You have not told us since when you have worked in the priority industry or region."
    ),
)
_PRIORITY_WORK_INTERRUPTED = unknown(
    gettext_noop(
        "Your work in China was interrupted after you started in the priority industry or "
        "region. Whether a gap breaks continuity is not known (open question A9)."
    )
)
_PRIORITY_WORK_GAP_NOT_KNOWN = unknown(
    gettext_noop(
        "You have not told us whether your work in China has been interrupted, so we cannot tell "
        "whether your work in the priority industry or region was continuous (open question A9)."
    )
)


def _priority_work(answers: Answers) -> Check:
    period = answers.span("priority_work_since")
    if period is None:
        return _PRIORITY_WORK.not_answered
    if period.full < PRIORITY_WORK_YEARS:
        start = answers.date("priority_work_since")
        return years_short(start, period.years, PRIORITY_WORK_YEARS, _PRIORITY_WORK)
    interrupted = answers.choice("work_interrupted")
    if interrupted == "yes":
        continuous = answers.date("work_continuous_since")
        if continuous is None or continuous > answers.date("priority_work_since"):
            return _PRIORITY_WORK_INTERRUPTED
    elif interrupted != "no":
        return _PRIORITY_WORK_GAP_NOT_KNOWN
    return years_met(period.years, PRIORITY_WORK_YEARS, _PRIORITY_WORK)


PRIORITY_WORK_3_YEARS = Condition(
    "priority_work_3_years",
    message(
        gettext_noop(
            "You have worked continuously for at least %(years)s years in the priority industry "
            "or region"
        ),
        years=PRIORITY_WORK_YEARS,
    ),
    _priority_work,
    readings=(FULL_YEARS, CONTINUOUS_WORK),
)


# --- Art. 15(2)-(4): the wage in each year of the period (A11, A12) --------------------------
_WAGE_WORDING = YearlyWording(
    met=gettext_noop(
        "Your gross annual wage was at least %(required)s× the local average wage in each year "
        "checked (%(years)s); in the last full year it was %(given)s×."
    ),
    unmet_last=gettext_noop(
        "In %(year)s, the last full calendar year, your gross annual wage was %(given)s× the "
        "local average wage; %(required)s× is required."
    ),
    short=gettext_noop(
        "Your gross annual wage was at least the multiple of the local average wage in "
        "%(met)s, but not in %(short)s."
    ),
    short_note=gettext_noop(
        "Whether the multiple must be met in every year of the period is not known (open "
        "question A12), and an earlier year's own average wage was usually lower than the latest "
        "one (open question A11)."
    ),
    missing_years=gettext_noop("You have not given your gross annual wage for %(years)s."),
    gap=gettext_noop(
        "%(missing)s× more of the local average wage (RMB %(missing_rmb)s more a year)."
    ),
    missing_average=gettext_noop(
        "You have not given the local average wage, so we cannot compare your wage with it. It "
        "is published each year by the local statistics bureau or the human resources and social "
        "security bureau, as the average wage of urban on-the-job employees."
    ),
)


def wage_multiple(multiple: int, years: int) -> Condition:
    return Condition(
        f"wage_{multiple}x_average",
        message(
            gettext_noop(
                "Your annual wage is at least %(multiple)s× the previous year's average wage of "
                "urban on-the-job employees where you work"
            ),
            multiple=multiple,
        ),
        yearly_at_least(
            "annual_wage_rmb",
            years,
            Decimal(multiple),
            "times_average_wage",
            _WAGE_WORDING,
            every_year=False,
            shown=multiple_of,
            required_shown=multiple,
        ),
        readings=(WAGE_EACH_YEAR, WAGE_ANY_YEAR_DRAFT),
    )
