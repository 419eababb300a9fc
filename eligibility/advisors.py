"""The Advisors group: the people who review assessments in the admin, with least privilege.

Advisors view assessments and change them, and the admin lets nobody change more than the advisor
fields (review status, assigned advisor, follow-up date) and add notes. They cannot add or delete
assessments.
They also see the record left by each deleted assessment (never its content).
The data migration ``0003_advisors_group`` and ``manage.py setup_advisors`` both call
``setup_advisors_group``, which can be run any number of times.
"""

from typing import TYPE_CHECKING

from django.apps import apps as global_apps
from django.apps.registry import Apps
from django.db import DEFAULT_DB_ALIAS

if TYPE_CHECKING:
    from django.contrib.auth.models import Group

ADVISORS_GROUP = "Advisors"
ADVISOR_ACTIONS = ("view", "change")


def setup_advisors_group(apps: Apps = global_apps, using: str = DEFAULT_DB_ALIAS) -> "Group":
    """Creates the group, or resets its permissions to exactly the advisors' ones.

    Permissions are normally created after ``migrate``; they are fetched or created here so that
    this also works inside a migration and on a fresh database. ``apps`` is the migration's
    registry there, and the project's otherwise.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = [
        permission(ContentType, Permission, using, "assessment", action)
        for action in ADVISOR_ACTIONS
    ]
    permissions.append(permission(ContentType, Permission, using, "deletedassessment", "view"))
    group, _created = Group.objects.db_manager(using).get_or_create(name=ADVISORS_GROUP)
    group.permissions.set(permissions)
    return group


def permission(ContentType, Permission, using: str, model: str, action: str):  # noqa: N803
    content_type, _created = ContentType.objects.db_manager(using).get_or_create(
        app_label="eligibility", model=model
    )
    return Permission.objects.db_manager(using).get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {content_type.model}"},
    )[0]
