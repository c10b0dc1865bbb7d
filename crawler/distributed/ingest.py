"""The ingester of a distributed crawl: the one writer, draining the workers' records into the
archive through the `ArchiveSession` a single-machine crawl uses, so both archives come out alike.

Nothing is lost when it dies: it moves each record to a processing list and removes it from there
only once the batch holding it is committed, and a new ingester reads that list first. A record
stored twice (committed, then re-read after a crash) is recognised and not stored again. It also
puts back in the queue the in-flight requests of workers whose heartbeat has stopped.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import redis

from crawler.archive import utc_now
from crawler.distributed.keys import Keys, connect
from crawler.distributed.wire import BadEntry, decode_ledger_entry, decode_record, is_number
from crawler.recorder import crawl_figures
from crawler.session import ArchiveSession

__all__ = ["CRASH_ENV", "READY_TTL", "ingest", "requeue_dead"]

log = logging.getLogger(__name__)

# The ingester's `ready` marker lives this long unless the running ingester refreshes it.
READY_TTL = 10
# How often the ingester looks for dead workers and for the end of the crawl: the run ends at
# most this long after its last worker.
CHECK_SECONDS = 0.5
# Crash-test point: "popped:N", "held:N" or "committed:N" makes the ingester kill itself
# (SIGKILL) after its Nth popped record, with N records applied but not committed, or after
# its Nth commit before the committed records leave the processing list.
CRASH_ENV = "CHANJING_INGEST_CRASH"
# Records moved to the processing list in one round trip (up to TAKE_BATCH), and how long the
# ingester lets records gather once it has taken all there were: a round trip per record cost it
# about as much CPU as storing the record. Records wait that much longer to be committed, which
# happens every `flush_seconds` anyway.
TAKE_BATCH = 64
LINGER_SECONDS = 0.05
_TAKE_MORE = """
local taken = {}
for i = 1, tonumber(ARGV[1]) do
    local record = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
    if not record then break end
    taken[i] = record
end
return taken
"""
# Takes committed records off the processing list, named by their SHA-1 so that they do not
# cross the wire again (LREM would need each record's bytes). The ingester's own records stand
# first in the list in the order it took them; one found further on (records of another ingester
# before it) is looked for in the whole list.
_FORGET_COMMITTED = """
local removed = 0
for _, digest in ipairs(ARGV) do
    local head = redis.call('LINDEX', KEYS[1], 0)
    if head and redis.sha1hex(head) == digest then
        redis.call('LPOP', KEYS[1])
        removed = removed + 1
    else
        for _, item in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
            if redis.sha1hex(item) == digest then
                redis.call('LREM', KEYS[1], 1, item)
                removed = removed + 1
                break
            end
        end
    end
end
return removed
"""


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
    forget_committed = server.register_script(_FORGET_COMMITTED)
    take_more = server.register_script(_TAKE_MORE)

    def commit() -> None:
        session.flush()
        session.collect(wait=True)
        if len(session.pending):
            return  # the write failed: keep the records in the processing list
        crash.at("committed")
        if held:
            forget_committed(keys=[keys.processing], args=[hashlib.sha1(raw).hexdigest() for raw in held])
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
            taken = _take_records(server, keys, take_more)
            for raw in taken:
                crash.at("popped")
                held.append(raw)
                seen_worker = True
                _take(server, session, keys, raw, counts, recovering=False)
                crash.at("held", len(held))
                if len(held) >= batch_size:
                    commit()
                    last_commit = time.monotonic()
            now = time.monotonic()
            if held and now - last_commit >= flush_seconds:
                commit()
                last_commit = now
            if 0 < len(taken) < TAKE_BATCH:
                time.sleep(LINGER_SECONDS)
            if now - last_check >= CHECK_SECONDS:
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
                if k.startswith(("downloader/", "chanjing/")) and k not in counts and is_number(v)
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


def _take_records(server: redis.Redis, keys: Keys, take_more: Any) -> list[bytes]:
    """Move the next records to the processing list: up to TAKE_BATCH, waiting a little for one."""
    taken = take_more(keys=[keys.items, keys.processing], args=[TAKE_BATCH])
    if taken:
        return taken
    # A short wait: once the list is empty the crawl may be ending, which the ingester's checks see.
    first = server.blmove(keys.items, keys.processing, CHECK_SECONDS, "LEFT", "RIGHT")
    return [] if first is None else [first]


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
