"""Starting, resuming, going back and changing answers: every step is a GET or a POST + redirect."""

from django.test import Client
from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.applicants import HIGH_EARNER, PROFESSOR, SPOUSE, post_data
from tests.questionnaire.conftest import question_url


def resume_url(assessment: Assessment) -> str:
    return reverse("eligibility:resume", args=[assessment.public_id])


def check_url(assessment: Assessment) -> str:
    return reverse("eligibility:check", args=[assessment.public_id])


def test_start_now_creates_an_assessment_and_opens_the_first_question(client, db):
    response = client.post(reverse("eligibility:start_assessment"))
    assessment = Assessment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == question_url(assessment, "about-you")
    assert assessment.status == Assessment.Status.IN_PROGRESS
    assert assessment.answers == {}
    assert assessment.language == "en"
    assert assessment.results is None


def test_the_start_page_posts_a_form_to_start(client, db):
    html = client.get(reverse("eligibility:start")).content.decode()
    assert 'method="post" action="/start"' in html and "csrfmiddlewaretoken" in html
    assert client.get("/start")["Location"] == "/"
    assert not Assessment.objects.exists()


def test_resume_goes_to_the_first_unanswered_question(client, assessment, answer):
    assert client.get(resume_url(assessment))["Location"] == question_url(assessment, "about-you")
    answer(assessment, {page: SPOUSE[page] for page in ("about-you", "situations", "stay")})
    assert client.get(resume_url(assessment))["Location"] == question_url(
        assessment, "sensitive-questions"
    )


def test_resume_works_from_another_device(client, assessment, answer):
    answer(assessment, {page: SPOUSE[page] for page in ("about-you", "situations")})
    other_device = Client()
    response = other_device.get(resume_url(assessment), follow=True)
    assert response.redirect_chain[-1][0] == question_url(assessment, "stay")
    assert "Why are you in China at the moment?" in response.content.decode()


def test_resume_goes_to_check_your_answers_when_everything_is_answered(client, assessment, answer):
    answer(assessment, SPOUSE)
    assert client.get(resume_url(assessment))["Location"] == check_url(assessment)


def test_a_page_beyond_the_current_one_redirects_to_the_current_one(client, assessment, answer):
    answer(assessment, {"about-you": SPOUSE["about-you"]})
    assert client.get(question_url(assessment, "record"))["Location"] == question_url(
        assessment, "situations"
    )
    response = client.post(question_url(assessment, "record"), post_data(SPOUSE["record"]))
    assert response["Location"] == question_url(assessment, "situations")
    assessment.refresh_from_db()
    assert "criminal_conviction" not in assessment.answers


def test_a_page_off_the_path_redirects_to_the_current_one(client, assessment, answer):
    answer(assessment, SPOUSE)
    assert client.get(question_url(assessment, "wage"))["Location"] == check_url(assessment)


def test_back_links_follow_the_applicants_path(client, assessment, answer):
    html = client.get(question_url(assessment, "about-you")).content.decode()
    assert 'href="/">Back</a>' in html
    answer(assessment, {page: SPOUSE[page] for page in list(SPOUSE)[:6]})
    html = client.get(question_url(assessment, "family")).content.decode()
    assert f'href="{question_url(assessment, "health")}">Back</a>' in html


def test_going_back_and_continuing_shows_the_next_page_with_its_answer(client, assessment, answer):
    answer(assessment, {page: SPOUSE[page] for page in list(SPOUSE)[:4]})
    html = client.get(question_url(assessment, "situations")).content.decode()
    assert 'value="family" class="form-check-input" id="id_situations_4" checked' in html
    response = client.post(question_url(assessment, "situations"), {"situations": ["family"]})
    assert response["Location"] == question_url(assessment, "stay")


def test_changing_an_early_answer_reroutes_and_keeps_later_answers(client, assessment, answer):
    answer(assessment, HIGH_EARNER)
    answer(assessment, {"situations": {"situations": ["family"]}})
    assert client.get(resume_url(assessment))["Location"] == question_url(assessment, "family")
    assert assessment.answers["annual_wage_rmb"] == 1500000

    answer(assessment, {"situations": {"situations": ["work"]}})
    assert client.get(resume_url(assessment))["Location"] == check_url(assessment)


def test_change_from_check_your_answers_returns_there(client, assessment, answer):
    answer(assessment, SPOUSE)
    url = question_url(assessment, "stay") + "?change=1"
    html = client.get(url).content.decode()
    assert f'href="{check_url(assessment)}">Back</a>' in html
    assert 'value="family" class="form-check-input" id="id_stay_purpose_2" checked' in html
    response = client.post(url, {"stay_purpose": "other", "economic_means": "yes"})
    assert response["Location"] == check_url(assessment)


def test_a_change_that_opens_new_questions_asks_them_then_returns(client, assessment, answer):
    answer(assessment, SPOUSE)
    response = client.post(
        question_url(assessment, "family") + "?change=1", {"family_links": ["spouse", "parent"]}
    )
    assert response["Location"] == question_url(assessment, "parent") + "?change=1"
    html = client.get(response["Location"]).content.decode()
    assert f'href="{question_url(assessment, "living-together")}?change=1">Back</a>' in html
    response = client.post(
        response["Location"], {"parent_status": "none_of_these", "child_relationship": "step"}
    )
    assert response["Location"] == question_url(assessment, "married") + "?change=1"
    response = client.post(response["Location"], {"married": "no"})
    assert response["Location"] == check_url(assessment)


def test_an_invalid_change_keeps_the_change_in_the_address(client, assessment, answer):
    answer(assessment, SPOUSE)
    url = question_url(assessment, "stay") + "?change=1"
    response = client.post(url, {"stay_purpose": ""})
    assert response.status_code == 200
    assert response.request["QUERY_STRING"] == "change=1"


def test_an_unanswered_page_cannot_be_reached_by_change(client, assessment, answer):
    answer(assessment, {"about-you": PROFESSOR["about-you"]})
    response = client.get(question_url(assessment, "contact") + "?change=1")
    assert response["Location"] == question_url(assessment, "situations")


def test_pages_of_an_assessment_are_not_cached_or_indexed(client, assessment):
    response = client.get(question_url(assessment, "about-you"))
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_a_form_without_its_csrf_token_is_refused(db):
    browser = Client(enforce_csrf_checks=True)
    assert browser.post(reverse("eligibility:start_assessment")).status_code == 403
    assert not Assessment.objects.exists()
