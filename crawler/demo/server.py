"""Serve a generated demo tree on the loopback interface, one port per site.

    with DemoSite(root) as demo:
        urls = demo.start(port=0)   # {"original": "http://127.0.0.1:PORT", ...}
        ...
        demo.counts("original")     # what the crawl cost each counter

Static pages come with ETag and Last-Modified (and answer conditional requests with 304), gzip when
the client asks, and the Content-Type ``_headers.json`` names for the page. The three click-counter
scripts (DedeCMS, EmpireCMS, PHPCMS) count in memory from ``_counters.json``. Every request is logged.
"""

from __future__ import annotations

import gzip
import hashlib
import ipaddress
import json
import socket
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

from crawler.demo.site import SITES

__all__ = ["DemoSite", "RequestLogEntry", "content_type", "serve_forever"]

GZIP_MIN_BYTES = 1024
_LOOPBACK_NAMES = {"localhost": "127.0.0.1", "localhost.localdomain": "127.0.0.1"}


@dataclass(frozen=True)
class RequestLogEntry:
    site: str
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    status: int


def content_type(path: str, data: bytes, declared: Mapping[str, str]) -> str:
    """The Content-Type for a page: ``_headers.json``'s value, else by the bytes."""
    if path in declared:
        return declared[path]
    if path.endswith(".txt"):
        return "text/plain; charset=utf-8"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "text/html"  # a GBK page: its <meta> says so
    return "text/html; charset=utf-8"


def loopback_address(host: str) -> str:
    """``host`` as a loopback address to bind, or ValueError."""
    name = _LOOPBACK_NAMES.get(host.lower(), host)
    try:
        address = ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        raise ValueError(f"demo site: {host!r} is not a loopback address; use 127.0.0.1") from None
    if not address.is_loopback:
        raise ValueError(f"demo site: refusing to listen on {host!r}; it binds only to loopback (127.0.0.1)")
    return str(address)


@dataclass
class _StaticFile:
    data: bytes
    gzipped: bytes | None
    etag: str
    modified: int
    content_type: str


@dataclass
class _Site:
    name: str
    directory: Path
    headers: dict[str, str]
    modified: dict[str, int]
    counts: dict[str, int]
    cache: dict[str, _StaticFile | None] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, name: str, directory: Path) -> _Site:
        def read(file: str) -> dict:
            target = directory / file
            return json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}

        counts = {str(k): int(v) for k, v in read("_counters.json").items()}
        return cls(name, directory, read("_headers.json"), read("_modified.json"), counts)

    def file(self, path: str) -> _StaticFile | None:
        with self.lock:
            if path in self.cache:
                return self.cache[path]
        found = self._load(path)
        with self.lock:
            self.cache[path] = found
        return found

    def _load(self, path: str) -> _StaticFile | None:
        parts = [p for p in path.split("/") if p]
        if any(p.startswith(("_", ".")) for p in parts):
            return None
        target = self.directory.joinpath(*parts) if parts else self.directory
        if target.is_dir():
            target = target / "index.html"
            path = "/" + "/".join([*parts, "index.html"])
        try:
            target.resolve().relative_to(self.directory.resolve())
            data = target.read_bytes()
        except (ValueError, OSError):
            return None
        kind = content_type(path, data, self.headers)
        gzipped = None
        if kind.startswith("text/html") and len(data) > GZIP_MIN_BYTES:
            gzipped = gzip.compress(data, compresslevel=6, mtime=0)
        etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
        modified = self.modified.get(path)
        if modified is None:
            modified = int(target.stat().st_mtime)
        return _StaticFile(data, gzipped, etag, modified, kind)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], demo: DemoSite, site: _Site) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.demo = demo
        self.site = site
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Stay quiet when a client hangs up; report anything else."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "DemoCMS/1.0"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def _answer(self, *, head: bool) -> None:
        site = self.server.site
        split = urlsplit(self.path)
        path = unquote(split.path) or "/"
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        lowered = path.lower()
        if lowered == "/plus/count.php":
            status, body = self._dedecms(site, query)
        elif lowered.rstrip("/") == "/e/public/viewclick" or lowered == "/e/public/viewclick/index.php":
            status, body = self._empirecms(site, query)
        elif lowered == "/api.php" and query.get("op") == "count":
            status, body = self._phpcms(site, query)
        else:
            self._static(site, path, head)
            return
        self._send(status, body.encode("ascii"), "application/javascript", head=head)

    # -- counters ----------------------------------------------------------------------------------
    def _bump(self, site: _Site, key: str, by: int) -> int:
        with site.lock:
            site.counts[key] = site.counts.get(key, 0) + by
            return site.counts[key]

    def _dedecms(self, site: _Site, query: dict[str, str]) -> tuple[int, str]:
        if not query.get("aid"):
            return 400, "/* aid required */"
        count = self._bump(site, query["aid"], 1)
        return 200, f"document.write('{count}');" if query.get("view") == "yes" else ""

    def _empirecms(self, site: _Site, query: dict[str, str]) -> tuple[int, str]:
        if not query.get("id"):
            return 400, "/* id required */"
        if query.get("addclick") == "1":
            return 200, f"document.write('{self._bump(site, query['id'], 1)}');"
        return 200, f"document.write('{self._bump(site, query['id'], 0) + 1}');"

    def _phpcms(self, site: _Site, query: dict[str, str]) -> tuple[int, str]:
        if not query.get("id"):
            return 400, "/* id required */"
        return 200, f"document.write('{self._bump(site, query['id'], 1)}');"

    # -- static pages ----------------------------------------------------------------------------------
    def _static(self, site: _Site, path: str, head: bool) -> None:
        found = site.file(path)
        if found is None:
            page = (
                '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>404 Not Found</title></head>\n'
                "<body><h1>404 Not Found</h1><p>The page does not exist.</p></body></html>\n"
            )
            self._send(404, page.encode("utf-8"), "text/html; charset=utf-8", head=head)
            return
        wants_gzip = found.gzipped is not None and _accepts_gzip(self.headers.get("Accept-Encoding", ""))
        etag = found.etag[:-1] + '-gz"' if wants_gzip else found.etag
        extra = {
            "ETag": etag,
            "Last-Modified": formatdate(found.modified, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if found.gzipped is not None:
            extra["Vary"] = "Accept-Encoding"
        if _not_modified(self.headers, found, etag):
            self._send(304, b"", None, head=True, extra=extra)
            return
        body = found.gzipped if wants_gzip and found.gzipped is not None else found.data
        if wants_gzip:
            extra["Content-Encoding"] = "gzip"
        self._send(200, body, found.content_type, head=head, extra=extra)

    def _send(
        self,
        status: int,
        body: bytes,
        kind: str | None,
        *,
        head: bool,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        # Logged before answering: a client that has its answer must find the request in the log.
        self.server.demo.record(
            RequestLogEntry(
                self.server.site.name, self.command, self.path, dict(self.headers.items()), status
            )
        )
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)


def _accepts_gzip(value: str) -> bool:
    """Whether an Accept-Encoding value allows gzip (``gzip``, ``x-gzip`` or ``*``, q > 0)."""
    for item in value.split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() not in ("gzip", "x-gzip", "*"):
            continue
        quality = 1.0
        for param in params.split(";"):
            key, _, number = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(number)
                except ValueError:
                    quality = 0.0
        return quality > 0
    return False


def _not_modified(headers: Mapping[str, str], found: _StaticFile, etag: str) -> bool:
    if (tags := headers.get("If-None-Match")) is not None:
        wanted = {t.strip().removeprefix("W/") for t in tags.split(",")}
        return "*" in wanted or bool(wanted & {etag, found.etag, found.etag[:-1] + '-gz"'})
    if (since := headers.get("If-Modified-Since")) is not None:
        try:
            return found.modified <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False
    return False


class DemoSite:
    """The three demo sites of a generated tree, each on its own loopback port."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        missing = [s for s in SITES if not (self.root / s).is_dir()]
        if missing:
            raise FileNotFoundError(
                f"demo site: {self.root} has no {', '.join(missing)}; generate it first "
                "(crawler.demo.site.generate)"
            )
        self._servers: dict[str, _Server] = {}
        self._threads: list[threading.Thread] = []
        self._sites: dict[str, _Site] = {}
        self._log_lock = threading.Lock()
        self._log: list[RequestLogEntry] = []
        self.urls: dict[str, str] = {}

    # -- lifecycle -------------------------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> dict[str, str]:
        """Listen (port N gives N, N+1, N+2; 0 gives free ports) and return site -> base URL."""
        if self._servers:
            raise RuntimeError("demo site: already started")
        address = loopback_address(host)
        try:
            for offset, name in enumerate(SITES):
                site = _Site.load(name, self.root / name)
                server = _Server((address, port + offset if port else 0), self, site)
                self._sites[name] = site
                self._servers[name] = server
        except OSError:
            self._close()
            raise
        for name, server in self._servers.items():
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.1}, name=f"demo-{name}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
            bound = server.server_address[1]
            shown = f"[{address}]" if ":" in address else address
            self.urls[name] = f"http://{shown}:{bound}"
        return dict(self.urls)

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
        for thread in self._threads:
            thread.join(timeout=5)
        self._close()

    def _close(self) -> None:
        for server in self._servers.values():
            server.server_close()
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> DemoSite:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- what happened -----------------------------------------------------------------------------------
    def record(self, entry: RequestLogEntry) -> None:
        """Add one answered request to the log."""
        with self._log_lock:
            self._log.append(entry)

    @property
    def requests(self) -> list[RequestLogEntry]:
        """A snapshot of every request answered so far, in order."""
        with self._log_lock:
            return list(self._log)

    def clear_log(self) -> None:
        with self._log_lock:
            self._log.clear()

    def edit(self, site: str, path: str, data: bytes) -> None:
        """Rewrite one page, as an editor of the site would: the next request gets the new bytes."""
        (self.root / site / path.lstrip("/")).write_bytes(data)
        found = self._sites.get(site)
        if found is not None:
            with found.lock:
                found.cache.pop(path, None)
                found.modified[path] = int(time.time())

    def counts(self, site: str) -> dict[str, int]:
        """The live click counts of one site's counter scripts (id -> clicks)."""
        found = self._sites.get(site)
        if found is None:
            return {k: int(v) for k, v in _Site.load(site, self.root / site).counts.items()}
        with found.lock:
            return dict(found.counts)


def serve_forever(root: Path, port: int = 8000, host: str = "127.0.0.1") -> None:
    """Serve ``root`` until interrupted, printing each site's base URL."""
    with DemoSite(root) as demo:
        for name, url in demo.start(host=host, port=port).items():
            print(f"{name}: {url}/", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
