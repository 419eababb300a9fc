"""Work: senior post or title (2004 art. 6(1)(2), art. 8 and the 2015 widening), salary and tax
(2019 item 2), foreign nationals of Chinese origin (2019 item 3)."""

from decimal import Decimal

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    MET,
    UNMET,
    DaysEachYearWording,
    Wording,
    YearlyWording,
    at_least,
    by_answer,
    calendar_years,
    days_each_year,
    met,
    multiple_of,
    recommendation,
    rmb,
    unknown,
    unmet,
    yearly_at_least,
    years_at_least,
)
from eligibility.engine.model import Check, Condition
from eligibility.engine.readings import (
    EACH_YEAR_ROLLING,
    FULL_YEARS,
    KEY_INSTITUTION_LIST,
    PERIODS_BEFORE_APPLICATION,
    SIX_MONTHS,
    STAY_THREE_YEARS,
    TAX_ON_STANDARD,
    WAGE_EACH_YEAR,
)
from eligibility.engine.text import gettext_noop, message

# --- 2004 art. 6(1)(2): the post, or the title, or equivalent treatment (A29) --------------
_SENIOR_TITLES = {"full", "associate", "full_senior", "associate_senior"}
_LOWER_TITLES = {"assistant", "intermediate_other", "junior_or_none", "intermediate"}


def title_branch(answers: Answers) -> bool | None:
    """Whether the applicant holds an associate senior title (副高级) or higher: from the
    academic title of an academic, otherwise from the grade of their professional title;
    ``None`` when not known."""
    title = answers.choice("academic_title") or answers.choice("professional_title")
    if title in _SENIOR_TITLES:
        return True
    if title in _LOWER_TITLES:
        return False
    return None


_POST = met(
    gettext_noop(
        "You told us you hold a post of deputy general manager, deputy factory director or higher."
    )
)
_TITLE = met(gettext_noop("You hold an associate senior title or higher (副高级职称以上)."))
_EQUIVALENT = met(
    gettext_noop("You told us you enjoy treatment equivalent to such a post or title."),
    message(
        gettext_noop(
            "No standard for equivalent treatment is published: your employer certifies it and "
            "the authorities decide (open question A29)."
        )
    ),
)
_NEITHER = unmet(
    gettext_noop(
        "You hold neither a post of deputy general manager or higher nor an associate senior "
        "title or higher, and no equivalent treatment."
    ),
    gap=gettext_noop(
        "A post of deputy general manager or higher, or an associate senior title or higher."
    ),
)
_POST_OR_TITLE_NOT_KNOWN = unknown(
    gettext_noop(
        "You do not know whether your post, your title or your treatment counts. Equivalent "
        "treatment is not defined (open question A29)."
    )
)
_POST_OR_TITLE_MISSING = unknown(gettext_noop("You have not told us your post and title."))


def _post_or_title(answers: Answers) -> Check:
    post = answers.choice("senior_post")
    title = title_branch(answers)
    if post == "yes":
        return _POST
    if title:
        return _TITLE
    equivalent = answers.choice("equivalent_treatment")
    if equivalent == "yes":
        return _EQUIVALENT
    if post == "no" and title is False and equivalent == "no":
        return _NEITHER
    if "dont_know" in (post, equivalent) or answers.choice("professional_title") == "dont_know":
        return _POST_OR_TITLE_NOT_KNOWN
    return _POST_OR_TITLE_MISSING


SENIOR_POST_OR_TITLE = Condition(
    "senior_post_or_title",
    message(
        gettext_noop(
            "You hold a post of deputy general manager or deputy factory director or higher, or "
            "an associate senior title or higher, or enjoy equivalent treatment"
        )
    ),
    _post_or_title,
)

POST_YEARS = 4
IN_POST_4_YEARS = Condition(
    "in_post_4_years",
    message(
        gettext_noop("You have held that post or title without a break for %(years)s full years"),
        years=POST_YEARS,
    ),
    years_at_least(
        "post_held_since",
        POST_YEARS,
        Wording(
            met=gettext_noop(
                "You have held your post or title for %(given)s years; at least %(required)s are "
                "required."
            ),
            unmet=gettext_noop(
                "You have held your post or title for %(given)s of the %(required)s years required."
            ),
            gap=gettext_noop(
                "%(missing)s more years in your post or title (%(required)s years on %(date)s)."
            ),
            missing=gettext_noop(
                "You have not told us since when you have held your post or title."
            ),
        ),
    ),
    readings=(FULL_YEARS, PERIODS_BEFORE_APPLICATION),
)

STAY_3_OF_4_YEARS = Condition(
    "stay_1095_days_in_4_years",
    message(
        gettext_noop(
            "Within those 4 years, you have lived in China for at least 3 years in total "
            "(%(days)s days)"
        ),
        days=STAY_THREE_YEARS.days,
    ),
    at_least(
        "days_in_china_last_4_years",
        Answers.integer,
        STAY_THREE_YEARS.days,
        "days",
        Wording(
            met=gettext_noop(
                "Days you spent in China in the last 4 years: %(given)s. At least %(required)s "
                "are required."
            ),
            unmet=gettext_noop(
                "Days you spent in China in the last 4 years: %(given)s, of the %(required)s "
                "required."
            ),
            gap=gettext_noop("More days in China within the last 4 years: %(missing)s."),
            missing=gettext_noop(
                "You have not told us how many days you spent in China in the last 4 years."
            ),
        ),
    ),
    readings=(STAY_THREE_YEARS,),
)

# Art. 8 and the 2015 widening: the employers that count.
_ART_8_EMPLOYERS = frozenset(
    (
        "state_institution",
        "key_university",
        "key_project_unit",
        "high_tech_enterprise",
        "encouraged_fie",
        "fie_advanced_technology",
        "fie_export_oriented",
    )
)
_ART_8_EMPLOYER = met(gettext_noop("Your employer is of a kind art. 8 lists."))
_WIDENED_EMPLOYER = met(
    gettext_noop(
        "Your employer is one of the seven kinds of unit added in 2015 (national laboratories, "
        "engineering and research centres, foreign-invested R&D centres), which count for staff "
        "with an associate senior title or higher or equivalent treatment."
    )
)
_WIDENED_POST_ONLY = unknown(
    gettext_noop(
        "Your employer is one of the seven kinds of unit added in 2015, but the reports of that "
        "change name only staff with an associate senior title or higher (or equivalent "
        "treatment), not deputy general managers: we cannot tell whether your post counts there."
    )
)
_OTHER_EMPLOYER = unmet(
    gettext_noop("Your employer is none of the kinds the 2004 Measures and the 2015 change list."),
    gap=gettext_noop("A post or title at an employer of a kind art. 8 lists."),
)
_EMPLOYER_NOT_KNOWN = unknown(gettext_noop("You do not know what kind of employer yours is."))
_EMPLOYER_MISSING = unknown(gettext_noop("You have not told us what kind of employer yours is."))


def _employer(answers: Answers) -> Check:
    kinds = answers.choices("employer_kinds")
    if kinds is None:
        return _EMPLOYER_MISSING
    if not kinds.isdisjoint(_ART_8_EMPLOYERS):
        return _ART_8_EMPLOYER
    if "national_lab_or_centre" in kinds:
        if title_branch(answers) or answers.choice("equivalent_treatment") == "yes":
            return _WIDENED_EMPLOYER
        return _WIDENED_POST_ONLY
    if "dont_know" in kinds:
        return _EMPLOYER_NOT_KNOWN
    return _OTHER_EMPLOYER


EMPLOYER_KIND = Condition(
    "employer_of_listed_kind",
    message(
        gettext_noop(
            "Your employer is a state institution, a key university, a unit carrying out a "
            "national key project, a high-tech enterprise, a foreign-invested enterprise of an "
            "encouraged, advanced-technology or export-oriented kind, or (since 2015) a national "
            "laboratory or research centre"
        )
    ),
    _employer,
    readings=(KEY_INSTITUTION_LIST,),
)


# --- 2019 item 2: salary and tax -------------------------------------------------------------
SIX_MONTHS_EACH_YEAR = Condition(
    "six_months_each_year",
    message(
        gettext_noop(
            "In each of the last 4 years, you actually lived in China for at least 6 months"
        )
    ),
    days_each_year(
        "fewest_days_in_china_last_4_years",
        "fewest_days_in_china_last_4_calendar_years",
        SIX_MONTHS,
        DaysEachYearWording(
            met=gettext_noop(
                "Fewest days you spent in China in one of the last 4 years: %(given)s. At least "
                "%(required)s a year are required."
            ),
            unmet=gettext_noop(
                "Fewest days you spent in China in one of the last 4 years: %(given)s, short of "
                "the %(required)s a year required."
            ),
            band=gettext_noop(
                "Fewest days you spent in China in one of the last 4 years: %(given)s. Six "
                "months can be read as 181 to 184 days, and %(given)s meets some readings and "
                "not others, so we cannot tell."
            ),
            calendar=gettext_noop(
                "Counted in 12-month periods, your fewest days in China in a year were "
                "%(given)s; counted by calendar year, %(calendar)s. The two counts give "
                "different answers, and the rules do not say which counts, so we cannot tell "
                "(open question A10)."
            ),
            gap=gettext_noop(
                "At least %(required)s days in China in every year, to meet every reading of six "
                "months (in one year you were short by %(missing)s)."
            ),
            missing=gettext_noop(
                "You have not told us the fewest days you spent in China in any of the last 4 "
                "years."
            ),
        ),
    ),
    readings=(SIX_MONTHS, EACH_YEAR_ROLLING),
)

SALARY_MULTIPLE = 6
SALARY_YEARS = 4
_SALARY_WORDING = YearlyWording(
    met=gettext_noop(
        "Your gross annual wage was at least %(required)s× the local average wage in each of "
        "the years %(years)s; in the last full year it was %(given)s×."
    ),
    unmet_last=gettext_noop(
        "In %(year)s, the last full calendar year, your gross annual wage was %(given)s× the "
        "local average wage; %(required)s× is required in every year."
    ),
    short=gettext_noop(
        "Your gross annual wage was at least the multiple of the latest local average wage in "
        "%(met)s, but not in %(short)s."
    ),
    short_note=gettext_noop(
        "Each year's wage counts against the average wage of the year before it, which was "
        "usually lower than the latest one you gave: with that year's own average, it may be "
        "enough, so we cannot tell (open question A11)."
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
WAGE_6X_EACH_YEAR = Condition(
    "wage_6x_average_each_year",
    message(
        gettext_noop(
            "In each of the 4 years before you apply, your annual wage was at least %(multiple)s× "
            "the previous year's average wage of urban on-the-job employees where you work"
        ),
        multiple=SALARY_MULTIPLE,
    ),
    yearly_at_least(
        "annual_wage_rmb",
        SALARY_YEARS,
        Decimal(SALARY_MULTIPLE),
        "times_average_wage",
        _SALARY_WORDING,
        every_year=True,
        shown=multiple_of,
        required_shown=SALARY_MULTIPLE,
    ),
    readings=(WAGE_EACH_YEAR,),
)

_WAGE_NOW_MISSING = unknown(gettext_noop("You have not told us your gross annual wage now."))
_AVERAGE_MISSING = _SALARY_WORDING.no_average


def _wage_now(answers: Answers) -> Check:
    wage = answers.amount("annual_wage_now_rmb")
    if wage is None:
        return _WAGE_NOW_MISSING
    average = answers.amount("local_average_wage_rmb")
    if average is None:
        return _AVERAGE_MISSING
    given = multiple_of(wage, average)
    figures = {"required": SALARY_MULTIPLE, "given": given, "unit": "times_average_wage"}
    if wage >= SALARY_MULTIPLE * average:
        return Check(
            MET,
            message(
                gettext_noop(
                    "Your gross annual wage now is %(given)s× the local average wage; at least "
                    "%(required)s× is required."
                ),
                given=given,
                required=SALARY_MULTIPLE,
            ),
            figures=figures,
        )
    return Check(
        UNMET,
        message(
            gettext_noop(
                "Your gross annual wage now is %(given)s× the local average wage; %(required)s× "
                "is required at the time of application."
            ),
            given=given,
            required=SALARY_MULTIPLE,
        ),
        gap=message(
            gettext_noop("RMB %(missing_rmb)s more a year in your present wage."),
            missing_rmb=rmb(SALARY_MULTIPLE * average - wage, average),
        ),
        figures=figures,
    )


WAGE_6X_NOW = Condition(
    "wage_6x_average_now",
    message(
        gettext_noop(
            "At the time of application, your annual wage is at least %(multiple)s× the local "
            "average wage"
        ),
        multiple=SALARY_MULTIPLE,
    ),
    _wage_now,
)

# 20% of the wage-income standard (6 × the average wage): 1.2 × the average (A13).
TAX_FACTOR = Decimal("1.2")
_TAX_WORDING = YearlyWording(
    met=gettext_noop(
        "The individual income tax you paid was at least RMB %(required)s in each of the years "
        "%(years)s; in the last full year it was RMB %(given)s."
    ),
    unmet_last=gettext_noop(
        "In %(year)s, the last full calendar year, you paid RMB %(given)s of individual income "
        "tax; at least RMB %(required)s is required in every year."
    ),
    short=gettext_noop(
        "Your individual income tax reached 20 per cent of the latest wage-income standard in "
        "%(met)s, but not in %(short)s."
    ),
    short_note=gettext_noop(
        "Each year's standard follows the average wage of the year before, which was usually "
        "lower than the latest one you gave: with that year's own standard, it may be enough, "
        "so we cannot tell (open question A11)."
    ),
    missing_years=gettext_noop("You have not given your individual income tax for %(years)s."),
    gap=gettext_noop("RMB %(missing_rmb)s more individual income tax a year."),
    missing_average=_SALARY_WORDING.missing_average,
)
_TAX_EACH_YEAR = yearly_at_least(
    "income_tax_rmb",
    SALARY_YEARS,
    TAX_FACTOR,
    "rmb",
    _TAX_WORDING,
    every_year=True,
    shown=rmb,
)
_OTHER_TAX_READING = gettext_noop(
    "Read the other way, as 20 per cent of your actual wage, your tax would fall short in "
    "%(years)s (open question A13)."
)


def _tax_each_year(answers: Answers) -> Check:
    """The test on the standard (A13), noting the years the other reading would fail."""
    check = _TAX_EACH_YEAR(answers)
    if check.status is not MET:
        return check
    wages = dict(calendar_years(answers, "annual_wage_rmb", SALARY_YEARS))
    short = [
        str(year)
        for year, tax in calendar_years(answers, "income_tax_rmb", SALARY_YEARS)
        if tax is not None and wages.get(year) is not None and tax * 5 < wages[year]
    ]
    if not short:
        return check
    return Check(
        MET,
        check.reason,
        figures=check.figures,
        notes=(message(_OTHER_TAX_READING, years=short),),
    )


TAX_20_PERCENT_EACH_YEAR = Condition(
    "income_tax_20_percent_each_year",
    message(
        gettext_noop(
            "In each of those years, you paid individual income tax of at least 20 per cent of "
            "the wage-income standard"
        )
    ),
    _tax_each_year,
    readings=(TAX_ON_STANDARD, WAGE_EACH_YEAR),
)

EMPLOYER_RECOMMENDED = recommendation(
    "recommended_by_employer",
    "employer_recommendation",
    gettext_noop("Your current employer recommends you"),
)


# --- 2019 item 3: foreign nationals of Chinese origin (外籍华人) -----------------------------
CHINESE_ORIGIN = Condition(
    "foreign_national_of_chinese_origin",
    message(gettext_noop("You are a foreign national of Chinese origin (外籍华人)")),
    by_answer(
        "chinese_origin",
        {
            "yes": met(gettext_noop("You told us you are a foreign national of Chinese origin.")),
            "no": unmet(
                gettext_noop("You told us you are not a foreign national of Chinese origin.")
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether you count as a foreign national of Chinese origin. "
                    "Proof is a former Chinese nationality and cancelled household registration, "
                    "or a letter from an overseas Chinese affairs office."
                )
            ),
        },
        unknown(gettext_noop("You have not told us whether you are of Chinese origin.")),
    ),
)
DOCTORATE = Condition(
    "doctorate",
    message(gettext_noop("You hold a doctorate")),
    by_answer(
        "highest_degree",
        {
            "doctorate": met(gettext_noop("You hold a doctorate.")),
            "master": unmet(gettext_noop("Your highest degree is not a doctorate.")),
            "bachelor": unmet(gettext_noop("Your highest degree is not a doctorate.")),
            "other": unmet(gettext_noop("Your highest degree is not a doctorate.")),
        },
        unknown(gettext_noop("You have not told us your highest degree.")),
    ),
)
KEY_REGION = Condition(
    "national_key_development_region",
    message(
        gettext_noop(
            "An authority has confirmed that you work in a national key development region"
        )
    ),
    by_answer(
        "key_region_confirmed",
        {
            "yes": met(gettext_noop("You told us an authority has confirmed this.")),
            "no": unmet(
                gettext_noop(
                    "You told us your workplace is not in a national key development region."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your workplace is in a national key development "
                    "region. No list of these regions is published (open question A8)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether you work in a national key development region."
            )
        ),
    ),
)
KEY_REGION_YEARS = 4
KEY_REGION_4_YEARS = Condition(
    "key_region_work_4_years",
    message(
        gettext_noop("You have worked in that region without a break for at least %(years)s years"),
        years=KEY_REGION_YEARS,
    ),
    years_at_least(
        "key_region_work_since",
        KEY_REGION_YEARS,
        Wording(
            met=gettext_noop(
                "You have worked in the region for %(given)s years; at least %(required)s are "
                "required."
            ),
            unmet=gettext_noop(
                "You have worked in the region for %(given)s of the %(required)s years required."
            ),
            gap=gettext_noop(
                "%(missing)s more years of work in the region (%(required)s years on %(date)s)."
            ),
            missing=gettext_noop("You have not told us since when you have worked in the region."),
        ),
    ),
    readings=(FULL_YEARS, PERIODS_BEFORE_APPLICATION),
)
