"""Every applicant page reads and writes the database in at most three SQL queries, counting
transaction control (BEGIN, COMMIT) as the database's round trips do. Submitting is the one
exception: its three statements run in a transaction, so that the result and the open routes the
advisors filter on are recorded together or not at all."""

from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.applicants import PROFESSOR, SPOUSE, post_data
from tests.questionnaire.conftest import question_url

MAX_QUERIES = 3
# A transaction's start and end; inside a test's own transaction, a savepoint's.
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT")


def statements(captured) -> list[str]:
    return [
        query["sql"]
        for query in captured.captured_queries
        if not query["sql"].startswith(TRANSACTION_CONTROL)
    ]


def test_start_page_and_start_now(client, db, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(reverse("eligibility:start")).status_code == 200
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.post(reverse("eligibility:start_assessment")).status_code == 302
    assert Assessment.objects.count() == 1


def test_question_page(client, assessment, answer, django_assert_max_num_queries):
    answer(assessment, {"about-you": PROFESSOR["about-you"]})
    for page_id in ("about-you", "situations"):  # answered, and the current page
        with django_assert_max_num_queries(MAX_QUERIES):
            assert client.get(question_url(assessment, page_id)).status_code == 200


def test_saving_a_question_page(client, assessment, answer, django_assert_max_num_queries):
    pages = list(SPOUSE.items())
    for page_id, form in pages[:-1]:
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.post(question_url(assessment, page_id), post_data(form))
        assert response.status_code == 302, page_id
    # The contact page also writes the name and e-mail address.
    contact = {"contact": "yes", "contact_name": "Ana Lima", "contact_email": "ana@example.com"}
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.post(question_url(assessment, "contact"), contact)
    assert response["Location"] == reverse("eligibility:check", args=[assessment.public_id])
    assessment.refresh_from_db()
    assert assessment.answers["spouse_status"] == SPOUSE["spouse"]["spouse_status"]
    assert assessment.contact_email == "ana@example.com"


def test_check_your_answers(client, assessment, answer, django_assert_max_num_queries):
    answer(assessment, PROFESSOR)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(reverse("eligibility:check", args=[assessment.public_id]))
    assert response.status_code == 200


def test_submitting(client, assessment, answer, django_assert_max_num_queries):
    answer(assessment, PROFESSOR)
    with django_assert_max_num_queries(MAX_QUERIES + 2) as captured:
        response = client.post(reverse("eligibility:submit", args=[assessment.public_id]))
    assert response["Location"] == reverse("eligibility:result", args=[assessment.public_id])
    assert len(statements(captured)) <= MAX_QUERIES, statements(captured)
    assessment.refresh_from_db()
    assert assessment.is_submitted
    assert assessment.open_routes.exists()


def test_result_page(client, assessment, answer, django_assert_max_num_queries):
    answer(assessment, PROFESSOR)
    client.post(reverse("eligibility:submit", args=[assessment.public_id]))
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(reverse("eligibility:result", args=[assessment.public_id]))
    assert response.status_code == 200
