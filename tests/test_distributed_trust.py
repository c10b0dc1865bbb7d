"""What an attacker who can write to Redis gets: a reject and a log line, never code run.

A real redis-server on loopback, a real ingester and worker. Crafted pickles (whose loading
would create a marker file) and malformed JSON are put where chanjing reads: the records list,
the request queue and the in-flight ledger.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
from pathlib import Path

import pytest

from crawler.demo.server import DemoSite
from crawler.demo.site import generate
from crawler.distributed import Keys, connect, decode_record, encode_record, loads
from tests.databases import connected
from tests.servers import local_redis
from tests.test_distributed import archived, expected_urls, spawn, worker_args


class _Payload:
    """Unpickling it runs a shell command that creates a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def redis_url(tmp_path):
    with local_redis(tmp_path) as url:
        yield url


@pytest.fixture
def demo(tmp_path):
    root = tmp_path / "site"
    site_map = generate(root, articles=30, seed=8)
    with DemoSite(root) as site:
        yield site_map, [url + "/" for url in site.start(port=0).values()]


@pytest.fixture
def processes():
    started: list[subprocess.Popen] = []
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def test_crafted_entries_run_no_code_and_the_crawl_goes_on(demo, redis_url, processes, tmp_path):
    site_map, urls = demo
    markers = [tmp_path / f"owned-{i}" for i in range(3)]
    server = connect(redis_url)
    keys = Keys()
    # The records list: a pickle, and JSON that names a file instead of a web page.
    server.rpush(keys.items, pickle.dumps(_Payload(markers[0])))
    forged_page = json.loads(
        encode_record(
            "page",
            url="http://x/",
            status=200,
            reason="OK",
            headers=[],
            body=b"x",
            fetched_at="2026-01-01T00:00:00+00:00",
        )
    )
    server.rpush(keys.items, json.dumps({**forged_page, "url": "file:///etc/passwd"}))
    # The request queue: a pickle, a request of an arbitrary class, a private method as callback.
    server.zadd(keys.queue, {pickle.dumps(_Payload(markers[1])): 0})
    server.zadd(keys.queue, {json.dumps({"v": 1, "request": {"url": "http://x/", "_class": "os.system"}}): 0})
    server.zadd(
        keys.queue, {json.dumps({"v": 1, "request": {"url": "http://x/", "callback": "__init__"}}): 0}
    )
    # The ledger: an entry of a worker that is gone, which the ingester would put back in the queue.
    server.hset(keys.inflight, "forged", pickle.dumps(_Payload(markers[2])))
    server.hset(keys.owners, "forged", "gone-worker")

    db = tmp_path / "archive.db"
    ingester = spawn(
        ["ingest", "--redis", redis_url, "--db", str(db), "--wait", "60"], tmp_path / "ingest.log"
    )
    processes.append(ingester)
    worker = spawn(worker_args(urls, redis_url), tmp_path / "worker.log")
    processes.append(worker)
    assert worker.wait(timeout=180) == 0, (tmp_path / "worker.log").read_text()[-3000:]
    assert ingester.wait(timeout=120) == 0, (tmp_path / "ingest.log").read_text()[-3000:]

    assert not any(marker.exists() for marker in markers)
    assert archived(db) == expected_urls(site_map, urls)
    with connected(db) as conn:
        rejects = [
            row[0] for row in conn.execute("select reason from rejects where url = 'redis:chanjing:items'")
        ]
        stats = json.loads(conn.execute("select stats from crawl_runs").fetchone()[0])
    assert sorted(rejects) == [
        "bad record in chanjing:items: page record: field 'url' is not valid",
        "bad record in chanjing:items: record is not JSON (UnicodeDecodeError)",
    ]
    assert stats["bad_records"] == 2 and stats["bad_requests"] == 4
    worker_log = (tmp_path / "worker.log").read_text()
    assert worker_log.count("dropped an entry of the request queue") == 3
    assert "only plain requests are queued" in worker_log
    assert "dropped in-flight entry" in (tmp_path / "ingest.log").read_text()


def test_the_request_codec_refuses_what_it_did_not_write():
    for raw, reason in (
        (pickle.dumps({"url": "http://x/"}), "not JSON"),
        (b'{"v": 2, "request": {"url": "http://x/"}}', "version 2"),
        (b'{"v": 1, "request": {"url": "ftp://x/"}}', "'url'"),
        (
            b'{"v": 1, "request": {"url": "http://x/", "cb_kwargs": {"p": {"$dc": ["Popen", {}]}}}}',
            "unknown type",
        ),
        (b'{"v": 1, "request": {"url": "http://x/", "meta": {"$eval": 1}}}', "unknown tag"),
    ):
        with pytest.raises(ValueError, match=reason):
            loads(raw)
    with pytest.raises(ValueError, match="unknown kind"):
        decode_record(b'{"v": 1, "id": "a", "kind": "exec"}')
    with pytest.raises(ValueError, match="'fields'"):
        decode_record(
            json.dumps(
                {
                    "v": 1,
                    "id": "a",
                    "kind": "article",
                    "url": "http://x/1.html",
                    "fields": {"body": 5},
                    "page_url": None,
                    "fetched_at": "2026-01-01T00:00:00+00:00",
                }
            ).encode()
        )
