"""Every applicant page reads and writes the database in at most three SQL queries, counting
transaction control (BEGIN, COMMIT) as the database's round trips do. Submitting is the one
exception: its three statements run in a transaction, so that the result and the open routes the
advisors filter on are recorded together or not at all.

Every POST is also counted by the rate limits (django-ratelimit, ``residency/cache.py``): one
statement for a window's first request, two for the others (add, then increment). They are
counted apart from the page's own."""

from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.applicants import PROFESSOR, SPOUSE, post_data
from tests.questionnaire.conftest import question_url

MAX_QUERIES = 3
# A transaction's start and end; inside a test's own transaction, a savepoint's.
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT")


RATE_LIMIT_COUNTERS = "residency_counter"
COUNTING_A_POST = 2


def statements(queries: list[str]) -> list[str]:
    return [sql for sql in queries if not sql.startswith(TRANSACTION_CONTROL)]


@contextmanager
def rate_limited(page_queries: int = MAX_QUERIES):
    """At most ``page_queries`` queries of the page's own, and the rate limit's counting."""
    with CaptureQueriesContext(connection) as captured:
        yield captured
    queries = [query["sql"] for query in captured.captured_queries]
    counting = [sql for sql in queries if RATE_LIMIT_COUNTERS in sql]
    own = [sql for sql in queries if RATE_LIMIT_COUNTERS not in sql]
    assert 1 <= len(counting) <= COUNTING_A_POST, counting
    assert len(own) <= page_queries, own
    captured.own = own


def test_start_page_and_start_now(client, db, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(reverse("eligibility:start")).status_code == 200
    with rate_limited():
        assert client.post(reverse("eligibility:start_assessment")).status_code == 302
    assert Assessment.objects.count() == 1


def test_question_page(client, assessment, answer, django_assert_max_num_queries):
    answer(assessment, {"about-you": PROFESSOR["about-you"]})
    for page_id in ("about-you", "situations"):  # answered, and the current page
        with django_assert_max_num_queries(MAX_QUERIES):
            assert client.get(question_url(assessment, page_id)).status_code == 200


def test_saving_a_question_page(client, assessment, answer):
    pages = list(SPOUSE.items())
    for page_id, form in pages[:-1]:
        with rate_limited():
            response = client.post(question_url(assessment, page_id), post_data(form))
        assert response.status_code == 302, page_id
    # The contact page also writes the name and e-mail address.
    contact = {"contact": "yes", "contact_name": "Ana Lima", "contact_email": "ana@example.com"}
    with rate_limited():
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


def test_submitting(client, assessment, answer):
    answer(assessment, PROFESSOR)
    with rate_limited(MAX_QUERIES + 2) as captured:
        response = client.post(reverse("eligibility:submit", args=[assessment.public_id]))
    assert response["Location"] == reverse("eligibility:result", args=[assessment.public_id])
    assert len(statements(captured.own)) <= MAX_QUERIES, statements(captured.own)
    assessment.refresh_from_db()
    assert assessment.is_submitted
    assert assessment.open_routes.exists()


def test_result_page(client, assessment, answer, django_assert_max_num_queries):
    answer(assessment, PROFESSOR)
    client.post(reverse("eligibility:submit", args=[assessment.public_id]))
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(reverse("eligibility:result", args=[assessment.public_id]))
    assert response.status_code == 200
