"""The crawl as cron and systemd see it: exit statuses, one writer per archive, Scrapy's own command."""

from __future__ import annotations

import socket
import subprocess
import sys

from crawler.session import ArchiveLock
from tests.databases import connected
from tests.servers import ROOT, RouteServer, page, run_crawl

ARTICLE = (ROOT / "tests" / "corpus" / "pages" / "01-original-utf8.html").read_bytes()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_run_that_fetches_nothing_fails_with_status_1(tmp_path):
    db = tmp_path / "archive.db"
    result = run_crawl([f"http://127.0.0.1:{closed_port()}/"], db, {"RETRY_TIMES": "0"})
    assert result.returncode == 1
    assert "crawl run 1: failed (no page could be fetched)" in result.stdout
    with connected(db) as conn:
        status = conn.execute("select status from crawl_runs").fetchone()[0]
    assert status == "failed"


def test_a_second_crawl_into_the_same_archive_is_refused(tmp_path):
    db = tmp_path / "archive.db"
    lock = ArchiveLock(db)
    try:
        result = run_crawl(["http://127.0.0.1:9/"], db)
    finally:
        lock.release()
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"chanjing: another crawl is writing to {db}")
    assert "Traceback" not in result.stderr


def test_bad_arguments_are_usage_errors(tmp_path):
    db = str(tmp_path / "a.db")
    for args in (["ftp://x/"], ["http://x/", "-s", "NOEQUALS"]):
        result = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "crawl", *args, "--db", db],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert result.returncode == 2
        assert result.stderr.startswith("chanjing crawl: usage: ") and len(result.stderr.splitlines()) == 1


def test_settings_can_be_overridden(tmp_path):
    db = tmp_path / "archive.db"
    routes = {
        "/": page(b"<html><body><a href='/html/2025/0101/1001.html'>x</a></body></html>"),
        "/html/2025/0101/1001.html": page(ARTICLE),
    }
    with RouteServer(routes) as server:
        result = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False", "USER_AGENT": "test-agent/1"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert server.count("/robots.txt") == 0
    with connected(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 1


def test_scrapy_crawl_works_for_scrapy_users(tmp_path):
    db = tmp_path / "archive.db"
    routes = {
        "/": page(b"<html><body><a href='/html/2025/0101/1001.html'>x</a></body></html>"),
        "/html/2025/0101/1001.html": page(ARTICLE),
    }
    with RouteServer(routes) as server:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "articles",
                "-a",
                f"start_urls={server.url}/",
                "-s",
                f"ARCHIVE_DB={db}",
                "-s",
                "AUTOTHROTTLE_ENABLED=False",
                "-s",
                "PROGRESS_INTERVAL=0",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    with connected(db) as conn:
        assert conn.execute("select status from crawl_runs").fetchone()[0] == "finished"
        assert conn.execute("select count(*) from articles").fetchone()[0] == 1


def test_the_demo_command_crawls_the_demo_site_into_the_archive(tmp_path):
    db = tmp_path / "data" / "archive.db"
    args = [sys.executable, "-m", "crawler.cli", "demo", "--articles", "40", "--db", str(db)]
    args += ["--site-dir", str(tmp_path / "site"), "-s", "PROGRESS_INTERVAL=0"]
    result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "crawl run 1: finished" in out and "field coverage   title 100%" in out
    assert f"archive          {db}" in out and "pages/s" in out and out.count("sqlite3 ") == 2
    with connected(db) as conn:
        archived = conn.execute("select count(*) from articles").fetchone()[0]
    disallowed = sum(
        1
        for p in __import__("json").loads((tmp_path / "site" / "truth.json").read_text())
        if p.get("disallowed")
    )
    assert archived == 40 - disallowed
