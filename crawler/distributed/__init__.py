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

The parts: `wire` (the checked JSON), `keys` (the Redis keys, the connection), `worker` (the
worker's settings, recorder, scheduler and ledger middleware), `ingest` (the ingester, the
requeueing of dead workers' requests), `local_redis` (a throwaway redis-server).
"""

from __future__ import annotations

from crawler.distributed.ingest import CRASH_ENV, READY_TTL, ingest, requeue_dead
from crawler.distributed.keys import Keys, connect
from crawler.distributed.local_redis import redis_server_binary, start_local_redis
from crawler.distributed.wire import (
    RECORD_SCHEMA,
    WIRE_VERSION,
    BadEntry,
    decode_ledger_entry,
    decode_record,
    dumps,
    encode_record,
    loads,
)
from crawler.distributed.worker import (
    LedgerScheduler,
    LedgerSpiderMiddleware,
    NoIngester,
    RedisRecorder,
    ingester_alive,
    redis_settings,
    wait_for_ingester,
)

__all__ = [
    "CRASH_ENV",
    "READY_TTL",
    "RECORD_SCHEMA",
    "WIRE_VERSION",
    "BadEntry",
    "Keys",
    "LedgerScheduler",
    "LedgerSpiderMiddleware",
    "NoIngester",
    "RedisRecorder",
    "connect",
    "decode_ledger_entry",
    "decode_record",
    "dumps",
    "encode_record",
    "ingest",
    "ingester_alive",
    "loads",
    "redis_server_binary",
    "redis_settings",
    "requeue_dead",
    "start_local_redis",
    "wait_for_ingester",
]
