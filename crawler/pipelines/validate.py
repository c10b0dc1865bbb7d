"""Pipeline step 2: decide what a page is: an article to store, a reject to keep with its reason,
or a page that is not an article (a listing, an about page) and was never expected to be one."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.items import ClickRefresh, Page
from crawler.recorder import Recorder

REQUIRED = ("url", "title", "body")


def rejection_reason(page: Page) -> str | None:
    """Why an extracted page cannot be stored as an article, or None when it can."""
    article = page.article
    if article is None:
        return "not extracted"
    if article.error:
        return article.error
    missing = [name for name in REQUIRED if not getattr(article, name)]
    return f"missing {', '.join(missing)}" if missing else None


class ValidatePipeline:
    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidatePipeline:
        return cls(crawler.get_extension(Recorder))

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ClickRefresh):
            if item.clicks is None:
                self._reject(
                    item.article_url, item.counter.error or "counter answer without a number", None, None
                )
                raise DropItem(f"no click count from {item.counter.url}")
            return item
        if not isinstance(item, Page):
            return item
        reason = rejection_reason(item)
        if reason is None:
            return item
        article = item.article
        # A page reached as a listing or a navigation link that turns out not to be an article is
        # what it looked like; only expected articles (or pages that half-look like one) are rejects.
        half_article = article is not None and article.error is None
        if item.expect_article or half_article:
            record = article.to_dict() if article is not None else None
            self._reject(item.url, reason, item.stored_url, item.stored_at, record)
            raise DropItem(f"rejected {item.url}: {reason}", log_level="INFO")
        self.recorder.stats.inc_value("chanjing/not_articles")
        raise DropItem(f"not an article: {item.url}", log_level="DEBUG")

    def _reject(
        self, url: str, reason: str, page_url: str | None, fetched_at: str | None, record=None
    ) -> None:
        self.recorder.record_rejection(url, reason, page_url=page_url, fetched_at=fetched_at, record=record)
