"""Pipeline step 1: the record made uniform: canonical URLs, empty text as None, counter answers as clicks.

Text normalisation itself (traditional to simplified, pinyin, mojibake) happens inside the
extractor, which needs clean text to find the labels; this step normalises the record.
"""

from __future__ import annotations

import logging
from typing import Any

from crawler.extract.counters import parse_counter_answer
from crawler.items import Article, ClickRefresh, CounterAnswer, Page
from crawler.links import canonical_url

log = logging.getLogger(__name__)

_TEXT_FIELDS = (
    "title",
    "source",
    "editor",
    "reviewer",
    "category",
    "body",
    "title_raw",
    "body_raw",
    "article_id",
)


def counter_clicks(answer: CounterAnswer | None) -> tuple[int | None, str | None]:
    """The count a counter answered, or why there is none."""
    if answer is None:
        return None, None
    if answer.error:
        return None, f"counter {answer.url}: {answer.error}"
    clicks = parse_counter_answer(answer.text or "")
    if clicks is None:
        return None, f"counter {answer.url}: no number in its answer {(answer.text or '')[:60]!r}"
    return clicks, None


def normalise_article(article: Article) -> None:
    article.url = canonical_url(article.url)
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            value = value.strip()
            setattr(article, name, value or None)
    for link in article.related or []:
        link.url = canonical_url(link.url)
    if article.breadcrumbs is not None:
        article.breadcrumbs = [crumb for crumb in article.breadcrumbs if crumb] or None


class NormalisePipeline:
    def process_item(self, item: Any) -> Any:
        if isinstance(item, ClickRefresh):
            item.clicks, problem = counter_clicks(item.counter)
            if problem:
                log.warning("%s: %s", item.article_url, problem)
            return item
        if isinstance(item, Page) and item.article is not None:
            normalise_article(item.article)
            if item.counter is not None and item.article.clicks is None:
                clicks, problem = counter_clicks(item.counter)
                item.article.clicks = clicks
                if problem:
                    item.article.warnings.append(f"clicks: {problem}")
            if "dataloss" in item.flags:
                item.article.warnings.append("page: body truncated in transfer; fields hold what arrived")
        return item
