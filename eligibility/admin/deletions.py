from django.contrib import admin
from django.http import HttpRequest

from eligibility.models import DeletedAssessment


@admin.register(DeletedAssessment)
class DeletedAssessmentAdmin(admin.ModelAdmin):
    """The history of deleted assessments: read-only, and without their content."""

    list_display = ("reference", "reason", "status", "created_at", "submitted_at", "deleted_at")
    list_filter = ("reason", "status", ("deleted_at", admin.DateFieldListFilter))
    search_fields = ("reference",)
    list_per_page = 100

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
