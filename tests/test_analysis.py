"""Search, query, export, stats, report, reparse and serve, on an archive made by a real crawl."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from crawler.archive import ARTICLE_FIELDS, Archive, ArchiveError
from crawler.extract import extract
from crawler.reparse import reparse
from crawler.session import ArchiveLock
from tests.servers import ROOT, process_group


def chanjing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_search_index_follows_writes(tmp_path, archive_db):
    """Reparse with a changed extractor: records change, revisions are kept, search sees the new text."""
    db = tmp_path / "copy.db"
    with Archive(archive_db, readonly=True) as source:
        source.db.conn.backup(__import__("sqlite3").connect(db))
    warc = archive_db.parent / "warc"

    def improved(body, url, headers=None):
        article = extract(body, url, headers)
        if article.title and url.endswith(("0.html", "0.shtml", "1.html", "1.shtml")):
            article.title += "（修订版）"
        return article

    with Archive(db) as archive:
        before = {a["url"]: a["title"] for a in archive.articles(fields=["url", "title"])}
        report = reparse(archive, warc, extractor=improved)
        changed = {url for url in before if url.endswith(("0.html", "0.shtml", "1.html", "1.shtml"))}
        assert changed and report.changed == len(changed) and report.fields == {"title": len(changed)}
        assert report.articles == len(before) and not report.unreadable
        revisions = dict(archive.db.execute("select article_url, title from article_revisions").fetchall())
        assert revisions == {url: before[url] for url in changed}
        assert {hit["url"] for hit in archive.search("修订版", limit=None)} == changed  # trigram index
        assert {hit["url"] for hit in archive.search("修订", limit=None)} == changed  # short-term index
        again = reparse(archive, warc)  # the old extractor: back, with one more revision each
        assert again.changed == len(changed)
        assert archive.search("修订", limit=None) == []


def test_query_is_read_only(archive_db):
    result = chanjing("query", "select count(*) as n from articles", "--db", str(archive_db), "--csv")
    assert result.returncode == 0
    rows = list(csv.reader(result.stdout.splitlines()))
    assert rows[0] == ["n"] and int(rows[1][0]) > 0
    for statement in (
        "delete from articles",
        "drop table articles",
        "insert into rejects (url) values ('x')",
    ):
        refused = chanjing("query", statement, "--db", str(archive_db))
        assert refused.returncode == 1
        assert refused.stderr.startswith("chanjing: refused: the archive is opened read-only")
        assert "Traceback" not in refused.stderr
    assert (
        chanjing("query", "select count(*) from articles", "--db", str(archive_db)).stdout.split()[-1]
        == rows[1][0]
    )


@pytest.mark.parametrize("table", ["articles", "click_snapshots", "related_links"])
def test_exports_read_back_equal_to_the_table(archive_db, tmp_path, table):
    import pyarrow.parquet as pq

    with Archive(archive_db, readonly=True) as archive:
        expected = list(archive.rows(table))
    assert expected
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"{table}.{fmt}"
        args = ["export", "--db", str(archive_db), "--format", fmt, "--out", str(out), "--table", table]
        result = chanjing(*args, *(["--bom"] if fmt == "csv" else []))
        assert result.returncode == 0, result.stderr
        if fmt == "jsonl":
            got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            assert got == expected
        elif fmt == "csv":
            raw = out.read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")
            with open(out, encoding="utf-8-sig", newline="") as handle:
                got = list(csv.DictReader(handle))
            assert got == [{k: _as_csv(v) for k, v in row.items()} for row in expected]
        else:
            got = pq.read_table(out).to_pylist()
            assert got == [{k: _as_parquet(k, v) for k, v in row.items()} for row in expected]


def _as_parquet(name, value):
    """What Parquet holds: timestamps (*_at) as instants, JSON columns as JSON text."""
    from datetime import datetime

    if name.endswith("_at") and value is not None:
        return datetime.fromisoformat(value)
    return _as_json_text(value)


def _as_json_text(value):
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _as_csv(value):
    return "" if value is None else str(_as_json_text(value))


def test_export_filters_and_bad_input(archive_db, tmp_path):
    out = tmp_path / "x.jsonl"
    with Archive(archive_db, readonly=True) as archive:
        source = next(archive.db.execute("select source from articles where source is not null"))[0]
        expected = [row["url"] for row in archive.articles(source=source, fields=["url"])]
    result = chanjing(
        "export",
        "--db",
        str(archive_db),
        "--format",
        "jsonl",
        "--out",
        str(out),
        "--source",
        source,
        "--fields",
        "url,title",
    )
    assert result.returncode == 0
    assert [json.loads(line)["url"] for line in out.read_text(encoding="utf-8").splitlines()] == expected
    for args, message in (
        (["--since", "2025-02-30"], "--since: not a date"),
        (["--fields", "url,nonsense"], "unknown field(s) for articles: nonsense"),
        (["--source", "x' or '1'='1"], None),
    ):
        target = tmp_path / "bad.jsonl"
        result = chanjing("export", "--db", str(archive_db), "--format", "jsonl", "--out", str(target), *args)
        if message is None:  # an injection attempt is just a source nobody has
            assert result.returncode == 0 and target.read_text() == ""
        else:
            assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr
            assert not target.exists()  # nothing written
    missing = chanjing("stats", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1 and missing.stderr.startswith("chanjing: no archive at")


def test_stats(archive_db):
    result = chanjing("stats", "--db", str(archive_db), "--json")
    stats = json.loads(result.stdout)
    with Archive(archive_db, readonly=True) as archive:
        assert stats["articles"] == archive.count("articles")
    assert sum(count for _site, count in stats["sites"]) == stats["articles"]
    assert [run["status"] for run in stats["crawl_runs"]] == ["finished", "finished"]
    assert stats["coverage"]["title"] == 1.0
    text = chanjing("stats", "--db", str(archive_db)).stdout
    assert "articles per day" in text and "top sources:" in text and "crawl runs:" in text


def test_report_has_its_charts(archive_db, tmp_path):
    out = tmp_path / "report.html"
    assert chanjing("report", "--db", str(archive_db), "--out", str(out)).returncode == 0
    page = out.read_text(encoding="utf-8")
    figures = re.findall(r'<figure class="chart" id="([\w-]+)">(.*?)</figure>', page, re.S)
    assert [ident for ident, _ in figures] == [
        "articles-per-day",
        "clicks-distribution",
        "click-growth",
        "coverage-per-run",
    ]
    body = dict(figures)
    with Archive(archive_db, readonly=True) as archive:
        total = archive.count("articles")
        with_clicks = archive.db.execute("select count(*) from articles where clicks is not null").fetchone()[
            0
        ]
        observed_twice = archive.db.execute(
            "select count(*) from (select 1 from click_snapshots group by article_url having count(*) > 1)"
        ).fetchone()[0]
    per_day = [int(n) for n in re.findall(r"<title>[\d-]+: (\d+)</title>", body["articles-per-day"])]
    assert sum(per_day) == total
    clicks = [int(n) for n in re.findall(r"<title>[^<]+: (\d+)</title>", body["clicks-distribution"])]
    assert sum(clicks) == with_clicks
    assert body["click-growth"].count('<polyline class="series"') == min(observed_twice, 10) > 0
    assert body["coverage-per-run"].count('<polyline class="series"') == len(ARTICLE_FIELDS)
    assert "<script" not in page and "http://" not in page.split("<body>")[1].split("chart")[0]


def test_reparse_command_and_its_lock(archive_db, tmp_path):
    lock = ArchiveLock(archive_db)
    try:
        held = chanjing("reparse", "--db", str(archive_db))
    finally:
        lock.release()
    assert held.returncode == 1 and "another crawl is writing" in held.stderr
    result = chanjing("reparse", "--db", str(archive_db))
    assert result.returncode == 0, result.stderr
    assert re.search(r"reparsed \d+ articles: 0 changed", result.stdout)


def test_serve_answers_its_json_api_on_loopback(archive_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(archive_db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/{archive_db.stem}"
    try:
        rows = None
        for _ in range(100):
            try:
                rows = json.load(
                    urllib.request.urlopen(f"{base}/articles.json?_shape=array&_size=5", timeout=2)
                )
                break
            except OSError:
                time.sleep(0.2)
        assert rows and all(row["title"] for row in rows)
        url = rows[0]["url"]
        history = json.load(
            urllib.request.urlopen(f"{base}/click_history.json?_shape=array&url={urllib.request.quote(url)}")
        )
        with Archive(archive_db, readonly=True) as archive:
            assert [h["clicks"] for h in history] == [h["clicks"] for h in archive.click_history(url)]
        tables = json.load(urllib.request.urlopen(f"{base}.json"))
        assert any(t["name"] == "articles" for t in tables["tables"])
    finally:
        process.terminate()
        process.wait(timeout=10)
    refused = chanjing("serve", "--db", str(archive_db), "--host", "0.0.0.0")
    assert refused.returncode == 2 and "not a loopback address" in refused.stderr


def test_python_api(archive_db):
    with Archive(archive_db, readonly=True) as archive:
        every = list(archive.articles())
        assert every == sorted(every, key=lambda a: a["url"]) and isinstance(every[0]["breadcrumbs"], list)
        day = every[0]["published_at"][:10]
        same_day = list(archive.articles(since=day, until=day))
        assert same_day and all(a["published_at"][:10] == day for a in same_day)
        assert archive.click_history(every[0]["url"])
        with pytest.raises(ArchiveError):
            list(archive.articles(since="yesterday"))


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT", "SIGKILL"])
def test_stopping_serve_stops_its_server(archive_db, how):
    """systemd's SIGTERM, Ctrl-C or even SIGKILL to `chanjing serve` leave no Datasette behind."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--db", str(archive_db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        assert len(process_group(process.pid)) == 2  # chanjing and its Datasette
        os.kill(process.pid, getattr(signal, how))
        process.wait(timeout=30)
        deadline = time.monotonic() + 5
        while process_group(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert process_group(process.pid) == []
        if how != "SIGKILL":
            assert process.returncode == 0
    finally:
        for pid, _cmd in process_group(process.pid):
            os.kill(pid, signal.SIGKILL)
        if process.poll() is None:
            process.kill()
            process.wait()


def _binary(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        capture_output=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_a_dash_means_standard_output_and_the_extension_names_the_format(archive_db, tmp_path):
    import io

    import pyarrow.parquet as pq

    with Archive(archive_db, readonly=True) as archive:
        urls = sorted(row["url"] for row in archive.articles(fields=["url"]))
    jsonl = _binary("export", "--db", str(archive_db), "--format", "jsonl", "--out", "-", cwd=tmp_path)
    assert jsonl.returncode == 0, jsonl.stderr
    assert sorted(json.loads(line)["url"] for line in jsonl.stdout.decode().splitlines()) == urls
    parquet = _binary("export", "--db", str(archive_db), "--format", "parquet", "--out", "-", cwd=tmp_path)
    assert parquet.returncode == 0, parquet.stderr
    assert sorted(pq.read_table(io.BytesIO(parquet.stdout)).column("url").to_pylist()) == urls
    report = _binary("report", "--db", str(archive_db), "--out", "-", cwd=tmp_path)
    assert report.returncode == 0 and report.stdout.lstrip().lower().startswith(b"<!doctype html")
    assert not (tmp_path / "-").exists()
    # No --format: the extension says it; stdout without a format is a usage error.
    by_name = _binary("export", "--db", str(archive_db), "--out", "rows.csv", cwd=tmp_path)
    assert by_name.returncode == 0, by_name.stderr
    header = (tmp_path / "rows.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "url" in header and "title" in header
    unnamed = _binary("export", "--db", str(archive_db), "--out", "-", cwd=tmp_path)
    assert unnamed.returncode == 2 and b"--format" in unnamed.stderr and unnamed.stdout == b""
