import uuid
from typing import Any

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from eligibility import nationalities
from eligibility.engine import RULE_SETS, Outcome, Result, labels
from eligibility.engine.record import to_record
from eligibility.references import new_reference
from eligibility.results import indicated_risks

# The engine's names for its outcomes; its gettext_noop marks them for translation.
OUTCOME_CHOICES = [(outcome.value, _(labels.OUTCOMES[outcome]["text"])) for outcome in Outcome]
# A route is open to the applicant when its outcome is one of these.
OPEN_OUTCOMES = (Outcome.ELIGIBLE, Outcome.NEEDS_RECOMMENDATION)
# The column that copies each rule set's best outcome, for the admin's lists.
BEST_OUTCOME_FIELDS = {"current": "best_outcome_current", "draft_2020": "best_outcome_draft"}
RULE_SET_CHOICES = [(id, id) for id in RULE_SETS]


def outcome_rank(column: str) -> models.Case:
    """The rank of an outcome, best first: the admin sorts outcomes in the order of their
    meaning, not their codes' spelling."""
    return models.Case(
        *(
            models.When(**{column: outcome.value}, then=models.Value(rank))
            for rank, outcome in enumerate(Outcome)
        ),
        default=models.Value(len(Outcome)),
        output_field=models.IntegerField(),
    )


class ReviewStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    AWAITING_APPLICANT = "awaiting_applicant", _("Awaiting applicant")
    REVIEWED = "reviewed", _("Reviewed")
    CONTACTED = "contacted", _("Contacted")


def review_rank() -> models.Case:
    """The rank of a review status in the order of the work, not the codes' spelling."""
    return models.Case(
        *(
            models.When(review_status=status, then=models.Value(rank))
            for rank, status in enumerate(ReviewStatus.values)
        ),
        default=models.Value(0),
        output_field=models.IntegerField(),
    )


class Assessment(models.Model):
    """One applicant's answers and, once submitted, the result they were shown."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    ReviewStatus = ReviewStatus

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
    results = models.JSONField(
        _("results"),
        null=True,
        blank=True,
        help_text=_(
            "The results as the applicant saw them on submitting, one per rule set, each naming "
            "the release of the rules it was made with."
        ),
    )
    contact_consent = models.BooleanField(_("agreed to be contacted"), default=False)
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail address"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    # Copied from the answers and the results so that the admin's changelist shows and filters
    # on indexed columns.
    nationality = CountryField(
        _("nationality"), countries=nationalities.Nationalities, blank=True, editable=False
    )
    best_outcome_current = models.CharField(
        _("best outcome under the rules in force"),
        max_length=24,
        choices=OUTCOME_CHOICES,
        blank=True,
    )
    best_outcome_draft = models.CharField(
        _("best outcome under the 2020 draft"),
        max_length=24,
        choices=OUTCOME_CHOICES,
        blank=True,
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
    reevaluated_results = models.JSONField(
        _("re-evaluated results"),
        null=True,
        blank=True,
        help_text=_("The answers evaluated again under the latest releases of the rule sets."),
    )
    reevaluated_at = models.DateTimeField(_("re-evaluated"), null=True, blank=True)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"], name="assessment_status_idx"),
            models.Index(fields=["created_at"], name="assessment_created_at_idx"),
            # Each filter of the admin's changelist, with its newest-first order.
            models.Index(
                fields=["review_status", "-created_at"], name="assessment_review_created_idx"
            ),
            models.Index(
                fields=["best_outcome_current", "-created_at"],
                name="assessment_current_created_idx",
            ),
            models.Index(
                fields=["best_outcome_draft", "-created_at"], name="assessment_outcome_created_idx"
            ),
            models.Index(fields=["language", "-created_at"], name="assessment_lang_created_idx"),
            models.Index(
                fields=["contact_consent", "-created_at"], name="assessment_consent_created_idx"
            ),
            models.Index(
                fields=["has_indicated_risk", "-created_at"], name="assessment_risk_created_idx"
            ),
            models.Index(fields=["nationality"], name="assessment_nationality_idx"),
            # The queue of unassigned applicants who agreed to be contacted, by outcome and
            # review status: a tenth of the rows, counted from this index alone.
            models.Index(
                fields=["best_outcome_current", "review_status", "-created_at"],
                condition=models.Q(assigned_advisor=None, contact_consent=True),
                name="assessment_unassigned_idx",
            ),
            # The changelist's sorts: by a column, then newest first, each way. An index read
            # in order gives the first page at once; without one the database sorts every row.
            models.Index(
                fields=["-submitted_at", "-created_at"], name="assessment_submitted_order_idx"
            ),
            models.Index(
                fields=["follow_up_on", "-created_at"], name="assessment_follow_up_order_idx"
            ),
            models.Index(
                fields=["-follow_up_on", "-created_at"], name="assessment_follow_up_desc_idx"
            ),
            models.Index(
                outcome_rank("best_outcome_current"),
                models.F("created_at").desc(),
                name="assessment_current_rank_idx",
            ),
            models.Index(
                outcome_rank("best_outcome_current").desc(),
                models.F("created_at").desc(),
                name="assessment_current_rdesc_idx",
            ),
            models.Index(
                outcome_rank("best_outcome_draft"),
                models.F("created_at").desc(),
                name="assessment_draft_rank_idx",
            ),
            models.Index(
                outcome_rank("best_outcome_draft").desc(),
                models.F("created_at").desc(),
                name="assessment_draft_rdesc_idx",
            ),
            models.Index(
                review_rank(), models.F("created_at").desc(), name="assessment_review_rank_idx"
            ),
            models.Index(
                review_rank().desc(),
                models.F("created_at").desc(),
                name="assessment_review_rdesc_idx",
            ),
            # The admin's search looks for any part of the lower-cased name and e-mail address
            # through trigram indexes on PostgreSQL (migration 0010_search_trigram_indexes).
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
    def find(cls, public_id: uuid.UUID) -> "Assessment | None":
        """The assessment with this public id, by a query written out: every page of an
        assessment starts with it, and Django took longer to build it than PostgreSQL to
        answer it."""
        field = cls._meta.get_field("public_id")
        quote = connection.ops.quote_name
        sql = f"SELECT * FROM {quote(cls._meta.db_table)} WHERE {quote(field.column)} = %s"
        key = field.get_db_prep_value(public_id, connection)
        return next(iter(cls.objects.raw(sql, [key])), None)

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

    @staticmethod
    def result_columns(results: dict[str, Result]) -> dict[str, Any]:
        """The results shown to the applicant, one record per rule set, and the columns the
        admin's changelist shows and filters on, copied from them."""
        stored = {rule_set: to_record(result) for rule_set, result in results.items()}
        return {
            "results": stored,
            **{
                BEST_OUTCOME_FIELDS[rule_set]: result.overall.value
                for rule_set, result in results.items()
            },
            "has_indicated_risk": bool(indicated_risks(stored)),
        }

    def submit(self, results: dict[str, Result], answers: dict[str, Any], language: str) -> bool:
        """Marks the assessment submitted with the answers evaluated, the results shown and its
        open routes, unless it already is: of two submissions only the first counts (False for
        the second)."""
        now = timezone.now()
        columns = {
            "status": self.Status.SUBMITTED,
            "answers": answers,
            "language": language,
            "submitted_at": now,
            "updated_at": now,
            **self.result_columns(results),
        }
        with transaction.atomic():
            in_progress = Assessment.objects.filter(pk=self.pk, status=self.Status.IN_PROGRESS)
            if not in_progress.update(**columns):
                return False
            for name, value in columns.items():
                setattr(self, name, value)
            OpenRoute.objects.bulk_create(OpenRoute.of(self, results))
            if self.has_indicated_risk:
                IndicatedRisk.objects.bulk_create(IndicatedRisk.of(self))
        return True

    def record_results(self, results: dict[str, Result]) -> None:
        """Saves the results shown to the applicant, one per rule set, with the columns, open
        routes and indicated refusal risks copied from them for the admin's changelist."""
        columns = self.result_columns(results)
        for name, value in columns.items():
            setattr(self, name, value)
        with transaction.atomic():
            self.save(update_fields=[*columns, "updated_at"])
            self.open_routes.all().delete()
            OpenRoute.objects.bulk_create(OpenRoute.of(self, results))
            self.indicated_risks.all().delete()
            IndicatedRisk.objects.bulk_create(IndicatedRisk.of(self))

    def record_reevaluation(self, results: dict[str, Result]) -> None:
        """Saves a later evaluation beside the original results, which stay as shown."""
        self.reevaluated_results = {
            rule_set: to_record(result) for rule_set, result in results.items()
        }
        self.reevaluated_at = timezone.now()
        self.save(update_fields=["reevaluated_results", "reevaluated_at", "updated_at"])


class OpenRoute(models.Model):
    """A route on which a submitted assessment's result shows the applicant as eligible
    (possibly if recommended): the admin filters assessments by route on this table's index,
    newest first, with the assessment's creation and submission dates copied here so that the
    index serves the order and a date range too."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="open_routes")
    rule_set = models.CharField(_("rule set"), max_length=40, choices=RULE_SET_CHOICES)
    route_id = models.CharField(_("route"), max_length=64)
    outcome = models.CharField(_("outcome"), max_length=24, choices=OUTCOME_CHOICES)
    created_at = models.DateTimeField(_("created"))
    submitted_at = models.DateTimeField(_("submitted"))

    class Meta:
        verbose_name = _("open route")
        verbose_name_plural = _("open routes")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "route_id"], name="open_route_unique_per_assessment"
            )
        ]
        indexes = [
            # The changelist's route filter, newest first: its order, read from this index,
            # and the submission dates a date range keeps, read beside it.
            models.Index(
                fields=["route_id", "-created_at", "-assessment"],
                include=["submitted_at"],
                name="open_route_order_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment_id} {self.route_id}: {self.outcome}"

    @classmethod
    def of(cls, assessment: Assessment, results: dict[str, Result]) -> list["OpenRoute"]:
        return [
            cls(
                assessment=assessment,
                rule_set=rule_set,
                route_id=route.route.id,
                outcome=route.outcome,
                created_at=assessment.created_at,
                submitted_at=assessment.submitted_at,
            )
            for rule_set, result in results.items()
            for route in result.routes
            if route.outcome in OPEN_OUTCOMES
        ]


class DeletedAssessment(models.Model):
    """What is kept of a deleted assessment: when and why it went, none of what it held (no
    answers, contact details, result or private id), for the admin's history."""

    class Reason(models.TextChoices):
        APPLICANT = "applicant", _("Deleted by the applicant")
        RETENTION = "retention", _("Retention period over")

    reference = models.CharField(_("reference"), max_length=12)
    status = models.CharField(_("status"), max_length=20, choices=Assessment.Status.choices)
    created_at = models.DateTimeField(_("created"))
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), default=timezone.now, db_index=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)

    class Meta:
        verbose_name = _("deleted assessment")
        verbose_name_plural = _("deleted assessments")
        ordering = ["-deleted_at"]

    def __str__(self) -> str:
        return self.reference

    @classmethod
    def delete_assessments(cls, assessments: models.QuerySet[Assessment], reason: str) -> int:
        """Deletes the assessments, their notes and their admin history, in batches, leaving a
        record of each; returns how many."""
        deleted = 0
        while True:
            with transaction.atomic():
                batch = list(
                    assessments.order_by("pk")
                    .select_for_update()
                    .only("reference", "status", "created_at", "submitted_at")[:1000]
                )
                if not batch:
                    return deleted
                cls.objects.bulk_create(
                    cls(
                        reference=assessment.reference,
                        status=assessment.status,
                        created_at=assessment.created_at,
                        submitted_at=assessment.submitted_at,
                        reason=reason,
                    )
                    for assessment in batch
                )
                pks = [assessment.pk for assessment in batch]
                # The admin's history holds the text of advisors' notes: it goes too.
                LogEntry.objects.filter(
                    content_type=ContentType.objects.get_for_model(Assessment),
                    object_id__in=[str(pk) for pk in pks],
                ).delete()
                Assessment.objects.filter(pk__in=pks).delete()
            deleted += len(batch)


class RenderedResult(models.Model):
    """The result page's content as rendered for an assessment in one language. A submitted
    result never changes, so the page is rendered once and then served from here; ``version``
    names the templates and texts it was rendered with, and a page rendered by older ones is
    rendered again (in place: one row per assessment and language). The HTML is stored
    compressed (deflate, ready to be sent in a gzip stream): about a sixth of its size."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="rendered_results"
    )
    language = models.CharField(_("language"), max_length=10)
    version = models.CharField(_("version"), max_length=32)
    html = models.BinaryField(_("HTML"))
    rendered_at = models.DateTimeField(_("rendered"))

    class Meta:
        verbose_name = _("rendered result")
        verbose_name_plural = _("rendered results")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "language"], name="rendered_result_unique_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.assessment_id} {self.language}"


class RateLimitCounter(models.Model):
    """A rate-limit counter of django-ratelimit (``residency.cache.CounterCache``): requests
    counted under one key until it expires."""

    cache_key = models.CharField(max_length=255, primary_key=True)
    count = models.BigIntegerField()
    expires = models.DateTimeField(db_index=True)

    class Meta:
        db_table = "residency_counter"

    def __str__(self) -> str:
        return self.cache_key


class IndicatedRisk(models.Model):
    """A ground for refusal that a submitted assessment's answers point to under a rule set
    (only the 2020 draft lists refusal risks): the admin flags and filters assessments on this
    table's index."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="indicated_risks"
    )
    rule_set = models.CharField(_("rule set"), max_length=40, choices=RULE_SET_CHOICES)
    risk_id = models.CharField(_("refusal risk"), max_length=64)

    class Meta:
        verbose_name = _("indicated refusal risk")
        verbose_name_plural = _("indicated refusal risks")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "rule_set", "risk_id"],
                name="indicated_risk_unique_per_assessment",
            )
        ]
        indexes = [models.Index(fields=["risk_id", "assessment"], name="indicated_risk_idx")]

    def __str__(self) -> str:
        return f"{self.assessment_id} {self.rule_set} {self.risk_id}"

    @classmethod
    def of(cls, assessment: Assessment) -> list["IndicatedRisk"]:
        """The refusal risks the assessment's stored results indicate."""
        return [
            cls(assessment=assessment, rule_set=rule_set, risk_id=risk_id)
            for rule_set, risk_id in indicated_risks(assessment.results)
        ]


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
