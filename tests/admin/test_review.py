"""The detail page as an advisor works with it: the summary card on the first screen, notes,
saving and going on to the next in the queue, and concurrent edits that lose nothing."""

import html
import re
from datetime import timedelta

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from eligibility.models import Assessment, Note
from tests.admin.conftest import HIGH_EARNER, PROFESSOR, SPOUSE, STARTED, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")


def change_url(assessment: Assessment) -> str:
    return reverse("admin:eligibility_assessment_change", args=[assessment.pk])


def text_of(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def card_of(page: str) -> str:
    start = page.index('<section class="summary-card"')
    return text_of(page[start : page.index("</section>", start)])


def form_post(assessment: Assessment, **changes: str) -> dict[str, str]:
    """The change form as the browser sends it, opened on the assessment as it is now."""
    return {
        "review_status": assessment.review_status,
        "assigned_advisor": str(assessment.assigned_advisor_id or ""),
        "follow_up_on": assessment.follow_up_on.isoformat() if assessment.follow_up_on else "",
        "new_note": "",
        "version": str(assessment.advisor_version),
        **changes,
    }


def test_the_summary_card_comes_first_with_outcome_risks_contact_and_rule_set(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(
        {**HIGH_EARNER, "health_conditions": ["serious_mental_or_infectious"]},
        contact=("Wang Wei", "wang.wei@example.com"),
        language="zh-hans",
    )

    page = advisor_client.get(change_url(assessment)).content.decode()

    card = card_of(page)
    assert page.index("summary-card") < page.index("Advisor review") < page.index("Answers")
    assert f"Summary of {assessment.reference}" in card
    # Each rule set by the name the applicant saw, the rules in force first.
    in_force = card[card.index("Rules in force") : card.index("Proposed rule (2020")]
    draft = card[
        card.index("Proposed rule (2020 consultation draft), not law") : card.index("Contact")
    ]
    assert "draft_2020" not in card
    # Under the rules in force, good health is a condition; under the draft, a refusal ground.
    assert "Does not meet the conditions No route is open on these answers." in in_force
    assert "Refusal risk" not in in_force
    assert "Meets the conditions" in draft
    assert (
        "Refusal risk indicated: Medical (R2): You told us you have a serious mental disorder"
    ) in draft
    assert "Art. 15(4): 8 years' continuous work" in draft
    assert "Agreed to be contacted : Wang Wei, wang.wei@example.com" in card
    assert 'href="mailto:wang.wei@example.com"' in page
    assert "Language Simplified Chinese" in card
    assert "Nationality Canada" in card
    assert "Age 46" in card
    assert "Periods counted back from 2 November 2026" in card
    assert "Rules in force version of 2019-08-01" in card
    assert "Proposed rule (2020 consultation draft), not law version of 2020-02-27" in card


def test_the_summary_card_says_what_to_tell_the_applicant_under_each_rule_set(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(SPOUSE)

    card = card_of(advisor_client.get(change_url(assessment)).content.decode())

    tell = card[card.index("What to tell the applicant") :]
    in_force, draft = tell.split("What to tell the applicant: next steps and documents (Proposed")
    assert in_force.startswith(
        "What to tell the applicant: next steps and documents (Rules in force)"
    )
    assert "Apply to the exit-entry administration of the public security bureau" in in_force
    assert "A decision is due within 6 months of acceptance." in in_force
    # Documents listed once, as on the applicant's page: those for any route, then the route's.
    assert "Documents for any route: A completed application form. A valid passport." in in_force
    assert "For “Spouse of a Chinese citizen or permanent resident, married 5 years" in in_force
    assert in_force.count("Your marriage certificate.") == 1
    assert "Apply in person at the exit-entry administration office" in draft
    assert "A decision is due within 120 days of acceptance." in draft
    assert "Your marriage certificate." in draft


def test_the_summary_card_tells_what_could_open_a_route_where_the_applicant_was_told_so(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    # Good health is a condition of every route in force: the applicant's page said what could
    # open a route, not how to apply; under the draft, art. 15(4) stays open with a risk.
    assessment = make_assessment(
        {**HIGH_EARNER, "health_conditions": ["serious_mental_or_infectious"]}
    )

    card = card_of(advisor_client.get(change_url(assessment)).content.decode())

    tell = card[card.index("What to tell the applicant") :]
    in_force, draft = tell.split("What to tell the applicant: next steps and documents (Proposed")
    assert in_force.startswith("What to tell the applicant: what could open a route (Rules in")
    assert "Apply to the exit-entry administration" not in in_force
    assert "Documents for any route" not in in_force
    assert "Apply in person at the exit-entry administration office" in draft


def test_the_summary_card_shows_no_risk_block_without_an_indicated_risk(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    card = card_of(advisor_client.get(change_url(make_assessment(PROFESSOR))).content.decode())

    assert "Refusal risk indicated" not in card
    assert "Did not agree to be contacted" in card


def test_the_summary_card_of_an_assessment_in_progress_and_a_minor(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment({**STARTED, "date_of_birth": "2015-01-01"}, submitted=False)

    card = card_of(advisor_client.get(change_url(assessment)).content.decode())

    assert "Not submitted yet" in card
    assert "(a minor)" in card
    assert "Nationality Kenya" in card


def test_a_nationality_written_before_the_country_list_is_shown_as_written(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment({**PROFESSOR, "nationality": "Kenyan and British"})

    page = text_of(advisor_client.get(change_url(assessment)).content.decode())

    assert "Nationality Kenyan and British" in page
    assert "What is your nationality? Kenyan and British" in page


def test_save_is_at_the_top_too(advisor_client: Client, make_assessment: MakeAssessment) -> None:
    page = advisor_client.get(change_url(make_assessment(PROFESSOR))).content.decode()

    assert page.count('name="_save"') == 2
    assert page.index('name="_save"') < page.index('<section class="summary-card"')
    assert page.count("Save and go to the next in this queue") == 2


def test_notes_are_added_with_author_and_time_and_shown_newest_first(
    advisor_client: Client, advisor: User, admin_user: User, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)
    Note.objects.create(
        assessment=assessment,
        author=admin_user,
        text="Left a message.",
        created_at=timezone.now() - timedelta(days=1),
    )
    assessment.refresh_from_db()

    response = advisor_client.post(
        change_url(assessment), form_post(assessment, new_note="Called back, sends documents.")
    )

    assert response.status_code == 302
    page = text_of(advisor_client.get(change_url(assessment)).content.decode())
    assert page.index("advisor , ") < page.index("Called back, sends documents.")
    assert page.index("Called back, sends documents.") < page.index("admin , ")
    assert page.index("admin , ") < page.index("Left a message.")
    assert Note.objects.filter(assessment=assessment).count() == 2


def test_an_empty_save_changes_nothing_and_adds_no_note(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)

    advisor_client.post(change_url(assessment), form_post(assessment, new_note="   "))

    assessment.refresh_from_db()
    assert assessment.advisor_version == 0
    assert not assessment.notes.exists()


def test_a_stale_form_is_refused_with_the_other_persons_change_shown(
    client: Client, advisor_client: Client, admin_user: User, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)
    opened = form_post(assessment)  # both have the page open
    client.force_login(admin_user)
    client.post(
        change_url(assessment),
        form_post(assessment, review_status="contacted", new_note="Spoke to her: she applies."),
    )

    response = advisor_client.post(
        change_url(assessment),
        {**opened, "review_status": "reviewed", "new_note": "Nothing to add."},
    )

    assert response.status_code == 200
    page = text_of(response.content.decode())
    assert "admin changed this assessment at" in page
    assert "Your changes were not saved: they are still in the form below." in page
    assert "Their change: Changed Review status. Added note “Spoke to her: she applies.”." in page
    assert "Now: review status Contacted; assigned to nobody; follow-up —." in page
    assert "Latest note, by admin: “Spoke to her: she applies.”" in page
    assert "Nothing to add." in page  # the refused note is still in the form
    assessment.refresh_from_db()
    assert assessment.review_status == "contacted"
    assert [note.text for note in assessment.notes.all()] == ["Spoke to her: she applies."]


def test_after_a_refusal_saving_again_goes_through(
    client: Client, advisor_client: Client, admin_user: User, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)
    opened = form_post(assessment)
    client.force_login(admin_user)
    client.post(change_url(assessment), form_post(assessment, review_status="contacted"))
    refused = advisor_client.post(change_url(assessment), {**opened, "new_note": "Mine."})
    version = re.search(r'name="version" value="(\d+)"', refused.content.decode())[1]

    response = advisor_client.post(
        change_url(assessment), {**opened, "version": version, "new_note": "Mine."}
    )

    assert response.status_code == 302
    assert [note.text for note in assessment.notes.all()] == ["Mine."]


def test_a_bulk_change_makes_an_open_form_stale(
    advisor_client: Client, admin_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)
    opened = form_post(assessment)
    admin_client.post(
        CHANGELIST,
        {
            "action": "change_review_status",
            "_selected_action": [assessment.pk],
            "index": "0",
            "confirm": "yes",
            "review_status": "reviewed",
        },
    )

    response = advisor_client.post(change_url(assessment), {**opened, "review_status": "new"})

    assert response.status_code == 200
    assert "Now: review status Reviewed" in text_of(response.content.decode())
    assessment.refresh_from_db()
    assert assessment.review_status == "reviewed"


def test_save_and_go_to_the_next_in_the_queue(
    advisor_client: Client, advisor: User, make_assessment: MakeAssessment
) -> None:
    first, second, third = (make_assessment(PROFESSOR) for _ in range(3))
    make_assessment(HIGH_EARNER)  # not assigned: not in the queue
    Assessment.objects.filter(pk__in=[first.pk, second.pk, third.pk]).update(
        assigned_advisor=advisor
    )
    queue = urlencode({"advisor": "me", "review": "new,in_review,awaiting_applicant"})
    preserved = urlencode({"_changelist_filters": queue})
    third.refresh_from_db()  # newest first: third, second, first

    response = advisor_client.post(
        f"{change_url(third)}?{preserved}",
        {**form_post(third, review_status="reviewed"), "_savenext": "1"},
    )

    # The saved one has left the queue (reviewed); the next is the one after it.
    assert response.status_code == 302
    assert response["Location"] == f"{change_url(second)}?{preserved}"
    second.refresh_from_db()
    response = advisor_client.post(
        f"{change_url(second)}?{preserved}", {**form_post(second), "_savenext": "1"}
    )
    assert response["Location"] == f"{change_url(first)}?{preserved}"
    first.refresh_from_db()
    response = advisor_client.post(
        f"{change_url(first)}?{preserved}", {**form_post(first), "_savenext": "1"}, follow=True
    )
    assert "That was the last assessment in this list." in response.content.decode()


def test_save_and_next_follows_the_lists_sort_order(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    not_eligible = make_assessment(STARTED, submitted=False)
    eligible = make_assessment(PROFESSOR)
    Assessment.objects.filter(pk=not_eligible.pk).update(review_status="contacted")
    # Sorted by review status (column 8), ascending: new before contacted.
    preserved = urlencode({"_changelist_filters": "o=8"})

    response = advisor_client.post(
        f"{change_url(eligible)}?{preserved}", {**form_post(eligible), "_savenext": "1"}
    )

    assert response["Location"] == f"{change_url(not_eligible)}?{preserved}"


def test_the_site_header_names_the_product(advisor_client: Client) -> None:
    page = advisor_client.get(CHANGELIST).content.decode()

    assert "Residency" in page
    assert "Django administration" not in page
    page = advisor_client.get(CHANGELIST, headers={"accept-language": "zh-hans"}).content.decode()
    assert "永居评估" in page


def test_the_history_of_notes_and_changes_reads_in_chinese(
    advisor_client: Client, make_assessment: MakeAssessment
) -> None:
    assessment = make_assessment(PROFESSOR)
    advisor_client.post(
        change_url(assessment),
        form_post(assessment, review_status="in_review", new_note="已联系。"),
    )
    history_url = reverse("admin:eligibility_assessment_history", args=[assessment.pk])

    page = advisor_client.get(history_url, headers={"accept-language": "zh-hans"}).content.decode()

    assert "已修改审查状态。 添加了 备注“已联系。”。" in text_of(page)
    assert "Review status" not in page
