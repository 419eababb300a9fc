import itertools
import statistics
import time

from django.core.management.base import BaseCommand

from eligibility.engine import RULE_SETS, evaluate
from eligibility.engine.record import to_record
from eligibility.engine.samples import generate

CHUNK = 250


class Command(BaseCommand):
    help = (
        "Measure full evaluations per second under each rule set (evaluate + to_record: what a "
        "submission stores), on a realistic, seeded mix of answers, in this single process."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--n",
            type=int,
            default=20_000,
            help="Distinct assessments measured under each rule set (default 20,000).",
        )
        parser.add_argument(
            "--warm-up",
            type=int,
            default=5_000,
            help="Other assessments evaluated first, to warm the caches (default 5,000).",
        )
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")

    def handle(self, *args, n: int, warm_up: int, seed: int, **options):
        # The engine's caches are warmed on other applicants, as a running server's are; each
        # measured assessment is then evaluated once, so that no result is reused because the
        # same answers came back.
        others = list(itertools.islice(generate(seed + 1), warm_up))
        answers = list(itertools.islice(generate(seed), max(n, CHUNK)))
        self.stdout.write(
            f"Full evaluations (evaluate + to_record) of {len(answers):,} distinct assessments "
            f"per rule set, one process, timed in chunks of {CHUNK}:"
        )
        for rule_set in RULE_SETS:
            for each in others:
                to_record(evaluate(each, rule_set))
            self.stdout.write(f"  {rule_set}: " + measure(answers, rule_set))
        self.stdout.write(
            "On a shared machine, other processes slow some chunks down: the median chunk says "
            "what this run got, the 90th percentile what a core to itself does."
        )


def measure(answers: list[dict], rule_set: str) -> str:
    rates = []
    cpu_started = time.process_time()
    for start in range(0, len(answers), CHUNK):
        chunk = answers[start : start + CHUNK]
        started = time.perf_counter()
        for each in chunk:
            to_record(evaluate(each, rule_set))
        rates.append(len(chunk) / (time.perf_counter() - started))
    cpu = time.process_time() - cpu_started
    rates.sort()
    return (
        f"{statistics.median(rates):,.0f} per second (median chunk), "
        f"{rates[int(len(rates) * 0.9)]:,.0f} (90th percentile chunk), "
        f"{len(answers) / cpu:,.0f} per second of CPU time"
    )
