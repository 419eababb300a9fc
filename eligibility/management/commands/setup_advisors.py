from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from eligibility.advisors import ADVISORS_GROUP, setup_advisors_group


class Command(BaseCommand):
    help = (
        f"Creates the {ADVISORS_GROUP} group with its permissions (view assessments, change the "
        "advisor fields), or resets them; adds the users named, as staff, to it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("usernames", nargs="*", help="Users to make advisors.")

    def handle(self, *args: Any, **options: Any) -> None:
        group = setup_advisors_group()
        users = get_user_model().objects.filter(username__in=options["usernames"])
        missing = set(options["usernames"]) - {user.username for user in users}
        if missing:
            raise CommandError(f"No user named {', '.join(sorted(missing))}.")
        for user in users:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
            user.groups.add(group)
        self.stdout.write(f"{ADVISORS_GROUP}: {group.user_set.count()} members.")
