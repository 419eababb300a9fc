from django.urls import path

from eligibility import views

app_name = "eligibility"

# The public id is a UUID: anything else in its place matches no URL and gets the 404 page.
urlpatterns = [
    path("", views.start, name="start"),
    path("start", views.start_assessment, name="start_assessment"),
    path("a/<uuid:public_id>/", views.resume, name="resume"),
    path("a/<uuid:public_id>/q/<slug:page_id>", views.question, name="question"),
    path("a/<uuid:public_id>/check", views.check_answers, name="check"),
    path("a/<uuid:public_id>/submit", views.submit, name="submit"),
    path("a/<uuid:public_id>/result", views.result, name="result"),
    path("a/<uuid:public_id>/change", views.change_answers, name="change_answers"),
    path("a/<uuid:public_id>/delete", views.delete, name="delete"),
    path("deleted", views.deleted, name="deleted"),
]
