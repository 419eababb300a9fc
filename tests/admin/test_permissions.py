import html
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from eligibility.advisors import ADVISORS_GROUP, setup_advisors_group
from eligibility.models import Assessment
from tests.admin.conftest import PROFESSOR, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")
APPLICANT_FIELDS = ("answers", "results", "contact_email", "contact_name", "status", "language")


def change_url(assessment: Assessment) -> str:
    return reverse("admin:eligibility_assessment_change", args=[assessment.pk])


def delete_url(assessment: Assessment) -> str:
    return reverse("admin:eligibility_assessment_delete", args=[assessment.pk])


def advisor_post(assessment: Assessment, advisor: User) -> dict[str, str]:
    """The change form as posted, with applicant fields slipped in that must be ignored."""
    return {
        "review_status": "contacted",
        "assigned_advisor": str(advisor.pk),
        "new_note": "Called on Monday. 已联系。",
        "version": str(assessment.advisor_version),
        "answers": '{"nationality": "Forged"}',
        "contact_email": "forged@example.com",
        "status": "in_progress",
    }


def test_advisors_view_the_list_and_an_assessment(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    assert advisor_client.get(CHANGELIST).status_code == 200
    assert advisor_client.get(change_url(assessment)).status_code == 200


def test_advisors_can_edit_only_the_advisor_fields(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    page = advisor_client.get(change_url(make_assessment(PROFESSOR))).content.decode()

    for field in ("review_status", "assigned_advisor", "follow_up_on", "new_note"):
        assert f'name="{field}"' in page
    for field in APPLICANT_FIELDS:
        assert f'name="{field}"' not in page


def test_advisors_change_the_advisor_fields_and_the_change_is_in_the_history(
    advisor_client: Client, advisor: User, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR, contact=("Anna", "anna@example.com"))

    response = advisor_client.post(change_url(assessment), advisor_post(assessment, advisor))

    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.review_status == "contacted"
    assert assessment.assigned_advisor == advisor
    assert [note.text for note in assessment.notes.all()] == ["Called on Monday. 已联系。"]
    assert assessment.notes.get().author == advisor
    assert assessment.answers["nationality"] == "DE"
    assert assessment.contact_email == "anna@example.com"
    assert assessment.status == "submitted"
    history = advisor_client.get(
        reverse("admin:eligibility_assessment_history", args=[assessment.pk])
    ).content.decode()
    assert (
        "Changed Review status and Assigned advisor. Added note “Called on Monday. 已联系。”."
        in html.unescape(history)
    )


def test_advisors_cannot_delete(advisor_client: Client, make_assessment: MakeAssessment) -> None:
    assessment = make_assessment(PROFESSOR)

    assert advisor_client.get(delete_url(assessment)).status_code == 403
    assert advisor_client.post(delete_url(assessment), {"post": "yes"}).status_code == 403
    assert 'value="delete_selected"' not in advisor_client.get(CHANGELIST).content.decode()
    assert Assessment.objects.filter(pk=assessment.pk).exists()


def test_nobody_adds_assessments_in_the_admin(advisor_client: Client, admin_client: Client) -> None:
    add = reverse("admin:eligibility_assessment_add")

    assert advisor_client.get(add).status_code == 403
    assert admin_client.get(add).status_code == 403


def test_superusers_change_the_advisor_fields_and_delete(
    admin_client: Client, admin_user: User, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    response = admin_client.post(change_url(assessment), advisor_post(assessment, admin_user))
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.review_status == "contacted"
    assert assessment.answers["nationality"] == "DE"

    assert admin_client.post(delete_url(assessment), {"post": "yes"}).status_code == 302
    assert not Assessment.objects.filter(pk=assessment.pk).exists()


def test_answers_and_result_are_read_only_for_superusers_too(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    page = admin_client.get(change_url(make_assessment(PROFESSOR))).content.decode()

    for field in APPLICANT_FIELDS:
        assert f'name="{field}"' not in page


def test_staff_outside_the_advisors_group_see_nothing(
    client: Client, make_assessment: MakeAssessment
) -> None:
    client.force_login(User.objects.create_user("clerk", is_staff=True))

    assert client.get(CHANGELIST).status_code == 403


def test_the_advisors_group_may_view_and_change_assessments_and_view_deletions_only(db) -> None:
    group = setup_advisors_group()
    setup_advisors_group()

    assert Group.objects.filter(name=ADVISORS_GROUP).count() == 1
    assert set(group.permissions.values_list("codename", flat=True)) == {
        "view_assessment",
        "change_assessment",
        "view_deletedassessment",
    }


def test_setting_up_the_group_again_removes_permissions_added_since(db) -> None:
    group = setup_advisors_group()
    group.permissions.add(
        *Group.permissions.field.related_model.objects.filter(codename="delete_assessment")
    )

    setup_advisors_group()

    assert not group.permissions.filter(codename="delete_assessment").exists()


def test_setup_advisors_makes_the_users_named_staff_advisors(db) -> None:
    user = User.objects.create_user("li.na")

    call_command("setup_advisors", "li.na", stdout=io.StringIO())

    user.refresh_from_db()
    assert user.is_staff
    assert user.groups.filter(name=ADVISORS_GROUP).exists()
    assert user.has_perm("eligibility.change_assessment")
    assert not user.has_perm("eligibility.delete_assessment")


def test_setup_advisors_creates_unknown_users_as_advisors_without_a_password(db) -> None:
    output = io.StringIO()

    call_command("setup_advisors", "ana", stdout=output)

    ana = User.objects.get(username="ana")
    assert ana.is_staff and not ana.is_superuser
    assert ana.groups.filter(name=ADVISORS_GROUP).exists()
    assert not ana.has_usable_password()
    assert "changepassword ana" in output.getvalue()


def test_setup_advisors_refuses_a_superuser_and_changes_nobody(db) -> None:
    User.objects.create_superuser("ana", password="x")
    bea = User.objects.create_user("bea")

    with pytest.raises(CommandError, match="ana: a superuser"):
        call_command("setup_advisors", "bea", "ana")

    ana = User.objects.get(username="ana")
    assert ana.is_superuser and not ana.groups.exists()
    bea.refresh_from_db()
    assert not bea.is_staff


def test_the_readme_recipe_makes_an_advisor_who_cannot_delete_or_manage_users(db) -> None:
    call_command("setup_advisors", "ana", stdout=io.StringIO())
    ana = User.objects.get(username="ana")
    ana.set_password("a long passphrase for ana")  # what `changepassword ana` does
    ana.save()

    client = Client()
    login = client.post(
        "/admin/login/", {"username": "ana", "password": "a long passphrase for ana"}
    )
    assert login.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403
    assert not ana.has_perm("eligibility.delete_assessment")


@pytest.mark.django_db(transaction=True)
def test_the_data_migration_creates_the_group() -> None:
    Group.objects.filter(name=ADVISORS_GROUP).delete()

    call_command("migrate", "eligibility", "0002", verbosity=0)
    call_command("migrate", "eligibility", verbosity=0)

    group = Group.objects.get(name=ADVISORS_GROUP)
    assert group.permissions.count() == 3
