"""Django's database cache with an atomic ``incr``, which django-ratelimit counts with.

Django's own ``incr`` reads and then writes the value, so two workers counting at the same time
can both write the same number. Here the row is locked first (``SELECT ... FOR UPDATE``), so that
concurrent requests from several workers and instances are all counted. SQLite, which has no row
locks, serialises writes anyway.
"""

from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router, transaction


class DatabaseCache(DjangoDatabaseCache):
    def incr(self, key, delta=1, version=None):
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        with transaction.atomic(using=db):
            if connection.features.has_select_for_update:
                table = connection.ops.quote_name(self._table)
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT cache_key FROM {table} WHERE cache_key = %s FOR UPDATE",
                        [self.make_and_validate_key(key, version=version)],
                    )
            return super().incr(key, delta, version)
