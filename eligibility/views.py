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
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from eligibility import flow
from eligibility.engine import Outcome, RiskStatus, Status, evaluate
from eligibility.engine.model import ConditionKind
from eligibility.forms import QuestionForm
from eligibility.models import RULE_SET, Assessment

CHANGE = "change"  # query parameter: the page was opened from Check your answers


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
            "position": replay.position(page),
            "estimated_total": replay.estimated_total,
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
def submit(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = get_object_or_404(Assessment, public_id=public_id)
    replay = flow.replay(assessment.answers)
    if request.method != "POST" or assessment.is_submitted or not replay.is_complete:
        return redirect(current_url(assessment, replay))
    result = evaluate(replay.facts(as_of=timezone.localdate()), rule_set=RULE_SET).to_dict()
    with transaction.atomic():
        # Only the first of two submissions claims the row; the second just shows the result.
        claimed = Assessment.objects.filter(
            pk=assessment.pk, status=Assessment.Status.IN_PROGRESS
        ).update(
            status=Assessment.Status.SUBMITTED,
            language=request.LANGUAGE_CODE,
            submitted_at=timezone.now(),
        )
        if claimed:
            assessment.record_result(result)
    return redirect("eligibility:result", assessment.public_id)


@never_cache
def result(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The result as stored at submission: the page never evaluates the answers again."""
    assessment = get_object_or_404(Assessment, public_id=public_id)
    replay = flow.replay(assessment.answers)
    if not assessment.is_submitted:
        return redirect(current_url(assessment, replay))
    result = assessment.result
    routes = {route["id"]: route for route in result["routes"]}
    family = result["accompanying_family"]
    principal_ids = family["principal_routes"] if family else []
    groups, unconcerned = route_groups(result, routes)
    risks_raised = [risk for risk in result["risks"] if risk["status"] != RiskStatus.NOT_INDICATED]
    result_url = reverse("eligibility:result", args=[assessment.public_id])
    return render(
        request,
        "eligibility/result.html",
        {
            "assessment": assessment,
            "result": result,
            "groups": groups,
            "none_open": all(group.outcome == Outcome.NOT_ELIGIBLE for group in groups),
            "unconcerned": unconcerned,
            "principal_routes": [routes[route_id] for route_id in principal_ids],
            "risks_raised": risks_raised,
            "as_of_date": date.fromisoformat(result["as_of_date"]),
            "answers": [row for page in replay.path for row in page.form_class.summary(assessment)],
            "result_url": request.build_absolute_uri(result_url),
            "read_only": request.user.is_staff,
        },
    )


@applicants_only
def change_answers(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """A new evaluation from a copy of the answers: the submitted assessment and its result stay
    as they are, since advisors rely on them."""
    assessment = get_object_or_404(Assessment, public_id=public_id)
    if request.method != "POST" or not assessment.is_submitted:
        return redirect(current_url(assessment, flow.replay(assessment.answers)))
    with transaction.atomic():
        copy = Assessment.start(language=assessment.language)
        copy.answers = deepcopy(assessment.answers)
        copy.contact_consent = assessment.contact_consent
        copy.contact_name = assessment.contact_name
        copy.contact_email = assessment.contact_email
        copy.save()
    return redirect("eligibility:check", copy.public_id)


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
    """The routes by outcome, best first, with the accompanying family's entry under its own
    outcome; and apart from them the routes that do not concern the applicant (an unmet gate,
    e.g. a situation not selected), each with that gate."""
    family = result["accompanying_family"]
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
        if family is not None and family["outcome"] == outcome:
            shown.append(family)
        if shown:
            heading, summary = ROUTE_GROUP_TEXTS[outcome]
            groups.append(RouteGroup(outcome, heading, summary, shown))
    return groups, unconcerned


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
