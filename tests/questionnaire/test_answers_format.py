"""The questionnaire stores exactly the facts of ``eligibility/engine/facts.py``, as specified."""

from eligibility import flow
from eligibility.engine.facts import FACTS, FACTS_BY_NAME, Kind
from eligibility.fields import (
    NONE,
    ChoiceQuestion,
    CountryQuestion,
    DateQuestion,
    DaysQuestion,
    MultipleChoiceQuestion,
    NumberQuestion,
    TextQuestion,
)

KIND_OF_FIELD = {
    DateQuestion: Kind.DATE,
    DaysQuestion: Kind.INTEGER,
    NumberQuestion: Kind.AMOUNT,
    ChoiceQuestion: Kind.CHOICE,
    MultipleChoiceQuestion: Kind.MULTICHOICE,
    TextQuestion: Kind.TEXT,
    CountryQuestion: Kind.TEXT,  # a country code, text to the engine
}
# Stored on the assessment, never sent to the engine.
QUESTIONS_THAT_ARE_NOT_FACTS = {"contact", "sensitive_consent", "income_consent"}
SET_AT_SUBMISSION = {"as_of_date"}
SET_BY_A_PAGE = {"wage_years_from"}  # the year the wage page's year 1 is
# The tax record is asked with the pay of those who work in China, on its own for investors who
# do not: never twice on one path.
ON_EXCLUSIVE_PAGES = {"tax_record_issues": ("wage", "tax-record")}


def stored_fields():
    for page in flow.PAGES:
        for name, field in page.form_class.question_fields().items():
            yield page, name, field


def test_every_stored_answer_is_a_fact_of_the_right_kind():
    for _page, name, field in stored_fields():
        if name in QUESTIONS_THAT_ARE_NOT_FACTS:
            continue
        assert name in FACTS_BY_NAME, name
        assert KIND_OF_FIELD[type(field)] == FACTS_BY_NAME[name].kind, name


def test_every_choice_offered_is_a_value_the_fact_allows():
    for _page, name, field in stored_fields():
        if name in QUESTIONS_THAT_ARE_NOT_FACTS or not hasattr(field, "choices"):
            continue
        offered = {value for value, _label in field.choices}
        if isinstance(field, CountryQuestion):
            assert all(len(code) == 2 and code.isupper() for code in offered - {""}), name
            continue
        if getattr(field, "none_label", ""):
            offered.remove(NONE)  # "None of these", stored as an empty list
        assert offered == set(FACTS_BY_NAME[name].choices), name


def test_every_fact_is_asked_on_exactly_one_page_of_a_path():
    pages_of: dict[str, list[str]] = {}
    for page, name, _field in stored_fields():
        pages_of.setdefault(name, []).append(page.id)
    for name, pages in pages_of.items():
        assert len(pages) == 1 or tuple(pages) == ON_EXCLUSIVE_PAGES[name], name
    assert {fact.name for fact in FACTS} - SET_AT_SUBMISSION - SET_BY_A_PAGE == set(
        pages_of
    ) - QUESTIONS_THAT_ARE_NOT_FACTS


def test_pages_asking_the_same_fact_are_never_on_one_path():
    for pages in ON_EXCLUSIVE_PAGES.values():
        for situations in (["work"], ["investment"], ["work", "investment"], ["academic"]):
            answers = {"situations": situations}
            assert sum(flow.PAGES_BY_ID[page].applies(answers) for page in pages) <= 1


def test_numbers_keep_within_the_facts_bounds():
    for _page, name, field in stored_fields():
        if isinstance(field, NumberQuestion):
            fact = FACTS_BY_NAME[name]
            if fact.minimum is not None:
                assert field.minimum >= fact.minimum, name
            if fact.maximum is not None:
                assert field.maximum <= fact.maximum, name


def test_every_amount_is_asked_in_its_facts_currency():
    """An amount in USD is read with dollar signs and shown in dollars; one in RMB with ¥ and 元."""
    amounts = [
        (name, field)
        for _page, name, field in stored_fields()
        if isinstance(field, NumberQuestion) and FACTS_BY_NAME[name].kind == Kind.AMOUNT
    ]
    assert amounts
    for name, field in amounts:
        assert field.currency is not None and field.currency.code == FACTS_BY_NAME[name].unit, name
