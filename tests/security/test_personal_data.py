"""Personal data: the privacy notice, deleting an assessment, retention, what is stored."""

import io
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from eligibility.admin.search import search
from eligibility.fields import plain_text
from eligibility.models import Assessment, DeletedAssessment
from tests.admin.test_review import change_url, form_post
from tests.questionnaire.applicants import HIGH_EARNER, PROFESSOR, until
from tests.questionnaire.conftest import question_url
from tests.result.conftest import result_url

PRIVACY = reverse("privacy")


def delete_url(assessment: Assessment) -> str:
    return reverse("eligibility:delete", args=[assessment.public_id])


def test_every_page_links_to_the_privacy_notice(client, assessment):
    pages = ["/", question_url(assessment, "about-you"), "/no-such-page", PRIVACY]
    for page in pages:
        assert f'href="{PRIVACY}"' in client.get(page).content.decode(), page


def test_the_privacy_notice_says_who_reads_why_how_long_and_the_rights(client, db, settings):
    settings.RETENTION_IN_PROGRESS_DAYS = 30
    settings.RETENTION_SUBMITTED_DAYS = 365
    settings.PRIVACY_CONTACT = "privacy@residency.example.org"

    html = client.get(PRIVACY).content.decode()

    assert "advisors read submitted assessments" in html
    assert "30 days after you last saved an answer" in html
    assert "365 days after you submitted it" in html
    assert "Personal Information Protection Law" in html
    assert "to have it deleted" in html
    assert "privacy@residency.example.org" in html
    chinese = client.get(PRIVACY, HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()
    assert "个人信息保护法" in chinese


def test_the_applicant_deletes_an_assessment_after_confirming(client, submit):
    assessment = submit(HIGH_EARNER)
    assert f'href="{delete_url(assessment)}"' in client.get(result_url(assessment)).content.decode()

    confirmation = client.get(delete_url(assessment))
    assert confirmation.status_code == 200
    assert "This cannot be undone." in confirmation.content.decode()
    assert Assessment.objects.filter(pk=assessment.pk).exists()  # nothing deleted by a GET

    response = client.post(delete_url(assessment))

    assert response["Location"] == reverse("eligibility:deleted")
    assert "has been deleted" in client.get(response["Location"]).content.decode()
    assert not Assessment.objects.filter(pk=assessment.pk).exists()
    assert client.get(result_url(assessment)).status_code == 404
    record = DeletedAssessment.objects.get()
    assert (record.reference, record.reason, record.status) == (
        assessment.reference,
        DeletedAssessment.Reason.APPLICANT,
        Assessment.Status.SUBMITTED,
    )
    kept = " ".join(str(getattr(record, f.attname)) for f in DeletedAssessment._meta.fields)
    for personal in ("Anna Smith", "anna@example.com", "Canadian", str(assessment.public_id)):
        assert personal not in kept


def test_an_unsubmitted_assessment_can_be_deleted_from_its_pages(client, assessment):
    html = client.get(question_url(assessment, "about-you")).content.decode()
    assert f'href="{delete_url(assessment)}"' in html

    client.post(delete_url(assessment))

    assert not Assessment.objects.exists()
    assert DeletedAssessment.objects.get().status == Assessment.Status.IN_PROGRESS


def test_advisors_see_the_deletion_in_the_admin_history(client, submit, advisor_client):
    assessment = submit(HIGH_EARNER)
    client.post(delete_url(assessment))

    history = advisor_client.get(reverse("admin:eligibility_deletedassessment_changelist"))

    assert history.status_code == 200
    assert assessment.reference in history.content.decode()
    assert "Deleted by the applicant" in history.content.decode()


def age(assessment: Assessment, *, untouched: int = 0, submitted: int | None = None) -> None:
    now = timezone.now()
    Assessment.objects.filter(pk=assessment.pk).update(
        updated_at=now - timedelta(days=untouched),
        submitted_at=None if submitted is None else now - timedelta(days=submitted),
    )


@pytest.mark.parametrize("days, kept", [(29, True), (31, False)])
def test_purge_deletes_in_progress_assessments_untouched_for_the_retention_days(
    db, settings, days, kept
):
    settings.RETENTION_IN_PROGRESS_DAYS = 30
    assessment = Assessment.start(language="en")
    age(assessment, untouched=days)

    call_command("purge_assessments", stdout=io.StringIO())

    assert Assessment.objects.filter(pk=assessment.pk).exists() is kept
    assert DeletedAssessment.objects.filter(reason="retention").count() == (0 if kept else 1)


@pytest.mark.parametrize("days, kept", [(364, True), (366, False)])
def test_purge_deletes_submitted_assessments_older_than_the_retention_days(
    client, submit, settings, days, kept
):
    settings.RETENTION_SUBMITTED_DAYS = 365
    assessment = submit(HIGH_EARNER)
    age(assessment, untouched=400, submitted=days)  # untouched does not count once submitted

    output = io.StringIO()
    call_command("purge_assessments", stdout=output)

    assert Assessment.objects.filter(pk=assessment.pk).exists() is kept
    assert f"Deleted {0 if kept else 1} submitted assessments." in output.getvalue()


def test_purge_dry_run_only_counts(db, settings):
    settings.RETENTION_IN_PROGRESS_DAYS = 30
    age(Assessment.start(language="en"), untouched=31)
    output = io.StringIO()

    call_command("purge_assessments", "--dry-run", stdout=output)

    assert "Would delete 1 in progress assessments." in output.getvalue()
    assert Assessment.objects.count() == 1


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("Fran\u202ecais", "Francais"),  # a right-to-left override
        ("French\x00\x07\x1b[31m", "French[31m"),  # NUL, bell, escape
        ("Fr\u2066en\u2069ch\u200f", "French"),  # isolates and a right-to-left mark
        ("French\r\nDutch\u2029", "French\nDutch"),  # line breaks of any kind, as lines
    ],
)
def test_text_answers_are_stored_without_control_or_bidi_characters(
    client, assessment, answer, typed, stored
):
    # The only text typed as an answer (the nationality is chosen from a list of countries).
    pages = until(PROFESSOR, "situations")
    pages["situations"] = {"situations": ["other_reason"]}
    pages.update(
        {page: PROFESSOR[page] for page in ("stay", "sensitive-questions", "record", "health")}
    )
    answer(assessment, pages)
    client.post(question_url(assessment, "other-reason"), {"other_reason": typed})

    assessment.refresh_from_db()
    assert assessment.answers["other_reason"] == stored


def test_contact_details_are_stored_without_control_or_bidi_characters(client, assessment, answer):
    answer(assessment, {page: form for page, form in HIGH_EARNER.items() if page != "contact"})
    client.post(
        question_url(assessment, "contact"),
        {
            "contact": "yes",
            "contact_name": "Anna\u202e Smith\x1b",
            "contact_email": "anna@exam\u202eple.com",
        },
    )

    assessment.refresh_from_db()
    assert (assessment.contact_name, assessment.contact_email) == ("Anna Smith", "anna@example.com")


def test_a_multi_line_answer_keeps_its_lines():
    assert plain_text("one\r\ntwo\u2029three\u202e", multiline=True) == "one\ntwo\nthree"


@pytest.mark.parametrize("query", ["a%F4%8F%BF%BF", "a%ED%9F%BF", "%F4%8F%BF%BF"])
def test_the_admin_search_answers_names_ending_in_the_last_characters(advisor_client, query):
    changelist = reverse("admin:eligibility_assessment_changelist")

    assert advisor_client.get(f"{changelist}?q={query}").status_code == 200


def test_a_name_search_finds_the_names_that_contain_it_and_no_others(db):
    for name in ("a\ud7ffb", "a\ue000", "a\U0010ffffz", "ab"):
        Assessment.objects.create(
            language="en", reference=f"RP-{len(name)}{ord(name[1])}", contact_name=name
        )

    def found(term: str) -> set[str]:
        return set(search(Assessment.objects.all(), term).values_list("contact_name", flat=True))

    assert found("a\ud7ff") == {"a\ud7ffb"}
    assert found("a\U0010ffff") == {"a\U0010ffffz"}


def test_deleting_an_assessment_leaves_no_advisor_note_in_the_admin_history(
    client, submit, advisor_client
):
    deleted, kept = submit(HIGH_EARNER), submit(PROFESSOR)
    for assessment in (deleted, kept):
        advisor_client.post(
            change_url(assessment), form_post(assessment, new_note="Called Anna about her record")
        )
    notes = LogEntry.objects.filter(change_message__contains="Called Anna about her record")
    assert notes.count() == 2

    client.post(delete_url(deleted))

    assert [entry.object_id for entry in notes] == [str(kept.pk)]
