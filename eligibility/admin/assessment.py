"""Advisor review of assessments.

Everything the applicant gave or was shown is read-only, for superusers too; advisors change
only the review fields and add notes. The changelist runs the same few queries whatever the
number of rows: it reads indexed columns and tables copied from the answers and the results (the
best outcome under each rule set, ``has_indicated_risk``, ``nationality``, ``OpenRoute``,
``IndicatedRisk``), never the results themselves, and counts with ``EstimatingPaginator``.
"""

from copy import copy
from datetime import date
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.views.main import ORDER_VAR, ChangeList
from django.db.models import QuerySet
from django.forms import Form
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from eligibility import flow, summary
from eligibility.admin import display, export, filters, queues, review
from eligibility.admin.paginator import COUNT_LIMIT, EstimatingPaginator
from eligibility.admin.search import search
from eligibility.engine import RULE_SETS, Outcome, evaluate
from eligibility.messages import render_message
from eligibility.models import OUTCOME_CHOICES, Assessment, outcome_rank, review_rank
from eligibility.results import as_of_date, full_results

# Outcomes in a few words, for the list's column; the full label is the cell's title.
SHORT_OUTCOMES = {
    Outcome.ELIGIBLE: _("Meets"),
    Outcome.NEEDS_RECOMMENDATION: _("If recommended"),
    Outcome.UNDETERMINED: _("Cannot tell"),
    Outcome.NOT_ELIGIBLE: _("Does not meet"),
}
OUTCOME_LABELS = dict(OUTCOME_CHOICES)
REVIEW_LABELS = dict(Assessment.ReviewStatus.choices)
# Django's own text (translated in its catalogue) for the checkbox that selects a row.
SELECT_FOR_ACTION = "Select this object for an action - {}"
SHOWN_IN_LIST = (
    "reference",
    "submitted_at",
    "contact_consent",
    "best_outcome_current",
    "best_outcome_draft",
    "has_indicated_risk",
    "review_status",
    "assigned_advisor",
    "follow_up_on",
    "status",
    "created_at",
    "language",
)


class AssessmentChangeList(ChangeList):
    def get_queryset(self, request: HttpRequest, exclude_parameters: Any = None) -> QuerySet:
        # The list reads no snapshot (each is tens of kilobytes) nor the answers.
        queryset = (
            super()
            .get_queryset(request, exclude_parameters)
            .only(*SHOWN_IN_LIST, "assigned_advisor__username")
            .prefetch_related("open_routes", "indicated_risks")
        )
        if ORDER_VAR not in self.params and self.filters_by_route():
            # The same order, newest first, read where an index serves it.
            return queryset.order_by(*filters.ROUTE_ORDERING)
        return queryset

    def filters_by_route(self) -> bool:
        return any(
            isinstance(spec, filters.RouteFilter) and spec.value() is not None
            for spec in self.filter_specs
        )


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = (
        "reference",
        "submitted",
        "outcome_current",
        "outcome_draft",
        "risks",
        "consent",
        "eligible_on",
        "review",
        "advisor",
        "follow_up",
    )
    list_filter = (
        filters.ReviewStatusFilter,
        filters.AdvisorFilter,
        filters.CurrentOutcomeFilter,
        filters.DraftOutcomeFilter,
        filters.RiskFilter,
        filters.ConsentFilter,
        filters.FollowUpFilter,
        filters.SubmittedFilter,
        filters.RouteFilter,
        "status",
        "language",
    )
    sortable_by = (
        "reference",
        "submitted",
        "outcome_current",
        "outcome_draft",
        "review",
        "follow_up",
    )
    ordering = ("-created_at",)
    search_fields = ("reference", "contact_name", "contact_email")
    search_help_text = _(
        "Any part of a name or e-mail address, a reference with or without RP- "
        "(TBPF-GW, rp tbpf gw), or a nationality (Germany, 德国)."
    )
    list_select_related = ("assigned_advisor",)
    list_per_page = 100
    paginator = EstimatingPaginator
    show_full_result_count = False
    # Facet counts would count every filter's choices over the whole table.
    show_facets = admin.ShowFacets.NEVER
    actions = ("assign", "change_review_status", "reevaluate", "export_csv", "export_csv_codes")
    save_on_top = True
    form = review.AdvisorForm
    # The applicant's own page would let an advisor answer in their place.
    view_on_site = False
    fieldsets = (
        (
            _("Advisor review"),
            {"fields": (*review.ADVISOR_FIELDS, "new_note", "version", "notes")},
        ),
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
        editable = (*review.ADVISOR_FIELDS, "new_note", "version")
        return [field for field in shown if field not in editable]

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "assigned_advisor":
            kwargs["queryset"] = filters.advisors()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Assessment], search_term: str
    ) -> tuple[QuerySet[Assessment], bool]:
        return search(queryset, search_term), False

    # --- List --------------------------------------------------------------------------------

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None)
        if context and "cl" in context:
            changelist = context["cl"]
            context["queues"] = [
                (queue, queue.is_shown_by(changelist.params)) for queue in queues.QUEUES
            ]
            context["found_elsewhere"] = self.found_elsewhere(request, changelist)
        return response

    def found_elsewhere(self, request: HttpRequest, changelist: ChangeList) -> dict | None:
        """When a search in a filtered list finds nothing, how many it finds in all."""
        if not (changelist.query and changelist.has_active_filters and not changelist.result_count):
            return None
        everywhere = search(self.get_queryset(request), changelist.query)
        count = everywhere.order_by().values("pk")[: COUNT_LIMIT + 1].count()
        if not count:
            return None
        return {"count": count, "url": "?" + urlencode({"q": changelist.query})}

    @admin.display(description=_("submitted"), ordering="submitted_at")
    def submitted(self, assessment: Assessment) -> SafeString | str:
        if assessment.submitted_at is None:
            return "-"
        moment = timezone.localtime(assessment.submitted_at)
        return format_html(
            '<time datetime="{}" title="{}">{}</time>',
            moment.isoformat(),
            date_format(moment, "SHORT_DATETIME_FORMAT"),
            date_format(moment, "SHORT_DATE_FORMAT"),
        )

    @admin.display(description=_("in force"), ordering=outcome_rank("best_outcome_current"))
    def outcome_current(self, assessment: Assessment) -> SafeString | str:
        return self.outcome(assessment, "best_outcome_current")

    @admin.display(description=_("2020 draft"), ordering=outcome_rank("best_outcome_draft"))
    def outcome_draft(self, assessment: Assessment) -> SafeString | str:
        return self.outcome(assessment, "best_outcome_draft")

    def outcome(self, assessment: Assessment, column: str) -> SafeString | str:
        """The best outcome under one rule set in a few words, the full label as its title."""
        if not assessment.is_submitted:
            return assessment.get_status_display()
        outcome = getattr(assessment, column)
        label = OUTCOME_LABELS.get(outcome, outcome)
        return format_html(
            '<span class="outcome-{}" title="{}">{}</span>',
            outcome,
            label,
            SHORT_OUTCOMES.get(outcome, label),
        )

    @admin.display(description=_("risks"))
    def risks(self, assessment: Assessment) -> SafeString | str:
        names = [
            str(summary.RISK_NAMES.get(risk.risk_id, risk.risk_id))
            for risk in assessment.indicated_risks.all()
        ]
        if not names:
            return ""
        return format_html(
            '<strong class="risk-flag"><span aria-hidden="true">⚠</span> {}</strong>',
            ", ".join(names),
        )

    @admin.display(description=_("consent"))
    def consent(self, assessment: Assessment) -> str:
        return gettext("Yes") if assessment.contact_consent else "—"

    @admin.display(description=_("review status"), ordering=review_rank())
    def review(self, assessment: Assessment) -> str:
        return REVIEW_LABELS.get(assessment.review_status, assessment.review_status)

    @admin.display(description=_("follow-up"), ordering="follow_up_on")
    def follow_up(self, assessment: Assessment) -> SafeString | str:
        if assessment.follow_up_on is None:
            return ""
        shown = date_format(assessment.follow_up_on, "SHORT_DATE_FORMAT")
        if assessment.follow_up_on <= timezone.localdate():
            return format_html('<strong class="follow-up-due">{}</strong>', shown)
        return shown

    @admin.display(description=_("advisor"), ordering="assigned_advisor__username")
    def advisor(self, assessment: Assessment) -> str:
        return assessment.assigned_advisor.get_username() if assessment.assigned_advisor else "-"

    def action_checkbox(self, assessment: Assessment) -> SafeString:
        """Django's checkbox for actions, written out: rendering its widget's template for
        each row took a fifth of the list's time."""
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            ACTION_CHECKBOX_NAME,
            assessment.pk,
            format_html(gettext(SELECT_FOR_ACTION), assessment),
        )

    # Not named after the open routes' relation: the list would sort by it if asked (?o=7).
    @admin.display(description=_("eligible on"))
    def eligible_on(self, assessment: Assessment) -> SafeString:
        if_recommended = gettext("if recommended")
        return format_html_join(
            mark_safe("<br>"),
            '<span title="{}">{}</span>{}',
            (
                (
                    *display.route_cell(route.route_id),
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

    # --- Detail page -------------------------------------------------------------------------

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Assessment | None = None,
    ) -> HttpResponse:
        if obj is not None:
            context["summary"] = summary_context(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def construct_change_message(
        self, request: HttpRequest, form: Form, formsets: Any, add: bool = False
    ) -> list[dict]:
        changed = [name for name in review.ADVISOR_FIELDS if name in form.changed_data]
        message = review.changed_fields(*changed)
        if form.cleaned_data.get("new_note"):
            message += review.note_added(form.cleaned_data["new_note"])
        return message

    def save_model(self, request: HttpRequest, obj: Assessment, form: Form, change: bool) -> None:
        review.save_advisor_form(form, request.user)

    def response_change(self, request: HttpRequest, obj: Assessment) -> HttpResponse:
        if "_savenext" not in request.POST:
            return super().response_change(request, obj)
        preserved = self.get_preserved_filters(request)
        following = self.next_in_queue(request, obj, queues.list_filters(preserved))
        if following is None:
            self.message_user(
                request,
                gettext("Saved. That was the last assessment in this list."),
                messages.SUCCESS,
            )
            url = reverse("admin:eligibility_assessment_changelist")
            return HttpResponseRedirect(f"{url}?{queues.list_filters(preserved).urlencode()}")
        self.message_user(
            request,
            gettext("%(reference)s saved. This is the next assessment in the list.")
            % {"reference": obj.reference},
            messages.SUCCESS,
        )
        url = reverse("admin:eligibility_assessment_change", args=[following.pk])
        return HttpResponseRedirect(f"{url}?{preserved}" if preserved else url)

    def next_in_queue(
        self, request: HttpRequest, current: Assessment, params: Any
    ) -> Assessment | None:
        """The assessment after this one in the list it was opened from."""
        list_request = copy(request)
        list_request.GET = params
        changelist = self.get_changelist_instance(list_request)
        # The list's order in the assessment's own columns (the list's queryset may read it
        # from a joined open route).
        ordering = changelist.get_ordering(list_request, changelist.root_queryset)
        return queues.following(changelist.queryset, ordering, current)

    @admin.display(description=_("notes"))
    def notes(self, assessment: Assessment) -> SafeString:
        return render_to_string(
            "admin/eligibility/assessment/notes.html",
            {"notes": assessment.notes.select_related("author")},
        )

    @admin.display(description=_("result page"))
    def applicant_result_page(self, assessment: Assessment) -> str:
        if not assessment.is_submitted:
            return gettext("Not submitted yet")
        url = reverse("eligibility:result", args=[assessment.public_id])
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            url,
            gettext("Open the result page the applicant sees (read only)"),
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

    # --- Actions -----------------------------------------------------------------------------

    @admin.action(
        description=_("Assign selected assessments to an advisor…"), permissions=["change"]
    )
    def assign(self, request: HttpRequest, queryset: QuerySet[Assessment]) -> HttpResponse | None:
        advisors = filters.advisors()
        if "confirm" in request.POST:
            form = review.BulkAssignForm(request.POST, advisors=advisors)
            if form.is_valid():
                advisor = form.cleaned_data["advisor"]
                count, changed = review.change_each(
                    queryset, assigned_advisor_id=advisor.pk if advisor else None
                )
                review.log_changes(request.user, changed, review.changed_fields("assigned_advisor"))
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d assessment assigned to %(advisor)s.",
                        "%(count)d assessments assigned to %(advisor)s.",
                        count,
                    )
                    % {
                        "count": count,
                        "advisor": advisor.get_username() if advisor else gettext("nobody"),
                    },
                    messages.SUCCESS,
                )
                return None
        else:
            initial = request.user.pk if advisors.filter(pk=request.user.pk).exists() else None
            form = review.BulkAssignForm(initial={"advisor": initial}, advisors=advisors)
        return self.confirmation(
            request, queryset, form, "assign", gettext("Assign assessments to an advisor")
        )

    @admin.action(
        description=_("Change the review status of selected assessments…"), permissions=["change"]
    )
    def change_review_status(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> HttpResponse | None:
        if "confirm" in request.POST:
            form = review.BulkStatusForm(request.POST)
            if form.is_valid():
                values = form.values()
                count, changed = review.change_each(queryset, **values)
                review.log_changes(request.user, changed, review.changed_fields(*values))
                self.message_user(
                    request,
                    ngettext(
                        "Review status of %(count)d assessment set to %(status)s.",
                        "Review status of %(count)d assessments set to %(status)s.",
                        count,
                    )
                    % {
                        "count": count,
                        "status": Assessment.ReviewStatus(values["review_status"]).label,
                    },
                    messages.SUCCESS,
                )
                return None
        else:
            form = review.BulkStatusForm()
        return self.confirmation(
            request,
            queryset,
            form,
            "change_review_status",
            gettext("Change the review status of assessments"),
        )

    def confirmation(
        self,
        request: HttpRequest,
        queryset: QuerySet[Assessment],
        form: Form,
        action: str,
        title: str,
    ) -> TemplateResponse:
        """The page that says what a bulk change will change, before it is made."""
        count = queryset.count()
        shown = list(queryset.order_by("-created_at").values_list("reference", flat=True)[:20])
        return TemplateResponse(
            request,
            "admin/eligibility/assessment/bulk_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "title": title,
                "opts": self.model._meta,
                "form": form,
                "action": action,
                "count": count,
                "shown": shown,
                "more": count - len(shown),
                "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
                "select_across": request.POST.get("select_across", "0"),
                "action_checkbox_name": ACTION_CHECKBOX_NAME,
            },
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
                request,
                assessment,
                review.changed_fields("reevaluated_results", "reevaluated_at"),
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
        return export.csv_response(queryset, readable=True)

    @admin.action(
        description=_("Export selected assessments to CSV with codes, for software"),
        permissions=["view"],
    )
    def export_csv_codes(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> HttpResponse:
        return export.csv_response(queryset, readable=False)


def summary_context(assessment: Assessment) -> dict[str, Any]:
    """What the summary card at the top of the detail page shows: the result under each rule
    set, the rules in force first."""
    cards = [display.result_card(result) for result in summary.results_of(assessment)]
    as_of = cards[0].as_of_date if cards else None
    return {
        "assessment": assessment,
        "cards": cards,
        "as_of_date": as_of,
        "nationality": display.nationality(assessment),
        "age": display.applicant_age(assessment, as_of or timezone.localdate()),
    }
