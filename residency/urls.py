from django.contrib import admin
from django.urls import include, path

from residency import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("privacy", views.privacy, name="privacy"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("eligibility.urls")),
]
