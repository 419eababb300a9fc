"""The rate-limit counters (residency/cache.py): one statement to count a request, atomic, shared
by every worker through the database."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from eligibility.models import RateLimitCounter

pytestmark = pytest.mark.django_db


@pytest.fixture
def counters():
    return caches["ratelimit"]


def test_a_counter_is_added_once_then_incremented_one_statement_each(counters):
    with CaptureQueriesContext(connection) as queries:
        assert counters.add("k", 1, 60) is True
    assert len(queries) == 1
    with CaptureQueriesContext(connection) as queries:
        assert counters.add("k", 1, 60) is False
        assert counters.incr("k") == 2
    assert len(queries) == 2
    assert counters.incr("k", 3) == 5
    assert counters.get("k") == 5


def test_an_expired_counter_starts_again_and_cannot_be_incremented(counters):
    counters.add("k", 1, 60)
    counters.incr("k")
    RateLimitCounter.objects.update(expires=timezone.now() - timedelta(seconds=1))
    assert counters.get("k", "gone") == "gone"
    with pytest.raises(ValueError):
        counters.incr("k")
    assert counters.add("k", 1, 60) is True
    assert counters.get("k") == 1


def test_set_delete_and_clear(counters):
    counters.set("a", 7, 60)
    counters.set("a", 8, 60)
    assert counters.get("a") == 8
    assert counters.delete("a") is True
    assert counters.delete("a") is False
    counters.set("b", 1, 60)
    counters.clear()
    assert RateLimitCounter.objects.count() == 0


def test_the_daily_purge_deletes_expired_counters_only(counters):
    counters.add("live", 1, 60)
    counters.add("old", 1, 60)
    RateLimitCounter.objects.filter(cache_key__endswith="old").update(
        expires=timezone.now() - timedelta(minutes=1)
    )
    call_command("purge_assessments", stdout=None)
    assert [counter.cache_key.rsplit(":", 1)[1] for counter in RateLimitCounter.objects.all()] == [
        "live"
    ]
