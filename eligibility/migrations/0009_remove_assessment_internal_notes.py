from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("eligibility", "0008_review_columns_from_existing")]

    # Its text is now the first of the assessment's notes (0008).
    operations = [migrations.RemoveField(model_name="assessment", name="internal_notes")]
