"""Every applicant page under gunicorn, measured as a ratio to a bare Django view in one run.

    DATABASE_URL=postgres://... .venv/bin/python scripts/bench_http.py [--seconds 5] [--rounds 3]

One run
1. applies the migrations and collects the static files (the production storage);
2. starts gunicorn (sync workers, DEBUG off, PostgreSQL with the pool) serving the site and, at
   /bench/ok, a bare Django view returning "ok" behind the same middleware (``scripts/bench_site``);
3. creates the assessments it needs (in progress at every step, complete, submitted, and fresh
   complete ones for submit, which uses one up per request), with references of their own
   ("BH-..."), all deleted at the end;
4. counts each page's SQL queries with Django's test client, and measures the bytes it sends to a
   client that does not accept gzip and to one that does;
5. drives each page with wrk (one thread, pinned to one CPU) in interleaved rounds, bare view,
   page A, bare view, page B..., and prints the median of the rounds, each page's throughput
   as a ratio to the bare view's run just before it; then one run of each at 64 connections.

``--connection-variants`` instead compares /healthz with the pool, with persistent connections
and with a new connection per request. Needs wrk (``apt-get install -y wrk``) and taskset.
"""

import argparse
import gzip
import http.client
import json
import os
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

PROJECT = Path(__file__).resolve().parent.parent
SCRIPTS = PROJECT / "scripts"
LUA = SCRIPTS / "bench_http.lua"
# Production settings, with what plain HTTP on localhost needs.
SITE_ENV = {
    "DJANGO_SETTINGS_MODULE": "bench_site.settings",
    "DEBUG": "false",
    "SECURE_SSL_REDIRECT": "false",
    "ALLOWED_HOSTS": "127.0.0.1",
    "PYTHONPATH": os.pathsep.join([str(PROJECT), str(SCRIPTS)]),
}
# Sent with every request, as a browser sends them.
BROWSER_HEADERS = {"Accept-Encoding": "gzip, deflate, br", "Accept-Language": "en-GB,en;q=0.9"}
# The benchmark's assessments have references of their own ("BH-7K3Q-2M"), deleted at the end.
MARK = "BH-"
CONNECTION_VARIANTS = {
    "pool": {"DATABASE_POOL": "true"},
    "persistent": {"DATABASE_POOL": "false"},
    "new connection per request": {"DATABASE_POOL": "false", "DATABASE_CONN_MAX_AGE": "0"},
}

os.environ.update(SITE_ENV)
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-a-secret-0123456789-abcdefghijklmnop")
sys.path[:0] = [str(PROJECT), str(SCRIPTS)]

import django  # noqa: E402

django.setup()

from django import forms  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from eligibility import flow  # noqa: E402
from eligibility.fake_assessments import fake_answers, started_answers  # noqa: E402
from eligibility.models import Assessment  # noqa: E402
from eligibility.references import PREFIX, new_reference  # noqa: E402

Answers = dict[str, Any]


# --- The requests ------------------------------------------------------------------------------


def get(path: str) -> str:
    return f"GET {path}"


def post(path: str, data: list[tuple[str, str]], csrf_token: str) -> str:
    return f"POST {path} {urlencode([*data, ('csrfmiddlewaretoken', csrf_token)])}"


def split(request: str) -> tuple[str, str, str]:
    method, path, *body = request.split(" ")
    return method, path, body[0] if body else ""


def form_data(form: forms.Form) -> list[tuple[str, str]]:
    """What a browser posts for an unbound form as shown: each field's initial value, under the
    names its widget uses."""
    data: list[tuple[str, str]] = []
    for bound in form:
        widget = bound.field.widget
        value = bound.value()
        if isinstance(widget, forms.MultiWidget):
            parts = value if isinstance(value, list) else widget.decompress(value)
            names = [bound.html_name + suffix for suffix in widget.widgets_names]
            data += [(name, str(part)) for name, part in zip(names, parts, strict=True) if part]
        elif isinstance(widget, forms.CheckboxInput):
            if value:
                data.append((bound.html_name, "on"))
        elif isinstance(value, list | tuple):
            data += [(bound.html_name, str(item)) for item in value]
        elif value not in (None, ""):
            data.append((bound.html_name, str(value)))
    return data


def question_path(assessment: Assessment, page: flow.Page) -> str:
    return f"/a/{assessment.public_id}/q/{page.id}"


def question_requests(
    assessments: list[Assessment], csrf_token: str
) -> tuple[list[str], list[str]]:
    """Each page an assessment in progress can show (those answered and the current one), and
    for each answered page the same answers posted again (saved, then a redirect)."""
    gets, posts = [], []
    for assessment in assessments:
        replay = flow.replay(assessment.answers)
        for page in (*replay.path, replay.current):
            if page is None:
                continue
            gets.append(get(question_path(assessment, page)))
            if page in replay.path:
                data = form_data(page.form_class(assessment=assessment))
                bound = page.form_class(QueryDict(urlencode(data)), assessment=assessment)
                if bound.is_valid():  # a few fake answers break a rule the form checks
                    posts.append(post(question_path(assessment, page), data, csrf_token))
    return gets, posts


# --- The assessments ---------------------------------------------------------------------------


def new_assessments(answer_sets: list[Answers]) -> list[Assessment]:
    assessments = []
    for answers in answer_sets:
        reference = MARK + new_reference().removeprefix(PREFIX + "-")
        assessment = Assessment(answers=answers, language="en", reference=reference)
        if answers.get("contact") == "yes":
            assessment.contact_consent = True
            assessment.contact_name = "Bench Mark"
            assessment.contact_email = "bench@example.com"
        assessments.append(assessment)
    return Assessment.objects.bulk_create(assessments)


class SubmitPool:
    """Complete assessments not submitted yet, for submit, which uses one up per request."""

    def __init__(self, answer_sets: list[Answers], csrf_token: str) -> None:
        self.answer_sets = answer_sets
        self.csrf_token = csrf_token
        self.fresh: list[Assessment] = []

    def requests(self, needed: int) -> list[str]:
        """At least ``needed`` submissions of different assessments."""
        missing = needed - len(self.fresh)
        if missing > 0:
            sets = [self.answer_sets[i % len(self.answer_sets)] for i in range(missing)]
            self.fresh += new_assessments(sets)
        return [
            post(f"/a/{assessment.public_id}/submit", [], self.csrf_token)
            for assessment in self.fresh
        ]

    def spent(self) -> bool:
        """Forgets the assessments submitted since; False if none was left (some requests may
        then have submitted an assessment twice, which costs less)."""
        left = set(
            Assessment.objects.filter(
                pk__in=[assessment.pk for assessment in self.fresh],
                status=Assessment.Status.IN_PROGRESS,
            ).values_list("pk", flat=True)
        )
        self.fresh = [assessment for assessment in self.fresh if assessment.pk in left]
        return bool(left)


@dataclass
class Page:
    """One kind of page and the requests that load it, one a line: "METHOD PATH [BODY]"."""

    name: str
    status: int  # the status every request must get
    fixed_requests: list[str] = field(default_factory=list)
    pool: SubmitPool | None = None  # for submit, which uses up an assessment per request
    fastest: float = 0  # requests per second in its fastest run so far

    def requests(self, at_least: int) -> list[str]:
        return self.pool.requests(at_least) if self.pool else self.fixed_requests


def delete_benchmark_assessments() -> None:
    Assessment.objects.filter(reference__startswith=MARK).delete()


# --- Counting queries and bytes ----------------------------------------------------------------


def query_counts(client: Client, page: Page, requests: list[str]) -> list[int]:
    counts = []
    for request in requests:
        method, path, body = split(request)
        with CaptureQueriesContext(connection) as queries:
            if method == "GET":
                response = client.get(path, headers=BROWSER_HEADERS)
            else:
                response = client.post(
                    path,
                    body,
                    content_type="application/x-www-form-urlencoded",
                    headers=BROWSER_HEADERS,
                )
        if response.status_code != page.status:
            raise SystemExit(f"{page.name}: {request[:120]} answered {response.status_code}")
        counts.append(len(queries))
    return counts


@dataclass(frozen=True)
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


def fetch(port: int, request: str, headers: dict[str, str]) -> Response:
    method, path, body = split(request)
    if body:
        headers = {**headers, "Content-Type": "application/x-www-form-urlencoded"}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body or None, headers=headers)
        response = conn.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        conn.close()


@dataclass(frozen=True)
class Sizes:
    plain: int  # bytes of the body sent to a client that does not accept gzip
    gzip: int  # to one that does; or, when the site does not compress, what gzip would make
    compressed_by_site: bool


def response_sizes(port: int, page: Page, requests: list[str], cookie: str) -> Sizes:
    """The median sizes; also checks over HTTP, with the CSRF cookie, that requests succeed."""
    plain, compressed, by_site = [], [], True
    for request in requests:
        headers = {"Cookie": cookie, "Accept-Language": BROWSER_HEADERS["Accept-Language"]}
        response = fetch(port, request, headers)
        if response.status != page.status:
            raise SystemExit(f"{page.name}: {request[:120]} answered {response.status} over HTTP")
        plain.append(len(response.body))
        if request.startswith("GET"):
            zipped = fetch(port, request, {**headers, **BROWSER_HEADERS})
            if zipped.headers["Content-Encoding"] == "gzip":
                compressed.append(len(zipped.body))
            else:
                by_site = False
                compressed.append(min(len(response.body), len(gzip.compress(response.body, 6))))
        else:
            compressed.append(len(response.body))
    return Sizes(int(statistics.median(plain)), int(statistics.median(compressed)), by_site)


# --- gunicorn and wrk --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pids: set[int]) -> dict[int, float]:
    """The CPU time (user and system) each process has used, for those still running."""
    used = {}
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            continue
        fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        used[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


class Site:
    """The site under gunicorn, started by ``serving``."""

    def __init__(self, port: int, server: subprocess.Popen) -> None:
        self.port = port
        self.server = server

    def processes(self) -> set[int]:
        """The gunicorn workers and the PostgreSQL backends of the database: what serves a
        request, whose CPU time is counted per request."""
        master = self.server.pid
        workers = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            backends = [pid for (pid,) in cursor.fetchall()]
        return {*map(int, workers), *backends}


@contextmanager
def serving(port: int, workers: int, env: dict[str, str]) -> Iterator[Site]:
    command = [
        *(sys.executable, "-m", "gunicorn", "residency.wsgi"),
        *("--worker-class", "sync", "--workers", str(workers)),
        *("--bind", f"127.0.0.1:{port}", "--log-level", "warning"),
    ]
    # The access log (gunicorn.conf.py) is written as in production, but not shown.
    server = subprocess.Popen(
        command, cwd=PROJECT, env={**os.environ, **env}, stdout=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if fetch(port, "GET /bench/ok", {}).status == 200:
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.2)
        yield Site(port, server)
    finally:
        server.terminate()
        server.wait(timeout=30)


@dataclass(frozen=True)
class Run:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int  # failed connections, reads, writes, timeouts, and answers of 400 or more
    server_cpu_ms: float  # CPU time of the gunicorn workers and PostgreSQL, per request
    load_cpu: float  # the share of one CPU that wrk itself used

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


@dataclass
class Wrk:
    site: Site
    cookie: str
    cpu: int | None  # the CPU wrk is pinned to, if any
    workdir: Path

    def run(self, requests: list[str], connections: int, seconds: float) -> Run:
        requests_file = self.workdir / "requests.txt"
        requests_file.write_text("\n".join(requests) + "\n")
        headers = {**BROWSER_HEADERS, **({"Cookie": self.cookie} if self.cookie else {})}
        command = [
            *("wrk", "--threads", "1", "--connections", str(connections)),
            *("--duration", f"{seconds:g}s", "--timeout", "10s", "--script", str(LUA)),
            *(arg for name, value in headers.items() for arg in ("--header", f"{name}: {value}")),
            *(f"http://127.0.0.1:{self.site.port}", "--", str(requests_file)),
        ]
        if self.cpu is not None:
            command = ["taskset", "--cpu-list", str(self.cpu), *command]
        processes = self.site.processes()
        server_before = cpu_seconds(processes)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        server_after = cpu_seconds(processes)
        match = re.search(r"^RESULT (\{.*\})$", output, re.MULTILINE)
        if match is None:
            raise SystemExit(f"wrk gave no result:\n{output}")
        figures = json.loads(match.group(1))
        duration = figures["duration_us"] / 1e6
        served = sum(used - server_before[pid] for pid, used in server_after.items())
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        errors = sum(figures[key] for key in figures if key.endswith(("errors", "timeouts")))
        return Run(
            figures["requests"],
            duration,
            figures["p50_us"] / 1000,
            figures["p99_us"] / 1000,
            errors,
            1000 * served / max(figures["requests"], 1),
            used / duration,
        )


# --- The benchmark -----------------------------------------------------------------------------


@dataclass
class Figures:
    runs: list[Run] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)  # to the bare view's run just before
    queries: list[int] = field(default_factory=list)
    sizes: Sizes | None = None


def csrf_pair(port: int) -> tuple[str, str]:
    """A CSRF cookie and a form token for it, as a browser gets them from the start page."""
    response = fetch(port, "GET /", {})
    cookie = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"] or "")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.body)
    if cookie is None or token is None:
        raise SystemExit("The start page set no CSRF cookie or token.")
    return f"csrftoken={cookie.group(1)}", token.group(1).decode()


def applicant_pages(args: argparse.Namespace, csrf_token: str) -> list[Page]:
    rng = random.Random(args.seed)
    today = timezone.localdate()
    complete = [fake_answers(rng, today) for _ in range(args.assessments)]
    in_progress = new_assessments([started_answers(rng, answers) for answers in complete])
    gets, posts = question_requests(in_progress, csrf_token)
    for requests in (gets, posts):
        rng.shuffle(requests)
    to_check = new_assessments(complete)
    submitted = new_assessments(complete[: args.assessments // 2])
    client = Client(SERVER_NAME="127.0.0.1")
    for assessment in submitted:
        response = client.post(f"/a/{assessment.public_id}/submit")
        if response.status_code != 302:
            raise SystemExit(f"Submitting a benchmark assessment answered {response.status_code}")
    return [
        Page("/healthz", 200, [get("/healthz")]),
        Page("start page /", 200, [get("/")]),
        Page("question GET", 200, gets),
        Page("question POST (save, redirect)", 302, posts),
        Page("Check your answers", 200, [get(f"/a/{a.public_id}/check") for a in to_check]),
        Page("submit", 302, pool=SubmitPool(complete, csrf_token)),
        Page("result page", 200, [get(f"/a/{a.public_id}/result") for a in submitted]),
    ]


def measure(wrk: Wrk, page: Page, connections: int, seconds: float) -> Run:
    # For submit, fresh assessments enough for half as fast again as its fastest run so far.
    requests = page.requests(int(max(page.fastest, 200) * seconds * 1.5) + 100)
    run = wrk.run(requests, connections, seconds)
    if page.pool and not page.pool.spent():
        raise SystemExit("submit ran out of fresh assessments: run again")
    page.fastest = max(page.fastest, run.rate)
    return run


def count_and_size(page: Page, port: int, cookie: str, samples: int = 10) -> Figures:
    client = Client(SERVER_NAME="127.0.0.1")
    figures = Figures(queries=query_counts(client, page, page.requests(2 * samples)[:samples]))
    if page.pool:
        page.pool.spent()
    figures.sizes = response_sizes(port, page, page.requests(2 * samples)[:samples], cookie)
    if page.pool:
        page.pool.spent()
    return figures


def cell_range(values: list[int] | list[float], form: str) -> str:
    low, high = min(values), max(values)
    return format(low, form) if low == high else f"{low:{form}}–{high:{form}}"


def print_rounds(bare: Page, pages: list[Page], figures: dict[str, Figures]) -> None:
    print(
        f"{'page':<32}{'req/s':>7}{'× bare':>8}{'rounds':>12}{'p50 ms':>8}{'p99 ms':>8}"
        f"{'CPU ms':>8}{'× bare':>8}{'SQL':>5}{'bytes':>9}{'gzip':>10}"
    )
    bare_cpu = statistics.median(run.server_cpu_ms for run in figures[bare.name].runs)
    for page in [bare, *pages]:
        result = figures[page.name]
        runs = result.runs
        ratios = result.ratios or [1.0]
        cpu = statistics.median(run.server_cpu_ms for run in runs)
        sizes = result.sizes
        assert sizes is not None
        plain = f"{sizes.plain:,}" if sizes.plain else "–"
        compressed = f"{sizes.gzip:,}" if sizes.compressed_by_site else f"({sizes.gzip:,})"
        print(
            f"{page.name:<32}{statistics.median(run.rate for run in runs):>7,.0f}"
            f"{statistics.median(ratios):>8.2f}{cell_range(ratios, '.2f'):>12}"
            f"{statistics.median(run.p50_ms for run in runs):>8.1f}"
            f"{statistics.median(run.p99_ms for run in runs):>8.1f}"
            f"{cpu:>8.2f}{bare_cpu / cpu:>8.2f}{cell_range(result.queries, 'd'):>5}"
            f"{plain:>9}{compressed if sizes.plain else '–':>10}"
        )


def run_pages(args: argparse.Namespace) -> None:
    port = args.port or free_port()
    delete_benchmark_assessments()
    with serving(port, args.workers, {}) as site, tempfile.TemporaryDirectory() as workdir:
        cookie, token = csrf_pair(port)
        wrk = Wrk(site, cookie, args.wrk_cpu, Path(workdir))
        try:
            bare = Page("bare Django view /bench/ok", 200, [get("/bench/ok")])
            pages = applicant_pages(args, token)
            figures = {page.name: count_and_size(page, port, cookie) for page in [bare, *pages]}
            print("Warming up...", flush=True)
            for page in [bare, *pages]:
                measure(wrk, page, args.connections, 1)
            for number in range(1, args.rounds + 1):
                print(f"Round {number} of {args.rounds}...", flush=True)
                for page in pages:
                    reference = measure(wrk, bare, args.connections, args.seconds)
                    run = measure(wrk, page, args.connections, args.seconds)
                    figures[bare.name].runs.append(reference)
                    figures[page.name].runs.append(run)
                    figures[page.name].ratios.append(run.rate / reference.rate)
            print(f"\n{args.connections} connections, median of {args.rounds} rounds:")
            print_rounds(bare, pages, figures)
            print(f"\n{args.burst_connections} connections, one run each:")
            print(f"{'page':<32}{'req/s':>7}{'p50 ms':>8}{'p99 ms':>8}{'p99/p50':>9}")
            for page in [bare, *pages]:
                run = measure(wrk, page, args.burst_connections, args.seconds)
                figures[page.name].runs.append(run)
                print(
                    f"{page.name:<32}{run.rate:>7,.0f}{run.p50_ms:>8.1f}{run.p99_ms:>8.1f}"
                    f"{run.p99_ms / run.p50_ms:>9.1f}"
                )
            runs = [run for result in figures.values() for run in result.runs]
            print(
                f"\nwrk used at most {max(run.load_cpu for run in runs):.0%} of one CPU; "
                f"{sum(run.errors for run in runs)} errors (failed connections, reads, writes, "
                f"timeouts, answers of 400 or more); load average now {os.getloadavg()[0]:.2f}."
            )
        finally:
            delete_benchmark_assessments()


def run_connection_variants(args: argparse.Namespace) -> None:
    print(f"/healthz, {args.connections} connections, {args.seconds:g} s each:")
    for name, env in CONNECTION_VARIANTS.items():
        port = args.port or free_port()
        with serving(port, args.workers, env) as site, tempfile.TemporaryDirectory() as workdir:
            wrk = Wrk(site, "", args.wrk_cpu, Path(workdir))
            run = wrk.run([get("/healthz")], args.connections, args.seconds)
        print(f"{name:>28}: {run.rate:8,.0f} requests/s ({run.errors} errors)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5, help="length of each run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--burst-connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=0, help="default: any free port")
    parser.add_argument(
        "--wrk-cpu",
        type=int,
        default=(os.cpu_count() or 1) - 1,
        help="the CPU wrk is pinned to (default: the last one; -1: not pinned)",
    )
    parser.add_argument("--assessments", type=int, default=200, help="of each kind")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--connection-variants", action="store_true")
    args = parser.parse_args()
    if args.wrk_cpu < 0:
        args.wrk_cpu = None
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    call_command("migrate", "--noinput", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    print(
        f"gunicorn: {args.workers} sync workers, DEBUG off, PostgreSQL with the pool. "
        f"wrk: 1 thread{'' if args.wrk_cpu is None else f' on CPU {args.wrk_cpu}'}, "
        f"{args.seconds:g} s per run. {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}.",
        flush=True,
    )
    if args.connection_variants:
        run_connection_variants(args)
    else:
        run_pages(args)


if __name__ == "__main__":
    main()
