"""The read-only API: articles and the rows of any table or view, filtered and streamed; stats,
field coverage, click history, where raw pages are stored, and the user's SQL, which may only read."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from .filters import article_filters
from .records import ArchiveError
from .schema import ARTICLE_FIELDS, JSON_FIELDS

# Tables whose rows the article filters pick: the column naming their article, and a stable order.
# Every other table and view exports whole, in the order of its primary key (a view: of its columns).
EXPORT_TABLES = {
    "articles": ("url", "t.url"),
    "click_snapshots": ("article_url", "t.id"),
    "related_links": ("article_url", "t.article_url, t.position"),
    "article_revisions": ("article_url", "t.id"),
}


class Reads:
    """What analysts and exports read; all of it works on an archive opened read-only."""

    db: sqlite_utils.Database

    def count(self, table: str) -> int:
        return self.db[table].count

    def field_coverage(self, urls: Iterable[str] | None = None, **filters: str | None) -> dict[str, float]:
        """Share of articles (all, those listed, or those the filters pick) with each field present."""
        where, params = article_filters(**filters)
        if urls is not None:
            url_list = list(urls)
            if not url_list:
                return {}
            self.db.execute("create temp table if not exists _coverage_urls (url text primary key)")
            self.db.execute("delete from _coverage_urls")
            self.db.conn.executemany(
                "insert or ignore into _coverage_urls values (?)", [(u,) for u in url_list]
            )
            where = _and(where, "a.url in (select url from _coverage_urls)")
        present = ", ".join(
            f"sum({name} is not null and {name} != '' and {name} != '[]') as {name}"
            for name in ARTICLE_FIELDS
        )
        row = self.db.execute(f"select count(*), {present} from articles a {where}", params).fetchone()
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
        """The chosen columns of a table or view and its rows as tuples, a thousand at a time: what
        exports stream. The filters pick rows by their article (tables of EXPORT_TABLES only).

        JSON columns stay JSON text. With `as_json`, SQLite itself renders each row as one JSON
        object (JSON columns embedded as JSON), a one-tuple per row.
        """
        columns = self.columns(table)
        chosen = list(fields) if fields else columns
        unknown = [name for name in chosen if name not in columns]
        if unknown:
            raise ArchiveError(
                f"unknown field(s) for {table}: {', '.join(unknown)}; known: {', '.join(columns)}"
            )
        join, where, params, order = self._picked(
            table, since=since, until=until, source=source, category=category
        )
        if as_json:
            pairs = ", ".join(
                _literal(name)
                + ", "
                + (f"json(t.{_name(name)})" if name in JSON_FIELDS else f"t.{_name(name)}")
                for name in chosen
            )
            select = f"json_object({pairs})"
        else:
            select = ", ".join(f"t.{_name(name)}" for name in chosen)
        cursor = self.db.conn.execute(
            f"select {select} from {_name(table)} t {join} {where} order by {order}", params
        )

        def batches() -> Iterator[list[tuple]]:
            while batch := cursor.fetchmany(1000):
                yield batch

        return chosen, batches()

    def _picked(self, table: str, **filters: str | None) -> tuple[str, str, list[Any], str]:
        """The join, where clause, parameters and stable order that pick a table's filtered rows."""
        where, params = article_filters(**filters)
        if table == "articles":
            return "", where.replace("a.", "t."), params, "t.url"
        if table in EXPORT_TABLES:
            key, order = EXPORT_TABLES[table]
            return f"join articles a on a.url = t.{_name(key)}", where, params, order
        if where:
            raise ArchiveError(
                f"--since, --until, --source and --category pick articles, and {table} has no article"
                f" to pick by; they apply to {', '.join(EXPORT_TABLES)}"
            )
        info = self.db.execute(f"pragma table_info({_name(table)})").fetchall()
        keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5]]
        if table in self.db.view_names():
            keys = [row[1] for row in info]
        return "", "", [], ", ".join(f"t.{_name(key)}" for key in keys) or "t.rowid"

    def tables(self) -> list[str]:
        """The tables and views an export can read (full-text indexes and SQLite's own left out)."""
        rows = self.db.execute(
            "select name, sql from sqlite_master where type in ('table', 'view') and name not like 'sqlite%'"
        ).fetchall()
        virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
        return sorted(name for name, _ in rows if not any(name.startswith(v) for v in virtual))

    def declared_types(self, table: str) -> dict[str, str]:
        """Each column of a table or view and the type it is declared with ('' when none)."""
        if table not in self.tables():
            raise ArchiveError(
                f"no table or view {table!r} in the archive: choose one of {', '.join(self.tables())}"
            )
        return {
            row[1]: (row[2] or "").upper() for row in self.db.execute(f"pragma table_info({_name(table)})")
        }

    def columns(self, table: str) -> list[str]:
        return list(self.declared_types(table))

    def count_rows(self, table: str, **filters: str | None) -> int:
        self.columns(table)
        join, where, params, _order = self._picked(table, **filters)
        return self.db.execute(f"select count(*) from {_name(table)} t {join} {where}", params).fetchone()[0]

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see the archive as the first of them did, whatever a crawl commits meanwhile."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("begin")
        try:
            yield
        finally:
            conn.execute("rollback")

    def raw_pages(self, **filters: str | None) -> Iterator[tuple[str, str, int]]:
        """(article url, WARC file, offset) of each filtered article's stored raw page, in url order."""
        where, params = article_filters(**filters)
        where = _and(where, "p.warc_file is not null")
        cursor = self.db.conn.execute(
            f"select a.url, p.warc_file, p.warc_offset from articles a join pages p on p.id = a.page_id "
            f"{where} order by a.url",
            params,
        )
        while batch := cursor.fetchmany(1000):
            yield from batch

    def stats(
        self,
        *,
        days: int = 30,
        weeks: int = 12,
        top: int = 10,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        category: str | None = None,
    ) -> dict[str, Any]:
        """What the archive holds: counts per day and ISO week, top sources and people, coverage, runs.

        The filters pick the articles counted (and their click snapshots and revisions, and the
        groups of mirror copies among them); rejects and crawl runs are the whole archive's.
        """
        filters = {"since": since, "until": until, "source": source, "category": category}
        where, params = article_filters(**filters)

        def pairs(sql: str, *args: Any) -> list[list[Any]]:
            return [list(row) for row in self.db.execute(sql, [*params, *args])]

        def one(sql: str) -> Any:
            return self.db.execute(sql, params).fetchone()[0]

        day = "substr(a.published_at, 1, 10)"
        dated = _and(where, "a.published_at is not null")
        picked = f"select a.url from articles a {where}"
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
            "filters": {name: value for name, value in filters.items() if value},
            "articles": one(f"select count(*) from articles a {where}"),
            "sites": pairs(f"select a.site, count(*) from articles a {where} group by 1 order by 2 desc, 1"),
            "first_published": one(f"select min(a.published_at) from articles a {where}"),
            "last_published": one(f"select max(a.published_at) from articles a {where}"),
            "per_day": pairs(
                f"select {day}, count(*) from articles a {dated} group by 1 order by 1 desc limit ?", days
            )[::-1],
            "per_week": pairs(
                f"select {iso_week(day)} as week, count(*) from articles a {dated} "
                "group by 1 having week is not null order by 1 desc limit ?",
                weeks,
            )[::-1],
            **{
                f"top_{plural}": pairs(
                    f"select a.{name}, count(*) from articles a {_and(where, f'a.{name} is not null')} "
                    "group by 1 order by 2 desc, 1 limit ?",
                    top,
                )
                for name, plural in (
                    ("source", "sources"),
                    ("editor", "editors"),
                    ("reviewer", "reviewers"),
                    ("category", "categories"),
                )
            },
            "coverage": self.field_coverage(**filters),
            "click_snapshots": one(f"select count(*) from click_snapshots where article_url in ({picked})"),
            "revisions": one(f"select count(*) from article_revisions where article_url in ({picked})"),
            "rejects": self.count("rejects"),
            "mirror_groups": one(
                f"select count(*) from article_copies where content_hash in "
                f"(select a.content_hash from articles a {where})"
            ),
            "crawl_runs": runs,
        }

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> tuple[list[str], Iterator[tuple]]:
        """Run the user's SQL, which may only read (see Query): column names and rows, streamed."""
        query = self.open_query(sql, params)

        def rows() -> Iterator[tuple]:
            with query:
                for batch in query.batches():
                    yield from batch

        return query.names, rows()

    def open_query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Query:
        return Query(Path(self.path), sql, params)

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


class Query:
    """The user's SQL, which may only read, on a read-only connection of its own.

    Its SQLite authorizer refuses, before it runs, any statement that would write (INSERT, UPDATE,
    DELETE, CREATE, DROP, ALTER, even of temporary tables), ATTACH or DETACH a database, VACUUM
    (INTO a new file too), open a transaction or set a PRAGMA; pragmas that only tell
    (table_info(name), user_version...) are answered. `params` are bound (? or :name), never
    pasted in. Each `batches()` runs it again on the archive as the first run saw it.
    """

    def __init__(self, path: Path, sql: str, params: Sequence[Any] | dict[str, Any]) -> None:
        self.guard = _ReadOnly(sql)
        self.sql, self.params = sql, params
        self.conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        self.conn.execute("PRAGMA busy_timeout = 10000")
        self.conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        self.conn.execute("begin")  # one snapshot for every run; the user's SQL may not open one
        self.conn.set_authorizer(self.guard)
        self._first: sqlite3.Cursor | None = self._run()
        self.names = [d[0] for d in self._first.description or []]

    def _run(self) -> sqlite3.Cursor:
        try:
            return self.conn.execute(self.sql, self.params)
        except (sqlite3.Error, sqlite3.Warning) as exc:
            self.conn.close()
            raise ArchiveError(self.guard.refused or _sql_message(exc)) from None

    def batches(self) -> Iterator[list[tuple]]:
        cursor, self._first = self._first or self._run(), None
        try:
            while batch := cursor.fetchmany(1000):
                yield batch
        except sqlite3.Error as exc:
            raise ArchiveError(self.guard.refused or _sql_message(exc)) from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Query:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _name(name: str) -> str:
    """A table's or column's name (from the schema, never from a user) quoted for SQL."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def iso_week(day: str) -> str:
    """SQL for the ISO 8601 week (2025-W01) of `day`, an SQL expression giving YYYY-MM-DD.

    SQLite's %W counts weeks from the year's first Monday, so a week that spans New Year splits in
    two. An ISO week belongs to the year of its Thursday, and is numbered by that Thursday's day of
    the year: date(day, '-3 days', 'weekday 4') is the Thursday of the week (Monday to Sunday).
    """
    thursday = f"date({day}, '-3 days', 'weekday 4')"
    return f"strftime('%Y', {thursday}) || printf('-W%02d', (strftime('%j', {thursday}) - 1) / 7 + 1)"


def _and(where: str, condition: str) -> str:
    return f"{where} and {condition}" if where else f"where {condition}"


def _sql_message(exc: sqlite3.Error) -> str:
    message = str(exc)
    if "readonly" in message or "read-only" in message:
        return f"refused: the archive is opened read-only, so this statement cannot write ({message})"
    if "cannot VACUUM" in message:  # refused before the authorizer is asked: a query runs in a snapshot
        return "refused: the archive is opened read-only and a query may only read: VACUUM is not allowed"
    if "locked" in message:
        return f"the archive is locked by another process ({message}); try again in a moment"
    return f"SQL error: {message}"


# What a query may do: read tables and views, call functions, recurse.
_READS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
# Pragmas that only tell something: with a table's or an index's name, or with no argument at all.
_NAMED_PRAGMAS = {
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
    "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
}  # fmt: skip
_PRAGMAS = _NAMED_PRAGMAS | {
    "application_id", "collation_list", "compile_options", "database_list", "data_version",
    "encoding", "foreign_keys", "freelist_count", "function_list", "journal_mode", "module_list",
    "page_count", "page_size", "pragma_list", "schema_version", "user_version",
}  # fmt: skip
# A pragma's table-valued function (select * from pragma_table_info('articles')) declares its
# table, which SQLite reports as an update of the schema table; no statement can update that
# table without PRAGMA writable_schema, which is refused.
_SCHEMA_TABLES = {"sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema"}
_TRANSACTIONS = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
_STATEMENTS = _TRANSACTIONS | {
    "INSERT", "REPLACE", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "ANALYZE", "REINDEX", "VACUUM",
    "ATTACH", "DETACH",
}  # fmt: skip
_ACTIONS = {
    getattr(sqlite3, name): name.removeprefix("SQLITE_").split("_")[0]
    for name in dir(sqlite3)
    if name.startswith("SQLITE_") and name.removeprefix("SQLITE_").split("_")[0] in
    {"ATTACH", "DETACH", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "REINDEX",
     "ANALYZE", "TRANSACTION", "SAVEPOINT", "COPY", "PRAGMA"}
}  # fmt: skip


class _ReadOnly:
    """An SQLite authorizer that lets a statement read and nothing else; `refused` says what it stopped."""

    def __init__(self, sql: str) -> None:
        self.sql = sql
        self.refused: str | None = None

    def __call__(
        self, action: int, arg1: str | None, arg2: str | None, _db: str | None, _src: str | None
    ) -> int:
        if action in _READS and not (action == sqlite3.SQLITE_FUNCTION and arg2 == "load_extension"):
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _PRAGMAS:
            if arg2 is None or (arg1 or "").lower() in _NAMED_PRAGMAS:
                return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and (arg1 or "").lower() in _SCHEMA_TABLES:
            return sqlite3.SQLITE_OK
        if self.refused is None:
            self.refused = (
                "refused: the archive is opened read-only and a query may only read: "
                + self._what(action, arg1, arg2)
            )
        return sqlite3.SQLITE_DENY

    def _what(self, action: int, arg1: str | None, arg2: str | None) -> str:
        if action == sqlite3.SQLITE_PRAGMA:
            setting = f" = {arg2}" if arg2 is not None else ""
            return f"PRAGMA {arg1}{setting} is not allowed (only pragmas that read, such as table_info)"
        if action == sqlite3.SQLITE_FUNCTION:
            return f"the function {arg2} is not allowed"
        first = re.match(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))*(\w*)", self.sql, re.S)
        keyword = first.group(1).upper() if first else ""
        if keyword in _STATEMENTS:
            return f"{keyword} is not allowed" + (
                ": a query is one statement" if keyword in _TRANSACTIONS else ""
            )
        target = f" ({arg1})" if arg1 and action != sqlite3.SQLITE_ATTACH else ""
        return f"{_ACTIONS.get(action, 'this statement')}{target} is not allowed"


def _decode_row(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name in JSON_FIELDS:
        if out.get(name):
            out[name] = json.loads(out[name])
    return out
