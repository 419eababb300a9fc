"""The advisor's side of an assessment: review status, assignment, follow-up date and notes.

Two people may have the same assessment open. Every change of these fields raises the
assessment's ``advisor_version``; a form opened before that change is refused, with the other
person's change shown and the refused entries kept in the form, so that nothing is lost to a
concurrent edit. Notes are only ever added, with their author and time.
"""

from datetime import date
from typing import Any

from django import forms
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from eligibility.models import Assessment, Note

# The fields an advisor changes, as the history names them: stored in English, translated
# when the history is read (Django's own LogEntry format).
HISTORY_LABELS = {
    "review_status": gettext_noop("Review status"),
    "assigned_advisor": gettext_noop("Assigned advisor"),
    "follow_up_on": gettext_noop("Follow-up date"),
    "reevaluated_results": gettext_noop("Re-evaluated results"),
    "reevaluated_at": gettext_noop("Re-evaluation date"),
}
ADVISOR_FIELDS = ("review_status", "assigned_advisor", "follow_up_on")
NOTE_NAME = gettext_noop("note")


def changed_fields(*names: str) -> list[dict]:
    """A history message in Django's own format, translated when the history is read."""
    return [{"changed": {"fields": [HISTORY_LABELS[name] for name in names]}}] if names else []


def note_added(text: str) -> list[dict]:
    return [{"added": {"name": NOTE_NAME, "object": text}}]


class AdvisorForm(forms.ModelForm):
    """The advisor fields, a new note, and the version of the fields the form was opened on."""

    new_note = forms.CharField(
        label=_("Add a note"),
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_(
            "Seen by advisors only, never by the applicant. A note is kept with its author "
            "and time, and never changed."
        ),
    )
    version = forms.IntegerField(
        label=_("advisor version"), widget=forms.HiddenInput, required=False
    )

    class Meta:
        model = Assessment
        fields = ADVISOR_FIELDS
        widgets = {"follow_up_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = self.instance.advisor_version
        self.fields["follow_up_on"].help_text = _(
            "When to look at this assessment again, e.g. if the applicant has not answered."
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        # The row stays locked until the change is saved (the admin saves in a transaction).
        current = (
            Assessment.objects.select_for_update(of=("self",))
            .select_related("assigned_advisor")
            .get(pk=self.instance.pk)
        )
        if cleaned.get("version") != current.advisor_version:
            self.data = self.data.copy()
            self.data["version"] = str(current.advisor_version)
            raise ValidationError(stale_message(current), code="stale")
        return cleaned


def stale_message(current: Assessment) -> str:
    """What another person changed since the form was opened, as it now stands."""
    entry = (
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Assessment),
            object_id=str(current.pk),
        )
        .select_related("user")
        .order_by("-action_time")
        .first()
    )
    note = current.notes.select_related("author").first()
    parts = [
        gettext(
            "%(person)s changed this assessment at %(time)s, after you opened it. "
            "Your changes were not saved: they are still in the form below. Check them "
            "against the change and save again."
        )
        % {
            "person": entry.user.get_username() if entry else gettext("Someone"),
            "time": date_format(
                timezone.localtime(entry.action_time if entry else current.updated_at),
                "SHORT_DATETIME_FORMAT",
            ),
        },
        gettext("Their change: %(change)s")
        % {"change": entry.get_change_message() if entry else "—"},
        gettext("Now: review status %(status)s; assigned to %(advisor)s; follow-up %(date)s.")
        % {
            "status": current.get_review_status_display(),
            "advisor": current.assigned_advisor.get_username()
            if current.assigned_advisor
            else gettext("nobody"),
            "date": date_format(current.follow_up_on) if current.follow_up_on else "—",
        },
    ]
    if note:
        parts.append(
            gettext("Latest note, by %(author)s: “%(text)s”")
            % {"author": author_name(note), "text": note.text}
        )
    return " ".join(parts)


def author_name(note: Note) -> str:
    return note.author.get_username() if note.author else gettext("unknown (an earlier note)")


def save_advisor_form(form: AdvisorForm, user: Any) -> list[dict]:
    """Saves what the advisor changed, and a new note; returns the history message."""
    assessment = form.instance
    changed = [name for name in ADVISOR_FIELDS if name in form.changed_data]
    text = form.cleaned_data.get("new_note", "")
    if not changed and not text:
        return []
    assessment.advisor_version = (form.cleaned_data.get("version") or 0) + 1
    assessment.save(update_fields=[*changed, "advisor_version", "updated_at"])
    message = changed_fields(*changed)
    if text:
        Note.objects.create(assessment=assessment, author=user, text=text)
        message += note_added(text)
    return message


def change_each(queryset: QuerySet[Assessment], **values: Any) -> tuple[int, list[Assessment]]:
    """Sets the values (by column name) on each assessment where they differ, raising its
    advisor version; returns how many changed, and which, for the history."""
    changed = []
    names = list(values)
    with transaction.atomic():
        rows = queryset.order_by().select_for_update().values_list("pk", "reference", *names)
        for pk, reference, *current in rows:
            if current == [values[name] for name in names]:
                continue
            Assessment.objects.filter(pk=pk).update(
                **values, advisor_version=F("advisor_version") + 1, updated_at=timezone.now()
            )
            changed.append(Assessment(pk=pk, reference=reference))
    return len(changed), changed


class BulkAssignForm(forms.Form):
    advisor = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=None,
        required=False,
        empty_label=_("Nobody (unassign)"),
    )

    def __init__(self, *args: Any, advisors: QuerySet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["advisor"].queryset = advisors


class BulkStatusForm(forms.Form):
    review_status = forms.ChoiceField(
        label=_("New review status"), choices=Assessment.ReviewStatus.choices
    )
    follow_up_on = forms.DateField(
        label=_("Follow-up date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty to keep each assessment's follow-up date."),
    )

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"review_status": self.cleaned_data["review_status"]}
        follow_up: date | None = self.cleaned_data.get("follow_up_on")
        if follow_up:
            values["follow_up_on"] = follow_up
        return values


def log_changes(user: Any, assessments: list[Assessment], message: list[dict]) -> None:
    """One history entry per assessment changed, as the admin writes them."""
    if not assessments:
        return
    LogEntry.objects.log_actions(
        user_id=user.pk, queryset=assessments, action_flag=CHANGE, change_message=message
    )
