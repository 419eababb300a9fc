import itertools
import time

from django.core.management.base import BaseCommand

from eligibility.engine import RULE_SETS, evaluate
from eligibility.engine.record import to_record
from eligibility.engine.samples import generate


class Command(BaseCommand):
    help = (
        "Measure full evaluations per second under each rule set (evaluate + to_record, what a "
        "submission stores) over a realistic, seeded mix of answers, in this single process."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--n", type=int, default=2000, help="Distinct assessments (default 2000)."
        )
        parser.add_argument(
            "--seconds",
            type=float,
            default=5.0,
            help="How long to measure each rule set (default 5).",
        )
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")

    def handle(self, *args, n: int, seconds: float, seed: int, **options):
        answers = list(itertools.islice(generate(seed), max(n, 1)))
        self.stdout.write(
            f"Full evaluations (evaluate + to_record) of {len(answers):,} distinct assessments, "
            "one process, each rule set counted separately:"
        )
        for rule_set in RULE_SETS:
            self.stdout.write(f"  {rule_set}: " + measure(answers, rule_set, seconds))


def measure(answers: list[dict], rule_set: str, seconds: float) -> str:
    for each in answers:  # warm up: imports, and results reused between evaluations
        to_record(evaluate(each, rule_set))
    rounds: list[float] = []
    cpu_started, started = time.process_time(), time.perf_counter()
    while not rounds or time.perf_counter() - started < seconds:
        round_started = time.perf_counter()
        for each in answers:
            to_record(evaluate(each, rule_set))
        rounds.append(time.perf_counter() - round_started)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    count = len(rounds) * len(answers)
    return (
        f"{count / cpu:,.0f} per second of CPU time, {count / wall:,.0f} per second of wall "
        f"clock, {len(answers) / min(rounds):,.0f} per second in the fastest round"
    )
