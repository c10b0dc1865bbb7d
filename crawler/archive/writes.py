"""The crawl's write path: its runs and what it asks before it starts, then batches of pages,
articles (with their revisions and search index entries), click snapshots and rejects, one
transaction each; and re-extracted content (`revise`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from crawler.text.fingerprint import content_hash

from .records import (
    ArticleRecord,
    Batch,
    ClickObservation,
    PageRecord,
    RefreshTarget,
    Validators,
    WriteOutcome,
    site_of,
    utc_now,
)
from .schema import CONTENT_FIELDS, JSON_FIELDS
from .search import index_pending


class WritePath:
    """What a crawl writes, and asks before it starts; the archive's only writer."""

    db: sqlite_utils.Database

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
        inserts, revisions, updates, seen, snapshots = [], [], [], [], []
        for url, record in latest.items():
            fields = _encode_fields(record.fields)
            # Hashed where the page was read, when it was (off the crawling process).
            fields["content_hash"] = record.fields.get("content_hash") or content_hash(record.fields.get("body"))
            fields["page_id"] = self._page_id(page_ids, record.page_url or url, record.fetched_at)
            now = record.fetched_at
            clicks = record.fields.get("clicks")
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
                outcome.new.append(url)
            elif any(old.get(name) != fields.get(name) for name in CONTENT_FIELDS):
                revisions.append(_revision(old, replaced_at=now, crawl_run_id=record.crawl_run_id))
                updates.append((url, {**fields, "last_seen_at": now, "last_changed_at": now}, clicks))
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
        index_pending(self.db.conn)
        self._insert("click_snapshots", snapshots)

    def revise(self, changes: dict[str, dict[str, Any]], *, at: str) -> dict[str, list[str]]:
        """Re-extracted content for archived articles: changed ones get a revision and the new text.

        Returns the changed fields per changed url. Click counts, first/last seen and the raw page
        stay as they are: only what extraction gives is revised.
        """
        changed: dict[str, list[str]] = {}
        with self.db.atomic():
            existing = self._existing(list(changes))
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
            index_pending(self.db.conn)
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


def _encode_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name in (*CONTENT_FIELDS, "clicks", "click_counter_url", "counter_kind", "encoding", "warnings"):
        value = fields.get(name)
        if name in JSON_FIELDS:
            value = json.dumps(value, ensure_ascii=False) if value else None
        out[name] = value
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


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)
