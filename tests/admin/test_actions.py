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


def test_mark_as_reviewed(admin_client: Client, make_assessment: MakeAssessment) -> None:
    professor = make_assessment(PROFESSOR)
    high_earner = make_assessment(HIGH_EARNER)
    untouched = make_assessment(PROFESSOR)

    response = run(admin_client, "mark_reviewed", professor, high_earner)

    assert "2 assessments marked as reviewed." in response.content.decode()
    professor.refresh_from_db()
    untouched.refresh_from_db()
    assert professor.review_status == Assessment.ReviewStatus.REVIEWED
    assert untouched.review_status == Assessment.ReviewStatus.NEW
    assert history(professor) == ["Changed Review status."]


def test_mark_as_reviewed_leaves_reviewed_ones_alone(
    admin_client: Client, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)
    run(admin_client, "mark_reviewed", professor)

    response = run(admin_client, "mark_reviewed", professor)

    assert "0 assessments marked as reviewed." in response.content.decode()
    assert len(history(professor)) == 1


def test_assign_to_me(
    advisor_client: Client, advisor: User, make_assessment: MakeAssessment
) -> None:
    professor = make_assessment(PROFESSOR)

    response = run(advisor_client, "assign_to_me", professor)

    assert "1 assessment assigned to you." in response.content.decode()
    professor.refresh_from_db()
    assert professor.assigned_advisor == advisor
    assert history(professor) == ["Changed Assigned advisor."]
    assert LogEntry.objects.get().user == advisor


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
    assert history(professor) == ["Changed Re-evaluated results and Re-evaluated."]

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
