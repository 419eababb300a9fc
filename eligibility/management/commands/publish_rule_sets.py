import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from eligibility.engine import RULE_SETS
from eligibility.engine.catalogue import build, engine_texts, path


def translations(text: str) -> dict[str, str]:
    """The text in each language of the site but English, from the message catalogues."""
    found = {}
    for code, _name in settings.LANGUAGES:
        if code != "en":
            with translation.override(code):
                found[code] = translation.gettext(text)
    return found


def release_of(rule_set_id: str) -> dict:
    return build(RULE_SETS[rule_set_id], engine_texts(), translations)


class Command(BaseCommand):
    help = (
        "Write the release of each rule set (its constant texts, with their translations) to "
        "eligibility/engine/rulesets/published/, so that stored results render as they were "
        "shown. A published release is never changed: change a text, bump the release."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Only check that every release is published."
        )

    def handle(self, *args, check: bool, **options):
        for rule_set_id, rules in RULE_SETS.items():
            file = path(rule_set_id, rules.release)
            content = json.dumps(release_of(rule_set_id), ensure_ascii=False, indent=1) + "\n"
            if file.exists():
                if file.read_text(encoding="utf-8") != content:
                    raise CommandError(
                        f"{rule_set_id} release {rules.release} is published with other content: "
                        "its texts or translations changed. Bump the release in the rule set's "
                        "declaration and run manage.py publish_rule_sets."
                    )
                continue
            if check:
                raise CommandError(
                    f"{rule_set_id} release {rules.release} is not published: run manage.py "
                    "publish_rule_sets."
                )
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(content, encoding="utf-8")
            self.stdout.write(f"Published {rule_set_id} release {rules.release}: {file}")
