from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from eligibility.engine.answers_doc import render

DOC = Path(settings.BASE_DIR) / "docs" / "answers.md"


class Command(BaseCommand):
    help = "Write docs/answers.md from the answers format (eligibility/engine/facts.py)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; exit with status 1 if docs/answers.md is out of date.",
        )

    def handle(self, *args, check: bool, **options):
        text = render()
        if check:
            current = DOC.read_text(encoding="utf-8") if DOC.exists() else None
            if current != text:
                raise CommandError(
                    f"{DOC} is out of date: run python manage.py answers_doc", returncode=1
                )
            self.stdout.write(f"{DOC} is up to date.")
            return
        DOC.parent.mkdir(parents=True, exist_ok=True)
        DOC.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {DOC}.")
