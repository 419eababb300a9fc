"""The list stays fast at a million assessments: a fixed number of queries whatever the number
of rows, and no count of the whole table."""

import itertools
from datetime import date

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eligibility.admin import paginator
from eligibility.admin.queues import QUEUES
from eligibility.models import Assessment, Note
from tests.admin.conftest import HIGH_EARNER, PROFESSOR, SPOUSE, STARTED, MakeAssessment

CHANGELIST = reverse("admin:eligibility_assessment_changelist")
LISTS = {
    "unfiltered": {},
    "all on one page": {"all": ""},
    "route": {"route": "draft_a15_4_eight_years_3x"},
    "outcome and review": {"outcome_current": "eligible,needs_recommendation", "review": "new"},
    "draft outcome": {"outcome_draft": "eligible,needs_recommendation"},
    "any risk": {"risk": "any"},
    "medical risk": {"risk": "medical"},
    "consent": {"consent": "yes"},
    "submitted yesterday": {"submitted_from": "2026-11-01", "submitted_to": "2026-11-02"},
    "sorted by outcome in force": {"o": "3"},
    "sorted by outcome in the draft": {"o": "-4"},
    "sorted by review status": {"o": "-8"},
    "search": {"q": "wang"},
    "search by nationality": {"q": "Germany"},
    **{str(queue.name): queue.params for queue in QUEUES},
}


def add_assessments(make_assessment: MakeAssessment, count: int, advisor: User) -> None:
    profiles = itertools.cycle([PROFESSOR, HIGH_EARNER, SPOUSE, STARTED])
    for index in range(count):
        answers = next(profiles)
        if index % 5 == 0:
            answers = {**answers, "health_conditions": ["serious_mental_or_infectious"]}
        assessment = make_assessment(
            answers,
            submitted=answers is not STARTED,
            contact=(f"Wang {index}", f"wang{index}@example.com") if index % 3 == 0 else None,
        )
        if index % 2:
            Assessment.objects.filter(pk=assessment.pk).update(
                assigned_advisor=advisor, follow_up_on=date(2026, 11, 1)
            )
        Note.objects.create(assessment=assessment, author=advisor, text=f"Note {index}.")


def queries_of(client: Client, params: dict[str, str]) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return [query["sql"] for query in queries]


def test_the_list_runs_as_many_queries_for_200_assessments_as_for_10(
    admin_client: Client, admin_user: User, make_assessment: MakeAssessment
) -> None:
    add_assessments(make_assessment, 10, admin_user)
    for_10 = {name: len(queries_of(admin_client, params)) for name, params in LISTS.items()}

    add_assessments(make_assessment, 190, admin_user)
    for_200 = {name: len(queries_of(admin_client, params)) for name, params in LISTS.items()}

    assert for_200 == for_10
    assert max(for_200.values()) <= 9


def test_the_list_never_counts_every_row(
    admin_client: Client, admin_user: User, make_assessment: MakeAssessment
) -> None:
    add_assessments(make_assessment, 4, admin_user)

    for params in LISTS.values():
        for sql in queries_of(admin_client, params):
            if "COUNT(" in sql.upper():
                assert "LIMIT" in sql.upper(), sql


def test_the_list_never_reads_the_result_snapshots(
    admin_client: Client, admin_user: User, make_assessment: MakeAssessment
) -> None:
    add_assessments(make_assessment, 4, admin_user)

    for sql in queries_of(admin_client, {}):
        assert '"results"' not in sql, sql


def test_a_long_list_is_counted_up_to_a_limit(
    admin_client: Client,
    admin_user: User,
    make_assessment: MakeAssessment,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(paginator, "COUNT_LIMIT", 5)
    add_assessments(make_assessment, 8, admin_user)

    page = admin_client.get(CHANGELIST, {"status__exact": "submitted", "q": ""}).content.decode()

    assert "more than 5 assessments" in page


def test_a_short_list_is_counted_exactly(
    admin_client: Client, admin_user: User, make_assessment: MakeAssessment
) -> None:
    add_assessments(make_assessment, 8, admin_user)

    page = admin_client.get(CHANGELIST, {"status__exact": "submitted"}).content.decode()

    assert "6 assessments" in page


def test_the_whole_table_is_counted_from_the_databases_estimate_when_large(
    admin_client: Client,
    admin_user: User,
    make_assessment: MakeAssessment,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(paginator, "table_estimate", lambda using, table: 1_000_000)
    add_assessments(make_assessment, 2, admin_user)

    page = admin_client.get(CHANGELIST).content.decode()

    assert "about 1,000,000 assessments" in page
    assert "Select all about 1,000,000 assessments" in page


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own estimate")
def test_postgresql_estimates_the_number_of_assessments(
    admin_user: User, make_assessment: MakeAssessment
) -> None:
    add_assessments(make_assessment, 12, admin_user)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE eligibility_assessment")

    assert paginator.table_estimate("default", "eligibility_assessment") == 12
