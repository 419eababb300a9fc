"""Several stateless instances behind nginx, sharing PostgreSQL: one can die without losing an
answer, and the rate limits hold across all of them."""

import time
import uuid

import pytest

from eligibility.models import Assessment
from tests.stack.load import Load
from tests.stack.processes import Client

pytestmark = pytest.mark.stack


def test_an_instance_killed_under_load_loses_no_answer(postgresql, start_stack):
    stack = start_stack(instances=2, RATELIMIT_NEW_ASSESSMENTS="10000/m")
    with Load(stack.port, threads=4) as load:
        time.sleep(2)
        stack.instances[0].kill()
        killed_at = time.monotonic()
        time.sleep(2)
    # Only requests in flight while the instance died failed (each was sent again, as an
    # applicant would); every request sent once it was down went to the other instance.
    late = [failure for failure in load.failures if failure[0] > killed_at]
    served_after = [r for r in load.responses if r.started > killed_at]
    print(
        f"{len(load.responses)} responses, {len(load.failures)} failed "
        f"({[f[2] for f in load.failures]}), {len(served_after)} after the kill"
    )
    assert not late, late
    assert len(served_after) > 20
    assert all(response.status != 500 for response in load.responses)
    # Every answer acknowledged is in the database.
    stored = dict(Assessment.objects.values_list("public_id", "answers"))
    assert len(load.journeys) >= 4
    for journey in load.journeys:
        answers = stored[uuid.UUID(journey.public_id)]
        assert answers == load.expected_answers(journey)


def test_a_flood_of_new_assessments_is_limited_across_instances(migrated, start_stack):
    stack = start_stack(instances=2, RATELIMIT_NEW_ASSESSMENTS="5/m")
    client = Client(stack.port)

    statuses = [client.post("/start").status for _ in range(12)]

    assert statuses == [302] * 5 + [429] * 7
    refused = client.post("/start", headers={"Accept-Language": "zh-CN"})
    assert "请求过多" in refused.body
    assert "Too many requests" in client.post("/start").body
