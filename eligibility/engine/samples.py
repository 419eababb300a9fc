"""Varied, realistic answers for benchmarks and robustness tests, generated deterministically.

Profiles: professors, high earners, spouses, investors, minors, elderly relatives, people citing
a contribution or an achievement, and partial answers (missing facts, "don't know", no
``situations`` at all, an occasional malformed value).
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
    return {
        "as_of_date": as_of.isoformat(),
        "stay_purpose": "diplomatic_official" if rng.random() < 0.03 else stay_purpose,
        "chinese_law_issues": _tri(rng, 0.03, 0.9),
        "criminal_conviction": "yes" if rng.random() < 0.05 else "no",
        "economic_means": _tri(rng, 0.85, 0.05),
        "medical_finding": rng.choice(
            ("none", "none", "none", "not_examined", "serious_condition")
        ),
        "deported_from_china": "yes" if rng.random() < 0.02 else "no",
        "false_information": "yes" if rng.random() < 0.02 else "no",
        "nationality": rng.choice(("German", "Canadian", "Kenyan", "Brazilian", "Japanese")),
        "date_of_birth": _day(rng, as_of, 25, 55),
    }


def _work(rng: random.Random, as_of: date) -> Answers:
    years = rng.uniform(0.5, 12)
    interrupted = _tri(rng, 0.2, 0.7)
    answers = {
        "work_lawful": _tri(rng, 0.9, 0.05),
        "work_start_date": _day(rng, as_of, years, years),
        "work_interrupted": interrupted,
        "days_in_china_since_work_start": int(years * 365 * rng.uniform(0.5, 0.95)),
        "tax_record_issues": _tri(rng, 0.05, 0.9),
        "credit_record_issues": _tri(rng, 0.03, 0.92),
        "highest_degree": rng.choice(("doctorate", "master", "bachelor", "other")),
        "renowned_university": _tri(rng, 0.3, 0.5),
        "priority_industry_confirmed": _tri(rng, 0.3, 0.4),
        "competent_authority_recommendation": rng.choice(("obtained", "not_yet")),
    }
    average = rng.choice((85_000, 120_000, 150_000, 190_000))
    answers["annual_wage_rmb"] = int(average * rng.uniform(1, 8))
    if rng.random() < 0.8:
        answers["local_average_wage_rmb"] = average if rng.random() < 0.7 else str(average)
    if interrupted == "yes":
        answers["work_continuous_since"] = _day(rng, as_of, 0.2, years)
    return answers


def professor(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, "work")
    answers.update(_work(rng, as_of))
    answers["situations"] = ["work", "academic"]
    answers["academic_title"] = rng.choice(("full", "associate", "assistant", "other"))
    answers["institution_national_key"] = _tri(rng, 0.5, 0.3)
    answers["institution_recommendation"] = rng.choice(("obtained", "not_yet"))
    return answers


def high_earner(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, "work")
    answers.update(_work(rng, as_of))
    answers["situations"] = ["work"] + (["enterprise_senior"] if rng.random() < 0.4 else [])
    if "enterprise_senior" in answers["situations"]:
        answers["enterprise_high_tech_certified"] = _tri(rng, 0.4, 0.4)
        answers["enterprise_innovative_or_well_known"] = _tri(rng, 0.3, 0.4)
        answers["enterprise_post"] = rng.choice(
            ("senior_management", "senior_technical", "other", "dont_know")
        )
        answers["enterprise_recommendation"] = rng.choice(("obtained", "not_yet"))
    if rng.random() < 0.3:
        answers["accompanying_family"] = ["spouse", "minor_children"]
    return answers


def _family_base(rng: random.Random, as_of: date, link: str) -> Answers:
    answers = _general(rng, as_of, "family")
    answers["situations"] = ["family"]
    answers["family_links"] = [link]
    answers["fewest_days_in_china_per_year"] = rng.randint(200, 366)
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
        }
    )
    return answers


def minor(rng: random.Random, as_of: date) -> Answers:
    answers = _family_base(rng, as_of, "parent")
    answers["date_of_birth"] = _day(rng, as_of, 0.1, 19)
    answers["stay_purpose"] = "family"
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


def investor(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, "business_investment")
    answers["situations"] = ["investment"]
    answers["investment_amount_rmb"] = rng.choice(
        (rng.randint(1, 30) * 1_000_000, f"{rng.uniform(1e6, 3e7):.2f}")
    )
    answers["investment_direct_paid_in"] = _tri(rng, 0.7, 0.15)
    answers["investment_encouraged_confirmed"] = _tri(rng, 0.4, 0.4)
    answers["investment_high_tech_or_innovative"] = _tri(rng, 0.3, 0.5)
    if rng.random() < 0.5:
        answers["accompanying_family"] = ["spouse"]
    return answers


def distinguished(rng: random.Random, as_of: date) -> Answers:
    answers = _general(rng, as_of, rng.choice(("work", "other", "outside_china")))
    answers["situations"] = rng.sample(("contribution", "achievement", "other_reason"), 2)
    answers["contribution_kinds"] = rng.sample(
        (
            "science_education_culture_health_sport",
            "public_welfare_in_china",
            "friendship_peace_development",
            "other",
        ),
        rng.randint(1, 2),
    )
    answers["contribution_recommendation"] = rng.choice(("obtained", "not_yet"))
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
