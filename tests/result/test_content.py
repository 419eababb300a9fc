"""What the result page tells each kind of applicant: summary, reasons, gaps, citations."""

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from tests.result import pages
from tests.result.conftest import (
    DIPLOMAT,
    ELIGIBLE_SPOUSE,
    JUNIOR_WORKER,
    PROFESSOR_NOT_YET_RECOMMENDED,
    SPOUSE_ROUTE,
    SPOUSE_WITH_OTHER_REASON,
    WAGE_UNKNOWN,
    changed,
)

GENERAL_DOCUMENT = "A valid passport or other international travel document."
SUBSTANCE_ONLY_NOTICE = (
    "The exact text of this provision is not available. "
    "This check is based on published summaries of its content."
)


def summary_items(html: str) -> dict[str, list[tuple[str, str]]]:
    """The summary's lists: each group's line, with the links (target, title) under it."""
    summary = pages.parse(html).find("summary")
    groups = {}
    for line in summary.select("p", class_="result-summary-group"):
        [items] = [
            ul for ul in summary.select("ul") if ul.attrs["aria-labelledby"] == line.attrs["id"]
        ]
        groups[line.text()] = [(a.attrs["href"], a.text()) for a in items.select("a")]
    return groups


def test_an_eligible_spouse_reads_the_route_its_reasons_documents_and_citation(submit, result_page):
    html = result_page(submit(ELIGIBLE_SPOUSE))
    title = (
        "Spouse of a Chinese citizen or permanent resident, after 5 years of common life in China"
    )
    assert summary_items(html) == {
        "You appear to meet the conditions of these routes:": [(f"#{SPOUSE_ROUTE}", title)]
    }
    assert "19 other routes do not concern you." in pages.text(html, "summary")

    route = pages.text(html, SPOUSE_ROUTE)
    assert route.startswith(title)
    assert "Art. 17(1). Source text: Verbatim" in route
    assert "Outcome: ✓ Meets the conditions" in route
    assert "No recommendation is needed." in route
    assert (
        "✓ Met In each year, your actual stay in China totals at least nine months "
        "Fewest days you spent in China in one of the last five years: 300. "
        "At least 274 a year are required."
    ) in route
    assert "Reading: Nine months are read as 274 days." in route
    assert "What would change this" not in route
    # The documents for this route, then those for any route.
    assert "Documents to prepare Your marriage certificate." in route
    assert GENERAL_DOCUMENT in route
    assert "This list follows the rules in force and is indicative." in route
    # The citation: the Chinese text (marked as Chinese) and our English rendering.
    root = pages.parse(html)
    [chinese] = root.find(SPOUSE_ROUTE).select("blockquote", lang="zh-Hans")
    assert "配偶为居住在中国境内的中国公民或者永久居留外国人" in chinese.text()
    assert "Our English rendering A foreigner who needs family reunion" in route
    assert SUBSTANCE_ONLY_NOTICE not in route


def test_routes_that_do_not_concern_the_applicant_are_listed_compactly_with_why(
    submit, result_page
):
    html = result_page(submit(ELIGIBLE_SPOUSE))
    unconcerned = pages.parse(html).find("routes-unconcerned")
    assert unconcerned.select("details")
    assert (
        "Investment in China of at least RMB 10 million (Art. 16): "
        "You did not say you have invested in China."
    ) in unconcerned.text()
    assert "Outcome on each: Does not meet the conditions." in unconcerned.text()
    # Only titles and reasons there: no sections with conditions for routes that do not apply.
    assert not unconcerned.select("section", class_="route")
    assert "route-draft_a16_investment_10m" not in html


def test_a_professor_without_the_recommendation_yet_reads_if_recommended(submit, result_page):
    html = result_page(submit(PROFESSOR_NOT_YET_RECOMMENDED))
    summary = summary_items(html)
    assert list(summary) == [
        "You appear to meet the conditions of these routes:",
        "You would meet the conditions of these routes if you are recommended:",
        "Cannot tell without more information, for these routes:",
        "You do not meet the conditions of these routes:",
    ]
    assert summary["You would meet the conditions of these routes if you are recommended:"] == [
        (
            "#route-draft_a13_2_key_institution_academic",
            "Assistant professor or higher at a national key university or research institute, "
            "recommended by it",
        ),
        (
            "#route-draft_a13_2_other_institution_professor",
            "Professor or research fellow at any other university or research institute, "
            "recommended by it",
        ),
    ]
    # The family who may apply with a principal applicant (art. 18): cannot tell.
    assert (
        "#route-draft_a18_accompanying_family",
        "Your spouse and minor children applying with you",
    ) in summary["Cannot tell without more information, for these routes:"]

    # Routes in order: eligible, if recommended, cannot tell, not eligible.
    levels = pages.headings(html)
    assert [text for level, text in levels if level == 2 and text.startswith("Routes")] == [
        "Routes on which you meet the conditions",
        "Routes on which you meet the conditions if recommended",
        "Routes where we cannot tell yet",
        "Routes whose conditions you do not meet",
        "Routes that do not concern you",
    ]
    route = pages.text(html, "route-draft_a13_2_key_institution_academic")
    assert "Outcome: ✓? Meets the conditions if recommended" in route
    assert (
        "Needs a recommendation from the university or research institute that brought you in."
    ) in route
    assert (
        "? Cannot tell The university or research institute that brought you in recommends you"
    ) in route
    assert "Documents to prepare" in route


def test_a_substance_only_route_says_its_text_is_not_available(submit, result_page):
    html = result_page(submit(PROFESSOR_NOT_YET_RECOMMENDED))
    section = pages.parse(html).find("route-draft_a15_1_doctorate_or_renowned_university")
    route = section.text()
    assert "Art. 15(1). Source text: Substance only" in route
    assert SUBSTANCE_ONLY_NOTICE in route
    assert "Article number given by secondary sources." in route
    assert "The content, in our words Content only:" in route
    assert "You meet the known conditions, but the full text may contain further conditions." in (
        route
    )
    assert not section.select("blockquote", lang="zh-Hans")
    assert "Chinese text" not in route


def test_a_junior_worker_reads_what_would_change_each_route(submit, result_page):
    html = result_page(submit(JUNIOR_WORKER))
    summary = pages.text(html, "summary")
    assert "On your answers, no route to permanent residence in the draft is open to you." in (
        summary
    )
    assert list(summary_items(html)) == ["You do not meet the conditions of these routes:"]
    assert "Under each route below, you can see what would change the outcome." in summary

    six_times = pages.text(html, "route-draft_a15_3_four_years_6x")
    assert "Outcome: ✗ Does not meet the conditions" in six_times
    assert (
        "✗ Not met Your annual wage is at least 6× the previous year's average wage of urban "
        "on-the-job employees where you work Your gross annual wage is 3.0× the local average "
        "wage; 6× is required."
    ) in six_times
    gaps = six_times.split("What would change this")[1]
    assert "3.0× more of the local average wage (RMB 390,000 more a year)." in gaps
    assert "More days of actual stay in China: 130." in gaps
    assert "more years of continuous work in China (4 years on" in gaps

    four_times = pages.text(html, "route-draft_a15_2_key_industry_region_4x")
    assert "1.0× more of the local average wage (RMB 130,000 more a year)." in four_times
    # Documents are listed for the routes that may be open, not for these.
    assert "Documents to prepare" not in html


def test_an_unknown_local_average_wage_gives_cannot_tell(submit, result_page):
    html = result_page(submit(WAGE_UNKNOWN))
    summary = summary_items(html)
    assert [
        title for _link, title in summary["Cannot tell without more information, for these routes:"]
    ] == [
        "4 years' continuous work in China, with a wage of at least 6× the local average",
        "8 years' continuous work in China, with a wage of at least 3× the local average",
    ]
    route = pages.text(html, "route-draft_a15_4_eight_years_3x")
    assert "Outcome: ? Cannot tell" in route
    assert "? Cannot tell Your annual wage is at least 3×" in route
    assert "You have not given the local average wage, so we cannot compare your wage with it." in (
        route
    )
    assert "What would change this The conditions marked “Cannot tell” decide this route" in route


def test_art_19_can_only_be_cannot_tell(submit, result_page):
    html = result_page(submit(SPOUSE_WITH_OTHER_REASON))
    summary = summary_items(html)
    assert summary["Cannot tell without more information, for these routes:"] == [
        ("#route-draft_a19_other_legitimate_reason", "Other legitimate reasons")
    ]
    route = pages.parse(html).find("route-draft_a19_other_legitimate_reason")
    assert "Outcome: ? Cannot tell" in route.text()
    [chinese] = route.select("blockquote", lang="zh-Hans")
    assert "外国人因其他正当理由需要在中国境内永久居留的" in chinese.text()


def test_a_diplomatic_stay_blocks_every_route_and_says_why(submit, result_page):
    assessment = submit(DIPLOMAT)
    assert assessment.result["summary"]["not_eligible"] == [
        route["id"] for route in assessment.result["routes"]
    ]
    html = result_page(assessment)
    summary = pages.text(html, "summary")
    assert "On your answers, no route to permanent residence in the draft is open to you." in (
        summary
    )
    assert "You do not meet the general conditions that every route needs." in summary
    assert ("#general-conditions", "general conditions") in pages.links(html, "summary")

    general = pages.text(html, "general-conditions")
    assert "Your answers: ✗ Not met" in general
    assert (
        "✗ Not met You are not staying in China for diplomatic or official purposes "
        "(Art. 10 para. 2) You are in China for diplomatic or official purposes."
    ) in general
    assert "不得申请永久居留资格" in general

    route = pages.text(html, SPOUSE_ROUTE)
    assert "Outcome: ✗ Does not meet the conditions" in route
    assert (
        "What would change this You would also need to meet the general conditions. "
        "See the general conditions."
    ) in route


def test_refusal_risks_raised_by_the_answers_are_shown(submit, result_page):
    record = {
        **ELIGIBLE_SPOUSE["record"],
        "criminal_conviction": "yes",
        "medical_finding": "not_examined",
    }
    html = result_page(submit(changed(ELIGIBLE_SPOUSE, record=record)))
    risks = pages.text(html, "refusal-risks")
    assert "Your answers raise these risks:" in risks
    assert "! Your answers point to this You have a criminal conviction." in risks
    assert "Art. 26, grounds R3, R6" in risks
    assert "? Cannot tell You have not had the medical examination yet." in risks
    assert "deported" not in risks  # not raised by the answers
    assert "R4 The applicant practised fraud in the application." in risks


def test_no_refusal_risk_is_said_plainly(submit, result_page):
    risks = pages.text(result_page(submit(ELIGIBLE_SPOUSE)), "refusal-risks")
    assert "Nothing in your answers points to a ground for refusal." in risks


def test_every_result_shows_next_steps_the_duty_to_stay_and_what_the_result_is(submit, result_page):
    assessment = submit(JUNIOR_WORKER)
    html = result_page(assessment)

    top = pages.text(html).split("Summary")[0]
    assert "Proposed rule (2020 consultation draft), not law" in top
    assert "This is not legal advice." in top
    assert f"Reference {assessment.reference}" in top
    submitted = date_format(timezone.localtime(assessment.submitted_at), "DATE_FORMAT")
    assert f"Submitted {submitted}" in top
    assert "Rules applied Consultation draft, not in force (version of 2020-02-27)" in top

    steps = pages.text(html, "next-steps")
    assert (
        "Apply in person at the exit-entry administration office of the public security organ "
        "where you reside."
    ) in steps
    assert "attend an interview, and give your fingerprints" in steps
    assert "A decision is due within 120 days of acceptance." in steps
    assert "time spent waiting for a quota does not count" in steps
    assert "审批期限最长为一百二十日" in steps

    duty = pages.text(html, "duty-to-stay")
    assert (
        "If you were granted permanent residence, you would have to stay in China for at least "
        "three months (90 days) every year."
    ) in duty
    assert "Reading: Three months are read as 90 days. This is our reading of the text." in duty
    assert "Whether any exception exists is not known (open question A27)." in duty
    assert "Not staying long enough is a ground for cancelling permanent residence" in duty
    assert "Exit and Entry Administration Law, art. 49(4) (in force)" in duty
    assert "每年在中国境内实际居留时间不得少于三个月" in duty
    assert "Taken from a secondary copy of the text; the official wording may differ slightly." in (
        duty
    )

    about = pages.text(html, "about-this-result")
    assert "The 2020 draft is a consultation draft: it is not in force" in about
    assert "This result is a self-assessment, not legal advice." in about
    assert "Version draft_2020, 2020-02-27" in about
    assert "《中华人民共和国外国人永久居留管理条例（征求意见稿）》" in about
    assert "How we read the draft" in about
    assert "A period of N years is read as at least N full years" in about


def test_your_answers_are_listed_without_change_links(submit, result_page):
    html = result_page(submit(ELIGIBLE_SPOUSE))
    answers = pages.text(html, "your-answers")
    assert "What is your nationality? Brazil" in answers
    assert "Do you have a home in China, owned or rented? Yes" in answers
    assert "Would you like an advisor to contact you? No" in answers
    assert pages.links(html, "your-answers") == []


def test_the_page_offers_print_change_start_again_and_its_own_link(submit, result_page):
    assessment = submit(ELIGIBLE_SPOUSE)
    html = result_page(assessment)
    root = pages.parse(html)
    [button] = root.select("button", id="print-button")
    assert "hidden" in button.attrs  # shown by static/js/print.js
    assert "use your browser's Print command" in root.find("print-hint").text()
    assert root.select("script", src="/static/js/print.js")
    actions = root.find("what-you-can-do")
    forms = {form.attrs["action"]: form.text() for form in actions.select("form")}
    assert forms == {
        f"/a/{assessment.public_id}/change": "Change your answers",
        "/start": "Start a new assessment",
    }
    link = f"http://testserver/a/{assessment.public_id}/result"
    assert (link, link) in pages.links(html, "what-you-can-do")


def test_the_page_is_structured_for_assistive_technology(submit, result_page):
    html = result_page(submit(PROFESSOR_NOT_YET_RECOMMENDED))
    levels = [level for level, _text in pages.headings(html)]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))
    root = pages.parse(html)
    assert [len(root.select(tag)) for tag in ("header", "main", "footer")] == [1, 1, 1]
    assert pages.chinese_without_lang(html) == []


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_chinese_text_and_a_local_date_in_either_language(
    client, submit, result_page, settings, language
):
    assessment = submit(ELIGIBLE_SPOUSE)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    html = result_page(assessment)
    assert f'<html lang="{language}">' in html
    chinese = [quote.text() for quote in pages.parse(html).select("blockquote", lang="zh-Hans")]
    assert any("配偶为居住在中国境内的中国公民" in text for text in chinese)
    # Our English rendering is data too, marked as English in either language.
    english = [quote.text() for quote in pages.parse(html).select("blockquote", lang="en")]
    assert any(text.startswith("A foreigner who needs family reunion") for text in english)
    submitted = timezone.localtime(assessment.submitted_at)
    expected = {
        "en": date_format(submitted, "DATE_FORMAT"),
        "zh-hans": f"{submitted.year} 年 {submitted.month} 月 {submitted.day} 日",
    }[language]
    assert expected in pages.text(html, "main")
