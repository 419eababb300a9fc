"""Results under both rule sets: the rules in force (``current``) and the 2020 draft.

Existing results (draft only, in the full form of the first release) move under the key
``draft_2020`` of ``results`` and still render as they were shown. Open routes gain their rule
set and the assessment's creation date, so that the admin's route filter reads one index in
order.
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

OUTCOMES = [
    ("eligible", "Meets the conditions"),
    ("needs_recommendation", "Meets the conditions if recommended"),
    ("undetermined", "Cannot tell"),
    ("not_eligible", "Does not meet the conditions"),
]


def results_by_rule_set(apps, schema_editor) -> None:
    Assessment = apps.get_model("eligibility", "Assessment")
    OpenRoute = apps.get_model("eligibility", "OpenRoute")
    for assessment in (
        Assessment.objects.exclude(results=None)
        .only("pk", "results", "reevaluated_results")
        .iterator(chunk_size=500)
    ):
        assessment.results = {"draft_2020": assessment.results}
        if assessment.reevaluated_results is not None:
            assessment.reevaluated_results = {"draft_2020": assessment.reevaluated_results}
        assessment.save(update_fields=["results", "reevaluated_results"])
    created = Assessment.objects.filter(pk=OuterRef("assessment_id")).values("created_at")
    OpenRoute.objects.update(created_at=Subquery(created[:1]))


def results_of_the_draft(apps, schema_editor) -> None:
    Assessment = apps.get_model("eligibility", "Assessment")
    for assessment in Assessment.objects.exclude(results=None).iterator(chunk_size=500):
        assessment.results = assessment.results.get("draft_2020")
        if assessment.reevaluated_results is not None:
            assessment.reevaluated_results = assessment.reevaluated_results.get("draft_2020")
        assessment.save(update_fields=["results", "reevaluated_results"])


class Migration(migrations.Migration):
    dependencies = [("eligibility", "0003_advisors_group")]

    operations = [
        migrations.RemoveIndex(model_name="assessment", name="assessment_outcome_created_idx"),
        migrations.RenameField("assessment", "best_outcome", "best_outcome_draft"),
        migrations.AlterField(
            model_name="assessment",
            name="best_outcome_draft",
            field=models.CharField(
                blank=True,
                choices=OUTCOMES,
                max_length=24,
                verbose_name="best outcome under the 2020 draft",
            ),
        ),
        migrations.AddField(
            model_name="assessment",
            name="best_outcome_current",
            field=models.CharField(
                blank=True,
                choices=OUTCOMES,
                max_length=24,
                verbose_name="best outcome under the rules in force",
            ),
        ),
        migrations.RenameField("assessment", "result", "results"),
        migrations.AlterField(
            model_name="assessment",
            name="results",
            field=models.JSONField(
                blank=True,
                help_text=(
                    "The results as the applicant saw them on submitting, one per rule set, each "
                    "naming the release of the rules it was made with."
                ),
                null=True,
                verbose_name="results",
            ),
        ),
        migrations.RenameField("assessment", "reevaluated_result", "reevaluated_results"),
        migrations.AlterField(
            model_name="assessment",
            name="reevaluated_results",
            field=models.JSONField(
                blank=True,
                help_text="The answers evaluated again under the latest releases of the rule sets.",
                null=True,
                verbose_name="re-evaluated results",
            ),
        ),
        migrations.RemoveField(model_name="assessment", name="rule_set"),
        migrations.RemoveField(model_name="assessment", name="rule_set_version"),
        migrations.AddIndex(
            model_name="assessment",
            index=models.Index(
                fields=["best_outcome_current", "-created_at"],
                name="assessment_current_created_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="assessment",
            index=models.Index(
                fields=["best_outcome_draft", "-created_at"], name="assessment_outcome_created_idx"
            ),
        ),
        migrations.AddField(
            model_name="openroute",
            name="rule_set",
            field=models.CharField(
                choices=[("current", "current"), ("draft_2020", "draft_2020")],
                default="draft_2020",
                max_length=40,
                verbose_name="rule set",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="openroute",
            name="created_at",
            field=models.DateTimeField(null=True, verbose_name="created"),
        ),
        migrations.RunPython(results_by_rule_set, results_of_the_draft),
        migrations.AlterField(
            model_name="openroute",
            name="created_at",
            field=models.DateTimeField(verbose_name="created"),
        ),
        migrations.RemoveIndex(model_name="openroute", name="open_route_route_idx"),
        migrations.AddIndex(
            model_name="openroute",
            index=models.Index(
                fields=["route_id", "-created_at"], name="open_route_route_created_idx"
            ),
        ),
    ]
