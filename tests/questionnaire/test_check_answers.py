"""Check your answers: every answer on the path, in words, with a Change link."""

import re

from django.conf import settings
from django.urls import reverse

from tests.questionnaire.applicants import HIGH_EARNER, LAST_FULL_YEAR, PROFESSOR, SPOUSE
from tests.questionnaire.conftest import question_url


def check_page(client, assessment) -> str:
    response = client.get(reverse("eligibility:check", args=[assessment.public_id]))
    assert response.status_code == 200
    return response.content.decode()


def rows(html: str) -> dict[str, str]:
    """Question → answer text, as listed."""
    found = re.findall(
        r'<dt class="summary-list-key">(.*?)</dt>\s*<dd class="summary-list-value">(.*?)</dd>',
        html,
        re.S,
    )
    return {question: " / ".join(re.findall(r"<p>(.*?)</p>", answer)) for question, answer in found}


def test_each_year_s_amount_is_labelled_with_its_year_in_either_language(
    client, assessment, answer
):
    answer(assessment, HIGH_EARNER)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    listed = rows(check_page(client, assessment))
    assert listed[f"{LAST_FULL_YEAR} 年：税前工资性年收入"] == "人民币 1,500,000 元"


def test_it_lists_each_answer_in_words(client, assessment, answer):
    answer(assessment, HIGH_EARNER)
    listed = rows(check_page(client, assessment))
    assert listed["What is your date of birth?"] == "3 August 1980"
    assert listed["Which of these apply to you?"] == "I work in China"
    assert listed[f"{LAST_FULL_YEAR}, Gross wage income"] == "RMB 1,500,000"
    assert listed[f"{LAST_FULL_YEAR - 3}, Individual income tax paid in China"] == "RMB 400,000"
    assert listed["What is your gross annual wage now?"] == "RMB 1,600,000"
    assert listed["How many days have you spent in China since you started working there?"] == (
        "3,000 days"
    )
    assert listed["What is your highest degree?"] == "Master&#x27;s degree"
    assert listed["Would any of your family apply for permanent residence together with you?"] == (
        "No, nobody"
    )
    assert listed["Would you like an advisor to contact you?"] == "Yes"
    assert listed["Your e-mail address"] == "anna@example.com"


def test_each_answer_has_a_change_link_naming_the_question(client, assessment, answer):
    answer(assessment, SPOUSE)
    html = check_page(client, assessment)
    change = question_url(assessment, "marriage") + "?change=1"
    assert (
        f'<a href="{change}">Change<span class="visually-hidden"> When did you marry?</span></a>'
        in html
    )
    assert html.count(">Change<") == len(rows(html))


def test_it_lists_only_answers_on_the_path(client, assessment, answer):
    answer(assessment, PROFESSOR)
    answer(
        assessment, {"situations": {"situations": ["family"]}, "family": {"family_links": ["none"]}}
    )
    listed = rows(check_page(client, assessment))
    assert f"{LAST_FULL_YEAR}, Gross wage income" not in listed
    assert "Which family members in China would you join?" in listed


def test_an_unknown_average_wage_shows_as_i_dont_know(client, assessment, answer):
    answer(assessment, PROFESSOR)
    answer(
        assessment,
        {"wage": {**PROFESSOR["wage"], "local_average_wage_rmb": "", "average_wage_unknown": "on"}},
    )
    listed = rows(check_page(client, assessment))
    assert listed["What is the latest average annual wage where you work?"] == ("I don&#x27;t know")


def test_it_redirects_to_the_first_unanswered_question_until_everything_is_answered(
    client, assessment, answer
):
    answer(assessment, {"about-you": SPOUSE["about-you"]})
    response = client.get(reverse("eligibility:check", args=[assessment.public_id]))
    assert response["Location"] == question_url(assessment, "situations")


def test_it_offers_to_submit_with_a_post_form(client, assessment, answer):
    answer(assessment, SPOUSE)
    html = check_page(client, assessment)
    assert '<h1 class="mb-4">Check your answers before submitting</h1>' in html
    submit = reverse("eligibility:submit", args=[assessment.public_id])
    assert f'<form method="post" action="{submit}" novalidate>' in html
