"""Assessments as CSV: one row per assessment, one column per fact and per route outcome."""

import csv
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.db.models.fields.json import KeyTransform
from django.http import StreamingHttpResponse
from django.utils import timezone

from eligibility import flow
from eligibility.admin.display import CURRENT_ROUTES, outcomes_by_route
from eligibility.engine.facts import FACTS
from eligibility.models import Assessment

# Excel reads a CSV file as UTF-8 only when it starts with a byte order mark; without it, Chinese
# answers come out garbled.
BYTE_ORDER_MARK = "\ufeff"
CHUNK_SIZE = 500
# A cell starting with one of these is a formula to a spreadsheet: text typed by an applicant must
# not run as one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FACT_NAMES = [fact.name for fact in FACTS if fact.name != "as_of_date"]
ASSESSMENT_COLUMNS = (
    "reference",
    "status",
    "language",
    "created_at",
    "submitted_at",
    "rule_set_version",
    "best_outcome",
    "review_status",
    "assigned_advisor__username",
    "contact_name",
    "contact_email",
    "answers",
)


def header() -> list[str]:
    columns = [column.replace("__", "_") for column in ASSESSMENT_COLUMNS if column != "answers"]
    return [*columns, "as_of_date", *FACT_NAMES, *CURRENT_ROUTES]


def rows(assessments: QuerySet[Assessment]) -> Iterator[list[Any]]:
    # Only the result's summary is read: a whole snapshot is tens of kilobytes.
    values = (
        assessments.order_by("-created_at", "-pk")
        .annotate(
            summary=KeyTransform("summary", "result"),
            as_of_date=KeyTransform("as_of_date", "result"),
        )
        .values_list(*ASSESSMENT_COLUMNS, "summary", "as_of_date")
    )
    for *columns, answers, summary, as_of_date in values.iterator(chunk_size=CHUNK_SIZE):
        outcomes = outcomes_by_route({"summary": summary}) if summary else {}
        facts = flow.replay(answers).answers
        yield [
            *(cell(value) for value in columns),
            as_of_date or "",
            *(cell(facts.get(name)) for name in FACT_NAMES),
            *(outcomes.get(route_id, "") for route_id in CURRENT_ROUTES),
        ]


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    if hasattr(value, "isoformat"):
        return timezone.localtime(value).isoformat(timespec="seconds")
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class Echo:
    """The file-like object csv.writer needs, returning each line instead of storing it."""

    def write(self, line: str) -> str:
        return line


def csv_response(assessments: QuerySet[Assessment]) -> StreamingHttpResponse:
    writer = csv.writer(Echo())

    def lines() -> Iterable[str]:
        yield BYTE_ORDER_MARK + writer.writerow(header())
        for row in rows(assessments):
            yield writer.writerow(row)

    filename = f"assessments-{timezone.localdate().isoformat()}.csv"
    return StreamingHttpResponse(
        lines(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
