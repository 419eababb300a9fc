"""Saving a page while another tab saves, or submits, the same assessment: what the other tab
saved between this request reading the assessment and saving it is kept, and nothing is saved
once the assessment is submitted."""

from django.urls import reverse

from eligibility import views
from eligibility.flow import PAGES_BY_ID
from eligibility.forms import QuestionForm
from eligibility.models import Assessment
from tests.questionnaire.applicants import SPOUSE, post_data

# The first page, answered again with another nationality.
ABOUT_YOU_AGAIN = {**SPOUSE["about-you"], "nationality": "PT"}


def valid_form(assessment: Assessment, page_id: str, answers: dict) -> QuestionForm:
    form = PAGES_BY_ID[page_id].form_class(post_data(answers), assessment=assessment)
    assert form.is_valid(), form.errors
    return form


def test_a_page_saved_in_another_tab_meanwhile_is_kept(assessment, answer):
    answer(assessment, {"about-you": SPOUSE["about-you"]})
    read_by_this_tab = Assessment.objects.get()
    answer(assessment, {"situations": SPOUSE["situations"]})  # the other tab
    saved = views.save_answers(
        read_by_this_tab, valid_form(read_by_this_tab, "about-you", ABOUT_YOU_AGAIN), "en"
    )
    stored = Assessment.objects.get()
    assert stored.answers["nationality"] == "PT"
    assert stored.answers["situations"] == ["family"]
    assert saved.answers == stored.answers


def test_contact_details_saved_in_another_tab_meanwhile_are_kept(assessment, answer):
    answer(assessment, {page_id: SPOUSE[page_id] for page_id in list(SPOUSE)[:-1]})
    read_by_this_tab = Assessment.objects.get()
    contact = {"contact": "yes", "contact_name": "Ana Lima", "contact_email": "ana@example.com"}
    answer(assessment, {"contact": contact})  # the other tab
    views.save_answers(
        read_by_this_tab, valid_form(read_by_this_tab, "about-you", ABOUT_YOU_AGAIN), "en"
    )
    stored = Assessment.objects.get()
    assert stored.answers["nationality"] == "PT"
    assert (stored.contact_consent, stored.contact_name) == (True, "Ana Lima")
    assert stored.answers["contact"] == "yes"


def test_nothing_is_saved_once_another_tab_has_submitted(client, assessment, answer):
    answer(assessment, SPOUSE)
    read_by_this_tab = Assessment.objects.get()
    client.post(reverse("eligibility:submit", args=[assessment.public_id]))  # the other tab
    saved = views.save_answers(
        read_by_this_tab, valid_form(read_by_this_tab, "about-you", ABOUT_YOU_AGAIN), "en"
    )
    assert saved.is_submitted
    stored = Assessment.objects.get()
    assert stored.answers["nationality"] == SPOUSE["about-you"]["nationality"]
    assert stored.results


def test_saving_records_the_language_of_the_page(assessment, answer):
    read = Assessment.objects.get()
    views.save_answers(read, valid_form(read, "about-you", ABOUT_YOU_AGAIN), "zh-hans")
    stored = Assessment.objects.get()
    assert (stored.language, stored.answers["nationality"]) == ("zh-hans", "PT")
    assert stored.updated_at > stored.created_at
