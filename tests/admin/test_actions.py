import dataclasses
import json
import shutil
from collections.abc import Callable

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from eligibility.engine import RULE_SETS, catalogue
from eligibility.management.commands.publish_rule_sets import translations
from eligibility.models import Assessment
from tests.admin.conftest import HIGH_EARNER, PROFESSOR, STARTED, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")


def run(client: Client, action: str, *assessments: Assessment):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [a.pk for a in assessments]},
        follow=True,
    )


def history(assessment: Assessment) -> list[str]:
    entries = LogEntry.objects.filter(object_id=str(assessment.pk), action_flag=CHANGE)
    return [entry.get_change_message() for entry in entries]


def confirm(client: Client, action: str, assessments: list[Assessment], **fields: str):
    return client.post(
        CHANGELIST,
        {
            "action": action,
            "_selected_action": [a.pk for a in assessments],
            "index": "0",
            "confirm": "yes",
            **fields,
        },
        follow=True,
    )


def test_changing_the_review_status_asks_for_confirmation_first(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)
    high_earner = make_assessment(HIGH_EARNER)

    response = run(admin_client, "change_review_status", professor, high_earner)

    page = response.content.decode()
    assert "This changes 2 assessments:" in page
    assert professor.reference in page and high_earner.reference in page
    assert 'value="Change 2 assessments"' in page
    professor.refresh_from_db()
    assert professor.review_status == Assessment.ReviewStatus.NEW
    assert history(professor) == []


def test_changing_the_review_status_once_confirmed(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)
    high_earner = make_assessment(HIGH_EARNER)
    untouched = make_assessment(PROFESSOR)

    response = confirm(
        admin_client,
        "change_review_status",
        [professor, high_earner],
        review_status="awaiting_applicant",
        follow_up_on="2026-12-15",
    )

    assert "Review status of 2 assessments set to Awaiting applicant." in (
        response.content.decode()
    )
    professor.refresh_from_db()
    untouched.refresh_from_db()
    assert professor.review_status == Assessment.ReviewStatus.AWAITING_APPLICANT
    assert professor.follow_up_on.isoformat() == "2026-12-15"
    assert professor.advisor_version == 1
    assert untouched.review_status == Assessment.ReviewStatus.NEW
    assert history(professor) == ["Changed Review status and Follow-up date."]


def test_a_bulk_change_of_every_assessment_on_a_route_changes_those_only(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    on_route = [make_assessment(PROFESSOR), make_assessment(HIGH_EARNER)]
    elsewhere = make_assessment(STARTED, submitted=False)
    route_list = f"{CHANGELIST}?route=draft_a15_4_eight_years_3x"

    response = admin_client.post(
        route_list,
        {
            "action": "change_review_status",
            "_selected_action": [on_route[0].pk],
            "select_across": "1",
            "index": "0",
            "confirm": "yes",
            "review_status": "reviewed",
        },
        follow=True,
    )

    assert "Review status of 2 assessments set to Reviewed." in response.content.decode()
    assert {
        a.review_status for a in Assessment.objects.filter(pk__in=[a.pk for a in on_route])
    } == {Assessment.ReviewStatus.REVIEWED}
    elsewhere.refresh_from_db()
    assert elsewhere.review_status == Assessment.ReviewStatus.NEW


def test_changing_the_review_status_leaves_those_that_have_it_alone(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)
    confirm(admin_client, "change_review_status", [professor], review_status="reviewed")

    response = confirm(admin_client, "change_review_status", [professor], review_status="reviewed")

    assert "Review status of 0 assessments set to Reviewed." in response.content.decode()
    assert len(history(professor)) == 1


def test_assigning_to_any_advisor_asks_for_confirmation_then_assigns(
    admin_client: Client, advisor: User, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)

    page = run(admin_client, "assign", professor).content.decode()
    assert "This changes 1 assessment:" in page
    assert f'<option value="{advisor.pk}">advisor</option>' in page
    assert "Nobody (unassign)" in page

    response = confirm(admin_client, "assign", [professor], advisor=str(advisor.pk))

    assert "1 assessment assigned to advisor." in response.content.decode()
    professor.refresh_from_db()
    assert professor.assigned_advisor == advisor
    assert history(professor) == ["Changed Assigned advisor."]


def test_an_advisor_assigns_to_themselves_by_default_and_can_unassign(
    advisor_client: Client, advisor: User, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)

    page = run(advisor_client, "assign", professor).content.decode()
    assert f'<option value="{advisor.pk}" selected>advisor</option>' in page
    confirm(advisor_client, "assign", [professor], advisor=str(advisor.pk))
    assert LogEntry.objects.get().user == advisor

    response = confirm(advisor_client, "assign", [professor], advisor="")

    assert "1 assessment assigned to nobody." in response.content.decode()
    professor.refresh_from_db()
    assert professor.assigned_advisor is None


def test_a_bulk_change_is_refused_for_a_status_that_does_not_exist(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)

    response = confirm(admin_client, "change_review_status", [professor], review_status="forged")

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    professor.refresh_from_db()
    assert professor.review_status == Assessment.ReviewStatus.NEW


@pytest.fixture
def amend_rule_set(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Callable[[], None]:
    """Replaces the draft with a new release in which art. 15(1) is repealed, published beside
    the real ones."""

    def amend() -> None:
        draft = RULE_SETS["draft_2020"]
        repealed = "draft_a15_1_doctorate_or_renowned_university"
        routes = tuple(route for route in draft.routes if route.id != repealed)
        amended = dataclasses.replace(
            draft, version="2027-01-01", release="2027-01-01.1", routes=routes
        )
        monkeypatch.setitem(RULE_SETS, "draft_2020", amended)
        shutil.copytree(catalogue.PUBLISHED, tmp_path, dirs_exist_ok=True)
        release = catalogue.build(amended, catalogue.engine_texts(), translations)
        (tmp_path / "draft_2020" / "2027-01-01.1.json").write_text(json.dumps(release))
        monkeypatch.setattr(catalogue, "PUBLISHED", tmp_path)
        catalogue.load.cache_clear()

    yield amend
    catalogue.load.cache_clear()


def test_reevaluate_keeps_the_result_shown_and_lists_the_routes_that_changed(
    admin_client: Client, make_assessment: MakeAssessment, amend_rule_set: Callable[[], None]
) -> None:
    professor = make_assessment(PROFESSOR)
    shown = Assessment.objects.get(pk=professor.pk).results
    amend_rule_set()

    response = run(admin_client, "reevaluate", professor)

    assert "1 assessment re-evaluated; outcomes changed in 1." in response.content.decode()
    professor.refresh_from_db()
    assert professor.results == shown
    assert professor.best_outcome_draft == "eligible"
    assert professor.open_routes.filter(route_id__startswith="draft_a15_1").exists()
    assert professor.reevaluated_at is not None
    reevaluated = professor.reevaluated_results
    assert reevaluated["draft_2020"]["release"] == "2027-01-01.1"
    assert reevaluated["current"]["release"] == shown["current"]["release"]
    assert reevaluated["draft_2020"]["as_of"] == shown["draft_2020"]["as_of"]
    assert history(professor) == ["Changed Re-evaluated results and Re-evaluation date."]

    page = admin_client.get(
        reverse("admin:eligibility_assessment_change", args=[professor.pk])
    ).content.decode()
    assert "version of 2027-01-01" in page
    changes = page[page.index("Routes whose outcome changed") :]
    assert "Art. 15(1): Doctorate or degree" in changes
    assert "Art. 15(4)" not in changes
    assert changes.index("Meets the conditions") < changes.index("—")


def test_reevaluate_says_when_nothing_changed(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)

    response = run(admin_client, "reevaluate", professor)

    assert "1 assessment re-evaluated; outcomes changed in 0." in response.content.decode()
    page = admin_client.get(
        reverse("admin:eligibility_assessment_change", args=[professor.pk])
    ).content.decode()
    assert "Every route has the same outcome as in the result the applicant saw." in page


def test_reevaluate_skips_assessments_in_progress(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    started = make_assessment(STARTED, submitted=False)

    run(admin_client, "reevaluate", started)

    started.refresh_from_db()
    assert started.reevaluated_results is None
    assert history(started) == []
