"""What crosses the archive's boundary: the records a crawl hands over in a batch, what it gets
back, and the one error the archive raises."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit


def utc_now() -> str:
    """Current time as an aware ISO 8601 string (UTC, seconds with microseconds)."""
    return datetime.now(UTC).isoformat()


def site_of(url: str) -> str:
    """The site an URL belongs to: scheme://host[:port]."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()



@dataclass
class PageRecord:
    """One fetched HTTP response and where its raw bytes sit in the WARC files."""

    url: str
    fetched_at: str
    status: int
    crawl_run_id: int
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_length: int | None = None
    content_type: str | None = None
    content_encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_length: int | None = None
    id: int | None = None  # assigned by the archive on write


@dataclass
class ArticleRecord:
    """A clean article ready to store; `page_url`/`fetched_at` point at the raw page it came from."""

    url: str
    fields: dict[str, Any]
    fetched_at: str
    crawl_run_id: int
    page_url: str | None = None


@dataclass
class ClickObservation:
    article_url: str
    clicks: int
    observed_at: str
    crawl_run_id: int
    counter_kind: str | None = None  # None: printed inline on the page
    inflated: bool | None = None  # whether asking the counter added a click to what it counts


@dataclass
class Rejection:
    url: str
    reason: str
    crawl_run_id: int
    rejected_at: str
    page_url: str | None = None
    fetched_at: str | None = None
    record: dict[str, Any] | None = None


@dataclass
class Batch:
    """Everything to write in one transaction."""

    pages: list[PageRecord] = field(default_factory=list)
    articles: list[ArticleRecord] = field(default_factory=list)
    observations: list[ClickObservation] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pages) + len(self.articles) + len(self.observations) + len(self.rejections)


@dataclass
class WriteOutcome:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Validators:
    """What a conditional request needs, and where the copy it would reuse is stored."""

    etag: str | None
    last_modified: str | None
    fetched_at: str
    warc_file: str
    warc_offset: int


@dataclass(frozen=True)
class RefreshTarget:
    article_url: str
    counter_url: str | None  # None: the count is printed in the page


class ArchiveError(Exception):
    """The archive cannot be opened or used; the message says what to do."""
