"""Assessments as CSV: one row per assessment, one column per fact and per route outcome under
each rule set, with the advisor fields, consent, refusal risks and every note.

Two exports: one for people, with headers and values in the advisor's language (a question's
label and the answer as the applicant chose it), and one for software, with codes. Numbers and
dates stay as numbers and ISO dates in both, so that a spreadsheet can sort them.
"""

import csv
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from eligibility import flow, summary
from eligibility.admin.display import CURRENT_ROUTES, route_label
from eligibility.engine.facts import FACTS
from eligibility.fields import ChoiceQuestion, CountryQuestion, MultipleChoiceQuestion
from eligibility.models import OUTCOME_CHOICES, Assessment, IndicatedRisk, Note
from eligibility.results import as_of_date, outcomes_by_route

# Excel reads a CSV file as UTF-8 only when it starts with a byte order mark; without it, Chinese
# answers come out garbled.
BYTE_ORDER_MARK = "\ufeff"
CHUNK_SIZE = 500
# A cell starting with one of these is a formula to a spreadsheet: text typed by an applicant must
# not run as one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FACT_NAMES = [fact.name for fact in FACTS if fact.name != "as_of_date"]
# Each fact's question, for its label and its answers in words.
QUESTIONS = {
    name: field for page in flow.PAGES for name, field in page.form_class.question_fields().items()
}
ASSESSMENT_COLUMNS = (
    "reference",
    "status",
    "language",
    "created_at",
    "submitted_at",
    "best_outcome_current",
    "best_outcome_draft",
    "contact_consent",
    "contact_name",
    "contact_email",
    "review_status",
    "assigned_advisor__username",
    "follow_up_on",
)
# Columns whose values are codes with a label.
CODED = {"status", "language", "best_outcome_current", "best_outcome_draft", "review_status"}
OUTCOME_LABELS = dict(OUTCOME_CHOICES)
EXTRA_COLUMNS = {
    "as_of_date": _("Periods counted back from"),
    "indicated_risks": _("Refusal risks indicated"),
    "notes": _("Notes (newest first)"),
}


def codes_header() -> list[str]:
    columns = [column.replace("__", "_") for column in ASSESSMENT_COLUMNS]
    return [*columns, *EXTRA_COLUMNS, *FACT_NAMES, *CURRENT_ROUTES]


def readable_header() -> list[str]:
    fields = Assessment._meta
    columns = [
        str(capfirst(fields.get_field(column.split("__")[0]).verbose_name))
        for column in ASSESSMENT_COLUMNS
    ]
    facts = [str(QUESTIONS[name].label) if name in QUESTIONS else name for name in FACT_NAMES]
    # Questions asked once a year (the wage of each year) or on two pages share a label: their
    # code tells them apart.
    shared = {label for label in facts if facts.count(label) > 1}
    facts = [
        f"{label} ({name})" if label in shared else label
        for label, name in zip(facts, FACT_NAMES, strict=True)
    ]
    routes = [route_label(route_id) for route_id in CURRENT_ROUTES]
    return [*columns, *(str(label) for label in EXTRA_COLUMNS.values()), *facts, *routes]


def rows(assessments: QuerySet[Assessment], readable: bool) -> Iterator[list[Any]]:
    values = assessments.order_by("-created_at", "-pk").values_list(
        "pk", *ASSESSMENT_COLUMNS, "answers", "results"
    )
    labels = column_labels() if readable else {}
    for chunk in batched(values.iterator(chunk_size=CHUNK_SIZE), CHUNK_SIZE):
        pks = [row[0] for row in chunk]
        notes = notes_of(pks)
        risks = risks_of(pks)
        for pk, *columns, answers, results in chunk:
            outcomes = {
                route: outcome
                for result in (results or {}).values()
                for route, outcome in outcomes_by_route(result).items()
            }
            facts = flow.replay(answers).answers
            assessment = [
                cell(labels.get(name, {}).get(value, value) if readable else value)
                for name, value in zip(ASSESSMENT_COLUMNS, columns, strict=True)
            ]
            if readable:
                assessment[ASSESSMENT_COLUMNS.index("contact_consent")] = yes_no(
                    columns[ASSESSMENT_COLUMNS.index("contact_consent")]
                )
            risk_names = [
                str(summary.RISK_NAMES.get(risk, risk)) if readable else risk
                for risk in risks.get(pk, [])
            ]
            yield [
                *assessment,
                as_of_date(results) if results else "",
                cell("; ".join(risk_names)),
                cell("\n".join(notes.get(pk, []))),
                *(cell(answer_of(name, facts.get(name), readable)) for name in FACT_NAMES),
                *(
                    cell(outcome_label(outcomes.get(route_id), readable))
                    for route_id in CURRENT_ROUTES
                ),
            ]


def batched(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(islice(items, size)):
        yield chunk


def column_labels() -> dict[str, dict[str, str]]:
    fields = Assessment._meta
    return {
        name: {value: str(label) for value, label in fields.get_field(name).flatchoices}
        for name in CODED
    }


def yes_no(value: bool) -> str:
    return gettext("Yes") if value else gettext("No")


def outcome_label(outcome: str | None, readable: bool) -> str:
    if not outcome:
        return ""
    if not readable:
        return outcome
    return str(OUTCOME_LABELS.get(outcome, outcome))


def answer_of(name: str, answer: Any, readable: bool) -> Any:
    """An answer: codes as the applicant chose them in words, numbers and dates as they are."""
    question = QUESTIONS.get(name)
    if not readable or answer is None or question is None:
        return answer
    if isinstance(question, ChoiceQuestion | MultipleChoiceQuestion | CountryQuestion):
        return question.display(answer)
    return answer


def notes_of(pks: list[int]) -> dict[int, list[str]]:
    """Each assessment's notes, newest first, with their time and author."""
    notes: dict[int, list[str]] = {}
    for note in Note.objects.filter(assessment_id__in=pks).select_related("author"):
        author = note.author.get_username() if note.author else "?"
        written = date_format(timezone.localtime(note.created_at), "Y-m-d H:i")
        notes.setdefault(note.assessment_id, []).append(f"{written} {author}: {note.text}")
    return notes


def risks_of(pks: list[int]) -> dict[int, list[str]]:
    """Each assessment's indicated refusal risks, under whichever rule set lists them (only
    the 2020 draft does), each once."""
    risks: dict[int, list[str]] = {}
    indicated = IndicatedRisk.objects.filter(assessment_id__in=pks).order_by("risk_id")
    for assessment_id, risk_id in indicated.values_list("assessment_id", "risk_id").distinct():
        risks.setdefault(assessment_id, []).append(risk_id)
    return risks


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if hasattr(value, "isoformat"):
        if hasattr(value, "tzinfo"):
            return timezone.localtime(value).isoformat(timespec="seconds")
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class Echo:
    """The file-like object csv.writer needs, returning each line instead of storing it."""

    def write(self, line: str) -> str:
        return line


def csv_response(assessments: QuerySet[Assessment], readable: bool) -> StreamingHttpResponse:
    writer = csv.writer(Echo())
    # The rows are written after the view returns: in the language of the request.
    language = translation.get_language()
    header: Callable[[], list[str]] = readable_header if readable else codes_header

    def lines() -> Iterable[str]:
        with translation.override(language):
            yield BYTE_ORDER_MARK + writer.writerow(header())
            for row in rows(assessments, readable):
                yield writer.writerow(row)

    kind = "assessments" if readable else "assessments-codes"
    filename = f"{kind}-{timezone.localdate().isoformat()}.csv"
    return StreamingHttpResponse(
        lines(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
