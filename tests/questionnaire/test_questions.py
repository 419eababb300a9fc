"""Each kind of question with the test client: what is accepted, what is refused and how."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.questionnaire.applicants import PROFESSOR, SPOUSE, post_data, until
from tests.questionnaire.conftest import question_url

# The pages between the situations and the topics: the stay and the sensitive questions.
SENSITIVE_PAGES = ("stay", "sensitive-questions", "record", "health")


def input_tag(html: str, id: str) -> str:
    match = re.search(rf'<input[^>]*id="{id}"[^>]*>', html)
    assert match, id
    return match.group()


def errors_of(response) -> str:
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    return html


# --- Pages and headings ---------------------------------------------------------------------


def test_a_one_question_page_makes_the_legend_the_heading_and_the_title(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "situations"))
    html = client.get(question_url(assessment, "situations")).content.decode()
    heading = '<h1 class="question-heading">Which of these apply to you?</h1>'
    assert f'<legend class="question-legend">{heading}</legend>' in html
    assert "<title>Which of these apply to you? – Residency</title>" in html
    assert html.count("<h1") == 1


def test_a_one_box_page_makes_the_label_the_heading(client, assessment, answer):
    answer(
        assessment,
        {**until(PROFESSOR, "situations"), "situations": {"situations": ["other_reason"]}},
    )
    answer(assessment, {page: PROFESSOR[page] for page in SENSITIVE_PAGES})
    html = client.get(question_url(assessment, "other-reason")).content.decode()
    assert '<h1 class="question-heading"><label for="id_other_reason">' in html


def test_a_page_of_several_questions_has_its_topic_as_heading(client, assessment):
    html = client.get(question_url(assessment, "about-you")).content.decode()
    assert '<h1 class="question-heading">About you</h1>' in html
    assert "What is your date of birth?" in html and "What is your nationality?" in html
    assert html.count("<h1") == 1


def test_a_question_page_has_back_progress_continue_and_the_private_link(
    client, assessment, answer
):
    answer(assessment, until(PROFESSOR, "stay"))
    html = client.get(question_url(assessment, "stay")).content.decode()
    assert f'href="{question_url(assessment, "situations")}">Back</a>' in html
    # Whether the applicant works in China is not known yet: only the fewest questions are told.
    assert re.search(
        r'<p class="question-progress">Questions answered: 3 of at least \d+</p>', html
    )
    assert ">Continue</button>" in html
    assert "Save this link to come back later" in html
    assert f"http://testserver/a/{assessment.public_id}/" in html
    assert "novalidate" in html and " required" not in html


def test_hints_describe_their_fields(client, assessment):
    html = client.get(question_url(assessment, "about-you")).content.decode()
    assert 'aria-describedby="id_nationality_helptext"' in html
    assert '<fieldset aria-describedby="id_date_of_birth_helptext">' in html


# --- Errors ---------------------------------------------------------------------------------


def test_errors_are_summarised_linked_to_fields_and_prefix_the_title(client, assessment):
    response = client.post(question_url(assessment, "about-you"), {})
    html = errors_of(response)
    assert "<title>Error: About you – Residency</title>" in html
    assert 'role="alert" tabindex="-1"' in html
    assert (
        '<a href="#id_date_of_birth_0">Enter your date of birth, for example 27 3 1985</a>' in html
    )
    assert '<a href="#id_nationality">Select your nationality</a>' in html
    assert 'aria-describedby="id_nationality_helptext id_nationality_error"' in html
    assert '<span class="visually-hidden">Error:</span> Select your nationality' in html


def test_radio_errors_link_to_the_first_radio(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "stay"))
    html = errors_of(client.post(question_url(assessment, "stay"), {}))
    assert '<a href="#id_stay_purpose_0">Select why you are in China at the moment</a>' in html
    assert 'id="id_stay_purpose_0"' in html


def test_what_was_typed_is_kept_after_an_error(client, assessment):
    data = {"date_of_birth_day": "31", "date_of_birth_month": "2", "date_of_birth_year": "1980"}
    html = errors_of(client.post(question_url(assessment, "about-you"), data))
    assert 'name="date_of_birth_day" value="31"' in html
    assert "Date of birth must be a real date, for example 27 3 1985" in html
    assessment.refresh_from_db()
    assert assessment.answers == {}


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("", "", "", "Enter your date of birth, for example 27 3 1985"),
        ("30", "2", "1990", "Date of birth must be a real date, for example 27 3 1985"),
        ("1", "", "1990", "Date of birth must include a month"),
        ("", "", "1990", "Date of birth must include a day and a month"),
        ("1", "5", "", "Date of birth must include a year"),
        ("a", "b", "c", "Date of birth must be a real date, for example 27 3 1985"),
        ("1", "1", "99999999999999", "Date of birth must be a real date, for example 27 3 1985"),
        ("-1", "1", "1990", "Date of birth must be a real date, for example 27 3 1985"),
        ("0", "0", "0", "Date of birth must be a real date, for example 27 3 1985"),
        ("1", "13", "1990", "Date of birth must be a real date, for example 27 3 1985"),
        ("31", "12", "1899", "Date of birth must be 1 January 1900 or later"),
        ("1", "1", str(date.today().year + 1), "Date of birth must be in the past"),
        ("12", "5", "90", "Enter the year in full, for example 1990"),
        ("12", "5", "5", "Enter the year in full, for example 2005"),
        ("12", "5", "199", "Enter the year in full, for example 1990"),
    ],
)
def test_bad_dates_of_birth_are_refused_with_how_to_fix_them(
    client, assessment, day, month, year, message
):
    data = {
        "date_of_birth_day": day,
        "date_of_birth_month": month,
        "date_of_birth_year": year,
        "nationality": "FR",
    }
    html = errors_of(client.post(question_url(assessment, "about-you"), data))
    assert message in html


def test_a_date_is_stored_as_an_iso_string(client, assessment, answer):
    answer(assessment, {"about-you": {"date_of_birth": date(1980, 2, 29), "nationality": "FR"}})
    assert assessment.answers == {"date_of_birth": "1980-02-29", "nationality": "FR"}


def test_work_cannot_start_before_birth_or_in_the_future(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "work"))
    url = question_url(assessment, "work")
    form = {**PROFESSOR["work"], "work_start_date": date(1970, 1, 1)}
    assert "must be after your date of birth" in errors_of(client.post(url, post_data(form)))
    tomorrow = timezone.localdate() + timedelta(days=1)
    form = {**PROFESSOR["work"], "work_start_date": tomorrow}
    html = errors_of(client.post(url, post_data(form)))
    assert "The date you started working in China must be today or in the past" in html


def test_a_tampered_choice_is_refused_like_a_missing_one(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "stay"))
    response = client.post(
        question_url(assessment, "stay"), {"stay_purpose": "spy", "economic_means": "yes"}
    )
    assert "Select why you are in China at the moment" in errors_of(response)


def test_none_of_these_is_stored_as_an_empty_list(client, assessment, answer):
    answer(assessment, {**until(PROFESSOR, "situations"), "situations": {"situations": ["none"]}})
    assert assessment.answers["situations"] == []


def test_none_of_these_with_another_situation_is_refused(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "situations"))
    url = question_url(assessment, "situations")
    html = errors_of(client.post(url, {"situations": ["work", "none"]}))
    assert "select ‘None of these’ on its own" in html
    assert "Select the situations that apply to you, or select ‘None of these’" in errors_of(
        client.post(url, {})
    )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("600,000", 600000), ("1 200 000", 1200000), ("350000.50", 350000.5), ("0", 0)],
)
def test_amounts_accept_commas_and_are_stored_as_numbers(client, assessment, answer, typed, stored):
    answer(assessment, until(PROFESSOR, "wage"))
    answer(assessment, {"wage": {**PROFESSOR["wage"], "annual_wage_now_rmb": typed}})
    assert assessment.answers["annual_wage_now_rmb"] == stored
    assert assessment.answers["local_average_wage_rmb"] == 120000


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter your gross annual wage now, for example 700,000"),
        ("lots", "Enter your annual wage as a number, for example 700,000"),
        ("1e9", "Enter your annual wage as a number, for example 700,000"),
        ("NaN", "Enter your annual wage as a number, for example 700,000"),
        ("-5", "Your annual wage must be 0 or more"),
        ("9" * 5000, "Your annual wage must be RMB 1,000,000,000,000 or less"),
    ],
)
def test_bad_amounts_are_refused_with_how_to_fix_them(client, assessment, answer, typed, message):
    answer(assessment, until(PROFESSOR, "wage"))
    data = {**PROFESSOR["wage"], "annual_wage_now_rmb": typed}
    assert message in errors_of(client.post(question_url(assessment, "wage"), data))


def test_an_unknown_average_wage_is_left_out_of_the_answers(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "wage"))
    answer(assessment, {"wage": {**PROFESSOR["wage"], "local_average_wage_rmb": "1"}})
    unknown = {**PROFESSOR["wage"], "local_average_wage_rmb": "", "average_wage_unknown": "on"}
    answer(assessment, {"wage": unknown})
    assert "local_average_wage_rmb" not in assessment.answers
    html = client.get(question_url(assessment, "wage")).content.decode()
    assert " checked" in input_tag(html, "id_average_wage_unknown")


def test_the_average_wage_needs_a_figure_or_i_dont_know_but_not_both(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "wage"))
    url = question_url(assessment, "wage")
    data = {**PROFESSOR["wage"], "local_average_wage_rmb": ""}
    html = errors_of(client.post(url, data))
    assert "Enter the average wage where you work, or select ‘I don&#x27;t know it’" in html
    data = {**PROFESSOR["wage"], "local_average_wage_rmb": "5", "average_wage_unknown": "on"}
    assert "not both" in errors_of(client.post(url, data))
    data = {**PROFESSOR["wage"], "local_average_wage_rmb": "0"}
    assert "The average wage must be more than 0" in errors_of(client.post(url, data))


def test_days_in_china_cannot_exceed_the_days_since_work_started(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "days-in-china"))
    url = question_url(assessment, "days-in-china")
    form = PROFESSOR["days-in-china"]
    started = PROFESSOR["work"]["work_start_date"]
    possible = (timezone.localdate() - started).days + 1
    data = {**form, "days_in_china_since_work_start": str(possible + 1)}
    html = errors_of(client.post(url, data))
    assert (
        f"The number of days cannot be more than {possible:,} days, the time since you started "
        "working in China"
    ) in html
    html = errors_of(client.post(url, {**form, "days_in_china_since_work_start": "12.5"}))
    assert "Enter the number of days as a whole number, for example 900" in html
    answer(assessment, {"days-in-china": {**form, "days_in_china_since_work_start": "1,200"}})
    assert assessment.answers["days_in_china_since_work_start"] == 1200


@pytest.mark.parametrize(
    ("typed", "accepted"), [("0", True), ("366", True), ("367", False), ("-1", False)]
)
def test_days_each_year_are_between_0_and_366(client, assessment, answer, typed, accepted):
    answer(assessment, until(SPOUSE, "days-each-year"))
    response = client.post(
        question_url(assessment, "days-each-year"), {"fewest_days_in_china_per_year": typed}
    )
    if accepted:
        assert response.status_code == 302
    else:
        html = errors_of(response)
        assert (
            "The number of days must be 366 days or fewer" in html
            or "The number of days must be 0 days or more" in html
        )


def test_work_continuous_since_is_asked_only_after_an_interruption(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "work"))
    answer(assessment, {"work": {**PROFESSOR["work"], "work_interrupted": "yes"}})
    response = client.get(f"/a/{assessment.public_id}/")
    assert response["Location"] == question_url(assessment, "work-continuous-since")
    url = question_url(assessment, "work-continuous-since")
    form = {"work_continuous_since": date(2016, 1, 1)}
    assert "on or after the date you first started" in errors_of(client.post(url, post_data(form)))
    answer(assessment, {"work-continuous-since": {"work_continuous_since": date(2019, 1, 1)}})
    assert assessment.answers["work_continuous_since"] == "2019-01-01"


def test_renowned_university_is_skipped_for_a_doctorate(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "degree"))
    url = question_url(assessment, "degree")
    response = client.post(url, {"highest_degree": "doctorate", "chinese_origin": "no"})
    assert response["Location"] == question_url(assessment, "academic")
    response = client.post(url, {"highest_degree": "bachelor", "chinese_origin": "no"})
    assert response["Location"] == question_url(assessment, "renowned-university")


def test_other_reason_has_a_length_limit(client, assessment, answer):
    answer(
        assessment,
        {**until(PROFESSOR, "situations"), "situations": {"situations": ["other_reason"]}},
    )
    answer(assessment, {page: PROFESSOR[page] for page in SENSITIVE_PAGES})
    url = question_url(assessment, "other-reason")
    assert "2,000 characters or fewer" in errors_of(client.post(url, {"other_reason": "x" * 2001}))
    answer(assessment, {"other-reason": {"other_reason": "My grandparents' home."}})
    assert assessment.answers["other_reason"] == "My grandparents' home."


# --- Contact --------------------------------------------------------------------------------


def test_contact_details_are_kept_only_with_consent(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "contact"))
    answer(
        assessment,
        {"contact": {"contact": "yes", "contact_name": "Li Na", "contact_email": "li@example.com"}},
    )
    assert assessment.contact_consent is True
    assert (assessment.contact_name, assessment.contact_email) == ("Li Na", "li@example.com")

    answer(
        assessment,
        {"contact": {"contact": "no", "contact_name": "Li Na", "contact_email": "li@example.com"}},
    )
    assert assessment.contact_consent is False
    assert (assessment.contact_name, assessment.contact_email) == ("", "")
    assert assessment.answers["contact"] == "no"


def test_the_contact_page_says_who_reads_an_assessment_and_lets_the_browser_fill_it_in(
    client, assessment, answer
):
    answer(assessment, until(PROFESSOR, "contact"))
    html = client.get(question_url(assessment, "contact")).content.decode()
    assert (
        "Your answers and your result are read only by the advisors of the Residency service, "
        "who use them to give advice."
    ) in html
    assert "an advisor uses them only to contact you about your result" in html
    assert re.search(r'<input type="text" name="contact_name"[^>]*autocomplete="name"', html)
    assert re.search(r'<input type="email" name="contact_email"[^>]*autocomplete="email"', html)


def test_consent_needs_a_name_and_a_valid_email_address(client, assessment, answer):
    answer(assessment, until(PROFESSOR, "contact"))
    url = question_url(assessment, "contact")
    html = errors_of(client.post(url, {"contact": "yes", "contact_email": "not-an-address"}))
    assert "Enter your name" in html
    assert "Enter an e-mail address in the correct format, like name@example.com" in html
    assert '<h1 class="question-heading">Would you like an advisor to contact you?</h1>' in html
