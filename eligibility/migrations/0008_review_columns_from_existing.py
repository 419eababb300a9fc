"""Fills the new review columns for the assessments there are: each internal note becomes the
first entry of the assessment's notes, the refusal risks its results indicate are recorded (per
rule set, whether a result is stored in full or as a record), and a nationality typed as text
becomes a country code where it names one (otherwise the text stays in the answers, where
advisors still see it)."""

from django.db import migrations

from eligibility.nationalities import code_for
from eligibility.results import indicated_risks

CHUNK_SIZE = 2000


def notes_from_internal_notes(apps, schema_editor) -> None:
    Assessment = apps.get_model("eligibility", "Assessment")
    Note = apps.get_model("eligibility", "Note")
    with_notes = Assessment.objects.using(schema_editor.connection.alias).exclude(internal_notes="")
    for pk, text, updated_at in with_notes.values_list("pk", "internal_notes", "updated_at"):
        # Who wrote the note was not kept: it has no author.
        Note.objects.using(schema_editor.connection.alias).create(
            assessment_id=pk, text=text, created_at=updated_at
        )


def internal_notes_from_notes(apps, schema_editor) -> None:
    Assessment = apps.get_model("eligibility", "Assessment")
    Note = apps.get_model("eligibility", "Note")
    using = schema_editor.connection.alias
    texts: dict[int, list[str]] = {}
    for assessment_id, text in (
        Note.objects.using(using)
        .order_by("-created_at", "-pk")
        .values_list("assessment_id", "text")
    ):
        texts.setdefault(assessment_id, []).append(text)
    for assessment_id, notes in texts.items():
        Assessment.objects.using(using).filter(pk=assessment_id).update(
            internal_notes="\n\n".join(notes)
        )


def risks_from_results(apps, schema_editor) -> None:
    Assessment = apps.get_model("eligibility", "Assessment")
    IndicatedRisk = apps.get_model("eligibility", "IndicatedRisk")
    using = schema_editor.connection.alias
    submitted = Assessment.objects.using(using).exclude(results=None).values_list("pk", "results")
    flagged = []
    for pk, results in submitted.iterator(chunk_size=CHUNK_SIZE):
        risks = indicated_risks(results)
        IndicatedRisk.objects.using(using).bulk_create(
            IndicatedRisk(assessment_id=pk, rule_set=rule_set, risk_id=risk_id)
            for rule_set, risk_id in risks
        )
        if risks:
            flagged.append(pk)
    for start in range(0, len(flagged), CHUNK_SIZE):
        Assessment.objects.using(using).filter(pk__in=flagged[start : start + CHUNK_SIZE]).update(
            has_indicated_risk=True
        )


def nationalities_as_codes(apps, schema_editor) -> None:
    Assessment = apps.get_model("eligibility", "Assessment")
    using = schema_editor.connection.alias
    rows = Assessment.objects.using(using).filter(answers__has_key="nationality")
    for assessment in rows.only("pk", "answers").iterator(chunk_size=CHUNK_SIZE):
        code = code_for(assessment.answers["nationality"])
        if code:
            assessment.answers["nationality"] = code
            assessment.nationality = code
            assessment.save(update_fields=["answers", "nationality"])


class Migration(migrations.Migration):
    dependencies = [("eligibility", "0007_review_workspace")]

    # Going back puts the notes, newest first, into the internal notes; the risks' table and
    # column go with 0007, and a code reads as well as the text it came from.
    operations = [
        migrations.RunPython(notes_from_internal_notes, internal_notes_from_notes),
        migrations.RunPython(risks_from_results, migrations.RunPython.noop),
        migrations.RunPython(nationalities_as_codes, migrations.RunPython.noop),
    ]
