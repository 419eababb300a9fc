"""Under the strict Content-Security-Policy, the pages still work in Chromium and report no
violation: the questionnaire (its script moves the focus to errors), the result page's Print
button and the admin's scripts."""

import pytest
from django.contrib.auth.models import User

from tests.questionnaire.applicants import HIGH_EARNER
from tests.questionnaire.test_browser import journey_with_mouse

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def watched(page):
    """The tab, keeping in ``page.problems`` what the console says about the policy and any
    script error."""
    page.problems = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and page.problems.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    return page


def violations(page) -> list[str]:
    return page.evaluate("window.cspViolations") + page.problems


def test_the_questionnaire_and_the_result_work_under_the_policy(watched):
    page = watched
    response = page.goto("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.get_by_role("button", name="Start now").click()
    page.get_by_role("button", name="Continue").click()  # nothing answered
    assert page.evaluate("document.activeElement.id") == "error-summary"  # questionnaire.js ran
    assert violations(page) == []

    page.goto("/")
    journey_with_mouse(page, HIGH_EARNER)
    button = page.get_by_role("button", name="Print this result")
    button.wait_for(state="visible")  # print.js (deferred) ran
    page.evaluate("window.print = () => { window.printed = true; }")
    button.click()
    assert page.evaluate("window.printed") is True
    assert violations(page) == []


def test_the_admin_works_under_the_policy(watched, submit):
    page = watched
    submit(HIGH_EARNER)
    User.objects.create_superuser("admin", password="a long admin passphrase")

    page.goto("/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "a long admin passphrase")
    page.get_by_role("button", name="Log in").click()
    page.goto("/admin/eligibility/assessment/")
    page.check("#action-toggle")  # admin/js/actions.js counts the selection
    assert "1 of 1 selected" in page.locator(".action-counter").inner_text()
    page.locator("#result_list tbody a").first.click()
    page.wait_for_url("**/change/")
    assert page.locator(".assessment-answers").is_visible()
    assert violations(page) == []
