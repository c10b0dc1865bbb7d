"""The record chanjing archives: one article page, clean fields beside the raw text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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
        return asdict(self)
