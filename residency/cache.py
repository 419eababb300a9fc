"""Rate-limit counters in the database, one statement each way.

django-ratelimit counts a request with ``cache.add(key, 1, period)`` and, when the key is
already there, ``cache.incr(key)``. Django's database cache stores pickled values and does each
of these in four to six statements (a ``COUNT(*)`` to cull, a savepoint, a read, a write); here
a counter is an integer column, so that ``add`` is one ``INSERT ... ON CONFLICT`` and ``incr``
one ``UPDATE ... RETURNING``, atomic under concurrent requests from several workers and
instances. Expired counters are replaced by the next ``add`` of their key and deleted by
``purge_assessments``.

Only what django-ratelimit uses is implemented: counters are integers.
"""

from datetime import datetime, timedelta
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.db import connections, router
from django.utils import timezone

from eligibility.models import RateLimitCounter

UPSERT = (
    "INSERT INTO {table} (cache_key, count, expires) VALUES (%s, %s, %s) ON CONFLICT (cache_key) "
    "DO UPDATE SET count = excluded.count, expires = excluded.expires"
)


class CounterCache(BaseCache):
    def __init__(self, location: str, params: dict[str, Any]) -> None:
        super().__init__(params)

    def _run(self, sql: str, params: list[Any]) -> list[tuple]:
        db = router.db_for_write(RateLimitCounter)
        table = connections[db].ops.quote_name(RateLimitCounter._meta.db_table)
        with connections[db].cursor() as cursor:
            cursor.execute(sql.format(table=table), params)
            return cursor.fetchall()

    def _expiry(self, timeout: float | None | object) -> datetime:
        seconds = self.default_timeout if timeout is DEFAULT_TIMEOUT else timeout
        if seconds is None:  # never expires
            return timezone.now() + timedelta(days=365 * 100)
        return timezone.now() + timedelta(seconds=seconds)

    def add(self, key: str, value: int, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        """Sets the counter unless it is there and not expired; True if it was set."""
        key = self.make_and_validate_key(key, version=version)
        added = self._run(
            UPSERT + " WHERE {table}.expires <= %s RETURNING 1",
            [key, int(value), self._expiry(timeout), timezone.now()],
        )
        return bool(added)

    def incr(self, key: str, delta: int = 1, version=None) -> int:
        key = self.make_and_validate_key(key, version=version)
        found = self._run(
            "UPDATE {table} SET count = count + %s WHERE cache_key = %s AND expires > %s "
            "RETURNING count",
            [int(delta), key, timezone.now()],
        )
        if not found:
            raise ValueError(f"Key '{key}' not found")
        return found[0][0]

    def get(self, key: str, default: Any = None, version=None) -> Any:
        key = self.make_and_validate_key(key, version=version)
        found = self._run(
            "SELECT count FROM {table} WHERE cache_key = %s AND expires > %s", [key, timezone.now()]
        )
        return found[0][0] if found else default

    def set(self, key: str, value: int, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        key = self.make_and_validate_key(key, version=version)
        self._run(
            UPSERT + " RETURNING 1",
            [key, int(value), self._expiry(timeout)],
        )

    def delete(self, key: str, version=None) -> bool:
        key = self.make_and_validate_key(key, version=version)
        return bool(self._run("DELETE FROM {table} WHERE cache_key = %s RETURNING 1", [key]))

    def clear(self) -> None:
        RateLimitCounter.objects.all().delete()
