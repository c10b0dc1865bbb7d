"""A worker of a distributed crawl: its settings, its recorder (records go to Redis, not to an
archive), and the in-flight ledger every request it takes from the shared queue is entered in.

A request leaves the ledger once what it produced has been pushed; the ingester puts back in the
queue the entries of a worker whose heartbeat has stopped. An idle worker stays while the frontier
can still grow (requests queued or in flight anywhere) and finishes when it is empty.
"""

from __future__ import annotations

import logging
import math
import os
import socket
import time
import uuid
from pathlib import Path
from typing import Any

import redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from crawler import settings as crawl_defaults
from crawler.archive import utc_now
from crawler.distributed.keys import Keys, connect
from crawler.distributed.wire import WIRE_VERSION, BadEntry, encode_record
from crawler.items import Page
from crawler.recorder import Recorder

__all__ = [
    "LedgerScheduler",
    "LedgerSpiderMiddleware",
    "NoIngester",
    "RedisRecorder",
    "ingester_alive",
    "redis_settings",
    "wait_for_ingester",
]

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0
HEARTBEAT_TTL = 8
IDLE_POLL_SECONDS = 0.5


def redis_settings(redis_url: str, prefix: str = "chanjing") -> dict[str, Any]:
    """Settings that turn a crawl into a worker of the shared frontier."""
    keys = Keys(prefix)
    return {
        "REDIS_URL": redis_url,
        "REDIS_KEY_PREFIX": prefix,
        "SCHEDULER": "crawler.distributed.worker.LedgerScheduler",
        # Queued requests as checked JSON: the wire module's `dumps`/`loads`.
        "SCHEDULER_SERIALIZER": "crawler.distributed.wire",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": keys.queue,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        # The frontier belongs to the crawl, not to one worker: the ingester resets it.
        "SCHEDULER_PERSIST": True,
        # The single-machine crawl's extensions, with records going to Redis instead of the archive.
        "EXTENSIONS": {
            **crawl_defaults.EXTENSIONS,
            "crawler.recorder.CrawlRecorder": None,
            "crawler.distributed.worker.RedisRecorder": 100,
        },
        # Next to the engine: after every middleware that may drop a request (depth, URL length).
        "SPIDER_MIDDLEWARES": {"crawler.distributed.worker.LedgerSpiderMiddleware": 10},
        # A worker keeps no conditional-request validators: the archive is on the ingester's machine.
        "CONDITIONAL_REQUESTS": False,
    }


class NoIngester(Exception):
    """Workers need a running `chanjing ingest`: it resets the frontier and stores their records."""


def ingester_alive(server: redis.Redis, keys: Keys) -> bool:
    """A live ingester refreshes its `ready` marker, which expires: one without an expiry is stale."""
    return server.pttl(keys.ready) > 0


def wait_for_ingester(url: str, *, prefix: str = "chanjing", seconds: float = 60.0) -> None:
    """Return once an ingester is up; raise NoIngester (or redis's ConnectionError) otherwise."""
    server = connect(url)
    keys = Keys(prefix)
    deadline = time.monotonic() + seconds
    while not ingester_alive(server, keys):
        if time.monotonic() > deadline:
            stale = " (its ready marker is stale)" if server.exists(keys.ready) else ""
            raise NoIngester(
                f"no live ingester on {url} after {seconds:.0f} s{stale}: "
                "start `chanjing ingest --redis URL` first"
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
        self._ingester_gone_since: float | None = None
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
        # An idle worker asks the shared queue again at Scrapy's heartbeat, every 5 s: while
        # another worker reads the listing that holds the next requests, this one would sit idle
        # for most of that. Asking twice a second costs two Redis calls; the attribute is Scrapy's
        # (an instance value shadows the class's; a Scrapy without it simply keeps its 5 s).
        self.crawler.engine._SLOT_HEARTBEAT_INTERVAL = IDLE_POLL_SECONDS
        wait_for_ingester(
            self.crawler.settings.get("REDIS_URL"), prefix=self.keys.prefix, seconds=self.wait_seconds
        )
        self.run_id = int(self.server.get(self.keys.run_id) or 0)
        # What the ingester found in the archive when the run began; it does not grow during the run.
        self.known_at_start = frozenset(url.decode() for url in self.server.smembers(self.keys.known))
        walk_to_end = self.server.get(self.keys.walk_to_end)
        self.walk_to_end = walk_to_end.decode(errors="replace") if walk_to_end else None
        self._beat()
        self._heartbeat = task.LoopingCall(self._beat)
        self._heartbeat.start(HEARTBEAT_SECONDS, now=False)
        self._push("hello", worker=self.worker_id, start_urls=list(getattr(spider, "start_urls", [])))
        log.info(
            "worker %s joined crawl run %d (%d articles known)",
            self.worker_id,
            self.run_id,
            len(self.known_at_start),
        )

    def _beat(self) -> None:
        self.server.set(self.keys.worker(self.worker_id), utc_now(), ex=HEARTBEAT_TTL)
        # Records wait in Redis while an ingester restarts; without one for long, stop.
        now = time.monotonic()
        if ingester_alive(self.server, self.keys):
            self._ingester_gone_since = None
            return
        self._ingester_gone_since = self._ingester_gone_since or now
        if now - self._ingester_gone_since > self.wait_seconds and self.crawler.engine is not None:
            log.error(
                "no live ingester for %.0f s: stopping; what is queued stays for the next run",
                now - self._ingester_gone_since,
            )
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="no_ingester"))

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._heartbeat is not None and self._heartbeat.running:
            self._heartbeat.stop()
        numbers = {
            k: v
            for k, v in self.stats.get_stats().items()
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
        }
        self._push("stats", worker=self.worker_id, reason=reason, numbers=numbers)
        if reason == "finished":
            # A worker that ends cleanly has nothing in flight; forget what the ledger still names.
            # Any other end leaves its entries for the ingester to put back in the queue.
            self._forget_own(self.server.hgetall(self.keys.owners))
        self.server.delete(self.keys.worker(self.worker_id))

    def spider_idle(self, spider: Any) -> None:
        """Stay while requests are queued or in flight anywhere: other workers may add more."""
        now = time.monotonic()
        pipe = self.server.pipeline()
        pipe.zcard(self.keys.queue).hgetall(self.keys.owners)
        queued, owners = pipe.execute()
        # An idle worker has nothing in progress: an entry it still owns is settled (a request
        # its page led to was dropped on the way to the queue), and would hold every worker.
        others = len(owners) - self._forget_own(owners)
        if not queued and not others:
            # A request is taken from the queue and entered in the ledger in one step, and a
            # page leaves the ledger after the requests it led to were queued: nothing can
            # come any more.
            return
        self._idle_since = self._idle_since or now
        if now - self._idle_since > self.idle_timeout:
            log.warning(
                "idle for %.0f s with work left in flight elsewhere; finishing", now - self._idle_since
            )
            return
        raise DontCloseSpider

    def _forget_own(self, owners: dict[bytes, bytes]) -> int:
        """Remove this worker's entries from the ledger; how many there were."""
        mine = [key for key, owner in owners.items() if owner.decode() == self.worker_id]
        if mine:
            self.server.hdel(self.keys.inflight, *mine)
            self.server.hdel(self.keys.owners, *mine)
        return len(mine)

    # -- records -----------------------------------------------------------------------------

    def _push(self, kind: str, **values: Any) -> None:
        self.server.rpush(self.keys.items, encode_record(kind, **values))

    def record_response(
        self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[str, str]:
        self._idle_since = None
        fetched_at = utc_now()
        self._push(
            "page", url=url, status=status, reason=reason, headers=headers, body=body, fetched_at=fetched_at
        )
        return url, fetched_at

    def record_article(self, url: str, fields: dict[str, Any], *, page_url: str, fetched_at: str) -> None:
        self._push("article", url=url, fields=fields, page_url=page_url, fetched_at=fetched_at)

    def record_rejection(
        self, url: str, reason: str, *, page_url: str | None, fetched_at: str | None, record: dict | None
    ) -> None:
        self._push("reject", url=url, reason=reason, page_url=page_url, fetched_at=fetched_at, record=record)

    def record_clicks(
        self, url: str, clicks: int, *, observed_at: str, kind: str | None, inflated: bool | None
    ) -> None:
        self._push(
            "clicks", url=url, clicks=clicks, observed_at=observed_at, counter_kind=kind, inflated=inflated
        )

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


# In the meta of the last request a page led to, when it led to no page item: the ledger key the
# scheduler settles once it has queued that request.
SETTLES = "settles_ledger_key"
# Takes the first request of the queue (KEYS[1]) and enters it in the in-flight ledger (KEYS[2],
# KEYS[3]: entry and owner under the key ARGV[1]) in one step: a request is never in neither, so
# an empty queue and an empty ledger mean an empty frontier. The entry is what
# `decode_ledger_entry` reads: {v, score, request}.
_TAKE = """
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #first == 0 then return false end
redis.call('ZREM', KEYS[1], first[1])
local entry = cjson.encode({v = tonumber(ARGV[3]), score = tonumber(first[2]), request = first[1]})
redis.call('HSET', KEYS[2], ARGV[1], entry)
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
return first[1]
"""


class LedgerScheduler(RedisScheduler):
    """scrapy-redis's scheduler, entering each request it hands out in the in-flight ledger as it
    takes it from the queue, and dropping (logged, counted) queue entries that are not requests
    chanjing wrote."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        return scheduler

    def open(self, spider):
        super().open(spider)
        self._take = self.server.register_script(_TAKE)

    def enqueue_request(self, request):
        settles = request.meta.pop(SETTLES, None)
        try:
            return super().enqueue_request(request)
        finally:
            if settles:  # queued, or refused as a duplicate: the page that led here is settled
                self.crawler.get_extension(RedisRecorder).forget(settles)

    def next_request(self):
        recorder = self.crawler.get_extension(RedisRecorder)
        keys = [self.queue.key, recorder.keys.inflight, recorder.keys.owners]
        while True:
            key = uuid.uuid4().hex
            data = self._take(keys=keys, args=[key, recorder.worker_id, WIRE_VERSION])
            if data is None:
                return None
            self.crawler.stats.inc_value("scheduler/dequeued/redis")
            try:
                request = self.queue._decode_request(data)
            except (BadEntry, TypeError, ValueError) as exc:
                log.warning("dropped an entry of the request queue %s: %s", self.queue.key, exc)
                self.crawler.stats.inc_value("chanjing/bad_requests")
                recorder.forget(key)
                continue
            break
        if "ledger_key" in request.meta:  # a retry or redirect: its earlier entry is settled
            recorder.forget(request.meta["ledger_key"])
        request.meta["ledger_key"] = key
        return request


class LedgerSpiderMiddleware:
    """A request leaves the ledger once what it led to is queued: when its page has gone down the
    pipelines (the requests yielded before it were queued first), or, when its callback produced
    no page (a counter request instead, a listing already stored, an error), when the scheduler
    has taken the last request it yielded; at once when it yielded nothing.

    It sits next to the engine: the requests it sees are the ones that reach the scheduler.
    """

    def __init__(self, recorder: RedisRecorder) -> None:
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerSpiderMiddleware:
        return cls(crawler.get_extension(RedisRecorder))

    async def process_spider_output(self, response, result):
        key = response.meta.get("ledger_key")
        produced_page = False
        held: Request | None = None  # the latest request, yielded when the next output comes
        async for output in result:
            if isinstance(output, Page):
                output.origin = key
                produced_page = True
            if held is not None:
                yield held
                held = None
            if isinstance(output, Request) and key and not produced_page:
                held = output
            else:
                yield output
        if held is not None:
            held.meta[SETTLES] = key
            yield held
        elif key and not produced_page:
            self.recorder.forget(key)

    def process_spider_exception(self, response, exception):
        key = response.meta.get("ledger_key")
        if key:
            self.recorder.forget(key)
