"""The result page in real Chromium: printed to an A4 PDF, the Print button, axe-core scans."""

import unicodedata
from io import BytesIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from django.utils.formats import date_format
from pypdf import PdfReader

from eligibility.models import Assessment
from tests.conftest import AXE_OPTIONS
from tests.result.conftest import (
    DIPLOMAT,
    ELIGIBLE_SPOUSE,
    PROFESSOR_NOT_YET_RECOMMENDED,
    SPOUSE_ROUTE,
    result_url,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

A4_POINTS = (595.3, 841.9)
# On paper there is nothing to touch: the target-size rule does not apply to the printed page.
AXE_PRINT_OPTIONS = {**AXE_OPTIONS, "rules": {"target-size": {"enabled": False}}}
OPEN_EVERY_DETAILS = "document.querySelectorAll('details').forEach(d => { d.open = true; })"


def printed(page) -> list[str]:
    """The page printed by Chromium to an A4 PDF: the text of each page, whitespace collapsed.

    pypdf reads some Chinese characters back as their Kangxi radical look-alikes (⼈ for 人), as
    the font maps them: NFKC folds them back (and full-width punctuation to ASCII)."""
    page.emulate_media(media="print")
    reader = PdfReader(BytesIO(page.pdf(format="A4")))
    texts = []
    for pdf_page in reader.pages:
        size = (float(pdf_page.mediabox.width), float(pdf_page.mediabox.height))
        assert all(abs(got - a4) < 2 for got, a4 in zip(size, A4_POINTS, strict=True)), size
        texts.append(" ".join(unicodedata.normalize("NFKC", pdf_page.extract_text()).split()))
    return texts


def test_the_printed_result_is_a_clean_a4_document(submit, page):
    assessment = submit(ELIGIBLE_SPOUSE)
    page.goto(result_url(assessment))
    pdf_pages = printed(page)
    document = " ".join(pdf_pages)

    # The reference and the date near the top of page 1.
    submitted = date_format(timezone.localtime(assessment.submitted_at), "DATE_FORMAT")
    first_page = pdf_pages[0]
    assert f"Reference {assessment.reference}" in first_page
    assert f"Submitted {submitted}" in first_page
    assert first_page.index(assessment.reference) < first_page.index("Summary")
    assert "Proposed rule (2020 consultation draft), not law" in first_page

    # Citations, with the Chinese text.
    assert "Art. 17(1). Source text: Verbatim" in document
    # pypdf reads 民 back as the radical ⺠, which NFKC leaves as it is: the phrases avoid it, and
    # the whole Chinese text is checked on the page as printed.
    assert "第十七条 外国人有家庭团聚需要" in document
    assert "婚后已在中国境内与配偶共同生活五" in document.replace(" ", "")
    chinese = page.locator(f"#{SPOUSE_ROUTE} blockquote[lang=zh-Hans]")
    assert chinese.is_visible()
    assert "配偶为居住在中国境内的中国公民或者永久居留外国人" in chinese.inner_text()
    assert "Our English rendering A foreigner who needs family reunion" in document
    assert "The exact text of this provision is not available" not in document  # no such route
    # Closed <details> print in full: the routes that do not concern the applicant, the grounds.
    assert "Investment in China of at least RMB 10 million (Art. 16)" in document
    assert "R4 The applicant practised fraud in the application." in document
    for heading in ("Next steps", "After approval: your duty to stay in China", "Your answers"):
        assert heading in document
    assert "A decision is due within 120 days of acceptance." in document

    # No navigation, language switcher, buttons, forms, private link or link addresses.
    for screen_only in (
        "Skip to main content",
        "简体中文",
        "Print this result",
        "Print command",
        "Change your answers",
        "Start a new assessment",
        "Save this link",
        str(assessment.public_id),
        "#route-",
        "#general-conditions",
    ):
        assert screen_only not in document, screen_only


def test_the_print_button_works_with_javascript_and_the_page_says_how_without(
    submit, page, browser, live_server
):
    assessment = submit(ELIGIBLE_SPOUSE)
    page.goto(result_url(assessment))
    button = page.get_by_role("button", name="Print this result")
    assert button.is_visible()
    assert not page.locator("#print-hint").is_visible()
    page.evaluate("window.print = () => { window.printed = true; }")
    button.click()
    assert page.evaluate("window.printed") is True

    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        no_script = context.new_page()
        no_script.goto(result_url(assessment))
        assert not no_script.get_by_role("button", name="Print this result").is_visible()
        assert no_script.get_by_text("use your browser's Print command").is_visible()
    finally:
        context.close()


def test_change_your_answers_opens_a_new_assessment_to_check(submit, page):
    assessment = submit(ELIGIBLE_SPOUSE)
    page.goto(result_url(assessment))
    page.get_by_role("button", name="Change your answers").click()
    assert page.locator("h1").inner_text() == "Check your answers before submitting"
    new = Assessment.objects.latest("created_at")
    assert new.pk != assessment.pk
    assert str(new.public_id) in page.url


@pytest.mark.parametrize("applicant", [PROFESSOR_NOT_YET_RECOMMENDED, DIPLOMAT])
def test_axe_finds_nothing_on_screen_in_print_and_in_chinese(
    submit, page, live_server, axe_violations, applicant
):
    assessment = submit(applicant)
    page.goto(result_url(assessment))
    page.evaluate(OPEN_EVERY_DETAILS)
    assert axe_violations(page) == [], "screen"

    page.emulate_media(media="print")
    violations = Axe().run(page, options=AXE_PRINT_OPTIONS).response["violations"]
    assert [violation["id"] for violation in violations] == [], "print"
    page.emulate_media(media="screen")

    page.context.add_cookies(
        [{"name": "django_language", "value": "zh-hans", "url": live_server.url}]
    )
    page.goto(result_url(assessment))
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    page.evaluate(OPEN_EVERY_DETAILS)
    assert axe_violations(page) == [], "Chinese interface"


def test_a_phone_shows_the_result_without_scrolling_sideways(submit, page):
    assessment = submit(PROFESSOR_NOT_YET_RECOMMENDED)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(result_url(assessment))
    page.evaluate(OPEN_EVERY_DETAILS)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
