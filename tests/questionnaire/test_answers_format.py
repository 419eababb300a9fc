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
QUESTIONS_THAT_ARE_NOT_FACTS = {"contact"}  # stored on the assessment, never sent to the engine
SET_AT_SUBMISSION = {"as_of_date"}


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


def test_every_fact_is_asked_on_exactly_one_page():
    asked = [name for _page, name, _field in stored_fields()]
    assert len(asked) == len(set(asked))
    assert {fact.name for fact in FACTS} - SET_AT_SUBMISSION == set(
        asked
    ) - QUESTIONS_THAT_ARE_NOT_FACTS


def test_numbers_keep_within_the_facts_bounds():
    for _page, name, field in stored_fields():
        if isinstance(field, NumberQuestion):
            fact = FACTS_BY_NAME[name]
            if fact.minimum is not None:
                assert field.minimum >= fact.minimum, name
            if fact.maximum is not None:
                assert field.maximum <= fact.maximum, name
