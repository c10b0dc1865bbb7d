"""The SQLite archive: the one place that knows its schema and every query.

The crawl writes through `Archive.write` in batches (one transaction each); readers such as the
CLI open it with ``readonly=True``. WAL mode lets readers query while a crawl writes.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from crawler.search_text import plan_search, short_tokens, snippet

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
_SPACE_RE = re.compile(r"\s+")


def utc_now() -> str:
    """Current time as an aware ISO 8601 string (UTC, seconds with microseconds)."""
    return datetime.now(UTC).isoformat()


def site_of(url: str) -> str:
    """The site an URL belongs to: scheme://host[:port]."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def content_hash(body: str | None) -> str | None:
    """Hash of a normalised body, blind to spacing and width, so mirror copies of one article match."""
    if not body:
        return None
    text = _SPACE_RE.sub("", unicodedata.normalize("NFKC", body))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


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


class Archive:
    """An archive database. ``Archive(path)`` creates it when missing (unless read-only)."""

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

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------

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
            self._index_short([(rowid, None, short_tokens(title, body)) for rowid, title, body in rows])

    def _index_short(self, changes: list[tuple[int, str | None, str]]) -> None:
        """(rowid, old tokens or None, new tokens): a contentless index forgets by being told what it held."""
        conn = self.db.conn
        old = [(rowid, tokens) for rowid, tokens, _new in changes if tokens is not None]
        if old:
            conn.executemany(
                "insert into articles_short(articles_short, rowid, text) values ('delete', ?, ?)", old
            )
        conn.executemany(
            "insert into articles_short(rowid, text) values (?, ?)", [(r, new) for r, _o, new in changes]
        )

    # -- crawl runs ------------------------------------------------------------------------

    def start_run(self, start_urls: Sequence[str]) -> int:
        """Open a crawl run; runs left 'running' by a killed crawl are marked 'killed'."""
        with self.db.atomic():
            self.db.execute(
                "update crawl_runs set status = 'killed' where status = 'running'",
            )
            table = self.db["crawl_runs"]
            table.insert(
                {"started_at": utc_now(), "start_urls": json.dumps(list(start_urls)), "status": "running"}
            )
            return int(table.last_pk)

    def finish_run(self, run_id: int, *, status: str, stats: dict[str, Any]) -> None:
        with self.db.atomic():
            self.db["crawl_runs"].update(
                run_id,
                {"finished_at": utc_now(), "status": status, "stats": json.dumps(stats, ensure_ascii=False)},
            )

    def run(self, run_id: int) -> dict[str, Any]:
        row = self.db["crawl_runs"].get(run_id)
        return {**row, "start_urls": json.loads(row["start_urls"]), "stats": json.loads(row["stats"] or "{}")}

    def last_run(self) -> dict[str, Any] | None:
        row = next(self.db.query("select id from crawl_runs order by id desc limit 1"), None)
        return self.run(row["id"]) if row else None

    # -- what a crawl needs to know before it starts -----------------------------------------

    def walk_to_end_reason(self, run_id: int) -> str | None:
        """Why run `run_id` should walk every listing to its last page, or None.

        A run that ended before its end (killed, failed, interrupted, incomplete) may have left
        articles unfetched deep in the listings, where a run that stops after a few listings
        without news never looks; the gap stays open until a finished run has walked them all.
        """
        rows = self.db.query("select id, status, stats from crawl_runs where id < ? order by id desc", [run_id])
        for row in rows:
            if row["status"] != "finished":
                return f"crawl run {row['id']} ended {row['status']}"
            if json.loads(row["stats"] or "{}").get("listings_walked_to_end"):
                return None
        return None

    def known_article_urls(self) -> set[str]:
        return {row[0] for row in self.db.execute("select url from articles")}

    def refresh_targets(self, *, published_since: str, observed_before: str) -> list[RefreshTarget]:
        """Articles published since a time whose click count was last observed before another time.

        With a counter script the counter is asked; without one the page itself is asked again,
        conditionally, since its count is printed in it.
        """
        rows = self.db.execute(
            """
            select url, click_counter_url from articles
            where published_at >= ? and coalesce(clicks_observed_at, last_seen_at, '') < ?
            order by published_at desc
            """,
            [published_since, observed_before],
        )
        return [RefreshTarget(url, counter) for url, counter in rows]

    def latest_validators(self) -> dict[str, Validators]:
        """Per URL, the newest stored 200 response's ETag/Last-Modified and raw-page location."""
        rows = self.db.execute(
            """
            select p.url, p.etag, p.last_modified, p.fetched_at, p.warc_file, p.warc_offset
            from pages p join (
                select url, max(fetched_at) as fetched_at from pages
                where status = 200 and warc_file is not null group by url
            ) latest on latest.url = p.url and latest.fetched_at = p.fetched_at
            where p.etag is not null or p.last_modified is not null
            """
        )
        return {
            url: Validators(etag, modified, fetched_at, warc_file, offset)
            for url, etag, modified, fetched_at, warc_file, offset in rows
        }

    # -- writing -----------------------------------------------------------------------------

    def write(self, batch: Batch) -> WriteOutcome:
        """Write a batch in one transaction: pages first, so articles and rejects can point at them.

        Set-based: one statement per table and kind of change, so a batch of hundreds of records
        costs a few milliseconds and the store never holds the crawl back.
        """
        outcome = WriteOutcome()
        with self.db.atomic():
            page_ids = self._write_pages(batch.pages)
            if batch.articles:
                self._write_articles(batch.articles, page_ids, outcome)
            if batch.observations:
                self._write_observations(batch.observations)
            if batch.rejections:
                self._insert(
                    "rejects",
                    [
                        {
                            "url": r.url,
                            "reason": r.reason,
                            "crawl_run_id": r.crawl_run_id,
                            "page_id": self._page_id(page_ids, r.page_url, r.fetched_at),
                            "rejected_at": r.rejected_at,
                            "record": json.dumps(r.record, ensure_ascii=False) if r.record else None,
                        }
                        for r in batch.rejections
                    ],
                )
        return outcome

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})"
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    def _write_pages(self, pages: list[PageRecord]) -> dict[tuple[str, str], int]:
        if not pages:
            return {}
        # Ids are given here, not by SQLite, so the batch knows them without a query per row;
        # this connection is the archive's only writer and the transaction is open.
        next_id = (self.db.execute("select coalesce(max(id), 0) from pages").fetchone()[0]) + 1
        for offset, page in enumerate(pages):
            page.id = next_id + offset
        self._insert("pages", [dict(page.__dict__) for page in pages])
        return {(page.url, page.fetched_at): page.id for page in pages}

    def _page_id(
        self, ids: dict[tuple[str, str], int], url: str | None, fetched_at: str | None
    ) -> int | None:
        if url is None or fetched_at is None:
            return None
        found = ids.get((url, fetched_at))
        if found is not None:
            return found
        row = self.db.execute(
            "select id from pages where url = ? and fetched_at = ? order by id desc limit 1",
            [url, fetched_at],
        ).fetchone()
        return row[0] if row else None

    def _existing(self, urls: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(urls), 500):
            chunk = urls[start : start + 500]
            cursor = self.db.execute(
                f"select rowid as _rowid, * from articles where url in ({', '.join('?' * len(chunk))})", chunk
            )
            names = [d[0] for d in cursor.description]
            found.update((row[1], dict(zip(names, row, strict=True))) for row in cursor)
        return found

    def _write_articles(self, records: list[ArticleRecord], page_ids: dict, outcome: WriteOutcome) -> None:
        # The same URL twice in one batch: the later record wins, as it would across batches.
        latest = {record.url: record for record in records}
        existing = self._existing(list(latest))
        inserts, revisions, updates, seen, related, replaced, snapshots = [], [], [], [], [], [], []
        reindex: list[tuple[int, str | None, str]] = []
        for url, record in latest.items():
            fields = _encode_fields(record.fields)
            fields["content_hash"] = content_hash(record.fields.get("body"))
            fields["page_id"] = self._page_id(page_ids, record.page_url or url, record.fetched_at)
            now = record.fetched_at
            clicks = record.fields.get("clicks")
            links = _related_rows(url, record.fields.get("related"))
            old = existing.get(url)
            if old is None:
                inserts.append(
                    {
                        "url": url,
                        "site": site_of(url),
                        **fields,
                        "clicks_observed_at": now if clicks is not None else None,
                        "first_seen_at": now,
                        "last_seen_at": now,
                        "last_changed_at": now,
                    }
                )
                related += links
                outcome.new.append(url)
            elif any(old.get(name) != fields.get(name) for name in CONTENT_FIELDS):
                revisions.append(_revision(old, replaced_at=now, crawl_run_id=record.crawl_run_id))
                updates.append((url, {**fields, "last_seen_at": now, "last_changed_at": now}, clicks))
                reindex.append(
                    (
                        old["_rowid"],
                        short_tokens(old["title"], old["body"]),
                        short_tokens(fields["title"], fields["body"]),
                    )
                )
                replaced.append(url)
                related += links
                outcome.updated.append(url)
            else:
                seen.append((url, now, fields["page_id"], fields["clicks"], fields["counter_kind"]))
                outcome.unchanged.append(url)
            if clicks is not None:
                snapshots.append(
                    {
                        "article_url": url,
                        "clicks": clicks,
                        "observed_at": now,
                        "crawl_run_id": record.crawl_run_id,
                        "counter_kind": record.fields.get("counter_kind"),
                        "inflated": _flag(record.fields.get("counter_inflated")),
                    }
                )
        self._insert("articles", inserts)
        if inserts:
            added = self._existing([row["url"] for row in inserts])
            reindex += [
                (row["_rowid"], None, short_tokens(row["title"], row["body"])) for row in added.values()
            ]
        self._insert("article_revisions", revisions)
        for url, values, clicks in updates:
            if clicks is None:  # a page without an inline count keeps the counter's latest answer
                values = {k: v for k, v in values.items() if k not in ("clicks", "counter_kind")}
            else:
                values["clicks_observed_at"] = values["last_seen_at"]
            assignments = ", ".join(f"[{name}] = ?" for name in values)
            self.db.execute(f"update articles set {assignments} where url = ?", [*values.values(), url])
        if seen:
            self.db.conn.executemany(
                """update articles set last_seen_at = ?1, page_id = ?2,
                       clicks = coalesce(?3, clicks), counter_kind = case when ?3 is null then counter_kind else ?4 end,
                       clicks_observed_at = case when ?3 is null then clicks_observed_at else ?1 end
                   where url = ?5""",
                [(now, page_id, clicks, kind, url) for url, now, page_id, clicks, kind in seen],
            )
        if reindex:
            self._index_short(reindex)
        if replaced:
            self.db.conn.executemany(
                "delete from related_links where article_url = ?", [(url,) for url in replaced]
            )
        self._insert("related_links", related)
        self._insert("click_snapshots", snapshots)

    def raw_pages(self, **filters: str | None) -> Iterator[tuple[str, str, int]]:
        """(article url, WARC file, offset) of each filtered article's stored raw page, in url order."""
        where, params = article_filters(**filters)
        where = (where + " and" if where else "where") + " p.warc_file is not null"
        cursor = self.db.conn.execute(
            f"select a.url, p.warc_file, p.warc_offset from articles a join pages p on p.id = a.page_id "
            f"{where} order by a.url",
            params,
        )
        while batch := cursor.fetchmany(1000):
            yield from batch

    def revise(self, changes: dict[str, dict[str, Any]], *, at: str) -> dict[str, list[str]]:
        """Re-extracted content for archived articles: changed ones get a revision and the new text.

        Returns the changed fields per changed url. Click counts, first/last seen and the raw page
        stay as they are: only what extraction gives is revised.
        """
        changed: dict[str, list[str]] = {}
        with self.db.atomic():
            existing = self._existing(list(changes))
            reindex: list[tuple[int, str | None, str]] = []
            for url, new_fields in changes.items():
                old = existing.get(url)
                if old is None:
                    continue
                fields = _encode_fields(new_fields)
                fields["content_hash"] = content_hash(new_fields.get("body"))
                differing = [name for name in CONTENT_FIELDS if old.get(name) != fields.get(name)]
                if not differing:
                    continue
                changed[url] = differing
                self._insert("article_revisions", [_revision(old, replaced_at=at, crawl_run_id=None)])
                values = {
                    name: fields[name] for name in (*CONTENT_FIELDS, "content_hash", "encoding", "warnings")
                }
                values["last_changed_at"] = at
                assignments = ", ".join(f"[{name}] = ?" for name in values)
                self.db.execute(f"update articles set {assignments} where url = ?", [*values.values(), url])
                reindex.append(
                    (
                        old["_rowid"],
                        short_tokens(old["title"], old["body"]),
                        short_tokens(fields["title"], fields["body"]),
                    )
                )
                self.db.execute("delete from related_links where article_url = ?", [url])
                self._insert("related_links", _related_rows(url, new_fields.get("related")))
            if reindex:
                self._index_short(reindex)
        return changed

    def _write_observations(self, observations: list[ClickObservation]) -> None:
        known = set(self._existing(list({obs.article_url for obs in observations})))
        kept = [obs for obs in observations if obs.article_url in known]  # a snapshot must not dangle
        self.db.conn.executemany(
            """update articles set clicks = ?, clicks_observed_at = ?, counter_kind = ?
               where url = ? and coalesce(clicks_observed_at, '') <= ?""",
            [
                (obs.clicks, obs.observed_at, obs.counter_kind, obs.article_url, obs.observed_at)
                for obs in kept
            ],
        )
        self._insert(
            "click_snapshots",
            [
                {
                    "article_url": obs.article_url,
                    "clicks": obs.clicks,
                    "observed_at": obs.observed_at,
                    "crawl_run_id": obs.crawl_run_id,
                    "counter_kind": obs.counter_kind,
                    "inflated": _flag(obs.inflated),
                }
                for obs in kept
            ],
        )

    # -- reading -----------------------------------------------------------------------------

    def count(self, table: str) -> int:
        return self.db[table].count

    def field_coverage(self, urls: Iterable[str] | None = None) -> dict[str, float]:
        """Share of articles (all, or those listed) with each field present."""
        where, params = "", []
        if urls is not None:
            url_list = list(urls)
            if not url_list:
                return {}
            self.db.execute("create temp table if not exists _coverage_urls (url text primary key)")
            self.db.execute("delete from _coverage_urls")
            self.db.conn.executemany(
                "insert or ignore into _coverage_urls values (?)", [(u,) for u in url_list]
            )
            where = "where url in (select url from _coverage_urls)"
        present = ", ".join(
            f"sum({name} is not null and {name} != '' and {name} != '[]') as {name}"
            for name in ARTICLE_FIELDS
        )
        row = self.db.execute(f"select count(*), {present} from articles {where}", params).fetchone()
        total = row[0]
        if not total:
            return {}
        return {
            name: round((value or 0) / total, 4) for name, value in zip(ARTICLE_FIELDS, row[1:], strict=True)
        }

    def articles(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        category: str | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Archived articles as plain dicts (JSON columns decoded), lazily, in a stable order (url).

        `since`/`until` bound `published_at` (a date, inclusive, or an ISO timestamp); `source` and
        `category` match exactly; `fields` picks columns.
        """
        yield from self.rows(
            "articles", since=since, until=until, source=source, category=category, fields=fields
        )

    def rows(
        self,
        table: str,
        *,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        category: str | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Rows of an exportable table, filtered by their article, streamed in a stable order."""
        chosen, batches = self.row_batches(
            table, since=since, until=until, source=source, category=category, fields=fields
        )
        for batch in batches:
            for row in batch:
                yield _decode_row(dict(zip(chosen, row, strict=True)))

    def row_batches(
        self,
        table: str,
        *,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        category: str | None = None,
        fields: Sequence[str] | None = None,
        as_json: bool = False,
    ) -> tuple[list[str], Iterator[list[tuple]]]:
        """The chosen columns and the rows as tuples, a thousand at a time: what exports stream.

        JSON columns stay JSON text. With `as_json`, SQLite itself renders each row as one JSON
        object (JSON columns embedded as JSON), a one-tuple per row.
        """
        if table not in EXPORT_TABLES:
            raise ArchiveError(f"cannot export {table!r}: choose one of {', '.join(EXPORT_TABLES)}")
        key, order = EXPORT_TABLES[table]
        columns = self.columns(table)
        chosen = list(fields) if fields else columns
        unknown = [name for name in chosen if name not in columns]
        if unknown:
            raise ArchiveError(
                f"unknown field(s) for {table}: {', '.join(unknown)}; known: {', '.join(columns)}"
            )
        where, params = article_filters(since=since, until=until, source=source, category=category)
        if as_json:
            pairs = ", ".join(
                f"'{name}', " + (f"json(t.[{name}])" if name in _JSON_FIELDS else f"t.[{name}]")
                for name in chosen
            )
            select = f"json_object({pairs})"
        else:
            select = ", ".join(f"t.[{name}]" for name in chosen)
        join = "" if table == "articles" else f"join articles a on a.url = t.[{key}]"
        alias_where = where.replace("a.", "t.") if table == "articles" else where
        cursor = self.db.conn.execute(
            f"select {select} from [{table}] t {join} {alias_where} order by {order}", params
        )

        def batches() -> Iterator[list[tuple]]:
            while batch := cursor.fetchmany(1000):
                yield batch

        return chosen, batches()

    def columns(self, table: str) -> list[str]:
        return [column.name for column in self.db[table].columns]

    def count_rows(self, table: str, **filters: str | None) -> int:
        where, params = article_filters(**filters)
        if table == "articles":
            return self.db.execute(f"select count(*) from articles a {where}", params).fetchone()[0]
        key, _order = EXPORT_TABLES[table]
        return self.db.execute(
            f"select count(*) from [{table}] t join articles a on a.url = t.[{key}] {where}", params
        ).fetchone()[0]

    def search(
        self,
        term: str,
        *,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        category: str | None = None,
        limit: int | None = 20,
    ) -> list[dict[str, Any]]:
        """Articles whose title or body contains `term`, best first, each with a marked snippet."""
        term = term.strip()
        if not term:
            raise ArchiveError("nothing to search for: give a term")
        plan = plan_search(term)
        where, params = article_filters(since=since, until=until, source=source, category=category)
        where = where.replace("where", "and", 1)
        columns = "a.url, a.title, a.published_at, a.source, a.category, a.clicks, a.body"
        if plan.index in ("trigram", "short"):
            index = "articles_fts" if plan.index == "trigram" else "articles_short"
            if where or limit is None:
                sql = (
                    f"select {columns}, f.rank as score from {index} f join articles a on a.rowid = f.rowid "
                    f"where {index} match ? {where} order by f.rank, a.url"
                )
            else:  # FTS5 ranks inside the index and keeps only the best: far cheaper than joining every match
                sql = (
                    f"select {columns}, f.score from (select rowid, rank as score from {index} where {index} match ? "
                    f"order by rank limit ?) f join articles a on a.rowid = f.rowid order by f.score, a.url"
                )
                params = [limit]
            args = [plan.match, *params]
        else:  # a term the indexes cannot express: scan, the same way LIKE compares
            sql = (
                f"select {columns}, 0 as score from articles a where (instr(lower(a.title), lower(?)) > 0 "
                f"or instr(lower(a.body), lower(?)) > 0) {where} order by a.published_at desc, a.url"
            )
            args = [term, term, *params]
        if plan.index == "scan" or where or limit is None:
            sql += " limit ?"
            args.append(-1 if limit is None else limit)
        results = []
        for url, title, published_at, source_, category_, clicks, body, score in self.db.execute(sql, args):
            results.append(
                {
                    "url": url,
                    "title": title,
                    "published_at": published_at,
                    "source": source_,
                    "category": category_,
                    "clicks": clicks,
                    "score": round(score, 4),
                    "snippet": snippet(body, term) or snippet(title, term),
                }
            )
        return results

    def stats(self, *, days: int = 30, weeks: int = 12, top: int = 10) -> dict[str, Any]:
        """What the archive holds: counts per day and week, top sources and people, coverage, runs."""

        def pairs(sql: str, *args: Any) -> list[list[Any]]:
            return [list(row) for row in self.db.execute(sql, args)]

        day = "substr(published_at, 1, 10)"
        runs = []
        for row in self.db.query("select * from crawl_runs order by id"):
            stats = json.loads(row["stats"] or "{}")
            runs.append(
                {
                    "id": row["id"],
                    "started_at": row["started_at"],
                    "finished_at": row["finished_at"],
                    "status": row["status"],
                    "pages": stats.get("pages"),
                    "articles_new": stats.get("articles_new"),
                    "articles_updated": stats.get("articles_updated"),
                    "rejects": stats.get("rejects"),
                    "errors": sum(v for v in (stats.get("errors") or {}).values() if isinstance(v, int)),
                    "coverage": stats.get("coverage") or {},
                }
            )
        return {
            "articles": self.count("articles"),
            "sites": pairs("select site, count(*) from articles group by site order by count(*) desc"),
            "first_published": self.db.execute("select min(published_at) from articles").fetchone()[0],
            "last_published": self.db.execute("select max(published_at) from articles").fetchone()[0],
            "per_day": pairs(
                f"select {day}, count(*) from articles where published_at is not null group by 1 order by 1 desc limit ?",
                days,
            )[::-1],
            "per_week": pairs(
                "select strftime('%Y-W%W', substr(published_at, 1, 19)), count(*) from articles "
                "where published_at is not null group by 1 order by 1 desc limit ?",
                weeks,
            )[::-1],
            **{
                f"top_{plural}": pairs(
                    f"select {name}, count(*) from articles where {name} is not null group by 1 order by 2 desc, 1 limit ?",
                    top,
                )
                for name, plural in (
                    ("source", "sources"),
                    ("editor", "editors"),
                    ("reviewer", "reviewers"),
                    ("category", "categories"),
                )
            },
            "coverage": self.field_coverage(),
            "click_snapshots": self.count("click_snapshots"),
            "revisions": self.count("article_revisions"),
            "rejects": self.count("rejects"),
            "mirror_groups": self.db.execute("select count(*) from article_copies").fetchone()[0],
            "crawl_runs": runs,
        }

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], Iterator[tuple]]:
        """Run SQL as given (open the archive read-only to make it safe): column names and rows."""
        try:
            cursor = self.db.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise ArchiveError(_sql_message(exc)) from None
        names = [d[0] for d in cursor.description or []]

        def rows() -> Iterator[tuple]:
            try:
                while batch := cursor.fetchmany(1000):
                    yield from batch
            except sqlite3.Error as exc:
                raise ArchiveError(_sql_message(exc)) from None

        return names, rows()

    def article(self, url: str) -> dict[str, Any] | None:
        row = next(self.db.query("select * from articles where url = ?", [url]), None)
        return _decode_row(row) if row else None

    def click_history(self, url: str) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "select clicks, observed_at, counter_kind, inflated, crawl_run_id from click_snapshots "
                "where article_url = ? order by observed_at, id",
                [url],
            )
        )

    def integrity(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


_JSON_FIELDS = ("breadcrumbs", "images", "related", "warnings")

# Exportable tables: the column naming their article, and a stable order.
EXPORT_TABLES = {
    "articles": ("url", "t.url"),
    "click_snapshots": ("article_url", "t.id"),
    "related_links": ("article_url", "t.article_url, t.position"),
}


def parse_bound(value: str, *, name: str, end: bool = False) -> str:
    """A filter bound as an ISO string comparable with `published_at`; a date is a whole day."""
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = datetime.strptime(text, "%Y-%m-%d")
            return (day + timedelta(days=1)).strftime("%Y-%m-%d") if end else text
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ArchiveError(
            f"{name}: not a date: {value!r} (use YYYY-MM-DD or an ISO 8601 timestamp)"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone(timedelta(hours=8)))
    return parsed.astimezone(timezone(timedelta(hours=8))).isoformat()


def article_filters(
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
) -> tuple[str, list[Any]]:
    """A where clause over alias `a` (articles) and its parameters: values never enter the SQL."""
    clauses, params = [], []
    if since:
        clauses.append("a.published_at >= ?")
        params.append(parse_bound(since, name="--since"))
    if until:
        bound = parse_bound(until, name="--until", end=True)
        clauses.append("a.published_at < ?" if len(bound) == 10 else "a.published_at <= ?")
        params.append(bound)
    if source:
        clauses.append("a.source = ?")
        params.append(source)
    if category:
        clauses.append("a.category = ?")
        params.append(category)
    return ("where " + " and ".join(clauses) if clauses else ""), params


def _sql_message(exc: sqlite3.Error) -> str:
    message = str(exc)
    if "readonly" in message or "read-only" in message:
        return f"refused: the archive is opened read-only, so this statement cannot write ({message})"
    if "locked" in message:
        return f"the archive is locked by another process ({message}); try again in a moment"
    return f"SQL error: {message}"


def _encode_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name in (*CONTENT_FIELDS, "clicks", "click_counter_url", "counter_kind", "encoding", "warnings"):
        value = fields.get(name)
        if name in _JSON_FIELDS:
            value = json.dumps(value, ensure_ascii=False) if value else None
        out[name] = value
    return out


def _decode_row(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name in _JSON_FIELDS:
        if out.get(name):
            out[name] = json.loads(out[name])
    return out


def _revision(old: dict[str, Any], *, replaced_at: str, crawl_run_id: int | None) -> dict[str, Any]:
    """The `article_revisions` row keeping an article's version as it was before a change."""
    return {
        "article_url": old["url"],
        "replaced_at": replaced_at,
        "crawl_run_id": crawl_run_id,
        **{name: old.get(name) for name in CONTENT_FIELDS},
        "content_hash": old["content_hash"],
        "page_id": old["page_id"],
        "first_seen_at": old["first_seen_at"],
        "last_changed_at": old["last_changed_at"],
    }


def _related_rows(article_url: str, related: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [
        {
            "article_url": article_url,
            "position": i,
            "url": link.get("url"),
            "title": link.get("title"),
            "summary": link.get("summary"),
        }
        for i, link in enumerate(related or [])
    ]


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)
