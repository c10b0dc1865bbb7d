"""Can a run's outcome be trusted? Stored copies that cannot be read, runs that never started,
redirects off the site, killed crawls, throttling, Retry-After, exports opened in Excel, runs
stopped by hand, and runs after an incomplete one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.servers import ROOT, RouteServer, page, run_crawl, send

ARTICLE = (ROOT / "tests" / "corpus" / "pages" / "01-original-utf8.html").read_bytes()
A = "/html/2025/0103/"


def listing(*hrefs: str) -> bytes:
    items = "".join(f"<li><a href='{href}'>一篇足够长的新闻文章标题{n}</a></li>" for n, href in enumerate(hrefs))
    return f"<html><head><meta charset='utf-8'></head><body><ul>{items}</ul></body></html>".encode()


def run_row(db: Path, run_id: int | None = None) -> sqlite3.Row:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        if run_id is None:
            return conn.execute("select * from crawl_runs order by id desc limit 1").fetchone()
        return conn.execute("select * from crawl_runs where id = ?", [run_id]).fetchone()
    finally:
        conn.close()


def articles(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0].split("/", 3)[3].join(["/", ""]) for row in conn.execute("select url from articles")}
    finally:
        conn.close()


# --- a 304 whose stored copy cannot be read -------------------------------------------------------


class EtagListing:
    """A listing that sends only an ETag and answers 304 to any If-None-Match (a lazy server)."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.conditional: list[bool] = []

    def __call__(self, handler) -> None:
        asked = handler.headers.get("If-None-Match")
        self.conditional.append(bool(asked or handler.headers.get("If-Modified-Since")))
        if asked:
            handler.send_response(304)
            handler.send_header("ETag", '"v1"')
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        else:
            send(handler, 200, self.body, headers={"ETag": '"v1"'})


def _break_missing(db: Path, warc_file: str, offset: int) -> None:
    (db.parent / "warc" / warc_file).unlink()


def _break_corrupt(db: Path, warc_file: str, offset: int) -> None:
    with open(db.parent / "warc" / warc_file, "r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xff" * 64)


@pytest.mark.parametrize("damage", [_break_missing, _break_corrupt], ids=["missing", "corrupt"])
def test_a_304_whose_stored_copy_is_unreadable_fetches_the_page_in_full(tmp_path, damage):
    db = tmp_path / "archive.db"
    home = EtagListing(listing(f"{A}3001.html"))
    routes = {"/": home, f"{A}3001.html": page(ARTICLE), f"{A}3002.html": page(ARTICLE)}
    with RouteServer(routes) as server:
        first = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False", "EXTRACT_WORKERS": "0"})
        assert first.returncode == 0, first.stderr[-2000:]
        conn = sqlite3.connect(db)
        warc_file, offset = conn.execute(
            "select warc_file, warc_offset from pages where url = ? and status = 200", [server.url + "/"]
        ).fetchone()
        conn.close()
        damage(db, warc_file, offset)
        home.body = listing(f"{A}3001.html", f"{A}3002.html")  # news, behind a 304
        home.conditional.clear()
        second = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False", "EXTRACT_WORKERS": "0"})
    assert second.returncode == 0, second.stderr[-2000:]
    assert "KeyError" not in second.stderr and "Traceback" not in second.stderr
    assert home.conditional == [True, False]  # asked conditionally, then in full
    assert "cannot be read" in second.stderr
    assert f"{A}3002.html" in articles(db)
    stats = json.loads(run_row(db)["stats"])
    assert stats["stored_copy_unreadable"] == 1
    assert "1 pages fetched in full" in second.stdout
