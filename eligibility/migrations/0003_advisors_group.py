from django.db import migrations

from eligibility.advisors import setup_advisors_group


def create_advisors_group(apps, schema_editor) -> None:
    setup_advisors_group(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("eligibility", "0002_advisor_review"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # Reversing keeps the group: it may have members by then.
    operations = [migrations.RunPython(create_advisors_group, migrations.RunPython.noop)]
