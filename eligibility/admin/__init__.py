"""The Django admin: advisor review of assessments."""

from eligibility.admin.assessment import AssessmentAdmin

__all__ = ["AssessmentAdmin"]
