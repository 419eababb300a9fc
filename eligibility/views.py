"""The questionnaire's pages. Every POST saves and redirects (Post/Redirect/Get); every GET works
out where the applicant is by replaying their answers (``eligibility/flow.py``)."""

from collections.abc import Callable
from copy import deepcopy
from datetime import datetime
from functools import cache, wraps
from hashlib import blake2b
from typing import Any
from uuid import UUID

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.html import escape
from django.utils.http import http_date, quote_etag
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from eligibility import flow
from eligibility.engine import RULE_SETS, evaluate
from eligibility.forms import QuestionForm
from eligibility.limits import limit_assessment_posts, limit_new_assessments
from eligibility.models import Assessment, DeletedAssessment
from eligibility.rendered import (
    RENDERING_VERSION,
    gzipped_page,
    render_body,
    stored_html,
    with_every_details_open,
    with_rendering,
)

CHANGE = "change"  # query parameter: the page was opened from Check your answers
COPY_CONTACT = "copy_contact"  # form field: "Change your answers" also copies contact details
CONTACT_ANSWER = "contact"
# What a page's form may write (``QuestionForm.save_to``), besides the language.
SAVED_BY_PAGES = ("answers", "contact_consent", "contact_name", "contact_email")


def assessment_or_404(public_id: UUID) -> Assessment:
    assessment = Assessment.find(public_id)
    if assessment is None:
        raise Http404
    return assessment


def applicants_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuses to let a signed-in advisor send answers or submit: staff see an applicant's
    pages read-only, and never act in the applicant's name."""

    @wraps(view)
    def refuse_staff(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and request.user.is_staff:
            return render(request, "eligibility/staff_read_only.html", status=403)
        return view(request, *args, **kwargs)

    return refuse_staff


# The start page is the same for everyone in a language but for its CSRF token and the address
# the language switcher comes back to: it is rendered once per language with placeholders for
# those two, which each request fills in.
START_TOKEN = "csrftoken0start0page"
START_PATH = "/path0start0page"


class StartPagePlaceholders:
    """What the start page's templates read of the request."""

    def get_full_path(self) -> str:
        return START_PATH


@cache
def start_page(language: str) -> str:
    return render_to_string(
        "eligibility/start.html",
        {"csrf_token": START_TOKEN, "request": StartPagePlaceholders()},
    )


def start(request: HttpRequest) -> HttpResponse:
    html = start_page(get_language())
    return HttpResponse(
        html.replace(START_TOKEN, get_token(request)).replace(
            START_PATH, escape(request.get_full_path())
        )
    )


@applicants_only
@limit_new_assessments
def start_assessment(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("eligibility:start")
    assessment = Assessment.start(language=request.LANGUAGE_CODE)
    return redirect(question_url(assessment, flow.PAGES[0]))


@never_cache
def resume(request: HttpRequest, public_id: UUID) -> HttpResponse:
    assessment = assessment_or_404(public_id)
    return redirect(current_url(assessment, flow.replay(assessment.answers)))


@never_cache
@applicants_only
@limit_assessment_posts
def question(request: HttpRequest, public_id: UUID, page_id: str) -> HttpResponse:
    assessment = assessment_or_404(public_id)
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
    assessment = assessment_or_404(public_id)
    replay = flow.replay(assessment.answers)
    if assessment.is_submitted or not replay.is_complete:
        return redirect(current_url(assessment, replay))
    rows = []
    for page in replay.path:
        change_url = question_url(assessment, page, changing=True)
        rows += [(row, change_url) for row in page.form_class.summary(assessment)]
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
    assessment = assessment_or_404(public_id)
    replay = flow.replay(assessment.answers)
    if request.method != "POST" or assessment.is_submitted or not replay.is_complete:
        return redirect(current_url(assessment, replay))
    facts = replay.facts(as_of=timezone.localdate())
    results = {rule_set: evaluate(facts, rule_set) for rule_set in RULE_SETS}
    # Only the first of two submissions is recorded; the second just shows the result. Answers
    # from branches the applicant left are dropped: only those evaluated are kept.
    assessment.submit(results, answers=replay.answers, language=request.LANGUAGE_CODE)
    return redirect("eligibility:result", assessment.public_id)


# Query parameter: ?details=open shows the result with every section open, to print it all.
DETAILS = "details"
# Where the stored content goes in the page around it.
BODY = "<!-- the result -->"


def result(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The results as stored at submission: the page never evaluates the answers again. Its
    content is rendered once per language (``eligibility.rendered``) and found with the
    assessment in one query; a reload of an unchanged page is answered 304 Not Modified."""
    language = get_language()
    assessment = with_rendering(public_id, language)
    if assessment is None:
        raise Http404
    if not assessment.is_submitted:
        response = redirect(current_url(assessment, flow.replay(assessment.answers)))
        add_never_cache_headers(response)
        return response
    if assessment.rendered_html is None or assessment.rendered_version != RENDERING_VERSION:
        body, stored, rendered_at = render_body(assessment, language)
    else:
        stored = assessment.rendered_html
        body, rendered_at = stored_html(stored), assessment.rendered_at
    every_details_open = request.GET.get(DETAILS) == "open"
    read_only = request.user.is_staff  # an advisor's view: no actions in the applicant's name

    etag = result_etag(request, public_id, language, rendered_at, (every_details_open, read_only))
    last_modified = int(rendered_at.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        result_url = reverse("eligibility:result", args=[assessment.public_id])
        page = render_to_string(
            "eligibility/result.html",
            {
                "assessment": assessment,
                "body": mark_safe(BODY),  # our own rendering, stored by render_body
                "every_details_open": every_details_open,
                "read_only": read_only,
                "result_url": request.build_absolute_uri(result_url),
            },
            request,
        )
        before, _, after = page.partition(BODY)
        if every_details_open:  # a page to print, not the usual one: compressed as others
            response = HttpResponse(before + with_every_details_open(body) + after)
        elif re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            response = HttpResponse(gzipped_page(before, body, stored, after))
            response.headers["Content-Encoding"] = "gzip"
            etag = f"W/{etag}"  # as GZipMiddleware marks its own: the bytes differ each time
        else:
            response = HttpResponse(before + body + after)
        patch_vary_headers(response, ("Accept-Encoding",))
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(last_modified)
    # Kept by the browser only, and checked with the server on every visit.
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def result_etag(
    request: HttpRequest,
    public_id: UUID,
    language: str,
    rendered_at: datetime,
    variant: tuple[bool, ...],
) -> str:
    """What the page depends on: its stored content, the variant shown (every section open, an
    advisor's read-only view), and the CSRF secret its forms' tokens come from (a new CSRF cookie
    makes a new page)."""
    get_token(request)  # the page's forms need it; it sets the cookie if there is none yet
    version = "|".join(
        (
            str(public_id),
            language,
            RENDERING_VERSION,
            rendered_at.isoformat(),
            str(variant),
            request.META["CSRF_COOKIE"],
        )
    )
    return quote_etag(blake2b(version.encode(), digest_size=16).hexdigest())


@applicants_only
@limit_assessment_posts
def change_answers(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """A new evaluation from a copy of the answers: the submitted assessment and its result stay
    as they are, since advisors rely on them. The name and e-mail address are copied only when
    the applicant asks; otherwise the contact question is asked again."""
    assessment = assessment_or_404(public_id)
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
    assessment = assessment_or_404(public_id)
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


def save_answers(assessment: Assessment, form: QuestionForm, language: str) -> Assessment:
    """Saves one page's answers, unless the assessment was submitted meanwhile.

    One UPDATE, which applies only if the row still holds what this request read; if another tab
    saved since, the page's answers are applied again to the row, locked, so that neither tab
    loses the other's answers.
    """
    as_read = {name: deepcopy(getattr(assessment, name)) for name in SAVED_BY_PAGES}
    form.save_to(assessment)
    assessment.language = language
    assessment.updated_at = timezone.now()
    unchanged = Assessment.objects.filter(
        pk=assessment.pk, status=Assessment.Status.IN_PROGRESS, **as_read
    )
    if unchanged.update(
        language=language,
        updated_at=assessment.updated_at,
        **{name: getattr(assessment, name) for name in SAVED_BY_PAGES},
    ):
        return assessment
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
