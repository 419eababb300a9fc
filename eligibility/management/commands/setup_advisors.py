from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from eligibility.advisors import ADVISORS_GROUP, setup_advisors_group


class Command(BaseCommand):
    help = (
        f"Creates the {ADVISORS_GROUP} group with its permissions (view assessments, change the "
        "advisor fields), or resets them; makes the users named staff members of it, creating "
        "those that do not exist (then set their password with `changepassword`). Refuses "
        "superusers: an advisor has the group's permissions and no more."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("usernames", nargs="*", help="Users to make advisors.")

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        User = get_user_model()  # noqa: N806
        superusers = User.objects.filter(username__in=options["usernames"], is_superuser=True)
        if superusers:
            names = ", ".join(sorted(user.username for user in superusers))
            raise CommandError(
                f"{names}: a superuser may do everything, so cannot be an advisor. Name a user "
                "who is not a superuser (this command creates one), or remove the superuser "
                "status in the admin first."
            )
        group = setup_advisors_group()
        for username in options["usernames"]:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_unusable_password()
                self.stdout.write(
                    f"Created {username}: set a password with `manage.py changepassword "
                    f"{username}`."
                )
            user.is_staff = True
            user.save()
            user.groups.add(group)
        self.stdout.write(f"{ADVISORS_GROUP}: {group.user_set.count()} members.")
