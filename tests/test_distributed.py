"""Distributed mode with a real redis-server on loopback: two workers, one ingester, kills of
either, a stale ready marker, a stopped ingester."""

from __future__ import annotations

import json
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
from crawler.distributed import CRASH_ENV, READY_TTL, Keys, connect, dumps, encode_record
from crawler.warc import read_page
from tests.databases import connected
from tests.servers import FAST, ROOT, crawl_env, local_redis

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    with local_redis(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def redis_url(redis_server):
    """The module's redis-server, emptied for each test."""
    connect(redis_server).flushdb()
    return redis_server


@pytest.fixture
def processes():
    """Every process a test spawns, stopped at its end whatever happened."""
    started: list[subprocess.Popen] = []
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    site_map = generate(root, articles=90, seed=21)
    with DemoSite(root) as site:
        yield site_map, [url + "/" for url in site.start(port=0).values()], site


def spawn(args: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", *args],
        cwd=ROOT,
        env={**crawl_env(), **(env or {})},
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
    with connected(db) as conn:
        return sorted(row[0] for row in conn.execute("select url from articles"))


def expected_urls(site_map, urls: list[str]) -> list[str]:
    base = dict(zip(site_map.sites, [u.rstrip("/") for u in urls], strict=True))
    return sorted(base[e["site"]] + e["path"] for e in site_map.articles(allowed_only=True))


def test_two_workers_and_one_ingester_archive_every_article_once(demo, redis_url, processes, tmp_path):
    site_map, urls, _site = demo
    db = tmp_path / "archive.db"
    ingester = spawn(
        ["ingest", "--redis", redis_url, "--db", str(db), "--wait", "60"], tmp_path / "ingest.log"
    )
    processes.append(ingester)
    time.sleep(1.0)
    # Paced, so that on a loaded machine the second worker is up before the first has done it all.
    paced = {"CONCURRENT_REQUESTS": "4", "DOWNLOAD_DELAY": "0.1"}
    workers = [spawn(worker_args(urls, redis_url, **paced), tmp_path / f"worker{i}.log") for i in range(2)]
    processes.extend(workers)
    for worker in workers:
        assert worker.wait(timeout=240) == 0, (tmp_path / "worker0.log").read_text()[-3000:]
    assert ingester.wait(timeout=120) == 0, (tmp_path / "ingest.log").read_text()[-3000:]
    assert archived(db) == expected_urls(site_map, urls)
    with connected(db) as conn:
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


def test_a_worker_killed_mid_crawl_loses_nothing(demo, redis_url, processes, tmp_path):
    site_map, urls, _site = demo
    db = tmp_path / "archive.db"
    ingester = spawn(
        ["ingest", "--redis", redis_url, "--db", str(db), "--wait", "60"], tmp_path / "ingest.log"
    )
    processes.append(ingester)
    time.sleep(1.0)
    slow = {"CONCURRENT_REQUESTS": "2", "DOWNLOAD_DELAY": "0.25"}
    steady = spawn(worker_args(urls, redis_url, **slow), tmp_path / "steady.log")
    victim = spawn(worker_args(urls, redis_url, **slow), tmp_path / "victim.log")
    processes.extend([steady, victim])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not db.exists() or _count(db) < 15):
        time.sleep(0.2)
    assert victim.poll() is None, "the crawl ended before the kill: slow it down"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    restarted = spawn(worker_args(urls, redis_url), tmp_path / "restarted.log")
    processes.append(restarted)
    assert restarted.wait(timeout=240) == 0, (tmp_path / "restarted.log").read_text()[-3000:]
    assert steady.wait(timeout=240) == 0, (tmp_path / "steady.log").read_text()[-3000:]
    assert ingester.wait(timeout=120) == 0, (tmp_path / "ingest.log").read_text()[-3000:]
    assert archived(db) == expected_urls(site_map, urls)
    with connected(db) as conn:
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


def test_a_stale_ready_marker_does_not_start_a_worker(demo, redis_url, tmp_path):
    """A ready marker without an expiry (left by an ingester of old, or by hand) is not a live
    ingester: the worker stops at once with one line, exit 1, and pushes nothing."""
    _site_map, urls, _site = demo
    server = connect(redis_url)
    keys = Keys()
    server.set(keys.ready, "2020-01-01T00:00:00+00:00")
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *worker_args(urls, redis_url, REDIS_WAIT_SECONDS="1")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert "stale" in lines[0] and "start `chanjing ingest --redis URL` first" in lines[0]
    assert server.llen(keys.items) == 0 and server.zcard(keys.queue) == 0


def _wait_until(condition, what: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds:.0f} s for {what}"
        time.sleep(0.1)


def _runs(db: Path) -> list[tuple[str, dict]]:
    with connected(db) as conn:
        return [
            (status, json.loads(stats or "{}"))
            for status, stats in conn.execute("select status, stats from crawl_runs order by id")
        ]


@pytest.fixture(scope="module")
def bigger_demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("site-200")
    site_map = generate(root, articles=200, seed=5)
    with DemoSite(root) as site:
        yield site_map, [url + "/" for url in site.start(port=0).values()]


def test_an_ingester_stopped_and_killed_four_times_loses_and_doubles_nothing(
    bigger_demo, redis_url, processes, tmp_path
):
    """SIGTERM mid-crawl (the run ends incomplete, exit 1), then SIGKILL right after a pop, with
    records applied but not committed, and right after a commit before the records left the
    processing list; each time a new ingester goes on. The archive ends with every article once,
    each with its raw page, and the last run finished."""
    site_map, urls = bigger_demo
    db = tmp_path / "archive.db"
    server = connect(redis_url)
    keys = Keys()
    started = time.monotonic()
    ingest = ["ingest", "--redis", redis_url, "--db", str(db), "--wait", "60"]

    def ingester(name: str, crash: str | None = None) -> subprocess.Popen:
        process = spawn(ingest, tmp_path / f"ingest-{name}.log", {CRASH_ENV: crash} if crash else None)
        processes.append(process)
        return process

    first = ingester("a")
    _wait_until(lambda: server.pttl(keys.ready) > 0, "the first ingester")
    paced = {"CONCURRENT_REQUESTS": "2", "DOWNLOAD_DELAY": "0.15"}
    workers = [spawn(worker_args(urls, redis_url, **paced), tmp_path / f"worker{i}.log") for i in range(2)]
    processes.extend(workers)
    _wait_until(lambda: _count(db) >= 10, "ten articles")
    assert all(w.poll() is None for w in workers), "the crawl ended before the stop: slow it down"

    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=60) == 1, (tmp_path / "ingest-a.log").read_text()[-3000:]
    status, stats = _runs(db)[-1]
    assert status == "incomplete" and stats["finish_reason"] == "stopped by SIGTERM"
    assert stats["left"]["records_processing"] == 0  # what it held was committed first
    assert stats["left"]["queued"] + stats["left"]["in_flight"] + stats["left"]["workers_alive"] > 0
    assert "run incomplete (stopped by SIGTERM)" in (tmp_path / "ingest-a.log").read_text()
    after = {"sigterm": _count(db)}

    # (log name, crash point, moment, fewest records left in the processing list at the kill)
    for name, crash, moment, listed in (
        ("b", "popped:5", "popped", 5),
        ("c", "held:20", "mid-batch", 20),
        ("d", "committed:1", "committed", 20),
    ):
        process = ingester(name, crash)
        log = tmp_path / f"ingest-{name}.log"
        assert process.wait(timeout=120) == -signal.SIGKILL, log.read_text()[-3000:]
        after[moment] = _count(db)
        # What it had taken and not yet taken off stays listed for the next ingester (with the
        # rest of the batch it moved there in the same round trip).
        assert server.llen(keys.processing) >= listed
        # Its ready marker outlives it only until it expires.
        assert 0 < server.pttl(keys.ready) <= READY_TTL * 1000

    last = ingester("e")
    for i, worker in enumerate(workers):
        assert worker.wait(timeout=240) == 0, (tmp_path / f"worker{i}.log").read_text()[-3000:]
    assert last.wait(timeout=120) == 0, (tmp_path / "ingest-e.log").read_text()[-3000:]
    elapsed = time.monotonic() - started

    assert archived(db) == expected_urls(site_map, urls)
    runs = _runs(db)
    assert [status for status, _ in runs] == ["incomplete", "killed", "killed", "killed", "finished"]
    final = runs[-1][1]
    assert final["records_already_stored"] > 0 and not any(final["left"].values())
    with connected(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table, key in (
            ("pages", "url, fetched_at"),
            ("click_snapshots", "article_url, observed_at"),
            ("rejects", "url, reason, page_id"),
        ):
            doubled = conn.execute(
                f"select count(*) from (select 1 from {table} group by {key} having count(*) > 1)"
            ).fetchone()[0]
            assert doubled == 0, table
        raw = conn.execute(
            "select a.url, p.url, p.warc_file, p.warc_offset from articles a left join pages p on p.id = a.page_id"
        ).fetchall()
    for article_url, page_url, warc_file, offset in raw:
        assert warc_file is not None, f"{article_url} has no raw page"
        page = read_page(db.parent / "warc", warc_file, offset)
        assert page.url == page_url and page.status == 200 and page.body
    print(f"articles after each stop: {after}, final {len(raw)}; {elapsed:.1f} s")


def _count(db: Path) -> int:
    try:
        with connected(f"{db.as_uri()}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_an_ingester_without_workers_keeps_the_frontier_and_ends_incomplete(redis_url, tmp_path):
    """Work is queued and a record waits, but no worker is alive: the ingester stores the
    record, keeps the queue for the next run, and says the run is incomplete (exit 1)."""
    server = connect(redis_url)
    keys = Keys()
    request = {
        "url": "http://127.0.0.1:9/news/1.html",
        "callback": "parse_page",
        "meta": {"expect_article": True},
    }
    server.zadd(keys.queue, {dumps(request): 0})
    server.rpush(
        keys.items,
        encode_record(
            "reject",
            url="http://127.0.0.1:9/x",
            reason="not an article",
            page_url=None,
            fetched_at=None,
            record=None,
        ),
    )
    db = tmp_path / "archive.db"
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "ingest", "--redis", redis_url, "--db", str(db), "--wait", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "run incomplete (no worker alive for 1 s): 1 request(s) queued, 0 in flight, 0 record(s) waiting"
        in (result.stdout)
    )
    status, stats = _runs(db)[-1]
    assert status == "incomplete"
    assert stats["left"] == {
        "queued": 1,
        "in_flight": 0,
        "records_waiting": 0,
        "records_processing": 0,
        "workers_alive": 0,
    }
    assert server.zcard(keys.queue) == 1
    with connected(db) as conn:
        assert conn.execute("select reason from rejects").fetchall() == [("not an article",)]


def test_a_worker_whose_ingester_is_gone_stops_and_leaves_its_work(
    bigger_demo, redis_url, processes, tmp_path
):
    site_map, urls = bigger_demo
    db = tmp_path / "archive.db"
    server = connect(redis_url)
    keys = Keys()
    ingester = spawn(
        ["ingest", "--redis", redis_url, "--db", str(db), "--wait", "60"], tmp_path / "ingest.log"
    )
    processes.append(ingester)
    _wait_until(lambda: server.pttl(keys.ready) > 0, "the ingester")
    slow = {"CONCURRENT_REQUESTS": "1", "DOWNLOAD_DELAY": "0.3", "REDIS_WAIT_SECONDS": "1"}
    worker = spawn(worker_args(urls, redis_url, **slow), tmp_path / "worker.log")
    processes.append(worker)
    _wait_until(lambda: _count(db) >= 3, "three articles")
    ingester.send_signal(signal.SIGTERM)
    assert ingester.wait(timeout=60) == 1
    assert worker.wait(timeout=120) == 1, (tmp_path / "worker.log").read_text()[-3000:]
    log = (tmp_path / "worker.log").read_text()
    assert "chanjing: the ingester on" in log and "stopped answering" in log
    # What it had not fetched is still queued (or in flight, to be put back) for the next run.
    assert server.zcard(keys.queue) + server.hlen(keys.owners) > 0


def test_taking_a_request_enters_it_in_the_ledger_in_the_same_step(redis_url):
    """The worker's take: the first request leaves the queue and is in the ledger, with its
    owner, as the ingester reads entries to put back; an empty queue gives nothing."""
    from crawler.distributed.wire import WIRE_VERSION, decode_ledger_entry
    from crawler.distributed.worker import _TAKE

    server, keys = connect(redis_url), Keys()
    first = dumps({"url": "http://news.test/a/1.html", "callback": "parse_page", "meta": {"路": "/"}})
    later = dumps({"url": "http://news.test/a/2.html", "callback": "parse_page"})
    server.zadd(keys.queue, {first: -1, later: 0})
    take = server.register_script(_TAKE)
    queue_keys = [keys.queue, keys.inflight, keys.owners]
    assert take(keys=queue_keys, args=["k1", "worker-a", WIRE_VERSION]) == first
    assert server.zrange(keys.queue, 0, -1) == [later]
    assert decode_ledger_entry(server.hget(keys.inflight, "k1")) == (-1, first)
    assert server.hget(keys.owners, "k1") == b"worker-a"
    assert take(keys=queue_keys, args=["k2", "worker-b", WIRE_VERSION]) == later
    assert take(keys=queue_keys, args=["k3", "worker-a", WIRE_VERSION]) is None
    assert server.hlen(keys.inflight) == 2 and not server.hexists(keys.owners, "k3")


def test_an_idle_worker_settles_its_own_entries_and_waits_for_the_others(redis_url):
    """Idle, a worker has nothing in progress: an entry it still owns (a request its page led to
    was dropped on the way to the queue) must not hold the crawl; another worker's does."""
    from scrapy.exceptions import DontCloseSpider
    from scrapy.utils.test import get_crawler

    from crawler.distributed import redis_settings
    from crawler.distributed.worker import RedisRecorder

    recorder = RedisRecorder(get_crawler(settings_dict={**redis_settings(redis_url), "EXTRACT_WORKERS": 0}))
    server, keys = connect(redis_url), Keys()
    server.hset(keys.owners, mapping={"mine": recorder.worker_id, "theirs": "another-worker"})
    server.hset(keys.inflight, mapping={"mine": b"{}", "theirs": b"{}"})
    with pytest.raises(DontCloseSpider):
        recorder.spider_idle(None)
    assert server.hkeys(keys.owners) == [b"theirs"] and server.hkeys(keys.inflight) == [b"theirs"]
    recorder.forget("theirs")
    assert recorder.spider_idle(None) is None  # queue and ledger empty: finish


def test_a_worker_runs_the_extensions_of_a_single_machine_crawl_with_records_going_to_redis():
    """The worker's settings swap the archive's recorder for the Redis one and keep the rest:
    chanjing's AutoThrottle instead of Scrapy's, no console loaded."""
    from scrapy.utils.conf import build_component_list

    from crawler.crawl import crawl_settings
    from crawler.distributed import redis_settings

    def extensions(overrides: dict) -> list[str]:
        return build_component_list(crawl_settings(None, overrides).getwithbase("EXTENSIONS"))

    single, worker = extensions({}), extensions(redis_settings("redis://127.0.0.1:9/0"))
    assert worker == [
        "crawler.distributed.worker.RedisRecorder" if name == "crawler.recorder.CrawlRecorder" else name
        for name in single
    ]
    assert "crawler.middlewares.AutoThrottle" in worker and "scrapy.extensions.throttle.AutoThrottle" not in worker
    assert not {"scrapy.extensions.telnet.TelnetConsole", "scrapy.extensions.remote_control.RemoteControl"} & {
        *single,
        *worker,
    }
