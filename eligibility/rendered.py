"""The result page's content, rendered once per assessment and language.

A submitted result never changes (changing answers makes a new assessment; re-evaluation in the
admin stores its results apart), so the page's content is rendered on the first visit in a
language and served from the ``RenderedResult`` table afterwards, found by the same query that
finds the assessment. What differs between requests (the CSRF token of the page's forms, the
language switcher's return address, the page's own link) stays out of it: the page around it
is rendered on each request, which costs no query.

``RENDERING_VERSION`` names the templates, code and translations the content is rendered with:
after a deployment that changes them, a stored rendering is rendered again on its next visit.
"""

import zlib
from datetime import datetime
from hashlib import blake2b
from pathlib import Path
from typing import Any

import django
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from eligibility import flow
from eligibility.models import Assessment, RenderedResult
from eligibility.result_page import comparison, rule_set_section
from eligibility.results import full_results

APP = Path(__file__).parent
BODY_TEMPLATE = "eligibility/result/body.html"
ZLIB_LEVEL = 6  # the HTML compresses to about a sixth, and decompresses in about 0.1 ms
# Every <details> of the content starts so, so that it can be served with all of them open.
CLOSED_DETAILS = '<details class="result-details'


def _rendering_version() -> str:
    """A digest of what the content is rendered with: the app's Python code (the engine
    aside: a stored result is expanded from its own published release), the result templates
    and the compiled translations."""
    code = (path for path in APP.rglob("*.py") if "engine" not in path.relative_to(APP).parts)
    files = [
        *sorted(code),
        *sorted((APP / "templates" / "eligibility" / "result").rglob("*.html")),
        *sorted(mo for path in settings.LOCALE_PATHS for mo in Path(path).rglob("*.mo")),
    ]
    digest = blake2b(django.get_version().encode(), digest_size=8)
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()


RENDERING_VERSION = _rendering_version()


def body_context(assessment: Assessment) -> dict[str, Any]:
    sections = [rule_set_section(result) for result in full_results(assessment.results)]
    replay = flow.replay(assessment.answers)
    return {
        "assessment": assessment,
        "sections": sections,
        "current": next((s for s in sections if s.is_current), None),
        "comparison": comparison(sections),
        "answers": [row for page in replay.path for row in page.form_class.summary(assessment)],
    }


def render_body(assessment: Assessment, language: str) -> tuple[str, datetime]:
    """Renders the content in the active language and stores it; returns it with its time."""
    assessment.refresh_from_db(fields=["answers", "results"])
    html = render_to_string(BODY_TEMPLATE, body_context(assessment))
    rendered_at = timezone.now().replace(microsecond=0)
    RenderedResult.objects.bulk_create(
        [
            RenderedResult(
                assessment_id=assessment.pk,
                language=language,
                version=RENDERING_VERSION,
                html=zlib.compress(html.encode(), ZLIB_LEVEL),
                rendered_at=rendered_at,
            )
        ],
        update_conflicts=True,
        unique_fields=["assessment", "language"],
        update_fields=["version", "html", "rendered_at"],
    )
    return html, rendered_at


def stored_html(compressed: bytes | memoryview) -> str:
    return zlib.decompress(compressed).decode()


def with_every_details_open(html: str) -> str:
    return html.replace(CLOSED_DETAILS, CLOSED_DETAILS.replace("<details", "<details open"))
