"""Run one crawl from Python: what `chanjing crawl` and `chanjing demo` call."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawler.archive import Archive, ArchiveError
from crawler.recorder import CrawlRecorder
from crawler.session import ArchiveLock


def crawl_settings(db: str | Path | None = None, overrides: Mapping[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    if db is not None:
        settings.set("ARCHIVE_DB", str(db), priority="cmdline")
    return settings


def crawl(start_urls: Sequence[str], settings: Settings) -> dict[str, Any]:
    """Crawl into the archive named by ARCHIVE_DB and return this crawl run's row (status, stats).

    Raises `ArchiveError` (one line: what, where, what to do) when the run could not start.
    """
    db = Path(settings.get("ARCHIVE_DB"))
    ArchiveLock(db).release()  # fail early, with one clear line, if another crawl holds the archive
    process = CrawlerProcess(settings)
    _log_from(settings)
    crawler = process.create_crawler("articles")
    refused: list[BaseException] = []

    def could_not_start(failure: Any) -> None:
        refused.append(failure.value)

    process.crawl(crawler, start_urls=list(start_urls)).addErrback(could_not_start)
    process.start()
    # The reactor has stopped and Python's Ctrl-C handler is back: a Ctrl-C pressed again now
    # (the second of two) must not cut the writing of the run's end short.
    if threading.current_thread() is not threading.main_thread():
        return _finish(crawler, db, refused)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return _finish(crawler, db, refused)
    finally:
        signal.signal(signal.SIGINT, previous)


def _log_from(settings: Settings) -> None:
    """Records below LOG_LEVEL are not made at all. Scrapy drops them at its handler, after each
    has been built with its caller looked up: two DEBUG records per page ("Crawled", "Scraped"),
    2.5% of the crawling process's time, all thrown away at the default level."""
    if settings.getbool("LOG_ENABLED", True):
        logging.getLogger().setLevel(settings.get("LOG_LEVEL", "DEBUG"))


def _finish(crawler: Crawler, db: Path, refused: list[BaseException]) -> dict[str, Any]:
    recorder = _recorder(crawler)
    if refused and (recorder is None or not recorder.run_id):
        error = refused[0]
        if isinstance(error, ArchiveError):
            raise error
        raise ArchiveError(f"the crawl could not start: {type(error).__name__}: {error}")
    if recorder is None or not recorder.run_id:
        raise ArchiveError(f"the crawl did not record its run in {db}; see the log above")
    recorder.close_if_stopped()
    with Archive(db, readonly=True) as archive:
        run = archive.run(recorder.run_id)
    if run["status"] == "running":  # the end of the run could not be written: a failed run
        run["status"] = "failed"
        run["stats"] = {
            **recorder.last_stats,
            "failure": f"{recorder.session.failure or 'the run ended'}; and its end could not be "
            f"written to {db}: {recorder.finish_error or 'see the log'}",
        }
    return run


def _recorder(crawler: Crawler) -> CrawlRecorder | None:
    try:
        extensions = crawler.extensions
    except RuntimeError:  # the crawl stopped before its extensions were built
        return None
    return next((ext for ext in extensions.middlewares if isinstance(ext, CrawlRecorder)), None)


def work(start_urls: Sequence[str], settings: Settings) -> dict[str, Any]:
    """Run one worker of a distributed crawl (see crawler.distributed); returns its Scrapy stats."""
    process = CrawlerProcess(settings, install_root_handler=True)
    _log_from(settings)
    crawler = process.create_crawler("articles")
    process.crawl(crawler, start_urls=list(start_urls))
    process.start()
    return crawler.stats.get_stats()
