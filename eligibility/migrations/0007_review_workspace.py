"""The advisor workspace: notes by author and time, the refusal risks each rule set's result
indicates, the follow-up date, the advisor version (optimistic locking), the nationality as a
country code, and the "awaiting applicant" review status."""

import django.db.models.deletion
import django.utils.timezone
import django_countries.fields
from django.conf import settings
from django.db import migrations, models

import eligibility.nationalities


class Migration(migrations.Migration):
    dependencies = [
        ("eligibility", "0006_database_cache_table"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="IndicatedRisk",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "rule_set",
                    models.CharField(
                        choices=[("current", "current"), ("draft_2020", "draft_2020")],
                        max_length=40,
                        verbose_name="rule set",
                    ),
                ),
                ("risk_id", models.CharField(max_length=64, verbose_name="refusal risk")),
            ],
            options={
                "verbose_name": "indicated refusal risk",
                "verbose_name_plural": "indicated refusal risks",
            },
        ),
        migrations.CreateModel(
            name="Note",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="written"),
                ),
                ("text", models.TextField(verbose_name="note")),
            ],
            options={
                "verbose_name": "note",
                "verbose_name_plural": "notes",
                "ordering": ["-created_at", "-pk"],
            },
        ),
        migrations.AddField(
            model_name="assessment",
            name="advisor_version",
            field=models.PositiveIntegerField(default=0, verbose_name="advisor version"),
        ),
        migrations.AddField(
            model_name="assessment",
            name="follow_up_on",
            field=models.DateField(blank=True, null=True, verbose_name="follow-up date"),
        ),
        migrations.AddField(
            model_name="assessment",
            name="has_indicated_risk",
            field=models.BooleanField(default=False, verbose_name="refusal risk indicated"),
        ),
        migrations.AddField(
            model_name="assessment",
            name="nationality",
            field=django_countries.fields.CountryField(
                blank=True,
                countries=eligibility.nationalities.Nationalities,
                editable=False,
                max_length=2,
                verbose_name="nationality",
            ),
        ),
        migrations.AlterField(
            model_name="assessment",
            name="review_status",
            field=models.CharField(
                choices=[
                    ("new", "New"),
                    ("in_review", "In review"),
                    ("awaiting_applicant", "Awaiting applicant"),
                    ("reviewed", "Reviewed"),
                    ("contacted", "Contacted"),
                ],
                default="new",
                max_length=20,
                verbose_name="review status",
            ),
        ),
        migrations.AddIndex(
            model_name="assessment",
            index=models.Index(
                fields=["contact_consent", "-created_at"], name="assessment_consent_created_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="assessment",
            index=models.Index(
                fields=["has_indicated_risk", "-created_at"], name="assessment_risk_created_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="assessment",
            index=models.Index(fields=["follow_up_on"], name="assessment_follow_up_idx"),
        ),
        migrations.AddIndex(
            model_name="assessment",
            index=models.Index(fields=["nationality"], name="assessment_nationality_idx"),
        ),
        migrations.AddField(
            model_name="indicatedrisk",
            name="assessment",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="indicated_risks",
                to="eligibility.assessment",
            ),
        ),
        migrations.AddField(
            model_name="note",
            name="assessment",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="notes",
                to="eligibility.assessment",
            ),
        ),
        migrations.AddField(
            model_name="note",
            name="author",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="assessment_notes",
                to=settings.AUTH_USER_MODEL,
                verbose_name="author",
            ),
        ),
        migrations.AddIndex(
            model_name="indicatedrisk",
            index=models.Index(fields=["risk_id", "assessment"], name="indicated_risk_idx"),
        ),
        migrations.AddConstraint(
            model_name="indicatedrisk",
            constraint=models.UniqueConstraint(
                fields=("assessment", "rule_set", "risk_id"),
                name="indicated_risk_unique_per_assessment",
            ),
        ),
        migrations.AddIndex(
            model_name="note",
            index=models.Index(fields=["assessment", "-created_at"], name="note_assessment_idx"),
        ),
    ]
