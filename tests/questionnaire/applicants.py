"""Sample applicants: the answers each would give, page by page, as a browser would post them."""

from datetime import date
from typing import Any

from eligibility.flow import PAGES_BY_ID
from eligibility.models import Assessment

Form = dict[str, Any]

# The answers of someone with nothing on their record: every record question answered "no".
CLEAN_RECORD: Form = {
    "chinese_law_issues": "no",
    "serious_violation_in_china": "no",
    "criminal_conviction": "no",
    "deported_from_china": "no",
    "false_information": "no",
}
# Consent to the sensitive questions, then a clean record and no listed illness.
SENSITIVE: dict[str, Form] = {
    "sensitive-questions": {"sensitive_consent": "agree"},
    "record": CLEAN_RECORD,
    "health": {"health_conditions": ["none"]},
}
LAST_FULL_YEAR = date.today().year - 1


def wages(*amounts: str, taxes: tuple[str, ...] = ()) -> Form:
    """The wage (and tax) of each calendar year, the last full year first."""
    form: Form = {}
    for year, amount in enumerate(amounts, start=1):
        form["annual_wage_rmb" if year == 1 else f"annual_wage_rmb_{year}"] = amount
    for year, amount in enumerate(taxes, start=1):
        form["income_tax_rmb" if year == 1 else f"income_tax_rmb_{year}"] = amount
    return form


PROFESSOR: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1975, 5, 12), "nationality": "DE"},
    "situations": {"situations": ["work", "academic"]},
    "stay": {"stay_purpose": "work", "economic_means": "yes"},
    **SENSITIVE,
    "work": {
        "work_lawful": "yes",
        "work_start_date": date(LAST_FULL_YEAR - 9, 9, 1),
        "work_interrupted": "no",
    },
    "days-in-china": {
        "days_in_china_since_work_start": "2500",
        "days_in_china_last_4_years": "1300",
        "fewest_days_in_china_last_4_years": "300",
    },
    "income-questions": {"income_consent": "agree"},
    "wage": {
        "annual_wage_now_rmb": "650,000",
        "local_average_wage_rmb": "120000",
        "tax_record_issues": "no",
        "credit_record_issues": "no",
    },
    "wage-by-year": wages(*["600,000"] * 8, taxes=("150,000",) * 4),
    "degree": {"highest_degree": "doctorate", "chinese_origin": "no"},
    "academic": {"academic_title": "full", "institution_national_key": "yes"},
    "employer": {
        "employer_kinds": ["key_university"],
        "priority_industry_confirmed": "dont_know",
        "employer_recommendation": "obtained",
        "competent_authority_recommendation": "not_yet",
    },
    "post": {"senior_post": "no"},
    "post-since": {"post_held_since": date(LAST_FULL_YEAR - 7, 9, 1)},
    "accompanying-family": {"accompanying_family": ["spouse", "minor_children"]},
    "contact": {"contact": "no"},
}

HIGH_EARNER: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1980, 8, 3), "nationality": "CA"},
    "situations": {"situations": ["work"]},
    "stay": {"stay_purpose": "work", "economic_means": "yes"},
    **SENSITIVE,
    "work": {
        "work_lawful": "yes",
        "work_start_date": date(LAST_FULL_YEAR - 9, 3, 1),
        "work_interrupted": "no",
    },
    "days-in-china": {
        "days_in_china_since_work_start": "3000",
        "days_in_china_last_4_years": "1300",
        "fewest_days_in_china_last_4_years": "310",
    },
    "income-questions": {"income_consent": "agree"},
    "wage": {
        "annual_wage_now_rmb": "1,600,000",
        "local_average_wage_rmb": "130,000",
        "tax_record_issues": "no",
        "credit_record_issues": "no",
    },
    "wage-by-year": wages(*["1,500,000"] * 8, taxes=("400,000",) * 4),
    "degree": {"highest_degree": "master", "chinese_origin": "no"},
    "renowned-university": {"renowned_university": "no"},
    "employer": {
        "employer_kinds": ["none"],
        "priority_industry_confirmed": "no",
        "employer_recommendation": "not_yet",
        "competent_authority_recommendation": "not_yet",
    },
    "post": {"senior_post": "no", "professional_title": "intermediate"},
    "equivalent-treatment": {"equivalent_treatment": "no"},
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
    "stay": {"stay_purpose": "family", "economic_means": "yes"},
    **SENSITIVE,
    "family": {"family_links": ["spouse"]},
    "spouse": {"spouse_status": "chinese_citizen_in_china"},
    "marriage": {"marriage_date": date(2015, 6, 1), "marriage_recognised_in_china": "yes"},
    "living-together": {
        "living_together_in_china_since": date(2015, 7, 1),
        "living_together_interrupted": "no",
    },
    "resident-since": {"resident_in_china_since": date(2015, 7, 1)},
    "days-each-year": {"fewest_days_in_china_per_year": "300"},
    "livelihood": {"stable_livelihood": "yes", "home_in_china": "yes"},
    "contact": {"contact": "no"},
}

INVESTOR: dict[str, Form] = {
    "about-you": {"date_of_birth": date(1970, 1, 15), "nationality": "SG"},
    "situations": {"situations": ["investment"]},
    "stay": {"stay_purpose": "business_investment", "economic_means": "yes"},
    **SENSITIVE,
    "investment": {
        "investment_currency": "usd",
        "investment_total": "2,500,000",
        "investment_paid_in": "2,200,000",
    },
    "investment-where": {
        "investment_paid_in_encouraged": "600,000",
        "investment_paid_in_west": "0",
        "investment_paid_in_poverty_county": "0",
        "investment_paid_in_central": "0",
    },
    "investment-how": {
        "investment_form": "direct",
        "investment_stable_since": date(LAST_FULL_YEAR - 5, 1, 1),
    },
    "investment-kind": {
        "investment_encouraged_confirmed": "yes",
        "investment_high_tech_or_innovative": "no",
    },
    "tax-record": {"tax_record_issues": "no"},
    "accompanying-family": {"accompanying_family": ["spouse"]},
    "contact": {"contact": "no"},
}

CHILD_BORN = date(LAST_FULL_YEAR - 15, 6, 1)
CHILD: dict[str, Form] = {
    # A child's date of birth is sent twice: the page asks to confirm the year first.
    "about-you": {
        "date_of_birth": CHILD_BORN,
        "date_of_birth_confirmed": CHILD_BORN.isoformat(),
        "nationality": "FR",
    },
    "situations": {"situations": ["family"]},
    "stay": {"stay_purpose": "family", "economic_means": "yes"},
    **SENSITIVE,
    "family": {"family_links": ["parent"]},
    "parent": {"parent_status": "pr_holder_in_china", "child_relationship": "biological"},
    "married": {"married": "no"},
    "contact": {"contact": "no"},
}


def until(applicant: dict[str, Form], page_id: str) -> dict[str, Form]:
    """The applicant's answers to the pages before ``page_id``."""
    pages = list(applicant)
    return {page: applicant[page] for page in pages[: pages.index(page_id)]}


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
