"""End to end: the real `chanjing crawl` against the generated demo site on 127.0.0.1.

Every article and every field is checked against what the generator rendered; then a second
crawl of the unchanged site, a crawl that finds one new article, and a crawl killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawler.demo.server import DemoSite
from crawler.demo.site import CST, EXTERNAL_LINKS, generate
from crawler.text.fingerprint import content_hash
from crawler.warc import read_page
from tests.databases import connected
from tests.servers import ROOT, crawl_command, crawl_env, run_crawl

ARTICLES = 120
RECENT = timedelta(days=7)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-site")
    site_map = generate(root, articles=ARTICLES, seed=11)
    with DemoSite(root) as site:
        urls = site.start(port=0)
        yield site_map, site, urls


@pytest.fixture(scope="module")
def first_crawl(demo, tmp_path_factory):
    site_map, site, urls = demo
    db = tmp_path_factory.mktemp("archive") / "archive.db"
    site.clear_log()
    before = {name: site.counts(name) for name in site_map.sites}
    result = run_crawl([url + "/" for url in urls.values()], db)
    requests = site.requests
    after = {name: site.counts(name) for name in site_map.sites}
    return db, result, requests, before, after


_OPEN: list[sqlite3.Connection] = []


def connect(db: Path) -> sqlite3.Connection:
    """A connection closed when the test ends (see tests.databases: an unclosed one outlives it)."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    _OPEN.append(conn)
    return conn


@pytest.fixture(autouse=True)
def _close_connections():
    yield
    while _OPEN:
        _OPEN.pop().close()


def article_url(urls: dict[str, str], entry: dict) -> str:
    return urls[entry["site"]] + entry["path"]


def expected_clicks(entry: dict) -> int:
    """What the archive should hold: the inline number, or what the counter showed when asked once.

    DedeCMS and PHPCMS add our click and print the new count; EmpireCMS, asked without
    addclick, prints the stored count plus one and adds nothing.
    """
    return entry["clicks"] if entry["counter"] is None else entry["counter"]["clicks"] + 1


def test_the_crawl_succeeds(first_crawl):
    db, result, _requests, _before, _after = first_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    assert "crawl run 1: finished" in result.stdout
    with connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_article_and_every_field(demo, first_crawl):
    site_map, _site, urls = demo
    db = first_crawl[0]
    conn = connect(db)
    rows = {row["url"]: row for row in conn.execute("select * from articles")}
    wanted = site_map.articles(allowed_only=True)
    assert set(rows) == {article_url(urls, entry) for entry in wanted}
    for entry in wanted:
        row = rows[article_url(urls, entry)]
        for name in (
            "title",
            "source",
            "published_at",
            "editor",
            "reviewer",
            "category",
            "body",
            "article_id",
        ):
            assert row[name] == entry[name], (entry["site"], entry["path"], name)
        assert row["clicks"] == expected_clicks(entry), entry["path"]
        assert row["counter_kind"] == (entry["counter"] or {}).get("kind")
        related = conn.execute(
            "select url, title from related_links where article_url = ? order by position", [row["url"]]
        ).fetchall()
        assert [tuple(link) for link in related] == [
            (urls[entry["site"]] + link["path"], link["title"]) for link in entry["related"]
        ]
        assert row["title_raw"] and row["body_raw"] and row["first_seen_at"]
        # Hashed in the extraction worker, it is the hash of the body as stored.
        assert row["content_hash"] == content_hash(row["body"])


def test_counters_are_asked_once_and_recorded_honestly(demo, first_crawl):
    site_map, _site, urls = demo
    db, _result, requests, before, after = first_crawl
    conn = connect(db)
    assert not [entry for entry in requests if "addclick" in entry.path]
    for entry in site_map.articles(allowed_only=True):
        counter = entry["counter"]
        if counter is None:
            continue
        kind, cid = counter["kind"], counter["id"]
        # Asking adds one click where the CMS always counts (DedeCMS, PHPCMS), none on EmpireCMS.
        added = after[entry["site"]][cid] - before[entry["site"]][cid]
        assert added == (0 if kind == "empirecms" else 1), (kind, entry["path"])
        snapshot = conn.execute(
            "select counter_kind, inflated from click_snapshots where article_url = ?",
            [article_url(urls, entry)],
        ).fetchone()
        assert tuple(snapshot) == (kind, 0 if kind == "empirecms" else 1)


def test_what_must_not_be_fetched_is_not(demo, first_crawl):
    site_map, _site, urls = demo
    db, _result, requests, _before, _after = first_crawl
    assert {entry.headers.get("User-Agent", "").split(" ")[0] for entry in requests} == {"chanjing/0.1"}
    disallowed = [entry["path"] for entry in site_map.articles() if entry["disallowed"]]
    assert disallowed
    asked = {(entry.site, entry.path.split("?")[0]) for entry in requests}
    assert not [path for path in disallowed if any(p == path for _s, p in asked)]
    conn = connect(db)
    hosts = {row[0].split("/")[2] for row in conn.execute("select url from pages")}
    assert hosts == {url.split("/")[2] for url in urls.values()}
    assert all(link.split("/")[2] not in hosts for link in EXTERNAL_LINKS)
    # Listings, home and about pages are pages, never articles, and not rejects either.
    others = {urls[p["site"]] + p["path"] for p in site_map.pages if p["kind"] != "article"}
    assert not others & {row[0] for row in conn.execute("select url from articles")}
    assert conn.execute("select count(*) from rejects").fetchone()[0] == 0


def test_mirror_copies_share_a_content_hash(demo, first_crawl):
    site_map, _site, urls = demo
    conn = connect(first_crawl[0])
    hashes = {
        row["url"]: row["content_hash"] for row in conn.execute("select url, content_hash from articles")
    }
    copies = [entry for entry in site_map.articles(allowed_only=True) if entry["copy_of"]]
    assert copies
    for entry in copies:
        original = site_map.page("original", entry["copy_of"]) if isinstance(entry["copy_of"], str) else None
        original_url = urls["original"] + (original["path"] if original else entry["copy_of"]["path"])
        assert hashes[article_url(urls, entry)] == hashes[original_url]
    grouped = {
        row["content_hash"]: row["urls"].split() for row in conn.execute("select * from article_copies")
    }
    for entry in copies:
        assert article_url(urls, entry) in grouped[hashes[article_url(urls, entry)]]


def test_raw_pages_read_back_as_served(demo, first_crawl):
    site_map, _site, urls = demo
    db = first_crawl[0]
    conn = connect(db)
    for entry in site_map.articles(allowed_only=True)[:40]:
        row = conn.execute(
            "select p.warc_file, p.warc_offset, p.content_encoding from articles a join pages p on p.id = a.page_id "
            "where a.url = ?",
            [article_url(urls, entry)],
        ).fetchone()
        stored = read_page(db.parent / "warc", row["warc_file"], row["warc_offset"])
        assert stored.body == site_map.read(entry["site"], entry["path"])


def test_run_statistics(demo, first_crawl):
    site_map, _site, _urls = demo
    conn = connect(first_crawl[0])
    run = conn.execute("select * from crawl_runs").fetchone()
    stats = json.loads(run["stats"])
    assert run["status"] == "finished" and run["finished_at"] > run["started_at"]
    assert stats["articles_new"] == len(site_map.articles(allowed_only=True))
    assert stats["coverage"]["title"] == 1.0 and stats["coverage"]["body"] == 1.0
    assert 0 < stats["coverage"]["reviewer"] <= 1.0
    assert stats["pages"] > stats["articles_new"] and stats["pages_per_second"] > 0


@pytest.fixture(scope="module")
def second_crawl(demo, first_crawl):
    """The unchanged site again, counters due for a refresh."""
    _site_map, site, urls = demo
    db = first_crawl[0]
    site.clear_log()
    result = run_crawl([url + "/" for url in urls.values()], db, {"REFRESH_MIN_INTERVAL": "0"})
    return db, result, site.requests


def recent(site_map, *, counter: bool) -> list[dict]:
    since = datetime.now(CST) - RECENT
    return [
        entry
        for entry in site_map.articles(allowed_only=True)
        if bool(entry["counter"]) == counter and datetime.fromisoformat(entry["published_at"]) >= since
    ]


def test_second_crawl_downloads_no_known_article(demo, second_crawl):
    site_map, _site, _urls = demo
    db, result, requests = second_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    article_paths = {(entry["site"], entry["path"]) for entry in site_map.articles()}
    asked = [r for r in requests if (r.site, r.path) in article_paths]
    # Only recent pages that print their count are asked again, conditionally: all answer 304.
    assert sorted((r.site, r.path) for r in asked) == sorted(
        (e["site"], e["path"]) for e in recent(site_map, counter=False)
    )
    assert {r.status for r in asked} == {304}
    stats = json.loads(connect(db).execute("select stats from crawl_runs where id = 2").fetchone()[0])
    assert stats["articles_new"] == 0 and stats["conditional_hits"] > 0
    # Listings answer 304 and are read from the stored copy: the server sends no listing again.
    listings = {(p["site"], p["path"]) for p in site_map.pages if p["kind"] in ("list", "home")}
    assert {r.status for r in requests if (r.site, r.path) in listings} == {304}


def test_second_crawl_stops_paginating(demo, second_crawl):
    site_map, _site, _urls = demo
    _db, _result, requests = second_crawl
    pages_per_category: dict[tuple[str, str], int] = {}
    for r in requests:
        parts = r.path.strip("/").split("/")
        if len(parts) == 2 and parts[1].startswith(("list_", "index")):
            pages_per_category[(r.site, parts[0])] = pages_per_category.get((r.site, parts[0]), 0) + 1
    assert pages_per_category
    assert max(pages_per_category.values()) <= 2  # LISTING_STALE_PAGES


def test_second_crawl_refreshes_recent_click_counts(demo, second_crawl):
    site_map, _site, urls = demo
    db, _result, requests = second_crawl
    due = recent(site_map, counter=True)
    older = [entry for entry in site_map.articles(allowed_only=True) if entry["counter"] and entry not in due]
    assert due and older
    counter_requests = [
        r for r in requests if r.path.startswith(("/plus/count.php", "/e/public/ViewClick", "/api.php"))
    ]
    assert len(counter_requests) == len(due)
    conn = connect(db)
    for entry in due:
        assert (
            conn.execute(
                "select count(*) from click_snapshots where article_url = ? and crawl_run_id = 2",
                [article_url(urls, entry)],
            ).fetchone()[0]
            == 1
        )
    for entry in older:
        assert (
            conn.execute(
                "select count(*) from click_snapshots where article_url = ?", [article_url(urls, entry)]
            ).fetchone()[0]
            == 1
        )


def test_a_new_article_on_a_first_listing_page_is_found(demo, first_crawl, second_crawl):
    site_map, site, urls = demo
    db = first_crawl[0]
    newest = max(
        (e for e in site_map.articles("original", allowed_only=True) if not e["copy_of"]),
        key=lambda e: e["published_at"],
    )
    url = article_url(urls, newest)
    with connect(db) as conn:  # forget it, as if it had just been published
        conn.execute("delete from related_links where article_url = ?", [url])
        conn.execute("delete from click_snapshots where article_url = ?", [url])
        conn.execute("delete from articles where url = ?", [url])
    site.clear_log()
    result = run_crawl([url_ + "/" for url_ in urls.values()], db)
    assert result.returncode == 0, result.stderr[-3000:]
    article_paths = {(e["site"], e["path"]) for e in site_map.articles()}
    fetched = [r for r in site.requests if (r.site, r.path) in article_paths]
    assert [(r.site, r.path) for r in fetched] == [("original", newest["path"])]
    assert (
        connect(db).execute("select title from articles where url = ?", [url]).fetchone()[0]
        == newest["title"]
    )


def test_killed_crawl_resumes_with_every_article_once(demo, tmp_path):
    site_map, _site, urls = demo
    db = tmp_path / "archive.db"
    start = [url + "/" for url in urls.values()]
    slow = {"CONCURRENT_REQUESTS": "2", "DOWNLOAD_DELAY": "0.02"}
    process = subprocess.Popen(
        crawl_command(start, db, slow),
        cwd=ROOT,
        env=crawl_env(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if db.exists() and _count(db, "articles") >= 20:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the crawl archived nothing in two minutes")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    killed_at = _count(db, "articles")
    assert 20 <= killed_at < len(site_map.articles(allowed_only=True))
    result = run_crawl(start, db)
    assert result.returncode == 0, result.stderr[-3000:]
    conn = connect(db)
    urls_archived = [row[0] for row in conn.execute("select url from articles")]
    assert sorted(urls_archived) == sorted(article_url(urls, e) for e in site_map.articles(allowed_only=True))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    statuses = [row[0] for row in conn.execute("select status from crawl_runs order by id")]
    assert statuses == ["killed", "finished"]
    # Every article points at a raw page that was completely written.
    missing = conn.execute(
        "select count(*) from articles a left join pages p on p.id = a.page_id where p.warc_file is null"
    ).fetchone()[0]
    assert missing == 0


def _count(db: Path, table: str) -> int:
    try:
        with connected(f"{db.as_uri()}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(f"select count(*) from {table}").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_an_edited_recent_article_gets_a_revision_and_a_snapshot(demo, first_crawl, second_crawl):
    site_map, site, urls = demo
    db = first_crawl[0]
    entry = next(e for e in recent(site_map, counter=False) if e["site"] == "original")
    url = article_url(urls, entry)
    old_body = site_map.read("original", entry["path"])
    first_paragraph = entry["body"].split("\n")[0]
    edited = old_body.replace(first_paragraph.encode(), "更正：".encode() + first_paragraph.encode(), 1)
    edited = edited.replace(f"点击:{entry['clicks']}".encode(), f"点击:{entry['clicks'] + 50}".encode())
    assert edited.count("更正：".encode()) == 1 and f"点击:{entry['clicks'] + 50}".encode() in edited
    site.edit("original", entry["path"], edited)
    try:
        result = run_crawl([u + "/" for u in urls.values()], db, {"REFRESH_MIN_INTERVAL": "0"})
    finally:
        site.edit("original", entry["path"], old_body)
    assert result.returncode == 0, result.stderr[-3000:]
    conn = connect(db)
    row = conn.execute(
        "select body, clicks, last_changed_at, first_seen_at from articles where url = ?", [url]
    ).fetchone()
    assert row["body"].startswith("更正：") and row["clicks"] == entry["clicks"] + 50
    assert row["last_changed_at"] > row["first_seen_at"]
    revisions = conn.execute("select body from article_revisions where article_url = ?", [url]).fetchall()
    assert [r["body"] for r in revisions] == [entry["body"]]
    clicks = [
        r[0]
        for r in conn.execute(
            "select clicks from click_snapshots where article_url = ? order by observed_at", [url]
        )
    ]
    assert clicks[0] == entry["clicks"] and clicks[-1] == entry["clicks"] + 50
