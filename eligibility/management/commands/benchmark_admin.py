import os
import statistics
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib.admin import site
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
        "unfiltered, filtered, sorted, searched, and one detail page. Prints the median "
        "milliseconds of each, the ratio to the admin's index page timed right after it (the "
        "reference, which shows how busy the machine was), the median CPU milliseconds of this "
        "process (Django's share, which the load hardly changes), and the number of its SQL "
        "queries and their milliseconds."
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
        self.stdout.write(f"load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
        self.stdout.write(
            f"{'page':<48}{'median ms':>10}{'min ms':>9}{'× ref':>7}{'CPU ms':>8}"
            f"{'queries':>9}{'SQL ms':>9}"
        )
        reference = reverse("admin:index")
        for name, url in pages():
            page = measure(client, url, options["repeat"])
            # The admin's index page, timed right after: the machine's speed at that moment.
            beside = measure(client, reference, options["repeat"])
            median = statistics.median(page.wall_ms)
            ratio = median / statistics.median(beside.wall_ms)
            self.stdout.write(
                f"{name:<48}{median:>10.1f}{min(page.wall_ms):>9.1f}{ratio:>7.1f}"
                f"{statistics.median(page.cpu_ms):>8.1f}{page.queries:>9}{page.sql_ms:>9.1f}"
            )
        self.stdout.write(f"load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


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
        *sorted_pages(changelist),
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
        # Matches far down the list: the common route among the oldest submissions.
        old_week = urlencode(
            {
                "route": routes[0][0],
                "submitted_from": (today - timedelta(days=160)).isoformat(),
                "submitted_to": (today - timedelta(days=154)).isoformat(),
            }
        )
        listed.append(("list, common route, a week 5 months ago", f"{changelist}?{old_week}"))
        listed.append(("list, common route, page 20", f"{changelist}?route={routes[0][0]}&p=20"))
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


def sorted_pages(changelist: str) -> list[tuple[str, str]]:
    """The list sorted by each column that sorts, both ways."""
    admin = site._registry[Assessment]
    pages = []
    for position, column in enumerate(admin.list_display, start=1):
        if column not in admin.sortable_by:
            continue
        for prefix, direction in (("", "ascending"), ("-", "descending")):
            name = f"list, sorted by {column}, {direction}"
            pages.append((name, f"{changelist}?o={prefix}{position}"))
    return pages


@dataclass(frozen=True)
class Timings:
    wall_ms: list[float]
    cpu_ms: list[float]  # this process's CPU time: Django's share, whatever the load
    queries: int
    sql_ms: float


def measure(client: Client, url: str, repeat: int) -> Timings:
    """Milliseconds of each request after a warm-up one, on the clock and in this process's
    CPU time; the queries of one more request and their milliseconds (as warm as the timed
    ones), recorded apart because recording them slows a request."""
    response = client.get(url, secure=True)
    if response.status_code != 200:
        raise CommandError(f"{url} answered {response.status_code}")
    timings, cpu_timings = [], []
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        client.get(url, secure=True)
        timings.append((time.perf_counter() - started) * 1000)
        cpu_timings.append((time.process_time() - cpu_started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url, secure=True)
    sql_ms = sum(float(query["time"]) for query in queries.captured_queries) * 1000
    return Timings(timings, cpu_timings, len(queries), sql_ms)
