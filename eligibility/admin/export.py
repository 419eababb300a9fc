"""Assessments as CSV: one row per assessment, one column per fact and per route outcome under
each rule set."""

import csv
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone

from eligibility import flow
from eligibility.admin.display import CURRENT_ROUTES
from eligibility.engine.facts import FACTS
from eligibility.models import Assessment
from eligibility.results import as_of_date, outcomes_by_route

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
    "best_outcome_current",
    "best_outcome_draft",
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
    values = assessments.order_by("-created_at", "-pk").values_list(*ASSESSMENT_COLUMNS, "results")
    for *columns, answers, results in values.iterator(chunk_size=CHUNK_SIZE):
        outcomes = {
            route: outcome
            for result in (results or {}).values()
            for route, outcome in outcomes_by_route(result).items()
        }
        facts = flow.replay(answers).answers
        yield [
            *(cell(value) for value in columns),
            as_of_date(results) if results else "",
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
