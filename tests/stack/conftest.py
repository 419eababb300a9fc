"""The site as it runs in production, in real processes: nginx (deploy/nginx) in front of
gunicorn instances with the production settings, on the test database.

Tests that need several processes to share a database need PostgreSQL (CI runs them on it); the
others also run on SQLite, in a file of their own.
"""

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.stack.processes import (
    NGINX,
    PROJECT,
    Gunicorn,
    Nginx,
    PostgresProxy,
    site_environment,
)


@pytest.fixture(scope="session")
def static_root(tmp_path_factory) -> Path:
    """collectstatic once: the production storage serves hashed, compressed files only."""
    if not os.path.exists(NGINX):
        pytest.fail(f"nginx is not installed at {NGINX}: apt-get install -y nginx")
    root = tmp_path_factory.mktemp("static")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=PROJECT,
        env=site_environment("sqlite:///unused", root),
        check=True,
        timeout=300,
    )
    return root


@dataclass
class Database:
    url: str
    application_name: str  # the site's connections are the ones with this name
    is_postgresql: bool


def postgres_url(settings: dict, host: str, port: int, application_name: str) -> str:
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD']}@{host}:{port}/{settings['NAME']}"
        f"?application_name={application_name}"
    )


@pytest.fixture
def database(transactional_db, tmp_path) -> Database:
    """The test database when it is PostgreSQL (flushed after the test), else a SQLite file."""
    from django.db import connection

    name = f"residency-stack-{uuid.uuid4().hex[:8]}"
    if connection.vendor != "postgresql":
        return Database(f"sqlite:///{tmp_path / 'stack.sqlite3'}", name, False)
    settings = connection.settings_dict
    url = postgres_url(settings, settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432, name)
    return Database(url, name, True)


@pytest.fixture
def postgresql(database: Database) -> Database:
    if not database.is_postgresql:
        pytest.skip("needs PostgreSQL shared by several processes: set DATABASE_URL (CI does)")
    return database


@dataclass
class Stack:
    nginx: Nginx
    instances: list[Gunicorn]

    @property
    def port(self) -> int:
        return self.nginx.port

    def site_logs(self) -> str:
        return "".join(instance.log.read_text(errors="replace") for instance in self.instances)


StartStack = Callable[..., Stack]


@pytest.fixture
def start_stack(static_root: Path, database: Database, tmp_path: Path) -> Iterator[StartStack]:
    """Starts ``instances`` gunicorn instances behind nginx; everything is stopped afterwards."""
    started: list[Gunicorn | Nginx] = []

    def start(instances: int = 1, database_url: str | None = None, **env: str) -> Stack:
        environment = site_environment(database_url or database.url, static_root, **env)
        gunicorns = []
        for number in range(instances):
            gunicorn = Gunicorn.start(environment, tmp_path / f"gunicorn-{number}.log")
            started.append(gunicorn)
            gunicorns.append(gunicorn)
        nginx = Nginx.start(tmp_path / "nginx", [gunicorn.port for gunicorn in gunicorns])
        started.append(nginx)
        return Stack(nginx, gunicorns)

    yield start
    for process in reversed(started):
        process.stop()


@pytest.fixture
def migrated(database: Database) -> Database:
    """On SQLite, the file database needs the tables that PostgreSQL's test database has."""
    if not database.is_postgresql:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=PROJECT,
            env=site_environment(database.url, Path("/nonexistent")),
            check=True,
            timeout=300,
        )
    return database


@pytest.fixture
def postgres_proxy(postgresql: Database) -> Iterator[PostgresProxy]:
    from django.db import connection

    settings = connection.settings_dict
    proxy = PostgresProxy((settings["HOST"] or "127.0.0.1", int(settings["PORT"] or 5432)))
    yield proxy
    proxy.close()
