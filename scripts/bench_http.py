"""Requests per second on /healthz under gunicorn: PostgreSQL with the pool, with persistent
connections, and with a new connection per request.

    DATABASE_URL=postgres://... .venv/bin/python scripts/bench_http.py [--seconds 10]

Each variant starts gunicorn (2 sync workers, DEBUG off) on a free local port and runs
a bounded closed loop of keep-alive clients on loopback.
"""

import argparse
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
VARIANTS = {
    "pool": {"DATABASE_POOL": "true"},
    "persistent": {"DATABASE_POOL": "false"},
    "new connection per request": {"DATABASE_POOL": "false", "DATABASE_CONN_MAX_AGE": "0"},
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not become ready")


def load(port: int, seconds: float, clients: int) -> tuple[int, int]:
    done, failed = [0] * clients, [0] * clients
    stop_at = time.monotonic() + seconds

    def client(index: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < stop_at:
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            response.read()
            if response.status == 200:
                done[index] += 1
            else:
                failed[index] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done), sum(failed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    print(f"/healthz, gunicorn 2 sync workers, {args.clients} clients, {args.seconds:g} s each")
    for name, extra in VARIANTS.items():
        port = free_port()
        env = {
            **os.environ,
            **extra,
            "DEBUG": "false",
            "SECRET_KEY": "benchmark-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz",
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "127.0.0.1",
            "PYTHONWARNINGS": "ignore::UserWarning",
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "residency.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=PROJECT,
            env=env,
        )
        try:
            wait_ready(port)
            ok, failed = load(port, args.seconds, args.clients)
        finally:
            server.terminate()
            server.wait(timeout=30)
        print(f"{name:>28}: {ok / args.seconds:8.0f} requests/s ({failed} failed)")


if __name__ == "__main__":
    main()
