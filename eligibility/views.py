"""The questionnaire's pages. Every POST saves and redirects (Post/Redirect/Get); every GET works
out where the applicant is by replaying their answers (``eligibility/flow.py``)."""

from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from functools import wraps
from typing import Any
from uuid import UUID

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from eligibility import flow
from eligibility.engine import RULE_SETS, Outcome, RiskStatus, Status, evaluate
from eligibility.engine.model import ConditionKind
from eligibility.forms import QuestionForm
from eligibility.limits import limit_assessment_posts, limit_new_assessments
from eligibility.messages import render_message
from eligibility.models import Assessment, DeletedAssessment
from eligibility.results import full_results

CHANGE = "change"  # query parameter: the page was opened from Check your answers
COPY_CONTACT = "copy_contact"  # form field: "Change your answers" also copies contact details
CONTACT_ANSWER = "contact"


def applicants_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuses to let a signed-in advisor send answers or submit: staff see an applicant's
    pages read-only, and never act in the applicant's name."""

    @wraps(view)
    def refuse_staff(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and request.user.is_staff:
            return render(request, "eligibility/staff_read_only.html", status=403)
        return view(request, *args, **kwargs)

    return refuse_staff


def start(request: HttpRequest) -> HttpResponse:
    return render(request, "eligibility/start.html")


@applicants_only
@limit_new_assessments
def start_assessment(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("eligibility:start")
    assessment = Assessment.start(language=request.LANGUAGE_CODE)
    return redirect(question_url(assessment, flow.PAGES[0]))


@never_cache
def resume(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = get_object_or_404(Assessment, public_id=public_id)
    return redirect(current_url(assessment, flow.replay(assessment.answers)))


@never_cache
@applicants_only
@limit_assessment_posts
def question(request: HttpRequest, public_id: UUID, page_id: str) -> HttpResponse:
    assessment = get_object_or_404(Assessment, public_id=public_id)
    page = flow.PAGES_BY_ID.get(page_id)
    if page is None:
        raise Http404
    replay = flow.replay(assessment.answers)
    if assessment.is_submitted or not replay.can_show(page):
        return redirect(current_url(assessment, replay))
    changing = request.GET.get(CHANGE) == "1"

    if request.method == "POST":
        form = page.form_class(request.POST, assessment=assessment)
        if form.is_valid():
            assessment = save_answers(assessment, form, request.LANGUAGE_CODE)
            replay = flow.replay(assessment.answers)
            if assessment.is_submitted:
                return redirect(current_url(assessment, replay))
            if changing:
                return redirect(current_url(assessment, replay, changing=True))
            following = replay.next(page)
            if following is None:
                return redirect("eligibility:check", assessment.public_id)
            return redirect(question_url(assessment, following))
    else:
        form = page.form_class(assessment=assessment)

    return render(
        request,
        "eligibility/question.html",
        {
            "assessment": assessment,
            "form": form,
            "title": page.form_class.title(),
            "heading": page.form_class.heading,
            "back_url": back_url(assessment, replay, page, changing),
            "answered": replay.answered_before(page),
            "question_count": replay.question_count,
            "resume_url": request.build_absolute_uri(assessment.get_absolute_url()),
        },
    )


@never_cache
def check_answers(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = get_object_or_404(Assessment, public_id=public_id)
    replay = flow.replay(assessment.answers)
    if assessment.is_submitted or not replay.is_complete:
        return redirect(current_url(assessment, replay))
    rows = [
        (row, question_url(assessment, page, changing=True))
        for page in replay.path
        for row in page.form_class.summary(assessment)
    ]
    return render(
        request,
        "eligibility/check_answers.html",
        {
            "assessment": assessment,
            "rows": rows,
            "back_url": question_url(assessment, replay.path[-1]),
            "resume_url": request.build_absolute_uri(assessment.get_absolute_url()),
        },
    )


@applicants_only
@limit_assessment_posts
def submit(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = get_object_or_404(Assessment, public_id=public_id)
    replay = flow.replay(assessment.answers)
    if request.method != "POST" or assessment.is_submitted or not replay.is_complete:
        return redirect(current_url(assessment, replay))
    facts = replay.facts(as_of=timezone.localdate())
    results = {rule_set: evaluate(facts, rule_set) for rule_set in RULE_SETS}
    with transaction.atomic():
        # Only the first of two submissions claims the row; the second just shows the result.
        # Answers from branches the applicant left are dropped: only those evaluated are kept.
        claimed = Assessment.objects.filter(
            pk=assessment.pk, status=Assessment.Status.IN_PROGRESS
        ).update(
            status=Assessment.Status.SUBMITTED,
            answers=replay.answers,
            language=request.LANGUAGE_CODE,
            submitted_at=timezone.now(),
        )
        if claimed:
            assessment.record_results(results)
    return redirect("eligibility:result", assessment.public_id)


@never_cache
def result(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The results as stored at submission: the page never evaluates the answers again."""
    assessment = get_object_or_404(Assessment, public_id=public_id)
    replay = flow.replay(assessment.answers)
    if not assessment.is_submitted:
        return redirect(current_url(assessment, replay))
    sections = [rule_set_section(result) for result in full_results(assessment.results)]
    result_url = reverse("eligibility:result", args=[assessment.public_id])
    return render(
        request,
        "eligibility/result.html",
        {
            "assessment": assessment,
            "sections": sections,
            "comparison": comparison(sections),
            "as_of_date": date.fromisoformat(sections[0].result["as_of_date"]),
            "answers": [row for page in replay.path for row in page.form_class.summary(assessment)],
            "result_url": request.build_absolute_uri(result_url),
            "read_only": request.user.is_staff,
        },
    )


@dataclass(frozen=True)
class RuleSetSection:
    """One rule set's result, as the result page lays it out."""

    result: dict[str, Any]
    groups: list["RouteGroup"]
    unconcerned: list[tuple[dict[str, Any], dict[str, Any]]]
    principal_routes: list[dict[str, Any]]
    risks_raised: list[dict[str, Any]]

    @property
    def is_current(self) -> bool:
        return self.result["rule_set"]["id"] == "current"

    @property
    def prefix(self) -> str:
        return f"{self.result['rule_set']['id']}-"

    @property
    def none_open(self) -> bool:
        return all(group.outcome == Outcome.NOT_ELIGIBLE for group in self.groups)

    @property
    def text_heading(self) -> Promise:
        return _("What the rules say") if self.is_current else _("What the draft says")


def rule_set_section(result: dict[str, Any]) -> RuleSetSection:
    routes = {route["id"]: route for route in result["routes"]}
    principal_ids = [id for family in families_of(result) for id in family["principal_routes"]]
    groups, unconcerned = route_groups(result, routes)
    return RuleSetSection(
        result=result,
        groups=groups,
        unconcerned=unconcerned,
        principal_routes=[routes[route_id] for route_id in dict.fromkeys(principal_ids)],
        risks_raised=[
            risk for risk in result["risks"] if risk["status"] != RiskStatus.NOT_INDICATED
        ],
    )


@dataclass(frozen=True)
class ComparisonRow:
    topic: str
    cells: list[list[dict[str, Any]]]  # the routes of each rule set on this topic


def comparison(sections: list[RuleSetSection]) -> list[ComparisonRow]:
    """The routes that concern the applicant, by topic (the situation their gate asks about),
    with their outcomes under each rule set, side by side."""
    topics: dict[str, dict[str, Any]] = {}
    for column, section in enumerate(sections):
        for group in section.groups:
            for route in group.routes:
                gate = next(
                    (c for c in route["conditions"] if c["kind"] == ConditionKind.GATE), None
                )
                label = render_message(gate["label"]) if gate else gettext("Other")
                cells = topics.setdefault(label, [[] for _ in sections])
                cells[column].append(route)
    return [ComparisonRow(topic, cells) for topic, cells in topics.items()]


@applicants_only
@limit_assessment_posts
def change_answers(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """A new evaluation from a copy of the answers: the submitted assessment and its result stay
    as they are, since advisors rely on them. The name and e-mail address are copied only when
    the applicant asks; otherwise the contact question is asked again."""
    assessment = get_object_or_404(Assessment, public_id=public_id)
    if request.method != "POST" or not assessment.is_submitted:
        return redirect(current_url(assessment, flow.replay(assessment.answers)))
    with transaction.atomic():
        copy = Assessment.start(language=assessment.language)
        copy.answers = deepcopy(assessment.answers)
        if assessment.contact_consent and request.POST.get(COPY_CONTACT) == "1":
            copy.contact_consent = True
            copy.contact_name = assessment.contact_name
            copy.contact_email = assessment.contact_email
        elif assessment.contact_consent:
            del copy.answers[CONTACT_ANSWER]
        copy.save()
    return redirect("eligibility:check", copy.public_id)


@never_cache
@applicants_only
@limit_assessment_posts
def delete(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Asks for confirmation, then deletes the assessment for good, leaving a record for the
    admin's history without any of its content."""
    assessment = get_object_or_404(Assessment, public_id=public_id)
    if request.method == "POST":
        DeletedAssessment.delete_assessments(
            Assessment.objects.filter(pk=assessment.pk), DeletedAssessment.Reason.APPLICANT
        )
        return redirect("eligibility:deleted")
    return render(
        request,
        "eligibility/delete.html",
        {
            "assessment": assessment,
            "back_url": current_url(assessment, flow.replay(assessment.answers)),
        },
    )


def deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "eligibility/deleted.html")


@dataclass(frozen=True)
class RouteGroup:
    """The routes with one outcome, as the result page lists them."""

    outcome: str
    heading: Promise
    summary: Promise
    routes: list[dict[str, Any]]


# Headings and summary lines for each outcome.
ROUTE_GROUP_TEXTS: dict[str, tuple[Promise, Promise]] = {
    Outcome.ELIGIBLE: (
        _("Routes on which you meet the conditions"),
        _("You appear to meet the conditions of these routes:"),
    ),
    Outcome.NEEDS_RECOMMENDATION: (
        _("Routes on which you meet the conditions if recommended"),
        _("You would meet the conditions of these routes if you are recommended:"),
    ),
    Outcome.UNDETERMINED: (
        _("Routes where we cannot tell yet"),
        _("Cannot tell without more information, for these routes:"),
    ),
    Outcome.NOT_ELIGIBLE: (
        _("Routes whose conditions you do not meet"),
        _("You do not meet the conditions of these routes:"),
    ),
}


def route_groups(
    result: dict[str, Any], routes: dict[str, dict[str, Any]]
) -> tuple[list[RouteGroup], list[tuple[dict[str, Any], dict[str, Any]]]]:
    """The routes by outcome, best first, with the accompanying family's entries under their
    own outcome; and apart from them the routes that do not concern the applicant (an unmet
    gate, e.g. a situation not selected), each with that gate."""
    families = families_of(result)
    groups = []
    unconcerned = []
    # PostgreSQL's jsonb does not keep the order of keys: the engine's outcomes give it.
    for outcome in Outcome:
        shown = []
        for route_id in result["summary"][outcome]:
            route = routes[route_id]
            gate = unmet_gate(route)
            if gate is None:
                shown.append(route)
            else:
                unconcerned.append((route, gate))
        shown.extend(family for family in families if family["outcome"] == outcome)
        if shown:
            heading, summary = ROUTE_GROUP_TEXTS[outcome]
            groups.append(RouteGroup(outcome, heading, summary, shown))
    return groups, unconcerned


def families_of(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The accompanying family's entries (a result stored before there could be several has
    one, or none)."""
    families = result.get("accompanying_family") or []
    return [families] if isinstance(families, dict) else families


def unmet_gate(route: dict[str, Any]) -> dict[str, Any] | None:
    return next(
        (
            condition
            for condition in route["conditions"]
            if condition["kind"] == ConditionKind.GATE and condition["status"] == Status.UNMET
        ),
        None,
    )


def save_answers(assessment: Assessment, form: QuestionForm, language: str) -> Assessment:
    """Saves one page's answers; the row is locked so that two tabs cannot lose each other's."""
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if not locked.is_submitted:
            form.save_to(locked)
            locked.language = language
            locked.save()
    return locked


def question_url(assessment: Assessment, page: flow.Page, changing: bool = False) -> str:
    url = reverse("eligibility:question", args=[assessment.public_id, page.id])
    return f"{url}?{CHANGE}=1" if changing else url


def current_url(assessment: Assessment, replay: flow.Replay, changing: bool = False) -> str:
    """Where the applicant is: the result, the first unanswered page, or Check your answers."""
    if assessment.is_submitted:
        return reverse("eligibility:result", args=[assessment.public_id])
    if replay.current is not None:
        return question_url(assessment, replay.current, changing)
    return reverse("eligibility:check", args=[assessment.public_id])


def back_url(assessment: Assessment, replay: flow.Replay, page: flow.Page, changing: bool) -> str:
    """The page before this one on the applicant's path, or Check your answers after a Change."""
    if changing and page in replay.path:
        return reverse("eligibility:check", args=[assessment.public_id])
    previous = replay.previous(page)
    if previous is None:
        return reverse("eligibility:start")
    return question_url(assessment, previous, changing)
