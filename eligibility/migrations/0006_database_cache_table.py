"""The table of the database cache (settings.CACHES), where rate-limit counters live, so that
`migrate` is all a new database needs."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor) -> None:
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("eligibility", "0005_deleted_assessment")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
