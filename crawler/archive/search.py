"""Full-text search: the archive's one index of overlapping character bigrams, the query, snippets.

Most Chinese words have two characters and Chinese has no spaces, so a word tokenizer finds
little and SQLite's trigram tokenizer nothing shorter than three characters. The index holds
every two-character window of a title and a body (and the text's last character), the scheme of
Lucene's CJKBigramFilter: a two-character term is one token, a one-character term a prefix of
tokens, a longer term every one of its windows. The index records which articles hold a token,
not where (FTS5's detail=none: a sixth of the size of an index of positions, and cheaper to
write), so a longer term's windows may stand apart in an article: the query then compares the
text itself, as LIKE does, and keeps only the articles that hold the term. The `ascii`
tokenizer folds case exactly as LIKE does (ASCII only) and keeps every other character; ASCII
punctuation and spaces, which it would drop, are indexed as one stand-in character, and a term
holding them is compared with the text too.
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
# Contentless (the text is in `articles`), no positions and no column sizes: which articles hold
# a token is all a search needs (see above). No prefix index: a one-character term reads the
# token list for its character, which is fast enough, while the prefix index costs every write.
INDEX_OPTIONS = "content='', tokenize='ascii', detail=none, columnsize=0"
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
    """Whether the index alone tells which articles hold `term`: one or two characters, none a stand-in."""
    return len(term) <= 2 and _DROPPED.search(term) is None


def _phrase(term: str) -> str:
    """A term as the index holds it: a one-character prefix, or every one of its bigrams."""
    mapped = _DROPPED.sub(STAND_IN, term)
    if len(mapped) == 1:
        return f'"{mapped}"*'
    windows = dict.fromkeys(map(operator.add, mapped, mapped[1:]))
    return "(" + " AND ".join(f'"{window}"' for window in windows) + ")"


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
# Newest first: the index knows which articles hold a term, not how often or where, so there is
# no relevance to rank by; an archive's readers mostly want the latest anyway, and the order is
# the same for every reader of the same archive.
_ORDER = "a.published_at desc, a.url"


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
        """Articles matching `query` (see search_terms.py), newest first (then by URL), each with a
        marked snippet and `copies`, how many archived articles share its content (mirror copies:
        1 is none).

        With `merge_copies`, mirror copies of one article are one result: the newest copy, with
        the URLs of the others in `copy_urls`.
        """
        parsed = parse_query(query)
        walk = limit is not None and not merge_copies
        sql, args = self._matching(parsed, walk, since=since, until=until, source=source, category=category)
        if merge_copies:
            sql = (
                f"select * from (select {_COLUMNS}, a.content_hash, row_number() over ("
                f"partition by coalesce(a.content_hash, a.url) order by {_ORDER}) as nth {sql}) a "
                f"where nth = 1 order by {_ORDER} limit ?"
            )
        else:
            sql = f"select {_COLUMNS}, a.content_hash {sql} order by {_ORDER} limit ?"
        args.append(-1 if limit is None else limit)
        wanted = parsed.wanted
        hits = []
        for url, title, published_at, source_, category_, clicks, body, digest, *_ in self.db.execute(sql, args):
            copies = [url] if digest is None else self._copies(digest)
            hit = {
                "url": url,
                "title": title,
                "published_at": published_at,
                "source": source_,
                "category": category_,
                "clicks": clicks,
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
        parsed = parse_query(query)
        filtered = article_filters(since=since, until=until, source=source, category=category)[0]
        if self.indexed and not merge_copies and not filtered and (plan := plan_search(parsed)).exact:
            return self.db.execute(f"select count(*) from {INDEX} where {INDEX} match ?", [plan.match]).fetchone()[0]
        sql, args = self._matching(parsed, False, since=since, until=until, source=source, category=category)
        counted = "count(distinct coalesce(a.content_hash, a.url))" if merge_copies else "count(*)"
        return self.db.execute(f"select {counted} {sql}", args).fetchone()[0]

    def _copies(self, digest: str) -> list[str]:
        return [row[0] for row in self.db.execute("select url from articles where content_hash = ? order by url", [digest])]

    def _matching(self, query: SearchQuery, walk: bool, **filters: str | None) -> tuple[str, list[Any]]:
        """The from and where clauses of the articles (`a`) matching `query`, and their parameters.

        `walk`: the first few are wanted, newest first. The articles are then read in the order of
        the published_at index, each looked up in the set the index found (the `+` keeps SQLite
        from starting from that set instead), until the limit is reached: at 100,000 articles a
        term held by half of them costs 10 ms, where comparing every match and sorting costs 100
        times that. Otherwise every match is read, from the set.
        """
        where, params = article_filters(**filters)
        where = where.replace("where ", "and ", 1)
        if not self.indexed:
            return f"from articles a where chanjing_search_matches(?, a.title, a.body) {where}", [query.text, *params]
        plan = plan_search(query)
        walked = "+" if walk else ""
        sql = f"from articles a where {walked}a.rowid in (select rowid from {INDEX} where {INDEX} match ?) {where}"
        args = [plan.match, *params]
        if not plan.exact:
            sql += " and chanjing_search_matches(?, a.title, a.body)"
            args.append(query.text)
        return sql, args
