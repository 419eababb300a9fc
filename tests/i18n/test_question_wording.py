"""The questions in Chinese: the regulation's own terms, and the Chinese copywriting guidelines
(sparanoid/chinese-copywriting-guidelines) for spacing and punctuation.

Every text a question page can show for its fields is checked as the applicant reads it: labels,
hints, choices and every error message, with sample values in its placeholders.
"""

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.formats import date_format

from eligibility import flow
from eligibility.fields import DateQuestion, NumberQuestion
from tests.i18n.catalogue import CJK, UNSPACED

FULL_WIDTH_PUNCTUATION = "，。：；！？（）“”‘’、《》"
RULES = {
    "a space between Chinese and Latin letters or digits": UNSPACED,
    "full-width punctuation in Chinese": re.compile(rf"[{CJK}][,.:;!?()]|[,:;!?()][{CJK}]"),
    "no space next to full-width punctuation": re.compile(
        rf"\s[{FULL_WIDTH_PUNCTUATION}]|[{FULL_WIDTH_PUNCTUATION}]\s"
    ),
    "one space at most": re.compile(r"\s\s"),
}


def shown(text, field) -> str:
    """A message as the applicant reads it: placeholders filled with sample values."""
    text = str(text)
    if "%(" not in text:
        return text

    def in_words(amount: int) -> str:
        if isinstance(field, NumberQuestion):
            return field.in_words(Decimal(amount))
        return f"{amount:,}"

    return text % {
        "missing": "月份",
        "earliest": date_format(date(1900, 1, 1)),
        "minimum": in_words(0),
        "maximum": in_words(1000),
        "currency": "人民币",
        "year": "1990",
    }


def texts_of(page: flow.Page) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of the page's questions, in the active language."""
    form_class = page.form_class
    if form_class.heading:
        yield f"{page.id} heading", str(form_class.heading)
    for name, field in form_class.base_fields.items():
        where = f"{page.id}.{name}"
        yield f"{where} label", str(field.label)
        if field.help_text:
            yield f"{where} hint", str(field.help_text)
        for code, message in field.error_messages.items():
            yield f"{where} error {code}", shown(message, field)
        for value, label in getattr(field, "choices", ()):
            yield f"{where} choice {value}", str(label)
        if getattr(field, "none_and_other_error", ""):
            yield f"{where} none and other", str(field.none_and_other_error)
        if isinstance(field, DateQuestion) and field.widget.confirm_younger_than:
            for age in (0, 7):
                yield f"{where} confirm {age}", field.confirmation_error(age).messages[0]


def every_question_text() -> list[tuple[str, str]]:
    with translation.override("zh-hans"):
        return [text for page in flow.PAGES for text in texts_of(page)]


def test_every_question_follows_the_chinese_copywriting_guidelines():
    wrong = [
        f"{where}: {rule}: {text!r}"
        for where, text in every_question_text()
        for rule, pattern in RULES.items()
        if pattern.search(text)
    ]
    assert not wrong, "\n".join(wrong)


def chinese(page_id: str, name: str, part: str = "label") -> str:
    field = flow.PAGES_BY_ID[page_id].form_class.base_fields[name]
    with translation.override("zh-hans"):
        if part == "label":
            return str(field.label)
        return " ".join(str(label) for _value, label in field.choices)


@pytest.mark.parametrize(
    ("page_id", "name", "term"),
    [
        # Exit and Entry Administration Law arts. 81 and 49: 限期出境, 驱逐出境.
        ("record", "deported_from_china", "限期出境"),
        ("record", "deported_from_china", "驱逐出境"),
        ("record", "criminal_conviction", "受过刑事处罚"),
        # Draft art. 17: 家庭团聚 for every family member; 投靠 only for children and for
        # relatives over 60.
        ("family", "family_links", "团聚"),
        ("parent", "parent_status", "投靠"),
        ("relative", "relative_in_china_status", "投靠"),
        ("resident-since", "resident_in_china_since", "连续居留"),
        ("days-each-year", "fewest_days_in_china_per_year", "实际居留"),
        ("livelihood", "stable_livelihood", "稳定的生活保障"),
    ],
)
def test_questions_use_the_regulations_terms(page_id, name, term):
    assert term in chinese(page_id, name)


def test_joining_a_spouse_is_never_called_seeking_refuge():
    """投靠 (to go and depend on someone) is the draft's word for a child or an elderly
    relative, never for a husband or wife."""
    with translation.override("zh-hans"):
        spouse_texts = [
            text
            for page_id in ("family", "spouse", "marriage", "living-together")
            for where, text in texts_of(flow.PAGES_BY_ID[page_id])
            if page_id != "family" or "spouse" in where or "choice" not in where
        ]
    assert spouse_texts
    assert not [text for text in spouse_texts if "投靠" in text]


def test_the_date_of_birth_is_asked_as_chinese_forms_ask_it():
    assert chinese("about-you", "date_of_birth") == "您的出生日期"
    assert chinese("about-you", "nationality") == "您的国籍"
