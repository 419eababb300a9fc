"""Changing answers after submission starts a new assessment; the submitted one stays as it is."""

import uuid

from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.applicants import HIGH_EARNER
from tests.questionnaire.conftest import question_url
from tests.result.conftest import ELIGIBLE_SPOUSE, result_url


def change_url(assessment: Assessment) -> str:
    return reverse("eligibility:change_answers", args=[assessment.public_id])


def check_url(assessment: Assessment) -> str:
    return reverse("eligibility:check", args=[assessment.public_id])


def stored(assessment: Assessment) -> dict:
    fields = ("reference", "status", "answers", "results", "submitted_at", "language")
    return {field: getattr(assessment, field) for field in fields}


def test_it_copies_the_answers_into_a_new_assessment_and_opens_check_your_answers(client, submit):
    original = submit(HIGH_EARNER)
    original.language = "zh-hans"
    original.save(update_fields=["language"])
    before = stored(original)

    response = client.post(change_url(original), {"copy_contact": "1"})
    new = Assessment.objects.latest("created_at")
    assert response["Location"] == check_url(new)
    assert new.pk != original.pk
    assert (new.public_id, new.reference) != (original.public_id, original.reference)
    assert new.status == Assessment.Status.IN_PROGRESS
    assert (new.results, new.submitted_at) == (None, None)
    assert new.answers == original.answers
    assert new.language == "zh-hans"
    assert (new.contact_consent, new.contact_name, new.contact_email) == (
        True,
        "Anna Smith",
        "anna@example.com",
    )
    original.refresh_from_db()
    assert stored(original) == before

    # Check your answers lists the copy, ready to change and submit.
    html = client.get(check_url(new)).content.decode()
    assert "Canada" in html
    assert question_url(new, "wage") + "?change=1" in html


def test_contact_details_are_copied_only_when_the_applicant_ticks_the_box(client, submit):
    original = submit(HIGH_EARNER)
    result_html = client.get(result_url(original)).content.decode()
    assert 'name="copy_contact"' in result_html
    assert "checked" not in result_html.split('name="copy_contact"')[1].split(">")[0]

    response = client.post(change_url(original))

    new = Assessment.objects.latest("created_at")
    assert (new.contact_consent, new.contact_name, new.contact_email) == (False, "", "")
    assert "contact" not in new.answers
    assert {k: v for k, v in original.answers.items() if k != "contact"} == new.answers
    # Check your answers first asks again whether an advisor may contact them.
    assert client.get(response["Location"])["Location"] == question_url(new, "contact")


def test_without_contact_details_there_is_no_box_to_copy_them(client, submit):
    original = submit({**HIGH_EARNER, "contact": {"contact": "no"}})
    assert not original.contact_consent
    assert 'name="copy_contact"' not in client.get(result_url(original)).content.decode()


def test_a_change_and_a_submission_make_a_new_evaluation(client, submit):
    original = submit(ELIGIBLE_SPOUSE)
    before = stored(original)
    client.post(change_url(original))
    new = Assessment.objects.latest("created_at")

    client.post(
        question_url(new, "days-each-year") + "?change=1",
        {"fewest_days_in_china_per_year": "200"},
    )
    response = client.post(reverse("eligibility:submit", args=[new.public_id]))
    assert response["Location"] == result_url(new)
    new.refresh_from_db()
    assert new.is_submitted
    assert new.best_outcome_draft == "not_eligible"
    original.refresh_from_db()
    assert stored(original) == before
    assert original.best_outcome_draft == "eligible"
    assert Assessment.objects.count() == 2


def test_it_changes_nothing_by_get(client, submit):
    original = submit(ELIGIBLE_SPOUSE)
    response = client.get(change_url(original))
    assert response["Location"] == result_url(original)
    assert Assessment.objects.count() == 1


def test_an_assessment_in_progress_is_not_copied(client, db):
    client.post(reverse("eligibility:start_assessment"))
    assessment = Assessment.objects.get()
    response = client.post(change_url(assessment))
    assert response["Location"] == question_url(assessment, "about-you")
    assert Assessment.objects.count() == 1


def test_an_unknown_link_is_not_found(client, db):
    assert client.post(f"/a/{uuid.uuid4()}/change").status_code == 404
