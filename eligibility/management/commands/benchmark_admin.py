import statistics
import time
from datetime import timedelta
from typing import Any
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eligibility.admin.queues import QUEUES
from eligibility.fake_assessments import generate_assessments
from eligibility.models import Assessment, OpenRoute

BENCHMARK_USER = "benchmark-admin"
NO_DEBUG = (
    "Run this with DEBUG off: with DEBUG on, Django records every query, which slows each "
    "request and would be timed with it."
)


class Command(BaseCommand):
    help = (
        "Times the admin's assessment list as a superuser through Django's test client: "
        "unfiltered, filtered, searched, and one detail page. Prints the median milliseconds "
        "of each, the ratio to the admin's index page timed right after it (the reference, "
        "which shows how busy the machine was), and the number of its SQL queries and their "
        "milliseconds."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--size",
            type=int,
            default=0,
            help="First generate fake assessments until there are this many.",
        )
        parser.add_argument("--repeat", type=int, default=5, help="Timed requests per page.")
        parser.add_argument("--seed", type=int, default=0)

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.DEBUG:
            raise CommandError(NO_DEBUG)
        existing = Assessment.objects.count()
        if options["size"] > existing:
            self.stdout.write(f"Generating {options['size'] - existing:,} assessments…")
            generate_assessments(options["size"] - existing, seed=options["seed"])
        client = logged_in_client()
        total = Assessment.objects.count()
        self.stdout.write(f"{connection.vendor}, {total:,} assessments")
        self.stdout.write(
            f"{'page':<48}{'median ms':>10}{'min ms':>9}{'× ref':>7}{'queries':>9}{'SQL ms':>9}"
        )
        reference = reverse("admin:index")
        for name, url in pages():
            timings, queries, sql_ms = measure(client, url, options["repeat"])
            # The admin's index page, timed right after: the machine's speed at that moment.
            reference_timings, _queries, _sql_ms = measure(client, reference, options["repeat"])
            ratio = statistics.median(timings) / statistics.median(reference_timings)
            self.stdout.write(
                f"{name:<48}{statistics.median(timings):>10.1f}{min(timings):>9.1f}"
                f"{ratio:>7.1f}{queries:>9}{sql_ms:>9.1f}"
            )


def logged_in_client() -> Client:
    host = next((h for h in settings.ALLOWED_HOSTS if h not in ("*", "")), "localhost")
    user, _created = get_user_model().objects.get_or_create(
        username=BENCHMARK_USER, defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST=host.lstrip("."))
    client.force_login(user)
    return client


def pages() -> list[tuple[str, str]]:
    """The pages to time, with filters and searches that find something in the data."""
    changelist = reverse("admin:eligibility_assessment_changelist")
    today = timezone.localdate()
    yesterday = (today - timedelta(days=1)).isoformat()
    past_week = urlencode(
        {"submitted_from": (today - timedelta(days=6)).isoformat(), "submitted_to": today}
    )
    listed = [
        ("list, unfiltered", changelist),
        ("list, page 50", f"{changelist}?p=50"),
        ("list, best outcome in force eligible", f"{changelist}?outcome_current=eligible"),
        (
            "list, in force meets or if recommended",
            f"{changelist}?outcome_current=eligible,needs_recommendation",
        ),
        ("list, best outcome in draft eligible", f"{changelist}?outcome_draft=eligible"),
        ("list, reviewed", f"{changelist}?review=reviewed"),
        ("list, submitted in the past 7 days", f"{changelist}?{past_week}"),
        (
            "list, submitted yesterday",
            f"{changelist}?submitted_from={yesterday}&submitted_to={yesterday}",
        ),
        ("list, any refusal risk", f"{changelist}?risk=any"),
        ("list, criminal conviction", f"{changelist}?risk=criminal_conviction"),
        ("list, agreed to be contacted", f"{changelist}?consent=yes"),
        ("list, sorted by outcome in force", f"{changelist}?o=3"),
        ("list, sorted by review status", f"{changelist}?o=-8"),
        *((f"queue: {queue.name}"[:47], f"{changelist}{queue.query_string}") for queue in QUEUES),
        ("list, search by nationality", f"{changelist}?q=Germany"),
    ]
    routes = list(
        OpenRoute.objects.values_list("route_id")
        .annotate(assessments=Count("id"))
        .order_by("-assessments")
    )
    if routes:
        for label, (route_id, count) in (("common", routes[0]), ("rare", routes[-1])):
            listed.append(
                (f"list, {label} route ({count:,} rows)", f"{changelist}?route={route_id}")
            )
    submitted = Assessment.objects.filter(status=Assessment.Status.SUBMITTED).order_by("created_at")
    if oldest := submitted.first():
        listed.append(("list, search by reference", f"{changelist}?q={quote(oldest.reference)}"))
        listed.append(
            ("detail page", reverse("admin:eligibility_assessment_change", args=[oldest.pk]))
        )
    if contact := submitted.exclude(contact_email="").exclude(contact_name="").first():
        email, name = contact.contact_email, contact.contact_name
        reference = contact.reference.replace("-", " ").lower()
        listed += [
            ("list, search by e-mail", f"{changelist}?q={quote(email)}"),
            ("list, search by part of e-mail", f"{changelist}?q={quote(email[2:9])}"),
            ("list, search by part of a name", f"{changelist}?q={quote(name[1:5])}"),
            ("list, search by reference, spaces", f"{changelist}?q={quote(reference)}"),
            (
                "list, filtered search, found elsewhere",
                f"{changelist}?review=contacted&risk=medical&q={quote(email)}",
            ),
        ]
    return listed


def measure(client: Client, url: str, repeat: int) -> tuple[list[float], int, float]:
    """Milliseconds of each request; the queries of a warm-up request and their milliseconds,
    recorded apart because recording them slows a request."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, secure=True)
    # Read before the next request clears the log.
    query_count = len(queries)
    sql_ms = sum(float(query["time"]) for query in queries.captured_queries) * 1000
    if response.status_code != 200:
        raise CommandError(f"{url} answered {response.status_code}")
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url, secure=True)
        timings.append((time.perf_counter() - started) * 1000)
    return timings, query_count, sql_ms
