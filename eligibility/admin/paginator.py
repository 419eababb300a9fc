"""A paginator for a list of a million rows, whose count never reads them all.

Django's admin counts the rows of every list it shows. On PostgreSQL, ``COUNT(*)`` reads every
row, which takes seconds at a million. Instead:

- the whole table (no filter, no search) is counted from PostgreSQL's own estimate
  (``pg_class.reltuples``, refreshed by autovacuum) once it is larger than ``COUNT_LIMIT``;
- any other list is counted up to ``COUNT_LIMIT`` rows, and shown as "more than" that.

The price: such counts read "about 1,000,000" or "more than 10,000", and only the first
``COUNT_LIMIT`` rows of a longer list can be paged to; a filter or a search narrows it.
"""

from django.core.paginator import Paginator
from django.db import connections
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext

COUNT_LIMIT = 10_000


class EstimatingPaginator(Paginator):
    count_is_exact = True
    count_is_estimate = False

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if not queryset.query.where:
            estimate = table_estimate(queryset.db, queryset.model._meta.db_table)
            if estimate > COUNT_LIMIT:
                self.count_is_exact = False
                self.count_is_estimate = True
                return estimate
        # Ordering does not change a count; without it the database picks its cheapest index.
        count = queryset.order_by().values("pk")[: COUNT_LIMIT + 1].count()
        if count > COUNT_LIMIT:
            self.count_is_exact = False
            return COUNT_LIMIT
        return count

    @property
    def count_label(self) -> str:
        """The count in words: "1,234", "about 1,000,000" or "more than 10,000"."""
        count = number_format(self.count, force_grouping=True)
        if self.count_is_exact:
            return count
        if self.count_is_estimate:
            return gettext("about %(count)s") % {"count": count}
        return gettext("more than %(count)s") % {"count": count}


def table_estimate(using: str, table: str) -> int:
    """PostgreSQL's estimate of a table's rows; 0 elsewhere, or if it has not analysed it."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = to_regclass(%s)", [table])
        row = cursor.fetchone()
    return max(int(row[0]), 0) if row and row[0] is not None else 0
