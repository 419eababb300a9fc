import itertools
import statistics
import time

from django.core.management.base import BaseCommand

from eligibility.engine import RULE_SETS, evaluate
from eligibility.engine.record import to_record
from eligibility.engine.samples import generate

CHUNK = 100


class Command(BaseCommand):
    help = (
        "Measure full evaluations per second under each rule set (evaluate + to_record: what a "
        "submission stores), on a realistic, seeded mix of answers, in this single process."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--n",
            type=int,
            default=2_000,
            help="Distinct assessments measured under each rule set (default 2,000).",
        )
        parser.add_argument(
            "--repeat",
            type=int,
            default=7,
            help="Times each chunk of assessments is timed (default 7).",
        )
        parser.add_argument(
            "--warm-up",
            type=int,
            default=5_000,
            help="Other assessments evaluated first, to warm the caches (default 5,000).",
        )
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")

    def handle(self, *args, n: int, repeat: int, warm_up: int, seed: int, **options):
        # The engine's caches are warmed on other applicants, as a running server's are.
        others = list(itertools.islice(generate(seed + 1), warm_up))
        answers = list(itertools.islice(generate(seed), max(n, 1)))
        chunks = [answers[start : start + CHUNK] for start in range(0, len(answers), CHUNK)]
        self.stdout.write(
            f"Full evaluations (evaluate + to_record) of {len(answers):,} assessments per rule "
            f"set, one process, each chunk of {CHUNK} timed {repeat} times:"
        )
        for rule_set in RULE_SETS:
            for each in others:
                to_record(evaluate(each, rule_set))
            self.stdout.write(f"  {rule_set}: " + measure(chunks, rule_set, max(repeat, 1)))
        self.stdout.write(
            "Other processes on the machine slow some runs down: the fastest run of each chunk "
            "is what a core to itself does (as timeit takes the minimum), the median what this "
            "run typically got."
        )


def measure(chunks: list[list[dict]], rule_set: str, repeat: int) -> str:
    fastest, typical = 0.0, 0.0
    cpu_started = time.process_time()
    for chunk in chunks:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            for each in chunk:
                to_record(evaluate(each, rule_set))
            times.append(time.perf_counter() - started)
        fastest += min(times)
        typical += statistics.median(times)
    cpu = time.process_time() - cpu_started
    count = sum(len(chunk) for chunk in chunks)
    return (
        f"{count / fastest:,.0f} per second (fastest runs), {count / typical:,.0f} (median "
        f"runs), {count * repeat / cpu:,.0f} per second of CPU time"
    )
