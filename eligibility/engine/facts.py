"""The answers format: every fact the questionnaire writes and the engine reads.

An assessment's answers are one JSON object keyed by fact name. A key that is absent was not
asked or not answered. Dates are ISO strings ("2021-03-01"), amounts are numbers in RMB,
choices are the strings listed here. This module is the single source of truth:
``docs/answers.md`` is generated from it (``python manage.py answers_doc``).

Tri-state answers use ``yes`` / ``no`` / ``dont_know``. A situation the applicant did not select
in ``situations`` does not apply to them: the facts of that topic are not asked.
"""

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    DATE = "date"
    INTEGER = "integer"
    AMOUNT = "amount"  # a non-negative number, RMB unless the unit says otherwise
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    TEXT = "text"


@dataclass(frozen=True)
class Fact:
    name: str
    kind: Kind
    description: str
    choices: tuple[str, ...] = ()
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None


YES_NO_DONT_KNOW = ("yes", "no", "dont_know")
YES_NO = ("yes", "no")
RECOMMENDATION = ("obtained", "not_yet")

SITUATIONS = (
    "work",  # working in China
    "academic",  # academic or research post at a Chinese university or research institute
    "enterprise_senior",  # senior post in an enterprise in China
    "investment",  # investment in China
    "family",  # spouse, parent or other direct relative who is Chinese or holds Chinese PR
    "contribution",  # outstanding contribution to China
    "achievement",  # internationally recognised achievement
    "other_reason",  # another reason to live permanently in China
)

FACTS: tuple[Fact, ...] = (
    # --- The application --------------------------------------------------------------
    Fact(
        "as_of_date",
        Kind.DATE,
        "The date the applicant would apply. Every period is counted back from it. The "
        "questionnaire sets it to the day the assessment is submitted.",
    ),
    Fact("date_of_birth", Kind.DATE, "The applicant's date of birth."),
    Fact(
        "nationality",
        Kind.TEXT,
        "The applicant's nationality as an ISO 3166-1 alpha-2 country code, e.g. `DE`. Answers "
        "saved before the questionnaire offered a list of countries may hold text as written.",
    ),
    Fact(
        "situations",
        Kind.MULTICHOICE,
        "Which situations apply to the applicant. A situation not listed does not apply: the "
        "routes that need it are not met, and its facts are not asked.",
        choices=SITUATIONS,
    ),
    # --- General conditions (art. 10) and refusal risks (art. 26) ------------------------
    Fact(
        "stay_purpose",
        Kind.CHOICE,
        "The basis of the applicant's current stay in China. `diplomatic_official` means a "
        "stay for diplomatic or official purposes, during which no application is possible "
        "(art. 10 para. 2).",
        choices=(
            "work",
            "study",
            "family",
            "business_investment",
            "diplomatic_official",
            "other",
            "outside_china",
        ),
    ),
    Fact(
        "chinese_law_issues",
        Kind.CHOICE,
        "Whether the applicant has a pending criminal case, or an unresolved administrative "
        "penalty, in China (art. 10: abides by Chinese law).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "criminal_conviction",
        Kind.CHOICE,
        "Whether the applicant has ever been convicted of a criminal offence, in China or "
        "elsewhere. Reported as a risk, never decided (ambiguity A21).",
        choices=YES_NO,
    ),
    Fact(
        "economic_means",
        Kind.CHOICE,
        "Whether the applicant has income, savings or support enough to live in China "
        "(art. 10: basic economic means; refusal ground R5). No amount is set (A23).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "medical_finding",
        Kind.CHOICE,
        "The outcome of a medical examination: `serious_condition` means a serious mental "
        "disorder, infectious pulmonary tuberculosis or another infectious disease that may "
        "seriously endanger public health (refusal ground R2). The product does not diagnose.",
        choices=("none", "serious_condition", "not_examined"),
    ),
    Fact(
        "deported_from_china",
        Kind.CHOICE,
        "Whether the applicant has ever been deported or ordered to leave China (risk R3).",
        choices=YES_NO,
    ),
    Fact(
        "false_information",
        Kind.CHOICE,
        "Whether the applicant has ever been found to have given false information or "
        "documents to the Chinese authorities (risk R4).",
        choices=YES_NO,
    ),
    # --- Work in China (art. 15; also arts. 13(1)-(3)) -----------------------------------
    Fact(
        "work_lawful",
        Kind.CHOICE,
        "Whether the applicant works in China with a valid work permit and residence permit.",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact("work_start_date", Kind.DATE, "When the applicant first started working in China."),
    Fact(
        "work_interrupted",
        Kind.CHOICE,
        "Whether the applicant's work in China has been interrupted since it started (a gap "
        "between jobs or between work permits; ambiguity A9).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "work_continuous_since",
        Kind.DATE,
        "The start of the current uninterrupted period of work in China (asked only when the "
        "work was interrupted).",
    ),
    Fact(
        "days_in_china_since_work_start",
        Kind.INTEGER,
        "Days actually spent in China since the applicant started working there.",
        unit="days",
        minimum=0,
    ),
    Fact(
        "annual_wage_rmb",
        Kind.AMOUNT,
        "Gross annual wage income (工资性年收入) for the last full calendar year.",
        unit="RMB",
        minimum=0,
    ),
    Fact(
        "local_average_wage_rmb",
        Kind.AMOUNT,
        "The previous year's average annual wage of urban on-the-job employees (城镇在岗职工平均"
        "工资) where the applicant works, as published by the local statistics or human "
        "resources and social security bureau. Absent when the applicant does not know it.",
        unit="RMB",
        minimum=1,
    ),
    Fact(
        "tax_record_issues",
        Kind.CHOICE,
        "Whether the applicant has tax arrears or has had a tax penalty in China (A14).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "credit_record_issues",
        Kind.CHOICE,
        "Whether the applicant is on a list of dishonest persons or another credit blacklist "
        "in China (A14).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "highest_degree",
        Kind.CHOICE,
        "The applicant's highest degree.",
        choices=("doctorate", "master", "bachelor", "other"),
    ),
    Fact(
        "renowned_university",
        Kind.CHOICE,
        "Whether the applicant graduated from a university recognised as internationally "
        "renowned (国际知名高校; no list is published, A3).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "priority_industry_confirmed",
        Kind.CHOICE,
        "Whether a competent authority has confirmed that the employer's industry or region is "
        "one the state prioritises for development (arts. 13(1), 15(2); A4).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "competent_authority_recommendation",
        Kind.CHOICE,
        "Whether the competent authority has recommended the applicant as urgently needed "
        "talent (art. 13(1); A5).",
        choices=RECOMMENDATION,
    ),
    # --- Academic post (art. 13(2)) -------------------------------------------------------
    Fact(
        "academic_title",
        Kind.CHOICE,
        "The applicant's academic title: `full` is professor or research fellow, `associate` "
        "associate professor or associate research fellow, `assistant` assistant professor or "
        "assistant research fellow.",
        choices=("full", "associate", "assistant", "other"),
    ),
    Fact(
        "institution_national_key",
        Kind.CHOICE,
        "Whether the university or research institute is one the state builds up as a key "
        "institution (国家重点建设), e.g. on the 211, 985 or Double First-Class lists (A6).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "institution_recommendation",
        Kind.CHOICE,
        "Whether the university or research institute has recommended the applicant.",
        choices=RECOMMENDATION,
    ),
    # --- Senior post in an enterprise (art. 13(3)) ---------------------------------------
    Fact(
        "enterprise_high_tech_certified",
        Kind.CHOICE,
        "Whether the employer holds a high-tech enterprise (高新技术企业) certificate.",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "enterprise_innovative_or_well_known",
        Kind.CHOICE,
        "Whether the employer is recognised as an innovative enterprise or a well-known "
        "domestic enterprise (no standard is published, A7).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "enterprise_post",
        Kind.CHOICE,
        "The applicant's post in the enterprise.",
        choices=("senior_management", "senior_technical", "other", "dont_know"),
    ),
    Fact(
        "enterprise_recommendation",
        Kind.CHOICE,
        "Whether the enterprise has recommended the applicant.",
        choices=RECOMMENDATION,
    ),
    # --- Investment (art. 16) -------------------------------------------------------------
    Fact(
        "investment_amount_rmb",
        Kind.AMOUNT,
        "The total the applicant has invested in China, in RMB or its equivalent.",
        unit="RMB",
        minimum=0,
    ),
    Fact(
        "investment_direct_paid_in",
        Kind.CHOICE,
        "Whether that investment is direct (not through a holding company abroad) and paid in "
        "(not only subscribed) (A15).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "investment_encouraged_confirmed",
        Kind.CHOICE,
        "Whether a competent authority has confirmed that the investment is in an industry or "
        "region the state encourages (A4).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "investment_high_tech_or_innovative",
        Kind.CHOICE,
        "Whether the investment is in a high-tech or innovative enterprise (A35).",
        choices=YES_NO_DONT_KNOW,
    ),
    # --- Contribution and achievement (arts. 11, 12) -------------------------------------
    Fact(
        "contribution_kinds",
        Kind.MULTICHOICE,
        "The kinds of outstanding contribution the applicant has made (art. 11 items 1-4).",
        choices=(
            "science_education_culture_health_sport",
            "public_welfare_in_china",
            "friendship_peace_development",
            "other",
        ),
    ),
    Fact(
        "contribution_recommendation",
        Kind.CHOICE,
        "Whether a competent national authority or a provincial-level government has "
        "recommended the applicant (art. 11).",
        choices=RECOMMENDATION,
    ),
    Fact(
        "recognised_achievement",
        Kind.CHOICE,
        "Whether the applicant has an internationally recognised outstanding achievement "
        "(art. 12; no standard is published, A2).",
        choices=YES_NO_DONT_KNOW,
    ),
    # --- Family in China (art. 17) --------------------------------------------------------
    Fact(
        "family_links",
        Kind.MULTICHOICE,
        "Which family members in China the applicant would join: a spouse, a parent (for a "
        "child under 18), or another direct relative (for an applicant aged 60 or over).",
        choices=("spouse", "parent", "other_direct_relative"),
    ),
    Fact(
        "spouse_status",
        Kind.CHOICE,
        "Who the applicant's spouse is (A18-ter).",
        choices=(
            "chinese_citizen_in_china",
            "chinese_citizen_abroad",
            "pr_holder_in_china",
            "pr_holder_abroad",
            "none_of_these",
        ),
    ),
    Fact("marriage_date", Kind.DATE, "The date of the marriage."),
    Fact(
        "marriage_recognised_in_china",
        Kind.CHOICE,
        "Whether the marriage is registered in China or recognised there (A18).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "living_together_in_china_since",
        Kind.DATE,
        "Since when the applicant has lived together with the spouse in China.",
    ),
    Fact(
        "living_together_interrupted",
        Kind.CHOICE,
        "Whether that common life in China has been interrupted (A18-bis).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "fewest_days_in_china_per_year",
        Kind.INTEGER,
        "The fewest days the applicant spent in China in any of the last five years, each year "
        "counted back in 12-month periods from the as-of date (A10).",
        unit="days",
        minimum=0,
        maximum=366,
    ),
    Fact(
        "stable_livelihood",
        Kind.CHOICE,
        "Whether the applicant has a stable livelihood (稳定生活保障; no amount is set, A23).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "home_in_china",
        Kind.CHOICE,
        "Whether the applicant has a home (住所) in China, owned or rented.",
        choices=YES_NO,
    ),
    Fact(
        "parent_status",
        Kind.CHOICE,
        "Who the parent the applicant (a child) would join is.",
        choices=("chinese_national_in_china", "pr_holder_in_china", "none_of_these"),
    ),
    Fact(
        "child_relationship",
        Kind.CHOICE,
        "The child's relationship to that parent (A19).",
        choices=("biological", "adopted", "step"),
    ),
    Fact(
        "relative_in_china_status",
        Kind.CHOICE,
        "Who the direct relative the applicant (aged 60 or over) would join is.",
        choices=("chinese_national_in_china", "pr_holder_in_china", "none_of_these"),
    ),
    Fact(
        "direct_relatives_abroad",
        Kind.MULTICHOICE,
        "Which direct relatives of the applicant live outside China; an empty list means none "
        "(A20).",
        choices=("parent", "child", "grandparent", "grandchild", "spouse"),
    ),
    Fact(
        "resident_in_china_since",
        Kind.DATE,
        "The start of the applicant's current continuous residence in China.",
    ),
    # --- Family applying with the applicant (art. 18) ------------------------------------
    Fact(
        "accompanying_family",
        Kind.MULTICHOICE,
        "Family members who might apply together with the applicant (art. 18, inferred).",
        choices=("spouse", "minor_children"),
    ),
    # --- Other legitimate reason (art. 19) -----------------------------------------------
    Fact(
        "other_reason",
        Kind.TEXT,
        "The applicant's own description of another reason to live permanently in China.",
    ),
)

FACTS_BY_NAME: dict[str, Fact] = {fact.name: fact for fact in FACTS}
