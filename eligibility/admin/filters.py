"""The changelist's filters. Each filters on an indexed column or table (``OpenRoute``,
``IndicatedRisk``), never on the stored results, so that a filtered page runs the same few
queries whatever the number of rows."""

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eligibility.admin.display import CURRENT_ROUTES, route_label
from eligibility.advisors import ADVISORS_GROUP
from eligibility.engine import RULE_SETS
from eligibility.models import OUTCOME_CHOICES, Assessment, IndicatedRisk
from eligibility.summary import RISK_NAMES

# Review statuses that still need an advisor's work.
OPEN_REVIEW_STATUSES = (
    Assessment.ReviewStatus.NEW,
    Assessment.ReviewStatus.IN_REVIEW,
    Assessment.ReviewStatus.AWAITING_APPLICANT,
)
SEPARATOR = ","
# The refusal risks of every rule set (only the 2020 draft lists any), by id.
RISKS = {risk.id: risk for rules in RULE_SETS.values() for risk in rules.risks}


class MultipleChoiceFilter(admin.SimpleListFilter):
    """A filter on a column that takes several values at once: each choice adds itself to the
    selection or removes itself from it (``?outcome=eligible,needs_recommendation``)."""

    template = "admin/eligibility/assessment/multiple_choice_filter.html"
    field_name = ""
    choices_of: list[tuple[str, Any]] = []

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, Any]]:
        return self.choices_of

    def selected(self) -> list[str]:
        """The values chosen, in the order of the choices; unknown values are ignored."""
        chosen = set((self.value() or "").split(SEPARATOR))
        return [value for value, _label in self.lookup_choices if value in chosen]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        selected = self.selected()
        if not selected:
            return queryset
        return queryset.filter(**{f"{self.field_name}__in": selected})

    def choices(self, changelist: ChangeList) -> Iterator[dict[str, Any]]:
        selected = self.selected()
        yield {
            "selected": not selected,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("All"),
        }
        for value, label in self.lookup_choices:
            chosen = value in selected
            others = [v for v in selected if v != value] if chosen else [*selected, value]
            ordered = [v for v, _label in self.lookup_choices if v in others]
            yield {
                "selected": chosen,
                "query_string": changelist.get_query_string(
                    {self.parameter_name: SEPARATOR.join(ordered)}
                )
                if ordered
                else changelist.get_query_string(remove=[self.parameter_name]),
                "display": label,
            }


class CurrentOutcomeFilter(MultipleChoiceFilter):
    title = _("best outcome under the rules in force")
    parameter_name = "outcome_current"
    field_name = "best_outcome_current"
    choices_of = OUTCOME_CHOICES


class DraftOutcomeFilter(MultipleChoiceFilter):
    title = _("best outcome under the 2020 draft")
    parameter_name = "outcome_draft"
    field_name = "best_outcome_draft"
    choices_of = OUTCOME_CHOICES


class ReviewStatusFilter(MultipleChoiceFilter):
    title = _("review status")
    parameter_name = "review"
    field_name = "review_status"
    choices_of = Assessment.ReviewStatus.choices


class RouteFilter(admin.SimpleListFilter):
    """Assessments whose results show the applicant as eligible on a route of either rule set,
    possibly if recommended."""

    title = _("eligible on route")
    parameter_name = "route"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [(route_id, route_label(route_id, length=40)) for route_id in CURRENT_ROUTES]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        if self.value() is None:
            return queryset
        # A join, not EXISTS: an assessment has at most one row per route, and the list is
        # ordered on the joined row's copy of the creation date (``ROUTE_ORDERING``), which
        # its index serves. A range of submission dates is also read from the route's copy,
        # beside it in the index, so that matches long ago are found without reading every
        # newer assessment on the route. (In the same filter: another would join again.)
        days = SubmittedFilter.days_asked(request)
        return queryset.filter(
            open_routes__route_id=self.value(), **submitted_lookups(days, prefix="open_routes__")
        )


# The list's default order (newest first) read from the open route's copies of the creation
# date and the assessment's id: the index on the route serves filter and order, so the first
# page costs a hundred rows however many assessments or however old the matches.
ROUTE_ORDERING = ("-open_routes__created_at", "-open_routes__assessment_id")


ANY_RISK = "any"
NO_RISK = "none"


def risk_label(risk_id: str) -> str:
    """A refusal risk's short name with its grounds, e.g. "Medical (R2)"."""
    risk = RISKS.get(risk_id)
    name = str(RISK_NAMES.get(risk_id, risk_id))
    if risk is None:
        return name
    return _("%(risk)s (%(grounds)s)") % {"risk": name, "grounds": ", ".join(risk.grounds)}


class RiskFilter(admin.SimpleListFilter):
    """Assessments whose answers point to a ground for refusal under any rule set (only the
    2020 draft lists them): any, or a given one."""

    title = _("refusal risk indicated")
    parameter_name = "risk"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [
            (ANY_RISK, _("Any")),
            (NO_RISK, _("None")),
            *((risk_id, risk_label(risk_id)) for risk_id in RISKS),
        ]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        value = self.value()
        if value == ANY_RISK:
            return queryset.filter(has_indicated_risk=True)
        if value == NO_RISK:
            return queryset.filter(has_indicated_risk=False, status=Assessment.Status.SUBMITTED)
        if value in RISKS:
            risk = IndicatedRisk.objects.filter(assessment=OuterRef("pk"), risk_id=value)
            return queryset.filter(Exists(risk))
        return queryset


class ConsentFilter(admin.SimpleListFilter):
    title = _("agreed to be contacted")
    parameter_name = "consent"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        if self.value() in ("yes", "no"):
            return queryset.filter(contact_consent=self.value() == "yes")
        return queryset


ME = "me"
NOBODY = "nobody"


def advisors() -> QuerySet:
    """The people who review assessments: the Advisors group and superusers, if staff."""
    return (
        get_user_model()
        .objects.filter(is_staff=True, is_active=True)
        .filter(Q(groups__name=ADVISORS_GROUP) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


class AdvisorFilter(admin.SimpleListFilter):
    title = _("assigned advisor")
    parameter_name = "advisor"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [
            (ME, _("Me")),
            (NOBODY, _("Nobody")),
            *((str(user.pk), user.get_username()) for user in advisors()),
        ]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        value = self.value()
        if value == ME:
            return queryset.filter(assigned_advisor=request.user)
        if value == NOBODY:
            return queryset.filter(assigned_advisor=None)
        if value and value.isdigit():
            return queryset.filter(assigned_advisor_id=int(value))
        return queryset


class FollowUpFilter(admin.SimpleListFilter):
    title = _("follow-up date")
    parameter_name = "follow_up"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [
            ("due", _("Due (today or earlier)")),
            ("later", _("Later")),
            ("none", _("None set")),
        ]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        today = timezone.localdate()
        if self.value() == "due":
            return queryset.filter(follow_up_on__lte=today)
        if self.value() == "later":
            return queryset.filter(follow_up_on__gt=today)
        if self.value() == "none":
            return queryset.filter(follow_up_on=None)
        return queryset


class SubmittedFilter(admin.ListFilter):
    """Assessments submitted from one day to another, both included, in the site's time zone:
    links for the usual periods, and a form for any range."""

    title = _("submitted")
    template = "admin/eligibility/assessment/date_range_filter.html"
    start = "submitted_from"
    end = "submitted_to"

    def __init__(
        self, request: HttpRequest, params: dict[str, list[str]], model: Any, model_admin: Any
    ) -> None:
        super().__init__(request, params, model, model_admin)
        self.typed = {
            name: params.pop(name)[-1] for name in (self.start, self.end) if name in params
        }
        self.days, self.invalid = days_typed(self.typed)
        self.hidden: list[tuple[str, str]] = []

    def has_output(self) -> bool:
        return True

    def expected_parameters(self) -> list[str]:
        return [self.start, self.end]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        if self.invalid:
            return queryset
        return queryset.filter(**submitted_lookups(self.days))

    @classmethod
    def days_asked(cls, request: HttpRequest) -> dict[str, date]:
        """The days of the range in the list's query, none if one is not a date."""
        typed = {name: request.GET[name] for name in (cls.start, cls.end) if name in request.GET}
        days, invalid = days_typed(typed)
        return {} if invalid else days

    def periods(self) -> list[tuple[str, date | None, date | None]]:
        today = timezone.localdate()
        return [
            (_("Any date"), None, None),
            (_("Today"), today, today),
            (_("Yesterday"), today - timedelta(days=1), today - timedelta(days=1)),
            (_("Past 7 days"), today - timedelta(days=6), today),
            (_("This month"), today.replace(day=1), today),
            (_("Past 30 days"), today - timedelta(days=29), today),
        ]

    def choices(self, changelist: ChangeList) -> Iterator[dict[str, Any]]:
        own = {self.start, self.end}
        # The form sends the list's other filters, search and order along.
        self.hidden = [
            (name, value) for name, value in changelist.params.items() if name not in own
        ]
        current = (self.days.get(self.start), self.days.get(self.end))
        for label, first, last in self.periods():
            if first is None:
                query_string = changelist.get_query_string(remove=list(own))
            else:
                query_string = changelist.get_query_string(
                    {self.start: first.isoformat(), self.end: last.isoformat()}
                )
            yield {
                "selected": current == (first, last) and not self.invalid,
                "query_string": query_string,
                "display": label,
            }


def days_typed(typed: dict[str, str]) -> tuple[dict[str, date], bool]:
    """The days typed in the range's fields (blank ones left out), and whether one is not a
    date."""
    days: dict[str, date] = {}
    invalid = False
    for name, value in typed.items():
        if not value.strip():
            continue
        try:
            days[name] = date.fromisoformat(value.strip())
        except ValueError:
            invalid = True
    return days, invalid


def submitted_lookups(days: dict[str, date], prefix: str = "") -> dict[str, datetime]:
    """Submitted from the first day to the last, both included, as lookups on
    ``{prefix}submitted_at``."""
    lookups = {}
    if first := days.get(SubmittedFilter.start):
        lookups[f"{prefix}submitted_at__gte"] = midnight(first)
    if last := days.get(SubmittedFilter.end):
        lookups[f"{prefix}submitted_at__lt"] = midnight(last + timedelta(days=1))
    return lookups


def midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, datetime.min.time()))
