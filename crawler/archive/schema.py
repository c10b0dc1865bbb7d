"""The archive's schema, in one place: tables, indexes, the copies and related-links views, the
full-text index, opening the database (read-only for readers; WAL, so they can read while the one
writer writes) and upgrading an archive of an older schema when it is opened for writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Self

import sqlite_utils

from .records import ArchiveError
from .search import INDEX, INDEX_OPTIONS, PENDING, PENDING_DDL, index_pending, register_functions

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

# 3: one bigram index instead of a trigram and a short-term index; related links only as JSON.
# 4: the bigram index without positions (detail=none).
_SCHEMA_VERSION = 4
# What every chanjing archive holds, whatever its schema version.
_ARCHIVE_TABLES = {"crawl_runs", "pages", "articles"}
# An article's related links are a handful; positions beyond these are not shown by the view.
_RELATED_POSITIONS = 1000

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
        register_functions(conn)
        self.db = sqlite_utils.Database(conn)
        try:
            tables = set(self.db.table_names())
        except sqlite3.DatabaseError as exc:  # not SQLite at all, or damaged
            conn.close()
            raise ArchiveError(f"not a chanjing archive: {self.path} ({exc})") from None
        # An archive has its tables; a new file (or a new, empty database) is made one when
        # written; anything else is someone else's database, left as it is.
        if not _ARCHIVE_TABLES <= tables and (readonly or tables):
            conn.close()
            held = f"its tables: {', '.join(sorted(tables)[:5])}" if tables else "an empty database"
            raise ArchiveError(f"not a chanjing archive: {self.path} ({held})")
        self.indexed = not readonly or INDEX in tables
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
            self._ensure_related_links()
            self._ensure_search_index()
            db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    def _ensure_related_links(self) -> None:
        """`related_links` is a view of the `related` JSON of articles, so links are stored once.

        Its position comes from a table of integers, not from json_each, so the column is declared
        INTEGER and exports type it as such. Deleting from the view removes the link from the JSON.
        """
        db = self.db
        if "related_links" in db.table_names():  # the table of older archives: the same links as the JSON
            db.execute("drop table related_links")
        db["related_positions"].create({"position": int}, pk="position", if_not_exists=True)
        if not db.execute("select 1 from related_positions limit 1").fetchone():
            db.conn.executemany("insert into related_positions values (?)", [(i,) for i in range(_RELATED_POSITIONS)])
        link = "json_extract(j.value, '$.{0}')"
        db.execute(
            f"""create view if not exists related_links as
            select a.url as article_url, p.position, {link.format("url")} as url,
                   {link.format("title")} as title, {link.format("summary")} as summary
            from articles a, json_each(a.related) j join related_positions p on p.position = j.key
            where a.related is not null"""
        )
        same = " and ".join(f"{link.format(name).replace('j.', 'k.')} is old.{name}" for name in ("url", "title", "summary"))
        db.execute(
            f"""create trigger if not exists related_links_delete instead of delete on related_links begin
                update articles set related = (
                    select nullif(json_group_array(json(j.value)), '[]') from json_each(articles.related) j
                    where j.key != (select min(k.key) from json_each(articles.related) k where {same})
                ) where url = old.article_url;
            end"""
        )

    def _ensure_search_index(self) -> None:
        """The bigram index (see search.py) and the queue that keeps it in step with `articles`;
        built from the articles when missing. The trigram and short-term indexes of older
        archives, which it replaces, are dropped."""
        db = self.db
        tables = set(db.table_names())
        for statement in PENDING_DDL:
            db.execute(statement)
        definition = db.execute("select sql from sqlite_master where name = ?", [INDEX]).fetchone()
        if definition and INDEX_OPTIONS not in definition[0]:  # an index of positions (schema 3)
            db.execute(f"drop table {INDEX}")
            definition = None
        if not definition:
            db.execute(f"create virtual table {INDEX} using fts5(title, body, {INDEX_OPTIONS})")
            # A new index holds nothing: there is nothing to forget, every article is to index.
            db.execute(f"delete from {PENDING}")
            db.execute(f"insert or ignore into {PENDING} (article, held) select rowid, 0 from articles")
        for trigger in ("articles_ai", "articles_ad", "articles_au"):
            db.execute(f"drop trigger if exists [{trigger}]")
        for old in ("articles_fts", "articles_short"):
            if old in tables:
                db.execute(f"drop table [{old}]")
        # What other tools changed since the archive was last written, and what an upgrade queued.
        index_pending(db.conn)
