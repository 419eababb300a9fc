"""Every page renders with one heading, and nothing a browser can send makes a page fail."""

from datetime import date

import pytest
from django.conf import settings

from eligibility import flow
from tests.questionnaire.applicants import PROFESSOR, answers_of, post_data
from tests.questionnaire.conftest import question_url

# An applicant for whom every page of the questionnaire applies but one: the tax record page
# for investors who do not work in China (those who do answer it on the pay page).
EVERYTHING = {
    **PROFESSOR,
    "situations": {"situations": [value for value, _label in flow.forms.SITUATION_CHOICES]},
    "sensitive-questions": {"sensitive_consent": "agree"},
    "record": {**PROFESSOR["record"], "criminal_conviction": "yes"},
    "conviction": {"conviction_places": ["abroad_elsewhere"]},
    "work": {"work_lawful": "yes", "work_start_date": date(2016, 9, 1), "work_interrupted": "yes"},
    "work-continuous-since": {"work_continuous_since": date(2018, 1, 1)},
    "days-in-china": {
        "days_in_china_since_continuous_start": "1500",
        "days_in_china_last_4_years": "1200",
        "fewest_days_in_china_last_4_years": "250",
        "fewest_days_in_china_last_4_calendar_years": "240",
    },
    "degree": {"highest_degree": "master", "chinese_origin": "yes"},
    "renowned-university": {"renowned_university": "dont_know"},
    "academic": {"academic_title": "intermediate_other", "institution_national_key": "yes"},
    "enterprise": {
        "enterprise_innovative_or_well_known": "dont_know",
        "enterprise_post": "senior_technical",
    },
    "employer": {
        "employer_kinds": ["national_lab_or_centre"],
        "priority_industry_confirmed": "yes",
        "employer_recommendation": "not_yet",
        "competent_authority_recommendation": "not_yet",
    },
    "priority-work-since": {"priority_work_since": date(2019, 1, 1)},
    "post": {"senior_post": "no"},
    "equivalent-treatment": {"equivalent_treatment": "yes"},
    "post-since": {"post_held_since": date(2019, 1, 1)},
    "key-region": {
        "key_region_confirmed": "dont_know",
        "key_region_work_since": date(2020, 1, 1),
    },
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
    "contribution": {"contribution_kinds": ["public_welfare_in_china", "other"]},
    "achievement": {"recognised_achievement": "dont_know"},
    "recommendation": {"government_recommendation": "provincial_government"},
    "family": {"family_links": ["spouse", "parent", "other_direct_relative"]},
    "spouse": {"spouse_status": "pr_holder_abroad"},
    "marriage": {"marriage_date": date(2010, 5, 1), "marriage_recognised_in_china": "dont_know"},
    "living-together": {
        "living_together_in_china_since": date(2011, 1, 1),
        "living_together_interrupted": "yes",
    },
    "parent": {"parent_status": "chinese_national_in_china", "child_relationship": "adopted"},
    "relative": {"relative_in_china_status": "pr_holder_in_china"},
    "relatives-abroad": {"direct_relatives_abroad": ["grandchild"]},
    "resident-since": {"resident_in_china_since": date(2012, 3, 4)},
    "days-each-year": {
        "fewest_days_in_china_per_year": "280",
        "fewest_days_in_china_per_calendar_year": "270",
    },
    "livelihood": {"stable_livelihood": "dont_know", "home_in_china": "no"},
    "family-member-application": {
        "principal_relation": "parent",
        "principal_grounds": "dont_know",
        "principal_status": "applying",
    },
    "married": {"married": "no"},
    "other-reason": {"other_reason": "My work with a charity in Yunnan."},
}
NOT_FOR_EVERYONE = {"tax-record"}
ORDERED = {page.id: EVERYTHING[page.id] for page in flow.PAGES if page.id not in NOT_FOR_EVERYONE}
HUGE = "9" * 100_000
TAMPERED = [
    {},
    {"unknown_field": "x"},
    "every field: huge",
    "every field: a list",
    "every field: a null character",
    "every field: a tampered choice",
]


@pytest.fixture
def everything(assessment):
    assessment.answers = answers_of(ORDERED)
    assessment.save()
    return assessment


def test_every_page_applies_to_the_applicant_with_every_situation(everything):
    assert [page.id for page in flow.replay(everything.answers).path] == list(ORDERED)
    assert set(flow.PAGES_BY_ID) - set(ORDERED) == NOT_FOR_EVERYONE


@pytest.mark.parametrize("page_id", list(ORDERED))
def test_every_page_renders_with_one_heading(client, everything, page_id):
    response = client.get(question_url(everything, page_id))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert f"<title>{flow.PAGES_BY_ID[page_id].form_class.title()}".replace("'", "&#x27;") in html


def tampered_data(page_id: str, kind) -> dict:
    if isinstance(kind, dict):
        return kind
    data = post_data(ORDERED[page_id])
    value = {
        "every field: huge": HUGE,
        "every field: a list": ["1", "2", HUGE],
        "every field: a null character": "12\x00",
        "every field: a tampered choice": "'; DROP TABLE eligibility_assessment; --",
    }[kind]
    return {name: value for name in data}


@pytest.mark.parametrize("kind", TAMPERED, ids=str)
@pytest.mark.parametrize("page_id", list(ORDERED))
def test_nothing_a_browser_can_send_makes_a_page_fail(client, everything, page_id, kind):
    data = tampered_data(page_id, kind)
    response = client.post(question_url(everything, page_id), data)
    values = [
        value
        for field in data.values()
        for value in (field if isinstance(field, list) else [field])
    ]
    if sum(len(value) for value in values) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        assert response.status_code == 400  # refused whole, with a friendly page
        return
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert "There is a problem" in response.content.decode()
