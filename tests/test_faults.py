"""The fault suite: servers that misbehave on purpose, and a crawler under strain.

Every case checks that the crawl finishes, that what went wrong is counted in `crawl_runs`,
that no article is lost or stored twice, and that SQLite's integrity check passes.
"""

from __future__ import annotations

import gzip
import json
import re
import socket
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from crawler.demo.server import DemoSite
from crawler.demo.site import generate
from tests.databases import connected
from tests.servers import RouteServer, page, run_crawl, send

CORPUS = Path(__file__).parent / "corpus"
A = "/html/2025/0102/"


def article(name: str) -> bytes:
    return (CORPUS / "pages" / f"{name}.html").read_bytes()


def reset(handler) -> None:
    """Accept, read the request, close the socket without a word (a connection reset)."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    handler.close_connection = True
    handler.connection.close()


def drip(body: bytes, every: float):
    """Sends the body a few bytes at a time: alive, never done in time."""

    def route(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        try:
            for start in range(0, len(body), 16):
                handler.wfile.write(body[start : start + 16])
                handler.wfile.flush()
                time.sleep(every)
        except OSError:
            pass

    return route


def gzip_bomb(size: int) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)


def calendar(month: int) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>日历</title></head><body><p>{month}月没有文章</p>"
        f"<a href='/calendar/{month + 1}.html'>下个月</a></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    links = [
        (f"{A}2001.html", "一篇正常的文章页面标题足够长"),
        (f"{A}2001.html?utm_source=feed&utm_medium=rss", "同一篇文章带着跟踪参数的链接"),
        (f"{A}2001.html;jsessionid=ABC123", "同一篇文章带着会话编号的链接"),
        (f"{A}2002.html", "一篇连接被重置的文章标题"),
        (f"{A}2003.html", "一篇慢慢滴出来的文章标题"),
        (f"{A}2004.html", "一篇解压后巨大的文章标题"),
        (f"{A}2005.html", "一篇服务器繁忙稍后再试的文章"),
        ("/calendar/1.html", "往期日历"),
    ]
    home = (
        "<html><head><meta charset='utf-8'></head><body>"
        + "".join(f"<a href='{href}'>{text}</a>" for href, text in links)
        + "</body></html>"
    )
    busy = []

    def retry_after(handler) -> None:
        busy.append(1)
        if len(busy) < 2:
            send(handler, 503, b"busy", headers={"Retry-After": "1"})
        else:
            send(handler, 200, article("04-gb2312-http-equiv-table"))

    def bomb(handler) -> None:
        send(handler, 200, gzip_bomb(50_000_000), headers={"Content-Encoding": "gzip"})

    routes = {
        "/": page(home.encode()),
        "/robots.txt": page(b"User-agent: *\nDisallow:\n", "text/plain"),
        f"{A}2001.html": page(article("01-original-utf8")),
        f"{A}2002.html": reset,
        f"{A}2003.html": drip(article("10-html5-article"), 0.5),
        f"{A}2004.html": bomb,
        f"{A}2005.html": retry_after,
        **{f"/calendar/{m}.html": page(calendar(m)) for m in range(1, 200)},
    }
    db = tmp_path_factory.mktemp("hostile") / "archive.db"
    with RouteServer(routes) as server:
        result = run_crawl(
            [server.url + "/"],
            db,
            {"DOWNLOAD_TIMEOUT": "3", "RETRY_TIMES": "1", "DOWNLOAD_MAXSIZE": "5000000"},
        )
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield server, result, conn
    conn.close()


def test_the_crawl_finishes_and_counts_what_went_wrong(hostile):
    _server, result, conn = hostile
    assert result.returncode == 0, result.stderr[-3000:]
    run = conn.execute("select status, stats from crawl_runs").fetchone()
    assert run["status"] == "finished"
    errors = json.loads(run["stats"])["errors"]
    types = " ".join(errors["download_types"])
    assert "Timeout" in types  # the drip
    assert errors["download"] >= 3  # reset (twice), drip (twice), bomb
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_articles_once_despite_tracking_parameters(hostile):
    server, _result, conn = hostile
    urls = [row[0] for row in conn.execute("select url from articles order by url")]
    assert [u.split(":", 2)[2].split("/", 1)[1] for u in urls] == [
        "html/2025/0102/2001.html",
        "html/2025/0102/2005.html",
    ]
    assert server.count(f"{A}2001.html") == 1
    assert not [p for p in server.requests if "utm_" in p or "jsessionid" in p]


def test_retry_after_is_honoured_and_the_page_kept(hostile):
    server, _result, conn = hostile
    assert server.count(f"{A}2005.html") == 2
    statuses = sorted(row[0] for row in conn.execute("select status from pages where url like '%2005.html'"))
    assert statuses == [200, 503]


def test_a_gzip_bomb_is_refused_not_inflated(hostile):
    _server, _result, conn = hostile
    assert not conn.execute("select 1 from articles where url like '%2004.html'").fetchone()


def test_an_endless_calendar_is_not_followed_forever(hostile):
    server, _result, _conn = hostile
    visited = [p for p in server.requests if p.startswith("/calendar/")]
    assert 1 <= len(visited) <= 3  # LISTING_STALE_PAGES pages without an article, then it stops


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    site_map = generate(root, articles=60, seed=31)
    with DemoSite(root) as site:
        urls = site.start(port=0)
        yield site_map, urls


def expected(site_map, urls) -> list[str]:
    return sorted(urls[e["site"]] + e["path"] for e in site_map.articles(allowed_only=True))


def test_readers_query_all_through_a_crawl(demo, tmp_path):
    site_map, urls = demo
    db = tmp_path / "archive.db"
    stop = threading.Event()
    problems: list[str] = []
    reads = [0]

    def reader() -> None:
        while not stop.is_set():
            if db.exists():
                try:
                    with connected(f"{db.as_uri()}?mode=ro", uri=True, timeout=0.5) as conn:
                        conn.execute("select count(*) from articles").fetchone()
                        conn.execute(
                            "select count(*) from articles_search where articles_search match '产经 经观 观察'"
                        ).fetchone()
                        reads[0] += 1
                except sqlite3.OperationalError as exc:
                    if "no such table" not in str(exc):
                        problems.append(str(exc))
            time.sleep(0.01)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        result = run_crawl([u + "/" for u in urls.values()], db)
    finally:
        stop.set()
        thread.join()
    assert result.returncode == 0, result.stderr[-3000:]
    assert reads[0] > 50 and problems == []
    with connected(db) as conn:
        assert sorted(r[0] for r in conn.execute("select url from articles")) == expected(site_map, urls)


def test_a_full_disk_stops_the_crawl_cleanly_and_the_next_run_completes(demo, tmp_path):
    site_map, urls = demo
    small = tmp_path / "small"
    small.mkdir()
    # About two thirds of what this crawl writes (some 900 KB: archive, WAL, raw pages).
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(small)], capture_output=True
    )
    if mounted.returncode:
        pytest.fail(
            f"cannot mount a small tmpfs here ({mounted.stderr.decode().strip()}); the disk-full case needs one"
        )
    try:
        db = small / "archive.db"
        result = run_crawl([u + "/" for u in urls.values()], db, {"ARCHIVE_BATCH_SIZE": "20"})
        assert result.returncode == 1
        assert "Traceback" not in result.stdout
        # The summary is this run's, also when the archive could not take its end.
        assert re.search(r"pages fetched +[1-9]", result.stdout) and re.search(
            r" [1-9]\d* write", result.stdout
        )
        conn = sqlite3.connect(db)  # closed before the unmount: an open file keeps the mount busy
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            status = conn.execute("select status from crawl_runs").fetchone()[0]
            stored = conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
        assert status in ("failed", "running")  # "running" when even the run's end could not be written
        assert stored < len(site_map.articles(allowed_only=True))
        roomy = tmp_path / "roomy"
        subprocess.run(["cp", "-a", str(small), str(roomy)], check=True)
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)
    again = run_crawl([u + "/" for u in urls.values()], roomy / "archive.db")
    assert again.returncode == 0, again.stderr[-3000:]
    with connected(roomy / "archive.db") as conn:
        assert sorted(r[0] for r in conn.execute("select url from articles")) == expected(site_map, urls)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        statuses = [r[0] for r in conn.execute("select status from crawl_runs order by id")]
    assert (
        statuses[-1] == "finished" and statuses[0] == "failed"
    )  # not "killed": its end was noted beside the archive
