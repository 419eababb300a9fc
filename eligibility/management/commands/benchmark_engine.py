import itertools
import time

from django.core.management.base import BaseCommand

from eligibility.engine import evaluate
from eligibility.engine.samples import generate


class Command(BaseCommand):
    help = (
        "Measure full evaluations per second (evaluate + to_dict) over a realistic, seeded mix "
        "of answers, in this single process."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--n", type=int, default=2000, help="Distinct assessments (default 2000)."
        )
        parser.add_argument(
            "--seconds", type=float, default=5.0, help="How long to measure (default 5)."
        )
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")

    def handle(self, *args, n: int, seconds: float, seed: int, **options):
        answers = list(itertools.islice(generate(seed), max(n, 1)))
        for each in answers:  # warm up: imports, and results reused between evaluations
            evaluate(each).to_dict()

        rounds: list[float] = []
        cpu_started, started = time.process_time(), time.perf_counter()
        while not rounds or time.perf_counter() - started < seconds:
            round_started = time.perf_counter()
            for each in answers:
                evaluate(each).to_dict()
            rounds.append(time.perf_counter() - round_started)
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_started

        count = len(rounds) * len(answers)
        self.stdout.write(
            f"{count:,} full evaluations of {len(answers):,} distinct assessments "
            f"in {wall:.2f} s ({cpu:.2f} s CPU), one process.\n"
            f"  {count / wall:,.0f} per second (wall clock)\n"
            f"  {count / cpu:,.0f} per second of CPU time\n"
            f"  {len(answers) / min(rounds):,.0f} per second in the fastest round"
        )
