"""Sample applicants: the answers each would give, page by page, as a browser would post them."""

from datetime import date
from typing import Any

from eligibility.flow import PAGES_BY_ID
from eligibility.models import Assessment

Form = dict[str, Any]

# The answers of someone with nothing on their record: every risk question answered "no".
CLEAN_RECORD: Form = {
    "chinese_law_issues": "no",
    "criminal_conviction": "no",
    "deported_from_china": "no",
    "false_information": "no",
    "economic_means": "yes",
    "medical_finding": "none",
}

PROFESSOR: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1975, 5, 12), "nationality": "DE"},
    "situations": {"situations": ["work", "academic"]},
    "stay-purpose": {"stay_purpose": "work"},
    "record": CLEAN_RECORD,
    "work": {
        "work_lawful": "yes",
        "work_start_date": date(2016, 9, 1),
        "work_interrupted": "no",
    },
    "days-in-china": {"days_in_china_since_work_start": "2500"},
    "wage": {"annual_wage_rmb": "600,000", "local_average_wage_rmb": "120000"},
    "tax-and-credit": {"tax_record_issues": "no", "credit_record_issues": "no"},
    "degree": {"highest_degree": "doctorate"},
    "priority-talent": {
        "priority_industry_confirmed": "dont_know",
        "competent_authority_recommendation": "not_yet",
    },
    "academic": {
        "academic_title": "full",
        "institution_national_key": "yes",
        "institution_recommendation": "obtained",
    },
    "accompanying-family": {"accompanying_family": ["spouse", "minor_children"]},
    "contact": {"contact": "no"},
}

HIGH_EARNER: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1980, 8, 3), "nationality": "CA"},
    "situations": {"situations": ["work"]},
    "stay-purpose": {"stay_purpose": "work"},
    "record": CLEAN_RECORD,
    "work": {
        "work_lawful": "yes",
        "work_start_date": date(2015, 3, 1),
        "work_interrupted": "no",
    },
    "days-in-china": {"days_in_china_since_work_start": "3000"},
    "wage": {"annual_wage_rmb": "1,500,000", "local_average_wage_rmb": "130,000"},
    "tax-and-credit": {"tax_record_issues": "no", "credit_record_issues": "no"},
    "degree": {"highest_degree": "master"},
    "renowned-university": {"renowned_university": "no"},
    "priority-talent": {
        "priority_industry_confirmed": "no",
        "competent_authority_recommendation": "not_yet",
    },
    "accompanying-family": {"accompanying_family": ["none"]},
    "contact": {
        "contact": "yes",
        "contact_name": "Anna Smith",
        "contact_email": "anna@example.com",
    },
}

SPOUSE: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1985, 2, 20), "nationality": "BR"},
    "situations": {"situations": ["family"]},
    "stay-purpose": {"stay_purpose": "family"},
    "record": CLEAN_RECORD,
    "family": {"family_links": ["spouse"]},
    "spouse": {"spouse_status": "chinese_citizen_in_china"},
    "marriage": {"marriage_date": date(2015, 6, 1), "marriage_recognised_in_china": "yes"},
    "living-together": {
        "living_together_in_china_since": date(2015, 7, 1),
        "living_together_interrupted": "no",
    },
    "days-each-year": {"fewest_days_in_china_per_year": "300"},
    "livelihood": {"stable_livelihood": "yes", "home_in_china": "yes"},
    "contact": {"contact": "no"},
}


def post_data(form: Form) -> Form:
    """The form as a browser posts it: a date is three boxes, day, month and year."""
    data: Form = {}
    for name, value in form.items():
        if isinstance(value, date):
            data[f"{name}_day"] = str(value.day)
            data[f"{name}_month"] = str(value.month)
            data[f"{name}_year"] = str(value.year)
        else:
            data[name] = value
    return data


def answers_of(applicant: dict[str, Form]) -> dict[str, Any]:
    """The answers that a sample applicant's forms store, without a database."""
    assessment = Assessment(answers={})
    for page_id, form in applicant.items():
        bound = PAGES_BY_ID[page_id].form_class(post_data(form), assessment=assessment)
        assert bound.is_valid(), (page_id, bound.errors)
        bound.save_to(assessment)
    return assessment.answers
