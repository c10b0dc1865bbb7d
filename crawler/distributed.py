"""Distributed crawling on Redis: many workers, one frontier, one writer.

Workers (`chanjing crawl --redis URL ...`) share scrapy-redis's request queue and duplicate
filter. Instead of writing the archive they push their records (raw responses included) to a
Redis list; one `chanjing ingest` process drains it into the SQLite archive through the same
`ArchiveSession` a single-machine crawl uses, so both archives come out alike.

What crosses Redis is data, never code: records, queued requests and ledger entries are JSON
with a version field (bytes as base64), checked against a small schema when read. A record
that does not pass goes to the archive's `rejects` table with the reason; a request entry that
does not pass is dropped, logged and counted.

Nothing is lost when a worker dies: every request a worker takes from the queue is entered in
an in-flight ledger with its owner, and leaves it once what it produced has been pushed. The
ingester puts the ledger entries of workers whose heartbeat has stopped back in the queue.
An idle worker stays while the frontier can still grow (requests queued or in flight anywhere)
and finishes when it is empty.

Nothing is lost when the ingester dies either: it moves each record to a processing list and
removes it from there only once the batch holding it is committed, and a new ingester reads
that list first. A record stored twice (committed, then re-read after a crash) is recognised
and not stored again, so the archive holds each page and article once.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from datetime import datetime
from pathlib import Path
from typing import Any

import redis
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from crawler.archive import RefreshTarget, utc_now
from crawler.items import Article, CounterAnswer, Page, RelatedLink
from crawler.recorder import ArchiveSession, Recorder, crawl_figures

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0
HEARTBEAT_TTL = 8
# The ingester's `ready` marker lives this long unless the running ingester refreshes it.
READY_TTL = 10
IDLE_POLL_SECONDS = 0.25
EMPTY_GRACE_SECONDS = 2.0
WIRE_VERSION = 1
# Crash-test point: "popped:N", "held:N" or "committed:N" makes the ingester kill itself
# (SIGKILL) after its Nth popped record, with N records applied but not committed, or after
# its Nth commit before the committed records leave the processing list.
CRASH_ENV = "CHANJING_INGEST_CRASH"


class Keys:
    """The Redis keys of one crawl family, all under one prefix."""

    def __init__(self, prefix: str = "chanjing") -> None:
        self.prefix = prefix
        self.queue = f"{prefix}:requests"
        self.dupefilter = f"{prefix}:dupefilter"
        self.items = f"{prefix}:items"
        self.processing = f"{prefix}:items-processing"
        self.inflight = f"{prefix}:inflight"
        self.owners = f"{prefix}:inflight-owners"
        self.known = f"{prefix}:known"
        self.walk_to_end = f"{prefix}:walk-to-end"
        self.ready = f"{prefix}:ready"
        self.run_id = f"{prefix}:run-id"
        self.joined = f"{prefix}:joined"
        self.worker_stats = f"{prefix}:worker-stats"
        self.start_urls = f"{prefix}:start-urls"

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
        # Queued requests as checked JSON: this module's `dumps`/`loads`.
        "SCHEDULER_SERIALIZER": "crawler.distributed",
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


# --- what crosses Redis: checked JSON ---------------------------------------------------------


class BadEntry(ValueError):
    """A record or request read from Redis that is not what chanjing writes there."""


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def _parse(raw: bytes | str, what: str) -> dict[str, Any]:
    try:
        message = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadEntry(f"{what} is not JSON ({type(exc).__name__})") from None
    if not isinstance(message, dict):
        raise BadEntry(f"{what} is not a JSON object")
    if message.get("v") != WIRE_VERSION:
        raise BadEntry(f"{what} has version {message.get('v')!r}, not {WIRE_VERSION}")
    return message


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _in_range(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: _is_int(value) and low <= value < high


def _is_number(value: Any) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://")) and len(value) < 8192


def _is_time(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _is_b64(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _opt(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: value is None or check(value)


def _list_of(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(key, str) for key in value)


def _is_header(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(part, str) for part in value)


def _is_related(value: Any) -> bool:
    return _is_object(value) and all(_opt(_is_str)(value.get(name)) for name in ("url", "title", "summary"))


_FIELD_CHECKS: dict[str, Callable[[Any], bool]] = {
    **{
        name: _opt(_is_str)
        for name in (
            "article_id",
            "title",
            "source",
            "published_at",
            "click_counter_url",
            "editor",
            "reviewer",
            "category",
            "body",
            "title_raw",
            "body_raw",
            "encoding",
            "counter_kind",
        )
    },
    "clicks": _opt(_in_range(0, 1 << 53)),
    "counter_inflated": _opt(_is_bool),
    "breadcrumbs": _opt(_list_of(_is_str)),
    "images": _opt(_list_of(_is_str)),
    "warnings": _opt(_list_of(_is_str)),
    "related": _opt(_list_of(_is_related)),
}


def _is_fields(value: Any) -> bool:
    return _is_object(value) and all(check(value.get(name)) for name, check in _FIELD_CHECKS.items())


def _is_numbers(value: Any) -> bool:
    return _is_object(value) and all(_is_number(v) for v in value.values())


# Every record kind, its fields and what each must be. Nothing else is accepted.
RECORD_SCHEMA: dict[str, dict[str, Callable[[Any], bool]]] = {
    "page": {
        "url": _is_url,
        "status": _in_range(0, 1000),
        "reason": _is_str,
        "headers": _list_of(_is_header),
        "body": _is_b64,
        "fetched_at": _is_time,
    },
    "article": {"url": _is_url, "fields": _is_fields, "page_url": _opt(_is_url), "fetched_at": _is_time},
    "reject": {
        "url": _is_str,
        "reason": _is_str,
        "page_url": _opt(_is_str),
        "fetched_at": _opt(_is_time),
        "record": _opt(_is_object),
    },
    "clicks": {
        "url": _is_url,
        "clicks": _in_range(0, 1 << 53),
        "observed_at": _is_time,
        "counter_kind": _opt(_is_str),
        "inflated": _opt(_is_bool),
    },
    "hello": {"worker": _is_str, "start_urls": _list_of(_is_str)},
    "stats": {"worker": _is_str, "reason": _is_str, "numbers": _is_numbers},
}


def encode_record(kind: str, **values: Any) -> bytes:
    """A worker's record as the ingester reads it: versioned JSON, bytes as base64."""
    if kind == "page":
        values["body"] = base64.b64encode(values["body"]).decode("ascii")
        values["headers"] = [list(pair) for pair in values["headers"]]
    return _json_bytes({"v": WIRE_VERSION, "id": uuid.uuid4().hex, "kind": kind, **values})


def decode_record(raw: bytes) -> dict[str, Any]:
    """A record read from the records list, checked against RECORD_SCHEMA; BadEntry says why not."""
    message = _parse(raw, "record")
    kind = message.get("kind")
    schema = RECORD_SCHEMA.get(kind) if isinstance(kind, str) else None
    if schema is None:
        raise BadEntry(f"record of unknown kind {kind!r}")
    if not isinstance(message.get("id"), str):
        raise BadEntry(f"{kind} record without an id")
    names = set(message) - {"v", "id", "kind"}
    if names != set(schema):
        missing, extra = sorted(set(schema) - names), sorted(names - set(schema))
        raise BadEntry(f"{kind} record: missing {missing}, unexpected {extra}")
    for name, check in schema.items():
        if not check(message[name]):
            raise BadEntry(f"{kind} record: field {name!r} is not valid")
    if kind == "page":
        message["body"] = base64.b64decode(message["body"])
        message["headers"] = [tuple(pair) for pair in message["headers"]]
    return message


# Requests: scrapy-redis hands `dumps` what `Request.to_dict` gives and `loads` what it stored
# (SCHEDULER_SERIALIZER names this module). Bytes, tuples, dicts with bytes keys and the few
# dataclasses a request carries in cb_kwargs are written as tagged JSON.

_WIRE_DATACLASSES = {cls.__name__: cls for cls in (Page, Article, CounterAnswer, RelatedLink, RefreshTarget)}
_CALLBACK_RE = re.compile(r"^(parse[a-z_]*|[a-z][a-z_]*_failed)$")
_METHODS = {"GET", "HEAD", "POST"}


def _to_wire(value: Any) -> Any:
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError("a request holds a float that is not finite")
        return value
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, list | tuple):
        return [_to_wire(item) for item in value]
    if isinstance(value, dict):
        if all(isinstance(key, str) and not key.startswith("$") for key in value):
            return {key: _to_wire(item) for key, item in value.items()}
        return {"$pairs": [[_to_wire(key), _to_wire(item)] for key, item in value.items()]}
    name = type(value).__name__
    if _WIRE_DATACLASSES.get(name) is type(value):
        return {"$dc": [name, {f.name: _to_wire(getattr(value, f.name)) for f in dataclass_fields(value)}]}
    raise TypeError(f"a request holds a {name}, which the request queue does not carry")


def _from_wire(value: Any, depth: int = 0) -> Any:
    if depth > 32:
        raise BadEntry("request nested too deeply")
    if isinstance(value, list):
        return [_from_wire(item, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 and "$b64" in value:
        if not _is_b64(value["$b64"]):
            raise BadEntry("request holds bad base64")
        return base64.b64decode(value["$b64"])
    if len(value) == 1 and "$pairs" in value:
        pairs = value["$pairs"]
        if not all(isinstance(pair, list) and len(pair) == 2 for pair in pairs):
            raise BadEntry("request holds a bad key-value list")
        decoded = {}
        for key, item in pairs:
            key = _from_wire(key, depth + 1)
            if not isinstance(key, str | bytes | int):
                raise BadEntry("request holds a key that is neither text nor bytes")
            decoded[key] = _from_wire(item, depth + 1)
        return decoded
    if len(value) == 1 and "$dc" in value:
        spec = value["$dc"]
        if not (isinstance(spec, list) and len(spec) == 2 and _is_object(spec[1])):
            raise BadEntry("request holds a bad record")
        cls = _WIRE_DATACLASSES.get(spec[0]) if isinstance(spec[0], str) else None
        if cls is None:
            raise BadEntry(f"request holds a record of unknown type {spec[0]!r}")
        allowed = {f.name for f in dataclass_fields(cls)}
        if not set(spec[1]) <= allowed:
            raise BadEntry(f"request holds a {spec[0]} with unknown fields")
        try:
            return cls(**{key: _from_wire(item, depth + 1) for key, item in spec[1].items()})
        except TypeError as exc:
            raise BadEntry(f"request holds a bad {spec[0]}: {exc}") from None
    if any(key.startswith("$") for key in value):
        raise BadEntry("request holds an unknown tag")
    return {key: _from_wire(item, depth + 1) for key, item in value.items()}


def dumps(request: dict[str, Any]) -> bytes:
    """A request's dict (`Request.to_dict`) as the queue stores it."""
    return _json_bytes({"v": WIRE_VERSION, "request": _to_wire(request)})


def loads(raw: bytes | str) -> dict[str, Any]:
    """A queued request's dict, checked: only a plain `scrapy.Request` to an http(s) URL with one
    of the spider's callbacks; BadEntry says what is wrong."""
    message = _parse(raw, "request entry")
    if set(message) != {"v", "request"} or not _is_object(message["request"]):
        raise BadEntry("request entry is not {v, request}")
    request = _from_wire(message["request"])
    unknown = set(request) - set(Request.attributes)
    if unknown:
        raise BadEntry(f"request has fields {sorted(unknown)} (only plain requests are queued)")
    checks: dict[str, Callable[[Any], bool]] = {
        "url": _is_url,
        "method": lambda v: v in _METHODS,
        "callback": _opt(lambda v: isinstance(v, str) and bool(_CALLBACK_RE.match(v))),
        "errback": _opt(lambda v: isinstance(v, str) and bool(_CALLBACK_RE.match(v))),
        "headers": lambda v: isinstance(v, dict),
        "body": lambda v: isinstance(v, bytes),
        "cookies": lambda v: isinstance(v, dict | list),
        "meta": _is_object,
        "cb_kwargs": _is_object,
        "encoding": _is_str,
        "flags": _list_of(_is_str),
        "dont_filter": _is_bool,
        "priority": _is_int,
    }
    for name, check in checks.items():
        if name in request and not check(request[name]):
            raise BadEntry(f"request field {name!r} is not valid")
    if "url" not in request:
        raise BadEntry("request without a url")
    return request


def encode_ledger_entry(score: float, data: bytes) -> bytes:
    return _json_bytes({"v": WIRE_VERSION, "score": score, "request": data.decode()})


def decode_ledger_entry(raw: bytes) -> tuple[float, bytes]:
    """(score, queued request) of an in-flight ledger entry, the request checked as `loads` does."""
    message = _parse(raw, "ledger entry")
    if set(message) != {"v", "score", "request"} or not _is_number(message["score"]):
        raise BadEntry("ledger entry is not {v, score, request}")
    if not isinstance(message["request"], str):
        raise BadEntry("ledger entry's request is not text")
    data = message["request"].encode()
    loads(data)
    return message["score"], data


# --- workers ----------------------------------------------------------------------------------


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
        self._empty_since: float | None = None
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

    def _push(self, kind: str, **values: Any) -> None:
        self.server.rpush(self.keys.items, encode_record(kind, **values))

    def record_response(
        self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[str, str]:
        self._idle_since = self._empty_since = None
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


class LedgerScheduler(RedisScheduler):
    """scrapy-redis's scheduler, entering each request it hands out in the in-flight ledger and
    dropping (logged, counted) queue entries that are not requests chanjing wrote."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerScheduler:
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        return scheduler

    def next_request(self):
        while True:
            try:
                request = super().next_request()
            except (BadEntry, TypeError, ValueError) as exc:
                log.warning("dropped an entry of the request queue %s: %s", self.queue.key, exc)
                self.crawler.stats.inc_value("chanjing/bad_requests")
                continue
            break
        if request is None:
            return None
        recorder = self.crawler.get_extension(RedisRecorder)
        if "ledger_key" in request.meta:  # a retry or redirect: its earlier entry is settled
            recorder.forget(request.meta["ledger_key"])
        key = uuid.uuid4().hex
        request.meta["ledger_key"] = key
        entry = encode_ledger_entry(-request.priority, self.queue._encode_request(request))
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


class _CrashPoint:
    """See CRASH_ENV: kills this process at a chosen moment, to test what a crash leaves behind."""

    def __init__(self, spec: str) -> None:
        moment, _, count = spec.partition(":")
        self.moment = moment
        self.limit = int(count) if count.isdigit() else 0
        self.seen = 0

    def at(self, moment: str, count: int | None = None) -> None:
        if moment != self.moment or not self.limit:
            return
        if count is None:
            self.seen += 1
            count = self.seen
        if count >= self.limit:
            os.kill(os.getpid(), signal.SIGKILL)


class _StopSignal:
    def __init__(self) -> None:
        self.name: str | None = None

    def __call__(self, signum: int, frame: Any) -> None:
        self.name = signal.Signals(signum).name


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
    """Publish what is known, drain the workers' records until the crawl ends, say how it ended.

    Returns the crawl run's row: `finished` when the frontier, the ledger, the records list and
    the processing list are all empty and no worker is alive; `incomplete` (with what is left in
    `stats["left"]`) when it stopped before that (SIGTERM, SIGINT, no worker left); `failed` when
    the archive could not be written or no worker ever joined. The frontier is reset only when it
    holds no work and no worker is alive; otherwise a restarted ingester goes on with it.
    """
    from crawler.archive import Archive

    say = echo or (lambda message: None)
    keys = Keys(prefix)
    server = connect(redis_url)
    server.ping()
    counts: Counter = Counter()
    session = ArchiveSession(
        db, warc, batch_size=batch_size, count=lambda name, n: counts.update({f"chanjing/{name}": n})
    )
    run_id = session.start([])
    walk_to_end: str | None = None
    crash = _CrashPoint(os.environ.get(CRASH_ENV, ""))
    stop = _StopSignal()
    previous = (
        {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        if threading.current_thread() is threading.main_thread()
        else {}
    )
    held: list[bytes] = []  # records in the processing list whose batch is not committed yet
    bad_ledger = 0
    stopped_because: str | None = None
    started = time.monotonic()

    def commit() -> None:
        session.flush()
        session.collect(wait=True)
        if len(session.pending):
            return  # the write failed: keep the records in the processing list
        crash.at("committed")
        if held:
            pipe = server.pipeline(transaction=False)
            for raw in held:
                pipe.lrem(keys.processing, 1, raw)
            pipe.execute()
            held.clear()

    try:
        alive = list(server.scan_iter(keys.workers_pattern()))
        if not alive and server.zcard(keys.queue) == 0 and server.hlen(keys.owners) == 0:
            # Nothing to go on with: a new crawl. Its bookkeeping goes too, unless records of
            # the last one still wait to be stored.
            server.delete(keys.queue, keys.dupefilter, keys.inflight, keys.owners, keys.known)
            if not server.llen(keys.items) and not server.llen(keys.processing):
                server.delete(keys.joined, keys.worker_stats, keys.start_urls)
        else:
            say(
                f"going on with the crawl in {redis_url}: {server.zcard(keys.queue)} request(s) queued, "
                f"{server.hlen(keys.owners)} in flight, {len(alive)} worker(s) alive"
            )
        known = list(session.archive.known_article_urls())
        for start in range(0, len(known), 5000):
            server.sadd(keys.known, *known[start : start + 5000])
        server.set(keys.run_id, run_id)
        if walk_to_end := session.archive.walk_to_end_reason(run_id):
            say(f"{walk_to_end}: the workers walk every listing to its last page to close any gap")
            server.set(keys.walk_to_end, walk_to_end)
        else:
            server.delete(keys.walk_to_end)
        server.set(keys.ready, utc_now(), ex=READY_TTL)
        last_ready = time.monotonic()

        recovered = server.lrange(keys.processing, 0, -1)
        if recovered:
            say(f"re-reading {len(recovered)} record(s) taken but not stored by an earlier ingester")
        for raw in recovered:
            held.append(raw)
            _take(server, session, keys, raw, counts, recovering=True)
        commit()
        seen_worker = bool(recovered) or bool(server.scard(keys.joined))
        last_commit = last_check = time.monotonic()
        no_worker_since: float | None = None
        while session.failure is None:
            if stop.name:
                stopped_because = f"stopped by {stop.name}"
                break
            now = time.monotonic()
            if now - last_ready >= 1.0:
                server.set(keys.ready, utc_now(), ex=READY_TTL)
                last_ready = now
            raw = server.blmove(keys.items, keys.processing, 1, "LEFT", "RIGHT")
            if raw is not None:
                crash.at("popped")
                held.append(raw)
                seen_worker = True
                _take(server, session, keys, raw, counts, recovering=False)
                crash.at("held", len(held))
            now = time.monotonic()
            if held and (len(held) >= batch_size or now - last_commit >= flush_seconds):
                commit()
                last_commit = now
            if now - last_check >= 2.0:
                last_check = now
                requeued, dropped = requeue_dead(server, keys)
                bad_ledger += dropped
                if requeued:
                    say(f"requeued {requeued} request(s) of workers that stopped answering")
                if list(server.scan_iter(keys.workers_pattern())) or server.llen(keys.items):
                    no_worker_since = None
                    continue
                no_worker_since = no_worker_since or now
                frontier = server.zcard(keys.queue) + server.hlen(keys.owners)
                if seen_worker and frontier == 0:
                    break
                if now - no_worker_since > wait_seconds:
                    if seen_worker or frontier:
                        stopped_because = f"no worker alive for {wait_seconds:.0f} s"
                    else:
                        session.failure = f"no worker joined within {wait_seconds:.0f} s"
                    break
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        try:
            commit()
            server.delete(keys.ready)
        except redis.RedisError as exc:  # Redis is gone: what is listed stays for the next ingester
            log.error("cannot reach Redis at the end: %s", exc)
        unwritten = session.drain()

    left = {
        "queued": server.zcard(keys.queue),
        "in_flight": server.hlen(keys.owners),
        "records_waiting": server.llen(keys.items),
        "records_processing": server.llen(keys.processing),
        "workers_alive": len(list(server.scan_iter(keys.workers_pattern()))),
    }
    worker_stats: dict[str, dict[str, Any]] = {}
    for worker, numbers in server.hgetall(keys.worker_stats).items():
        try:
            worker_stats[worker.decode()] = json.loads(numbers)
        except ValueError:
            continue
    totals: Counter = Counter(counts)
    for numbers in worker_stats.values():
        totals.update(
            {
                k: v
                for k, v in numbers.items()
                if k.startswith(("downloader/", "chanjing/")) and k not in counts and _is_number(v)
            }
        )
    elapsed = time.monotonic() - started
    complete = not any(left.values())
    stats = {
        "finish_reason": stopped_because or ("finished" if complete else "incomplete"),
        "failure": session.failure,
        "walk_to_end": walk_to_end,
        "workers": len(worker_stats),
        **crawl_figures(dict(totals), elapsed),
        "coverage": session.archive.field_coverage(session.stored_this_run),
        "warc_dir": str(warc),
        "left": left,
        "bad_records": totals.get("chanjing/bad_records", 0),
        "bad_requests": totals.get("chanjing/bad_requests", 0) + bad_ledger,
        "records_already_stored": totals.get("chanjing/records_already_stored", 0),
    }
    reasons = {numbers.get("_reason") for numbers in worker_stats.values()}
    if session.failure or unwritten:
        status = "failed"
    elif not complete:
        status = "incomplete"
    elif reasons <= {"finished"} and stats["pages"] > 0:
        status = "finished"
    else:
        status = "failed"
    start_urls = sorted(url.decode() for url in server.smembers(keys.start_urls))
    session.archive.db["crawl_runs"].update(run_id, {"start_urls": json.dumps(start_urls)})
    session.finish(status=status, stats=stats)
    with Archive(db, readonly=True) as archive:
        return archive.run(run_id)


def _take(
    server: redis.Redis, session: ArchiveSession, keys: Keys, raw: bytes, counts: Counter, *, recovering: bool
) -> None:
    """Apply one record from the records list; one that does not pass its check becomes a reject."""
    try:
        message = decode_record(raw)
    except BadEntry as exc:
        counts.update({"chanjing/bad_records": 1})
        reason = f"bad record in {keys.items}: {exc}"
        record = {"raw_base64": base64.b64encode(raw[:4096]).decode("ascii"), "length": len(raw)}
        log.warning("%s (%d bytes); kept in rejects", reason, len(raw))
        url = f"redis:{keys.items}"
        if recovering and _stored(
            session,
            {
                "kind": "reject",
                "url": url,
                "reason": reason,
                "page_url": None,
                "fetched_at": None,
                "record": record,
            },
        ):
            return
        session.record_rejection(url, reason, page_url=None, fetched_at=None, record=record)
        return
    if recovering and _stored(session, message):
        counts.update({"chanjing/records_already_stored": 1})
        return
    kind = message["kind"]
    if kind == "page":
        session.record_response(
            message["url"],
            message["status"],
            message["reason"],
            message["headers"],
            message["body"],
            fetched_at=message["fetched_at"],
        )
    elif kind == "article":
        session.record_article(
            message["url"], message["fields"], page_url=message["page_url"], fetched_at=message["fetched_at"]
        )
    elif kind == "reject":
        session.record_rejection(
            message["url"],
            message["reason"],
            page_url=message["page_url"],
            fetched_at=message["fetched_at"],
            record=message["record"],
        )
    elif kind == "clicks":
        session.record_clicks(
            message["url"],
            message["clicks"],
            observed_at=message["observed_at"],
            kind=message["counter_kind"],
            inflated=message["inflated"],
        )
    elif kind == "hello":
        pipe = server.pipeline(transaction=False)
        pipe.sadd(keys.joined, message["worker"])
        if message["start_urls"]:
            pipe.sadd(keys.start_urls, *message["start_urls"])
        pipe.execute()
    elif kind == "stats":
        numbers = {**message["numbers"], "_reason": message["reason"]}
        server.hset(keys.worker_stats, message["worker"], json.dumps(numbers))


def _stored(session: ArchiveSession, message: dict[str, Any]) -> bool:
    """Whether a record re-read after a crash is already in the archive (committed, then the
    ingester died before taking it off the processing list)."""
    db = session.archive.db
    kind = message["kind"]
    if kind == "page":
        sql, args = (
            "select 1 from pages where url = ? and fetched_at = ?",
            [message["url"], message["fetched_at"]],
        )
    elif kind == "article":
        sql, args = (
            "select 1 from articles where url = ? and last_seen_at >= ?",
            [message["url"], message["fetched_at"]],
        )
    elif kind == "clicks":
        sql = "select 1 from click_snapshots where article_url = ? and observed_at = ?"
        args = [message["url"], message["observed_at"]]
    elif kind == "reject":
        page_id = session.archive._page_id({}, message["page_url"], message["fetched_at"])
        record = json.dumps(message["record"], ensure_ascii=False) if message["record"] else None
        sql = "select 1 from rejects where url = ? and reason = ? and page_id is ? and record is ?"
        args = [message["url"], message["reason"], page_id, record]
    else:
        return False
    return db.execute(sql, args).fetchone() is not None


def requeue_dead(server: redis.Redis, keys: Keys) -> tuple[int, int]:
    """Put the in-flight requests of workers without a heartbeat back in the queue.

    Returns (requeued, dropped): an entry that is not a request chanjing wrote is dropped, logged.
    """
    owners = server.hgetall(keys.owners)
    alive: dict[bytes, bool] = {}
    dead: list[bytes] = []
    for key, owner in owners.items():
        if owner not in alive:
            alive[owner] = bool(server.exists(keys.worker(owner.decode(errors="replace"))))
        if not alive[owner]:
            dead.append(key)
    dropped = 0
    for key in dead:
        entry = server.hget(keys.inflight, key)
        if entry is not None:
            try:
                score, data = decode_ledger_entry(entry)
            except BadEntry as exc:
                log.warning("dropped in-flight entry %r of %s: %s", key, keys.inflight, exc)
                dropped += 1
            else:
                server.zadd(keys.queue, {data: score})
        server.hdel(keys.inflight, key)
        server.hdel(keys.owners, key)
    return len(dead) - dropped, dropped


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
