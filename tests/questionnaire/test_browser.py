"""Complete journeys in real Chromium, and axe-core scans of every kind of page."""

from collections.abc import Iterator
from datetime import date

import pytest
from django.forms import Select

from eligibility import flow
from eligibility.models import Assessment
from tests.questionnaire.applicants import HIGH_EARNER, PROFESSOR, SPOUSE, Form, answers_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def new_page(browser, live_server) -> Iterator:
    """Opens tabs with their own settings (no JavaScript, a phone's screen)."""
    from django.db import connections

    contexts = []

    def open_page(**settings):
        context = browser.new_context(base_url=live_server.url, locale="en-GB", **settings)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
    connections.close_all()


def fill_with_mouse(page, form: Form) -> None:
    for name, value in form.items():
        if isinstance(value, date):
            for part in ("day", "month", "year"):
                page.fill(f"input[name={name}_{part}]", str(getattr(value, part)))
        elif isinstance(value, list):
            for item in value:
                page.check(f"input[name={name}][value={item}]")
        elif page.locator(f"input[type=radio][name={name}]").count():
            page.check(f"input[name={name}][value={value}]")
        elif page.locator(f"select#id_{name}").count():
            page.select_option(f"#id_{name}", value)
        else:
            page.fill(f"#id_{name}", value)


def heading(page) -> str:
    return page.locator("h1").inner_text()


def journey_with_mouse(page, applicant: dict[str, Form]) -> None:
    page.goto("/")
    page.get_by_role("button", name="Start now").click()
    answered = 0
    answers = answers_of(applicant)
    for page_id, form in applicant.items():
        form_class = flow.PAGES_BY_ID[page_id].form_class
        assert heading(page) == str(form_class.title())
        progress = page.locator(".question-progress").inner_text()
        assert progress.startswith(f"Questions answered: {answered} of ")
        answered += flow.questions_on(flow.PAGES_BY_ID[page_id], answers)
        fill_with_mouse(page, form)
        page.get_by_role("button", name="Continue").click()
    assert heading(page) == "Check your answers before submitting"
    page.get_by_role("button", name="Submit and see your result").click()
    assert heading(page) == "Your result"


def outcome_of(page, route_id: str) -> str:
    """The outcome the result page shows for a route, on the section that opens its details."""
    details = page.locator("details", has=page.locator(f"#route-{route_id}"))
    return details.locator("summary .outcome-label").inner_text()


def decision_of(page, rule_set: str) -> str:
    """The answer the result gives first under a rule set ("current" or "draft")."""
    return page.locator(f"#{rule_set}-decision .decision-answer").inner_text().strip()


def test_a_professor_at_a_key_university_without_javascript(new_page):
    page = new_page(java_script_enabled=False)
    journey_with_mouse(page, PROFESSOR)
    # The rules in force come first: what the professor can apply for now.
    assert page.locator(".decision-title").all_inner_texts() == [
        "What you can apply for now",
        "If the 2020 draft became law",
    ]
    assert decision_of(page, "current") == "✓ Yes, you can apply now"
    assert outcome_of(page, "cur_a6_2_senior_post_or_title") == "Meets the conditions"
    assert decision_of(page, "draft") == "✓ You would meet the conditions"
    assert outcome_of(page, "draft_a13_2_key_institution_academic") == "Meets the conditions"
    assert Assessment.objects.get().reference in page.content()


def test_a_long_term_high_earner_on_a_phone(new_page):
    page = new_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    journey_with_mouse(page, HIGH_EARNER)
    assert decision_of(page, "current") == "✓? Yes, if you are recommended"
    assert outcome_of(page, "cur_2019_2_salary_tax") == "Meets the conditions if recommended"
    assert outcome_of(page, "draft_a15_3_four_years_6x") == "Meets the conditions"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assessment = Assessment.objects.get()
    assert (assessment.contact_consent, assessment.contact_email) == (True, "anna@example.com")


# --- With the keyboard alone ------------------------------------------------------------------


def tab_to(page, is_target: str, limit: int = 100) -> None:
    """Presses Tab until ``is_target`` (JavaScript, given the focused element ``el``) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => Boolean({is_target}))(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {is_target}")


def tab_to_id(page, element_id: str) -> None:
    tab_to(page, f"el.id === {element_id!r}")


def press_button(page, name: str) -> None:
    tab_to(page, f"el.tagName === 'BUTTON' && el.textContent.trim() === {name!r}")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def date_parts_on(page, name: str) -> list[str]:
    """The parts of a date's boxes in the order the page shows them: day, month, year or
    year, month, day."""
    names = page.eval_on_selector_all(
        f"input[type=text][name^={name}_]", "boxes => boxes.map(box => box.name)"
    )
    return [box_name.removeprefix(f"{name}_") for box_name in names]


def fill_with_keyboard(page, page_id: str, form: Form) -> None:
    fields = flow.PAGES_BY_ID[page_id].form_class.base_fields
    for name, value in form.items():
        if isinstance(value, date):
            # The boxes come in the order the language writes a date: day first in English.
            tab_to_id(page, f"id_{name}_0")
            for number, part in enumerate(date_parts_on(page, name)):
                if number:
                    page.keyboard.press("Tab")
                page.keyboard.type(str(getattr(value, part)))
        elif isinstance(value, list):
            values = [choice for choice, _label in fields[name].choices]
            for item in value:
                tab_to_id(page, f"id_{name}_{values.index(item)}")
                page.keyboard.press("Space")
        elif isinstance(fields[name].widget, Select):
            # A list opens on its current option; typing a name selects it.
            tab_to_id(page, f"id_{name}")
            page.keyboard.type(str(dict(fields[name].choices)[value]))
        elif hasattr(fields[name], "choices"):
            # Tab enters a group of radios on its first one; arrows move and select.
            values = [choice for choice, _label in fields[name].choices]
            tab_to_id(page, f"id_{name}_0")
            index = values.index(value)
            page.keyboard.press("ArrowDown" if index else "Space")
            for _ in range(index - 1):
                page.keyboard.press("ArrowDown")
        else:
            tab_to_id(page, f"id_{name}")
            page.keyboard.type(value)
    press_button(page, "Continue")


def test_the_spouse_of_a_chinese_citizen_with_the_keyboard_alone(page):
    page.goto("/")
    press_button(page, "Start now")
    for page_id, form in SPOUSE.items():
        assert heading(page) == str(flow.PAGES_BY_ID[page_id].form_class.title())
        if page_id == "days-each-year":
            # A mistake first: focus goes to the error summary, whose link leads to the field.
            fill_with_keyboard(page, page_id, {"fewest_days_in_china_per_year": "400"})
            assert page.title().startswith("Error: ")
            assert page.evaluate("document.activeElement.id") == "error-summary"
            page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            assert page.evaluate("document.activeElement.id") == "id_fewest_days_in_china_per_year"
            page.keyboard.press("Control+A")
            page.keyboard.type(form["fewest_days_in_china_per_year"])
            with page.expect_navigation():
                page.keyboard.press("Enter")
            continue
        fill_with_keyboard(page, page_id, form)
    assert heading(page) == "Check your answers before submitting"
    press_button(page, "Submit and see your result")
    assert heading(page) == "Your result"
    assert outcome_of(page, "draft_a17_1_spouse") == "Meets the conditions"
    assert Assessment.objects.get().answers["fewest_days_in_china_per_year"] == 300


# --- Resume, back and change ------------------------------------------------------------------


def test_the_private_link_brings_the_applicant_back_on_another_device(page, new_page):
    page.goto("/")
    page.get_by_role("button", name="Start now").click()
    fill_with_mouse(page, SPOUSE["about-you"])
    page.get_by_role("button", name="Continue").click()
    link = page.locator(".resume-link-url").inner_text()

    other_device = new_page()
    other_device.goto(link)
    assert heading(other_device) == "Which of these apply to you?"
    other_device.get_by_role("link", name="Back").click()
    assert other_device.locator("#id_nationality").input_value() == "BR"


def test_the_browsers_back_button_and_reload_neither_resubmit_nor_lose_answers(page):
    page.goto("/")
    page.get_by_role("button", name="Start now").click()
    fill_with_mouse(page, SPOUSE["about-you"])
    page.get_by_role("button", name="Continue").click()
    saved = Assessment.objects.get().updated_at

    page.reload()
    assert heading(page) == "Which of these apply to you?"
    page.go_back()
    assert heading(page) == "About you"
    assert page.locator("#id_nationality").input_value() == "BR"
    page.go_forward()
    assert heading(page) == "Which of these apply to you?"
    assert Assessment.objects.get().updated_at == saved


def test_change_returns_to_check_your_answers(page):
    page.goto("/")
    page.get_by_role("button", name="Start now").click()
    for form in SPOUSE.values():
        fill_with_mouse(page, form)
        page.get_by_role("button", name="Continue").click()
    page.get_by_role("link", name="Change When did you marry?").click()
    assert heading(page) == "Your marriage"
    page.fill("input[name=marriage_date_year]", "2016")
    page.get_by_role("button", name="Continue").click()
    assert heading(page) == "Check your answers before submitting"
    assert page.get_by_text("1 June 2016").is_visible()


# --- Accessibility ----------------------------------------------------------------------------


def test_axe_finds_nothing_on_any_kind_of_page(page, axe_violations):
    page.goto("/")
    assert axe_violations(page) == [], "start page"
    page.get_by_role("button", name="Start now").click()
    assert axe_violations(page) == [], "question page"

    page.get_by_role("button", name="Continue").click()
    assert page.title().startswith("Error: ")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert axe_violations(page) == [], "question page with errors"

    fill_with_mouse(page, SPOUSE["about-you"])
    page.get_by_role("button", name="Continue").click()
    assert axe_violations(page) == [], "checkboxes"
    for form in list(SPOUSE.values())[1:]:
        fill_with_mouse(page, form)
        page.get_by_role("button", name="Continue").click()
    assert heading(page) == "Check your answers before submitting"
    assert axe_violations(page) == [], "check your answers"

    page.get_by_role("button", name="Submit and see your result").click()
    assert heading(page) == "Your result"
    assert axe_violations(page) == [], "result page"


def test_axe_finds_nothing_on_the_404_page(page, axe_violations):
    response = page.goto("/a/not-a-link/")
    assert response.status == 404
    assert axe_violations(page) == []
