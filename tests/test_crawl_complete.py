"""A first crawl archives every article of a large site; a second one stops after a few listings.

The generated site is shaped like the family's real ones: listings newest first, twenty articles a
page, and on every article a 相关新闻 list of older articles, further down the pagination. The
crawl reaches many articles through those related links before it reads the listing page that
holds them; such a listing still brings articles that were not in the archive when the run began,
so its pagination must be followed to the end.
"""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from crawler.extract import extract
from crawler.settings import LISTING_STALE_PAGES
from tests.databases import connected
from tests.servers import RouteServer, page, run_crawl

ARTICLES = 2000
PER_PAGE = 20
PAGES = ARTICLES // PER_PAGE
# Every article is older than REFRESH_DAYS: a second run has no click count to refresh.
NEWEST = datetime(2025, 1, 4, 11, 27, 12)
# Related links of an article: this many of the articles 20 to 79 places older, so one to four
# listing pages further down. A few articles are linked from no other one: only their listing
# page leads to them.
RELATED = 3
RELATED_RANGE = (PER_PAGE, 4 * PER_PAGE)
FAST = {
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "ARCHIVE_BATCH_SIZE": "200",
}

PLACES = ["浙江", "江苏", "广东", "山东", "四川", "湖北", "河南", "福建", "安徽", "湖南", "陕西", "云南"]
TRADES = ["新能源汽车", "光伏", "储能", "半导体", "纺织", "钢铁", "物流", "乳业", "茶叶", "家电"]
EVENTS = [
    "产业链加快布局",
    "一季度产值稳步增长",
    "龙头企业扩产项目开工",
    "出口订单持续回暖",
    "绿色转型取得新进展",
    "数字化改造全面提速",
    "重点项目集中签约",
    "行业协会发布年度报告",
]
SOURCES = ["中国产经观察", "经济日报", "新华网", "人民网", "中国证券报"]
EDITORS = ["王丽", "张伟", "刘洋", "陈静", "李娜"]
PHRASES = [
    "记者从相关部门获悉",
    "今年以来",
    "当地围绕主导产业",
    "持续优化营商环境",
    "推动上下游企业协同发展",
    "多家企业加大研发投入",
    "新建生产线陆续投产",
    "产品远销东南亚和欧洲市场",
    "业内人士分析认为",
    "市场需求仍有较大增长空间",
    "下一步将继续强化要素保障",
    "加快培育一批专精特新企业",
    "全年预计实现营业收入",
    "同比增长百分之十二",
    "园区配套设施不断完善",
    "人才引进政策效果显现",
]


@dataclass(frozen=True)
class Entry:
    path: str
    title: str
    published: datetime


def article_path(i: int, published: datetime) -> str:
    return f"/html/{published:%Y}/{published:%m%d}/{300000 + i}.html"


def list_path(n: int) -> str:
    return f"/list_{n}.html"


def paragraph(rng: random.Random) -> str:
    sentences = []
    while sum(map(len, sentences)) < 90:
        sentences.append("，".join(rng.sample(PHRASES, 3)) + "。")
    return "".join(sentences)


def related_to(i: int, rng: random.Random) -> list[int]:
    older = range(i + RELATED_RANGE[0], min(i + RELATED_RANGE[1], ARTICLES))
    return sorted(rng.sample(older, min(RELATED, len(older))))


def article_html(i: int, entries: list[Entry], rng: random.Random) -> str:
    entry = entries[i]
    paragraphs = "\n".join(f"<p>\u3000\u3000{paragraph(rng)}</p>" for _ in range(rng.randint(2, 4)))
    related = "\n".join(
        f'<li><a href="{entries[j].path}">{entries[j].title}</a></li>' for j in related_to(i, rng)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{entry.title}_产业经济新闻网</title></head>
<body>
<div class="nav"><a href="{list_path(1)}">首页</a> | <a href="/about.html">关于我们</a></div>
<div class="article">
<h1>{entry.title}</h1>
<div class="info">来源：{rng.choice(SOURCES)} 日期：{entry.published:%Y-%m-%d %H:%M:%S} 点击：{rng.randint(20, 9000)}</div>
<div class="content">
{paragraphs}
<p>编辑：{rng.choice(EDITORS)}</p>
</div>
<div class="related"><h2>相关新闻</h2>
<ul>
{related}
</ul></div>
</div>
<div class="footer">Copyright 2016-2025 产业经济新闻网 版权所有</div>
</body></html>
"""


def listing_html(n: int, entries: list[Entry]) -> str:
    items = "\n".join(
        f'<li><a href="{e.path}">{e.title}</a><span>{e.published:%Y-%m-%d}</span></li>'
        for e in entries[(n - 1) * PER_PAGE : n * PER_PAGE]
    )
    numbers = " ".join(
        f"<b>{k}</b>" if k == n else f'<a href="{list_path(k)}">{k}</a>'
        for k in range(max(1, n - 2), min(PAGES, n + 2) + 1)
    )
    nav = [f'<a href="{list_path(1)}">首页</a>']
    if n > 1:
        nav.append(f'<a href="{list_path(n - 1)}">上一页</a>')
    nav.append(numbers)
    if n < PAGES:
        nav.append(f'<a href="{list_path(n + 1)}">下一页</a>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>产业资讯_产业经济新闻网</title></head>
<body>
<div class="nav"><a href="{list_path(1)}">首页</a> | <a href="/about.html">关于我们</a></div>
<div class="listbox"><h2>产业资讯</h2>
<ul class="list">
{items}
</ul>
<div class="pages">{" ".join(nav)}</div>
</div>
</body></html>
"""


def generate_site() -> tuple[dict[str, bytes], list[str]]:
    """Pages by path, and the article paths newest first."""
    rng = random.Random(2025)
    entries = []
    for i in range(ARTICLES):
        published = NEWEST - timedelta(hours=3 * i, minutes=rng.randint(0, 120))
        title = f"{rng.choice(PLACES)}{rng.choice(TRADES)}{rng.choice(EVENTS)}"
        entries.append(Entry(article_path(i, published), title, published))
    pages = {e.path: article_html(i, entries, rng).encode() for i, e in enumerate(entries)}
    pages.update({list_path(n): listing_html(n, entries).encode() for n in range(1, PAGES + 1)})
    pages["/about.html"] = "<html><body><h1>关于我们</h1><p>产业经济新闻网</p></body></html>".encode()
    return pages, [e.path for e in entries]


@pytest.fixture(scope="module")
def site():
    pages, articles = generate_site()
    with RouteServer({path: page(body) for path, body in pages.items()}) as server:
        yield server, pages, articles


def test_generated_pages_are_articles_and_listings(site):
    _server, pages, articles = site
    article = extract(pages[articles[PER_PAGE * 3]], "http://127.0.0.1/" + articles[PER_PAGE * 3])
    assert article.error is None, article.error
    assert article.title and len(article.body) >= 100
    assert len(article.related) == RELATED
    assert extract(pages[list_path(3)], "http://127.0.0.1/list_3.html").error is not None


@pytest.fixture(scope="module")
def crawls(site, tmp_path_factory):
    server, _pages, _articles = site
    db = tmp_path_factory.mktemp("complete") / "archive.db"
    start = [server.url + list_path(1)]
    first = run_crawl(start, db, FAST)
    first_requests = list(server.requests)
    server.requests.clear()
    second = run_crawl(start, db, FAST)
    return db, first, first_requests, second, list(server.requests)


def test_first_crawl_archives_every_article_once(site, crawls):
    server, _pages, articles = site
    db, first, requests, _second, _ = crawls
    assert first.returncode == 0, first.stderr[-3000:]
    with connected(db) as conn:
        archived = [row[0] for row in conn.execute("select url from articles")]
    missing = {server.url + path for path in articles} - set(archived)
    assert not missing, f"{len(missing)} of {ARTICLES} articles not archived, e.g. {sorted(missing)[:3]}"
    assert len(archived) == len(set(archived)) == ARTICLES
    asked = Counter(requests)
    twice = {path: n for path, n in asked.items() if n > 1}
    assert not twice, f"requested more than once: {dict(list(twice.items())[:5])}"
    assert all(asked[path] == 1 for path in articles)
    assert all(asked[list_path(n)] == 1 for n in range(1, PAGES + 1))


def test_second_crawl_stops_after_the_stale_listing_pages(site, crawls):
    _server, _pages, articles = site
    _db, _first, _requests, second, requests = crawls
    assert second.returncode == 0, second.stderr[-3000:]
    assert not set(articles) & set(requests)
    listings = [path for path in requests if path.startswith("/list_")]
    # The first listing page and the next bring nothing new: LISTING_STALE_PAGES pages, then stop.
    assert listings == [list_path(n) for n in range(1, LISTING_STALE_PAGES + 1)], requests
    assert set(requests) <= {"/robots.txt", "/about.html", *listings}, requests


def _archived(db) -> set[str]:
    with connected(db) as conn:
        return {row[0] for row in conn.execute("select url from articles")}


def _runs(db) -> list[tuple[str, dict]]:
    with connected(db) as conn:
        return [
            (status, json.loads(stats))
            for status, stats in conn.execute("select status, stats from crawl_runs order by id")
        ]


def test_a_run_cut_short_leaves_a_gap_that_the_next_run_closes(site, tmp_path):
    """A run stopped early archives the newest articles; the next run finds nothing new on the
    first listings and, stopping there, would never reach the older ones. Told by the archive
    that the last run ended before its end, it walks every listing to its last page instead."""
    server, _pages, articles = site
    start = [server.url + list_path(1)]
    everything = {server.url + path for path in articles}
    cut, control = tmp_path / "cut", tmp_path / "control"
    cut.mkdir()
    # Breadth first, so that the first listing pages and all their articles are archived.
    breadth_first = {
        "DEPTH_PRIORITY": "1",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "CLOSESPIDER_PAGECOUNT": "250",
    }
    stopped = run_crawl(start, cut / "archive.db", {**FAST, **breadth_first})
    assert stopped.returncode == 1
    assert _runs(cut / "archive.db")[0][0] != "finished"
    assert 0 < len(_archived(cut / "archive.db")) < ARTICLES // 2
    shutil.copytree(cut, control)

    # As a run that wrongly said it finished would leave it: nothing tells the next run of a gap.
    with connected(control / "archive.db") as conn:
        conn.execute("update crawl_runs set status = 'finished'")
    unhealed = run_crawl(start, control / "archive.db", FAST)
    assert unhealed.returncode == 0, unhealed.stderr[-3000:]
    assert len(everything - _archived(control / "archive.db")) > ARTICLES // 4

    healing = run_crawl(start, cut / "archive.db", FAST)
    assert healing.returncode == 0, healing.stderr[-3000:]
    assert "walks every listing to its last page" in healing.stderr
    assert _archived(cut / "archive.db") == everything
    status, stats = _runs(cut / "archive.db")[-1]
    assert status == "finished" and stats["listings_walked_to_end"] and stats["listings_stopped_early"] == 0

    server.requests.clear()
    after = run_crawl(start, cut / "archive.db", FAST)
    assert after.returncode == 0, after.stderr[-3000:]
    assert "walks every listing" not in after.stderr
    assert [path for path in server.requests if path.startswith("/list_")] == [
        list_path(n) for n in range(1, LISTING_STALE_PAGES + 1)
    ]
    assert _runs(cut / "archive.db")[-1][1]["listings_stopped_early"] >= 1
