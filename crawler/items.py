"""The record chanjing archives: one article page, clean fields beside the raw text."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class RelatedLink:
    url: str
    title: str | None
    summary: str | None


@dataclass
class Article:
    """Fields extracted from one page; None where the page does not have them."""

    url: str
    article_id: str | None = None
    title: str | None = None
    source: str | None = None
    published_at: str | None = None  # ISO 8601 with offset, site clock +08:00
    clicks: int | None = None
    click_counter_url: str | None = None  # the counter script when the page has no inline count
    editor: str | None = None
    reviewer: str | None = None
    category: str | None = None
    breadcrumbs: list[str] | None = None
    body: str | None = None  # paragraphs, one per line, normalised
    images: list[str] | None = None
    related: list[RelatedLink] | None = None
    title_raw: str | None = None  # as found on the page, before normalisation
    body_raw: str | None = None
    encoding: str | None = None
    error: str | None = None  # why the page is not an article, when it is not
    warnings: list[str] = field(default_factory=list)  # fields that could not be read, and why

    def to_dict(self) -> dict[str, Any]:
        # Shallow, by hand: dataclasses.asdict deep-copies every string list, once per page.
        record = {name: getattr(self, name) for name in _ARTICLE_FIELDS}
        if self.related is not None:
            record["related"] = [{"url": r.url, "title": r.title, "summary": r.summary} for r in self.related]
        return record


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


@dataclass
class CounterAnswer:
    """What a click-counter script answered when the crawl asked it."""

    url: str
    kind: str | None  # dedecms, empirecms, phpcms, generic
    inflated: bool | None  # whether the request itself added a click
    observed_at: str
    status: int | None = None
    text: str | None = None
    error: str | None = None  # why there is no answer


@dataclass
class Page:
    """One fetched page on its way through the pipelines; `article` is filled by extraction."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes  # content-decoded, as the page's HTML parser reads it
    fetched_at: str  # UTC ISO 8601; with url, identifies the stored raw page
    crawl_run_id: int
    expect_article: bool  # the crawl reached it as an article link
    stored_url: str | None = None  # the raw page row to point at, when it is not (url, fetched_at)
    stored_at: str | None = None
    counter: CounterAnswer | None = None
    flags: list[str] = field(default_factory=list)  # e.g. "dataloss" for a truncated body
    article: Article | None = None
    content_hash: str | None = None  # of article.body, computed where the page was read
    origin: str | None = None  # distributed mode: the in-flight ledger entry this page settles


@dataclass
class ClickRefresh:
    """A counter asked again for an archived article, to add a click snapshot."""

    article_url: str
    crawl_run_id: int
    counter: CounterAnswer
    clicks: int | None = None
