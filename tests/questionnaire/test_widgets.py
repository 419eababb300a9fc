"""The questionnaire's boxes are written in Python (``eligibility/widgets.py``), as Django's
widget templates write them: for every question, answered, unanswered or refused with an
error, in both languages."""

from typing import Any

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils import translation

from eligibility import flow
from eligibility.forms import QuestionForm
from eligibility.models import Assessment
from eligibility.widgets import CountrySelect
from tests.questionnaire.applicants import answers_of
from tests.questionnaire.test_every_page import EVERYTHING

TEMPLATES = DjangoTemplates()
# What a tampered form may send: markup and quotes that must come back escaped.
HOSTILE = 'x"><script>alert(1)</script>&'


def boxes(form: QuestionForm, renderer: Any = None) -> list[str]:
    """The HTML of each box, radio button and checkbox of the form, written by its own
    renderer or by ``renderer`` (Django's templates for the list of countries when it is
    ``TEMPLATES``)."""
    form.renderer = renderer or form.renderer
    written = []
    for field in form:
        widget = field.field.widget
        if renderer is TEMPLATES and isinstance(widget, CountrySelect):
            attrs = {**field.build_widget_attrs({}), "id": field.auto_id}  # as as_widget does
            written.append(
                forms.Select.render(widget, field.html_name, field.value(), attrs, renderer)
            )
        else:
            written.append(str(field))
        if field.widget_type in ("radioselect", "checkboxselectmultiple"):
            written += [option.tag() for option in field]
    return written


def hostile_data(form_class: type[QuestionForm], assessment: Assessment) -> dict[str, str]:
    form = form_class(assessment=assessment)
    data = {}
    for field in form:
        suffixes = getattr(field.field.widget, "widgets_names", [""])
        data.update({field.html_name + suffix: HOSTILE for suffix in suffixes})
    return data


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("page", flow.PAGES, ids=lambda page: page.id)
def test_boxes_are_written_as_by_djangos_templates(page: flow.Page, language: str) -> None:
    answered = Assessment(answers=answers_of(EVERYTHING))
    unanswered = Assessment(answers={})
    with translation.override(language):
        for assessment in (answered, unanswered):
            for data in (None, {}, hostile_data(page.form_class, assessment)):
                ours = boxes(page.form_class(data, assessment=assessment))
                theirs = boxes(page.form_class(data, assessment=assessment), TEMPLATES)
                assert ours == theirs
