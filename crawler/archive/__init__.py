"""The SQLite archive: one database, and the one place that knows its schema and every query.

`Archive` joins four parts, each in its own module: `schema` (tables, indexes, the full-text index,
opening the database), `writes` (the crawl's runs and batches), `search` (full-text search) and
`reads` (what analysts and exports read). The crawl writes through `Archive.write` in batches
(one transaction each); readers such as the CLI open it with ``readonly=True``. WAL mode lets
readers query while a crawl writes.
"""

from crawler.text.fingerprint import content_hash

from .filters import article_filters, parse_bound
from .reads import EXPORT_TABLES, Reads
from .records import (
    ArchiveError,
    ArticleRecord,
    Batch,
    ClickObservation,
    PageRecord,
    RefreshTarget,
    Rejection,
    Validators,
    WriteOutcome,
    site_of,
    utc_now,
)
from .schema import ARTICLE_FIELDS, CONTENT_FIELDS, Schema
from .search import Search, bigrams, plan_search, snippet
from .writes import WritePath


class Archive(Schema, WritePath, Search, Reads):
    """An archive database. ``Archive(path)`` creates it when missing (unless read-only)."""


__all__ = [
    "ARTICLE_FIELDS",
    "CONTENT_FIELDS",
    "EXPORT_TABLES",
    "Archive",
    "ArchiveError",
    "ArticleRecord",
    "Batch",
    "ClickObservation",
    "PageRecord",
    "RefreshTarget",
    "Rejection",
    "Validators",
    "WriteOutcome",
    "article_filters",
    "bigrams",
    "content_hash",
    "parse_bound",
    "plan_search",
    "site_of",
    "snippet",
    "utc_now",
]
