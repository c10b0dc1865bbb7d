"""The demo site: generated pages read back into their truth, and the loopback server's behaviour."""

from __future__ import annotations

import gzip
import json
import re
import urllib.error
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawler.demo.server import DemoSite, content_type
from crawler.demo.site import CST, EXTERNAL_LINKS, SITES, generate, load_map
from crawler.extract import extract
from crawler.extract.counters import counter_kind

NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=CST)
BASE = "http://127.0.0.1:8000"
ANNOTATION_RE = re.compile(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")
BYTE_PHASE_RE = re.compile(r"\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    return generate(root, articles=60, seed=11, now=NOW)


def headers_for(demo, site: str, path: str) -> dict[str, str]:
    declared = json.loads((demo.root / site / "_headers.json").read_text(encoding="utf-8"))
    return {"Content-Type": content_type(path, demo.read(site, path), declared)}


# --- offline: the pages against the truth ----------------------------------------------------------


def test_every_article_extracts_to_its_truth(demo):
    articles = demo.articles()
    assert len(articles) == 60
    for truth in articles:
        site, path = truth["site"], truth["path"]
        article = extract(demo.read(site, path), BASE + path, headers_for(demo, site, path))
        where = f"{site}{path}"
        assert article.error is None, where
        for name in ("title", "source", "published_at", "clicks", "editor", "reviewer", "category", "body"):
            assert getattr(article, name) == truth[name], f"{where}: {name}"
        assert article.article_id == truth["article_id"], where
        related = [(r.url, r.title) for r in article.related or []]
        assert related == [(BASE + r["path"], r["title"]) for r in truth["related"]], where
        if truth["counter"] is None:
            assert article.click_counter_url is None, where
        else:
            assert article.clicks is None
            assert counter_kind(article.click_counter_url) == truth["counter"]["kind"], where
            assert truth["counter"]["id"] in article.click_counter_url


def test_other_pages_are_not_articles(demo):
    others = [p for p in demo.pages if p["kind"] != "article"]
    assert {p["kind"] for p in others} == {"home", "list", "other"}
    for page in others:
        article = extract(demo.read(page["site"], page["path"]), BASE + page["path"])
        assert article.error, f"{page['site']}{page['path']}"


def test_truth_shape(demo):
    articles = demo.articles()
    recent = [a for a in articles if NOW - datetime.fromisoformat(a["published_at"]) <= timedelta(days=7)]
    assert len(recent) >= 0.15 * len(articles)
    assert all(NOW - datetime.fromisoformat(a["published_at"]) <= timedelta(days=61) for a in articles)
    originals = {a["path"]: a for a in demo.articles("original")}
    copies = [a for a in articles if a["copy_of"]]
    assert copies and {a["site"] for a in copies} == {"mirror-a", "mirror-b"}
    for copy in copies:
        source = originals[copy["copy_of"]]
        assert (copy["title"], copy["body"], copy["source"]) == (
            source["title"],
            source["body"],
            source["source"],
        )
    bodies = [a["body"] for a in articles if not a["copy_of"]]
    assert len(set(bodies)) == len(bodies)
    for site in SITES:
        private = [a for a in demo.articles(site) if a["disallowed"]]
        assert len(private) == 1 and private[0]["path"].startswith("/private/")
        listed = [p for p in demo.pages if p["site"] == site and p["kind"] == "list"]
        assert any(private[0]["path"] in p["links"] for p in listed)
        assert "Disallow: /private/" in (demo.root / site / "robots.txt").read_text()
        counters = json.loads((demo.root / site / "_counters.json").read_text())
        for a in demo.articles(site):
            if a["counter"]:
                assert counters[a["counter"]["id"]] == a["counter"]["clicks"]
    assert load_map(demo.root).pages == demo.pages


def test_mirror_a_prints_traditional_annotated_damaged_text(demo):
    raw = [demo.read("mirror-a", a["path"]).decode("utf-8") for a in demo.articles("mirror-a")]
    assert all(ANNOTATION_RE.search(page) for page in raw)
    assert all("當" in page and "產" in page for page in raw)
    assert any(BYTE_PHASE_RE.search(page) for page in raw)
    assert any("ViewClick" in page for page in raw) and any("：" in page and "次" in page for page in raw)


def test_mirror_b_is_gbk(demo):
    pages = [p for p in demo.pages if p["site"] == "mirror-b"]
    declared = json.loads((demo.root / "mirror-b" / "_headers.json").read_text())
    with_meta = 0
    for page in pages:
        data = demo.read("mirror-b", page["path"])
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        data.decode("gbk")
        with_meta += b"charset=" in data[:600]
    assert 0 < with_meta < len(pages)
    assert "text/html; charset=gbk" in declared.values()
    assert (
        any("/news/" in a["path"] for a in demo.articles("mirror-b")) or len(demo.articles("mirror-b")) < 10
    )


def test_generation_is_deterministic(tmp_path):
    def tree(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    generate(tmp_path / "a", articles=24, seed=3, now=NOW)
    generate(tmp_path / "b", articles=24, seed=3, now=NOW)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    generate(tmp_path / "c", articles=24, seed=4, now=NOW)
    assert tree(tmp_path / "a") != tree(tmp_path / "c")


# --- the server ---------------------------------------------------------------------------------------


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def served(demo):
    with DemoSite(demo.root) as site:
        urls = site.start(port=0)
        yield site, urls


def test_server_pages(demo, served):
    site, urls = served
    assert list(urls) == list(SITES)
    assert all(u.startswith("http://127.0.0.1:") for u in urls.values())
    assert len({u for u in urls.values()}) == 3
    article = demo.articles("original")[0]
    status, headers, body = fetch(urls["original"] + article["path"])
    assert status == 200 and body == demo.read("original", article["path"])
    assert headers["Content-Type"].startswith("text/html")
    assert headers["ETag"] and headers["Last-Modified"]
    status, _, home = fetch(urls["mirror-a"] + "/")
    assert status == 200 and home == demo.read("mirror-a", "/index.html")
    status, _, page = fetch(urls["mirror-b"] + "/nothing/here.html")
    assert status == 404 and b"404" in page
    for private in ("/_counters.json", "/_headers.json", "/_modified.json", "/../truth.json"):
        assert fetch(urls["original"] + private)[0] == 404
    status, headers, robots = fetch(urls["mirror-b"] + "/robots.txt")
    assert status == 200 and b"Disallow: /private/" in robots
    for external in EXTERNAL_LINKS:
        assert external.encode() in demo.read("original", "/index.html")


def test_server_content_types(demo, served):
    _, urls = served
    declared = json.loads((demo.root / "mirror-b" / "_headers.json").read_text())
    path, value = next(iter(declared.items()))
    assert fetch(urls["mirror-b"] + path)[1]["Content-Type"] == value
    meta_page = next(a["path"] for a in demo.articles("mirror-b") if a["path"] not in declared)
    assert fetch(urls["mirror-b"] + meta_page)[1]["Content-Type"] == "text/html"
    page = demo.articles("mirror-a")[0]["path"]
    assert fetch(urls["mirror-a"] + page)[1]["Content-Type"] == "text/html; charset=utf-8"


def test_server_conditional_requests_and_gzip(demo, served):
    site, urls = served
    path = demo.articles("mirror-a")[0]["path"]
    _, headers, _ = fetch(urls["mirror-a"] + path)
    status, _, body = fetch(urls["mirror-a"] + path, {"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    status, _, _ = fetch(urls["mirror-a"] + path, {"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304
    status, _, _ = fetch(urls["mirror-a"] + path, {"If-None-Match": '"something-else"'})
    assert status == 200
    status, zipped, body = fetch(urls["mirror-a"] + path, {"Accept-Encoding": "gzip"})
    assert status == 200 and zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == demo.read("mirror-a", path)
    status, _, _ = fetch(
        urls["mirror-a"] + path, {"Accept-Encoding": "gzip", "If-None-Match": zipped["ETag"]}
    )
    assert status == 304
    assert "Content-Encoding" not in fetch(urls["mirror-a"] + "/robots.txt", {"Accept-Encoding": "gzip"})[1]
    log = site.requests
    assert log and log[-1].site == "mirror-a" and log[-1].path == "/robots.txt" and log[-1].status == 200
    assert any(e.status == 304 and e.headers.get("If-None-Match") for e in log)


def test_server_counters(demo, served):
    site, urls = served
    counts = site.counts("original")
    aid = next(iter(counts))
    start = counts[aid]
    _, headers, body = fetch(f"{urls['original']}/plus/count.php?view=yes&aid={aid}")
    assert body == f"document.write('{start + 1}');".encode() and "javascript" in headers["Content-Type"]
    assert fetch(f"{urls['original']}/plus/count.php?aid={aid}")[2] == b""
    assert site.counts("original")[aid] == start + 2

    counts = site.counts("mirror-a")
    cid = next(iter(counts))
    start = counts[cid]
    assert fetch(f"{urls['mirror-a']}/e/public/ViewClick/?classid=2&id={cid}")[2] == (
        f"document.write('{start + 1}');".encode()
    )
    assert site.counts("mirror-a")[cid] == start
    assert fetch(f"{urls['mirror-a']}/e/public/ViewClick/?classid=2&id={cid}&addclick=1")[2] == (
        f"document.write('{start + 1}');".encode()
    )
    assert site.counts("mirror-a")[cid] == start + 1

    counts = site.counts("mirror-b")
    pid = next(iter(counts))
    start = counts[pid]
    body = fetch(f"{urls['mirror-b']}/api.php?op=count&id={pid}&modelid=1")[2]
    assert body == f"document.write('{start + 1}');".encode()
    assert site.counts("mirror-b")[pid] == start + 1


def test_server_refuses_other_hosts(demo):
    for host in ("0.0.0.0", "192.168.1.10", "example.com"):
        with pytest.raises(ValueError, match="loopback"):
            DemoSite(demo.root).start(host=host)


def test_server_consecutive_ports(demo):
    with DemoSite(demo.root) as probe:
        base = int(probe.start(port=0)["original"].rsplit(":", 1)[1])
    for port in (base, 20000 + base % 20000):
        site = DemoSite(demo.root)
        try:
            urls = site.start(port=port)
        except OSError:
            continue
        try:
            assert [int(u.rsplit(":", 1)[1]) for u in urls.values()] == [port, port + 1, port + 2]
            assert fetch(urls["mirror-b"] + "/robots.txt")[0] == 200
        finally:
            site.stop()
        return
    pytest.skip("no three consecutive free ports")
