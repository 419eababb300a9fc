"""The answers format: every fact the questionnaire writes and the engine reads.

Both rule sets (``current``, the rules in force, and ``draft_2020``) read these facts: a fact
both need is one fact, asked once. An assessment's answers are one JSON object keyed by fact
name. A key that is absent was not asked or not answered. Dates are ISO strings ("2021-03-01"),
amounts are numbers in RMB unless their unit says otherwise, choices are the strings listed
here. This module is the single source of truth: ``docs/answers.md`` is generated from it
(``python manage.py answers_doc``).

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
# The years of a yearly figure (wage, tax): year 1 is the last full calendar year before the
# as-of date, year 2 the one before it, and so on.
WAGE_YEARS = 8
TAX_YEARS = 4

SITUATIONS = (
    "work",  # working in China
    "academic",  # academic or research post at a Chinese university or research institute
    "enterprise_senior",  # senior post in an enterprise in China
    "investment",  # investment in China
    "family",  # spouse, parent or other direct relative who is Chinese or holds Chinese PR
    "family_of_applicant",  # spouse or parent applying for (or holding) PR on their own grounds
    "contribution",  # outstanding contribution to China
    "achievement",  # internationally recognised achievement
    "high_level_talent",  # high-level foreign talent, or specially needed by the state
    "other_reason",  # another reason to live permanently in China
)


def _yearly(name: str, years: int, description: str) -> tuple["Fact", ...]:
    """One amount per year: ``name`` for year 1, then ``name_2`` … ``name_<years>``."""
    return tuple(
        Fact(
            name if year == 1 else f"{name}_{year}",
            Kind.AMOUNT,
            description % {"year": year},
            unit="RMB",
            minimum=0,
        )
        for year in range(1, years + 1)
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
        "chinese_origin",
        Kind.CHOICE,
        "Whether the applicant is a foreign national of Chinese origin (外籍华人), e.g. a former "
        "Chinese citizen or the child of Chinese citizens (2019 measures, item 3).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "situations",
        Kind.MULTICHOICE,
        "Which situations apply to the applicant. A situation not listed does not apply: the "
        "routes that need it are not met, and its facts are not asked.",
        choices=SITUATIONS,
    ),
    # --- Basic and general conditions (2004 art. 6; draft art. 10) and refusal risks --------
    Fact(
        "stay_purpose",
        Kind.CHOICE,
        "The basis of the applicant's current stay in China. `diplomatic_official` means a "
        "stay for diplomatic or official purposes, during which no application is possible "
        "(draft art. 10 para. 2).",
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
        "penalty, in China (abides by Chinese law). Sensitive: asked only with consent.",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "serious_violation_in_china",
        Kind.CHOICE,
        "Whether the applicant has ever been penalised in China for a serious violation of the "
        "law, such as illegal entry, illegal stay or illegal work (2004 art. 6, read as the "
        "Chengdu interpretation: no serious violations). Sensitive: asked only with consent.",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "criminal_conviction",
        Kind.CHOICE,
        "Whether the applicant has ever been convicted of a criminal offence, in China or "
        "elsewhere (rules in force: a condition; draft: a risk, ambiguity A21). Sensitive: asked "
        "only with consent.",
        choices=YES_NO,
    ),
    Fact(
        "conviction_places",
        Kind.MULTICHOICE,
        "Where the applicant was convicted (asked only after a conviction): `china`; "
        "`abroad_lived_2_years`, a country where the applicant lived for 2 years or more (their "
        "main place of life abroad, as the Chengdu interpretation reads 无犯罪记录); "
        "`abroad_elsewhere`, another country.",
        choices=("china", "abroad_lived_2_years", "abroad_elsewhere"),
    ),
    Fact(
        "health_conditions",
        Kind.MULTICHOICE,
        "The conditions the applicant knows they have, of those the rules name; an empty list "
        "means none. `serious_mental_or_infectious`: a serious mental disorder, infectious "
        "pulmonary tuberculosis or another infectious disease that may seriously endanger "
        "public health (draft refusal ground R2; rules in force: not in good health). "
        "`other_listed`: HIV/AIDS, another sexually transmitted disease, or being unable to look "
        "after oneself (rules in force only, read as the Chengdu interpretation). The product "
        "does not diagnose; a health certificate decides. Sensitive: asked only with consent.",
        choices=("serious_mental_or_infectious", "other_listed"),
    ),
    Fact(
        "deported_from_china",
        Kind.CHOICE,
        "Whether the applicant has ever been deported from China or ordered to leave China "
        "within a time limit (限期出境) (draft risk R3). Sensitive: asked only with consent.",
        choices=YES_NO,
    ),
    Fact(
        "false_information",
        Kind.CHOICE,
        "Whether the Chinese authorities have ever found that the applicant gave them false "
        "information or false documents, e.g. in a visa or permit application (draft risk R6; "
        "fraud in the PR application itself is ground R4). Sensitive: asked only with consent.",
        choices=YES_NO,
    ),
    Fact(
        "economic_means",
        Kind.CHOICE,
        "Whether the applicant has income, savings or support enough to live in China "
        "(draft art. 10: basic economic means; refusal ground R5). No amount is set (A23).",
        choices=YES_NO_DONT_KNOW,
    ),
    # --- Work in China (draft arts. 13, 15; 2004 art. 6(1)(2); 2019 items 2 and 3) -------------
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
        "Days actually spent in China since the applicant started working there (asked when the "
        "work was never interrupted: the whole period is then continuous).",
        unit="days",
        minimum=0,
    ),
    Fact(
        "days_in_china_since_continuous_start",
        Kind.INTEGER,
        "Days actually spent in China since the current uninterrupted period of work started "
        "(asked when the work was interrupted).",
        unit="days",
        minimum=0,
    ),
    Fact(
        "days_in_china_last_4_years",
        Kind.INTEGER,
        "Days actually spent in China in the last 4 years, counted back from the as-of date "
        "(2004 art. 6(1)(2): at least 3 years in total within the 4 years in post).",
        unit="days",
        minimum=0,
        maximum=1462,
    ),
    Fact(
        "fewest_days_in_china_last_4_years",
        Kind.INTEGER,
        "The fewest days the applicant spent in China in any of the last 4 years, each year "
        "counted back in 12-month periods from the as-of date (2019 items 2 and 3: at least 6 "
        "months a year; A10).",
        unit="days",
        minimum=0,
        maximum=366,
    ),
    Fact(
        "fewest_days_in_china_last_4_calendar_years",
        Kind.INTEGER,
        "The same, counted by calendar year (the other reading of A10); absent when the "
        "applicant does not know it.",
        unit="days",
        minimum=0,
        maximum=366,
    ),
    *_yearly(
        "annual_wage_rmb",
        WAGE_YEARS,
        "Gross annual wage income (工资性年收入) in year %(year)s (year 1: the last full calendar "
        "year; year 2: the year before; …). Absent for a year the applicant did not work in "
        "China.",
    ),
    Fact(
        "wage_years_from",
        Kind.INTEGER,
        "The calendar year that the yearly figures call year 1 (set by the questionnaire when "
        "the figures are given).",
        minimum=1900,
        maximum=2200,
    ),
    Fact(
        "annual_wage_now_rmb",
        Kind.AMOUNT,
        "Gross annual wage income at the time of application, at the current rate (2019 item 2: "
        "at the time of application and in each of the 4 years before it).",
        unit="RMB",
        minimum=0,
    ),
    *_yearly(
        "income_tax_rmb",
        TAX_YEARS,
        "Individual income tax paid in China in year %(year)s (year 1: the last full calendar "
        "year), for the 2019 salary route.",
    ),
    Fact(
        "local_average_wage_rmb",
        Kind.AMOUNT,
        "The latest published average annual wage of urban on-the-job employees (城镇在岗职工"
        "平均工资) where the applicant works, as published by the local statistics or human "
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
        "one the state prioritises for development (draft arts. 13(1), 15(2); A4).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "priority_work_since",
        Kind.DATE,
        "Since when the applicant has worked without a break in that priority industry or region "
        "(draft art. 15(2)).",
    ),
    Fact(
        "competent_authority_recommendation",
        Kind.CHOICE,
        "Whether the competent authority has recommended the applicant as urgently needed "
        "talent (draft art. 13(1); A5).",
        choices=RECOMMENDATION,
    ),
    Fact(
        "employer_kinds",
        Kind.MULTICHOICE,
        "What the applicant's employer is (2004 art. 8 and the 2015 widening; draft art. "
        "13(3) for `high_tech_enterprise`): `state_institution` (under a State Council "
        "department or a provincial government), `key_university`, `key_project_unit` (carries "
        "out a national key engineering project or a major research project), "
        "`high_tech_enterprise` (certified), `encouraged_fie`, `fie_advanced_technology`, "
        "`fie_export_oriented`, `national_lab_or_centre` (one of the seven kinds of unit added "
        "in 2015), or `dont_know` (alone). An empty list means none of these.",
        choices=(
            "state_institution",
            "key_university",
            "key_project_unit",
            "high_tech_enterprise",
            "encouraged_fie",
            "fie_advanced_technology",
            "fie_export_oriented",
            "national_lab_or_centre",
            "dont_know",
        ),
    ),
    Fact(
        "senior_post",
        Kind.CHOICE,
        "Whether the applicant holds a post of deputy general manager, deputy factory director "
        "or higher in China (2004 art. 6(1)(2)).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "professional_title",
        Kind.CHOICE,
        "The grade of the applicant's professional title (职称), for those without an academic "
        "post: `full_senior` (正高级), `associate_senior` (副高级, e.g. senior engineer), "
        "`intermediate` (中级), `junior_or_none`, `dont_know`.",
        choices=("full_senior", "associate_senior", "intermediate", "junior_or_none", "dont_know"),
    ),
    Fact(
        "equivalent_treatment",
        Kind.CHOICE,
        "Whether the applicant enjoys treatment equivalent to such a post or title (享受同等待遇; "
        "asked only when neither the post nor the title qualifies; A29).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "post_held_since",
        Kind.DATE,
        "Since when the applicant has held that post or title (or the equivalent treatment) "
        "without a break (2004 art. 6(1)(2): 4 full years).",
    ),
    Fact(
        "employer_recommendation",
        Kind.CHOICE,
        "Whether the applicant's employer (the university, research institute or enterprise "
        "that brought them in) has recommended them for PR (draft arts. 13(2), 13(3); 2019 "
        "item 2).",
        choices=RECOMMENDATION,
    ),
    Fact(
        "key_region_confirmed",
        Kind.CHOICE,
        "Whether an authority has confirmed that the applicant's workplace is in a national key "
        "development region (国家重点发展区域; 2019 item 3; A8).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "key_region_work_since",
        Kind.DATE,
        "Since when the applicant has worked without a break in that region (2019 item 3).",
    ),
    # --- Academic post (draft art. 13(2)) --------------------------------------------------
    Fact(
        "academic_title",
        Kind.CHOICE,
        "The applicant's academic title, by grade: `full` professor or research fellow "
        "(正高级); `associate` associate professor or associate research fellow (副高级); "
        "`assistant` assistant professor or assistant research fellow (中级, the titles the "
        "draft names); `intermediate_other` lecturer (讲师) or another intermediate title "
        "(中级, not named by the draft); `junior_or_none` a junior title (初级) or none.",
        choices=("full", "associate", "assistant", "intermediate_other", "junior_or_none"),
    ),
    Fact(
        "institution_national_key",
        Kind.CHOICE,
        "Whether the university or research institute is one the state builds up as a key "
        "institution (国家重点建设), e.g. on the 211, 985 or Double First-Class lists (A6).",
        choices=YES_NO_DONT_KNOW,
    ),
    # --- Senior post in an enterprise (draft art. 13(3)) ----------------------------------
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
        "The applicant's post in the enterprise (draft art. 13(3)).",
        choices=("senior_management", "senior_technical", "other", "dont_know"),
    ),
    # --- Investment (draft art. 16; 2004 arts. 6(1)(1) and 7) -------------------------------
    Fact(
        "investment_currency",
        Kind.CHOICE,
        "The currency of the investment amounts below.",
        choices=("rmb", "usd"),
    ),
    Fact(
        "investment_total",
        Kind.AMOUNT,
        "The total the applicant has invested in China, subscribed or paid in, directly or not.",
        unit="investment_currency",
        minimum=0,
    ),
    Fact(
        "investment_paid_in",
        Kind.AMOUNT,
        "Of that, the registered capital the applicant has actually paid in (实际缴付的注册资本).",
        unit="investment_currency",
        minimum=0,
    ),
    Fact(
        "investment_paid_in_encouraged",
        Kind.AMOUNT,
        "Of the paid-in capital, the part in industries of the encouraged category of the "
        "foreign-investment catalogue (2004 art. 7(1)).",
        unit="investment_currency",
        minimum=0,
    ),
    Fact(
        "investment_paid_in_west",
        Kind.AMOUNT,
        "Of the paid-in capital, the part in western China (2004 art. 7(2); A17).",
        unit="investment_currency",
        minimum=0,
    ),
    Fact(
        "investment_paid_in_poverty_county",
        Kind.AMOUNT,
        "Of the paid-in capital, the part in former national key counties for poverty "
        "alleviation and development outside western China (2004 art. 7(2); A17).",
        unit="investment_currency",
        minimum=0,
    ),
    Fact(
        "investment_paid_in_central",
        Kind.AMOUNT,
        "Of the paid-in capital, the part in central China (2004 art. 7(3); A17).",
        unit="investment_currency",
        minimum=0,
    ),
    Fact(
        "investment_form",
        Kind.CHOICE,
        "How the applicant invested: `direct` (in their own name, e.g. by setting up a "
        "foreign-invested enterprise), `holding_company` (through a company they control), "
        "`housing_shares_bonds` (only by buying housing, shares or bonds, which does not count "
        "as direct investment under the Chengdu interpretation), `dont_know` (A15).",
        choices=("direct", "holding_company", "housing_shares_bonds", "dont_know"),
    ),
    Fact(
        "investment_stable_since",
        Kind.DATE,
        "Since when the paid-in capital has stayed at or above the amount given, without "
        "falling below it (2004 art. 6(1)(1): stable for 3 consecutive years).",
    ),
    Fact(
        "investment_encouraged_confirmed",
        Kind.CHOICE,
        "Whether a competent authority has confirmed that the investment is in an industry or "
        "region the state encourages (draft art. 16; A4).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "investment_high_tech_or_innovative",
        Kind.CHOICE,
        "Whether the investment is in a high-tech or innovative enterprise (A35).",
        choices=YES_NO_DONT_KNOW,
    ),
    # --- Contribution, achievement, talent (draft arts. 11, 12; 2004 art. 6(1)(3); 2019 item 1)
    Fact(
        "contribution_kinds",
        Kind.MULTICHOICE,
        "The kinds of outstanding contribution the applicant has made (draft art. 11 items 1-4).",
        choices=(
            "science_education_culture_health_sport",
            "public_welfare_in_china",
            "friendship_peace_development",
            "other",
        ),
    ),
    Fact(
        "government_recommendation",
        Kind.CHOICE,
        "Who has recommended the applicant for PR: `national_authority` (a relevant competent "
        "national authority), `provincial_government` (the people's government of a province, "
        "autonomous region or directly-administered municipality), `key_region_administration` "
        "(the administration of a national key development region), `other_government_body` "
        "(another government department), or `not_yet`.",
        choices=(
            "national_authority",
            "provincial_government",
            "key_region_administration",
            "other_government_body",
            "not_yet",
        ),
    ),
    Fact(
        "recognised_achievement",
        Kind.CHOICE,
        "Whether the applicant has an internationally recognised outstanding achievement "
        "(draft art. 12; no standard is published, A2).",
        choices=YES_NO_DONT_KNOW,
    ),
    # --- Family in China (draft art. 17; 2004 art. 6(1)(5)-(7)) -----------------------------
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
        "Since when the applicant has lived together with the spouse in China (draft art. 17(1)).",
    ),
    Fact(
        "living_together_interrupted",
        Kind.CHOICE,
        "Whether that common life in China has been interrupted (A18-bis).",
        choices=YES_NO_DONT_KNOW,
    ),
    Fact(
        "resident_in_china_since",
        Kind.DATE,
        "The start of the applicant's current continuous residence in China (2004 art. 6(1)(5) "
        "and (7); draft art. 17(3)).",
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
        "fewest_days_in_china_per_calendar_year",
        Kind.INTEGER,
        "The same, counted by calendar year (the other reading of A10); absent when the "
        "applicant does not know it.",
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
        "married",
        Kind.CHOICE,
        "Whether the applicant, a child, is married (2004 art. 6(1)(4) and (6): unmarried "
        "children under 18).",
        choices=YES_NO,
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
    # --- The applicant's spouse or parent applies on their own grounds (2004 art. 6(1)(4);
    # 2019 items 1-3: family applying together) ------------------------------------------
    Fact(
        "principal_relation",
        Kind.CHOICE,
        "Who applies for (or holds) PR on their own grounds: the applicant's `spouse` or `parent`.",
        choices=("spouse", "parent"),
    ),
    Fact(
        "principal_grounds",
        Kind.CHOICE,
        "On what grounds that person applies or was granted PR: `investment`, "
        "`senior_post_or_title`, `contribution_or_special_need` (2004 art. 6(1)(1)-(3)); "
        "`high_level_talent`, `salary`, `chinese_origin` (2019 items 1-3); `other`; "
        "`dont_know`.",
        choices=(
            "investment",
            "senior_post_or_title",
            "contribution_or_special_need",
            "high_level_talent",
            "salary",
            "chinese_origin",
            "other",
            "dont_know",
        ),
    ),
    Fact(
        "principal_status",
        Kind.CHOICE,
        "Whether that person is `applying` now (and the applicant would apply together with "
        "them) or has been `granted` PR.",
        choices=("applying", "granted"),
    ),
    # --- Family applying with the applicant -------------------------------------------------
    Fact(
        "accompanying_family",
        Kind.MULTICHOICE,
        "Family members who might apply together with the applicant (draft art. 18, inferred; "
        "2004 art. 6(1)(4); 2019 items 1-3).",
        choices=("spouse", "minor_children"),
    ),
    # --- Other legitimate reason (draft art. 19) -------------------------------------------
    Fact(
        "other_reason",
        Kind.TEXT,
        "The applicant's own description of another reason to live permanently in China.",
    ),
)

FACTS_BY_NAME: dict[str, Fact] = {fact.name: fact for fact in FACTS}
# The facts of each yearly figure, year 1 first.
YEARLY_FACTS: dict[str, tuple[str, ...]] = {
    name: tuple(name if year == 1 else f"{name}_{year}" for year in range(1, years + 1))
    for name, years in (("annual_wage_rmb", WAGE_YEARS), ("income_tax_rmb", TAX_YEARS))
}
