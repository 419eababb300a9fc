"""The result page's content, rendered once per assessment and language.

A submitted result never changes (changing answers makes a new assessment; re-evaluation in the
admin stores its results apart), so the page's content is rendered on the first visit in a
language and served from the ``RenderedResult`` table afterwards, found by the same query that
finds the assessment. What differs between requests (the CSRF token of the page's forms, the
language switcher's return address, the page's own link) stays out of it: the page around it
is rendered on each request, which costs no query.

``RENDERING_VERSION`` names the templates, code and translations the content is rendered with:
after a deployment that changes them, a stored rendering is rendered again on its next visit.

The content is stored compressed as a piece of a deflate stream, so that a browser that accepts
gzip is sent it as it is, between the page's beginning and end compressed on each request
(``gzipped_page``): compressing the whole page took most of a visit's time.
"""

import secrets
import struct
import zlib
from datetime import UTC, datetime
from hashlib import blake2b
from pathlib import Path
from typing import Any
from uuid import UUID

import django
from django.conf import settings
from django.db import connection
from django.template.loader import render_to_string
from django.utils import timezone

from eligibility import flow
from eligibility.models import Assessment, RenderedResult
from eligibility.result_page import comparison, rule_set_section
from eligibility.results import full_results

APP = Path(__file__).parent
BODY_TEMPLATE = "eligibility/result/body.html"
ZLIB_LEVEL = 6  # the HTML compresses to about a sixth, and decompresses in about 0.1 ms
RAW_DEFLATE = -zlib.MAX_WBITS  # no zlib header or checksum: gzip has its own
# Django's GZipMiddleware pads each response with a random file name of up to this many bytes
# against BREACH; the pages compressed here are padded alike.
MAX_PADDING = 100
GZIP_NAME_FLAG = 0x08
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


# The assessment and its rendering in a language, in one query. Written out, as the hottest
# query of the site: Django took longer to build it than PostgreSQL to answer it.
WITH_RENDERING = (
    "SELECT {columns}, r.html AS rendered_html, r.version AS rendered_version, "
    "r.rendered_at AS rendered_at FROM {assessments} a LEFT JOIN {renderings} r "
    "ON r.assessment_id = a.id AND r.language = %s WHERE a.public_id = %s"
)
# Not needed to show a stored rendering (they are read when one is rendered).
LARGE_COLUMNS = ("answers", "results", "reevaluated_results")


def with_rendering(public_id: UUID, language: str) -> Assessment | None:
    """The assessment (its answers and results loaded when read), or None, with
    ``rendered_html``, ``rendered_version`` and ``rendered_at`` of its rendering in
    ``language`` (None if none)."""
    quote = connection.ops.quote_name
    columns = [
        field.column
        for field in Assessment._meta.concrete_fields
        if field.name not in LARGE_COLUMNS
    ]
    sql = WITH_RENDERING.format(
        columns=", ".join(f"a.{quote(column)}" for column in columns),
        assessments=quote(Assessment._meta.db_table),
        renderings=quote(RenderedResult._meta.db_table),
    )
    key = Assessment._meta.get_field("public_id").get_db_prep_value(public_id, connection)
    assessment = next(iter(Assessment.objects.raw(sql, [language, key])), None)
    rendered_at = assessment and assessment.rendered_at
    if rendered_at and timezone.is_naive(rendered_at):  # SQLite's, in UTC
        assessment.rendered_at = timezone.make_aware(rendered_at, UTC)
    return assessment


def render_body(assessment: Assessment, language: str) -> tuple[str, bytes, datetime]:
    """Renders the content in the active language and stores it; returns it, as stored
    (``compressed``) and its time."""
    assessment.refresh_from_db(fields=["answers", "results"])
    html = render_to_string(BODY_TEMPLATE, body_context(assessment))
    rendered_at = timezone.now().replace(microsecond=0)
    stored = compressed(html)
    RenderedResult.objects.bulk_create(
        [
            RenderedResult(
                assessment_id=assessment.pk,
                language=language,
                version=RENDERING_VERSION,
                html=stored,
                rendered_at=rendered_at,
            )
        ],
        update_conflicts=True,
        unique_fields=["assessment", "language"],
        update_fields=["version", "html", "rendered_at"],
    )
    return html, stored, rendered_at


def compressed(html: str) -> bytes:
    """The HTML as a piece of a deflate stream: flushed to a whole byte and not final, so that
    more can follow it, and referring to nothing before it."""
    compressor = zlib.compressobj(ZLIB_LEVEL, zlib.DEFLATED, RAW_DEFLATE)
    return compressor.compress(html.encode()) + compressor.flush(zlib.Z_SYNC_FLUSH)


def stored_html(stored: bytes | memoryview) -> str:
    return zlib.decompressobj(RAW_DEFLATE).decompress(stored).decode()


def gzipped_page(before: str, content: str, stored: bytes | memoryview, after: str) -> bytes:
    """The page ``before + content + after`` in gzip, with the content ``stored`` as it is
    (``compressed(content)``) and a random padding in the header, as Django's GZipMiddleware
    pads."""
    head, body, tail = before.encode(), content.encode(), after.encode()
    checksum = zlib.crc32(tail, zlib.crc32(body, zlib.crc32(head)))
    padding = secrets.token_hex(secrets.randbelow(MAX_PADDING // 2) + 1).encode()
    start = zlib.compressobj(ZLIB_LEVEL, zlib.DEFLATED, RAW_DEFLATE)
    end = zlib.compressobj(ZLIB_LEVEL, zlib.DEFLATED, RAW_DEFLATE)
    return b"".join(
        (
            # Magic number, deflate, a file name, no time, no flags, unknown system.
            struct.pack("<BBBBIBB", 0x1F, 0x8B, 8, GZIP_NAME_FLAG, 0, 0, 255),
            padding + b"\0",
            start.compress(head) + start.flush(zlib.Z_SYNC_FLUSH),
            stored,
            end.compress(tail) + end.flush(zlib.Z_FINISH),
            struct.pack("<II", checksum, (len(head) + len(body) + len(tail)) & 0xFFFFFFFF),
        )
    )


def with_every_details_open(html: str) -> str:
    return html.replace(CLOSED_DETAILS, CLOSED_DETAILS.replace("<details", "<details open"))
