"""Full-text search: how a term maps onto the archive's two indexes, the query, and snippets.

SQLite's trigram tokenizer finds any substring of three characters or more, but nothing shorter,
and most Chinese words have two characters. So the archive keeps a second index whose tokens
are every two-character window of the text (plus the last character): a two-character term is
one token, a one-character term is a one-character prefix of tokens. Both are exact: whatever
contains the term is found. Terms the short index cannot express (a punctuation mark in a one-
or two-character term) are answered by a scan.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .filters import article_filters
from .records import ArchiveError

SNIPPET_CONTEXT = 30


@dataclass(frozen=True)
class SearchPlan:
    index: str  # "trigram", "short" or "scan"
    match: str | None  # the MATCH expression, quoted so FTS syntax in the term is searched as text


def plan_search(term: str) -> SearchPlan:
    if len(term) >= 3:
        return SearchPlan("trigram", quote(term))
    if all(ch.isalnum() for ch in term):
        lowered = term.lower()
        return SearchPlan("short", quote(lowered) if len(lowered) == 2 else quote(lowered) + "*")
    return SearchPlan("scan", None)


def quote(term: str) -> str:
    """An FTS5 string: everything inside double quotes is text, a quote is doubled."""
    return '"' + term.replace('"', '""') + '"'


def short_tokens(*texts: str | None) -> str:
    """The short index's document: every two-character window of each text, space-separated.

    unicode61 splits windows that hold a separator (space, punctuation) into what remains, which
    only ever adds one-character tokens of characters that are really there.
    """
    out: list[str] = []
    for text in texts:
        if not text:
            continue
        lowered = text.lower()
        out.extend(lowered[i : i + 2] for i in range(len(lowered)))
    return " ".join(out)


def index_short(conn: sqlite3.Connection, changes: list[tuple[int, str | None, str]]) -> None:
    """(rowid, old tokens or None, new tokens): a contentless index forgets by being told what it held."""
    old = [(rowid, tokens) for rowid, tokens, _new in changes if tokens is not None]
    if old:
        conn.executemany(
            "insert into articles_short(articles_short, rowid, text) values ('delete', ?, ?)", old
        )
    conn.executemany(
        "insert into articles_short(rowid, text) values (?, ?)", [(r, new) for r, _o, new in changes]
    )


def snippet(
    text: str | None, term: str, *, context: int = SNIPPET_CONTEXT, mark: tuple[str, str] = ("[", "]")
) -> str | None:
    """The first occurrence of `term` in `text` with some context, the term marked."""
    if not text:
        return None
    at = text.lower().find(term.lower())
    if at < 0:
        return None
    start, end = max(0, at - context), min(len(text), at + len(term) + context)
    before = ("…" if start else "") + text[start:at]
    after = text[at + len(term) : end] + ("…" if end < len(text) else "")
    return (before + mark[0] + text[at : at + len(term)] + mark[1] + after).replace("\n", " ")


class Search:
    """Full-text search over the archive's articles."""

    db: sqlite_utils.Database

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
