from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from eligibility.models import Assessment

MILLION = 1_000_000
# The app's tables that grow with the assessments.
TABLES = (
    "eligibility_assessment",
    "eligibility_openroute",
    "eligibility_indicatedrisk",
    "eligibility_note",
    "eligibility_renderedresult",
)


class Command(BaseCommand):
    help = (
        "Prints what the assessments take in PostgreSQL: the size of a stored result "
        "(pg_column_size: as stored, compressed or not) and each table with its indexes, per "
        "assessment and for a million."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if connection.vendor != "postgresql":
            raise CommandError("Sizes are measured in PostgreSQL: set DATABASE_URL.")
        assessments = Assessment.objects.count()
        if not assessments:
            raise CommandError("No assessments: add some with generate_assessments first.")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*), "
                "percentile_disc(0.5) WITHIN GROUP (ORDER BY pg_column_size(results)), "
                "percentile_disc(0.9) WITHIN GROUP (ORDER BY pg_column_size(results)), "
                "max(pg_column_size(results)) "
                "FROM eligibility_assessment WHERE status = %s",
                [Assessment.Status.SUBMITTED],
            )
            submitted, median, p90, largest = cursor.fetchone()
            self.stdout.write(
                f"Stored results of {submitted:,} submitted assessments (both rule sets): "
                f"median {median:,} bytes, 90th percentile {p90:,}, largest {largest:,}."
            )
            self.stdout.write(
                f"{'Table':<28} {'rows':>10} {'table':>10} {'indexes':>10} "
                f"{'per assessment':>15} {'at 1M assessments':>18}"
            )
            for table in TABLES:
                cursor.execute(
                    "SELECT count(*), pg_table_size(%s), pg_indexes_size(%s) FROM " + table,
                    [table, table],
                )
                rows, table_bytes, index_bytes = cursor.fetchone()
                per_assessment = (table_bytes + index_bytes) / assessments
                self.stdout.write(
                    f"{table:<28} {rows:>10,} {mb(table_bytes):>10} {mb(index_bytes):>10} "
                    f"{per_assessment:>13,.0f} B {mb(per_assessment * MILLION):>18}"
                )


def mb(size: float) -> str:
    return f"{size / 2**20:,.1f} MB" if size < 2**30 else f"{size / 2**30:,.2f} GB"
