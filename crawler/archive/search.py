"""Full-text search: the archive's one index of overlapping character bigrams, the query, snippets.

Most Chinese words have two characters and Chinese has no spaces, so a word tokenizer finds
little and SQLite's trigram tokenizer nothing shorter than three characters. The index holds
every two-character window of a title and a body (and the text's last character), the scheme of
Lucene's CJKBigramFilter: a two-character term is one token, a longer term the phrase of its
windows, a one-character term a prefix of tokens. The `ascii` tokenizer folds case exactly as
LIKE does (ASCII only) and keeps every other character; ASCII punctuation and spaces, which it
would drop and so shift the windows' positions, are indexed as one stand-in character. So a
term without them is found exactly; a term with them finds a few articles too many, which the
query drops by comparing the text itself, as LIKE does.
"""

from __future__ import annotations

import operator
import re
import sqlite3
from array import array
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .filters import article_filters
from .records import ArchiveError
from .search_terms import SearchQuery, fold, parse_query

SNIPPET_CONTEXT = 30
INDEX = "articles_search"
# Private use: not a character news text holds, and a token character for the `ascii` tokenizer.
STAND_IN = "\ue000"
# The ASCII characters the `ascii` tokenizer does not keep: all but digits and letters.
_DROPPED = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]")


@dataclass(frozen=True)
class SearchPlan:
    match: str  # the MATCH expression: every token quoted, so nothing a reader typed is FTS syntax
    exact: bool  # False: the index finds a superset, which `SearchQuery.matches` narrows


def plan_search(query: SearchQuery) -> SearchPlan:
    """The index's expression for a query: what it finds holds every article the query matches."""
    wanted = " AND ".join(
        "(" + " OR ".join(map(_phrase, clause.terms)) + ")" for clause in query.clauses if not clause.excluded
    )
    # An inexact phrase finds too much: excluding what it finds would exclude too much, so only
    # exact exclusions go to the index and the rest are left to `matches`.
    unwanted = [term for clause in query.clauses if clause.excluded for term in clause.terms if _exact(term)]
    match = f"({wanted}) NOT ({' OR '.join(map(_phrase, unwanted))})" if unwanted else wanted
    exact = all(_exact(term) for clause in query.clauses for term in clause.terms)
    return SearchPlan(match, exact)


def _exact(term: str) -> bool:
    return _DROPPED.search(term) is None


def _phrase(term: str) -> str:
    """A term as the index holds it: a one-character prefix, or the phrase of its bigrams."""
    mapped = _DROPPED.sub(STAND_IN, term)
    if len(mapped) == 1:
        return f'"{mapped}"*'
    return '"' + " ".join(map(operator.add, mapped, mapped[1:])) + '"'


# Four-byte code units, to lay out the bigram document with C-speed slice copies: the units are
# only moved, never read as numbers, so the machine's byte order does not matter.
_UNIT = next(code for code in "IL" if array(code).itemsize == 4)
_SPACE = array(_UNIT, " ".encode("utf-32-le"))


def bigrams(text: str | None) -> str:
    """The index's document for one text: its two-character windows and last character, spaced.

    "数字经济" gives "数字 字经 经济 济": each character is copied into the odd and even places of
    the output at once (six times faster than joining the pairs one by one).
    """
    if not text:
        return ""
    chars = array(_UNIT, _DROPPED.sub(STAND_IN, text).encode("utf-32-le"))
    out = _SPACE * (3 * len(chars) - 2)
    out[0::3] = chars
    out[1::3] = chars[1:]
    return out.tobytes().decode("utf-32-le")


# Every change to an article's title or body, whoever makes it (this package, the sqlite3 shell,
# a script), is queued by these triggers in plain SQL; `index_pending` brings the index up to date
# from the queue. The first entry per article wins: it holds the text the index has for it.
PENDING = "search_pending"
PENDING_DDL = (
    f"create table if not exists {PENDING} (article integer primary key, held integer, title text, body text)",
    f"""create trigger if not exists articles_search_insert after insert on articles begin
        insert or ignore into {PENDING} (article, held) values (new.rowid, 0);
    end""",
    f"""create trigger if not exists articles_search_update after update of title, body on articles
    when old.title is not new.title or old.body is not new.body begin
        insert or ignore into {PENDING} values (old.rowid, 1, old.title, old.body);
    end""",
    f"""create trigger if not exists articles_search_delete after delete on articles begin
        insert or ignore into {PENDING} values (old.rowid, 1, old.title, old.body);
    end""",
)


def index_pending(conn: sqlite3.Connection, *, chunk: int = 2000) -> int:
    """Apply the queued changes to the index, `chunk` articles at a time; how many were applied.

    The index is contentless (the text is in `articles` already), so it forgets a document only
    when told the tokens it held: the text it had, bigrammed again.
    """
    applied = 0
    while rows := conn.execute(
        f"select p.article, p.held, p.title, p.body, a.rowid, a.title, a.body from {PENDING} p "
        f"left join articles a on a.rowid = p.article order by p.article limit ?",
        [chunk],
    ).fetchall():
        forget = [(rowid, bigrams(title), bigrams(body)) for rowid, held, title, body, *_ in rows if held]
        if forget:
            conn.executemany(f"insert into {INDEX}({INDEX}, rowid, title, body) values ('delete', ?, ?, ?)", forget)
        conn.executemany(
            f"insert into {INDEX}(rowid, title, body) values (?, ?, ?)",
            [(rowid, bigrams(title), bigrams(body)) for *_, rowid, title, body in rows if rowid is not None],
        )
        conn.execute(f"delete from {PENDING} where article <= ?", [rows[-1][0]])
        applied += len(rows)
    return applied


def snippet(
    text: str | None, terms: str | list[str], *, context: int = SNIPPET_CONTEXT, mark: tuple[str, str] = ("[", "]")
) -> str | None:
    """The first occurrence in `text` of the first of `terms` it holds, with some context, marked."""
    if not text:
        return None
    folded = fold(text)
    for term in [terms] if isinstance(terms, str) else terms:
        at = folded.find(fold(term))
        if at >= 0:
            break
    else:
        return None
    start, end = max(0, at - context), min(len(text), at + len(term) + context)
    before = ("…" if start else "") + text[start:at]
    after = text[at + len(term) : end] + ("…" if end < len(text) else "")
    return (before + mark[0] + text[at : at + len(term)] + mark[1] + after).replace("\n", " ")


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions for the same search in any SQL (the API's, a Datasette canned query's):
    chanjing_search_match(query) is the index's expression, chanjing_search_exact(query) 1 when the
    index alone answers, chanjing_search_matches(query, title, body) 1 when an article matches."""

    def checked(function):
        def call(*args):
            try:
                return function(*args)
            except ArchiveError as exc:  # SQLite shows the message, one line
                raise ValueError(str(exc)) from None

        return call

    conn.create_function(
        "chanjing_search_match", 1, checked(lambda text: plan_search(parse_query(text)).match), deterministic=True
    )
    conn.create_function(
        "chanjing_search_exact", 1, checked(lambda text: int(plan_search(parse_query(text)).exact)), deterministic=True
    )
    conn.create_function(
        "chanjing_search_matches",
        3,
        checked(lambda text, title, body: int(parse_query(text).matches(title, body))),
        deterministic=True,
    )


_COLUMNS = "a.url, a.title, a.published_at, a.source, a.category, a.clicks, a.body"


class Search:
    """Full-text search over the archive's articles."""

    db: sqlite_utils.Database
    indexed: bool  # False: an archive of an older schema opened read-only, searched by a scan

    def search(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        category: str | None = None,
        limit: int | None = 20,
        merge_copies: bool = False,
    ) -> list[dict[str, Any]]:
        """Articles matching `query` (see search_terms.py), best first, each with a marked snippet
        and `copies`, how many archived articles share its content (mirror copies: 1 is none).

        With `merge_copies`, mirror copies of one article are one result: the best-ranked copy,
        with the URLs of the others in `copy_urls`.
        """
        parsed = parse_query(query)
        sql, args, index_only = self._matching(parsed, since=since, until=until, source=source, category=category)
        score = "f.rank" if self.indexed else "0"
        order = "score, a.url" if self.indexed else "a.published_at desc, a.url"
        if merge_copies:
            best = order.replace("score", score)
            sql = (
                f"select * from (select {_COLUMNS}, a.content_hash, {score} as score, row_number() over ("
                f"partition by coalesce(a.content_hash, a.url) order by {best}) as nth {sql}) a "
                f"where nth = 1 order by {order} limit ?"
            )
            args.append(-1 if limit is None else limit)
        elif index_only and limit is not None:
            # FTS5 ranks inside the index and keeps only the best: far cheaper than joining every match
            sql = (
                f"select {_COLUMNS}, a.content_hash, f.score from (select rowid, rank as score from {INDEX} "
                f"where {INDEX} match ? order by rank limit ?) f join articles a on a.rowid = f.rowid "
                "order by f.score, a.url"
            )
            args = [args[0], limit]
        else:
            sql = f"select {_COLUMNS}, a.content_hash, {score} as score {sql} order by {order} limit ?"
            args.append(-1 if limit is None else limit)
        wanted = parsed.wanted
        hits = []
        for url, title, published_at, source_, category_, clicks, body, digest, rank, *_ in self.db.execute(sql, args):
            copies = [url] if digest is None else self._copies(digest)
            hit = {
                "url": url,
                "title": title,
                "published_at": published_at,
                "source": source_,
                "category": category_,
                "clicks": clicks,
                "score": round(rank, 4),
                "snippet": snippet(body, wanted) or snippet(title, wanted),
                "copies": len(copies),
            }
            if merge_copies:
                hit["copy_urls"] = [other for other in copies if other != url]
            hits.append(hit)
        return hits

    def search_total(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        category: str | None = None,
        merge_copies: bool = False,
    ) -> int:
        """How many articles match `query` (or, merging copies, how many contents): all of
        them, however many `search` shows."""
        sql, args, _ = self._matching(parse_query(query), since=since, until=until, source=source, category=category)
        counted = "count(distinct coalesce(a.content_hash, a.url))" if merge_copies else "count(*)"
        return self.db.execute(f"select {counted} {sql}", args).fetchone()[0]

    def _copies(self, digest: str) -> list[str]:
        return [row[0] for row in self.db.execute("select url from articles where content_hash = ? order by url", [digest])]

    def _matching(self, query: SearchQuery, **filters: str | None) -> tuple[str, list[Any], bool]:
        """The from and where clauses of the articles matching `query`, their parameters, and
        whether the index's expression (the first parameter) answers alone."""
        where, params = article_filters(**filters)
        where = where.replace("where ", "and ", 1)
        if not self.indexed:
            return f"from articles a where chanjing_search_matches(?, a.title, a.body) {where}", [query.text, *params], False
        plan = plan_search(query)
        sql = f"from {INDEX} f join articles a on a.rowid = f.rowid where {INDEX} match ? {where}"
        args = [plan.match, *params]
        if not plan.exact:
            sql += " and chanjing_search_matches(?, a.title, a.body)"
            args.append(query.text)
        return sql, args, plan.exact and not where
