"""Test settings: the real settings module, with what a test run must not depend on turned off."""

import os

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production-0123456789abcdef")

from residency.settings import *  # noqa: E402, F403
from residency.settings import DATABASES  # noqa: E402

# Hashed names need `collectstatic` first: tests use the sources (test_settings.py runs it once).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# An open pool keeps connections to the test database and stops it being dropped.
DATABASES["default"].get("OPTIONS", {}).pop("pool", None)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
# The suite starts many assessments from one address, and the cache table outlives the flushes
# between tests: rate limits are tested with their own, lower, rates (tests/security).
RATELIMIT_NEW_ASSESSMENTS = RATELIMIT_ASSESSMENT_POSTS = "100000/m"
AUTHENTICATION_BACKENDS = ["tests.backends.AxesBackend", *AUTHENTICATION_BACKENDS[1:]]  # noqa: F405
