"""PostgreSQL faults: connections killed under load, and the server down and back."""

import time
import uuid

import pytest
from django.db import connection

from eligibility.models import Assessment
from tests.stack.conftest import postgres_url
from tests.stack.load import Load
from tests.stack.processes import Client, public_id

pytestmark = pytest.mark.stack


def terminate_backends(application_name: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = %s",
            [application_name],
        )
        return cursor.fetchone()[0]


def test_terminated_connections_under_load_give_no_500_and_lose_no_answer(postgresql, start_stack):
    stack = start_stack(instances=1, RATELIMIT_NEW_ASSESSMENTS="10000/m")
    terminated = []
    with Load(stack.port, threads=4) as load:
        for _ in range(3):
            time.sleep(1)
            terminated.append(terminate_backends(postgresql.application_name))
        time.sleep(1)
    statuses = sorted({response.status for response in load.responses})
    print(
        f"terminated {terminated} connections; {len(load.responses)} responses {statuses}, "
        f"{len(load.failures)} failed: {[failure[2] for failure in load.failures]}"
    )
    assert all(terminated), terminated
    assert 500 not in statuses
    # A request whose connection died mid-way got the "try again" page (503); none after it.
    assert {failure[2] for failure in load.failures} <= {"503"}
    stored = dict(Assessment.objects.values_list("public_id", "answers"))
    for journey in load.journeys:
        assert stored[uuid.UUID(journey.public_id)] == load.expected_answers(journey)


def test_with_postgresql_down_pages_answer_within_2_s_and_the_site_recovers(
    postgresql, postgres_proxy, start_stack
):
    from django.db import connection as test_connection

    settings = test_connection.settings_dict
    url = postgres_url(settings, "127.0.0.1", postgres_proxy.port, postgresql.application_name)
    stack = start_stack(instances=1, database_url=url)
    client = Client(stack.port)
    question = client.post("/start").headers["Location"]
    assert client.get(question).status == 200

    postgres_proxy.down()
    health = client.get("/healthz")
    page = client.get(question)
    answer = client.post(question, {"nationality": "FR"})
    start = client.get("/")
    print(
        f"down: /healthz {health.status} in {health.ended - health.started:.2f} s, "
        f"question {page.status} in {page.ended - page.started:.2f} s, "
        f"answer {answer.status} in {answer.ended - answer.started:.2f} s, "
        f"start page {start.status} in {start.ended - start.started:.2f} s"
    )
    assert (health.status, page.status, answer.status, start.status) == (503, 503, 503, 200)
    assert all(r.ended - r.started < 2 for r in (health, page, answer, start))
    assert "Sorry, the service is unavailable" in page.body

    postgres_proxy.up()
    back = time.monotonic()
    while client.get("/healthz").status != 200:
        assert time.monotonic() - back < 15, "the site did not recover by itself"
        time.sleep(0.1)
    print(f"up: /healthz answered 200 after {time.monotonic() - back:.2f} s")
    saved = client.post(
        question,
        {
            "date_of_birth_day": "12",
            "date_of_birth_month": "5",
            "date_of_birth_year": "1975",
            "nationality": "FR",
        },
    )
    assert saved.status == 302
    stored = Assessment.objects.get(public_id=public_id(question)).answers
    assert stored["nationality"] == "FR"
