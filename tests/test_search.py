"""Search as Chinese readers search: any term length, traditional or simplified, boolean queries;
one behaviour in the Python API, the CLI and Datasette, each equal to a LIKE scan of the archive."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.archive import Archive, ArchiveError, ArticleRecord, Batch, PageRecord
from crawler.archive.search_terms import parse_query
from tests.servers import ROOT


def chanjing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def like_scan(db: Path, term: str) -> set[str]:
    """The reference: articles whose title or body holds `term`, as SQLite's LIKE compares."""
    with Archive(db, readonly=True) as archive:
        rows = archive.db.execute(
            "select url from articles where title like ? escape '\\' or body like ? escape '\\'",
            [_like(term)] * 2,
        )
        return {row[0] for row in rows}


def every_url(db: Path) -> set[str]:
    with Archive(db, readonly=True) as archive:
        return {row[0] for row in archive.db.execute("select url from articles")}


def _like(term: str) -> str:
    return "%" + re.sub(r"([%_\\])", r"\\\1", term) + "%"


def terms_of_length(db: Path, n: int, *, count: int = 4) -> list[str]:
    """Substrings of article text that occur in some articles but not all."""
    with Archive(db, readonly=True) as archive:
        bodies = [row[0] for row in archive.db.execute("select body from articles order by url")]
    total = len(bodies)
    found = []
    for body in bodies[::7]:
        for start in range(5, len(body) - n, 37):
            term = body[start : start + n]
            if term.strip() == term and "\n" not in term and 1 < sum(term in b for b in bodies) < total:
                found.append(term)
                break
    return found[:count]


def api_urls(db: Path, query: str) -> set[str]:
    with Archive(db, readonly=True) as archive:
        hits = archive.search(query, limit=None)
        assert archive.search_total(query) == len(hits), query
        return {hit["url"] for hit in hits}


@pytest.mark.parametrize("length", [1, 2, 5])
def test_search_finds_exactly_what_a_like_scan_finds(archive_db, length):
    terms = terms_of_length(archive_db, length)
    assert terms
    with Archive(archive_db, readonly=True) as archive:
        for term in terms:
            hits = archive.search(term, limit=None)
            assert {hit["url"] for hit in hits} == like_scan(archive_db, term), term
            assert all(term.lower() in (hit["snippet"] or "").lower() for hit in hits)


def test_a_traditional_or_full_width_query_finds_the_simplified_text(archive_db):
    to_traditional = opencc.OpenCC("s2t")
    terms = [t for t in terms_of_length(archive_db, 4, count=12) if to_traditional.convert(t) != t]
    assert len(terms) >= 2
    for term in terms:
        assert api_urls(archive_db, to_traditional.convert(term)) == like_scan(archive_db, term) != set(), (
            term
        )
    # full-width letters and digits are half-width in the archive, as in the query once normalised
    full_width = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})
    ascii_terms = [t for t in re.findall(r"[A-Za-z0-9]{2,}", " ".join(_titles(archive_db)))][:3]
    for term in ascii_terms:
        assert api_urls(archive_db, term.translate(full_width)) == like_scan(archive_db, term), term


def _titles(db: Path) -> list[str]:
    with Archive(db, readonly=True) as archive:
        return [row[0] for row in archive.db.execute("select title || ' ' || body from articles")]


def test_boolean_queries_combine_like_scans(archive_db):
    a, b = terms_of_length(archive_db, 2)[:2]
    c = terms_of_length(archive_db, 1)[0]
    A, B, C = (like_scan(archive_db, t) for t in (a, b, c))
    assert A != B
    cases = {
        f"{a} {b}": A & B,
        f"{a} AND {b}": A & B,
        f"{a} OR {b}": A | B,
        f"{a} OR {b} {c}": (A | B) & C,
        f"{a} -{b}": A - B,
        f"{a} NOT {b}": A - B,
        f"{a} OR {b} -{c}": (A | B) - C,
        f'"{a}{b}"': like_scan(archive_db, a + b),
        f'"{a} {b}"': like_scan(archive_db, f"{a} {b}"),
    }
    for query, expected in cases.items():
        assert api_urls(archive_db, query) == expected, query


@pytest.mark.parametrize(
    "query, as_text",
    [
        ('"', '"'),
        ("产业*", "产业*"),
        ('"a OR b"', "a OR b"),
        ("-", "-"),
        ('"发展 NEAR(中国)"', "发展 NEAR(中国)"),
        ("'--", "'--"),
        ("工)", "工)"),
        ("NEAR", "near"),
    ],
)
def test_fts_syntax_is_searched_as_text(archive_db, query, as_text):
    assert api_urls(archive_db, query) == like_scan(archive_db, as_text)


def test_a_query_with_nothing_to_find_is_one_clear_error(archive_db):
    with Archive(archive_db, readonly=True) as archive:
        for query in ("", "   ", "-数字", "NOT 数字 -经济"):
            with pytest.raises(ArchiveError, match="nothing to search for"):
                archive.search(query)
    result = chanjing("search", "--db", str(archive_db), "--", "-数字")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "not only terms to leave out" in result.stderr


def test_search_command_ranks_filters_counts_and_speaks_json(archive_db):
    term = terms_of_length(archive_db, 1)[0]
    result = chanjing("search", term, "--db", str(archive_db), "--json", "--limit", "0")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert {hit["url"] for hit in hits} == like_scan(archive_db, term)
    newest_first = sorted(hits, key=lambda hit: hit["url"])
    newest_first.sort(key=lambda hit: hit["published_at"] or "", reverse=True)
    assert [hit["url"] for hit in hits] == [hit["url"] for hit in newest_first]
    since = sorted(hit["published_at"] for hit in hits)[len(hits) // 2][:10]
    later = chanjing("search", term, "--db", str(archive_db), "--json", "--limit", "0", "--since", since)
    assert {json.loads(line)["url"] for line in later.stdout.splitlines()} == {
        hit["url"] for hit in hits if hit["published_at"][:10] >= since
    }
    assert len(hits) > 3
    shown = chanjing("search", term, "--db", str(archive_db), "--limit", "3")
    assert f"3 of {len(hits)} results" in shown.stderr, shown.stderr
    a, b = terms_of_length(archive_db, 2)[:2]
    both = chanjing("search", "--db", str(archive_db), "--json", "--limit", "0", "--", a, "-" + b)
    assert {json.loads(line)["url"] for line in both.stdout.splitlines()} == like_scan(
        archive_db, a
    ) - like_scan(archive_db, b)


def test_datasette_search_answers_as_the_api_does(archive_db):
    """`chanjing serve`'s search query, through Datasette's JSON API, for every kind of query."""
    a, b = terms_of_length(archive_db, 2)[:2]
    queries = [
        *terms_of_length(archive_db, 1, count=2),
        a,
        *terms_of_length(archive_db, 5, count=2),
        opencc.OpenCC("s2t").convert(terms_of_length(archive_db, 4, count=1)[0]),
        f"{a} OR {b}",
        f"{a} -{b}",
        '"',
        "工)",
    ]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(archive_db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/{archive_db.stem}/search.json?_shape=array&q="
    try:
        for query in queries:
            rows = _get_json(base + urllib.parse.quote(query))
            expected = api_urls(archive_db, query)
            assert {row["url"] for row in rows} == expected, query
            assert all(row["total"] == len(expected) for row in rows)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _get_json(url: str):
    for _ in range(100):
        try:
            return json.load(urllib.request.urlopen(url, timeout=5))
        except urllib.error.URLError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}")


# Texts from a few characters, ASCII punctuation and spaces among them (the index keeps those as a
# stand-in), so generated terms often hit, often straddle, and sometimes need the text to confirm.
_ALPHABET = "工匠精神代传。，“”aB5% .;-\n"
_texts = st.text(alphabet=_ALPHABET, min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    bodies=st.lists(_texts, min_size=1, max_size=6),
    terms=st.lists(_texts, min_size=1, max_size=3),
    data=st.data(),
)
def test_search_equals_its_definition_on_generated_archives(tmp_path_factory, bodies, terms, data):
    """For any texts and any query built from terms, the index answers as `SearchQuery.matches` and
    as LIKE: a one-term query exactly as LIKE, a query of several as the clauses combine."""
    db = tmp_path_factory.mktemp("gen") / "a.db"
    with Archive(db) as archive:
        run = archive.start_run(["http://gen.test/"])
        records = [
            ArticleRecord(
                f"http://gen.test/{i}.html",
                {"title": f"标题{i}", "body": body},
                "2026-01-01T00:00:00+00:00",
                run,
            )
            for i, body in enumerate(bodies)
        ]
        pages = [PageRecord(r.url, r.fetched_at, 200, run, "f.warc.gz", 0, 1) for r in records]
        archive.write(Batch(pages=pages, articles=records))
        words = [t.strip() for t in terms if t.strip() and '"' not in t]
        if not words:
            return
        quoted = " ".join(f'"{w}"' for w in words)
        negate = data.draw(st.booleans())
        query = f'"{words[0]}"' if len(words) == 1 else quoted
        if negate and len(words) > 1:
            query = f'"{words[0]}" -"{words[1]}"'.replace('-"', 'NOT "')
        parsed = parse_query(query)
        expected = {r.url for r in records if parsed.matches(r.fields["title"], r.fields["body"])}
        hits = {hit["url"] for hit in archive.search(query, limit=None)}
        assert hits == expected, query
        assert archive.search_total(query) == len(expected)
    if len(words) == 1 and parsed.clauses[0].terms[0] == words[0].lower():
        assert hits == like_scan(db, words[0])


def test_mirror_copies_merge_into_one_result(archive_db):
    term = terms_of_length(archive_db, 2)[0]
    with Archive(archive_db, readonly=True) as archive:
        every = archive.search(term, limit=None)
        merged = archive.search(term, limit=None, merge_copies=True)
        digests = dict(archive.db.execute("select url, content_hash from articles").fetchall())
        assert any(hit["copies"] > 1 for hit in every), "the demo site has mirror copies"
        assert len({digests[hit["url"]] for hit in merged}) == len(merged) < len(every)
        assert {u for hit in merged for u in [hit["url"], *hit["copy_urls"]]} >= {hit["url"] for hit in every}
        assert archive.search_total(term, merge_copies=True) == len(merged)
        assert [hit["url"] for hit in archive.search(term, limit=3, merge_copies=True)] == [
            h["url"] for h in merged[:3]
        ]
    shown = chanjing("search", term, "--db", str(archive_db), "--merge-copies", "--limit", "0")
    assert f"{len(merged)} of {len(merged)} results" in shown.stderr and "mirror copies)" in shown.stdout


def test_datasette_hides_the_search_machinery():
    from crawler.serve import metadata

    tables = metadata("archive")["databases"]["archive"]["tables"]
    assert all(
        tables[name].get("hidden") for name in ("articles_search", "search_pending", "related_positions")
    )
    assert not tables["articles"].get("hidden") and not tables["related_links"].get("hidden")
