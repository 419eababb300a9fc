from collections.abc import Callable
from copy import deepcopy
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from eligibility.models import Assessment
from tests.questionnaire.applicants import (
    CHILD,
    HIGH_EARNER,
    PROFESSOR,
    SENSITIVE,
    SPOUSE,
    Form,
    post_data,
    wages,
)
from tests.questionnaire.conftest import question_url

Applicant = dict[str, Form]


def years_ago(years: int, months: int = 0) -> date:
    today = timezone.localdate()
    month = today.month - months
    year = today.year - years - (month <= 0)
    return date(year, month + 12 * (month <= 0), min(today.day, 28))


def changed(applicant: Applicant, **pages: Form) -> Applicant:
    """A sample applicant with some pages answered differently."""
    return {**deepcopy(applicant), **pages}


# Representative applicants, one for each kind of result.
ELIGIBLE_SPOUSE = SPOUSE
PROFESSOR_NOT_YET_RECOMMENDED = changed(
    PROFESSOR, employer={**PROFESSOR["employer"], "employer_recommendation": "not_yet"}
)
JUNIOR_WORKER = {
    page: form
    for page, form in changed(
        HIGH_EARNER,
        work={"work_lawful": "yes", "work_start_date": years_ago(2), "work_interrupted": "no"},
        **{
            "days-in-china": {
                "days_in_china_since_work_start": "600",
                "days_in_china_last_4_years": "600",
                "fewest_days_in_china_last_4_years": "0",
            },
            "wage": {**HIGH_EARNER["wage"], "annual_wage_now_rmb": "390,000"},
            "wage-by-year": {"annual_wage_rmb": "390,000", "annual_wage_rmb_2": "200,000"},
        },
    ).items()
}
WAGE_UNKNOWN = changed(
    HIGH_EARNER,
    wage={**HIGH_EARNER["wage"], "local_average_wage_rmb": "", "average_wage_unknown": "on"},
)
DIPLOMAT = changed(SPOUSE, stay={"stay_purpose": "diplomatic_official", "economic_means": "yes"})
# Pages are answered in questionnaire order: the reason comes before the contact page.
SPOUSE_WITH_OTHER_REASON = {
    page_id: form
    for page_id, form in changed(
        SPOUSE, situations={"situations": ["family", "other_reason"]}
    ).items()
    if page_id != "contact"
} | {
    "other-reason": {"other_reason": "My children go to school here."},
    "contact": SPOUSE["contact"],
}


# The five applicants of issue 11, walked through the questionnaire's pages.
# An engineer with 5 years' work in China and 7x the local average wage, not yet recommended.
ENGINEER: Applicant = {
    "about-you": {"date_of_birth": date(1988, 4, 9), "nationality": "IN"},
    "situations": {"situations": ["work"]},
    "stay": {"stay_purpose": "work", "economic_means": "yes"},
    **SENSITIVE,
    "work": {"work_lawful": "yes", "work_start_date": years_ago(5), "work_interrupted": "no"},
    "days-in-china": {
        "days_in_china_since_work_start": "1650",
        "days_in_china_last_4_years": "1320",
        "fewest_days_in_china_last_4_years": "300",
    },
    "income-questions": {"income_consent": "agree"},
    "wage": {
        "annual_wage_now_rmb": "840,000",
        "local_average_wage_rmb": "120,000",
        "tax_record_issues": "no",
        "credit_record_issues": "no",
    },
    "wage-by-year": wages(*["800,000"] * 4, taxes=("200,000",) * 4),
    "degree": {"highest_degree": "master", "chinese_origin": "no"},
    "renowned-university": {"renowned_university": "no"},
    "employer": {
        "employer_kinds": ["high_tech_enterprise"],
        "priority_industry_confirmed": "no",
        "employer_recommendation": "not_yet",
        "competent_authority_recommendation": "not_yet",
    },
    "post": {"senior_post": "no", "professional_title": "intermediate"},
    "equivalent-treatment": {"equivalent_treatment": "no"},
    "accompanying-family": {"accompanying_family": ["spouse", "minor_children"]},
    "contact": {"contact": "no"},
}
# A 16-year-old joining a parent with permanent residence (18 in a year and nine months).
CHILD_BORN = years_ago(16, 3)
CHILD_OF_RESIDENT: Applicant = changed(
    CHILD,
    **{
        "about-you": {
            "date_of_birth": CHILD_BORN,
            "date_of_birth_confirmed": CHILD_BORN.isoformat(),  # a child's year is confirmed
            "nationality": "FR",
        }
    },
)
# A scientist with an internationally recognised achievement, living abroad, not yet recommended.
SCIENTIST_ABROAD: Applicant = {
    "about-you": {"date_of_birth": date(1958, 10, 2), "nationality": "SE"},
    "situations": {"situations": ["achievement"]},
    "stay": {"stay_purpose": "outside_china", "economic_means": "yes"},
    **SENSITIVE,
    "achievement": {"recognised_achievement": "yes"},
    "recommendation": {"government_recommendation": "not_yet"},
    "accompanying-family": {"accompanying_family": ["spouse"]},
    "contact": {"contact": "no"},
}
# A student in China, in none of the situations the routes are for.
STUDENT: Applicant = {
    "about-you": {"date_of_birth": date(2003, 2, 14), "nationality": "KE"},
    "situations": {"situations": ["none"]},
    "stay": {"stay_purpose": "study", "economic_means": "yes"},
    **SENSITIVE,
    "contact": {"contact": "no"},
}
JOURNEYS: dict[str, Applicant] = {
    "engineer": ENGINEER,
    "spouse": SPOUSE,
    "child": CHILD_OF_RESIDENT,
    "scientist": SCIENTIST_ABROAD,
    "student": STUDENT,
}


def result_url(assessment: Assessment) -> str:
    return reverse("eligibility:result", args=[assessment.public_id])


@pytest.fixture
def submit(client: Client, transactional_db) -> Callable[[Applicant], Assessment]:
    """Answers every page of the questionnaire as an applicant would, then submits: the result
    comes from the real flow and engine. Works for browser tests too (transactional)."""

    def run(applicant: Applicant) -> Assessment:
        client.post(reverse("eligibility:start_assessment"))
        assessment = Assessment.objects.latest("created_at")
        for page_id, form in applicant.items():
            response = client.post(question_url(assessment, page_id), post_data(form))
            assert response.status_code == 302, (page_id, response.content.decode()[:2000])
        response = client.post(reverse("eligibility:submit", args=[assessment.public_id]))
        assert response["Location"] == result_url(assessment)
        assessment.refresh_from_db()
        assert assessment.is_submitted
        return assessment

    return run


@pytest.fixture
def result_page(client: Client) -> Callable[[Assessment], str]:
    def run(assessment: Assessment) -> str:
        response = client.get(result_url(assessment))
        assert response.status_code == 200
        return response.content.decode()

    return run
