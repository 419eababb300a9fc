"""Varied, realistic answers for benchmarks and robustness tests, generated deterministically.

Profiles: professors, high earners, spouses, investors, minors, elderly relatives, the family
of a principal applicant, people citing a contribution or an achievement, and partial answers
(missing facts, "don't know", no ``situations`` at all, an occasional malformed value).
"""

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

Answers = dict[str, Any]


def _day(rng: random.Random, as_of: date, years_back_min: float, years_back_max: float) -> str:
    days = rng.randint(int(years_back_min * 365), int(years_back_max * 365))
    return (as_of - timedelta(days=days)).isoformat()


def _tri(rng: random.Random, yes: float = 0.7, no: float = 0.2) -> str:
    roll = rng.random()
    return "yes" if roll < yes else "no" if roll < yes + no else "dont_know"


def _general(rng: random.Random, as_of: date, stay_purpose: str) -> Answers:
    answers = {
        "as_of_date": as_of.isoformat(),
        "stay_purpose": "diplomatic_official" if rng.random() < 0.03 else stay_purpose,
        "economic_means": _tri(rng, 0.85, 0.05),
        "nationality": rng.choice(("DE", "CA", "KE", "BR", "JP")),
        "date_of_birth": _day(rng, as_of, 25, 55),
    }
    if rng.random() < 0.9:  # consented to the sensitive questions
        conviction = "yes" if rng.random() < 0.05 else "no"
        answers.update(
            {
                "chinese_law_issues": _tri(rng, 0.03, 0.9),
                "serious_violation_in_china": _tri(rng, 0.02, 0.95),
                "criminal_conviction": conviction,
                "health_conditions": rng.choice(
                    ([], [], [], [], ["serious_mental_or_infectious"], ["other_listed"])
                ),
                "deported_from_china": "yes" if rng.random() < 0.02 else "no",
                "false_information": "yes" if rng.random() < 0.02 else "no",
            }
        )
        if conviction == "yes":
            answers["conviction_places"] = rng.sample(
                ("china", "abroad_lived_2_years", "abroad_elsewhere"), rng.randint(1, 2)
            )
    return answers


def _work(rng: random.Random, as_of: date) -> Answers:
    years = rng.uniform(0.5, 12)
    interrupted = _tri(rng, 0.2, 0.7)
    days = int(years * 365 * rng.uniform(0.5, 0.95))
    answers = {
        "work_lawful": _tri(rng, 0.9, 0.05),
        "work_start_date": _day(rng, as_of, years, years),
        "work_interrupted": interrupted,
        "tax_record_issues": _tri(rng, 0.05, 0.9),
        "credit_record_issues": _tri(rng, 0.03, 0.92),
        "highest_degree": rng.choice(("doctorate", "master", "bachelor", "other")),
        "renowned_university": _tri(rng, 0.3, 0.5),
        "priority_industry_confirmed": _tri(rng, 0.3, 0.4),
        "competent_authority_recommendation": rng.choice(("obtained", "not_yet")),
        "chinese_origin": _tri(rng, 0.1, 0.85),
        "employer_kinds": rng.choice(
            (
                [],
                ["high_tech_enterprise"],
                ["state_institution"],
                ["national_lab_or_centre"],
                ["dont_know"],
                ["encouraged_fie", "fie_export_oriented"],
            )
        ),
        "senior_post": _tri(rng, 0.3, 0.6),
        "professional_title": rng.choice(
            ("full_senior", "associate_senior", "intermediate", "junior_or_none", "dont_know")
        ),
        "post_held_since": _day(rng, as_of, 0.5, years),
        "days_in_china_last_4_years": min(days, rng.randint(600, 1461)),
        "fewest_days_in_china_last_4_years": rng.randint(120, 366),
        "employer_recommendation": rng.choice(("obtained", "not_yet")),
    }
    if interrupted == "yes":
        continuous = rng.uniform(0.2, years)
        answers["work_continuous_since"] = _day(rng, as_of, continuous, continuous)
        answers["days_in_china_since_continuous_start"] = int(continuous * 365 * 0.8)
    else:
        answers["days_in_china_since_work_start"] = days
    if answers["priority_industry_confirmed"] == "yes":
        answers["priority_work_since"] = _day(rng, as_of, 0.2, years)
    if answers["chinese_origin"] == "yes":
        answers["key_region_confirmed"] = _tri(rng, 0.4, 0.4)
        answers["key_region_work_since"] = _day(rng, as_of, 0.5, years)
    if rng.random() < 0.2:
        answers["fewest_days_in_china_last_4_calendar_years"] = rng.randint(120, 366)
    if answers["senior_post"] != "yes" and rng.random() < 0.5:
        answers["equivalent_treatment"] = _tri(rng, 0.2, 0.6)
    average = rng.choice((85_000, 120_000, 150_000, 190_000))
    multiple = rng.uniform(1, 8)
    answers["wage_years_from"] = as_of.year - 1
    answers["annual_wage_now_rmb"] = int(average * multiple * 1.05)
    for year in range(1, min(8, int(years) + 1) + 1):
        name = "annual_wage_rmb" if year == 1 else f"annual_wage_rmb_{year}"
        answers[name] = int(average * multiple * rng.uniform(0.85, 1.0) ** year)
        if year <= 4:
            tax = "income_tax_rmb" if year == 1 else f"income_tax_rmb_{year}"
            answers[tax] = int(answers[name] * rng.uniform(0.1, 0.3))
    if rng.random() < 0.8:
        answers["local_average_wage_rmb"] = average if rng.random() < 0.7 else str(average)
    return answers


def professor(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, "work")
    answers.update(_work(rng, as_of))
    answers["situations"] = ["work", "academic"]
    answers["academic_title"] = rng.choice(
        ("full", "associate", "assistant", "intermediate_other", "junior_or_none")
    )
    del answers["professional_title"]
    answers["institution_national_key"] = _tri(rng, 0.5, 0.3)
    return answers


def high_earner(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, "work")
    answers.update(_work(rng, as_of))
    answers["situations"] = ["work"] + (["enterprise_senior"] if rng.random() < 0.4 else [])
    if "enterprise_senior" in answers["situations"]:
        answers["enterprise_innovative_or_well_known"] = _tri(rng, 0.3, 0.4)
        answers["enterprise_post"] = rng.choice(
            ("senior_management", "senior_technical", "other", "dont_know")
        )
    if rng.random() < 0.3:
        answers["accompanying_family"] = ["spouse", "minor_children"]
    return answers


def _family_base(rng: random.Random, as_of: date, link: str) -> Answers:
    answers = _general(rng, as_of, "family")
    answers["situations"] = ["family"]
    answers["family_links"] = [link]
    answers["fewest_days_in_china_per_year"] = rng.randint(200, 366)
    if rng.random() < 0.2:
        answers["fewest_days_in_china_per_calendar_year"] = rng.randint(200, 366)
    answers["stable_livelihood"] = _tri(rng, 0.8, 0.1)
    answers["home_in_china"] = "yes" if rng.random() < 0.9 else "no"
    return answers


def spouse(rng: random.Random, as_of: date) -> Answers:
    answers = _family_base(rng, as_of, "spouse")
    married = rng.uniform(1, 15)
    answers.update(
        {
            "spouse_status": rng.choice(
                (
                    "chinese_citizen_in_china",
                    "chinese_citizen_in_china",
                    "pr_holder_in_china",
                    "chinese_citizen_abroad",
                    "pr_holder_abroad",
                )
            ),
            "marriage_date": _day(rng, as_of, married, married),
            "marriage_recognised_in_china": _tri(rng, 0.9, 0.05),
            "living_together_in_china_since": _day(rng, as_of, 0.5, married),
            "living_together_interrupted": _tri(rng, 0.15, 0.75),
            "resident_in_china_since": _day(rng, as_of, 0.5, married + 2),
        }
    )
    return answers


def minor(rng: random.Random, as_of: date) -> Answers:
    answers = _family_base(rng, as_of, "parent")
    answers["date_of_birth"] = _day(rng, as_of, 0.1, 19)
    answers["stay_purpose"] = "family"
    answers["married"] = "yes" if rng.random() < 0.02 else "no"
    answers["parent_status"] = rng.choice(
        ("chinese_national_in_china", "pr_holder_in_china", "none_of_these")
    )
    answers["child_relationship"] = rng.choice(("biological", "biological", "adopted", "step"))
    return answers


def elderly(rng: random.Random, as_of: date) -> Answers:
    answers = _family_base(rng, as_of, "other_direct_relative")
    answers["date_of_birth"] = _day(rng, as_of, 55, 85)
    answers["direct_relatives_abroad"] = rng.sample(
        ("parent", "child", "grandparent", "grandchild", "spouse"), rng.choice((0, 0, 1, 2))
    )
    answers["relative_in_china_status"] = rng.choice(
        ("chinese_national_in_china", "pr_holder_in_china", "none_of_these")
    )
    answers["resident_in_china_since"] = _day(rng, as_of, 1, 12)
    return answers


def dependant(rng: random.Random, as_of: date) -> Answers:
    """The spouse or child of someone applying for (or holding) PR on their own grounds."""
    answers = _general(rng, as_of, "family")
    answers["situations"] = ["family_of_applicant"]
    relation = rng.choice(("spouse", "parent"))
    answers["principal_relation"] = relation
    if relation == "parent":
        answers["date_of_birth"] = _day(rng, as_of, 1, 19)
        answers["married"] = "no"
    answers["principal_grounds"] = rng.choice(
        (
            "investment",
            "senior_post_or_title",
            "contribution_or_special_need",
            "high_level_talent",
            "salary",
            "chinese_origin",
            "other",
            "dont_know",
        )
    )
    answers["principal_status"] = rng.choice(("applying", "granted"))
    return answers


def investor(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, "business_investment")
    answers["situations"] = ["investment"]
    currency = rng.choice(("usd", "usd", "rmb"))
    scale = 1 if currency == "usd" else 7
    paid_in = rng.randint(2, 40) * 100_000 * scale
    answers.update(
        {
            "investment_currency": currency,
            "investment_total": int(paid_in * rng.uniform(1, 1.5)),
            "investment_paid_in": rng.choice((paid_in, f"{paid_in:.2f}")),
            "investment_paid_in_encouraged": rng.choice((0, paid_in // 2, paid_in)),
            "investment_paid_in_west": rng.choice((0, 0, paid_in // 3)),
            "investment_paid_in_poverty_county": rng.choice((0, 0, 0, paid_in // 5)),
            "investment_paid_in_central": rng.choice((0, paid_in // 2)),
            "investment_form": rng.choice(
                (
                    "direct",
                    "direct",
                    "direct",
                    "holding_company",
                    "housing_shares_bonds",
                    "dont_know",
                )
            ),
            "investment_stable_since": _day(rng, as_of, 0.5, 8),
            "tax_record_issues": _tri(rng, 0.05, 0.9),
            "investment_encouraged_confirmed": _tri(rng, 0.4, 0.4),
            "investment_high_tech_or_innovative": _tri(rng, 0.3, 0.5),
        }
    )
    if rng.random() < 0.5:
        answers["accompanying_family"] = ["spouse"]
    return answers


def distinguished(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, rng.choice(("work", "other", "outside_china")))
    answers["situations"] = rng.sample(
        ("contribution", "achievement", "high_level_talent", "other_reason"), 2
    )
    answers["contribution_kinds"] = rng.sample(
        (
            "science_education_culture_health_sport",
            "public_welfare_in_china",
            "friendship_peace_development",
            "other",
        ),
        rng.randint(1, 2),
    )
    answers["government_recommendation"] = rng.choice(
        (
            "national_authority",
            "provincial_government",
            "key_region_administration",
            "other_government_body",
            "not_yet",
        )
    )
    answers["recognised_achievement"] = _tri(rng, 0.5, 0.2)
    answers["other_reason"] = "I have lived here for most of my life."
    return answers


PROFILES: tuple[Callable[[random.Random, date], Answers], ...] = (
    professor,
    high_earner,
    spouse,
    investor,
    minor,
    elderly,
    dependant,
    distinguished,
)


def partial(rng: random.Random, as_of: date) -> Answers:
    """Any profile, with facts dropped, "don't know" answers, and sometimes no situations or a
    malformed value."""
    answers = rng.choice(PROFILES)(rng, as_of)
    for key in rng.sample(sorted(answers), k=len(answers) // 3):
        if key != "as_of_date":
            del answers[key]
    for key, value in answers.items():
        if value == "no" and rng.random() < 0.3:
            answers[key] = "dont_know"
    if rng.random() < 0.3:
        answers.pop("situations", None)
    if rng.random() < 0.2:
        answers[rng.choice(("work_start_date", "annual_wage_rmb", "situations"))] = rng.choice(
            ("2021-02-30", "lots", ["nonsense"], None, -5)
        )
    return answers


def generate(seed: int = 0) -> Iterator[Answers]:
    """An endless, deterministic stream of varied answers (one in four partial)."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    while True:
        as_of = start + timedelta(days=rng.randint(0, 3 * 365))
        profile = partial if rng.random() < 0.25 else rng.choice(PROFILES)
        yield profile(rng, as_of)
