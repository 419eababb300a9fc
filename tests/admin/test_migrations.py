"""The migrations that bring existing assessments into the advisor workspace."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from eligibility import flow
from eligibility.engine import RULE_SETS, evaluate
from eligibility.engine.record import to_record
from tests.admin.conftest import PROFESSOR

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("eligibility", "0007_review_workspace")]
AFTER = [("eligibility", "0010_search_trigram_indexes")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def records(answers: dict) -> dict:
    """The results as ``Assessment.record_results`` stores them."""
    facts = flow.replay(answers).facts(as_of=date(2026, 11, 2))
    return json.loads(json.dumps({id: to_record(evaluate(facts, id)) for id in RULE_SETS}))


def test_internal_notes_risks_and_nationalities_are_carried_over() -> None:
    apps = migrate(BEFORE)
    Assessment = apps.get_model("eligibility", "Assessment")
    # Stored in full, before records (migration 0004 put it under the draft's key).
    noted = Assessment.objects.create(
        reference="RP-AAAA-22",
        language="en",
        answers={"nationality": "German"},
        internal_notes="Called on Monday.",
        results={"draft_2020": {"risks": [{"id": "medical", "status": "indicated"}]}},
    )
    typed = Assessment.objects.create(
        reference="RP-AAAA-23",
        language="zh-hans",
        answers={"nationality": "德国和法国"},
        results={"draft_2020": {"risks": [{"id": "medical", "status": "possible"}]}},
    )
    convicted = Assessment.objects.create(
        reference="RP-AAAA-25",
        language="en",
        answers={"nationality": "DE"},
        results=records({**PROFESSOR, "criminal_conviction": "yes"}),
    )
    clean = Assessment.objects.create(
        reference="RP-AAAA-26", language="en", results=records(PROFESSOR)
    )

    apps = migrate(AFTER)

    Assessment = apps.get_model("eligibility", "Assessment")
    Note = apps.get_model("eligibility", "Note")
    noted = Assessment.objects.get(pk=noted.pk)
    typed = Assessment.objects.get(pk=typed.pk)
    assert [(note.text, note.author_id) for note in Note.objects.filter(assessment=noted)] == [
        ("Called on Monday.", None)
    ]
    assert noted.answers["nationality"] == "DE" and noted.nationality == "DE"
    assert typed.answers["nationality"] == "德国和法国" and typed.nationality == ""
    assert noted.has_indicated_risk and not typed.has_indicated_risk
    assert list(noted.indicated_risks.values_list("rule_set", "risk_id")) == [
        ("draft_2020", "medical")
    ]
    convicted = Assessment.objects.get(pk=convicted.pk)
    assert convicted.has_indicated_risk
    assert list(convicted.indicated_risks.values_list("rule_set", "risk_id")) == [
        ("draft_2020", "criminal_conviction")
    ]
    assert not Assessment.objects.get(pk=clean.pk).has_indicated_risk


def test_going_back_puts_the_notes_into_the_internal_notes() -> None:
    apps = migrate(AFTER)
    Assessment = apps.get_model("eligibility", "Assessment")
    Note = apps.get_model("eligibility", "Note")
    assessment = Assessment.objects.create(reference="RP-AAAA-24", language="en")
    Note.objects.create(assessment=assessment, text="Older.")
    Note.objects.create(assessment=assessment, text="Newer.")

    apps = migrate(BEFORE)

    Assessment = apps.get_model("eligibility", "Assessment")
    assert Assessment.objects.get(pk=assessment.pk).internal_notes == "Newer.\n\nOlder."
    migrate(AFTER)


def test_open_routes_get_their_assessments_submission_date() -> None:
    apps = migrate([("eligibility", "0012_rate_limit_counter")])
    Assessment = apps.get_model("eligibility", "Assessment")
    OpenRoute = apps.get_model("eligibility", "OpenRoute")
    created = datetime(2026, 5, 20, 9, tzinfo=UTC)
    submitted = Assessment.objects.create(
        reference="RP-AAAA-27",
        language="en",
        status="submitted",
        created_at=created,
        submitted_at=created + timedelta(minutes=20),
    )
    OpenRoute.objects.create(
        assessment=submitted,
        rule_set="draft_2020",
        route_id="draft_a15_4_eight_years_3x",
        outcome="eligible",
        created_at=created,
    )

    apps = migrate([("eligibility", "0013_list_order_indexes")])

    OpenRoute = apps.get_model("eligibility", "OpenRoute")
    assert list(OpenRoute.objects.values_list("submitted_at", flat=True)) == [
        created + timedelta(minutes=20)
    ]
