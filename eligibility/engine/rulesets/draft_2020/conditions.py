"""The conditions of the 2020 draft's routes, each with its wording and readings.

Conditions shared by several routes (the art. 15 chapeau, the family items' livelihood and home)
are declared once. A condition without its own citation takes its route's.
"""

from dataclasses import dataclass
from datetime import date

from eligibility.engine.answers import Answers
from eligibility.engine.conditions import (
    MultipleWording,
    Wording,
    always,
    at_least,
    by_answer,
    gate,
    met,
    multiple_at_least,
    selected,
    tenths,
    unknown,
    unmet,
    years_at_least,
    years_met,
    years_short,
)
from eligibility.engine.model import Check, Condition, ConditionKind, Status
from eligibility.engine.readings import (
    AGE_ON_APPLICATION_DATE,
    COMMON_LIFE_START,
    CONTINUOUS_WORK,
    EACH_OF_FIVE_YEARS,
    EACH_YEAR_ROLLING,
    FULL_YEARS,
    KEY_INSTITUTION_LIST,
    LAST_YEAR_WAGE,
    NINE_MONTHS,
    STAY_FOUR_YEARS,
    STAY_ONE_YEAR,
    STAY_SINCE_WORK_START,
    STAY_TWO_YEARS,
    Reading,
    anniversary,
    full_years,
)
from eligibility.engine.rulesets.draft_2020.citations import ART_10_1, ART_10_2, ART_15
from eligibility.engine.text import gettext_noop, message

# The longest the authorities may take once they accept an application (procedure clause P5).
PROCESSING_DAYS = 120

_NO_STANDARD_AMOUNT = message(gettext_noop("The draft sets no amount (open question A23)."))


def _on_or_before(day: date | None, as_of: date) -> date | None:
    """A start date after the as-of date cannot be counted: treated as not answered."""
    return day if day is not None and day <= as_of else None


# --- General conditions (art. 10) -------------------------------------------------------------
LAW_ABIDING = Condition(
    "law_abiding",
    message(gettext_noop("You abide by Chinese law")),
    by_answer(
        "chinese_law_issues",
        {
            "no": met(
                gettext_noop(
                    "You told us you have no pending criminal case and no unresolved "
                    "administrative penalty in China."
                )
            ),
            "yes": unmet(
                gettext_noop(
                    "You told us you have a pending criminal case or an unresolved "
                    "administrative penalty in China. The draft requires that you abide by "
                    "Chinese law."
                ),
                gap=gettext_noop(
                    "The pending case or penalty in China would need to be resolved first."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether you have a pending criminal case or an unresolved "
                    "administrative penalty in China."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether you have a pending criminal case or an "
                "unresolved administrative penalty in China."
            )
        ),
    ),
    citation=ART_10_1,
)

ECONOMIC_MEANS = Condition(
    "basic_economic_guarantee",
    message(gettext_noop("You have the basic economic means to live in China")),
    by_answer(
        "economic_means",
        {
            "yes": met(
                gettext_noop("You told us you have income, savings or support to live in China."),
                _NO_STANDARD_AMOUNT,
            ),
            "no": unmet(
                gettext_noop(
                    "You told us you do not have income, savings or support enough to live in "
                    "China."
                ),
                gap=gettext_noop(
                    "Basic economic means to live in China (the draft sets no amount)."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your income, savings or support are enough to live "
                    "in China. The draft sets no amount (open question A23)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us whether you have the means to live in China.")),
    ),
    citation=ART_10_1,
)

_NOT_DIPLOMATIC = met(gettext_noop("You are not in China for diplomatic or official purposes."))
NOT_DIPLOMATIC_STAY = Condition(
    "not_diplomatic_or_official_stay",
    message(gettext_noop("You are not staying in China for diplomatic or official purposes")),
    by_answer(
        "stay_purpose",
        {
            "work": _NOT_DIPLOMATIC,
            "study": _NOT_DIPLOMATIC,
            "family": _NOT_DIPLOMATIC,
            "business_investment": _NOT_DIPLOMATIC,
            "other": _NOT_DIPLOMATIC,
            "outside_china": _NOT_DIPLOMATIC,
            "diplomatic_official": unmet(
                gettext_noop(
                    "You are in China for diplomatic or official purposes. The draft does not "
                    "allow an application during such a stay."
                ),
                gap=gettext_noop(
                    "Not while in this status: an application would be possible only once your "
                    "diplomatic or official stay has ended (the draft says no more, open "
                    "question A24)."
                ),
            ),
        },
        unknown(gettext_noop("You have not told us the basis of your current stay in China.")),
    ),
    citation=ART_10_2,
)


# --- Situations: whether a route concerns the applicant at all ----------------------------
def _situation(topic: str, label: str, reason: str) -> Condition:
    return Condition(
        f"situation_{topic}", message(label), gate("situations", topic, reason), ConditionKind.GATE
    )


WORKS_IN_CHINA = _situation(
    "work",
    gettext_noop("You work in China"),
    gettext_noop("You did not say you work in China."),
)
ACADEMIC_POST = _situation(
    "academic",
    gettext_noop("You hold an academic or research post in China"),
    gettext_noop(
        "You did not say you hold an academic or research post at a university or research "
        "institute in China."
    ),
)
ENTERPRISE_SENIOR_POST = _situation(
    "enterprise_senior",
    gettext_noop("You hold a senior post in an enterprise in China"),
    gettext_noop("You did not say you hold a senior post in an enterprise in China."),
)
INVESTS_IN_CHINA = _situation(
    "investment",
    gettext_noop("You have invested in China"),
    gettext_noop("You did not say you have invested in China."),
)
FAMILY_IN_CHINA = _situation(
    "family",
    gettext_noop("You have family in China"),
    gettext_noop(
        "You did not say you have family in China who are Chinese or hold Chinese permanent "
        "residence."
    ),
)
MADE_CONTRIBUTION = _situation(
    "contribution",
    gettext_noop("You have made an outstanding contribution to China"),
    gettext_noop("You did not say you have made an outstanding contribution to China."),
)
HAS_ACHIEVEMENT = _situation(
    "achievement",
    gettext_noop("You have an internationally recognised achievement"),
    gettext_noop("You did not say you have an internationally recognised achievement."),
)
HAS_OTHER_REASON = _situation(
    "other_reason",
    gettext_noop("You have another reason to live permanently in China"),
    gettext_noop("You did not say you have another reason to live permanently in China."),
)


def _family_link(link: str, label: str, reason: str) -> Condition:
    return Condition(
        f"family_link_{link}",
        message(label),
        gate("family_links", link, reason),
        ConditionKind.GATE,
    )


JOINS_SPOUSE = _family_link(
    "spouse",
    gettext_noop("You would join your spouse in China"),
    gettext_noop("You did not say you would join a spouse in China."),
)
JOINS_PARENT = _family_link(
    "parent",
    gettext_noop("You would join a parent in China"),
    gettext_noop("You did not say you would join a parent in China."),
)
JOINS_DIRECT_RELATIVE = _family_link(
    "other_direct_relative",
    gettext_noop("You would join a direct relative in China"),
    gettext_noop("You did not say you would join a direct relative in China."),
)


# --- Recommendations (arts. 11, 13; A25) -----------------------------------------------------
def _recommendation(id: str, fact: str, label: str) -> Condition:
    return Condition(
        id,
        message(label),
        by_answer(
            fact,
            {
                "obtained": met(gettext_noop("You told us you have this recommendation.")),
                "not_yet": unknown(gettext_noop("You do not have this recommendation yet.")),
            },
            unknown(gettext_noop("You have not told us whether you have this recommendation.")),
        ),
        ConditionKind.RECOMMENDATION,
    )


CONTRIBUTION_RECOMMENDED = _recommendation(
    "recommended_by_authority_or_province",
    "contribution_recommendation",
    gettext_noop(
        "You are recommended by a relevant competent national authority or a provincial-level "
        "government"
    ),
)
URGENT_TALENT_RECOMMENDED = _recommendation(
    "recommended_as_urgently_needed_talent",
    "competent_authority_recommendation",
    gettext_noop(
        "The competent authority recommends you as urgently needed or scarce talent (open "
        "question A5)"
    ),
)
INSTITUTION_RECOMMENDED = _recommendation(
    "recommended_by_institution",
    "institution_recommendation",
    gettext_noop("The university or research institute that brought you in recommends you"),
)
ENTERPRISE_RECOMMENDED = _recommendation(
    "recommended_by_enterprise",
    "enterprise_recommendation",
    gettext_noop("The enterprise that brought you in recommends you"),
)


# --- Art. 11: outstanding contribution ------------------------------------------------------
_CONTRIBUTION_MISSING = unknown(
    gettext_noop("You have not told us what kind of contribution you have made.")
)


def _contribution(kind: str, label: str) -> Condition:
    return Condition(
        f"contribution_{kind}",
        message(label),
        selected(
            "contribution_kinds",
            kind,
            met(
                gettext_noop("You told us you have made an outstanding contribution of this kind.")
            ),
            unmet(
                gettext_noop(
                    "You did not say you have made an outstanding contribution of this kind."
                )
            ),
            _CONTRIBUTION_MISSING,
        ),
        ConditionKind.GATE,
    )


CONTRIBUTION_SCIENCE = _contribution(
    "science_education_culture_health_sport",
    gettext_noop(
        "You have made an outstanding contribution to China's science and technology, "
        "education, culture, health, sport or a similar field"
    ),
)
CONTRIBUTION_PUBLIC_WELFARE = _contribution(
    "public_welfare_in_china",
    gettext_noop(
        "Your public-interest activities in China made an outstanding contribution to China's "
        "public-welfare undertakings"
    ),
)
CONTRIBUTION_FRIENDSHIP = _contribution(
    "friendship_peace_development",
    gettext_noop(
        "You have made an outstanding contribution to friendly exchanges and cooperation between "
        "China and other countries, to world peace or to common development"
    ),
)
CONTRIBUTION_OTHER = _contribution(
    "other",
    gettext_noop(
        "You have made another kind of outstanding contribution to China's economic and social "
        "development"
    ),
)
CONTRIBUTION_OTHER_CRITERIA = Condition(
    "contribution_other_criteria",
    message(gettext_noop("Your contribution meets the criteria of this open category")),
    always(
        unknown(
            gettext_noop(
                "Standard not published: the draft sets no criteria for this open category. "
                "An application may be possible, but we cannot tell."
            )
        )
    ),
)


# --- Art. 12: internationally recognised achievement ----------------------------------------
RECOGNISED_ACHIEVEMENT = Condition(
    "recognised_achievement",
    message(
        gettext_noop(
            "You have an internationally recognised, outstanding achievement in economics, "
            "science and technology, education, culture, health, sport or a similar field"
        )
    ),
    by_answer(
        "recognised_achievement",
        {
            "yes": met(
                gettext_noop(
                    "You told us you have an internationally recognised outstanding achievement."
                ),
                message(
                    gettext_noop(
                        "This rests on your own statement: no official standard is published, "
                        "and the authorities decide (open question A2)."
                    )
                ),
            ),
            "no": unmet(
                gettext_noop(
                    "You told us you do not have an internationally recognised outstanding "
                    "achievement."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You are not sure whether your achievement is internationally recognised. "
                    "No standard is published (open question A2)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether you have an internationally recognised "
                "outstanding achievement."
            )
        ),
    ),
)


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


# --- Art. 13(2): academic and research staff -------------------------------------------------
NATIONAL_KEY_INSTITUTION = Condition(
    "national_key_institution",
    message(
        gettext_noop(
            "The university or research institute that brought you in is under national key "
            "construction"
        )
    ),
    by_answer(
        "institution_national_key",
        {
            "yes": met(gettext_noop("You told us your institution is on a national key list.")),
            "no": unmet(
                gettext_noop("You told us your institution is not on a national key list."),
                gap=gettext_noop(
                    "A post at a national key institution; at another institution, only "
                    "professors and research fellows qualify."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your institution is on a national key list. The "
                    "draft gives no list (open question A6)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether your institution is under national key construction."
            )
        ),
    ),
    readings=(KEY_INSTITUTION_LIST,),
)

_TITLE_MISSING = unknown(gettext_noop("You have not told us your academic title."))
_ASSISTANT_OR_HIGHER = met(
    gettext_noop("Your title is assistant professor or assistant research fellow, or higher.")
)
TITLE_ASSISTANT_OR_HIGHER = Condition(
    "title_assistant_or_higher",
    message(
        gettext_noop(
            "You hold the title of assistant professor or assistant research fellow, or higher"
        )
    ),
    by_answer(
        "academic_title",
        {
            "full": _ASSISTANT_OR_HIGHER,
            "associate": _ASSISTANT_OR_HIGHER,
            "assistant": _ASSISTANT_OR_HIGHER,
            "other": unmet(
                gettext_noop(
                    "Your title is below assistant professor or assistant research fellow."
                ),
                gap=gettext_noop(
                    "The title of assistant professor or assistant research fellow, or higher."
                ),
            ),
        },
        _TITLE_MISSING,
    ),
)
_NOT_FULL = unmet(
    gettext_noop("You are not a professor or research fellow (full rank)."),
    gap=gettext_noop("The title of professor or research fellow (full rank)."),
)
TITLE_FULL = Condition(
    "title_professor_or_research_fellow",
    message(gettext_noop("You hold the title of professor or research fellow (full rank)")),
    by_answer(
        "academic_title",
        {
            "full": met(gettext_noop("You are a professor or research fellow.")),
            "associate": _NOT_FULL,
            "assistant": _NOT_FULL,
            "other": _NOT_FULL,
        },
        _TITLE_MISSING,
    ),
)


# --- Art. 13(3): senior staff of enterprises (substance only; A7) ----------------------------
def _enterprise_type(answers: Answers) -> Check:
    high_tech = answers.choice("enterprise_high_tech_certified")
    innovative = answers.choice("enterprise_innovative_or_well_known")
    if high_tech == "yes":
        return _HIGH_TECH
    if innovative == "yes":
        return _INNOVATIVE
    if high_tech == "no" and innovative == "no":
        return _NEITHER_ENTERPRISE
    if "dont_know" in (high_tech, innovative):
        return _ENTERPRISE_NOT_KNOWN
    return _ENTERPRISE_MISSING


_HIGH_TECH = met(gettext_noop("Your employer holds a high-tech enterprise certificate."))
_INNOVATIVE = met(
    gettext_noop(
        "You told us your employer is recognised as an innovative or well-known domestic "
        "enterprise."
    ),
    message(gettext_noop("No standard for these terms is published (open question A7).")),
)
_NEITHER_ENTERPRISE = unmet(
    gettext_noop(
        "You told us your employer is neither a certified high-tech enterprise nor an innovative "
        "or well-known domestic enterprise."
    )
)
_ENTERPRISE_NOT_KNOWN = unknown(
    gettext_noop(
        "You do not know whether your employer is a certified high-tech enterprise or an "
        "innovative or well-known domestic enterprise. Only the high-tech certificate can be "
        "checked; the other terms are undefined (open question A7)."
    )
)
_ENTERPRISE_MISSING = unknown(
    gettext_noop("You have not told us what kind of enterprise brought you in.")
)
ENTERPRISE_TYPE = Condition(
    "high_tech_innovative_or_well_known_enterprise",
    message(
        gettext_noop(
            "You were brought in by a high-tech enterprise, an innovative enterprise or a "
            "well-known domestic enterprise"
        )
    ),
    _enterprise_type,
)

_SENIOR_POST = met(
    gettext_noop("You hold a senior management post or a senior professional or technical post.")
)
SENIOR_POST = Condition(
    "senior_post",
    message(
        gettext_noop("You are senior management staff, or senior professional or technical staff")
    ),
    by_answer(
        "enterprise_post",
        {
            "senior_management": _SENIOR_POST,
            "senior_technical": _SENIOR_POST,
            "other": unmet(
                gettext_noop(
                    "Your post is neither a senior management post nor a senior professional or "
                    "technical post."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your post counts as senior. The draft does not "
                    "define senior posts (open question A7)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us your post in the enterprise.")),
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

GOOD_TAX_RECORD = Condition(
    "good_tax_record",
    message(gettext_noop("You have a good tax record")),
    by_answer(
        "tax_record_issues",
        {
            "no": met(
                gettext_noop("You told us you have no tax arrears and no tax penalty in China.")
            ),
            "yes": unmet(
                gettext_noop(
                    "You told us you have tax arrears or have had a tax penalty in China. The "
                    "draft requires a good tax record, which it does not define (open question "
                    "A14)."
                ),
                gap=gettext_noop(
                    "A good tax record: settled arrears at least. Whether a past penalty still "
                    "counts against you is not known."
                ),
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether you have tax arrears or a tax penalty in China "
                    "(open question A14)."
                )
            ),
        },
        unknown(gettext_noop("You have not told us about your tax record in China.")),
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


@dataclass(frozen=True, slots=True)
class _WorkWording:
    """The sentences of a work-period test; the A9 sentences differ for continuous work."""

    period: Wording
    interrupted_since: str  # takes total, current, required
    interrupted: str  # takes total
    dont_know: str  # takes total
    silent: str  # takes total


_CONTINUOUS_WORK = _WorkWording(
    Wording(
        met=gettext_noop(
            "You have worked in China continuously for %(given)s years; at least %(required)s "
            "are required."
        ),
        unmet=gettext_noop(
            "Counted from when you started working in China, you have worked there for "
            "%(given)s of the %(required)s years required."
        ),
        gap=gettext_noop(
            "%(missing)s more years of continuous work in China (%(required)s years on "
            "%(date)s, if your work continues without a break)."
        ),
        missing=gettext_noop("You have not told us when you started working in China."),
    ),
    interrupted_since=gettext_noop(
        "Your work in China was interrupted. Counted from when you first started, you have "
        "%(total)s years; counted from the start of your current uninterrupted period, only "
        "%(current)s of the %(required)s years required. A gap may break continuity (open "
        "question A9)."
    ),
    interrupted=gettext_noop(
        "Your work in China was interrupted, and you have not told us when your current "
        "uninterrupted period started. Counted from when you first started, you have %(total)s "
        "years. A gap may break continuity (open question A9)."
    ),
    dont_know=gettext_noop(
        "You do not know whether your work in China has been interrupted. Counted from when you "
        "first started, you have %(total)s years. A gap may break continuity (open question A9)."
    ),
    silent=gettext_noop(
        "You have not told us whether your work in China has been interrupted. Counted from when "
        "you first started, you have %(total)s years. A gap may break continuity (open question "
        "A9)."
    ),
)
_TOTAL_WORK = _WorkWording(
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


def _work_period(required: int, wording: _WorkWording):
    """Work in China for at least ``required`` years (A9): met if the current uninterrupted
    period (or the whole period, when never interrupted) is long enough; unmet if even the
    whole period is too short; otherwise a gap may matter and we cannot tell."""

    whole_period = years_at_least("work_start_date", required, wording.period)

    def check(answers: Answers) -> Check:
        interrupted = answers.choice("work_interrupted")
        if interrupted == "no":
            return whole_period(answers)
        current = answers.span("work_continuous_since")
        if current is not None and current.full >= required:
            return years_met(current.years, required, wording.period)
        total = answers.span("work_start_date")
        if total is None:
            return wording.period.not_answered
        if total.full < required:
            start = answers.date("work_start_date")
            return years_short(start, total.years, required, wording.period)
        total_shown = tenths(total.years)
        if interrupted == "yes" and current is not None:
            text = message(
                wording.interrupted_since,
                total=total_shown,
                current=min(tenths(current.years), required - 0.1),
                required=required,
            )
        else:
            sentence = {"yes": wording.interrupted, "dont_know": wording.dont_know}.get(
                interrupted, wording.silent
            )
            text = message(sentence, total=total_shown)
        return Check(
            Status.UNKNOWN, text, figures={"required": required, "given": None, "unit": "years"}
        )

    return check


def continuous_work(years: int) -> Condition:
    return Condition(
        f"continuous_work_{years}_years",
        message(
            gettext_noop("You have worked in China continuously for at least %(years)s years"),
            years=years,
        ),
        _work_period(years, _CONTINUOUS_WORK),
        readings=(FULL_YEARS, CONTINUOUS_WORK),
    )


WORKED_3_YEARS = Condition(
    "worked_3_years",
    message(gettext_noop("You have worked in China for at least %(years)s years"), years=3),
    _work_period(3, _TOTAL_WORK),
    readings=(FULL_YEARS,),
)


def stay_since_work_start(reading: Reading) -> Condition:
    wording = Wording(
        met=gettext_noop(
            "Days you have spent in China since you started working there: %(given)s. At least "
            "%(required)s are required."
        ),
        unmet=gettext_noop(
            "Days you have spent in China since you started working there: %(given)s, of the "
            "%(required)s required."
        ),
        gap=gettext_noop("More days of actual stay in China: %(missing)s."),
        missing=gettext_noop(
            "You have not told us how many days you have spent in China since you started "
            "working there."
        ),
    )
    return Condition(
        f"stay_{reading.days}_days",
        message(
            gettext_noop(
                "Your actual stay in China since you started working there totals at least "
                "%(days)s days"
            ),
            days=reading.days,
        ),
        at_least("days_in_china_since_work_start", Answers.integer, reading.days, "days", wording),
        readings=(reading, STAY_SINCE_WORK_START),
    )


STAY_1_YEAR = stay_since_work_start(STAY_ONE_YEAR)
STAY_2_YEARS = stay_since_work_start(STAY_TWO_YEARS)
STAY_4_YEARS = stay_since_work_start(STAY_FOUR_YEARS)


_WAGE_WORDING = MultipleWording(
    met=gettext_noop(
        "Your gross annual wage is %(given)s× the local average wage; at least %(required)s× is "
        "required."
    ),
    unmet=gettext_noop(
        "Your gross annual wage is %(given)s× the local average wage; %(required)s× is required."
    ),
    gap=gettext_noop(
        "%(missing)s× more of the local average wage (RMB %(missing_rmb)s more a year)."
    ),
    missing_wage=gettext_noop("You have not told us your gross annual wage."),
    missing_average=gettext_noop(
        "You have not given the local average wage, so we cannot compare your wage with it. It "
        "is published each year by the local statistics bureau or the human resources and social "
        "security bureau, as the average wage of urban on-the-job employees."
    ),
)


def wage_multiple(multiple: int) -> Condition:
    return Condition(
        f"wage_{multiple}x_average",
        message(
            gettext_noop(
                "Your annual wage is at least %(multiple)s× the previous year's average wage of "
                "urban on-the-job employees where you work"
            ),
            multiple=multiple,
        ),
        multiple_at_least("annual_wage_rmb", "local_average_wage_rmb", multiple, _WAGE_WORDING),
        readings=(LAST_YEAR_WAGE,),
    )


# --- Art. 16: investment (substance only) ----------------------------------------------------
INVESTMENT_AMOUNT_RMB = 10_000_000
_INVESTMENT_WORDING = Wording(
    met=gettext_noop(
        "You have invested RMB %(given)s in China; at least RMB %(required)s is required."
    ),
    unmet=gettext_noop("You have invested RMB %(given)s of the RMB %(required)s required."),
    gap=gettext_noop("RMB %(missing)s more investment."),
    missing=gettext_noop("You have not told us how much you have invested in China."),
)
INVESTMENT_10M = Condition(
    "investment_10_million",
    message(
        gettext_noop("Your investment in China totals at least RMB %(amount)s"),
        amount=INVESTMENT_AMOUNT_RMB,
    ),
    at_least(
        "investment_amount_rmb", Answers.amount, INVESTMENT_AMOUNT_RMB, "rmb", _INVESTMENT_WORDING
    ),
)
INVESTMENT_DIRECT_PAID_IN = Condition(
    "investment_direct_paid_in",
    message(gettext_noop("Your investment is direct and paid in")),
    by_answer(
        "investment_direct_paid_in",
        {
            "yes": met(gettext_noop("You told us your investment is direct and paid in.")),
            "no": unknown(
                gettext_noop(
                    "You told us your investment is indirect or not fully paid in. The known "
                    "content does not say whether such investment counts (open question A15)."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your investment is direct and paid in. The known "
                    "content does not say whether that matters (open question A15)."
                )
            ),
        },
        unknown(
            gettext_noop("You have not told us whether your investment is direct and paid in.")
        ),
    ),
)
INVESTMENT_ENCOURAGED = Condition(
    "investment_encouraged_industry_or_region",
    message(
        gettext_noop(
            "A competent authority has confirmed that your investment is in an industry or "
            "region the state encourages"
        )
    ),
    by_answer(
        "investment_encouraged_confirmed",
        {
            "yes": met(gettext_noop("You told us a competent authority has confirmed this.")),
            "no": unmet(
                gettext_noop(
                    "You told us your investment has not been confirmed as being in an industry "
                    "or region the state encourages."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your investment is in an industry or region the "
                    "state encourages. The draft gives no list (open question A4)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether your investment is in an industry or region the "
                "state encourages."
            )
        ),
    ),
)
ENCOURAGED_STANDARDS = Condition(
    "investment_encouraged_standards",
    message(
        gettext_noop(
            "The amount you invested, the tax you paid and the number of Chinese citizens you "
            "employ meet the prescribed standards"
        )
    ),
    always(
        unknown(
            gettext_noop(
                "Standard not published: the figures for the amount invested, the tax paid and "
                "the number of Chinese citizens employed have not been found (open question A16)."
            )
        )
    ),
)
INVESTMENT_HIGH_TECH = Condition(
    "investment_high_tech_or_innovative",
    message(gettext_noop("You have invested in a high-tech or innovative enterprise")),
    by_answer(
        "investment_high_tech_or_innovative",
        {
            "yes": met(
                gettext_noop(
                    "You told us you have invested in a high-tech or innovative enterprise."
                )
            ),
            "no": unmet(
                gettext_noop(
                    "You told us your investment is not in a high-tech or innovative enterprise."
                )
            ),
            "dont_know": unknown(
                gettext_noop(
                    "You do not know whether your investment is in a high-tech or innovative "
                    "enterprise (open question A7)."
                )
            ),
        },
        unknown(
            gettext_noop(
                "You have not told us whether your investment is in a high-tech or innovative "
                "enterprise."
            )
        ),
    ),
)
HIGH_TECH_INVESTMENT_CRITERIA = Condition(
    "investment_high_tech_criteria",
    message(gettext_noop("Your investment meets the criteria for this type of investment")),
    always(
        unknown(
            gettext_noop(
                "Standard not published: no criteria for this type of investment have been "
                "found, and only one commentator reports it (open question A35)."
            )
        )
    ),
)


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
    wording = Wording(
        met=gettext_noop(
            "Fewest days you spent in China in one of the last five years: %(given)s. At least "
            "%(required)s a year are required."
        ),
        unmet=gettext_noop(
            "Fewest days you spent in China in one of the last five years: %(given)s, short of "
            "the %(required)s a year required."
        ),
        gap=gettext_noop(
            "At least %(required)s days in China in every year (in one year you were short by "
            "%(missing)s)."
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
        at_least(
            "fewest_days_in_china_per_year", Answers.integer, NINE_MONTHS.days, "days", wording
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
                gettext_noop("You told us you have a stable livelihood."), _NO_STANDARD_AMOUNT
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
_TURNS_18_SOON = gettext_noop(
    "You turn 18 on %(date)s, within the %(days)s days the authorities may take to decide (longer "
    "if a quota wait applies). The draft does not say whether age counts on the date of "
    "application or of approval (open question A19)."
)


def _under_18(answers: Answers) -> Check:
    birth = _on_or_before(answers.date("date_of_birth"), answers.as_of)
    if birth is None:
        return _BIRTH_DATE_MISSING
    age = full_years(birth, answers.as_of)
    figures = {"required": 18, "given": age, "unit": "age_under"}
    if age >= 18:
        return Check(
            Status.UNMET,
            message(gettext_noop("You are %(age)s. This route is for children under 18."), age=age),
            gap=message(gettext_noop("Nothing: this route is only for children under 18.")),
            figures=figures,
        )
    birthday = anniversary(birth, 18)
    notes = ()
    if (birthday - answers.as_of).days <= PROCESSING_DAYS:
        notes = (message(_TURNS_18_SOON, date=birthday.isoformat(), days=PROCESSING_DAYS),)
    return Check(
        Status.MET,
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
            Status.MET,
            message(gettext_noop("You are %(age)s, 60 or over."), age=age),
            figures=figures,
        )
    return Check(
        Status.UNMET,
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


# --- Arts. 18, 19: no published criteria ------------------------------------------------------
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
OTHER_LEGITIMATE_REASON = Condition(
    "other_legitimate_reason",
    message(gettext_noop("You need to reside permanently in China for another legitimate reason")),
    always(
        unknown(
            gettext_noop(
                "An application may be possible, but the draft sets no criteria for other "
                "legitimate reasons, so we cannot tell (open question A32)."
            )
        )
    ),
)
