"""The admin's search finds any part of a contact name or e-mail address. On PostgreSQL, trigram
indexes (pg_trgm, which the database owner may install: it is a trusted extension) serve these
``LIKE '%…%'`` searches; they replace the prefix indexes. Other databases scan the table."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

TRIGRAM_INDEXES = {
    "assessment_name_trgm_idx": "contact_name",
    "assessment_email_trgm_idx": "contact_email",
}


class TrigramExtensionOnPostgreSQL(TrigramExtension):
    """Django's operation, which going back forgets that other databases have no extensions."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def create_trigram_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in TRIGRAM_INDEXES.items():
        # The expression the admin's search filters on: LOWER(column)::text LIKE '%term%'.
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "eligibility_assessment" '
            f'USING gin ((LOWER("{column}")) gin_trgm_ops)'
        )


def drop_trigram_indexes(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("eligibility", "0009_remove_assessment_internal_notes")]

    operations = [
        migrations.RemoveIndex(model_name="assessment", name="assessment_email_lower_idx"),
        migrations.RemoveIndex(model_name="assessment", name="assessment_name_lower_idx"),
        TrigramExtensionOnPostgreSQL(),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
