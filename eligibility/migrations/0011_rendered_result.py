"""The result page's content, rendered once per assessment and language and stored compressed."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("eligibility", "0010_search_trigram_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="RenderedResult",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=10, verbose_name="language")),
                ("version", models.CharField(max_length=32, verbose_name="version")),
                ("html", models.BinaryField(verbose_name="HTML")),
                ("rendered_at", models.DateTimeField(verbose_name="rendered")),
                (
                    "assessment",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="rendered_results",
                        to="eligibility.assessment",
                    ),
                ),
            ],
            options={
                "verbose_name": "rendered result",
                "verbose_name_plural": "rendered results",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("assessment", "language"),
                        name="rendered_result_unique_per_language",
                    )
                ],
            },
        ),
    ]
