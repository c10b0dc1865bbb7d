"""The crawl's bookkeeping: one crawl run in the archive, its raw pages, its batched writes.

`CrawlRecorder` is a Scrapy extension; the raw-page middleware, the spider and the pipelines
reach it with ``crawler.get_extension(Recorder)``. It holds the only write
connection to the archive (SQLite wants one writer) and commits a batch when it is full or
``ARCHIVE_FLUSH_SECONDS`` old, so a killed crawl loses at most that much work, which the next
run fetches again because nothing of it is known.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from crawler.archive import (
    Archive,
    ArchiveError,
    ArticleRecord,
    Batch,
    ClickObservation,
    PageRecord,
    RefreshTarget,
    Rejection,
    Validators,
    utc_now,
)
from crawler.links import site_key
from crawler.warc import StoredRecord, WarcWriterRotating

log = logging.getLogger(__name__)

# Consecutive failed writes after which the crawl stops: the disk is full or the file is gone.
_MAX_WRITE_FAILURES = 3
# Room kept in the lock file for how a run ended, when the archive could not take it (disk full).
_NOTE_BYTES = 1024


class ArchiveLock:
    """One writer per archive: a second crawl into the same file is refused, not interleaved."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            self._file = os.fdopen(fd, "r+b")  # held for the crawl's lifetime
        except OSError as exc:
            raise ArchiveError(
                f"cannot create the lock file {self.path}: {exc.strerror or exc}; "
                "the archive's folder must be writable (check its permissions) or use another --db"
            ) from None
        try:
            fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._file.close()
            raise ArchiveError(
                f"another crawl is writing to {db_path}: wait for it to finish or use another --db"
            ) from None

        self._file.seek(0)
        # What the last holder could not write into the archive itself (a full disk): see `note`.
        self.previous_note = self._file.read(_NOTE_BYTES).decode("utf-8", "replace").strip()

    def reserve(self) -> None:
        """Allocate room for a note now, so that writing it later needs no new disk space."""
        try:
            self._file.seek(0)
            self._file.truncate()
            self._file.write(b" " * _NOTE_BYTES)
            self._file.flush()
        except OSError as exc:
            log.debug("no room reserved for a note in %s: %s", self.path, exc)

    def note(self, text: str) -> None:
        """Overwrite the reserved room with a line for the next holder (e.g. how a run ended)."""
        data = text.encode("utf-8")[: _NOTE_BYTES - 1]
        try:
            self._file.seek(0)
            self._file.write(data + b" " * (_NOTE_BYTES - len(data)))
            self._file.flush()
        except OSError as exc:
            log.error("could not leave a note in %s either: %s", self.path, exc)

    def release(self) -> None:
        fcntl.flock(self._file, fcntl.LOCK_UN)
        self._file.close()


def _unwritable(db: Path, exc: Exception) -> str:
    return (
        f"cannot write to the archive {db}: {exc}; check that the file and its folder are "
        "writable and the disk has room, or use another --db"
    )


def db_path(settings: Any) -> Path:
    return Path(settings.get("ARCHIVE_DB") or "data/archive.db")


def warc_dir(settings: Any) -> Path:
    configured = settings.get("ARCHIVE_WARC_DIR")
    return Path(configured) if configured else db_path(settings).parent / "warc"


class ArchiveSession:
    """One crawl run's writing: raw pages to WARC, records batched to the archive on a writer thread.

    Used by the crawling process (through `CrawlRecorder`) and by `chanjing ingest`, so a
    distributed crawl stores exactly as a single-machine one does. `count(name, n)` is told of
    what was stored; `on_failure(message)` of writes that keep failing.
    """

    def __init__(
        self,
        db: Path,
        warc: Path,
        *,
        batch_size: int = 500,
        warc_max_bytes: int = 1 << 30,
        count: Callable[[str, int], None] = lambda name, n: None,
        on_failure: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.db_path = db
        self.warc_dir = warc
        self.batch_size = batch_size
        self.warc_max_bytes = warc_max_bytes
        self.count = count
        self.on_failure = on_failure
        self.lock = ArchiveLock(db)
        try:
            self.archive = Archive(db)
        except (sqlite3.Error, OSError) as exc:
            self.lock.release()
            raise ArchiveError(_unwritable(db, exc)) from None
        self.run_id = 0
        self.warc: WarcWriterRotating | None = None
        self.pending = Batch()
        self.stored_this_run: list[str] = []
        self.write_failures = 0
        self.failure: str | None = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
        self._inflight: deque[tuple[Future, Batch]] = deque()

    def start(self, start_urls: list[str]) -> int:
        try:
            self._settle_previous_run()
            self.run_id = self.archive.start_run(start_urls)
        except sqlite3.Error as exc:
            self.archive.close()
            self.lock.release()
            raise ArchiveError(_unwritable(self.db_path, exc)) from None
        self.warc = WarcWriterRotating(self.warc_dir, f"run-{self.run_id:06d}", max_bytes=self.warc_max_bytes)
        return self.run_id

    def _settle_previous_run(self) -> None:
        """A run that failed but could not write so (disk full) left a note in the lock file:
        it is marked `failed` with its reason, not `killed` as a run that vanished would be."""
        kind, _, rest = self.lock.previous_note.partition(" ")
        run_id, _, reason = rest.partition(" ")
        if kind == "failed" and run_id.isdigit():
            row = next(self.archive.db.query("select status from crawl_runs where id = ?", [int(run_id)]), None)
            if row is not None and row["status"] == "running":
                self.archive.finish_run(
                    int(run_id), status="failed", stats={"finish_reason": "archive_error", "failure": reason}
                )
        self.lock.reserve()

    def record_response(
        self,
        url: str,
        status: int,
        reason: str,
        headers: list[tuple[str, str]],
        body: bytes,
        *,
        fetched_at: str | None = None,
    ) -> PageRecord:
        """Store a raw response in the WARC files and queue its `pages` row."""
        fetched_at = fetched_at or utc_now()
        stored: StoredRecord | None = None
        if self.warc is not None:
            try:
                stored = self.warc.write_response(url, status, reason, headers, body, fetched_at=fetched_at)
            except OSError as exc:
                self._fail_write(f"cannot write raw page to {self.warc_dir}: {exc}")
        header = {name.lower(): value for name, value in headers}
        page = PageRecord(
            url=url,
            fetched_at=fetched_at,
            status=status,
            crawl_run_id=self.run_id,
            warc_file=stored.warc_file if stored else None,
            warc_offset=stored.offset if stored else None,
            warc_length=stored.length if stored else None,
            content_type=header.get("content-type"),
            content_encoding=header.get("content-encoding"),
            etag=header.get("etag"),
            last_modified=header.get("last-modified"),
            body_length=len(body),
        )
        self._queue(self.pending.pages, page)
        return page

    def record_article(self, url: str, fields: dict[str, Any], *, page_url: str, fetched_at: str) -> None:
        self._queue(
            self.pending.articles, ArticleRecord(url, fields, fetched_at, self.run_id, page_url=page_url)
        )

    def record_rejection(
        self, url: str, reason: str, *, page_url: str | None, fetched_at: str | None, record: dict | None
    ) -> None:
        self.count("rejects", 1)
        self._queue(
            self.pending.rejections,
            Rejection(url, reason, self.run_id, utc_now(), page_url, fetched_at, record),
        )

    def record_clicks(
        self, url: str, clicks: int, *, observed_at: str, kind: str | None, inflated: bool | None
    ) -> None:
        self.count("clicks_refreshed", 1)
        self._queue(
            self.pending.observations, ClickObservation(url, clicks, observed_at, self.run_id, kind, inflated)
        )

    def _queue(self, bucket: list, record: Any) -> None:
        bucket.append(record)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Hand the pending batch to the writer thread (SQLite does its work without the GIL, so
        indexing a batch runs beside the crawl instead of stalling it)."""
        self.collect()
        if not len(self.pending):
            return
        batch, self.pending = self.pending, Batch()
        try:
            if self.warc is not None:
                self.warc.flush()  # rows must never point at bytes still in a buffer
        except OSError as exc:
            self.pending = _merge(batch, self.pending)
            self._fail_write(f"cannot write raw pages to {self.warc_dir}: {exc}")
            return
        self._inflight.append((self._writer.submit(self.archive.write, batch), batch))

    def collect(self, *, wait: bool = False) -> None:
        """Account for written batches, in order; a failed one goes back to pending, to try again."""
        while self._inflight and (wait or self._inflight[0][0].done()):
            future, batch = self._inflight.popleft()
            try:
                outcome = future.result()
            except Exception as exc:
                self.pending = _merge(batch, self.pending)
                self._fail_write(f"cannot write to the archive {self.db_path}: {exc}")
                continue
            self.write_failures = 0
            for kind in ("new", "updated", "unchanged"):
                urls = getattr(outcome, kind)
                if urls:
                    self.count(f"articles_{kind}", len(urls))
                    self.stored_this_run.extend(urls)

    def _fail_write(self, message: str) -> None:
        self.write_failures += 1
        self.count("write_errors", 1)
        log.error(message)
        if self.write_failures >= _MAX_WRITE_FAILURES and self.failure is None:
            self.failure = message
            self.on_failure(message)

    def drain(self) -> int:
        """Write everything still pending; returns how many records could not be written."""
        self.flush()
        self.collect(wait=True)
        if len(self.pending) and self.failure is None:  # one last try for a batch that failed late
            self.flush()
            self.collect(wait=True)
        self._writer.shutdown(wait=True)
        if self.warc is not None:
            try:
                self.warc.close()
            except OSError as exc:  # the last buffered records could not reach a full disk
                self._fail_write(f"cannot close the raw page file in {self.warc_dir}: {exc}")
        unwritten = len(self.pending)
        if unwritten:
            self.count("records_unwritten", unwritten)
        return unwritten

    def finish(self, *, status: str, stats: dict[str, Any]) -> str | None:
        """Record the run's end; returns why it could not be recorded, if it could not."""
        error = None
        try:
            self.archive.finish_run(self.run_id, status=status, stats=stats)
        except Exception as exc:  # the archive itself is unwritable; the log is all that is left
            error = f"{type(exc).__name__}: {exc}"
            log.error("could not record the end of crawl run %d: %s", self.run_id, exc)
            reason = stats.get("failure") or f"the run ended ({stats.get('finish_reason')})"
            self.lock.note(f"{status} {self.run_id} {reason}; its end could not be written: {error}")
        self.archive.close()
        self.lock.release()
        return error


class Recorder:
    """What the crawl's components ask of the place a crawl is recorded.

    `CrawlRecorder` records into the local archive; the distributed mode's `RedisRecorder`
    sends the same records to `chanjing ingest` through Redis.
    """

    run_id: int = 0
    # The articles the archive held when the run began, fixed for the whole run. They are never
    # fetched again (recent ones are refreshed apart), and "new" means "not among them": an article
    # archived earlier in this same run is still news for the listing that holds it.
    known_at_start: frozenset[str] = frozenset()
    # Why this run walks every listing to its last page (see Archive.walk_to_end_reason), or None.
    walk_to_end: str | None = None
    validators: dict[str, Validators]
    warc_dir: Path
    stats: Any

    def refresh_targets(self, sites: set[str]) -> list[RefreshTarget]:
        return []

    def record_response(
        self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[str, str]:
        """Keep a raw response; returns how the stored page is named: (url, fetched_at)."""
        raise NotImplementedError

    def record_article(self, url: str, fields: dict[str, Any], *, page_url: str, fetched_at: str) -> None:
        raise NotImplementedError

    def record_rejection(
        self, url: str, reason: str, *, page_url: str | None, fetched_at: str | None, record: dict | None
    ) -> None:
        raise NotImplementedError

    def record_clicks(
        self, url: str, clicks: int, *, observed_at: str, kind: str | None, inflated: bool | None
    ) -> None:
        raise NotImplementedError

    def page_done(self, item: Any) -> None:
        """A page has gone all the way down the pipelines (stored, rejected or dropped)."""

    def request_done(self, request: Any) -> None:
        """A request ended without a page: it failed, or was refused (robots.txt, off-site)."""


class CrawlRecorder(Recorder):
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.refresh_days = settings.getfloat("REFRESH_DAYS")
        self.refresh_min_interval = settings.getfloat("REFRESH_MIN_INTERVAL")
        self.session = ArchiveSession(
            db_path(settings),
            warc_dir(settings),
            batch_size=settings.getint("ARCHIVE_BATCH_SIZE"),
            warc_max_bytes=settings.getint("ARCHIVE_WARC_MAX_BYTES"),
            count=lambda name, n: self.stats.inc_value(f"chanjing/{name}", n),
            on_failure=self._stop_crawl,
        )
        self.archive = self.session.archive
        self.db_path = self.session.db_path
        self.warc_dir = self.session.warc_dir
        self.known_at_start: frozenset[str] = frozenset()
        self.validators: dict[str, Validators] = {}
        self._flusher: task.LoopingCall | None = None
        self._started = time.monotonic()
        self._closed = False
        self.last_stats: dict[str, Any] = {}
        self.finish_error: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRecorder:
        if not crawler.settings.get("ARCHIVE_DB"):
            raise NotConfigured("ARCHIVE_DB is empty")
        recorder = cls(crawler)
        # The run starts here, before the engine: a run that cannot start (archive locked or
        # unwritable) stops the crawl with its reason, instead of crawling into no run at all.
        recorder.start(getattr(crawler.spider, "start_urls", []))
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(recorder.item_error, signal=signals.item_error)
        crawler.signals.connect(recorder.spider_error, signal=signals.spider_error)
        return recorder

    @property
    def run_id(self) -> int:  # type: ignore[override]
        return self.session.run_id

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, start_urls: list[str]) -> None:
        self.session.start(start_urls)
        try:
            self.known_at_start = frozenset(self.archive.known_article_urls())
            self.walk_to_end = self.archive.walk_to_end_reason(self.run_id)
            if self.crawler.settings.getbool("CONDITIONAL_REQUESTS"):
                self.validators = self.archive.latest_validators()
        except sqlite3.Error as exc:
            self.session.finish(status="failed", stats={"failure": f"cannot read the archive: {exc}"})
            raise ArchiveError(f"cannot read the archive {self.db_path}: {exc}") from None
        self.stats.set_value("chanjing/run_id", self.run_id)
        self.stats.set_value("chanjing/known_articles", len(self.known_at_start))

    def spider_opened(self, spider: Any) -> None:
        self._started = time.monotonic()
        self._flusher = task.LoopingCall(self.session.flush)
        self._flusher.start(self.crawler.settings.getfloat("ARCHIVE_FLUSH_SECONDS"), now=False)
        log.info(
            "crawl run %d into %s (%d articles known)", self.run_id, self.db_path, len(self.known_at_start)
        )
        if self.walk_to_end:
            log.warning("%s: this run walks every listing to its last page to close any gap", self.walk_to_end)

    def spider_closed(self, spider: Any, reason: str) -> None:
        self._close(reason)

    def close_if_stopped(self) -> None:
        """Close a run whose spider never closed: the crawl was forced to stop (Ctrl-C twice).

        Called once the reactor has stopped; what is pending is still written, and the run is
        marked `interrupted` instead of being left `running` (which the next run would call killed).
        """
        if self.run_id and not self._closed:
            log.warning(
                "crawl run %d was stopped before it could close; recording it as interrupted", self.run_id
            )
            self._close("interrupted")

    def _close(self, reason: str) -> None:
        if self._closed:
            return
        self._closed = True
        if self._flusher is not None and self._flusher.running:
            self._flusher.stop()
        unwritten = self.session.drain()
        status = self._status(reason, unwritten)
        self.last_stats = self.run_stats(reason)
        self.finish_error = self.session.finish(status=status, stats=self.last_stats)

    def _status(self, reason: str, unwritten: int) -> str:
        if self.session.failure or unwritten:
            return "failed"
        if reason in ("shutdown", "interrupted"):  # Ctrl-C or SIGTERM: stopped by hand, not broken
            return "interrupted"
        if reason != "finished":
            return "failed"
        ok = self.stats.get_value("downloader/response_status_count/200", 0) + self.stats.get_value(
            "downloader/response_status_count/304", 0
        )
        if not ok:
            self.session.failure = "no page could be fetched"
            return "failed"
        if self.stats.get_value("chanjing/code_errors", 0):
            return "failed"
        return "finished"

    def _stop_crawl(self, message: str) -> None:
        if self.crawler.engine is not None:
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_error"))

    def item_error(self, item: Any, response: Any, spider: Any, failure: Any) -> None:
        self.stats.inc_value("chanjing/code_errors")

    def spider_error(self, failure: Any, response: Any, spider: Any) -> None:
        self.stats.inc_value("chanjing/code_errors")

    # -- what the crawl asks ------------------------------------------------------------------

    def refresh_targets(self, sites: set[str]) -> list[RefreshTarget]:
        china = timezone(timedelta(hours=8))
        since = (datetime.now(china) - timedelta(days=self.refresh_days)).isoformat(timespec="seconds")
        before = (datetime.now(UTC) - timedelta(seconds=self.refresh_min_interval)).isoformat()
        return [
            target
            for target in self.archive.refresh_targets(published_since=since, observed_before=before)
            if site_key(target.article_url) in sites
        ]

    # -- what the crawl records ---------------------------------------------------------------

    def record_response(
        self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[str, str]:
        page = self.session.record_response(url, status, reason, headers, body)
        return page.url, page.fetched_at

    def record_article(self, url: str, fields: dict[str, Any], *, page_url: str, fetched_at: str) -> None:
        self.session.record_article(url, fields, page_url=page_url, fetched_at=fetched_at)

    def record_rejection(
        self, url: str, reason: str, *, page_url: str | None, fetched_at: str | None, record: dict | None
    ) -> None:
        self.session.record_rejection(url, reason, page_url=page_url, fetched_at=fetched_at, record=record)

    def record_clicks(
        self, url: str, clicks: int, *, observed_at: str, kind: str | None, inflated: bool | None
    ) -> None:
        self.session.record_clicks(url, clicks, observed_at=observed_at, kind=kind, inflated=inflated)

    # -- the run's figures --------------------------------------------------------------------

    def run_stats(self, reason: str) -> dict[str, Any]:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        return {
            "finish_reason": reason,
            "failure": self.session.failure,
            "walk_to_end": self.walk_to_end,
            **crawl_figures(self.stats.get_stats(), elapsed),
            "coverage": self.archive.field_coverage(self.session.stored_this_run),
            "warc_dir": str(self.warc_dir),
        }


def crawl_figures(stats: dict[str, Any], elapsed: float) -> dict[str, Any]:
    """A run's figures from Scrapy-style stats (summed over workers in a distributed crawl)."""
    get = stats.get
    statuses = {
        key.rsplit("/", 1)[-1]: value
        for key, value in stats.items()
        if key.startswith("downloader/response_status_count/")
    }
    exceptions = {
        key.split("/", 2)[-1]: value
        for key, value in stats.items()
        if key.startswith("downloader/exception_type_count/")
    }
    pages = get("downloader/response_count", 0)
    refused = exceptions.get("scrapy.exceptions.IgnoreRequest", 0)
    return {
        "pages": pages,
        "pages_per_second": round(pages / elapsed, 2),
        "elapsed_seconds": round(elapsed, 2),
        "status_counts": statuses,
        "articles_new": get("chanjing/articles_new", 0),
        "articles_updated": get("chanjing/articles_updated", 0),
        "articles_unchanged": get("chanjing/articles_unchanged", 0),
        "not_articles": get("chanjing/not_articles", 0),
        "rejects": get("chanjing/rejects", 0),
        "clicks_refreshed": get("chanjing/clicks_refreshed", 0),
        "counter_requests": get("chanjing/counter_requests", 0),
        "conditional_hits": get("chanjing/conditional_hits", 0),
        # A 304 whose stored copy could not be read (file moved, record corrupt): fetched again in full.
        "stored_copy_unreadable": get("chanjing/stored_copy_unreadable", 0),
        # Listings whose pagination was left after LISTING_STALE_PAGES pages without news. A run
        # with none walked every listing to its end; one that ends finished so closes any gap.
        "listings_stopped_early": get("chanjing/listings_stopped_early", 0),
        "listings_walked_to_end": not get("chanjing/listings_stopped_early", 0),
        "errors": {
            "http": sum(count for status, count in statuses.items() if status[:1] in "45"),
            # Requests Scrapy refused itself (robots.txt, size limits, site boundary) are not failures.
            "download": get("downloader/exception_count", 0) - refused,
            "refused": refused,
            # Redirects off the start URLs' sites (another host, scheme or port): not followed.
            "offsite_redirects": get("chanjing/offsite_redirects", 0),
            # Links longer than URLLENGTH_LIMIT, dropped by Scrapy before they were requested.
            "url_too_long": get("urllength/request_ignored_count", 0),
            "download_types": exceptions,
            "code": get("chanjing/code_errors", 0),
            "write": get("chanjing/write_errors", 0),
            "unwritten_records": get("chanjing/records_unwritten", 0),
        },
    }


def _merge(first: Batch, second: Batch) -> Batch:
    return Batch(
        first.pages + second.pages,
        first.articles + second.articles,
        first.observations + second.observations,
        first.rejections + second.rejections,
    )


class Progress:
    """A progress line on stderr every PROGRESS_INTERVAL seconds: pages, articles, rate."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.stats = crawler.stats
        self.interval = interval
        self._loop: task.LoopingCall | None = None
        self._started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        progress = cls(crawler, interval)
        crawler.signals.connect(progress.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def spider_opened(self, spider: Any) -> None:
        self._started = time.monotonic()
        self._loop = task.LoopingCall(self.show)
        self._loop.start(self.interval, now=False)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()

    def show(self) -> None:
        get = self.stats.get_value
        elapsed = time.monotonic() - self._started
        pages = get("downloader/response_count", 0)
        stored = sum(get(f"chanjing/articles_{k}", 0) for k in ("new", "updated", "unchanged"))
        sys.stderr.write(
            f"[{int(elapsed) // 60:02d}:{int(elapsed) % 60:02d}] pages {pages} ({pages / max(elapsed, 1e-9):.0f}/s)"
            f"  articles {stored} (new {get('chanjing/articles_new', 0)})"
            f"  rejects {get('chanjing/rejects', 0)}  errors {get('downloader/exception_count', 0)}\n"
        )
