"""Distributed crawling on Redis: many workers, one frontier, one writer.

Workers (`chanjing crawl --redis URL ...`) share scrapy-redis's request queue and duplicate
filter. Instead of writing the archive they push their records (raw responses included) to a
Redis list; one `chanjing ingest` process drains it into the SQLite archive through the same
`ArchiveSession` a single-machine crawl uses, so both archives come out alike.

Nothing is lost when a worker dies: every request a worker takes from the queue is entered in
an in-flight ledger with its owner, and leaves it once what it produced has been pushed. The
ingester puts the ledger entries of workers whose heartbeat has stopped back in the queue.
An idle worker stays while the frontier can still grow (requests queued or in flight anywhere)
and finishes when it is empty.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
import socket
import subprocess
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import redis
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from crawler.archive import utc_now
from crawler.items import Page
from crawler.recorder import ArchiveSession, Recorder, crawl_figures

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0
HEARTBEAT_TTL = 8
IDLE_POLL_SECONDS = 0.25
EMPTY_GRACE_SECONDS = 2.0


class Keys:
    """The Redis keys of one crawl family, all under one prefix."""

    def __init__(self, prefix: str = "chanjing") -> None:
        self.prefix = prefix
        self.queue = f"{prefix}:requests"
        self.dupefilter = f"{prefix}:dupefilter"
        self.items = f"{prefix}:items"
        self.inflight = f"{prefix}:inflight"
        self.owners = f"{prefix}:inflight-owners"
        self.known = f"{prefix}:known"
        self.ready = f"{prefix}:ready"
        self.run_id = f"{prefix}:run-id"

    def worker(self, worker_id: str) -> str:
        return f"{self.prefix}:worker:{worker_id}"

    def workers_pattern(self) -> str:
        return f"{self.prefix}:worker:*"


def redis_settings(redis_url: str, prefix: str = "chanjing") -> dict[str, Any]:
    """Settings that turn a crawl into a worker of the shared frontier."""
    keys = Keys(prefix)
    return {
        "REDIS_URL": redis_url,
        "REDIS_KEY_PREFIX": prefix,
        "SCHEDULER": "crawler.distributed.LedgerScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": keys.queue,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        # The frontier belongs to the crawl, not to one worker: the ingester resets it.
        "SCHEDULER_PERSIST": True,
        "EXTENSIONS": {"crawler.distributed.RedisRecorder": 100, "crawler.recorder.Progress": 200},
        "SPIDER_MIDDLEWARES": {"crawler.distributed.LedgerSpiderMiddleware": 950},
        # A worker keeps no conditional-request validators: the archive is on the ingester's machine.
        "CONDITIONAL_REQUESTS": False,
    }


def connect(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)


class NoIngester(Exception):
    """Workers need a running `chanjing ingest`: it resets the frontier and stores their records."""


def wait_for_ingester(url: str, *, prefix: str = "chanjing", seconds: float = 60.0) -> None:
    """Return once an ingester is up; raise NoIngester (or redis's ConnectionError) otherwise."""
    server = connect(url)
    deadline = time.monotonic() + seconds
    while not server.exists(Keys(prefix).ready):
        if time.monotonic() > deadline:
            raise NoIngester(
                f"no ingester on {url} after {seconds:.0f} s: start `chanjing ingest --redis URL` first"
            )
        time.sleep(0.2)


class RedisRecorder(Recorder):
    """A worker's recorder: every record goes to the Redis list the ingester drains."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.keys = Keys(settings.get("REDIS_KEY_PREFIX", "chanjing"))
        self.server = connect(settings.get("REDIS_URL"))
        self.worker_id = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.known_at_start: frozenset[str] = frozenset()
        self.validators = {}
        self.warc_dir = Path(".")
        self.run_id = 0
        self._heartbeat: task.LoopingCall | None = None
        self._idle_since: float | None = None
        self._empty_since: float | None = None
        self.idle_timeout = settings.getfloat("REDIS_IDLE_TIMEOUT", 300)
        self.wait_seconds = settings.getfloat("REDIS_WAIT_SECONDS", 60)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisRecorder:
        recorder = cls(crawler)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(recorder.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(recorder.page_done, signal=signals.item_dropped)
        crawler.signals.connect(recorder.page_done, signal=signals.item_error)
        return recorder

    # -- lifecycle ---------------------------------------------------------------------------

    def spider_opened(self, spider: Any) -> None:
        wait_for_ingester(
            self.crawler.settings.get("REDIS_URL"), prefix=self.keys.prefix, seconds=self.wait_seconds
        )
        self.run_id = int(self.server.get(self.keys.run_id) or 0)
        # What the ingester found in the archive when the run began; it does not grow during the run.
        self.known_at_start = frozenset(url.decode() for url in self.server.smembers(self.keys.known))
        self._beat()
        self._heartbeat = task.LoopingCall(self._beat)
        self._heartbeat.start(HEARTBEAT_SECONDS, now=False)
        self._push(("hello", self.worker_id, list(getattr(spider, "start_urls", []))))
        log.info(
            "worker %s joined crawl run %d (%d articles known)",
            self.worker_id,
            self.run_id,
            len(self.known_at_start),
        )

    def _beat(self) -> None:
        self.server.set(self.keys.worker(self.worker_id), utc_now(), ex=HEARTBEAT_TTL)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        numbers = {
            k: v
            for k, v in self.stats.get_stats().items()
            if isinstance(v, int | float) and not isinstance(v, bool)
        }
        self._push(("stats", self.worker_id, reason, numbers))
        # A worker that ends cleanly has nothing in flight; forget what the ledger still names.
        mine = [
            key
            for key, owner in self.server.hgetall(self.keys.owners).items()
            if owner.decode() == self.worker_id
        ]
        if mine:
            self.server.hdel(self.keys.inflight, *mine)
            self.server.hdel(self.keys.owners, *mine)
        self.server.delete(self.keys.worker(self.worker_id))

    def spider_idle(self, spider: Any) -> None:
        """Stay while requests are queued or in flight anywhere: other workers may add more."""
        now = time.monotonic()
        if self.server.zcard(self.keys.queue) == 0 and self.server.hlen(self.keys.owners) == 0:
            # Empty for a moment is not empty: another worker may be between taking a request
            # from the queue and entering it in the ledger, or just starting.
            self._empty_since = self._empty_since or now
            if now - self._empty_since >= EMPTY_GRACE_SECONDS:
                return  # the frontier is empty: finish
        else:
            self._empty_since = None
        self._idle_since = self._idle_since or now
        if now - self._idle_since > self.idle_timeout:
            log.warning(
                "idle for %.0f s with work left in flight elsewhere; finishing", now - self._idle_since
            )
            return
        raise DontCloseSpider

    # -- records -----------------------------------------------------------------------------

    def _push(self, message: tuple) -> None:
        self.server.rpush(self.keys.items, pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def record_response(
        self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[str, str]:
        self._idle_since = self._empty_since = None
        fetched_at = utc_now()
        self._push(("page", url, status, reason, headers, body, fetched_at))
        return url, fetched_at

    def record_article(self, url: str, fields: dict[str, Any], *, page_url: str, fetched_at: str) -> None:
        self._push(("article", url, fields, page_url, fetched_at))

    def record_rejection(
        self, url: str, reason: str, *, page_url: str | None, fetched_at: str | None, record: dict | None
    ) -> None:
        self._push(("reject", url, reason, page_url, fetched_at, record))

    def record_clicks(
        self, url: str, clicks: int, *, observed_at: str, kind: str | None, inflated: bool | None
    ) -> None:
        self._push(("clicks", url, clicks, observed_at, kind, inflated))

    def request_done(self, request: Any) -> None:
        key = request.meta.get("ledger_key")
        if key:
            self.forget(key)

    def page_done(self, item: Any = None, *args: Any, **kwargs: Any) -> None:
        origin = getattr(item, "origin", None)
        if origin:
            self.forget(origin)

    def forget(self, key: str) -> None:
        pipe = self.server.pipeline()
        pipe.hdel(self.keys.inflight, key)
        pipe.hdel(self.keys.owners, key)
        pipe.execute()


class LedgerScheduler(RedisScheduler):
    """scrapy-redis's scheduler, entering each request it hands out in the in-flight ledger."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        return scheduler

    def next_request(self):
        request = super().next_request()
        if request is None:
            return None
        recorder = self.crawler.get_extension(RedisRecorder)
        if "ledger_key" in request.meta:  # a retry or redirect: its earlier entry is settled
            recorder.forget(request.meta["ledger_key"])
        key = uuid.uuid4().hex
        request.meta["ledger_key"] = key
        entry = pickle.dumps((-request.priority, self.queue._encode_request(request)))
        pipe = self.server.pipeline()
        pipe.hset(recorder.keys.inflight, key, entry)
        pipe.hset(recorder.keys.owners, key, recorder.worker_id)
        pipe.execute()
        return request


class LedgerSpiderMiddleware:
    """A request leaves the ledger when its page has gone down the pipelines, or at once when
    its callback produced no page (a listing already stored, an error)."""

    def __init__(self, recorder: RedisRecorder) -> None:
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerSpiderMiddleware:
        return cls(crawler.get_extension(RedisRecorder))

    async def process_spider_output(self, response, result):
        key = response.meta.get("ledger_key")
        produced_page = False
        async for output in result:
            if isinstance(output, Page):
                output.origin = key
                produced_page = True
            yield output
        if key and not produced_page:
            self.recorder.forget(key)

    def process_spider_exception(self, response, exception):
        key = response.meta.get("ledger_key")
        if key:
            self.recorder.forget(key)


# --- the ingester ----------------------------------------------------------------------------


def ingest(
    redis_url: str,
    db: Path,
    warc: Path,
    *,
    prefix: str = "chanjing",
    wait_seconds: float = 120.0,
    batch_size: int = 500,
    flush_seconds: float = 2.0,
    echo: Any = None,
) -> dict[str, Any]:
    """Reset the frontier, publish what is known, drain the workers' records until the crawl ends.

    Returns the crawl run's row. The crawl ends when a worker has come and gone, no worker is
    alive, and the queue, the ledger and the list of records are all empty.
    """
    from crawler.archive import Archive

    keys = Keys(prefix)
    server = connect(redis_url)
    counts: Counter = Counter()
    session = ArchiveSession(
        db, warc, batch_size=batch_size, count=lambda name, n: counts.update({f"chanjing/{name}": n})
    )
    run_id = session.start([])
    server.delete(keys.queue, keys.dupefilter, keys.inflight, keys.owners, keys.known, keys.ready)
    known = list(session.archive.known_article_urls())
    for start in range(0, len(known), 5000):
        server.sadd(keys.known, *known[start : start + 5000])
    server.set(keys.run_id, run_id)
    server.set(keys.ready, utc_now())
    started = time.monotonic()
    worker_stats: dict[str, dict[str, Any]] = {}
    start_urls: list[str] = []
    seen_worker = False
    last_flush = time.monotonic()
    last_check = 0.0
    try:
        while True:
            popped = server.blpop([keys.items], timeout=1)
            if popped is not None:
                message = pickle.loads(popped[1])
                seen_worker = True
                _apply(session, message, worker_stats, start_urls)
            now = time.monotonic()
            if now - last_flush >= flush_seconds:
                session.flush()
                last_flush = now
            if now - last_check >= 2.0:
                last_check = now
                requeued = requeue_dead(server, keys)
                if requeued and echo:
                    echo(f"requeued {requeued} request(s) of workers that stopped answering")
                alive = list(server.scan_iter(keys.workers_pattern()))
                if not alive and server.llen(keys.items) == 0:
                    frontier = server.zcard(keys.queue) + server.hlen(keys.owners)
                    if seen_worker and frontier == 0:
                        break
                    if not seen_worker and now - started > wait_seconds:
                        session.failure = f"no worker joined within {wait_seconds:.0f} s"
                        break
    finally:
        server.delete(keys.ready)
        unwritten = session.drain()
    totals: Counter = Counter(counts)
    for numbers in worker_stats.values():
        totals.update(
            {
                k: v
                for k, v in numbers.items()
                if k.startswith(("downloader/", "chanjing/")) and k not in counts
            }
        )
    elapsed = time.monotonic() - started
    stats = {
        "finish_reason": "finished",
        "failure": session.failure,
        "workers": len(worker_stats),
        **crawl_figures(dict(totals), elapsed),
        "coverage": session.archive.field_coverage(session.stored_this_run),
        "warc_dir": str(warc),
    }
    reasons = {numbers.get("_reason") for numbers in worker_stats.values()}
    ok = not session.failure and not unwritten and reasons <= {"finished"} and stats["pages"] > 0
    session.archive.db["crawl_runs"].update(run_id, {"start_urls": json.dumps(sorted(set(start_urls)))})
    session.finish(status="finished" if ok else "failed", stats=stats)
    with Archive(db, readonly=True) as archive:
        return archive.run(run_id)


def _apply(session: ArchiveSession, message: tuple, worker_stats: dict, start_urls: list[str]) -> None:
    kind = message[0]
    if kind == "page":
        _kind, url, status, reason, headers, body, fetched_at = message
        session.record_response(url, status, reason, headers, body, fetched_at=fetched_at)
    elif kind == "article":
        _kind, url, fields, page_url, fetched_at = message
        session.record_article(url, fields, page_url=page_url, fetched_at=fetched_at)
    elif kind == "reject":
        _kind, url, reason, page_url, fetched_at, record = message
        session.record_rejection(url, reason, page_url=page_url, fetched_at=fetched_at, record=record)
    elif kind == "clicks":
        _kind, url, clicks, observed_at, counter_kind, inflated = message
        session.record_clicks(url, clicks, observed_at=observed_at, kind=counter_kind, inflated=inflated)
    elif kind == "hello":
        start_urls.extend(message[2])
    elif kind == "stats":
        _kind, worker_id, reason, numbers = message
        worker_stats[worker_id] = {**numbers, "_reason": reason}
    else:
        log.warning("unknown record kind %r from a worker; ignored", kind)


def requeue_dead(server: redis.Redis, keys: Keys) -> int:
    """Put the in-flight requests of workers without a heartbeat back in the queue."""
    owners = server.hgetall(keys.owners)
    alive: dict[bytes, bool] = {}
    dead: list[bytes] = []
    for key, owner in owners.items():
        if owner not in alive:
            alive[owner] = bool(server.exists(keys.worker(owner.decode())))
        if not alive[owner]:
            dead.append(key)
    for key in dead:
        entry = server.hget(keys.inflight, key)
        if entry is not None:
            score, data = pickle.loads(entry)
            server.execute_command("ZADD", keys.queue, score, data)
        server.hdel(keys.inflight, key)
        server.hdel(keys.owners, key)
    return len(dead)


def start_local_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    """A throwaway redis-server on a free loopback port, nothing saved (tests, benchmarks, trials).

    Debian's redis-server package is installed when the binary is missing. Returns the process
    (terminate it when done) and its URL.
    """
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(binary).exists():
        subprocess.run(["apt-get", "install", "-y", "-q", "redis-server"], capture_output=True, timeout=600)
    if not Path(binary).exists():
        raise FileNotFoundError(
            "redis-server is missing and could not be installed: apt-get install redis-server"
        )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, f"redis://127.0.0.1:{port}/0"
