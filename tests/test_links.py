"""Where the crawl goes: link classification and the listing plan, offline."""

from __future__ import annotations

import pytest

from crawler.links import (
    Link,
    canonical_url,
    is_next_page,
    is_pagination,
    looks_like_article,
    page_links,
    page_number,
    plan_page,
)

SITE = "http://news.test"


@pytest.mark.parametrize(
    "path",
    [
        "/html/2025/0104/12345.html",
        "/2021/0323/610246.shtml",
        "/page/2024/0720/25092703.shtml",
        "/news/9f86d081884c7d65.html",
        "/a/20250104/5566.html",
        "/show.php?itemid=1234",
        "/2024-07-20/abc.html",
    ],
)
def test_article_shapes_of_the_family(path):
    # Short neutral link text: the URL alone must be enough.
    assert looks_like_article(Link(SITE + path, "详情"))


@pytest.mark.parametrize(
    "path,text",
    [
        ("/zixun/", "资讯"),
        ("/zixun/index.html", "资讯"),
        ("/zixun/list_2.html", "2"),
        ("/html/list_1_1.html", "地方新闻"),
        ("/about.html", "关于我们"),
        ("/list.php?page=3", "下一页"),
    ],
)
def test_navigation_is_not_an_article(path, text):
    assert not looks_like_article(Link(SITE + path, text))


def test_a_headline_marks_an_article_whatever_the_url():
    assert looks_like_article(Link(SITE + "/detail/some-slug", "全省规模以上工业增加值同比增长"))


@pytest.mark.parametrize(
    "path,text",
    [
        ("/zixun/list_2.html", "2"),
        ("/zixun/list_3.html", "下一页"),
        ("/news/?page=4", "4"),
        ("/x.html", "末页"),
        ("/y.html", "[5]"),
    ],
)
def test_pagination(path, text):
    assert is_pagination(Link(SITE + path, text))


def test_page_numbers_and_next_page():
    assert page_number(SITE + "/zixun/list_3.html") == 3
    assert page_number(SITE + "/zixun/index.html") == 1
    assert page_number(SITE + "/news/?page=7") == 7
    here = SITE + "/zixun/list_3.html"
    assert is_next_page(Link(SITE + "/zixun/list_4.html", "4"), here)
    assert not is_next_page(Link(SITE + "/zixun/list_5.html", "5"), here)
    assert is_next_page(Link(SITE + "/zixun/list_4.html", "下一页"), here)


def test_canonical_url_drops_tracking_and_fragments():
    assert canonical_url(SITE + "/a/1234.html?utm_source=x&b=2&a=1#top") == SITE + "/a/1234.html?a=1&b=2"
    assert canonical_url(SITE + "/a/1234.html;jsessionid=ABC?PHPSESSID=z") == SITE + "/a/1234.html"


def test_page_links_resolves_and_filters():
    anchors = [
        ("/html/2025/0104/1.html", " 标题 一 "),
        ("/html/2025/0104/1.html#comments", "again"),
        ("javascript:void(0)", "x"),
        ("mailto:a@b.c", "mail"),
        ("/skin/logo.png", "logo"),
        ("/plus/count.php?aid=1", "counter"),
        ("ftp://files.test/a", "ftp"),
        (None, "no href"),
        ("list_2.html", "2"),
    ]
    links = page_links(SITE + "/zixun/index.html", anchors)
    assert [link.url for link in links] == [SITE + "/html/2025/0104/1.html", SITE + "/zixun/list_2.html"]
    assert links[0].text == "标题 一"


def listing(page: int, articles: list[str]) -> list[Link]:
    links = [Link(f"{SITE}/a/{n}.html", f"第{n}篇新闻的标题文字足够长") for n in articles]
    links += [Link(f"{SITE}/zixun/list_{n}.html", str(n)) for n in range(1, 6) if n != page]
    links += [
        Link(f"{SITE}/zixun/list_{page + 1}.html", "下一页"),
        Link("http://elsewhere.test/a/9999.html", "别处的一篇新闻标题足够长"),
    ]
    return links


def test_plan_follows_everything_new_and_never_off_site():
    plan = plan_page(
        f"{SITE}/zixun/index.html",
        listing(1, ["1001", "1002"]),
        sites={"news.test"},
        known_articles=set(),
        stale_pages=0,
        stale_limit=2,
    )
    urls = {link.url for link in plan.follow}
    assert f"{SITE}/a/1001.html" in urls and f"{SITE}/zixun/list_5.html" in urls
    assert not any("elsewhere" in url for url in urls)
    assert plan.new_articles == 2 and plan.stale_pages == 0


def test_plan_on_a_listing_without_news_follows_only_the_next_page_then_stops():
    known = {f"{SITE}/a/1001.html", f"{SITE}/a/1002.html"}
    first = plan_page(
        f"{SITE}/zixun/list_2.html",
        listing(2, ["1001", "1002"]),
        sites={"news.test"},
        known_articles=known,
        stale_pages=0,
        stale_limit=2,
    )
    assert [link.url for link in first.follow] == [f"{SITE}/zixun/list_3.html"]
    assert first.stale_pages == 1
    second = plan_page(
        f"{SITE}/zixun/list_3.html",
        listing(3, ["1001"]),
        sites={"news.test"},
        known_articles=known,
        stale_pages=1,
        stale_limit=2,
    )
    assert second.follow == [] and second.stale_pages == 2
    assert second.stopped_early and not first.stopped_early


def test_plan_walking_to_the_end_follows_the_next_page_of_a_listing_without_news():
    known = {f"{SITE}/a/1001.html"}
    walk = dict(sites={"news.test"}, known_articles=known, stale_pages=5, stale_limit=2, walk_to_end=True)
    plan = plan_page(f"{SITE}/zixun/list_3.html", listing(3, ["1001"]), **walk)
    assert [link.url for link in plan.follow] == [f"{SITE}/zixun/list_4.html"] and not plan.stopped_early
    # A page of the chain that lists no article at all is past the listing's end: walked to it.
    empty = plan_page(f"{SITE}/zixun/list_9.html", listing(9, []), **walk)
    assert empty.follow == [] and not empty.stopped_early


def test_known_articles_are_never_followed_but_a_new_one_resets_the_chain():
    known = {f"{SITE}/a/1001.html"}
    plan = plan_page(
        f"{SITE}/zixun/list_4.html",
        listing(4, ["1001", "1003"]),
        sites={"news.test"},
        known_articles=known,
        stale_pages=1,
        stale_limit=2,
    )
    urls = [link.url for link in plan.follow]
    assert f"{SITE}/a/1001.html" not in urls and f"{SITE}/a/1003.html" in urls
    assert plan.stale_pages == 0
