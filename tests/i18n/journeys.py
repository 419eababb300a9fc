"""Applicants who answer in Chinese, and walking the questionnaire with the test client."""

from collections.abc import Callable
from datetime import date
from uuid import UUID

from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.applicants import CLEAN_RECORD as RECORD
from tests.questionnaire.applicants import (
    HIGH_EARNER,
    INVESTOR,
    PROFESSOR,
    SENSITIVE,
    SPOUSE,
    Form,
    post_data,
    wages,
)

# Every situation and every family member: this applicant sees every page of the questionnaire
# but the investors' own tax record page (they work in China, so they answer it with their pay).
EVERY_PAGE: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1960, 3, 1), "nationality": "CA"},
    "situations": {
        "situations": [
            "work",
            "academic",
            "enterprise_senior",
            "investment",
            "family",
            "family_of_applicant",
            "contribution",
            "achievement",
            "high_level_talent",
            "other_reason",
        ]
    },
    "stay": {"stay_purpose": "work", "economic_means": "yes"},
    **SENSITIVE,
    "record": {**RECORD, "criminal_conviction": "yes"},
    "conviction": {"conviction_places": ["abroad_elsewhere"]},
    "work": {
        "work_lawful": "yes",
        "work_start_date": date(2015, 3, 1),
        "work_interrupted": "yes",
    },
    "work-continuous-since": {"work_continuous_since": date(2018, 1, 1)},
    "days-in-china": {
        "days_in_china_since_continuous_start": "2000",
        "days_in_china_last_4_years": "1200",
        "fewest_days_in_china_last_4_years": "182",
        "fewest_days_in_china_last_4_calendar_years": "190",
    },
    "income-questions": {"income_consent": "agree"},
    "wage": {
        "annual_wage_now_rmb": "950,000",
        "local_average_wage_rmb": "120,000",
        "tax_record_issues": "no",
        "credit_record_issues": "dont_know",
    },
    "wage-by-year": wages(*["900,000"] * 8, taxes=("150,000",) * 4),
    "degree": {"highest_degree": "master", "chinese_origin": "yes"},
    "renowned-university": {"renowned_university": "dont_know"},
    "academic": {"academic_title": "intermediate_other", "institution_national_key": "dont_know"},
    "enterprise": {
        "enterprise_innovative_or_well_known": "dont_know",
        "enterprise_post": "senior_technical",
    },
    "employer": {
        "employer_kinds": ["national_lab_or_centre"],
        "priority_industry_confirmed": "yes",
        "employer_recommendation": "not_yet",
        "competent_authority_recommendation": "obtained",
    },
    "priority-work-since": {"priority_work_since": date(2019, 1, 1)},
    "post": {"senior_post": "no", "professional_title": "intermediate"},
    "equivalent-treatment": {"equivalent_treatment": "yes"},
    "post-since": {"post_held_since": date(2019, 1, 1)},
    "key-region": {"key_region_confirmed": "dont_know", "key_region_work_since": date(2020, 1, 1)},
    "investment": {
        "investment_currency": "rmb",
        "investment_total": "12,000,000",
        "investment_paid_in": "10,000,000",
    },
    "investment-where": {
        "investment_paid_in_encouraged": "3,000,000",
        "investment_paid_in_west": "0",
        "investment_paid_in_poverty_county": "1,000,000",
        "investment_paid_in_central": "0",
    },
    "investment-how": {
        "investment_form": "holding_company",
        "investment_stable_since": date(2020, 6, 1),
    },
    "investment-kind": {
        "investment_encouraged_confirmed": "dont_know",
        "investment_high_tech_or_innovative": "no",
    },
    "contribution": {
        "contribution_kinds": [
            "science_education_culture_health_sport",
            "public_welfare_in_china",
            "friendship_peace_development",
            "other",
        ],
    },
    "achievement": {"recognised_achievement": "dont_know"},
    "recommendation": {"government_recommendation": "key_region_administration"},
    "family": {"family_links": ["spouse", "parent", "other_direct_relative"]},
    "spouse": {"spouse_status": "pr_holder_in_china"},
    "marriage": {"marriage_date": date(2012, 5, 20), "marriage_recognised_in_china": "yes"},
    "living-together": {
        "living_together_in_china_since": date(2013, 1, 1),
        "living_together_interrupted": "yes",
    },
    "parent": {"parent_status": "chinese_national_in_china", "child_relationship": "adopted"},
    "relative": {"relative_in_china_status": "chinese_national_in_china"},
    "relatives-abroad": {"direct_relatives_abroad": ["grandchild"]},
    "resident-since": {"resident_in_china_since": date(2016, 1, 1)},
    "days-each-year": {
        "fewest_days_in_china_per_year": "274",
        "fewest_days_in_china_per_calendar_year": "280",
    },
    "livelihood": {"stable_livelihood": "yes", "home_in_china": "yes"},
    "family-member-application": {
        "principal_relation": "spouse",
        "principal_grounds": "salary",
        "principal_status": "applying",
    },
    "married": {"married": "no"},
    "other-reason": {"other_reason": "我的家人都在中国生活，我希望和他们一起长期居住。"},
    "accompanying-family": {"accompanying_family": ["spouse", "minor_children"]},
    "contact": {"contact": "yes", "contact_name": "王小明", "contact_email": "wang@example.com"},
}

# A diplomat with a conviction, a deportation, a serious illness and no means: every risk is
# raised, and the general and basic conditions fail.
EVERY_RISK: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1988, 11, 30), "nationality": "SE"},
    "situations": {"situations": ["other_reason"]},
    "stay": {"stay_purpose": "diplomatic_official", "economic_means": "no"},
    "sensitive-questions": {"sensitive_consent": "agree"},
    "record": {
        "chinese_law_issues": "yes",
        "serious_violation_in_china": "yes",
        "criminal_conviction": "yes",
        "deported_from_china": "yes",
        "false_information": "yes",
    },
    "conviction": {"conviction_places": ["china", "abroad_lived_2_years"]},
    "health": {"health_conditions": ["serious_mental_or_infectious", "other_listed"]},
    "other-reason": {"other_reason": "工作需要。"},
    "contact": {"contact": "no"},
}

# Nothing applies: no route concerns this applicant, who prefers not to answer the sensitive
# questions.
NOTHING_APPLIES: dict[str, Form] = {
    "about-you": {"date_of_birth": date(2001, 7, 9), "nationality": "KE"},
    "situations": {"situations": ["none"]},
    "stay": {"stay_purpose": "outside_china", "economic_means": "dont_know"},
    "sensitive-questions": {"sensitive_consent": "decline"},
    "contact": {"contact": "no"},
}


def in_chinese(applicant: dict[str, Form]) -> dict[str, Form]:
    """A sample applicant of the questionnaire's tests, with what they typed in Chinese."""
    typed = {
        "about-you": {"nationality": "DE"},
        "contact": {"contact_name": "李华", "contact_email": "li@example.com"},
    }
    return {
        page_id: {**form, **{k: v for k, v in typed.get(page_id, {}).items() if k in form}}
        for page_id, form in applicant.items()
    }


APPLICANTS = {
    "professor": in_chinese(PROFESSOR),
    "high_earner": in_chinese(HIGH_EARNER),
    "spouse": in_chinese(SPOUSE),
    "investor": in_chinese(INVESTOR),
    "every_page": EVERY_PAGE,
    "every_risk": EVERY_RISK,
    "nothing_applies": NOTHING_APPLIES,
}
# What the applicants typed themselves: their data, not interface text.
TYPED = ("wang@example.com", "li@example.com")

Visit = Callable[[str, str, HttpResponse], None]


def switch_language(client: Client, language: str, next_url: str = "/") -> HttpResponse:
    """Presses the language button in the header: a POST to set_language."""
    response = client.post(reverse("set_language"), {"language": language, "next": next_url})
    assert response.status_code == 302, response.status_code
    return response


def page_id_of(url: str) -> str:
    return url.split("/q/", 1)[1].split("?", 1)[0]


def walk(client: Client, applicant: dict[str, Form], visit: Visit | None = None) -> Assessment:
    """Starts an assessment and answers every page the questionnaire shows, in its order,
    calling ``visit`` on each page before answering it. Ends on Check your answers."""
    response = client.post(reverse("eligibility:start_assessment"))
    url = response["Location"]
    public_id = UUID(url.split("/a/", 1)[1].split("/", 1)[0])
    while "/q/" in url:
        page_id = page_id_of(url)
        assert page_id in applicant, f"the questionnaire asked {page_id}, which has no answers"
        if visit:
            visit(page_id, url, client.get(url))
        response = client.post(url, post_data(applicant[page_id]))
        assert response.status_code == 302, (page_id, response.content.decode()[:3000])
        url = response["Location"]
    assert url == reverse("eligibility:check", args=[public_id])
    return Assessment.objects.get(public_id=public_id)


def submit(client: Client, assessment: Assessment) -> HttpResponse:
    response = client.post(reverse("eligibility:submit", args=[assessment.public_id]))
    assert response.status_code == 302
    return client.get(response["Location"])
