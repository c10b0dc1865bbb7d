"""Distributed mode with a real redis-server on loopback: two workers, one ingester, a kill."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.demo.server import DemoSite
from crawler.demo.site import generate
from crawler.distributed import start_local_redis
from tests.servers import FAST, ROOT, crawl_env

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    try:
        process, url = start_local_redis(tmp_path_factory.mktemp("redis"))
    except FileNotFoundError as exc:
        pytest.fail(str(exc))
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    site_map = generate(root, articles=90, seed=21)
    with DemoSite(root) as site:
        yield site_map, [url + "/" for url in site.start(port=0).values()], site


def spawn(args: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", *args],
        cwd=ROOT,
        env=crawl_env(),
        start_new_session=True,
        stdout=open(log, "w"),
        stderr=subprocess.STDOUT,
    )


def worker_args(urls: list[str], redis_url: str, **extra: str) -> list[str]:
    args = ["crawl", *urls, "--redis", redis_url]
    for name, value in {**FAST, **extra}.items():
        args += ["-s", f"{name}={value}"]
    return args


def archived(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(row[0] for row in conn.execute("select url from articles"))


def expected_urls(site_map, urls: list[str]) -> list[str]:
    base = dict(zip(site_map.sites, [u.rstrip("/") for u in urls], strict=True))
    return sorted(base[e["site"]] + e["path"] for e in site_map.articles(allowed_only=True))


def test_two_workers_and_one_ingester_archive_every_article_once(demo, redis_url, tmp_path):
    site_map, urls, _site = demo
    db = tmp_path / "archive.db"
    ingester = spawn(
        ["ingest", "--redis", redis_url, "--db", str(db), "--wait", "60"], tmp_path / "ingest.log"
    )
    time.sleep(1.0)
    # Paced, so that on a loaded machine the second worker is up before the first has done it all.
    paced = {"CONCURRENT_REQUESTS": "4", "DOWNLOAD_DELAY": "0.1"}
    workers = [spawn(worker_args(urls, redis_url, **paced), tmp_path / f"worker{i}.log") for i in range(2)]
    for worker in workers:
        assert worker.wait(timeout=240) == 0, (tmp_path / "worker0.log").read_text()[-3000:]
    assert ingester.wait(timeout=120) == 0, (tmp_path / "ingest.log").read_text()[-3000:]
    assert archived(db) == expected_urls(site_map, urls)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        status, stats = conn.execute("select status, stats from crawl_runs").fetchone()
        assert status == "finished"
        # Both workers took part, and each page of an article was fetched once.
        assert '"workers": 2' in stats
        dupes = conn.execute(
            "select count(*) from (select url from pages where url in (select url from articles) group by url having count(*) > 1)"
        ).fetchone()[0]
        assert dupes == 0
    logs = [(tmp_path / f"worker{i}.log").read_text() for i in range(2)]
    assert all("worker finished (finished)" in log for log in logs)
    assert all(int(log.split("worker finished (finished): ")[1].split(" pages")[0]) > 0 for log in logs)


def test_a_worker_killed_mid_crawl_loses_nothing(demo, redis_url, tmp_path):
    site_map, urls, _site = demo
    db = tmp_path / "archive.db"
    ingester = spawn(
        ["ingest", "--redis", redis_url, "--db", str(db), "--wait", "60"], tmp_path / "ingest.log"
    )
    time.sleep(1.0)
    slow = {"CONCURRENT_REQUESTS": "2", "DOWNLOAD_DELAY": "0.25"}
    steady = spawn(worker_args(urls, redis_url, **slow), tmp_path / "steady.log")
    victim = spawn(worker_args(urls, redis_url, **slow), tmp_path / "victim.log")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not db.exists() or _count(db) < 15):
        time.sleep(0.2)
    assert victim.poll() is None, "the crawl ended before the kill: slow it down"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    restarted = spawn(worker_args(urls, redis_url), tmp_path / "restarted.log")
    assert restarted.wait(timeout=240) == 0, (tmp_path / "restarted.log").read_text()[-3000:]
    assert steady.wait(timeout=240) == 0, (tmp_path / "steady.log").read_text()[-3000:]
    assert ingester.wait(timeout=120) == 0, (tmp_path / "ingest.log").read_text()[-3000:]
    assert archived(db) == expected_urls(site_map, urls)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The dead worker's requests in flight went back to the queue.
    assert "requeued" in (tmp_path / "ingest.log").read_text()


def test_a_worker_without_an_ingester_says_so(demo, redis_url, tmp_path):
    _site_map, urls, _site = demo
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *worker_args(urls, redis_url, REDIS_WAIT_SECONDS="1")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "start `chanjing ingest --redis URL` first" in result.stdout + result.stderr


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
