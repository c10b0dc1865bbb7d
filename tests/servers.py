"""HTTP servers on 127.0.0.1 for crawl tests, a way to run the real `chanjing crawl`, and a
throwaway redis-server for distributed mode."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Settings that keep test crawls quick on a shared machine; politeness itself is tested apart.
FAST = {
    "AUTOTHROTTLE_ENABLED": "False",
    "PROGRESS_INTERVAL": "0",
    "ARCHIVE_FLUSH_SECONDS": "0.5",
}


def run_crawl(
    urls: list[str], db: Path, settings: dict[str, str] | None = None, *, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run ``chanjing crawl`` in its own process, as cron would."""
    return subprocess.run(
        crawl_command(urls, db, settings), capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )


def crawl_command(urls: list[str], db: Path, settings: dict[str, str] | None = None) -> list[str]:
    args = [sys.executable, "-m", "crawler.cli", "crawl", *urls, "--db", str(db)]
    for name, value in {**FAST, **(settings or {})}.items():
        args += ["-s", f"{name}={value}"]
    return args


def crawl_env() -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1"}


Route = Callable[[BaseHTTPRequestHandler], None]


class RouteServer:
    """A threaded server answering from a table of path -> handler; logs every request path."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.requests: list[str] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                with server._lock:
                    server.requests.append(self.path)
                route = server.routes.get(self.path.split("#")[0])
                if route is None:
                    send(self, 404, b"<html><body>not found</body></html>")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients that hang up (timeouts, cancelled downloads) are part of the tests

        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> RouteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for p in self.requests if p == path)


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def page(
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Route:
    return lambda handler: send(handler, status, body, content_type, headers)


def slow(seconds: float, body: bytes) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            send(handler, 200, body)
        except OSError:
            pass  # the crawler gave up waiting

    return route


def truncated(body: bytes, keep: int) -> Route:
    """Promises the whole body, sends `keep` bytes, closes the connection."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(body[:keep])
        handler.wfile.flush()
        handler.close_connection = True

    return route


def redirect(location: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def process_group(pgid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the live (not zombie) processes in a process group."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append((int(entry.name), cmdline))
    return alive


@contextmanager
def local_redis(workdir: Path) -> Iterator[str]:
    """The URL of a redis-server of its own, stopped afterwards; redis-server is installed
    first where it is missing (the library only says how)."""
    from crawler.distributed import redis_server_binary, start_local_redis

    if redis_server_binary() is None:
        _install_redis_server()
    try:
        process, url = start_local_redis(workdir)
    except FileNotFoundError as exc:
        pytest.fail(str(exc))
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _install_redis_server() -> None:
    install = ["apt-get", "install", "-y", "-q", "redis-server"]
    try:
        if subprocess.run(install, capture_output=True, timeout=600).returncode != 0:
            # A fresh machine's package lists may not know the package yet.
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, timeout=600)
            subprocess.run(install, capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        pass  # start_local_redis then says what is missing
