"""Work queues: the filtered lists advisors work from every day, and the assessment that comes
after one in a list (for "Save and go to the next in this queue").

A queue on outcomes reads the rules in force: what an applicant can apply for now. The filter
on the 2020 draft's outcome narrows any list to the draft's.
"""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.db import connection
from django.db.models import F, OrderBy, Q, QuerySet
from django.http import QueryDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from eligibility.admin.filters import OPEN_REVIEW_STATUSES, SEPARATOR
from eligibility.engine import Outcome
from eligibility.models import Assessment


@dataclass(frozen=True)
class Queue:
    name: Promise
    params: dict[str, str]

    @property
    def query_string(self) -> str:
        return "?" + urlencode(self.params)

    def is_shown_by(self, params: dict[str, str]) -> bool:
        return params == self.params


QUEUES = (
    Queue(
        _("My open assessments"),
        {"advisor": "me", "review": SEPARATOR.join(OPEN_REVIEW_STATUSES)},
    ),
    Queue(
        _(
            "Unassigned, agreed to be contacted, meets the conditions or if recommended under "
            "the rules in force"
        ),
        {
            "advisor": "nobody",
            "consent": "yes",
            "outcome_current": SEPARATOR.join((Outcome.ELIGIBLE, Outcome.NEEDS_RECOMMENDATION)),
            "review": SEPARATOR.join(
                (Assessment.ReviewStatus.NEW, Assessment.ReviewStatus.IN_REVIEW)
            ),
        },
    ),
    Queue(
        _("Awaiting the applicant, follow-up due"),
        {"review": Assessment.ReviewStatus.AWAITING_APPLICANT, "follow_up": "due"},
    ),
)


def list_filters(preserved: str) -> QueryDict:
    """The list's query string kept by the admin in ``_changelist_filters``."""
    return QueryDict(QueryDict(preserved).get("_changelist_filters", ""))


def following(queryset: QuerySet, ordering: list[Any], current: Assessment) -> Any | None:
    """The row after ``current`` in the ordered list, whether ``current`` still belongs to the
    list or not (a changed review status may have taken it out)."""
    keys: dict[str, Any] = {}
    descending: dict[str, bool] = {}
    for position, field in enumerate(ordering):
        name = f"queue_key_{position}"
        if isinstance(field, str):
            keys[name] = F(field.lstrip("-"))
            descending[name] = field.startswith("-")
        elif isinstance(field, OrderBy):
            keys[name] = field.expression
            descending[name] = field.descending
        else:  # an expression the admin orders ascending
            keys[name] = field
            descending[name] = False
    model = queryset.model
    values = model._default_manager.annotate(**keys).values(*keys).get(pk=current.pk)
    after = Q(pk__in=[])
    same = Q()
    for name in keys:
        after |= same & comes_after(name, values[name], descending[name])
        same &= (
            Q(**{f"{name}__isnull": True}) if values[name] is None else Q(**{name: values[name]})
        )
    return queryset.annotate(**keys).filter(after).exclude(pk=current.pk).first()


def comes_after(name: str, value: Any, descending: bool) -> Q:
    """The rows whose key comes after ``value`` in the list's order, NULL included where the
    database sorts it (PostgreSQL: above every value; SQLite: below)."""
    larger = not descending
    nulls_largest = connection.features.nulls_order_largest
    nothing = Q(pk__in=[])
    if value is None:
        if larger == nulls_largest:
            return nothing
        return Q(**{f"{name}__isnull": False})
    beyond = Q(**{f"{name}__gt" if larger else f"{name}__lt": value})
    if larger == nulls_largest:
        beyond |= Q(**{f"{name}__isnull": True})
    return beyond
