import html
import re
from datetime import date

from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from eligibility.models import Assessment
from tests.admin.conftest import PROFESSOR, STARTED, MakeAssessment


def change_url(assessment: Assessment) -> str:
    return reverse("admin:eligibility_assessment_change", args=[assessment.pk])


def text_of(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_it_shows_the_answers_as_questions_and_answers_grouped_by_page(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    page = text_of(admin_client.get(change_url(assessment)).content.decode())

    born = date_format(date(1975, 5, 12))
    assert f"About you What is your date of birth? {born} What is your nationality? Germany" in page
    assert "Which of these apply to you? I work in China I hold an academic" in page
    assert "Your work in China Do you work in China with a valid work permit" in page
    assert "RMB 600,000" in page
    assert '"annual_wage_rmb"' not in page


def test_it_shows_the_answers_in_the_advisors_language(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    with translation.override("zh-hans"):
        page = admin_client.get(change_url(assessment), headers={"accept-language": "zh-hans"})

    assert "保存" in page.content.decode()  # Django's own "Save"


def test_it_shows_the_result_the_applicant_saw_with_reasons_and_citations(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    page = text_of(admin_client.get(change_url(assessment)).content.decode())

    assert "Proposed rule (2020 consultation draft), not law" in page
    assert "Consultation draft, not in force (version of 2020-02-27)" in page
    assert "Periods counted back from 2 November 2026." in page
    assert "Best outcome: Meets the conditions" in page
    assert (
        "Art. 15(1): Doctorate or degree from a renowned university, with 3 years' work in China "
        "Meets the conditions"
    ) in page
    assert "General conditions: Met" in page
    assert "Art. 10 para. 1" in page
    assert "Grounds for refusal" in page
    assert "Art. 11(1): Outstanding contribution to science" in page
    assert "Does not meet the conditions" in page


def test_it_shows_both_rule_sets_with_their_versions(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    page = text_of(admin_client.get(change_url(assessment)).content.decode())
    results = page[page.index("Results as the applicant saw them") :]

    assert "Rules in force : In force (version of 2019-08-01)" in results
    assert "Proposed rule (2020 consultation draft), not law : Consultation draft" in results
    assert results.index("Rules in force :") < results.index("Proposed rule (2020")
    assert "2004 Measures, art. 6(1)(2) and art. 8, widened in 2015" in page


def test_it_links_to_the_applicants_result_page(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    page = admin_client.get(change_url(assessment)).content.decode()

    assert f'href="{reverse("eligibility:result", args=[assessment.public_id])}"' in page


def test_it_shows_an_assessment_in_progress(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(STARTED, submitted=False)

    page = text_of(admin_client.get(change_url(assessment)).content.decode())

    assert "What is your nationality? Kenyan" in page
    assert "Results: Not submitted yet" in page
    assert "Result page: Not submitted yet" in page


def test_it_does_not_open_the_applicants_questionnaire(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(STARTED, submitted=False)

    page = admin_client.get(change_url(assessment)).content.decode()

    assert reverse("eligibility:resume", args=[assessment.public_id]) not in page
    assert "View on site" not in page
