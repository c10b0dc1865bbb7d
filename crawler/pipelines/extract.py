"""Pipeline step 1: a fetched page's bytes become an `Article` through the offline extractor.

Extraction and normalisation are CPU work, while the crawl itself is I/O and Scrapy's own
bookkeeping on one core; so pages are extracted in worker processes (``EXTRACT_WORKERS``)
and the crawling process keeps fetching meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

from crawler.extract import extract
from crawler.items import Article, Page
from crawler.processes import die_with_parent

log = logging.getLogger(__name__)


def extract_page(body: bytes, url: str, headers: dict[str, str]) -> Article:
    """What a worker runs: the same `extract` as everywhere else, never raising."""
    try:
        return extract(body, url, headers)
    except Exception as exc:  # the extractor promises not to raise; if it does, keep the page anyway
        return Article(url=url, error=f"extractor failed: {type(exc).__name__}: {exc}")


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_count(setting: Any) -> int:
    if str(setting).strip().lower() == "auto":
        return max(1, min((os.cpu_count() or 1) - 1, 4))
    return max(0, int(setting))


class ExtractPipeline:
    def __init__(self, workers: int, stats: Any = None) -> None:
        self.workers = workers
        self.stats = stats
        self.pool: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(worker_count(crawler.settings.get("EXTRACT_WORKERS")), crawler.stats)

    def open_spider(self) -> None:
        if self.workers:
            # spawn: a fork of a process running the reactor would inherit its sockets and threads.
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )

    def close_spider(self) -> None:
        if self.pool is None:
            return
        if self.stats is not None:
            try:
                peaks = [self.pool.submit(peak_rss_mb).result(timeout=10) for _ in range(self.workers)]
                self.stats.set_value("chanjing/extract_worker_peak_rss_mb", round(max(peaks), 1))
            except Exception as exc:  # a figure, not worth failing the close for
                log.debug("no worker memory figure: %s", exc)
        self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Page):
            return item
        if self.pool is None:
            item.article = extract_page(item.body, item.url, item.headers)
        else:
            future = self.pool.submit(extract_page, item.body, item.url, item.headers)
            item.article = await asyncio.wrap_future(future)
        return item
