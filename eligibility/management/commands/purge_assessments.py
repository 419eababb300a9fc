from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from eligibility.models import Assessment, DeletedAssessment, RateLimitCounter


class Command(BaseCommand):
    help = (
        "Deletes in-progress assessments untouched for RETENTION_IN_PROGRESS_DAYS days and "
        "submitted ones older than RETENTION_SUBMITTED_DAYS days, leaving a record of each "
        "without its content, and expired rate-limit counters. Run it daily."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        expired = {
            "in progress": Assessment.objects.filter(
                status=Assessment.Status.IN_PROGRESS,
                updated_at__lt=now - timedelta(days=settings.RETENTION_IN_PROGRESS_DAYS),
            ),
            "submitted": Assessment.objects.filter(
                status=Assessment.Status.SUBMITTED,
                submitted_at__lt=now - timedelta(days=settings.RETENTION_SUBMITTED_DAYS),
            ),
        }
        for kind, assessments in expired.items():
            if options["dry_run"]:
                self.stdout.write(f"Would delete {assessments.count()} {kind} assessments.")
            else:
                count = DeletedAssessment.delete_assessments(
                    assessments, DeletedAssessment.Reason.RETENTION
                )
                self.stdout.write(f"Deleted {count} {kind} assessments.")
        if not options["dry_run"]:
            RateLimitCounter.objects.filter(expires__lte=now).delete()
