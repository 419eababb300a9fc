"""The Django admin: advisor review of assessments, and the history of deleted ones."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from eligibility.admin.assessment import AssessmentAdmin
from eligibility.admin.deletions import DeletedAssessmentAdmin

# The product's name, in the advisor's language, instead of "Django administration".
admin.site.site_header = _("Residency")
admin.site.site_title = _("Residency")
admin.site.index_title = _("Advisor workspace")
# The list of models beside every page would take a fifth of a 1366 px screen for one link.
admin.site.enable_nav_sidebar = False

__all__ = ["AssessmentAdmin", "DeletedAssessmentAdmin"]
