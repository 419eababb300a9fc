"""The question pages in real Chromium, in English and in Chinese: the contrast of form controls
and of the focus ring (WCAG 2.2 AA 1.4.11, which axe does not check), dates and amounts typed as
people write them, a child's date of birth, and axe on each kind of question and its errors."""

import re
from collections.abc import Iterator

import pytest

from eligibility import flow
from tests.questionnaire.applicants import HIGH_EARNER, Form
from tests.questionnaire.test_browser import fill_with_mouse, heading, tab_to, tab_to_id
from tests.questionnaire.test_dates_and_numbers import years_ago

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "zh-hans"]
BROWSER_LOCALE = {"en": "en-GB", "zh-hans": "zh-CN"}
WORDS = {
    "en": {
        "start": "Start now",
        "continue": "Continue",
        "check": "Check your answers before submitting",
    },
    "zh-hans": {"start": "现在开始", "continue": "继续", "check": "提交前请核对您的回答"},
}


@pytest.fixture
def open_tab(browser, live_server) -> Iterator:
    """Opens a tab whose browser prefers the language given, as the applicant's would."""
    from django.db import connections

    contexts = []

    def open_in(language: str):
        context = browser.new_context(base_url=live_server.url, locale=BROWSER_LOCALE[language])
        contexts.append(context)
        return context.new_page()

    yield open_in
    for context in contexts:
        context.close()
    connections.close_all()


def start(page, language: str) -> None:
    page.goto("/")
    with page.expect_navigation():
        page.get_by_role("button", name=WORDS[language]["start"]).click()


def press_continue(page, language: str) -> None:
    """Continue, and wait for the next page to load: styles and boxes are read from it."""
    with page.expect_navigation():
        page.get_by_role("button", name=WORDS[language]["continue"]).click()


def answer_pages(page, language: str, pages: dict[str, Form]) -> None:
    for form in pages.values():
        fill_with_mouse(page, form)
        press_continue(page, language)


# --- Contrast -----------------------------------------------------------------------------------

STYLES = """el => {
  const style = getComputedStyle(el);
  let node = el.parentElement;
  let behind = "rgb(255, 255, 255)";
  for (; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") { behind = colour; break; }
  }
  return {
    borderColours: [style.borderTopColor, style.borderRightColor, style.borderBottomColor,
                    style.borderLeftColor],
    borderWidths: [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth,
                   style.borderLeftWidth],
    inside: style.backgroundColor,
    behind: behind,
    ring: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow],
  };
}"""


def rgb(colour: str) -> tuple[float, float, float]:
    red, green, blue = (float(part) for part in re.findall(r"[\d.]+", colour)[:3])
    return red, green, blue


def luminance(colour: str) -> float:
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def styles(page, selector: str) -> dict:
    return page.eval_on_selector(selector, STYLES)


def assert_boundary_contrast(page, selector: str) -> None:
    """Each side of the control's border is at least 1px and 3:1 against what is on either
    side of it: the page behind and the control's own background."""
    found = styles(page, selector)
    sides = [found["behind"]]
    if found["inside"] != "rgba(0, 0, 0, 0)":
        sides.append(found["inside"])
    for colour, width in zip(found["borderColours"], found["borderWidths"], strict=True):
        assert float(width.removesuffix("px")) >= 1, (selector, width)
        for side in sides:
            assert contrast(colour, side) >= 3, (selector, colour, side)


def focus_ring(page) -> list[str]:
    return page.evaluate(f"({STYLES})(document.activeElement)")["ring"]


def assert_strong_ring(ring: list[str], behind: str) -> None:
    """A solid outline with a dark band around it: the band is at least 2px wide and 3:1
    against the page."""
    style, width, _colour, shadow = ring
    assert style == "solid"
    spread = re.search(r"(rgb\([^)]*\)) 0px 0px 0px (\d+)px", shadow)
    assert spread, shadow
    assert int(spread[2]) - float(width.removesuffix("px")) >= 2
    assert contrast(spread[1], behind) >= 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_controls_and_focus_rings_meet_non_text_contrast(open_tab, language):
    page = open_tab(language)
    start(page, language)
    for selector in ("#id_nationality", "#id_date_of_birth_0", "#id_date_of_birth_2"):
        assert_boundary_contrast(page, selector)

    tab_to(page, "el.classList.contains('back-link')")
    link_ring = focus_ring(page)
    assert_strong_ring(link_ring, "rgb(255, 255, 255)")
    tab_to_id(page, "id_date_of_birth_0")
    assert focus_ring(page) == link_ring, "a date box"
    tab_to_id(page, "id_nationality")
    assert focus_ring(page) == link_ring, "a text box"
    tab_to(page, "el.tagName === 'BUTTON' && el.type === 'submit' && el.closest('main')")
    assert focus_ring(page) == link_ring, "the Continue button"

    press_continue(page, language)  # nothing entered: the boxes are marked as wrong
    for selector in ("#id_nationality", "#id_date_of_birth_1"):
        assert_boundary_contrast(page, selector)
    assert styles(page, "#id_nationality")["borderColours"][0] == "rgb(212, 53, 28)"

    answer_pages(page, language, {"about-you": HIGH_EARNER["about-you"]})
    assert_boundary_contrast(page, "#id_situations_0")
    tab_to_id(page, "id_situations_0")
    assert focus_ring(page) == link_ring, "a checkbox"
    page.keyboard.press("Space")
    assert_boundary_contrast(page, "#id_situations_0")  # ticked

    answer_pages(page, language, {"situations": HIGH_EARNER["situations"]})
    assert_boundary_contrast(page, "#id_stay_purpose_0")
    tab_to_id(page, "id_stay_purpose_0")
    assert focus_ring(page) == link_ring, "a radio"


# --- Dates and amounts --------------------------------------------------------------------------


def box_order(page, name: str) -> list[str]:
    """The parts of a date from left to right as the page shows them, each with its label."""
    boxes = page.eval_on_selector_all(
        f"input[type=text][name^={name}_]",
        """boxes => boxes.map(box => {
          const label = document.querySelector(`label[for="${box.id}"]`);
          const at = box.getBoundingClientRect(), labelAt = label.getBoundingClientRect();
          return {part: box.name, x: at.left, label: label.textContent.trim(),
                  labelAfter: labelAt.left >= at.right};
        })""",
    )
    assert [box["x"] for box in boxes] == sorted(box["x"] for box in boxes)
    return [
        (box["part"].removeprefix(f"{name}_"), box["label"], box["labelAfter"]) for box in boxes
    ]


def test_a_chinese_applicant_writes_dates_and_amounts_the_chinese_way(open_tab):
    page = open_tab("zh-hans")
    start(page, "zh-hans")
    assert box_order(page, "date_of_birth") == [
        ("year", "年", True),
        ("month", "月", True),
        ("day", "日", True),
    ]
    page.fill("input[name=date_of_birth_year]", "１９８０")  # full-width, as a Chinese IME types
    page.fill("input[name=date_of_birth_month]", "8月")
    page.fill("input[name=date_of_birth_day]", "3")
    page.select_option("#id_nationality", "CA")
    press_continue(page, "zh-hans")
    pages = dict(HIGH_EARNER)
    del pages["about-you"]
    pages["days-in-china"] = {
        **HIGH_EARNER["days-in-china"],
        "days_in_china_since_work_start": "3000天",
    }
    pages["wage"] = {
        **HIGH_EARNER["wage"],
        "annual_wage_now_rmb": "150万",
        "local_average_wage_rmb": "¥130,000",
    }
    answer_pages(page, "zh-hans", pages)
    assert heading(page) == WORDS["zh-hans"]["check"]
    answers = page.locator(".summary-list").inner_text()
    for read_back in ("1980 年 8 月 3 日", "3,000 天", "人民币 1,500,000 元", "人民币 130,000 元"):
        assert read_back in answers


def test_an_english_applicant_writes_amounts_with_signs_and_separators(open_tab):
    page = open_tab("en")
    start(page, "en")
    assert box_order(page, "date_of_birth") == [
        ("day", "Day", False),
        ("month", "Month", False),
        ("year", "Year", False),
    ]
    pages = {
        **HIGH_EARNER,
        "wage": {
            **HIGH_EARNER["wage"],
            "annual_wage_now_rmb": "RMB 1.5 million",
            "local_average_wage_rmb": "130 000",
        },
    }
    answer_pages(page, "en", pages)
    assert heading(page) == WORDS["en"]["check"]
    answers = page.locator(".summary-list").inner_text()
    for read_back in ("3 August 1980", "3,000 days", "RMB 1,500,000", "RMB 130,000"):
        assert read_back in answers


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Check the year: with this date of birth you are 16 years old."),
        ("zh-hans", "请核对年份：按这个出生日期，您现在 16 周岁。"),
    ],
)
def test_a_childs_date_of_birth_is_confirmed_by_continuing_again(
    open_tab, axe_violations, language, message
):
    page = open_tab(language)
    start(page, language)
    fill_with_mouse(page, {"date_of_birth": years_ago(16), "nationality": "FR"})
    press_continue(page, language)
    assert message in page.locator(".error-summary").inner_text()
    assert axe_violations(page) == [], "the confirmation"
    press_continue(page, language)
    assert page.locator("input[name=situations]").count()  # on to the next question


# --- axe ----------------------------------------------------------------------------------------

# One of each kind of question: date and text boxes, checkboxes, radios, counts, amounts by
# year, a text area, and the contact page's radios, name and e-mail address.
EACH_KIND = {
    **{page_id: form for page_id, form in HIGH_EARNER.items() if page_id != "contact"},
    "situations": {"situations": ["work", "other_reason"]},
}
del EACH_KIND["accompanying-family"]
EACH_KIND |= {
    "other-reason": {"other_reason": "My family lives in Shanghai."},
    "accompanying-family": {"accompanying_family": ["none"]},
    "contact": HIGH_EARNER["contact"],
}
# What is typed first on some pages, to see them with errors: nothing, or something unclear.
MISTAKES = {
    "about-you": {"date_of_birth_day": "1", "date_of_birth_month": "5", "date_of_birth_year": "90"},
    "situations": {},
    "stay": {},
    "days-in-china": {"days_in_china_since_work_start": "9万"},
    "wage": {"annual_wage_now_rmb": "1,2,3", "local_average_wage_rmb": "$5"},
    "wage-by-year": {"annual_wage_rmb": "about a million"},
    "other-reason": {},
    "contact": {"contact_email": "not an address"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_on_each_kind_of_question_and_its_errors(
    open_tab, axe_violations, language
):
    page = open_tab(language)
    start(page, language)
    for page_id, form in EACH_KIND.items():
        assert heading(page) == title_in(language, page_id)
        if page_id in MISTAKES:
            assert axe_violations(page) == [], page_id
            for name, value in MISTAKES[page_id].items():
                page.fill(f"[name={name}]", value)
            press_continue(page, language)
            assert page.locator(".error-summary").count(), page_id
            assert axe_violations(page) == [], f"{page_id} with errors"
        fill_with_mouse(page, form)
        press_continue(page, language)
    assert heading(page) == WORDS[language]["check"]


def title_in(language: str, page_id: str) -> str:
    from django.utils import translation

    with translation.override(language):
        return str(flow.PAGES_BY_ID[page_id].form_class.title())
