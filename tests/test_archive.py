"""The archive's schema and queries, offline."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.archive import (
    Archive,
    ArchiveError,
    ArticleRecord,
    Batch,
    ClickObservation,
    PageRecord,
    Rejection,
    content_hash,
    site_of,
)
from crawler.archive.search import _DROPPED, STAND_IN, bigrams

URL = "http://news.test/html/2025/0104/1.html"
T1, T2, T3 = "2026-01-01T00:00:00+00:00", "2026-01-02T00:00:00+00:00", "2026-01-03T00:00:00+00:00"


def fields(**changes):
    base = {
        "title": "标题",
        "body": "第一段。\n第二段。",
        "source": "中国产经观察",
        "published_at": "2025-01-04T11:27:12+08:00",
        "clicks": 10,
        "related": [{"url": "http://news.test/a/2.html", "title": "相关", "summary": None}],
        "breadcrumbs": ["首页", "资讯"],
    }
    return {**base, **changes}


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "a.db") as opened:
        yield opened


def store(archive, run, at, **changes):
    page = PageRecord(URL, at, 200, run, "f.warc.gz", 0, 100)
    return archive.write(Batch(pages=[page], articles=[ArticleRecord(URL, fields(**changes), at, run)]))


def test_new_unchanged_and_changed_articles(archive):
    run = archive.start_run([URL])
    assert store(archive, run, T1).new == [URL]
    assert store(archive, run, T2, clicks=12).unchanged == [URL]
    assert archive.count("article_revisions") == 0
    assert store(archive, run, T3, body="第一段。\n更正后的第二段。").updated == [URL]
    row = archive.article(URL)
    assert (
        row["body"].endswith("更正后的第二段。")
        and row["first_seen_at"] == T1
        and row["last_changed_at"] == T3
    )
    assert row["breadcrumbs"] == ["首页", "资讯"] and row["site"] == "http://news.test"
    revisions = list(archive.db.query("select body, last_changed_at, page_id from article_revisions"))
    assert revisions == [
        {"body": "第一段。\n第二段。", "last_changed_at": T1, "page_id": 2}
    ]  # its latest raw page
    assert [s["clicks"] for s in archive.click_history(URL)] == [10, 12, 10]
    assert archive.integrity() == "ok"


def test_counter_observations_update_the_latest_count_only_forward(archive):
    run = archive.start_run([URL])
    store(archive, run, T1, clicks=None, click_counter_url="http://news.test/plus/count.php?aid=1")
    archive.write(Batch(observations=[ClickObservation(URL, 50, T3, run, "dedecms", True)]))
    archive.write(Batch(observations=[ClickObservation(URL, 40, T2, run, "dedecms", True)]))  # late, older
    assert archive.article(URL)["clicks"] == 50
    assert [(s["clicks"], s["inflated"]) for s in archive.click_history(URL)] == [(40, 1), (50, 1)]
    archive.write(Batch(observations=[ClickObservation("http://news.test/unknown.html", 5, T3, run)]))
    assert archive.count("click_snapshots") == 2  # no snapshot of an article the archive does not hold


def test_refresh_targets(archive):
    run = archive.start_run([URL])
    store(archive, run, T1, click_counter_url="http://news.test/plus/count.php?aid=1")
    due = archive.refresh_targets(published_since="2025-01-01T00:00:00+08:00", observed_before=T2)
    assert [(t.article_url, t.counter_url) for t in due] == [(URL, "http://news.test/plus/count.php?aid=1")]
    assert archive.refresh_targets(published_since="2025-02-01T00:00:00+08:00", observed_before=T2) == []
    assert archive.refresh_targets(published_since="2025-01-01T00:00:00+08:00", observed_before=T1) == []


def test_rejects_point_at_their_raw_page(archive):
    run = archive.start_run([URL])
    page = PageRecord(URL, T1, 200, run, "f.warc.gz", 10, 100)
    archive.write(
        Batch(pages=[page], rejections=[Rejection(URL, "missing body", run, T1, URL, T1, {"title": "x"})])
    )
    row = next(archive.db.query("select * from rejects"))
    assert row["page_id"] == page.id and row["reason"] == "missing body" and row["crawl_run_id"] == run


def test_a_killed_run_is_marked_by_the_next(archive):
    first = archive.start_run([URL])
    second = archive.start_run([URL])
    assert archive.run(first)["status"] == "killed" and archive.run(second)["status"] == "running"


def test_read_only_archives(tmp_path):
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive(tmp_path / "missing.db", readonly=True)
    Archive(tmp_path / "a.db").close()
    with Archive(tmp_path / "a.db", readonly=True) as reader:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("insert into crawl_runs (status) values ('x')")


def test_coverage(archive):
    run = archive.start_run([URL])
    store(archive, run, T1)
    coverage = archive.field_coverage()
    assert coverage["title"] == 1.0 and coverage["editor"] == 0.0 and coverage["related"] == 1.0
    assert archive.field_coverage([]) == {}


def test_content_hash_is_blind_to_spacing_and_width():
    assert content_hash("２０２５年 增长\n６％") == content_hash("2025年增长6%")
    assert content_hash("甲") != content_hash("乙")
    assert content_hash(None) is None and content_hash("") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="中文２０Ａｚ！～\u3000 \n\t,，。ﬁ①㎏Ａa5%\uff5f\uff00", max_size=40))
def test_content_hash_is_the_hash_of_the_nfkc_text_without_spaces(text):
    """Its shortcuts (only wide characters translated first, NFKC only where needed) hash
    what the plain definition hashes."""
    plain = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    expected = hashlib.sha256(plain.encode("utf-8")).hexdigest()[:32] if text else None
    assert content_hash(text) == expected


def test_site_of():
    assert site_of("HTTP://News.Test:8080/a/b.html?x=1") == "http://news.test:8080"


def test_search_indexes_follow_every_write(archive):
    run = archive.start_run([URL])
    store(archive, run, T1, body="工匠精神代代相传。")
    for term in ("工", "工匠", "工匠精神"):
        assert [hit["url"] for hit in archive.search(term)] == [URL], term
    store(archive, run, T2, body="创新驱动发展。")  # changed: the old text leaves both indexes
    for term in ("工", "工匠", "工匠精神"):
        assert archive.search(term) == [], term
    assert [hit["snippet"] for hit in archive.search("驱动")] == ["创新[驱动]发展。"]


def test_one_search_index_finds_what_like_finds(archive):
    run = archive.start_run([URL])
    store(archive, run, T1, title="ABC标题", body="工匠精神，代代相传。\nPrice 5% up; “引号”")
    for term in (
        "工",
        "传",
        "。",
        "工匠",
        "精神，",
        "abc",
        "c标",
        "5%",
        "% up",
        "p;",
        "“引",
        "5",
        "精神，代代",
    ):
        assert [hit["url"] for hit in archive.search(term, limit=None)] == [URL], term
        assert [hit["url"] for hit in archive.search(term)] == [URL], term
    for term in ("工神", '"5 %"', "代代代", '"传。 P"', "工匠 -5", "工匠 -%"):
        assert archive.search(term, limit=None) == [], term
    names = {row[0] for row in archive.db.execute("select name from sqlite_master")}
    assert "articles_search" in names and not names & {"articles_fts", "articles_short"}


def test_related_links_are_stored_once_and_read_as_rows(archive):
    run = archive.start_run([URL])
    links = [{"url": f"http://news.test/a/{i}.html", "title": f"相关{i}", "summary": None} for i in range(3)]
    store(archive, run, T1, related=links)
    view = "select position, url, title from related_links where article_url = ? order by position"
    assert archive.db.execute(view, [URL]).fetchall() == [
        (i, link["url"], link["title"]) for i, link in enumerate(links)
    ]
    assert [c.type for c in archive.db["related_links"].columns if c.name == "position"] == ["INTEGER"]
    archive.db.execute("delete from related_links where article_url = ? and position = 1", [URL])
    assert [link["url"] for link in archive.article(URL)["related"]] == [links[0]["url"], links[2]["url"]]
    archive.db.execute("delete from related_links where article_url = ?", [URL])
    assert archive.article(URL)["related"] is None and archive.count("related_links") == 0


OLD_SEARCH_DDL = """
create virtual table articles_fts using fts5(title, body, content=[articles], tokenize='trigram');
create trigger articles_ai after insert on articles begin
  insert into articles_fts (rowid, title, body) values (new.rowid, new.title, new.body);
end;
create virtual table articles_short using fts5(text, content='', tokenize='unicode61 remove_diacritics 0', prefix='1');
create table related_links (article_url text, position integer, url text, title text, summary text,
  primary key (article_url, position));
pragma user_version = 2;
"""


def test_an_archive_of_the_old_schema_is_upgraded_when_opened(tmp_path):
    db = tmp_path / "old.db"
    with Archive(db) as archive:  # an article, then the old search indexes in place of the new one
        run = archive.start_run([URL])
        store(archive, run, T1, body="工匠精神代代相传。")
        archive.db.execute("drop view related_links")
        archive.db.execute("drop table articles_search")
        archive.db.conn.executescript(OLD_SEARCH_DDL)
        archive.db.execute("insert into articles_fts(articles_fts) values ('rebuild')")
        archive.db.execute(
            "insert into related_links values (?, 0, 'http://news.test/a/2.html', '相关', null)", [URL]
        )
    with Archive(db, readonly=True) as old:  # read-only: searched by a scan, nothing changed
        assert [hit["url"] for hit in old.search("工匠")] == [URL]
        assert "articles_fts" in old.db.table_names()
    with Archive(db) as archive:
        names = {row[0] for row in archive.db.execute("select name from sqlite_master")}
        assert "articles_search" in names and not names & {"articles_fts", "articles_short", "articles_ai"}
        assert archive.db.execute("pragma user_version").fetchone()[0] == 4
        for term in ("工", "工匠", "工匠精神"):
            assert [hit["url"] for hit in archive.search(term)] == [URL], term
        assert archive.db.execute("select url, title from related_links").fetchall() == [
            ("http://news.test/a/2.html", "相关")
        ]
        store(archive, run, T2, body="创新驱动发展。")
        assert archive.search("工匠") == [] and [hit["url"] for hit in archive.search("驱动")] == [URL]


def test_an_index_of_positions_is_rebuilt_without_them(tmp_path):
    """Schema 3 kept every bigram's positions; opened for writing, its index is built anew without
    them, changes still queued are not replayed into the new index, and search answers as before."""
    db = tmp_path / "v3.db"
    with Archive(db) as archive:
        run = archive.start_run([URL])
        store(archive, run, T1, body="工匠精神代代相传。")
        archive.db.execute("drop table articles_search")
        archive.db.execute(
            "create virtual table articles_search using fts5(title, body, content='', tokenize='ascii', columnsize=0)"
        )
        archive.db.execute("delete from search_pending")
        rowid = archive.db.execute("select rowid from articles").fetchone()[0]
        archive.db.execute(
            "insert into search_pending values (?, 1, '旧题', '旧文')", [rowid]
        )  # a change another tool made: the old index held other text
        archive.db.execute("pragma user_version = 3")
    with Archive(db) as archive:
        (definition,) = archive.db.execute("select sql from sqlite_master where name = 'articles_search'").fetchone()
        assert "detail=none" in definition
        assert archive.db.execute("select count(*) from search_pending").fetchone()[0] == 0
        for term in ("工", "工匠", "工匠精神", "代代相传"):
            assert [hit["url"] for hit in archive.search(term)] == [URL], term
        assert archive.search("旧文") == [] and archive.search("精神工匠") == []
        assert archive.db.execute("insert into articles_search(articles_search) values ('integrity-check')")


def test_the_index_catches_up_with_changes_other_tools_made(tmp_path):
    """The sqlite3 shell or a script may edit `articles` without chanjing's functions; the next
    open for writing brings the index up to date, and a reused rowid finds only its own text."""
    db = tmp_path / "a.db"
    other = "http://news.test/html/2025/0104/2.html"
    with Archive(db) as archive:
        run = archive.start_run([URL])
        store(archive, run, T1, body="工匠精神代代相传。")
        page = PageRecord(other, T1, 200, run, "f.warc.gz", 0, 100)
        archive.write(
            Batch(pages=[page], articles=[ArticleRecord(other, fields(body="创新驱动发展。"), T1, run)])
        )
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update articles set body = '绿色低碳转型。' where url = ?", [URL])
        rowid = conn.execute("select rowid from articles where url = ?", [other]).fetchone()[0]
        conn.execute("delete from articles where url = ?", [other])
        conn.execute(
            "insert into articles (rowid, url, title, body) values (?, 'http://news.test/3.html', '新标题', '数字经济。')",
            [rowid],
        )
    conn.close()
    with Archive(db) as archive:
        assert archive.count("search_pending") == 0
        assert archive.search("工匠") == [] and archive.search("驱动") == []
        assert [hit["url"] for hit in archive.search("转型")] == [URL]
        assert [hit["url"] for hit in archive.search("数字")] == ["http://news.test/3.html"]
        assert archive.search_total("发展") == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40))
def test_bigrams_and_content_hash_keep_their_definitions(text):
    """The fast layouts give what the plain definitions give: the pairs of the text (ASCII signs
    as the stand-in) and its last character; the SHA-256 of the NFKC text without whitespace."""
    mapped = _DROPPED.sub(STAND_IN, text)
    pairs = [mapped[i : i + 2] for i in range(len(mapped) - 1)]
    assert bigrams(text) == (" ".join([*pairs, mapped[-1]]) if text else "")
    nfkc = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    plain = hashlib.sha256(nfkc.encode("utf-8")).hexdigest()[:32] if text else None
    assert content_hash(text) == plain
