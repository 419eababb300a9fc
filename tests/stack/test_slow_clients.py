"""Slow and oversized requests meet nginx, which buffers them, not gunicorn's sync workers."""

import time

import pytest

from tests.stack.processes import Client, SlowClients

pytestmark = pytest.mark.stack


def probe(port: int, timeout: float) -> float | None:
    """Seconds /healthz took to answer 200, or None if it did not within the timeout."""
    try:
        response = Client(port).get("/healthz", timeout=timeout)
    except (TimeoutError, OSError):
        return None
    return response.ended - response.started if response.status == 200 else None


def test_healthz_answers_within_a_second_while_slow_clients_hold_connections(start_stack):
    stack = start_stack(instances=1)
    gunicorn = stack.instances[0]

    # Without nginx, two slow clients hold gunicorn's two sync workers: the probe gets nothing.
    slow = SlowClients(gunicorn.port, count=2)
    try:
        time.sleep(0.3)
        assert probe(gunicorn.port, timeout=1) is None
    finally:
        slow.close()

    # Behind nginx, a hundred slow clients change nothing for the others.
    slow = SlowClients(stack.port, count=100)
    try:
        time.sleep(1)
        durations = [probe(stack.port, timeout=1) for _ in range(10)]
    finally:
        slow.close()
    print(f"/healthz behind nginx with 100 slow clients: {durations}")
    assert all(duration is not None and duration < 1 for duration in durations), durations


def test_nginx_refuses_a_body_over_the_limit_before_gunicorn_reads_it(start_stack):
    stack = start_stack(instances=1)
    client = Client(stack.port)

    response = client.post("/start", {"filler": "x" * (2 * 1024 * 1024)})

    assert response.status == 413
    assert "POST /start" not in stack.site_logs()
