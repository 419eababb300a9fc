import uuid
from typing import Any

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from eligibility import nationalities, summary
from eligibility.engine import Outcome, labels
from eligibility.references import new_reference

RULE_SET = "draft_2020"
# The engine's names for its outcomes; its gettext_noop marks them for translation.
OUTCOME_CHOICES = [(outcome.value, _(labels.OUTCOMES[outcome]["text"])) for outcome in Outcome]
# A route is open to the applicant when its outcome is one of these.
OPEN_OUTCOMES = (Outcome.ELIGIBLE, Outcome.NEEDS_RECOMMENDATION)


class Assessment(models.Model):
    """One applicant's answers and, once submitted, the result they were shown."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    class ReviewStatus(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        AWAITING_APPLICANT = "awaiting_applicant", _("Awaiting applicant")
        REVIEWED = "reviewed", _("Reviewed")
        CONTACTED = "contacted", _("Contacted")

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

    # Copied from the answers and the result so that the admin's changelist shows and filters
    # on indexed columns.
    nationality = CountryField(
        _("nationality"), countries=nationalities.Nationalities, blank=True, editable=False
    )
    best_outcome = models.CharField(
        _("best outcome"), max_length=24, choices=OUTCOME_CHOICES, blank=True
    )
    has_indicated_risk = models.BooleanField(_("refusal risk indicated"), default=False)

    # Advisor review.
    review_status = models.CharField(
        _("review status"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.NEW
    )
    assigned_advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned advisor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_assessments",
        limit_choices_to={"is_staff": True},
    )
    follow_up_on = models.DateField(_("follow-up date"), null=True, blank=True)
    # Raised by every change of the advisor fields or notes: a form opened before is stale.
    advisor_version = models.PositiveIntegerField(_("advisor version"), default=0)
    reevaluated_result = models.JSONField(
        _("re-evaluated result"),
        null=True,
        blank=True,
        help_text=_("The answers evaluated again against the current rule set."),
    )
    reevaluated_at = models.DateTimeField(_("re-evaluated"), null=True, blank=True)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"], name="assessment_status_idx"),
            models.Index(fields=["submitted_at"], name="assessment_submitted_at_idx"),
            models.Index(fields=["created_at"], name="assessment_created_at_idx"),
            # Each filter of the admin's changelist, with its newest-first order.
            models.Index(
                fields=["review_status", "-created_at"], name="assessment_review_created_idx"
            ),
            models.Index(
                fields=["best_outcome", "-created_at"], name="assessment_outcome_created_idx"
            ),
            models.Index(fields=["language", "-created_at"], name="assessment_lang_created_idx"),
            models.Index(
                fields=["contact_consent", "-created_at"], name="assessment_consent_created_idx"
            ),
            models.Index(
                fields=["has_indicated_risk", "-created_at"], name="assessment_risk_created_idx"
            ),
            models.Index(fields=["follow_up_on"], name="assessment_follow_up_idx"),
            models.Index(fields=["nationality"], name="assessment_nationality_idx"),
            # The admin's search looks for any part of the lower-cased name and e-mail address
            # through trigram indexes on PostgreSQL (migration 0007_search_trigram_indexes).
        ]

    def __str__(self) -> str:
        return self.reference

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Saves, with the nationality column following the answer (the admin searches it)."""
        self.nationality = nationalities.code_for(self.answers.get("nationality", ""))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "answers" in update_fields:
            kwargs["update_fields"] = {*update_fields, "nationality"}
        super().save(*args, **kwargs)

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

    def record_result(self, result: dict[str, Any]) -> None:
        """Saves the result shown to the applicant, with the columns and open routes copied
        from it for the admin's changelist."""
        self.result = result
        self.rule_set = result["rule_set"]["id"]
        self.rule_set_version = result["rule_set"]["version"]
        self.best_outcome = result["overall"]
        risks = summary.indicated_risk_ids(result)
        self.has_indicated_risk = bool(risks)
        with transaction.atomic():
            self.save(
                update_fields=[
                    "result",
                    "rule_set",
                    "rule_set_version",
                    "best_outcome",
                    "has_indicated_risk",
                    "updated_at",
                ]
            )
            self.open_routes.all().delete()
            OpenRoute.objects.bulk_create(OpenRoute.of(self, result))
            self.indicated_risks.all().delete()
            IndicatedRisk.objects.bulk_create(
                IndicatedRisk(assessment=self, risk_id=risk_id) for risk_id in risks
            )

    def record_reevaluation(self, result: dict[str, Any]) -> None:
        """Saves a later evaluation beside the original result, which stays as shown."""
        self.reevaluated_result = result
        self.reevaluated_at = timezone.now()
        self.save(update_fields=["reevaluated_result", "reevaluated_at", "updated_at"])


class OpenRoute(models.Model):
    """A route on which a submitted assessment's result shows the applicant as eligible
    (possibly if recommended): the admin filters assessments by route on this table's index."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="open_routes")
    route_id = models.CharField(_("route"), max_length=64)
    outcome = models.CharField(_("outcome"), max_length=24, choices=OUTCOME_CHOICES)

    class Meta:
        verbose_name = _("open route")
        verbose_name_plural = _("open routes")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "route_id"], name="open_route_unique_per_assessment"
            )
        ]
        indexes = [models.Index(fields=["route_id", "assessment"], name="open_route_route_idx")]

    def __str__(self) -> str:
        return f"{self.assessment_id} {self.route_id}: {self.outcome}"

    @classmethod
    def of(cls, assessment: Assessment, result: dict[str, Any]) -> list["OpenRoute"]:
        return [
            cls(assessment=assessment, route_id=route_id, outcome=outcome)
            for route_id, outcome in open_routes_in(result)
        ]


def open_routes_in(result: dict[str, Any]) -> list[tuple[str, str]]:
    """The routes on which a result shows the applicant as eligible, possibly if recommended."""
    return [
        (route_id, outcome) for outcome in OPEN_OUTCOMES for route_id in result["summary"][outcome]
    ]


class IndicatedRisk(models.Model):
    """A ground for refusal that a submitted assessment's answers point to: the admin flags
    and filters assessments on this table's index."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="indicated_risks"
    )
    risk_id = models.CharField(_("refusal risk"), max_length=64)

    class Meta:
        verbose_name = _("indicated refusal risk")
        verbose_name_plural = _("indicated refusal risks")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "risk_id"], name="indicated_risk_unique_per_assessment"
            )
        ]
        indexes = [models.Index(fields=["risk_id", "assessment"], name="indicated_risk_idx")]

    def __str__(self) -> str:
        return f"{self.assessment_id} {self.risk_id}"


class Note(models.Model):
    """An advisor's note on an assessment: added, never changed, seen by advisors only."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assessment_notes",
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    text = models.TextField(_("note"))

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["assessment", "-created_at"], name="note_assessment_idx")]

    def __str__(self) -> str:
        return self.text
