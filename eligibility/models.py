import uuid

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from eligibility.references import new_reference

RULE_SET = "draft_2020"


class Assessment(models.Model):
    """One applicant's answers and, once submitted, the result they were shown."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    # The URL carries the public id only: it is the applicant's private key to the assessment.
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    reference = models.CharField(
        _("reference"), max_length=12, unique=True, editable=False, default=new_reference
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_PROGRESS
    )
    answers = models.JSONField(
        _("answers"), default=dict, blank=True, help_text=_("Keyed by question or fact id.")
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    rule_set = models.CharField(_("rule set"), max_length=40, default=RULE_SET)
    rule_set_version = models.CharField(_("rule set version"), max_length=40, blank=True)
    result = models.JSONField(
        _("result"),
        null=True,
        blank=True,
        help_text=_("The result as the applicant saw it on submitting."),
    )
    contact_consent = models.BooleanField(_("agreed to be contacted"), default=False)
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail address"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"], name="assessment_status_idx"),
            models.Index(fields=["submitted_at"], name="assessment_submitted_at_idx"),
            models.Index(fields=["created_at"], name="assessment_created_at_idx"),
        ]

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("eligibility:resume", args=[self.public_id])

    @property
    def is_submitted(self) -> bool:
        return self.status == self.Status.SUBMITTED

    @classmethod
    def start(cls, language: str) -> "Assessment":
        """Creates an assessment, drawing a new reference in the rare case one is taken."""
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    return cls.objects.create(language=language, reference=new_reference())
            except IntegrityError:
                continue
        raise RuntimeError("Could not draw an unused assessment reference in 5 attempts.")
