"""The flow as tables: given answers, the path, the current page and the facts for the engine."""

from datetime import date

import pytest

from eligibility import flow
from eligibility.engine import evaluate
from eligibility.engine.facts import FACTS_BY_NAME
from tests.questionnaire.applicants import (
    CHILD,
    HIGH_EARNER,
    INVESTOR,
    PROFESSOR,
    SPOUSE,
    answers_of,
    until,
)
from tests.questionnaire.test_every_page import ORDERED as EVERYTHING

BASICS = {
    "date_of_birth": "1980-01-01",
    "nationality": "FR",
    "stay_purpose": "work",
    "economic_means": "yes",
    "sensitive_consent": "agree",
    "chinese_law_issues": "no",
    "serious_violation_in_china": "no",
    "criminal_conviction": "no",
    "deported_from_china": "no",
    "false_information": "no",
    "health_conditions": [],
}
WORK = {
    "work_lawful": "yes",
    "income_consent": "agree",
    "work_start_date": "2015-01-01",
    "work_interrupted": "no",
    "days_in_china_since_work_start": 3000,
    "days_in_china_last_4_years": 1200,
    "fewest_days_in_china_last_4_years": 250,
    "annual_wage_now_rmb": 520000,
    "local_average_wage_rmb": 100000,
    "tax_record_issues": "no",
    "credit_record_issues": "no",
    "annual_wage_rmb": 500000,
    "highest_degree": "doctorate",
    "chinese_origin": "no",
    "employer_kinds": [],
    "priority_industry_confirmed": "no",
    "employer_recommendation": "not_yet",
    "competent_authority_recommendation": "not_yet",
    "senior_post": "no",
    "professional_title": "intermediate",
    "equivalent_treatment": "no",
}
START = ["about-you", "situations", "stay", "sensitive-questions", "record", "health"]
WORK_PAGES = [
    "work",
    "days-in-china",
    "income-questions",
    "wage",
    "wage-by-year",
    "degree",
    "employer",
    "post",
    "equivalent-treatment",
]


def ids(pages) -> list[str]:
    return [page.id for page in pages]


@pytest.mark.parametrize(
    ("answers", "current"),
    [
        ({}, "about-you"),
        ({"date_of_birth": "1980-01-01", "nationality": "FR"}, "situations"),
        ({**BASICS, "situations": ["work"]}, "work"),
        ({**BASICS, "situations": ["academic"]}, "work"),
        ({**BASICS, "situations": ["enterprise_senior"]}, "work"),
        ({**BASICS, "situations": ["investment"]}, "investment"),
        ({**BASICS, "situations": ["contribution"]}, "contribution"),
        ({**BASICS, "situations": ["achievement"]}, "achievement"),
        ({**BASICS, "situations": ["family"]}, "family"),
        ({**BASICS, "situations": ["other_reason"]}, "other-reason"),
        ({**BASICS, "situations": []}, "contact"),
        ({**BASICS, "situations": ["work"], **WORK}, "accompanying-family"),
        (
            {**BASICS, "situations": ["work"], **WORK, "work_interrupted": "yes"},
            "work-continuous-since",
        ),
        (
            {**BASICS, "situations": ["work"], **WORK, "highest_degree": "master"},
            "renowned-university",
        ),
        ({**BASICS, "situations": ["academic"], **WORK}, "academic"),
        ({**BASICS, "situations": ["enterprise_senior"], **WORK}, "enterprise"),
        ({**BASICS, "situations": ["high_level_talent"]}, "recommendation"),
        ({**BASICS, "situations": ["family_of_applicant"]}, "family-member-application"),
        ({**BASICS, "sensitive_consent": "decline", "situations": []}, "contact"),
        (
            {**BASICS, "criminal_conviction": "yes", "situations": []},
            "conviction",
        ),
        ({**BASICS, "situations": ["work"], **WORK, "chinese_origin": "yes"}, "key-region"),
        (
            {**BASICS, "situations": ["work"], **WORK, "priority_industry_confirmed": "yes"},
            "priority-work-since",
        ),
        ({**BASICS, "situations": ["work"], **WORK, "senior_post": "yes"}, "post-since"),
        (
            {**BASICS, "situations": ["investment"], "investment_currency": "usd"},
            "investment",
        ),
        ({**BASICS, "situations": ["family"], "family_links": ["spouse"]}, "spouse"),
        ({**BASICS, "situations": ["family"], "family_links": ["parent"]}, "parent"),
        (
            {**BASICS, "situations": ["family"], "family_links": ["other_direct_relative"]},
            "relative",
        ),
        ({**BASICS, "situations": ["family"], "family_links": []}, "contact"),
        (
            {
                **BASICS,
                "situations": ["family"],
                "family_links": ["spouse"],
                "spouse_status": "chinese_citizen_in_china",
            },
            "marriage",
        ),
        (
            {
                **BASICS,
                "situations": ["family"],
                "family_links": ["spouse"],
                "spouse_status": "none_of_these",
            },
            "contact",
        ),
        (
            {
                **BASICS,
                "situations": ["family"],
                "family_links": ["other_direct_relative"],
                "relative_in_china_status": "pr_holder_in_china",
            },
            "relatives-abroad",
        ),
    ],
)
def test_the_current_page_is_the_first_unanswered_page_that_applies(answers, current):
    assert flow.replay(answers).current.id == current


def test_a_complete_set_of_answers_has_no_current_page_and_a_full_path():
    answers = {**BASICS, "situations": ["work"], **WORK, "accompanying_family": [], "contact": "no"}
    replay = flow.replay(answers)
    assert replay.is_complete
    assert ids(replay.path) == [*START, *WORK_PAGES, "accompanying-family", "contact"]
    asked = sum(flow.questions_on(page, answers) for page in replay.path)
    assert replay.question_count == flow.QuestionCount(asked, asked)


@pytest.mark.parametrize(
    ("applicant", "pages"),
    [
        (PROFESSOR, 18),
        (HIGH_EARNER, 18),
        (SPOUSE, 14),
        (INVESTOR, 13),
        (CHILD, 10),
    ],
)
def test_sample_applicants_see_the_pages_both_rule_sets_need(applicant, pages):
    replay = flow.replay(answers_of(applicant))
    assert replay.is_complete
    assert ids(replay.path) == list(applicant)
    assert len(replay.path) == pages


def test_declining_the_pay_questions_skips_them_and_the_salary_routes_cannot_tell():
    answers = {
        **BASICS,
        "situations": ["work"],
        **WORK,
        "income_consent": "decline",
        "accompanying_family": [],
        "contact": "no",
    }
    replay = flow.replay(answers)
    assert replay.is_complete
    shown = ids(replay.path)
    assert "income-questions" in shown
    assert "wage" not in shown and "wage-by-year" not in shown
    facts = replay.facts(date(2026, 1, 1))
    assert "annual_wage_now_rmb" not in facts and "tax_record_issues" not in facts
    salary = evaluate(facts, "current").to_dict()
    route = next(r for r in salary["routes"] if r["id"] == "cur_2019_2_salary_tax")
    assert route["outcome"] == "undetermined"


def test_changing_situations_keeps_the_later_answers_but_takes_them_off_the_path():
    answers = {**BASICS, "situations": ["work"], **WORK, "accompanying_family": [], "contact": "no"}
    answers["situations"] = ["family"]
    replay = flow.replay(answers)
    assert replay.current.id == "family"
    assert "work" not in ids(replay.path)
    assert "annual_wage_rmb" not in replay.answers
    assert answers["annual_wage_rmb"] == 500000  # kept, in case the applicant changes back

    answers["situations"] = ["work"]
    assert flow.replay(answers).is_complete


def test_a_stale_answer_off_the_path_does_not_open_the_pages_that_depend_on_it():
    answers = {
        **BASICS,
        "situations": ["work"],
        "family_links": ["spouse"],
        "spouse_status": "chinese_citizen_in_china",
    }
    pages = ids(flow.replay(answers).path)
    assert "spouse" not in pages and "marriage" not in pages


def test_the_engine_gets_only_facts_on_the_path_and_the_application_date():
    answers = {
        **BASICS,
        "situations": ["family"],
        "family_links": [],
        "annual_wage_rmb": 100,  # from a branch the applicant left
        "contact": "no",  # a question, not a fact
    }
    facts = flow.replay(answers).facts(as_of=date(2026, 3, 1))
    assert facts["as_of_date"] == "2026-03-01"
    assert "annual_wage_rmb" not in facts
    assert "contact" not in facts
    assert facts["family_links"] == []
    assert set(facts) <= set(FACTS_BY_NAME)


def test_previous_and_next_follow_the_path():
    answers = {**BASICS, "situations": ["work"], **WORK}
    replay = flow.replay(answers)
    page = flow.PAGES_BY_ID
    assert replay.previous(page["about-you"]) is None
    assert replay.previous(page["work"]) == page["health"]
    assert replay.next(page["health"]) == page["work"]
    assert replay.next(page["equivalent-treatment"]) == page["accompanying-family"]
    assert replay.previous(page["accompanying-family"]) == page["equivalent-treatment"]
    # About you asks two questions, then one for situations and two for the stay; the record
    # page asks five: progress counts questions, not pages.
    assert replay.answered_before(page["about-you"]) == 0
    assert replay.answered_before(page["record"]) == 6
    assert replay.answered_before(page["work"]) == 12


def test_pages_off_the_path_or_beyond_the_current_page_cannot_be_shown():
    replay = flow.replay({**BASICS, "situations": ["family"]})
    page = flow.PAGES_BY_ID
    assert replay.can_show(page["record"])
    assert replay.can_show(page["health"])
    assert replay.can_show(page["family"])
    assert not replay.can_show(page["work"])
    assert not replay.can_show(page["contact"])


def questions_asked(applicant: dict) -> int:
    answers = answers_of(applicant)
    return sum(flow.questions_on(flow.PAGES_BY_ID[page_id], answers) for page_id in applicant)


NOBODY_IN_PARTICULAR = {
    "about-you": SPOUSE["about-you"],
    "situations": {"situations": ["none"]},
    "stay": {"stay_purpose": "outside_china", "economic_means": "dont_know"},
    "sensitive-questions": {"sensitive_consent": "decline"},
    "contact": {"contact": "no"},
}


@pytest.mark.parametrize(
    "applicant",
    [PROFESSOR, HIGH_EARNER, SPOUSE, INVESTOR, CHILD, EVERYTHING, NOBODY_IN_PARTICULAR],
    ids=["professor", "high earner", "spouse", "investor", "child", "every page", "no situation"],
)
def test_the_question_count_holds_the_true_number_and_only_closes_in(applicant):
    """On every page, the number of questions the applicant will have answered in the end lies
    within the count shown; the count never widens, so it never jumps past what it said."""
    answers = answers_of(applicant)
    asked = questions_asked(applicant)
    given: dict = {}
    shown = []
    for page_id in applicant:
        replay = flow.replay(given)
        assert replay.current.id == page_id
        count = replay.question_count
        assert count.fewest <= asked <= count.most, page_id
        if shown:
            assert shown[-1].fewest <= count.fewest and count.most <= shown[-1].most, page_id
        shown.append(count)
        given.update(flow.PAGES_BY_ID[page_id].form_class.answers_of(answers))
    assert flow.replay(given).question_count == flow.QuestionCount(asked, asked)


def test_before_the_situations_are_known_only_the_fewest_questions_are_certain():
    count = flow.replay({}).question_count
    assert count.fewest == questions_asked(NOBODY_IN_PARTICULAR)
    assert count.most >= questions_asked(EVERYTHING)
    assert not count.is_narrow


def test_once_the_branches_are_known_the_count_is_a_narrow_range_or_exact():
    """Until the work questions (and whether they will answer those on pay) are answered, a
    worker may still be asked 10 or 30 more: only the fewest is told. Once they are, the count
    is a narrow range, then exact."""
    before_work = flow.replay(answers_of(until(PROFESSOR, "work"))).question_count
    assert not before_work.is_narrow
    after_work = flow.replay(answers_of(until(PROFESSOR, "wage"))).question_count
    assert after_work.is_narrow and not after_work.is_exact
    nothing = flow.replay(answers_of(until(NOBODY_IN_PARTICULAR, "contact")))
    assert nothing.question_count.is_exact


def test_answers_kept_from_later_pages_count_as_given():
    """Going back to an early page does not make the count forget the answers given after it."""
    answers = answers_of(SPOUSE)
    assert flow.replay(answers).question_count.is_exact
    del answers["nationality"]  # the first page is open again; every later answer is kept
    count = flow.replay(answers).question_count
    assert count == flow.QuestionCount(questions_asked(SPOUSE), questions_asked(SPOUSE))


def test_every_page_id_is_unique_and_usable_in_a_url():
    assert len(flow.PAGES_BY_ID) == len(flow.PAGES)
    assert all(page.id.replace("-", "").isalnum() for page in flow.PAGES)
