"""Rate limits (django-ratelimit), counted in the database cache so that they hold across
workers and instances. Over a limit, the view raises and the friendly 429 page answers
(RATELIMIT_VIEW). The rates are settings, read on each request."""

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit import UNSAFE
from django_ratelimit.decorators import ratelimit


def new_assessments_rate(group: str, request: HttpRequest) -> str:
    return settings.RATELIMIT_NEW_ASSESSMENTS


def assessment_posts_rate(group: str, request: HttpRequest) -> str:
    return settings.RATELIMIT_ASSESSMENT_POSTS


def assessment(group: str, request: HttpRequest) -> str:
    return str(request.resolver_match.kwargs["public_id"])


# Per client address: new assessments.
limit_new_assessments = ratelimit(
    group="new-assessments", key="ip", rate=new_assessments_rate, method=UNSAFE
)
# Per assessment: every answer, submission, copy or deletion, counted together.
limit_assessment_posts = ratelimit(
    group="assessment-posts", key=assessment, rate=assessment_posts_rate, method=UNSAFE
)
