import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from eligibility.fake_assessments import ENTRIES_PER_DAY, generate_assessments


class Command(BaseCommand):
    help = (
        "Saves N fake assessments, evaluated with the real engine, created over the last months; "
        "about one in ten still in progress. The same --seed gives the same assessments."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("count", type=int, help="How many assessments to add.")
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--days", type=int, default=180, help="Spread over this many days.")
        parser.add_argument(
            "--per-day",
            type=int,
            default=ENTRIES_PER_DAY,
            help="Distinct answer sets evaluated for each day; that day's assessments reuse them.",
        )
        parser.add_argument("--batch-size", type=int, default=1000)

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        count = options["count"]

        def progress(done: int) -> None:
            if options["verbosity"] > 1 or done == count or done % 50_000 == 0:
                elapsed = time.perf_counter() - started
                self.stdout.write(f"{done:,} of {count:,} assessments saved ({elapsed:.0f} s)")

        generate_assessments(
            count,
            seed=options["seed"],
            days=options["days"],
            entries_per_day=options["per_day"],
            batch_size=options["batch_size"],
            progress=progress,
        )
