"""What the result page tells each applicant: the answer first (can I apply now, on which route,
what next, what would change it) under the rules in force, then under the draft; next steps,
documents and the duty after grant only where a route is open or could open; the details in
sections the reader opens."""

import re
from datetime import date

import pytest
from django.utils.formats import date_format

from eligibility.results import full_results
from tests.result import pages
from tests.result.conftest import (
    CHILD_OF_RESIDENT,
    DIPLOMAT,
    ELIGIBLE_SPOUSE,
    ENGINEER,
    JOURNEYS,
    JUNIOR_WORKER,
    PROFESSOR_NOT_YET_RECOMMENDED,
    SCIENTIST_ABROAD,
    SPOUSE_WITH_OTHER_REASON,
    STUDENT,
    WAGE_UNKNOWN,
    changed,
)

SALARY_ROUTE = (
    "4 years' work in China with a wage of at least 6× the local average and matching income "
    "tax, recommended by your employer"
)
GENERAL_DOCUMENTS = (
    "A completed application form.",
    "A valid passport.",
    "Four recent 2-inch colour photos.",
    "Chinese translations of foreign documents.",
)


def decision(html: str, rule_set: str) -> dict[str, list[str]]:
    """A decision block as a reader takes it in: its heading, label and answer, then each
    labelled item (Route, What to do next, …) with its lines."""
    block = pages.parse(html).find(f"{rule_set}-decision")
    found = {
        "heading": [block.select("h2")[0].text()],
        "label": [block.select("p", class_="decision-label")[0].text()],
        "answer": [block.select("p", class_="decision-answer")[0].text()],
    }
    for item in block.select("div", class_="decision-item"):
        [label] = item.select("dt")
        found[label.text()] = [dd.text() for dd in item.select("dd")]
    return found


def closed_details(html: str, section_id: str) -> dict[str, pages.Element]:
    """The sections a reader opens, by the text of their summary: all closed."""
    found = {}
    for details in pages.parse(html).find(section_id).select("details"):
        assert "open" not in details.attrs
        [summary] = details.select("summary")
        found[summary.text()] = details
    return found


def test_the_engineer_reads_first_that_a_recommendation_opens_a_route_now(submit, result_page):
    html = result_page(submit(ENGINEER))
    assert decision(html, "current") == {
        "heading": ["What you can apply for now"],
        "label": ["Rules in force"],
        "answer": ["✓? Yes, if you are recommended"],
        "Route:": [f"{SALARY_ROUTE} (2019 nationwide measures, item (2))"],
        "What to do next:": [
            "Ask your current employer to recommend you, then apply. See the next steps."
        ],
        "What would change this answer:": [
            "Whether you are recommended: the recommending body decides."
        ],
    }
    assert decision(html, "draft") == {
        "heading": ["If the 2020 draft became law"],
        "label": ["Proposed rule (2020 consultation draft), not law"],
        "answer": ["✓ You would meet the conditions"],
        "Route:": [
            "4 years' continuous work in China, with a wage of at least 6× the local average "
            "(Art. 15(3))"
        ],
        "What would change this answer:": ["Nothing in your answers would stand in the way."],
    }
    assert "The draft is not law: no one can apply under it today." in pages.text(
        html, "draft-decision"
    )
    # The rules in force come first, then the draft, then the next steps.
    ids = [e.attrs.get("id") for e in pages.parse(html).iter() if e.tag in ("section", "h2")]
    assert ids.index("current-decision") < ids.index("draft-decision") < ids.index("next-steps")
    links = dict(pages.links(html, "current-decision"))
    assert links["#route-cur_2019_2_salary_tax"] == SALARY_ROUTE
    assert links["#next-steps"] == "See the next steps."


def test_the_next_steps_under_the_rules_in_force_are_real_ones(submit, result_page):
    html = result_page(submit(ENGINEER))
    steps = [li.text() for li in pages.parse(html).find("next-steps").select("li")]
    assert steps[0] == "Get a recommendation from your current employer."
    text = pages.text(html, "next-steps")
    for expected in (
        "Apply to the exit-entry administration of the public security bureau of the city where "
        "you live long-term",
        "someone you authorise applies for you, with your power of attorney",
        "Fees: RMB 1,500 per person for the application and RMB 300 for the card",
        "A decision is due within 6 months of acceptance.",
        "obtain a D visa with it at a Chinese embassy or consulate",
        # The local office has the final word on documents.
        "The local exit-entry office has the final word on documents and may ask for more",
        "Once granted permanent residence, you must stay in China for at least three months "
        "(90 days) in total every year.",
        "An applicant aged 18 or over when approved receives a card valid for 10 years",
    ):
        assert expected in text, expected
    # The family who may apply along, carried by the open route, with what they add.
    assert (
        f"Your family If you apply on “{SALARY_ROUTE}”, your spouse and children under 18 may "
        "apply together with you. They apply with their own documents, and also need: "
        "Your marriage certificate."
    ) in text


def test_documents_are_listed_once_general_ones_then_what_each_route_adds(submit, result_page):
    html = result_page(submit(ENGINEER))
    documents = pages.parse(html).find("current-documents")
    headings = [p.text() for p in documents.select("p", class_="documents-heading")]
    assert headings == ["Documents for any route:", f"For “{SALARY_ROUTE}”, also:"]
    general, route = (ul.select("li") for ul in documents.select("ul"))
    assert [li.text() for li in general][:2] == list(GENERAL_DOCUMENTS[:2])
    assert "Your employer's recommendation letter." in [li.text() for li in route]
    # Each document once: no route repeats the general ones (the draft's list, for the routes
    # it would open, is among its details).
    for region in ("next-steps", "draft-procedure"):
        text = pages.text(html, region)
        for document in ("A completed application form.", "Chinese translations"):
            assert text.count(document) == 1, (region, document)
    # Routes that are not open add nothing to the list.
    assert "Your employer's certificate of your post or title." not in pages.text(html)


def test_the_spouse_can_apply_now_and_reads_what_the_office_judges(submit, result_page):
    html = result_page(submit(ELIGIBLE_SPOUSE))
    current = decision(html, "current")
    assert current["answer"] == ["✓ Yes, you can apply now"]
    assert current["Route:"] == [
        "Spouse of a Chinese citizen or permanent resident, married 5 years, 5 years in China "
        "(2004 Measures, art. 6(1)(5))"
    ]
    assert current["What to do next:"] == [
        "Prepare your documents and apply to the exit-entry administration of the public "
        "security bureau. See the next steps."
    ]
    assert current["What would change this answer:"] == [
        "You have a stable livelihood: No amount is set (open question A23)."
    ]
    assert decision(html, "draft")["answer"] == ["✓ You would meet the conditions"]
    text = pages.text(html, "next-steps")
    assert "Your Chinese spouse's household registration" in text
    assert "Get a recommendation" not in text
    assert "Your family" not in text  # nobody to bring along


def test_a_child_reads_the_18th_birthday_as_a_deadline_with_the_wait_under_each_rule_set(
    submit, result_page
):
    assessment = submit(CHILD_OF_RESIDENT)
    html = result_page(assessment)
    born = date.fromisoformat(assessment.answers["date_of_birth"])
    birthday = date_format(born.replace(year=born.year + 18), "DATE_FORMAT")
    [current] = decision(html, "current")["Your deadline:"]
    assert current.startswith(f"You turn 18 on {birthday}. A decision is due within six months")
    assert "apply as early as you can" in current
    [draft] = decision(html, "draft")["Your deadline:"]
    assert draft.startswith(f"You turn 18 on {birthday}. A decision is due within 120 days")
    assert "time spent waiting for a quota does not count and has no limit" in draft
    # The processing time, and the card a minor gets, in the next steps.
    text = pages.text(html, "next-steps")
    assert "A decision is due within 6 months of acceptance." in text
    assert f"you would still be under 18 (you turn 18 on {birthday})" in text


def test_a_scientist_abroad_is_told_how_to_apply_from_abroad(submit, result_page):
    html = result_page(submit(SCIENTIST_ABROAD))
    current = decision(html, "current")
    assert current["answer"] == ["✓? Yes, if you are recommended"]
    assert current["What to do next:"][0].startswith("Ask a relevant competent national")
    [note, *_] = pages.parse(html).find("next-steps").select("div", class_="result-notices")
    assert note.text().startswith(
        "You live outside China. The 2004 Measures let someone you authorise apply for you"
    )
    assert "ask the exit-entry office of the city where you would live" in note.text()
    text = pages.text(html, "next-steps")
    assert "If you are abroad when approved, you receive a confirmation form, obtain a D visa" in (
        text
    )
    # Under the draft, the recognised achievement rests on the applicant's own statement.
    assert decision(html, "draft")["What would change this answer:"] == [
        "You have an internationally recognised, outstanding achievement in economics, science "
        "and technology, education, culture, health, sport or a similar field: This rests on "
        "your own statement: no official standard is published, and the authorities decide "
        "(open question A2)."
    ]
    details = pages.text(html, "draft-details")
    assert "You live outside China. The draft says to apply where you reside in China" not in (
        pages.text(html, "next-steps")
    )
    assert "Internationally recognised outstanding achievement" in details


def test_a_student_gets_what_could_open_a_route_and_nothing_about_applying(submit, result_page):
    html = result_page(submit(STUDENT))
    current = decision(html, "current")
    assert current["answer"] == ["✗ No route is open to you now"]
    assert "Route:" not in current
    assert current["What to do next:"] == ["Nothing to apply for yet. See what could open a route."]
    could_open = pages.text(html, "could-open")
    assert "They are for people in these situations: You have invested in China You work in" in (
        could_open
    )
    page = pages.text(html)
    for about_applying in (
        "Next steps",
        "Documents for any route",
        "After approval",
        "duty to stay",
        "How an application is made",
        "A decision is due",
        "Fees:",
    ):
        assert about_applying not in page, about_applying
    # No "other" routes when none is listed, and no side-by-side table of nothing.
    assert "other route" not in page
    assert "The 15 routes, none of which concerns you" in closed_details(html, "current-details")
    assert "comparison" not in [e.attrs.get("id") for e in pages.parse(html).iter()]


def test_with_no_route_open_the_nearest_gaps_say_what_is_missing_and_when(submit, result_page):
    html = result_page(submit(JUNIOR_WORKER))
    current = decision(html, "current")
    assert current["answer"] == ["✗ No route is open to you now"]
    nearest = current["What would change this answer:"]
    assert nearest[-1].startswith("For the nearest route: ")
    could_open = pages.text(html, "could-open")
    assert could_open.startswith(
        "What could open a route The routes nearest to you under the rules in force, and what "
        "each one still needs:"
    )
    # The engine's gaps, with the date each period would be reached.
    assert re.search(r"more years of continuous work in China \(4 years on \d+ \w+ \d{4}", html)
    assert "Next steps" not in pages.text(html)


def test_cannot_tell_names_what_decides_it(submit, result_page):
    html = result_page(submit(WAGE_UNKNOWN))
    draft = decision(html, "draft")
    assert draft["answer"] == ["? We cannot tell"]
    [reason] = draft["What would change this answer:"]  # once, though two conditions need it
    assert reason.startswith(
        "You have not given the local average wage, so we cannot compare your wage with it."
    )


def test_every_route_that_concerns_the_applicant_opens_with_its_conditions_and_text(
    submit, result_page
):
    html = result_page(submit(ENGINEER))
    routes = closed_details(html, "current-details")
    salary = routes[f"{SALARY_ROUTE} ✓? Meets the conditions if recommended"].text()
    assert "Needs a recommendation from your current employer." in salary
    assert (
        "✓ Met At the time of application, your annual wage is at least 6× the local average "
        "wage Your gross annual wage now is 7.0× the local average wage; at least 6× is "
        "required."
    ) in salary
    assert "? Cannot tell Your current employer recommends you" in salary
    assert "2019 nationwide measures, item (2). Source text: Verbatim." in salary
    assert "外国人在北京已连续工作满4年" in salary
    senior = routes[
        "Deputy general manager or associate senior title at a listed employer, 4 years in post "
        "✗ Does not meet the conditions"
    ].text()
    assert (
        "What would change this A post of deputy general manager or higher, or an associate "
        "senior title or higher."
    ) in senior
    assert "Basic conditions for every route ✓ Met" in routes
    assert "The 11 other routes, which do not concern you" in routes
    assert "About this result: the rules, their version and how we read them" in routes
    draft = closed_details(html, "draft-details")
    assert "Grounds for refusal None raised by your answers" in draft


def test_sources_are_named_by_what_they_are_and_why_official_first(submit, result_page):
    html = result_page(submit(ENGINEER))
    [senior] = [
        d
        for d in pages.parse(html).find("current-details").select("details")
        if "Deputy general manager" in d.select("summary")[0].text()
    ]
    sources = [
        (li.attrs["class"], li.text(), li.select("a")[0].attrs["href"])
        for li in senior.select("li", class_="source")
    ]
    assert sources[0][0] == "source source-official"
    assert sources[0][1] == (
        "Official source: The 2004 Measures as published by the Liaoning Provincial Public "
        "Security Department, from the National Immigration Administration. gat.ln.gov.cn"
    )
    assert sources[-1][1].startswith(
        "Copy of the text: A Q&A page that quotes arts. 7 and 8: no official copy was found."
    )
    # The transcript on GitHub is named as what it is, with why it is used.
    draft = pages.text(html, "draft-details")
    assert (
        "Transcript: A transcript of a video commentary on the draft (睡前消息 No. 83): the only "
        "source for the numbers of arts. 16 and 18 and the content of art. 18. github.com"
    ) in draft


def test_the_details_say_what_the_result_rests_on(submit, result_page):
    assessment = submit(ENGINEER)
    html = result_page(assessment)
    about = pages.text(html, "current-about-this-result")
    assert "Version Rules as of 1 August 2019" in about
    assert "Exit and Entry Administration Law; Measures for the Administration" in about
    assert "《中华人民共和国出境入境管理法》" in about
    assert "Published at gat.ln.gov.cn" in about
    as_of = date_format(date.fromisoformat(full_results(assessment.results)[0]["as_of_date"]))
    assert f"Periods counted back from {as_of}" in about
    assert "Six months are read as 183 days." in about
    draft = pages.text(html, "draft-about-this-result")
    assert "Version Rules as of 27 February 2020" in draft


def test_a_diplomatic_stay_closes_every_route_under_the_draft(submit, result_page):
    html = result_page(submit(DIPLOMAT))
    assert decision(html, "draft")["answer"] == ["✗ No route of the draft would be open to you"]
    nearest = decision(html, "draft")["What would change this answer:"]
    assert "You would also need to meet the general conditions." in nearest
    general = closed_details(html, "draft-details")["General conditions for every route ✗ Not met"]
    assert (
        "✗ Not met You are not staying in China for diplomatic or official purposes "
        "(Art. 10 para. 2) You are in China for diplomatic or official purposes."
    ) in general.text()


def test_refusal_risks_raised_by_the_answers_are_shown_under_the_draft(submit, result_page):
    record = {**ELIGIBLE_SPOUSE["record"], "criminal_conviction": "yes"}
    applicant = changed(
        ELIGIBLE_SPOUSE, record=record, conviction={"conviction_places": ["abroad_elsewhere"]}
    )
    order = list(ELIGIBLE_SPOUSE)
    applicant = {page: applicant[page] for page in [*order[:5], "conviction", *order[5:]]}
    html = result_page(submit(applicant))
    [risk] = decision(html, "draft")["What would change this answer:"]
    assert risk.startswith("You have a criminal conviction.")
    assert risk.endswith("This is a ground on which an application may be refused.")
    # Under the rules in force a record abroad is a basic condition: it decides every route.
    current = decision(html, "current")
    assert current["answer"] == ["? Perhaps: we cannot tell yet"]
    [unknown] = current["What would change this answer:"]
    assert unknown.startswith(
        "You told us your conviction was in a country where you lived for less"
    )
    risks = closed_details(html, "draft-details")["Grounds for refusal Your answers raise 1 risk"]
    assert "! Your answers point to this You have a criminal conviction." in risks.text()
    assert "Art. 26, grounds R3, R6" in risks.text()


def test_your_answers_are_listed_in_a_section_to_open(submit, result_page):
    html = result_page(submit(ELIGIBLE_SPOUSE))
    [answers] = closed_details(html, "your-answers").values()
    assert "What is your nationality? Brazil" in answers.text()
    assert "Do you have a home in China, owned or rented? Yes" in answers.text()
    assert pages.links(html, "your-answers") == []


@pytest.mark.parametrize("name", sorted(JOURNEYS))
def test_the_page_is_structured_and_shows_no_internal_ids(submit, result_page, name):
    html = result_page(submit(JOURNEYS[name]))
    levels = [level for level, _text in pages.headings(html)]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))
    root = pages.parse(html)
    assert [len(root.select(tag)) for tag in ("header", "main", "footer")] == [1, 1, 1]
    ids = [e.attrs["id"] for e in root.iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    # The regulation's Chinese is marked as Chinese.
    assert all(
        quote.lang() == "zh-Hans" for quote in root.select("blockquote", class_="provision-zh")
    )
    text = pages.text(html)
    ids = re.findall(r"\b(?:cur|draft)_[a-z0-9_]+|\bcurrent-", text)
    assert ids == []


def test_the_professor_sees_the_other_routes_he_may_meet(submit, result_page):
    html = result_page(submit(PROFESSOR_NOT_YET_RECOMMENDED))
    draft = decision(html, "draft")
    assert draft["answer"] == ["✓ You would meet the conditions"]
    assert draft["Routes:"][-1] == "And 4 more routes that you may meet."


def test_other_routes_that_may_open_are_counted_and_art_19_can_only_be_cannot_tell(
    submit, result_page
):
    html = result_page(submit(SPOUSE_WITH_OTHER_REASON))
    draft = decision(html, "draft")
    assert draft["Route:"][-1] == "And 1 more route that you may meet."
    row = pages.text(html, "comparison")
    assert "? Cannot tell Other legitimate reasons" in row
    assert "Other legitimate reasons ? Cannot tell" in closed_details(html, "draft-details")
