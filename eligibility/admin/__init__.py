"""The Django admin: advisor review of assessments, and the history of deleted ones."""

from eligibility.admin.assessment import AssessmentAdmin
from eligibility.admin.deletions import DeletedAssessmentAdmin

__all__ = ["AssessmentAdmin", "DeletedAssessmentAdmin"]
