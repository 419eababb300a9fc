"""Settings and headers that harden the site; the lock file the installs use."""

import logging
import re
from importlib.metadata import version
from pathlib import Path

import pytest
from django.db import OperationalError
from django.test import Client

from residency.logs import PrivateFormatter
from tests.foundation.test_settings import PRODUCTION_ENV, run_manage
from tests.questionnaire.conftest import question_url

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("length, refused", [(49, True), (50, False)])
def test_production_refuses_a_secret_key_shorter_than_50_characters(length, refused):
    run = run_manage("check", env={**PRODUCTION_ENV, "SECRET_KEY": "k" * length})

    assert (run.returncode != 0) is refused, run.stderr
    assert ("at least 50" in run.stderr) is refused


def test_admin_sessions_last_8_hours_unless_configured(settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    run = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SESSION_COOKIE_AGE)",
        env={**PRODUCTION_ENV, "ADMIN_SESSION_HOURS": "2"},
    )
    assert run.stdout.strip().splitlines()[-1] == str(2 * 3600), run.stderr


def test_pages_forbid_inline_script_and_style_and_unused_browser_features(client, db):
    response = client.get("/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_no_template_has_inline_script_or_style():
    inline = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=", re.I)
    for template in PROJECT.glob("**/templates/**/*.html"):
        if ".venv" not in template.parts:
            assert not inline.search(template.read_text()), template


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, assessment, settings):
    url = question_url(assessment, "about-you")
    upload = {"nationality": "French", "file": ("x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1))}

    response = client.post(url, upload)

    assert response.status_code == 400
    assert "could not read your request" in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.answers == {}


def test_a_body_within_the_limit_is_read(client, assessment, settings):
    url = question_url(assessment, "about-you")
    response = client.post(url, {"nationality": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 2)})

    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_a_database_error_gives_the_unavailable_page_not_a_500(client, assessment, monkeypatch):
    def unavailable(*args, **kwargs):
        raise OperationalError("couldn't get a connection after 1.00 sec")

    monkeypatch.setattr("eligibility.models.Assessment.find", unavailable)
    response = Client(raise_request_exception=False).get(question_url(assessment, "about-you"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Sorry, the service is unavailable" in response.content.decode()


def test_log_lines_mask_private_ids_and_security_reports_have_no_traceback():
    formatter = PrivateFormatter("%(name)s %(message)s")
    private = "0b6f2f6e-8f0a-4c1e-9d5b-6a7d4f3e2c1b"
    try:
        raise ValueError(f"/a/{private}/result")
    except ValueError as error:
        failure = logging.LogRecord("django.request", logging.ERROR, "", 0, "%s", ("x",), None)
        failure.exc_info = (type(error), error, error.__traceback__)
        host = logging.LogRecord(
            "django.security.DisallowedHost", logging.ERROR, "", 0, "Invalid host", (), None
        )
        host.exc_info = failure.exc_info
    line = logging.LogRecord(
        "django.request", logging.WARNING, "", 0, "Not Found: %s", (f"/a/{private}/x",), None
    )

    assert formatter.format(line) == "django.request Not Found: /a/<private>/x"
    assert private not in formatter.format(failure)
    assert "Traceback" in formatter.format(failure)
    assert formatter.format(host) == "django.security.DisallowedHost Invalid host"


def locked(path: str) -> dict[str, str]:
    lines = (PROJECT / path).read_text().splitlines()
    pins = [re.match(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)", line) for line in lines]
    return {pin[1].lower(): pin[2] for pin in pins if pin}


def test_the_lock_files_pin_every_package_with_hashes_and_agree():
    site, tests = locked("requirements.lock"), locked("requirements-test.lock")

    assert {"django", "gunicorn", "psycopg", "django-axes", "django-csp"} <= set(site)
    assert all(tests[name] == pinned for name, pinned in site.items())
    for path in ("requirements.lock", "requirements-test.lock"):
        text = (PROJECT / path).read_text()
        pins = re.findall(r"^\S+==\S+", text, re.M)
        hashed = re.findall(r"^\S+==\S+ \\\n\s+--hash=sha256:", text, re.M)
        assert len(pins) == len(hashed) > 10, path


def test_the_tests_run_the_locked_versions():
    for name, pinned in locked("requirements-test.lock").items():
        if name not in {"pip", "setuptools"}:
            assert version(name) == pinned, name


def test_the_installs_use_the_lock_files():
    assert "-r requirements.lock" in (PROJECT / "Dockerfile").read_text()
    venv = (PROJECT / "scripts" / "_venv.sh").read_text()
    assert "requirements-test.lock" in venv and "--require-hashes" in venv
