"""Run one crawl from Python: what `chanjing crawl` and `chanjing demo` call."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.archive import Archive, ArchiveError
from crawler.recorder import ArchiveLock


def crawl_settings(db: str | Path | None = None, overrides: Mapping[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    if db is not None:
        settings.set("ARCHIVE_DB", str(db), priority="cmdline")
    return settings


def crawl(start_urls: Sequence[str], settings: Settings) -> dict[str, Any]:
    """Crawl into the archive named by ARCHIVE_DB and return the crawl run's row (status, stats)."""
    db = Path(settings.get("ARCHIVE_DB"))
    ArchiveLock(db).release()  # fail early, with one clear line, if another crawl holds the archive
    process = CrawlerProcess(settings, install_root_handler=True)
    process.crawl("articles", start_urls=list(start_urls))
    process.start()
    with Archive(db, readonly=True) as archive:
        run = archive.last_run()
    if run is None:
        raise ArchiveError(f"the crawl did not record its run in {db}; see the log above")
    if run["status"] == "running":  # the end of the run could not be written: a failed run
        run["status"] = "failed"
        run["stats"] = {"failure": f"the run's end could not be written to {db} (disk full?); see the log"}
    return run


def work(start_urls: Sequence[str], settings: Settings) -> dict[str, Any]:
    """Run one worker of a distributed crawl (see crawler.distributed); returns its Scrapy stats."""
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler("articles")
    process.crawl(crawler, start_urls=list(start_urls))
    process.start()
    return crawler.stats.get_stats()
