"""Pipeline step 3: hand the record to the archive (batched, through the crawl's recorder)."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from crawler.items import ClickRefresh, Page
from crawler.recorder import Recorder


def article_fields(page: Page) -> dict[str, Any]:
    """The archive's article columns from an extracted page."""
    article = page.article
    assert article is not None
    fields = article.to_dict()
    fields.pop("url")
    fields.pop("error")
    if page.content_hash:
        fields["content_hash"] = page.content_hash
    counter = page.counter
    if counter is not None and article.clicks is not None and article.click_counter_url:
        fields["counter_kind"] = counter.kind
        fields["counter_inflated"] = counter.inflated
    return fields


class StorePipeline:
    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler.get_extension(Recorder))

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ClickRefresh):
            assert item.clicks is not None
            self.recorder.record_clicks(
                item.article_url,
                item.clicks,
                observed_at=item.counter.observed_at,
                kind=item.counter.kind,
                inflated=item.counter.inflated,
            )
        elif isinstance(item, Page) and item.article is not None:
            self.recorder.record_article(
                item.article.url,
                article_fields(item),
                page_url=item.stored_url or item.url,
                fetched_at=item.stored_at or item.fetched_at,
            )
            self.recorder.page_done(item)
        return item
