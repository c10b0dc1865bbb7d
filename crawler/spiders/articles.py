"""The `articles` spider: a map of the site, nothing more.

Every page is read once, by `crawler.reader` (in worker processes): its links, of which
`crawler.links` decides which to follow, and its article fields, handed on in a `Page` item to the
pipelines that check and store them. Pages whose click count is written by a counter script
wait for the counter's answer first. Click counts of recent archived articles are refreshed
through their counters without fetching the articles again.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawler.archive import RefreshTarget, utc_now
from crawler.extract.counters import observation_url
from crawler.items import ClickRefresh, CounterAnswer, Page
from crawler.links import (
    Link,
    canonical_url,
    looks_like_article,
    plan_page,
    site_key,
)
from crawler.reader import PageReader
from crawler.recorder import Recorder

_URL_SPLIT_RE = re.compile(r"[\s,]+")


class ArticlesSpider(scrapy.Spider):
    name = "articles"
    custom_settings: dict[str, Any] = {}

    def __init__(self, start_urls: str | list[str] | tuple[str, ...] = (), *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        urls = _URL_SPLIT_RE.split(start_urls) if isinstance(start_urls, str) else list(start_urls)
        urls = [canonical_url(url) for url in urls if url]
        if not urls:
            raise ValueError("no start URLs: give them as -a start_urls=URL[,URL...]")
        self.start_urls = urls
        self.sites = {site_key(url) for url in urls}
        self.allowed_domains = sorted({site.split(":")[0] for site in self.sites})
        # Every URL this run has asked for, so none is asked twice (Scrapy's duplicate filter, shared
        # through Redis in a distributed crawl, is the backstop). Not to be confused with the
        # recorder's `known_at_start`, the articles archived before the run, which decides what is new.
        self.requested_this_run: set[str] = set(urls)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ArticlesSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.stale_limit = crawler.settings.getint("LISTING_STALE_PAGES")
        spider.refresh_pages = crawler.settings.getbool("REFRESH_PAGES")
        return spider

    @cached_property
    def recorder(self) -> Recorder:
        return self.crawler.get_extension(Recorder)

    @cached_property
    def reader(self) -> PageReader:
        return self.crawler.get_extension(PageReader)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            expect = looks_like_article(Link(url, ""))
            yield scrapy.Request(
                url,
                self.parse_page,
                errback=self.page_failed,
                meta={"expect_article": expect, "stale_pages": 0},
            )
        for target in self.recorder.refresh_targets(self.sites):
            if target.counter_url:
                yield self._counter_request(target.counter_url, self.parse_refresh, target=target)
            elif self.refresh_pages:
                # Asked conditionally (see ConditionalRequestMiddleware): a 304 costs no download.
                yield scrapy.Request(
                    target.article_url,
                    self.parse_page,
                    errback=self.page_failed,
                    meta={"expect_article": True},
                    dont_filter=True,
                )

    async def parse_page(self, response: Response) -> AsyncIterator[Any]:
        if not isinstance(response, TextResponse):
            return
        page = self._page(response)
        reading = await self.reader.read(page.body, page.url, page.headers)
        plan = plan_page(
            response.url,
            reading.page_links(),
            sites=self.sites,
            known_articles=self.recorder.known_at_start,
            stale_pages=response.meta.get("stale_pages", 0),
            stale_limit=self.stale_limit,
            walk_to_end=self.recorder.walk_to_end is not None,
        )
        if plan.stopped_early:
            self.crawler.stats.inc_value("chanjing/listings_stopped_early")
        articles = set(plan.articles)
        for link in plan.follow:
            # Pages repeat the same navigation links; asking Scrapy's duplicate filter about each
            # costs far more than this set lookup.
            if link.url in self.requested_this_run:
                continue
            self.requested_this_run.add(link.url)
            meta = {
                "expect_article": link in articles,
                "stale_pages": 0 if link in articles else plan.stale_pages,
            }
            yield scrapy.Request(link.url, self.parse_page, errback=self.page_failed, meta=meta)
        if response.meta.get("reused_copy") and (
            not response.meta.get("expect_article") or response.url in self.recorder.known_at_start
        ):
            return  # unchanged since it was stored, and already archived as what it is
        page.article, page.content_hash = reading.article, reading.content_hash
        if reading.counter_url is None:
            yield page
        else:
            yield self._counter_request(reading.counter_url, self.parse_counter, page=page)

    def parse_counter(self, response: Response, page: Page) -> Iterator[Page]:
        page.counter = _answer(response)
        yield page

    def parse_refresh(self, response: Response, target: RefreshTarget) -> Iterator[ClickRefresh]:
        yield ClickRefresh(target.article_url, self.recorder.run_id, _answer(response))

    def page_failed(self, failure: Failure) -> Iterator[Any]:
        """A page that could not be fetched, or that robots.txt or the site boundary refused:
        Scrapy's statistics count it; the recorder is told it is settled."""
        self.recorder.request_done(failure.request)
        return iter(())

    def counter_failed(self, failure: Failure) -> Iterator[Page | ClickRefresh]:
        request = failure.request
        self.recorder.request_done(request)
        answer = CounterAnswer(
            url=request.url,
            kind=request.meta["counter_kind"],
            inflated=request.meta["counter_inflated"],
            observed_at=utc_now(),
            error=f"{failure.type.__name__}: {failure.getErrorMessage()}",
        )
        if "page" in request.cb_kwargs:
            page = request.cb_kwargs["page"]
            page.counter = answer
            yield page
        else:
            target = request.cb_kwargs["target"]
            yield ClickRefresh(target.article_url, self.recorder.run_id, answer)

    def _counter_request(self, counter_url: str, callback: Any, **cb_kwargs: Any) -> scrapy.Request:
        url, kind, inflated = observation_url(counter_url)
        self.crawler.stats.inc_value("chanjing/counter_requests")
        return scrapy.Request(
            url,
            callback,
            errback=self.counter_failed,
            cb_kwargs=cb_kwargs,
            # Each page asks its own counter once, even when two pages share one.
            dont_filter=True,
            meta={"counter_kind": kind, "counter_inflated": inflated},
            priority=1,
        )

    def _page(self, response: Response) -> Page:
        stored_url, stored_at = response.meta.get("stored_page", (None, None))
        return Page(
            url=response.url,
            status=response.status,
            headers={k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v},
            body=response.body,
            fetched_at=stored_at or utc_now(),
            crawl_run_id=self.recorder.run_id,
            expect_article=bool(response.meta.get("expect_article")),
            stored_url=stored_url,
            stored_at=stored_at,
            flags=list(response.flags),
        )


def _answer(response: Response) -> CounterAnswer:
    return CounterAnswer(
        url=response.url,
        kind=response.meta["counter_kind"],
        inflated=response.meta["counter_inflated"],
        observed_at=utc_now(),
        status=response.status,
        text=response.body[:2000].decode("utf-8", errors="replace"),
    )
