from django.contrib import admin
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from eligibility.admin.display import CURRENT_ROUTES, route_label
from eligibility.models import Assessment, OpenRoute


class RouteFilter(admin.SimpleListFilter):
    """Assessments whose result shows the applicant as eligible on a route, possibly if
    recommended."""

    title = _("eligible on route")
    parameter_name = "route"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [(route_id, route_label(route_id, length=40)) for route_id in CURRENT_ROUTES]

    def queryset(
        self, request: HttpRequest, queryset: QuerySet[Assessment]
    ) -> QuerySet[Assessment]:
        if self.value() is None:
            return queryset
        # The open route's copy of the creation date lets one index serve filter and order.
        open_route = OpenRoute.objects.filter(
            assessment=OuterRef("pk"), route_id=self.value(), created_at=OuterRef("created_at")
        )
        return queryset.filter(Exists(open_route))
