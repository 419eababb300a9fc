"""Real processes for the deployment tests: gunicorn instances, nginx in front of them with the
repository's config (deploy/nginx), a TCP proxy that can cut PostgreSQL off, and an HTTP client."""

import contextlib
import getpass
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

PROJECT = Path(__file__).resolve().parents[2]
NGINX = "/usr/sbin/nginx"
SECRET_KEY = "stack-tests-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz"
# Ports for these tests' servers (this project's range on the shared machine).
PORTS = range(18100, 18200)


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"No free port in {PORTS}")


def wait_listening(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[:3]} exited with {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"Nothing listens on port {port} after {seconds} s")


def site_environment(database_url: str, static_root: Path, **extra: str) -> dict[str, str]:
    """The production settings (DEBUG off), in plain HTTP on the loopback."""
    inherited = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DJANGO_SETTINGS_MODULE", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "residency.settings",
        "DEBUG": "false",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "TRUST_X_REAL_IP": "true",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(static_root),
        "PYTHONWARNINGS": "ignore",
        **extra,
    }


@dataclass
class Gunicorn:
    """One instance: a gunicorn master and its sync workers, in a process group of their own."""

    port: int
    log: Path
    process: subprocess.Popen

    @classmethod
    def start(cls, env: dict[str, str], log: Path, workers: int = 2) -> "Gunicorn":
        port = free_port()
        with open(log, "ab") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "residency.wsgi"]
                + ["--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
                cwd=PROJECT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_listening(port, process)
        instance = cls(port, log, process)
        instance.wait_ready()
        return instance

    def wait_ready(self, seconds: float = 30) -> None:
        """Until both workers have booted and answered (the master listens before)."""
        deadline = time.monotonic() + seconds
        answered = 0
        while answered < 4:
            try:
                answered += Client(self.port).get("/healthz", timeout=5).status in (200, 503)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def kill(self) -> None:
        """Kills the master and its workers at once, as a crash would; returns when the port
        refuses connections."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.01)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Nginx:
    port: int
    folder: Path
    process: subprocess.Popen

    @classmethod
    def start(cls, folder: Path, instances: list[int]) -> "Nginx":
        """nginx with deploy/nginx's config, rendered by deploy/nginx/render, in ``folder``."""
        port = free_port()
        for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (folder / temp).mkdir(parents=True, exist_ok=True)
        site = subprocess.run(
            [PROJECT / "deploy" / "nginx" / "render"],
            env={
                "PATH": os.environ["PATH"],
                "RESIDENCY_INSTANCES": " ".join(f"127.0.0.1:{port}" for port in instances),
                "RESIDENCY_LISTEN": f"127.0.0.1:{port}",
                "RESIDENCY_ACCESS_LOG": str(folder / "access.log"),
                "RESIDENCY_ERROR_LOG": str(folder / "error.log"),
            },
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        (folder / "residency.conf").write_text(site)
        user = f"user {getpass.getuser()};" if os.geteuid() == 0 else ""
        temp_paths = "\n".join(
            f"{temp}_temp_path {folder / temp};"
            for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (folder / "nginx.conf").write_text(
            f"""{user}
daemon off;
worker_processes 2;
pid {folder / "nginx.pid"};
error_log {folder / "main-error.log"} warn;
events {{ worker_connections 1024; }}
http {{
{temp_paths}
include {folder / "residency.conf"};
}}
"""
        )
        process = subprocess.Popen(
            [NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e", "stderr"],
            stdout=subprocess.DEVNULL,
            stderr=open(folder / "stderr.log", "ab"),  # noqa: SIM115
        )
        wait_listening(port, process)
        return cls(port, folder, process)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def logs(self) -> str:
        return "".join(
            path.read_text(errors="replace")
            for path in sorted(self.folder.glob("*.log"))
            if path.is_file()
        )


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str
    started: float
    ended: float


CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Client:
    """An HTTP client with cookies and a CSRF token, that never follows redirects."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)
    csrf: str = ""

    def request(
        self,
        method: str,
        path: str,
        data: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 10,
    ) -> Response:
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        body = urlencode(data, doseq=True) if data is not None else None
        sent = {"Host": "127.0.0.1", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
            found = CSRF_FIELD.search(text)
            if found:
                self.csrf = found[1]
            return Response(
                response.status, dict(response.getheaders()), text, started, time.monotonic()
            )
        finally:
            connection.close()

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Response:
        if not self.csrf:
            self.get("/")
        data = {**(data or {}), "csrfmiddlewaretoken": self.csrf}
        return self.request("POST", path, data, **kwargs)


def public_id(location: str) -> str:
    return location.split("/a/", 1)[1].split("/", 1)[0]


class SlowClients:
    """Connections that send a request header one line at a time, never finishing (slowloris)."""

    def __init__(self, port: int, count: int, every: float = 0.5) -> None:
        self.sockets = []
        for _ in range(count):
            connection = socket.create_connection(("127.0.0.1", port))
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            self.sockets.append(connection)
        self.every = every
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.trickle, daemon=True)
        self.thread.start()

    def trickle(self) -> None:
        line = 0
        while not self.stopped.wait(self.every):
            line += 1
            for connection in self.sockets:
                with contextlib.suppress(OSError):
                    connection.sendall(f"X-Slow-{line}: 1\r\n".encode())

    def close(self) -> None:
        self.stopped.set()
        self.thread.join()
        for connection in self.sockets:
            connection.close()


class PostgresProxy:
    """A TCP proxy in front of PostgreSQL, to cut the site off from its database and back."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = free_port()
        self.lock = threading.Lock()
        self.connections: list[socket.socket] = []
        self.listener: socket.socket | None = None
        self.up()

    def up(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self.accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        """Refuses new connections and breaks those open, as a stopped server would."""
        listener, self.listener = self.listener, None
        listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        listener.close()
        with self.lock:
            for connection in self.connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
                connection.close()
            self.connections.clear()

    def accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        if self.listener is not None:
            self.down()
