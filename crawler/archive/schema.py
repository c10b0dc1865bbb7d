"""The archive's schema, in one place: tables, indexes, the copies view, the two full-text indexes,
and opening the database (read-only for readers; WAL, so they can read while the one writer writes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Self

import sqlite_utils

from .records import ArchiveError
from .search import index_short, short_tokens

# Article fields a crawl extracts; coverage is reported for each of them.
ARTICLE_FIELDS = (
    "title",
    "source",
    "published_at",
    "clicks",
    "editor",
    "reviewer",
    "category",
    "breadcrumbs",
    "body",
    "related",
)
# Fields whose change makes a new revision (clicks change all the time and have their own table).
CONTENT_FIELDS = (
    "article_id",
    "title",
    "source",
    "published_at",
    "editor",
    "reviewer",
    "category",
    "breadcrumbs",
    "body",
    "title_raw",
    "body_raw",
    "images",
    "related",
)

_SCHEMA_VERSION = 2

# Columns stored as JSON text.
JSON_FIELDS = ("breadcrumbs", "images", "related", "warnings")


class Schema:
    """Opens the database; a writable one gets every table it lacks, so old archives open too."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if readonly:
            if not self.path.exists():
                raise ArchiveError(
                    f"no archive at {self.path}: run a crawl first (chanjing crawl or chanjing demo)"
                )
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 10000")
        self.db = sqlite_utils.Database(conn)
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._ensure_schema()

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        db = self.db
        with db.atomic():
            db["crawl_runs"].create(
                {
                    "id": int,
                    "started_at": str,
                    "finished_at": str,
                    "start_urls": str,
                    "status": str,
                    "stats": str,
                },
                pk="id",
                if_not_exists=True,
            )
            db["pages"].create(
                {
                    "id": int,
                    "url": str,
                    "fetched_at": str,
                    "status": int,
                    "crawl_run_id": int,
                    "warc_file": str,
                    "warc_offset": int,
                    "warc_length": int,
                    "content_type": str,
                    "content_encoding": str,
                    "etag": str,
                    "last_modified": str,
                    "body_length": int,
                },
                pk="id",
                foreign_keys=[("crawl_run_id", "crawl_runs", "id")],
                if_not_exists=True,
            )
            db["articles"].create(
                {
                    "url": str,
                    "site": str,
                    "article_id": str,
                    "title": str,
                    "source": str,
                    "published_at": str,
                    "clicks": int,
                    "clicks_observed_at": str,
                    "click_counter_url": str,
                    "counter_kind": str,
                    "editor": str,
                    "reviewer": str,
                    "category": str,
                    "breadcrumbs": str,
                    "body": str,
                    "title_raw": str,
                    "body_raw": str,
                    "images": str,
                    "related": str,
                    "encoding": str,
                    "warnings": str,
                    "content_hash": str,
                    "page_id": int,
                    "first_seen_at": str,
                    "last_seen_at": str,
                    "last_changed_at": str,
                },
                pk="url",
                foreign_keys=[("page_id", "pages", "id")],
                if_not_exists=True,
            )
            db["related_links"].create(
                {"article_url": str, "position": int, "url": str, "title": str, "summary": str},
                pk=("article_url", "position"),
                foreign_keys=[("article_url", "articles", "url")],
                if_not_exists=True,
            )
            db["click_snapshots"].create(
                {
                    "id": int,
                    "article_url": str,
                    "clicks": int,
                    "observed_at": str,
                    "crawl_run_id": int,
                    "counter_kind": str,
                    "inflated": int,
                },
                pk="id",
                foreign_keys=[("article_url", "articles", "url"), ("crawl_run_id", "crawl_runs", "id")],
                if_not_exists=True,
            )
            db["article_revisions"].create(
                {
                    "id": int,
                    "article_url": str,
                    "replaced_at": str,
                    "crawl_run_id": int,
                    **{name: str for name in CONTENT_FIELDS},
                    "content_hash": str,
                    "page_id": int,
                    "first_seen_at": str,
                    "last_changed_at": str,
                },
                pk="id",
                foreign_keys=[("article_url", "articles", "url")],
                if_not_exists=True,
            )
            db["rejects"].create(
                {
                    "id": int,
                    "url": str,
                    "reason": str,
                    "crawl_run_id": int,
                    "page_id": int,
                    "rejected_at": str,
                    "record": str,
                },
                pk="id",
                foreign_keys=[("crawl_run_id", "crawl_runs", "id"), ("page_id", "pages", "id")],
                if_not_exists=True,
            )
            for table, columns in (
                ("pages", ["url", "fetched_at"]),
                ("pages", ["crawl_run_id"]),
                ("articles", ["content_hash"]),
                ("articles", ["published_at"]),
                ("articles", ["site"]),
                ("click_snapshots", ["article_url", "observed_at"]),
                ("click_snapshots", ["crawl_run_id"]),
                ("article_revisions", ["article_url"]),
                ("related_links", ["url"]),
                ("rejects", ["crawl_run_id"]),
            ):
                db[table].create_index(columns, if_not_exists=True)
            db.create_view(
                "article_copies",
                """
                select content_hash, count(*) as copies, count(distinct site) as sites,
                       min(first_seen_at) as first_seen_at, group_concat(url, ' ') as urls
                from articles where content_hash is not null
                group by content_hash having count(*) > 1
                """,
                ignore=True,
            )
            self._ensure_search_indexes()
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    def _ensure_search_indexes(self) -> None:
        """The trigram index (kept in sync by triggers) and the short-term index (kept by `write`)."""
        db = self.db
        tables = set(db.table_names())
        if "articles_fts" not in tables:
            db["articles"].enable_fts(["title", "body"], tokenize="trigram", create_triggers=True)
        # A title match counts five times a body match (stored in the index's config: idempotent).
        db.execute("insert into articles_fts(articles_fts, rank) values ('rank', 'bm25(5.0, 1.0)')")
        if "articles_short" not in tables:
            db.execute(
                "create virtual table articles_short using fts5("
                "text, content='', tokenize='unicode61 remove_diacritics 0', prefix='1')"
            )
            rows = db.execute("select rowid, title, body from articles").fetchall()
            index_short(db.conn, [(rowid, None, short_tokens(title, body)) for rowid, title, body in rows])
