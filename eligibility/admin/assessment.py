"""Advisor review of assessments.

Everything the applicant gave or was shown is read-only, for superusers too; advisors change
only the review fields. The changelist runs the same few queries whatever the number of rows:
it reads indexed columns copied from the results (the best outcome under each rule set,
``OpenRoute``), never the results themselves, and counts with ``EstimatingPaginator``.
"""

import re
from datetime import date, datetime
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from eligibility import flow
from eligibility.admin import display, export
from eligibility.admin.filters import RouteFilter
from eligibility.admin.paginator import EstimatingPaginator
from eligibility.engine import RULE_SETS, Outcome, evaluate
from eligibility.messages import render_message
from eligibility.models import Assessment
from eligibility.references import ALPHABET, PREFIX
from eligibility.results import as_of_date, full_results

ADVISOR_FIELDS = ("review_status", "assigned_advisor", "internal_notes")
# "rp-7k3q-2m", "RP7K3Q2M": a reference however it was typed or read out.
REFERENCE = re.compile(rf"{PREFIX}-?([{ALPHABET}]{{4}})-?([{ALPHABET}]{{2}})")


class AssessmentChangeList(ChangeList):
    def get_queryset(self, request: HttpRequest, exclude_parameters: Any = None) -> QuerySet:
        # The list shows no snapshot; each is tens of kilobytes.
        return (
            super()
            .get_queryset(request, exclude_parameters)
            .defer("results", "reevaluated_results")
            .prefetch_related("open_routes")
        )


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = (
        "reference",
        "created",
        "submitted",
        "status",
        "language",
        "nationality",
        "best_outcome_current",
        "best_outcome_draft",
        "open_routes",
        "review_status",
        "assigned_advisor",
    )
    list_filter = (
        "status",
        "review_status",
        "best_outcome_current",
        "best_outcome_draft",
        RouteFilter,
        "language",
        ("submitted_at", admin.DateFieldListFilter),
        "assigned_advisor",
    )
    # Only what an index keeps in order can be sorted on a million rows.
    sortable_by = ("reference", "created", "submitted")
    ordering = ("-created_at",)
    search_fields = ("reference", "contact_name", "contact_email")
    search_help_text = _(
        "A reference (RP-7K3Q-2M), a contact e-mail address, or the start of a contact name."
    )
    list_select_related = ("assigned_advisor",)
    list_per_page = 100
    paginator = EstimatingPaginator
    show_full_result_count = False
    # Facet counts would count every filter's choices over the whole table.
    show_facets = admin.ShowFacets.NEVER
    actions = ("mark_reviewed", "assign_to_me", "reevaluate", "export_csv")
    # The applicant's own page would let an advisor answer in their place.
    view_on_site = False
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "reference",
                    "status",
                    "language",
                    "created_at",
                    "submitted_at",
                    "applicant_result_page",
                )
            },
        ),
        (_("Advisor review"), {"fields": ADVISOR_FIELDS}),
        (_("Contact"), {"fields": ("contact_consent", "contact_name", "contact_email")}),
        (_("Answers"), {"fields": ("answers_by_topic",)}),
        (_("Results as the applicant saw them"), {"fields": ("results_as_shown",)}),
        (_("Re-evaluation"), {"fields": ("reevaluated_at", "reevaluation")}),
    )

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return AssessmentChangeList

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: Assessment | None = None) -> list:
        shown = admin.utils.flatten_fieldsets(self.fieldsets)
        return [field for field in shown if field not in ADVISOR_FIELDS]

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Assessment], search_term: str
    ) -> tuple[QuerySet[Assessment], bool]:
        return search(queryset, search_term), False

    # --- Columns ---------------------------------------------------------------------------

    @admin.display(description=_("created"), ordering="created_at")
    def created(self, assessment: Assessment) -> str:
        return short_datetime(assessment.created_at)

    @admin.display(description=_("submitted"), ordering="submitted_at")
    def submitted(self, assessment: Assessment) -> str:
        return short_datetime(assessment.submitted_at)

    @admin.display(description=_("nationality"))
    def nationality(self, assessment: Assessment) -> str:
        return assessment.answers.get("nationality", "")

    @admin.display(description=_("eligible on"))
    def open_routes(self, assessment: Assessment) -> SafeString:
        if_recommended = gettext("if recommended")
        return format_html_join(
            mark_safe("<br>"),
            '<span title="{}">{}</span>{}',
            (
                (
                    display.route_label(route.route_id),
                    display.short_route_label(route.route_id),
                    " " + gettext("(%(note)s)") % {"note": if_recommended}
                    if route.outcome == Outcome.NEEDS_RECOMMENDATION
                    else "",
                )
                for route in sorted(
                    assessment.open_routes.all(),
                    key=lambda route: display.route_order(route.route_id),
                )
            ),
        )

    # --- Detail page -----------------------------------------------------------------------

    @admin.display(description=_("result page"))
    def applicant_result_page(self, assessment: Assessment) -> str:
        if not assessment.is_submitted:
            return gettext("Not submitted yet")
        url = reverse("eligibility:result", args=[assessment.public_id])
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            url,
            gettext("Open the result page the applicant sees"),
        )

    @admin.display(description=_("answers"))
    def answers_by_topic(self, assessment: Assessment) -> SafeString:
        return render_to_string(
            "admin/eligibility/assessment/answers.html",
            {"topics": display.answers_by_topic(assessment)},
        )

    @admin.display(description=_("results"))
    def results_as_shown(self, assessment: Assessment) -> SafeString | str:
        if assessment.results is None:
            return gettext("Not submitted yet")
        return mark_safe(
            "".join(
                render_to_string(
                    "admin/eligibility/assessment/result.html",
                    {"result": display.result_view(result)},
                )
                for result in full_results(assessment.results)
            )
        )

    @admin.display(description=_("differences"))
    def reevaluation(self, assessment: Assessment) -> SafeString | str:
        if assessment.reevaluated_results is None or assessment.results is None:
            return gettext("Not re-evaluated")
        return render_to_string(
            "admin/eligibility/assessment/reevaluation.html",
            {
                "versions": [
                    gettext("%(rules)s, version of %(version)s")
                    % {
                        "rules": render_message(result["rule_set"]["label"]),
                        "version": result["rule_set"]["version"],
                    }
                    for result in full_results(assessment.reevaluated_results)
                ],
                "changes": display.outcome_changes(assessment),
            },
        )

    # --- Actions ---------------------------------------------------------------------------

    @admin.action(description=_("Mark selected assessments as reviewed"), permissions=["change"])
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet[Assessment]) -> None:
        changed = self.change_each(
            request,
            queryset.exclude(review_status=Assessment.ReviewStatus.REVIEWED),
            review_status=Assessment.ReviewStatus.REVIEWED,
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d assessment marked as reviewed.",
                "%(count)d assessments marked as reviewed.",
                changed,
            )
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Assign selected assessments to me"), permissions=["change"])
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Assessment]) -> None:
        changed = self.change_each(
            request,
            queryset.exclude(assigned_advisor=request.user),
            assigned_advisor=request.user,
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d assessment assigned to you.",
                "%(count)d assessments assigned to you.",
                changed,
            )
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Re-evaluate selected assessments under the latest rules"),
        permissions=["change"],
    )
    def reevaluate(self, request: HttpRequest, queryset: QuerySet[Assessment]) -> None:
        """Evaluates the answers again, under every rule set, as of the date the results were,
        so that only changes in the rules show. The results the applicant saw are kept."""
        reevaluated = differing = 0
        for assessment in queryset.filter(status=Assessment.Status.SUBMITTED).defer(None):
            as_of = date.fromisoformat(as_of_date(assessment.results))
            facts = flow.replay(assessment.answers).facts(as_of=as_of)
            assessment.record_reevaluation({id: evaluate(facts, id) for id in RULE_SETS})
            self.log_change(
                request, assessment, changed_fields("reevaluated_results", "reevaluated_at")
            )
            reevaluated += 1
            differing += display.outcomes_differ(assessment)
        self.message_user(
            request,
            ngettext(
                "%(count)d assessment re-evaluated; outcomes changed in %(differing)d.",
                "%(count)d assessments re-evaluated; outcomes changed in %(differing)d.",
                reevaluated,
            )
            % {"count": reevaluated, "differing": differing},
            messages.WARNING if differing else messages.SUCCESS,
        )

    @admin.action(description=_("Export selected assessments to CSV"), permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[Assessment]) -> HttpResponse:
        return export.csv_response(queryset)

    def change_each(
        self, request: HttpRequest, queryset: QuerySet[Assessment], **values: Any
    ) -> int:
        """Sets the values on each assessment and records the change in its history."""
        message = changed_fields(*values)
        changed = 0
        for assessment in queryset:
            for name, value in values.items():
                setattr(assessment, name, value)
            assessment.save(update_fields=[*values, "updated_at"])
            self.log_change(request, assessment, message)
            changed += 1
        return changed


def changed_fields(*names: str) -> list[dict]:
    """A history message in Django's own format, translated when the history is read."""
    with translation.override(None):
        labels = [str(capfirst(Assessment._meta.get_field(name).verbose_name)) for name in names]
    return [{"changed": {"fields": labels}}]


def short_datetime(moment: datetime | None) -> str:
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT") if moment else "-"


def search(queryset: QuerySet[Assessment], term: str) -> QuerySet[Assessment]:
    """A reference, an e-mail address or the start of a name, each found through an index."""
    term = " ".join(term.split())
    if not term:
        return queryset
    if "@" in term:
        return queryset.alias(email=Lower("contact_email")).filter(email=term.lower())
    reference = REFERENCE.fullmatch(term.upper())
    if reference:
        return queryset.filter(reference=f"{PREFIX}-{reference[1]}-{reference[2]}")
    # A range on the lower-cased name is a prefix search that a plain index serves: the names
    # from "wang" up to, not including, "wanh".
    prefix = term.lower()
    names = queryset.alias(name=Lower("contact_name")).filter(name__gte=prefix)
    after_prefix = following_string(prefix)
    return names if after_prefix is None else names.filter(name__lt=after_prefix)


def following_string(prefix: str) -> str | None:
    """The first string after every string that starts with the prefix, made of characters a
    database stores (no surrogates); None when there is none (the prefix ends in U+10FFFF)."""
    while prefix:
        code = ord(prefix[-1]) + 1
        if 0xD800 <= code <= 0xDFFF:
            code = 0xE000
        if code <= 0x10FFFF:
            return prefix[:-1] + chr(code)
        prefix = prefix[:-1]
    return None
