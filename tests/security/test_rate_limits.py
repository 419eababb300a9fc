"""Rate limits: new assessments per address, posts per assessment, admin logins (django-axes).
Counters live in the database, so every worker and instance shares them (tests/stack shows it
across two instances)."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from eligibility.models import Assessment
from tests.questionnaire.conftest import question_url

START = reverse("eligibility:start_assessment")


@pytest.fixture
def low_limits(settings):
    settings.RATELIMIT_NEW_ASSESSMENTS = "3/m"
    settings.RATELIMIT_ASSESSMENT_POSTS = "4/m"


def test_new_assessments_beyond_the_limit_get_the_429_page(client, db, low_limits):
    statuses = [client.post(START).status_code for _ in range(5)]

    assert statuses == [302, 302, 302, 429, 429]
    assert Assessment.objects.count() == 3
    page = client.post(START).content.decode()
    assert "Too many requests" in page
    assert "Nothing you saved before has been lost." in page


def test_the_429_page_is_in_chinese_too(client, db, low_limits):
    for _ in range(3):
        client.post(START)

    response = client.post(START, HTTP_ACCEPT_LANGUAGE="zh-CN")

    assert response.status_code == 429
    assert "请求过多" in response.content.decode()


def test_another_address_is_counted_apart(client, db, low_limits):
    for _ in range(3):
        client.post(START, REMOTE_ADDR="198.51.100.1")

    assert client.post(START, REMOTE_ADDR="198.51.100.2").status_code == 302


def test_behind_nginx_the_address_is_the_one_nginx_passes(client, db, low_limits, settings):
    settings.TRUST_X_REAL_IP = True
    for _ in range(3):
        client.post(START, HTTP_X_REAL_IP="198.51.100.1")

    assert client.post(START, HTTP_X_REAL_IP="198.51.100.1").status_code == 429
    assert client.post(START, HTTP_X_REAL_IP="198.51.100.2").status_code == 302


def test_without_trusting_nginx_a_forged_x_real_ip_changes_nothing(client, db, low_limits):
    for _ in range(3):
        client.post(START, HTTP_X_REAL_IP="198.51.100.1")

    assert client.post(START, HTTP_X_REAL_IP="198.51.100.9").status_code == 429


def test_posts_to_one_assessment_beyond_the_limit_get_429_and_others_go_on(
    client, assessment, low_limits
):
    url = question_url(assessment, "about-you")
    statuses = [client.post(url, {"nationality": "French"}).status_code for _ in range(6)]

    assert statuses == [200, 200, 200, 200, 429, 429]
    assert client.get(url).status_code == 200  # reading is not limited
    other = Assessment.start(language="en")
    assert client.post(question_url(other, "about-you"), {}).status_code == 200


@pytest.mark.parametrize("failures, status", [(4, 302), (5, 429)])
def test_admin_login_locks_out_at_the_fifth_failure(db, failures, status):
    User.objects.create_superuser("admin", password="the right password")
    client = Client()
    wrong = [
        client.post("/admin/login/", {"username": "admin", "password": "wrong"}).status_code
        for _ in range(failures)
    ]

    right = client.post("/admin/login/", {"username": "admin", "password": "the right password"})

    assert wrong == [200] * 4 + [429] * (failures - 4)
    assert right.status_code == status
    if status == 429:
        assert "Too many requests" in right.content.decode()
        assert "_auth_user_id" not in client.session
