"""Assessments as the questionnaire stores them, evaluated by the real engine, and the people
who review them."""

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from eligibility import flow
from eligibility.advisors import setup_advisors_group
from eligibility.engine import RULE_SETS, evaluate
from eligibility.models import Assessment
from tests.questionnaire.applicants import CLEAN_RECORD

RECORD = {
    "economic_means": "yes",
    "sensitive_consent": "agree",
    **CLEAN_RECORD,
    "health_conditions": [],
}
WORK = {
    "stay_purpose": "work",
    **RECORD,
    "work_lawful": "yes",
    "income_consent": "agree",
    "work_interrupted": "no",
    "tax_record_issues": "no",
    "credit_record_issues": "no",
    "chinese_origin": "no",
    "priority_industry_confirmed": "no",
    "competent_authority_recommendation": "not_yet",
}


def wages(first_year: int, amount: int, tax: int) -> dict[str, Any]:
    """The same wage in each of 8 calendar years and tax in each of 4, from ``first_year``
    back."""
    found: dict[str, Any] = {"wage_years_from": first_year}
    for year in range(1, 9):
        found["annual_wage_rmb" if year == 1 else f"annual_wage_rmb_{year}"] = amount
        if year <= 4:
            found["income_tax_rmb" if year == 1 else f"income_tax_rmb_{year}"] = tax
    return found


# Under the draft, eligible on arts. 13(2), 15(1) and 15(4) when submitted in 2026, only on art.
# 13(2) in 2018; under the rules in force, on art. 6(1)(2) in 2026 and on none in 2018.
PROFESSOR = {
    **WORK,
    "date_of_birth": "1975-05-12",
    "nationality": "DE",
    "situations": ["work", "academic"],
    "work_start_date": "2016-09-01",
    "days_in_china_since_work_start": 2500,
    "days_in_china_last_4_years": 1300,
    "fewest_days_in_china_last_4_years": 300,
    "annual_wage_now_rmb": 650_000,
    **wages(2025, 600_000, 150_000),
    "local_average_wage_rmb": 120_000,
    "highest_degree": "doctorate",
    "academic_title": "full",
    "institution_national_key": "yes",
    "employer_kinds": ["key_university"],
    "employer_recommendation": "obtained",
    "senior_post": "no",
    "post_held_since": "2018-09-01",
    "accompanying_family": ["spouse", "minor_children"],
    "contact": "no",
}
HIGH_EARNER = {
    **WORK,
    "date_of_birth": "1980-08-03",
    "nationality": "CA",
    "situations": ["work"],
    "work_start_date": "2015-03-01",
    "days_in_china_since_work_start": 3000,
    "days_in_china_last_4_years": 1300,
    "fewest_days_in_china_last_4_years": 310,
    "annual_wage_now_rmb": 1_600_000,
    **wages(2025, 1_500_000, 400_000),
    "local_average_wage_rmb": 130_000,
    "highest_degree": "master",
    "renowned_university": "no",
    "employer_kinds": [],
    "employer_recommendation": "not_yet",
    "senior_post": "no",
    "professional_title": "intermediate",
    "equivalent_treatment": "no",
    "accompanying_family": [],
    "contact": "yes",
}
SPOUSE = {
    "date_of_birth": "1985-02-20",
    "nationality": "BR",
    "situations": ["family"],
    "stay_purpose": "family",
    **RECORD,
    "family_links": ["spouse"],
    "spouse_status": "chinese_citizen_in_china",
    "marriage_date": "2015-06-01",
    "marriage_recognised_in_china": "yes",
    "living_together_in_china_since": "2015-07-01",
    "living_together_interrupted": "no",
    "resident_in_china_since": "2015-07-01",
    "fewest_days_in_china_per_year": 300,
    "stable_livelihood": "yes",
    "home_in_china": "yes",
    "contact": "no",
}
NO_SITUATION = {
    "date_of_birth": "1990-01-01",
    "nationality": "FR",
    "situations": [],
    "stay_purpose": "outside_china",
    **RECORD,
    "contact": "no",
}
# Stopped after the first page.
STARTED = {"date_of_birth": "1990-01-01", "nationality": "Kenyan"}
SUBMITTED_ON = date(2026, 11, 2)

MakeAssessment = Callable[..., Assessment]


@pytest.fixture
def make_assessment(db) -> MakeAssessment:
    """An assessment with these answers; unless ``submitted=False``, submitted with the results
    the engine gives under each rule set as of ``evaluated_on`` (by default the day it was
    submitted)."""

    def make(
        answers: dict[str, Any],
        *,
        submitted: bool = True,
        language: str = "en",
        contact: tuple[str, str] | None = None,
        submitted_on: date = SUBMITTED_ON,
        evaluated_on: date | None = None,
    ) -> Assessment:
        assessment = Assessment.start(language)
        assessment.answers = dict(answers)
        if contact:
            assessment.contact_consent = True
            assessment.contact_name, assessment.contact_email = contact
        if submitted:
            assessment.status = Assessment.Status.SUBMITTED
            assessment.submitted_at = timezone.make_aware(
                datetime.combine(submitted_on, datetime.min.time().replace(hour=10))
            )
        assessment.save()
        if submitted:
            facts = flow.replay(answers).facts(as_of=evaluated_on or submitted_on)
            assessment.record_results({id: evaluate(facts, id) for id in RULE_SETS})
        return assessment

    return make


@pytest.fixture
def advisor(db) -> User:
    user = User.objects.create_user("advisor", password="secret", is_staff=True)
    user.groups.add(setup_advisors_group())
    return user


@pytest.fixture
def advisor_client(advisor: User) -> Client:
    client = Client()
    client.force_login(advisor)
    return client
