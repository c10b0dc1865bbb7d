"""The crawl's reading of one page: its article and the links it leads to, from one parse.

`read_fetched_page` is pure (bytes in, `PageReading` out) and never raises. `PageReader` runs it in
worker processes (``EXTRACT_WORKERS``): extraction and normalisation are CPU work, while the
crawl itself is I/O and Scrapy's own bookkeeping on one core, so the crawling process keeps
fetching meanwhile and never parses a page itself.

This module imports nothing of Scrapy: a worker process imports it to find `read_fetched_page`.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
from collections.abc import Mapping
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.extract import extract_tree
from crawler.extract.counters import find_counter_url
from crawler.extract.encoding import decode_page
from crawler.extract.layout import parse_html
from crawler.items import Article
from crawler.links import Link, page_links
from crawler.processes import die_with_parent
from crawler.text.fingerprint import content_hash

log = logging.getLogger(__name__)


@dataclass
class PageReading:
    article: Article
    # Every followable link of the page, canonical, first occurrence kept, as (url, text):
    # plain tuples cross the process boundary cheaper than Link objects.
    links: list[tuple[str, str]]
    counter_url: str | None  # the click-counter script, whether or not the page is an article
    content_hash: str | None = None  # of the article's body (see crawler.text.fingerprint)

    def page_links(self) -> list[Link]:
        return [Link(url, text) for url, text in self.links]


def read_fetched_page(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> PageReading:
    """Article fields, links and counter script of one page. Never raises: a page the extractor
    fails on keeps its links, and its article says why it has no fields."""
    try:
        text, encoding = decode_page(body, headers)
        root = parse_html(text)
    except Exception as exc:  # decoding promises not to raise; if it does, the page is kept anyway
        return PageReading(Article(url=url, error=f"extractor failed: {type(exc).__name__}: {exc}"), [], None)
    if root is None:
        return PageReading(extract_tree(None, url, encoding), [], None)
    # Read before extraction, which is free to trim the tree it reads.
    anchors = ((a.get("href"), "".join(a.itertext())) for a in root.iter("a"))
    links = [(link.url, link.text) for link in page_links(url, anchors)]
    counter_url = find_counter_url(root, url)
    try:
        article = extract_tree(root, url, encoding)
    except Exception as exc:  # the extractor promises not to raise; if it does, keep the page anyway
        article = Article(url=url, encoding=encoding, error=f"extractor failed: {type(exc).__name__}: {exc}")
    return PageReading(article, links, counter_url, None if article.error else content_hash(article.body))


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


class PageReader:
    """`read_fetched_page` for the crawl, in ``workers`` processes (0: in this one)."""

    def __init__(self, workers: int, stats: Any = None) -> None:
        self.workers = workers
        self.stats = stats
        self.pool: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> PageReader:
        from scrapy import signals  # here, not above: worker processes import this module

        reader = cls(worker_count(crawler.settings.get("EXTRACT_WORKERS")), crawler.stats)
        crawler.signals.connect(reader.close, signal=signals.spider_closed)
        return reader

    async def read(self, body: bytes, url: str, headers: Mapping[str, str]) -> PageReading:
        if not self.workers:
            return read_fetched_page(body, url, headers)
        if self.pool is None:
            # spawn: a fork of a process running the reactor would inherit its sockets and threads.
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
        try:
            return await asyncio.wrap_future(self.pool.submit(read_fetched_page, body, url, dict(headers)))
        except Exception as exc:  # a worker died (killed, out of memory): this page is read here
            log.error(
                "%s: page reader worker failed (%s: %s); reading it in the crawling process",
                url,
                type(exc).__name__,
                exc,
            )
            self._discard_pool(wait=False)
            return read_fetched_page(body, url, headers)

    def close(self) -> None:
        if self.pool is None:
            return
        if self.stats is not None:
            try:
                peaks = [self.pool.submit(peak_rss_mb).result(timeout=10) for _ in range(self.workers)]
                self.stats.set_value("chanjing/extract_worker_peak_rss_mb", round(max(peaks), 1))
            except Exception as exc:  # a figure, not worth failing the close for
                log.debug("no worker memory figure: %s", exc)
        self._discard_pool()

    def _discard_pool(self, wait: bool = True) -> None:
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)
