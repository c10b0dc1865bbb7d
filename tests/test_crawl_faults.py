"""A crawl against a server that misbehaves on purpose: the crawl finishes, counts what went wrong,
archives what it can and nothing it should not."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.servers import RouteServer, page, redirect, run_crawl, send, slow, truncated

CORPUS = Path(__file__).parent / "corpus"
A = "/html/2025/0101/"


def corpus_page(name: str) -> bytes:
    return (CORPUS / "pages" / f"{name}.html").read_bytes()


def expected(name: str) -> dict:
    return json.loads((CORPUS / "expected" / f"{name}.json").read_text(encoding="utf-8"))


def flaky(body: bytes):
    """503 on the first request, the page afterwards."""
    calls = []

    def route(handler):
        calls.append(1)
        if len(calls) == 1:
            send(handler, 503, b"busy", headers={"Retry-After": "0"})
        else:
            send(handler, 200, body)

    return route


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    listing = "".join(
        f'<li><a href="{href}">{text}</a></li>'
        for href, text in [
            (f"{A}1001.html", "一篇正常的文章页面标题足够长"),
            (f"{A}1002.html", "一篇已经被删除的文章的标题"),
            (f"{A}1003.html", "一篇服务器总是出错的文章标题"),
            (f"{A}1004.html", "一篇服务器回答太慢的文章标题"),
            ("/loop/a.html", "一条来回跳转永不结束的链接"),
            (f"{A}1005.html", "一篇传输中途被截断的文章标题"),
            (f"{A}1006.html", "一篇声明了错误字符集的文章"),
            (f"{A}1007.html", "一篇大得超出上限的文章页面"),
            ("/private/1008.html", "一篇机器人协议禁止抓取的文章"),
            (f"{A}1009.html", "一篇看似文章其实不是的页面"),
            (f"{A}1010.html", "一篇点击数由计数脚本写出的文章"),
            (f"{A}1011.html", "一篇第一次请求时服务器繁忙的文章"),
            ("/moved/a.html", "一篇搬了家的文章的旧地址标题"),
            ("/moved/b.html", "另一篇搬了家的文章旧地址标题"),
            ("http://example.com/html/2025/0101/9999.html", "一篇在别的网站上的文章的标题"),
            ("https://www.example.org/news/abc12345.html", "另一个网站上的又一篇文章标题"),
            ("/about.html", "关于我们"),
        ]
    )
    home = (
        f"<html><head><meta charset='utf-8'><title>首页</title></head><body><ul>{listing}</ul></body></html>"
    )
    oversized = corpus_page("01-original-utf8").replace(b"</body>", b"<!--" + b"x" * 300_000 + b"--></body>")
    routes = {
        "/": page(home.encode()),
        "/robots.txt": page(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        f"{A}1001.html": page(corpus_page("01-original-utf8")),
        f"{A}1003.html": page(b"<html>oops</html>", status=500),
        f"{A}1004.html": slow(8, corpus_page("01-original-utf8")),
        "/loop/a.html": redirect("/loop/b.html"),
        "/loop/b.html": redirect("/loop/a.html"),
        f"{A}1005.html": truncated(
            corpus_page("10-html5-article"), keep=int(len(corpus_page("10-html5-article")) * 0.8)
        ),
        # GBK bytes sent with a header that says UTF-8: the bytes win.
        f"{A}1006.html": page(corpus_page("03-gbk-meta-charset"), "text/html; charset=utf-8"),
        f"{A}1007.html": page(oversized),
        "/private/1008.html": page(corpus_page("02-mirror-trad-pinyin")),
        f"{A}1009.html": page(corpus_page("27-home-page")),
        f"{A}1010.html": page(corpus_page("13-counter-empirecms")),
        "/e/public/ViewClick/?classid=2&id=5309": page(b"document.write('778');", "application/javascript"),
        f"{A}1011.html": flaky(corpus_page("04-gb2312-http-equiv-table")),
        # Moved pages that send readers on with a meta refresh: one says REFRESH in capitals after
        # 6 KB of bytes (but within the 4,096 characters looked at), one is UTF-16 (its bytes
        # never spell "refresh").
        "/moved/a.html": page(
            f"<html><head><meta charset='utf-8'><title>{'搬家' * 1000}</title>".encode()
            + f'<META HTTP-EQUIV="REFRESH" CONTENT="0; URL={A}1012.html"></head><body></body></html>'.encode()
        ),
        "/moved/b.html": page(
            f'<html><head><meta http-equiv="refresh" content="1;url={A}1013.html"></head><body>搬家了</body></html>'.encode(
                "utf-16"
            ),
            "text/html; charset=utf-16",
        ),
        f"{A}1012.html": page(corpus_page("08-fullwidth-info-line")),
        f"{A}1013.html": page(corpus_page("09-info-in-spans")),
        "/about.html": page("<html><body><h1>关于我们</h1><p>联系方式</p></body></html>".encode()),
    }
    db = tmp_path_factory.mktemp("faults") / "archive.db"
    with RouteServer(routes) as server:
        result = run_crawl(
            [server.url + "/"],
            db,
            {
                "DOWNLOAD_TIMEOUT": "3",
                "RETRY_TIMES": "1",
                "DOWNLOAD_MAXSIZE": "200000",
                "EXTRACT_WORKERS": "1",
            },
        )
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield server, result, conn
    conn.close()


def paths(rows) -> set[str]:
    return {row[0].split("127.0.0.1:", 1)[1].split("/", 1)[1].join(["/", ""]) for row in rows}


def test_crawl_finishes_and_says_so(faulty_crawl):
    _server, result, conn = faulty_crawl
    assert result.returncode == 0, result.stderr[-2000:]
    run = conn.execute("select status, stats from crawl_runs").fetchone()
    assert run["status"] == "finished"
    assert "crawl run 1: finished" in result.stdout
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_only_real_articles_are_archived(faulty_crawl):
    _server, _result, conn = faulty_crawl
    rows = conn.execute("select url from articles").fetchall()
    assert paths(rows) == {
        f"{A}1001.html",
        f"{A}1005.html",
        f"{A}1006.html",
        f"{A}1010.html",
        f"{A}1011.html",
        f"{A}1012.html",  # reached through a meta refresh
        f"{A}1013.html",
    }


def test_fields_survive_bad_transfers(faulty_crawl):
    _server, _result, conn = faulty_crawl
    titles = {
        path: title
        for path, title in ((paths([r]).pop(), r[1]) for r in conn.execute("select url, title from articles"))
    }
    assert titles[f"{A}1001.html"] == expected("01-original-utf8")["title"]
    assert titles[f"{A}1006.html"] == expected("03-gbk-meta-charset")["title"]  # wrong header, right text
    assert titles[f"{A}1011.html"] == expected("04-gb2312-http-equiv-table")["title"]  # retried after a 503
    truncated_row = conn.execute(
        "select title, warnings from articles where url like '%1005.html'"
    ).fetchone()
    assert truncated_row["title"] == expected("10-html5-article")["title"]
    assert "truncated" in truncated_row["warnings"]


def test_counter_is_asked_without_adding_a_click(faulty_crawl):
    server, _result, conn = faulty_crawl
    row = conn.execute("select clicks, counter_kind from articles where url like '%1010.html'").fetchone()
    assert (row["clicks"], row["counter_kind"]) == (778, "empirecms")
    snapshot = conn.execute(
        "select clicks, counter_kind, inflated from click_snapshots where article_url like '%1010.html'"
    ).fetchone()
    assert tuple(snapshot) == (778, "empirecms", 0)
    assert not [p for p in server.requests if "addclick" in p]


def test_not_an_article_linked_as_one_is_a_reject_with_its_raw_page(faulty_crawl):
    _server, _result, conn = faulty_crawl
    rejects = conn.execute("select url, reason, page_id, crawl_run_id from rejects").fetchall()
    assert [paths([r]).pop() for r in rejects] == [f"{A}1009.html"]
    assert "not an article" in rejects[0]["reason"]
    page_row = conn.execute(
        "select url, status, warc_file from pages where id = ?", [rejects[0]["page_id"]]
    ).fetchone()
    assert page_row["url"].endswith("1009.html") and page_row["status"] == 200 and page_row["warc_file"]
    # The about page was never expected to be an article: neither archived nor a reject.
    assert not conn.execute("select 1 from articles where url like '%about.html'").fetchone()


def test_errors_are_counted_in_the_run(faulty_crawl):
    _server, _result, conn = faulty_crawl
    stats = json.loads(conn.execute("select stats from crawl_runs").fetchone()["stats"])
    # The corpus pages' navigation links lead nowhere here, so 404s are many.
    assert (
        stats["status_counts"]["404"]
        == conn.execute("select count(*) from pages where status = 404").fetchone()[0]
    )
    assert stats["status_counts"]["500"] == 2
    assert stats["errors"]["http"] >= 5
    assert stats["errors"]["download"] >= 2  # the timeouts and the oversized page
    assert stats["articles_new"] == 7 and stats["rejects"] == 1
    statuses = dict(
        conn.execute(
            "select status, count(*) from pages where url like '%1003.html' group by status"
        ).fetchall()
    )
    assert statuses == {500: 2}
    assert (
        conn.execute("select count(*) from pages where url like '%1002.html' and status = 404").fetchone()[0]
        == 1
    )


def test_politeness_boundaries(faulty_crawl):
    server, _result, conn = faulty_crawl
    assert server.count("/robots.txt") == 1
    assert server.count("/private/1008.html") == 0
    assert not conn.execute("select 1 from pages where url not like 'http://127.0.0.1:%'").fetchone()
    assert server.count("/loop/a.html") <= 11


def test_raw_pages_are_in_warc_files(faulty_crawl):
    from crawler.warc import read_page

    _server, _result, conn = faulty_crawl
    db_dir = Path(conn.execute("PRAGMA database_list").fetchone()[2]).parent
    row = conn.execute(
        "select p.warc_file, p.warc_offset from articles a join pages p on p.id = a.page_id where a.url like '%1006.html'"
    ).fetchone()
    stored = read_page(db_dir / "warc", row["warc_file"], row["warc_offset"])
    assert stored.body == corpus_page("03-gbk-meta-charset")
    assert stored.status == 200
