import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.template import engines
from django.template.loaders import cached

from residency.settings import BASE_DIR, database_config, envbool

PROJECT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "residency.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://residency.example.org",
    "DATABASE_URL": "postgres://residency:secret@db:5432/residency",
}


def test_without_database_url_the_site_uses_sqlite_in_the_project_folder():
    config = database_config(None, pool=True)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == BASE_DIR / "db.sqlite3"


def test_a_postgres_url_selects_postgresql_with_a_connection_pool():
    config = database_config("postgres://user:pw@db.example:6543/residency", pool=True)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.example", 6543, "residency")
    assert config["OPTIONS"]["pool"]["max_size"] >= 1
    assert config["CONN_MAX_AGE"] == 0


def test_without_the_pool_postgresql_connections_persist_between_requests():
    config = database_config("postgres://user:pw@db.example/residency", pool=False)
    assert "pool" not in config.get("OPTIONS", {})
    assert config["CONN_MAX_AGE"] > 0
    assert config["CONN_HEALTH_CHECKS"] is True


def test_a_bad_boolean_fails_loudly(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        envbool("DEBUG", False)


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "residency.settings", **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    run = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no issues" in run.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    run = run_manage("check", env=env)
    assert run.returncode != 0
    assert "SECRET_KEY" in run.stderr


def test_collectstatic_with_the_production_storage_writes_hashed_compressed_files(tmp_path):
    static_root = tmp_path / "static"
    script = (
        "import django; from django.conf import settings;"
        f"settings.STATIC_ROOT = {str(static_root)!r};"
        "django.setup();"
        "from django.core.management import call_command;"
        "call_command('collectstatic', '--noinput', verbosity=0)"
    )
    clean = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT,
        env={**clean, **PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": "residency.settings"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert (static_root / "staticfiles.json").exists()
    css = static_root / "bootstrap" / "css"
    assert list(css.glob("bootstrap.min.*.css")), "no hashed Bootstrap CSS"
    assert list(css.glob("bootstrap.min.*.css.gz")), "no gzipped Bootstrap CSS"
    assert list(css.glob("bootstrap.min.*.css.br")), "no brotli-compressed Bootstrap CSS"
    assert list((static_root / "css").glob("residency.*.css.br")), "no brotli-compressed site CSS"


def test_compiled_templates_are_kept_for_the_life_of_the_process():
    [loader] = engines["django"].engine.template_loaders
    assert isinstance(loader, cached.Loader)
