"""Residency settings: one module, driven by environment variables.

Every variable is listed, with its default, in the README's configuration table.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in TRUE_WORDS:
        return True
    if value.strip().lower() in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def envfloat(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return float(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {value!r}") from None


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def database_config(url: str | None, pool: bool) -> dict:
    """SQLite in the project folder without a URL; otherwise the database the URL names.

    On PostgreSQL, connections come from psycopg's pool (``pool``) or are kept open
    between requests: a new connection per request costs about ten times the throughput.
    """
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
    config = dj_database_url.parse(url)
    if config["ENGINE"] == "django.db.backends.postgresql":
        if pool:
            config["CONN_MAX_AGE"] = 0  # Django refuses persistent connections with a pool.
            config.setdefault("OPTIONS", {})["pool"] = {
                "min_size": 1,
                "max_size": envint("DATABASE_POOL_MAX_SIZE", 4),
                # Short, so that when PostgreSQL is down pages answer within 2 s instead of
                # holding the workers; reconnection attempts back off at most to a few seconds.
                "timeout": envfloat("DATABASE_POOL_TIMEOUT", 1.0),
                "reconnect_timeout": 5,
            }
        else:
            config["CONN_MAX_AGE"] = envint("DATABASE_CONN_MAX_AGE", 600)
        # With the pool, Django passes psycopg's check: a connection is tested before it is
        # handed out, so one that the server closed is replaced, not given to a request.
        config["CONN_HEALTH_CHECKS"] = True
        options = config.setdefault("OPTIONS", {})
        options.setdefault("connect_timeout", 2)
        timeout_ms = envint("DATABASE_STATEMENT_TIMEOUT", 20) * 1000
        options.setdefault("options", f"-c statement_timeout={timeout_ms}")
    return config


DEBUG = envbool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY, or DEBUG=true for local development.")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"
if not DEBUG and len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY must be at least 50 random characters, e.g. "
        "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",  # django-bootstrap-static: Bootstrap's CSS, served by us.
    "axes",
    "django_ratelimit",
    "django_countries",  # country names in every language, for nationalities
    "eligibility",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "residency.middleware.limit_request_body",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages (whitenoise serves static files already compressed, before this runs),
    # with a random padding against BREACH; a strong ETag becomes weak, so 304s still work.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "residency.middleware.DatabaseUnavailableMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "residency.urls"
WSGI_APPLICATION = "residency.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        # Without "loaders", Django 5.2 wraps these in the cached loader (DEBUG or not).
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": database_config(os.environ.get("DATABASE_URL"), envbool("DATABASE_POOL", True))
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared by every worker and instance: nothing is cached in process memory. The default cache's
# table is created by the migration eligibility/0006; rate-limit counters have a table of their
# own (eligibility.RateLimitCounter, residency/cache.py).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "residency_cache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
    "ratelimit": {"BACKEND": "residency.cache.CounterCache"},
}

# Only advisors have sessions; they last a working day.
SESSION_COOKIE_AGE = envint("ADMIN_SESSION_HOURS", 8) * 3600

# Rate limits (django-ratelimit), per client address and per assessment; "N/m" or "N/h".
RATELIMIT_NEW_ASSESSMENTS = os.environ.get("RATELIMIT_NEW_ASSESSMENTS", "20/m")
RATELIMIT_ASSESSMENT_POSTS = os.environ.get("RATELIMIT_ASSESSMENT_POSTS", "30/m")
RATELIMIT_VIEW = "residency.views.too_many_requests"
RATELIMIT_USE_CACHE = "ratelimit"
# django-ratelimit knows only memcached and Redis as shared caches with atomic increments; ours is
# shared (PostgreSQL) and increments atomically (residency/cache.py).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
RATELIMIT_IP_META_KEY = "residency.clients.client_ip"
# Behind nginx, which sets X-Real-IP to the address the connection came from.
TRUST_X_REAL_IP = envbool("TRUST_X_REAL_IP", False)

# Admin login lockout (django-axes): attempts are recorded in the database.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("ADMIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("ADMIN_LOCKOUT_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "429.html"
AXES_CLIENT_IP_CALLABLE = "residency.clients.client_ip"
AXES_VERBOSE = False

# Personal data: how long assessments are kept (manage.py purge_assessments, run daily).
RETENTION_IN_PROGRESS_DAYS = envint("RETENTION_IN_PROGRESS_DAYS", 30)
RETENTION_SUBMITTED_DAYS = envint("RETENTION_SUBMITTED_DAYS", 365)
PRIVACY_CONTACT = os.environ.get("PRIVACY_CONTACT", "")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("zh-hans", _("Simplified Chinese"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = "residency.formats"
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Compressed files with hashed names need `collectstatic`; development serves the sources.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"
# crispy adds a widget's class name to its classes: the list of countries is a "form-select".
CRISPY_CLASS_CONVERTERS = {"countryselect": "select"}

# Production-safe defaults whenever DEBUG is off; each can be turned off by its variable.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)
if envbool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# No page has inline script or style: everything comes from our static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # Bootstrap draws check marks and arrows as data: SVG
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Request bodies: the site has no file uploads, so this bounds every body, files included
# (residency.middleware.limit_request_body); nginx has the same limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024

# Private assessment ids are masked in every line (residency/logs.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {
            "()": "residency.logs.PrivateFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO").upper()},
    "loggers": {
        # runserver's request lines, through the masking handler.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
