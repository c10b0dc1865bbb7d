"""The crawl's bookkeeping: one crawl run, as Scrapy's components see it.

`CrawlRecorder` is a Scrapy extension; the raw-page middleware, the spider and the pipelines
reach it with ``crawler.get_extension(Recorder)``. It opens the run's `ArchiveSession` (the
writing, see `crawler.session`), tells it what was fetched and extracted, and ends the run with
its statistics.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from crawler.archive import (
    ArchiveError,
    RefreshTarget,
    Validators,
)
from crawler.links import site_key
from crawler.session import ArchiveSession, db_path, warc_dir

log = logging.getLogger(__name__)

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
