"""Extraction of hand-written page variants: encodings, layouts, labels, bad input."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from crawler.extract import extract
from crawler.extract.counters import counter_kind, parse_counter_answer
from crawler.extract.dates import parse_timestamp
from crawler.extract.encoding import decode_page

URL = "http://news.example.test/html/2025/0104/12345.html"
BODY = "中国产经观察消息:本市今年新建充电桩一万二千个，覆盖全部街道和主要高速服务区。"


def page(info: str, body: str = BODY, extra: str = "", head: str = '<meta charset="utf-8">') -> str:
    return (
        f"<html><head>{head}<title>标题 - 站点</title></head><body>"
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/a/">要闻</a> &gt; 正文</div>'
        f"<h1>本市新建充电桩一万二千个</h1><div>{info}</div>"
        f"<div class='text'><p>{body}</p><p>第二段：企业参与建设运营。</p>{extra}</div></body></html>"
    )


def test_seed_like_mirror_page():
    html = page(
        "來(lái)源: <a href='/'>中國產經觀察</a>　日期:2025-01-04 11:27:12　點(diǎn)擊:85030",
        body="中國(guó)產經觀察消息:本市今年新建充(chōng)電樁一萬二千個，覆蓋全部街道。",
        extra="<p>編(biān)輯:王宇</p><p>審核:胡君</p>",
    )
    article = extract(html.encode("utf-8"), URL)
    assert article.title == "本市新建充电桩一万二千个"
    assert article.source == "中国产经观察"
    assert article.published_at == "2025-01-04T11:27:12+08:00"
    assert article.clicks == 85030
    assert (article.editor, article.reviewer) == ("王宇", "胡君")
    assert article.breadcrumbs == ["首页", "要闻", "正文"] and article.category == "要闻"
    assert article.body.split("\n") == [
        "中国产经观察消息:本市今年新建充电桩一万二千个，覆盖全部街道。",
        "第二段：企业参与建设运营。",
    ]
    assert "(chōng)" in article.body_raw


@pytest.mark.parametrize(
    ("info", "source", "published", "clicks"),
    [
        (
            "来源：新华网　　发布时间：2025年01月04日 11:27　　点击：85030次",
            "新华网",
            "2025-01-04T11:27:00+08:00",
            85030,
        ),
        (
            "<span>来源：</span><span>经济日报</span> <span>时间：</span><span>2025/1/4 11:27</span>",
            "经济日报",
            "2025-01-04T11:27:00+08:00",
            None,
        ),
        (
            "文章来源：本站原创 发表时间：2024-12-31 浏览次数：1,204",
            "本站原创",
            "2024-12-31T00:00:00+08:00",
            1204,
        ),
        ("日期:2025-01-04 作者:张三 阅读：77", None, "2025-01-04T00:00:00+08:00", 77),
    ],
)
def test_info_line_forms(info, source, published, clicks):
    article = extract(page(info).encode("utf-8"), URL)
    assert (article.source, article.published_at, article.clicks) == (source, published, clicks)


@pytest.mark.parametrize(
    ("script", "kind", "article_id"),
    [
        ('<script src="/plus/count.php?view=yes&amp;aid=123"></script>', "dedecms", "123"),
        ('<script src="/e/public/ViewClick/?classid=2&id=456&addclick=1"></script>', "empirecms", "456"),
        (
            '<script src="http://news.example.test/api.php?op=count&amp;id=789&amp;modelid=1"></script>',
            "phpcms",
            "789",
        ),
        ('<script src="count.php?view=yes&amp;aid=30982"></script>', "generic", "30982"),  # page-relative
    ],
)
def test_counter_scripts(script, kind, article_id):
    article = extract(page(f"来源：本站 日期：2025-01-04 点击：{script}次").encode(), URL)
    assert article.clicks is None
    assert article.click_counter_url.startswith("http://news.example.test/")
    assert "&amp;" not in article.click_counter_url
    assert counter_kind(article.click_counter_url) == kind
    assert article.article_id == article_id


def test_counter_answer():
    assert parse_counter_answer("document.write('85030');") == 85030
    assert parse_counter_answer('document.write("1,204")') == 1204
    assert parse_counter_answer("<html>error</html>") is None


@pytest.mark.parametrize(
    ("extra", "editor", "reviewer"),
    [
        ("<p>[责任编辑:王宇]</p>", "王宇", None),
        ("<p>责任编辑：李明　审核：赵强</p>", "李明", "赵强"),
        ("<p>审核:胡君</p>", None, "胡君"),
        ("<p><span>编辑｜何晓岚　审核｜罗一鸣</span></p>", "何晓岚", "罗一鸣"),  # a bar after the label
        ("", None, None),
    ],
)
def test_editor_forms(extra, editor, reviewer):
    article = extract(page("来源：本站 日期：2025-01-04", extra=extra).encode(), URL)
    assert (article.editor, article.reviewer) == (editor, reviewer)
    assert "编辑" not in article.body and "审核" not in article.body


def test_noise_is_not_body():
    extra = (
        "<script>var a='分享';</script><style>p{color:red}</style><div class='bdshare'>分享到：微博 微信</div>"
        "<div><a href='/1.html'>上一篇：旧闻</a> <a href='/2.html'>下一篇：新闻</a></div>"
        "<p><img src='/img/a.jpg'></p><p>图为新建成的充电站。</p>"
    )
    article = extract(page("来源：本站 日期：2025-01-04", extra=extra).encode(), URL)
    assert article.body.split("\n")[-1] == "图为新建成的充电站。"
    assert "分享" not in article.body and "上一篇" not in article.body and "color" not in article.body
    assert article.images == ["http://news.example.test/img/a.jpg"]


def test_gbk_without_declaration():
    html = page("来源：本站 日期：2025-01-04", head="").encode("gbk")
    article = extract(html, URL)
    assert article.encoding == "gb18030"
    assert article.title == "本市新建充电桩一万二千个"


def test_wrong_declared_charset_is_overruled():
    html = page("来源：本站 日期：2025-01-04", head='<meta charset="gb2312">').encode("utf-8")
    assert extract(html, URL).title == "本市新建充电桩一万二千个"


def test_encoding_override_and_headers():
    html = page("来源：本站 日期：2025-01-04", head="").encode("gbk")
    assert extract(html, URL, encoding="gbk").encoding == "gb18030"
    text, used = decode_page("中文".encode("gbk"), {"Content-Type": "text/html; charset=GBK"})
    assert (text, used) == ("中文", "gb18030")
    text, used = decode_page(b"\xef\xbb\xbf<p>\xe4\xb8\xad</p>", None)
    assert (text, used) == ("<p>中</p>", "utf-8")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-01-04 11:27:12", "2025-01-04T11:27:12+08:00"),
        ("2025/1/4 11:27", "2025-01-04T11:27:00+08:00"),
        ("2025年01月04日 11:27", "2025-01-04T11:27:00+08:00"),
        ("2025-01-04", "2025-01-04T00:00:00+08:00"),
        ("2025-02-30 10:00", None),
        ("no date here", None),
    ],
)
def test_timestamps(text, iso):
    assert parse_timestamp(text) == iso


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\x00\x01\x02garbage\xff\xfe",
        b"<html><body><h1>\xe6\x9c\xac\xe5",  # cut inside a character
        b"<html><body><div>" * 3000,
        "<html><body><h1>标题</h1><div>来源：本站 日期：2025-01-04</div><div><p>中国产经观察消息:本市今年新建充电桩一万二千个，覆盖全部".encode(),
    ],
)
def test_malformed_pages_never_raise(body):
    article = extract(body, URL)
    assert article.error or article.title


def test_truncated_page_keeps_what_it_has():
    html = page("来源：本站 日期：2025-01-04").encode()
    cut = html[: html.index("第二段".encode()) + 6]
    article = extract(cut, URL)
    assert article.error is None
    assert article.body.startswith("中国产经观察消息") and article.source == "本站"


def test_list_page_is_not_an_article():
    links = "".join(
        f"<li><a href='/html/{i}.html'>新闻标题第{i}条关于产业发展</a> 2025-01-0{i % 9 + 1}</li>"
        for i in range(30)
    )
    html = f"<html><body><div>当前位置：首页 &gt; 资讯</div><ul>{links}</ul><div>下一页</div></body></html>"
    article = extract(html.encode(), "http://news.example.test/html/list_1.html")
    assert article.error and article.error.startswith("not an article page")


# Pages that print their fields in other ways: adjacent inline elements, no labels, other labels.
LONG_BODY = (
    "本市今年新建充电桩一万二千个，覆盖全部街道和主要高速服务区，方便市民出行和物流车辆补能。"
    "</p><p>据介绍，全市已形成以快充为主、慢充为辅的公共充电网络，平均服务半径缩短到一点五公里以内。"
)


def news_page(
    info: str, *, below: bool = False, head: str = "", crumb: str | None = None, tail: str = ""
) -> bytes:
    title = "本市新建充电桩一万二千个"
    crumb = (
        crumb
        if crumb is not None
        else '<div>当前位置：<a href="/">首页</a> &gt; <a href="/a/">要闻</a></div>'
    )
    body = f"<div class='text'><p>{LONG_BODY}</p>{tail}</div>"
    info_block = f"<div class='info'>{info}</div>"
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_要闻_示例新闻网</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a> | <a href='/a/'>要闻</a></div>{crumb}<h1>{title}</h1>{head}"
        + (body + info_block if below else info_block + body)
        + "<div class='footer'>版权所有 示例新闻网</div></body></html>"
    ).encode()


@pytest.mark.parametrize("below", [False, True], ids=["info-above-body", "info-below-body"])
@pytest.mark.parametrize(
    ("info", "source", "published", "clicks"),
    [
        (
            "<span>来源：新华网</span><time>2025-01-04 11:27</time>",
            "新华网",
            "2025-01-04T11:27:00+08:00",
            None,
        ),
        (
            "<span>来源：新华网</span><span>日期：2025-01-04</span><span>点击：85</span>",
            "新华网",
            "2025-01-04T00:00:00+08:00",
            85,
        ),
        ("2023年05月17日 09:42", None, "2023-05-17T09:42:00+08:00", None),
        ("新华社 2022-06-14", "新华社", "2022-06-14T00:00:00+08:00", None),
        ("<span>2023-05-17 09:42</span><span>人民网</span>", "人民网", "2023-05-17T09:42:00+08:00", None),
        ("来源于：经济日报 2023-05-17", "经济日报", "2023-05-17T00:00:00+08:00", None),
        ("出处：经济日报　发布时间：2023-05-17 10:00", "经济日报", "2023-05-17T10:00:00+08:00", None),
        ("来源<span>经济日报</span> <span>2023-05-17</span>", "经济日报", "2023-05-17T00:00:00+08:00", None),
        ("2023-05-17 <span>2381次阅读</span>", None, "2023-05-17T00:00:00+08:00", 2381),
        ("2023-05-17 阅读 86", None, "2023-05-17T00:00:00+08:00", 86),
        ("2023-05-17 阅读数(4720)", None, "2023-05-17T00:00:00+08:00", 4720),
        ("【来源：经济日报】【时间：2023-05-17】", "经济日报", "2023-05-17T00:00:00+08:00", None),
        (
            "作者：张三 来源：经济日报 发布时间：2023-05-17 09:42:11 浏览量：1,234",
            "经济日报",
            "2023-05-17T09:42:11+08:00",
            1234,
        ),
        ("发布于 2023-05-17 09:42 · 来源：经济日报", "经济日报", "2023-05-17T09:42:00+08:00", None),
    ],
)
def test_fields_by_label_or_by_shape(info, source, published, clicks, below):
    article = extract(news_page(info, below=below), URL)
    assert article.error is None
    assert article.title == "本市新建充电桩一万二千个"
    assert (article.source, article.published_at, article.clicks) == (source, published, clicks)
    assert article.body.startswith("本市今年") and article.body.endswith("以内。")


@pytest.mark.parametrize(
    ("tail", "editor", "reviewer"),
    [
        ("<span>编辑：李明</span><span>审核：周强</span>", "李明", "周强"),
        ("<p>编辑/张三</p>", "张三", None),
        ("<p>责任编辑：Li Wei</p>", "Li Wei", None),
        ("<p>（责任编辑：Li Wei Chen　审核：周强）</p>", "Li Wei Chen", "周强"),
        ("<p>编辑：李明审核：周强</p>", "李明", "周强"),
    ],
)
def test_credits_end_where_their_element_ends(tail, editor, reviewer):
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert (article.editor, article.reviewer) == (editor, reviewer)
    assert article.body.endswith("以内。")


@pytest.mark.parametrize(
    "tail",
    [
        "<p>THE END</p><p>本文来自一篇很长的推荐文字，介绍另一家企业的新产品和新服务，不属于这篇文章的正文内容。</p>",
        "<p>声明：本文仅代表作者观点，不代表本站立场。</p>",
        "<p>原标题：充电桩建设提速</p>",
        "<p><a href='#'>点赞</a> <a href='#'>分享</a></p>",
        "<p>版权所有 © 示例新闻网，未经授权不得转载</p><p>关注我们的微信公众号，获取更多产业资讯和深度报道内容。</p>",
    ],
)
def test_page_furniture_is_not_body(tail):
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.body.split("\n")[-1].endswith("以内。")
    assert len(article.body.split("\n")) == 2


@pytest.mark.parametrize(
    "head",
    ["<h2>全市充电网络基本成形</h2>", "<p class='author'>作者：王小明</p>", "<div>本报记者 王小明</div>"],
)
def test_lines_between_headline_and_info_line(head):
    article = extract(news_page("来源：本站 日期：2025-01-04", head=head), URL)
    assert article.title == "本市新建充电桩一万二千个"
    assert article.published_at == "2025-01-04T00:00:00+08:00"
    assert article.body.startswith("本市今年")


@pytest.mark.parametrize(
    "crumb",
    [
        "<div><a href='/'>首页</a> &gt; <a href='/a/'>要闻</a> &gt; 本市新建充电桩一万二千个</div>",
        "<div><a href='/'>首页</a> / <a href='/a/'>要闻</a> / <span>本市新建充电桩一万二千个</span></div>",
        "<div><a href='/'>首页</a><a href='/a/'>要闻</a><span>本市新建充电桩...</span></div>",
    ],
)
def test_unlabelled_trail_ending_with_the_headline(crumb):
    article = extract(news_page("来源：本站 日期：2025-01-04", crumb=crumb), URL)
    assert article.breadcrumbs[:2] == ["首页", "要闻"] and len(article.breadcrumbs) == 3
    assert article.category == "要闻"


def test_related_list_of_the_template_with_every_kind_of_href():
    items = "".join(
        f"<a href='{href}'><img src='/u/{n}.jpg' alt='相关文章标题{n}'></a><a href='{href}'>相关文章标题{n}</a>"
        f"<p>相关文章摘要{n}，介绍一项产业进展... <a href='{href}'>[阅读]</a></p>"
        for n, href in enumerate(
            ["http://news.example.test/html/1.html", "/html/2.html", "../../3.html", "4.html"]
        )
    )
    html = news_page("来源：本站 日期：2025-01-04", tail="").replace(
        b"<div class='footer'>",
        f"<div class='related'><h3>相关新闻</h3><div>{items}</div></div><div class='footer'>".encode(),
    )
    article = extract(html, URL)
    assert [r.url for r in article.related] == [
        "http://news.example.test/html/1.html",
        "http://news.example.test/html/2.html",
        "http://news.example.test/html/3.html",
        "http://news.example.test/html/2025/0104/4.html",
    ]
    assert [r.title for r in article.related] == [f"相关文章标题{n}" for n in range(4)]
    assert [r.summary for r in article.related] == [f"相关文章摘要{n}，介绍一项产业进展" for n in range(4)]


def test_page_with_headline_date_and_prose_but_no_labels_is_an_article():
    article = extract(news_page("2024-03-02"), URL)
    assert article.error is None and article.published_at == "2024-03-02T00:00:00+08:00"


def test_xhtml_page_with_an_xml_declaration():
    html = news_page("来源：本站 日期：2025-01-04").replace(
        b"<html>", b'<?xml version="1.0" encoding="utf-8"?>\n<html>'
    )
    article = extract(html, URL)
    assert article.error is None and article.source == "本站"


def _listing(item: str, wrap: str = "ul") -> bytes:
    summary = (
        "近日，某地一家制造企业完成智能化改造，生产效率提升三成以上，产品不良率明显下降，带动配套企业发展。"
    )
    items = "".join(item.format(n=n, summary=summary) for n in range(1, 13))
    return (
        "<html><head><title>地方新闻_示例新闻网</title></head><body>"
        "<div>当前位置：<a href='/'>首页</a> &gt; 地方新闻</div><h1>地方新闻</h1>"
        f"<{wrap}>{items}</{wrap}><div><a href='list_2.html'>下一页</a></div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "html",
    [
        _listing(
            "<li><h3><a href='/a/{n}.html'>第{n}家企业完成智能化改造</a></h3><p>{summary}</p><span>2025-01-0{n}</span></li>"
        ),
        _listing("<h3><a href='/a/{n}.html'>第{n}家企业完成智能化改造</a></h3><p>{summary}</p>", wrap="div"),
        _listing(
            "<tr><td><a href='/a/{n}.html'>第{n}家企业完成智能化改造</a><br>{summary}</td><td>2025-01-0{n}</td></tr>",
            wrap="table",
        ),
    ],
    ids=["li-items", "flat-headings", "table-rows"],
)
def test_listing_with_summaries_is_not_an_article(html):
    article = extract(html, "http://news.example.test/html/list_1.html")
    assert article.error and article.error.startswith("not an article page")


def test_article_whose_paragraphs_hold_links_is_an_article():
    paragraphs = "".join(
        f"<p>据统计，第{n}季度全市新增充电桩两千余个，详见<a href='/a/{n}.html'>第{n}季度充电设施建设情况通报</a>，"
        "其中快充桩占比进一步提高。</p>"
        for n in range(1, 8)
    )
    html = news_page("来源：本站 日期：2025-01-04", tail=paragraphs)
    article = extract(html, URL)
    assert article.error is None and len(article.body.split("\n")) == 9


@pytest.mark.parametrize(
    ("tail", "editor"),
    [("<p>责任编辑：张 晓</p>", "张晓"), ("<div>(责编：王珂、刘阳)</div>", "王珂、刘阳")],
)
def test_editor_names_spaced_out_or_several(tail, editor):
    assert extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL).editor == editor


def test_image_alt_text_is_not_body_text():
    tail = "<div><img src='/a.jpg' alt='充电桩'><span>图为新建的充电桩。</span></div>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.body.split("\n")[-1] == "图为新建的充电桩。"
    assert article.images == ["http://news.example.test/a.jpg"]


@pytest.mark.parametrize(
    ("crumb", "trail"),
    [
        ("<div><a href='/'>人民网</a>&gt;&gt;<a href='/jj/'>经济·科技</a></div>", ["人民网", "经济·科技"]),
        (
            "<div>您当前的位置：<a href='/'>首页</a> &gt; <a href='/gk/'>政务公开</a></div>"
            "<table><tr><td>索引号：</td><td>2024-00123</td></tr></table>",
            ["首页", "政务公开"],
        ),
    ],
)
def test_trails_of_other_sites(crumb, trail):
    assert extract(news_page("来源：本站 日期：2025-01-04", crumb=crumb), URL).breadcrumbs == trail


def test_a_paragraph_starting_with_a_crumb_word_is_body():
    tail = "<p>位置优越，交通便利，园区已吸引四十多家企业入驻，带动就业三千余人。</p>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.body.endswith("带动就业三千余人。")


def test_portal_credits_and_share_headings():
    tail = "<h3>分享此文：</h3><div>本文来源：中国新闻网 作者：李晓 责任编辑：王晓明_NN1234</div>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.editor == "王晓明"
    assert article.body.endswith("以内。")


def test_headline_above_a_bare_date_when_title_and_headings_say_nothing():
    html = (
        "<html><head><meta charset='utf-8'><title>示例新闻网</title></head><body>"
        "<div class='tit'>本市新建充电桩一万二千个</div><div class='time'>2024-03-02 10:00</div>"
        f"<div class='con'><p>{LONG_BODY}</p></div></body></html>"
    )
    article = extract(html.encode(), URL)
    assert (article.title, article.published_at) == ("本市新建充电桩一万二千个", "2024-03-02T10:00:00+08:00")


def test_search_results_of_three_alike_items_are_a_listing():
    items = "".join(
        f"<article class='post search-item'><h2><a href='/2023/0{n}/p{n}/'>工商业储能项目第{n}期建设进展调查报告</a></h2>"
        f"<time>2023-0{n}-03</time><p class='excerpt'>进入四月，多个省份新版分时电价政策陆续执行，高峰与低谷时段的电价差进一步拉大，项目收益测算随之变化……</p></article>"
        for n in range(1, 4)
    )
    html = f"<html><head><title>搜索结果_储能观察</title></head><body><h1>“储能”的搜索结果</h1><div class='list'>{items}</div></body></html>"
    article = extract(html.encode(), "http://news.example.test/?s=储能")
    assert article.error and article.error.startswith("not an article page")


def test_related_cards_whose_link_holds_title_outlet_and_date():
    cards = "".join(
        f"<li><a href='/n/{n}.html'><h4>相关文章标题{n}</h4><p><span>东海商报</span><span>10-0{n}</span></p></a></li>"
        for n in range(1, 4)
    )
    html = news_page("来源：本站 日期：2025-01-04").replace(
        b"<div class='footer'>", f"<div><h3>相关新闻</h3><ul>{cards}</ul></div><div class='footer'>".encode()
    )
    related = extract(html, URL).related
    assert [(r.title, r.summary) for r in related] == [(f"相关文章标题{n}", None) for n in range(1, 4)]


@pytest.mark.parametrize(
    ("crumb", "trail"),
    [
        ("<div><a href='/'>首页</a>-<a href='/ny/'>农业</a>-正文</div>", ["首页", "农业", "正文"]),
        (
            "<div><a href='/cj/'>财经</a>&gt;<a href='/cj/cj/'>产经</a>&gt;正文</div>",
            ["财经", "产经", "正文"],
        ),
        (
            "<div><a href='/'>示例网首页</a> &gt; <a href='/cj/'>财经</a> &gt; <span>正文</span></div>",
            ["示例网首页", "财经", "正文"],
        ),
    ],
)
def test_trails_with_hyphens_or_bare_arrows(crumb, trail):
    assert extract(news_page("来源：本站 日期：2025-01-04", crumb=crumb), URL).breadcrumbs == trail


def test_a_sentence_holding_a_date_is_body_a_dateline_is_not():
    tail = "<p>《若干措施》自2023年9月1日起施行，有效期至2025年12月31日。</p><p>2024年3月15日</p>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.body.split("\n")[-1] == "《若干措施》自2023年9月1日起施行，有效期至2025年12月31日。"


@pytest.mark.parametrize(
    "src",
    ["/visitcount/?id=123", "/system/visit.jsp?id=123&type=news", "/hits.aspx?id=123"],
)
def test_counter_scripts_of_java_and_dotnet_sites(src):
    article = extract(
        page(f"来源：本站 日期：2025-01-04 点击：<script src='{src}'></script>次").encode(), URL
    )
    assert counter_kind(article.click_counter_url) == "generic"


def test_a_caption_line_with_a_sentence_stays_body():
    tail = "<p>图：工人们正在安装新建充电桩，今年全市计划新增一万二千个，覆盖全部街道。</p>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.body.endswith("覆盖全部街道。")


def test_a_role_word_beside_the_date_is_not_a_source():
    article = extract(
        news_page("<span>李明</span> <span>资深产业记者</span> <span>2025-01-04 11:27</span>"), URL
    )
    assert article.source is None
    assert article.published_at == "2025-01-04T11:27:00+08:00"


def test_the_info_lines_date_before_a_print_edition_line():
    head = "<div class='paper'>《东海日报》2024年06月03日 第03版</div>"
    article = extract(news_page("来源：东海日报 2024-06-03 08:15", head=head), URL)
    assert article.published_at == "2024-06-03T08:15:00+08:00"


def test_amp_images_are_the_articles_images():
    tail = "<amp-img src='/uploads/2025/pile.jpg' width='600' height='400' alt='充电桩'></amp-img>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.images == ["http://news.example.test/uploads/2025/pile.jpg"]


def test_a_source_ends_before_a_byline_after_a_space():
    article = extract(news_page("2024-10-11 16:40　来源：东州晚报　记者 石晓岚　阅读：12次"), URL)
    assert article.source == "东州晚报"
    assert extract(news_page("来源：新华社记者 2024-10-11"), URL).source == "新华社记者"


def _with_related(heading: str, items: str) -> bytes:
    return news_page("来源：本站 日期：2025-01-04").replace(
        b"<div class='footer'>", f"<div><h3>{heading}</h3><ul>{items}</ul></div><div class='footer'>".encode()
    )


def test_related_under_a_related_heading_and_its_item_meta():
    items = "".join(
        f"<li><a href='/n/{n}.html'>相关稿件标题{n}</a><div><span>东岸新闻</span><span>2024-05-0{n}</span></div></li>"
        for n in range(1, 4)
    )
    related = extract(_with_related("相关稿件", items), URL).related
    assert [(r.title, r.summary) for r in related] == [(f"相关稿件标题{n}", None) for n in range(1, 4)]


def test_a_video_card_whose_image_link_shows_its_duration():
    items = "".join(
        f"<li><a href='/v/{n}.html'><img src='/t/{n}.jpg' alt=''><span class='dur'>0{n}:18</span></a>"
        f"<p><a href='/v/{n}.html'>视频新闻标题{n}</a></p></li>"
        for n in range(1, 4)
    )
    related = extract(_with_related("相关新闻", items), URL).related
    assert [r.title for r in related] == [f"视频新闻标题{n}" for n in range(1, 4)]


CHANNELS = "".join(
    f"<a href='/c{n}/'>{name}</a>\n"
    for n, name in enumerate("时政 社会 经济 文化 体育 区县 图片 视频".split())
)


def test_a_channel_bar_below_a_whole_trail_is_not_part_of_it():
    crumb = (
        "<div><a href='/'>示例首页</a> &gt; <a href='/news/'>新闻中心</a> &gt; <a href='/gn/'>国内新闻</a> &gt; 正文</div>"
        f"<div class='channels'>{CHANNELS}</div>"
    )
    article = extract(news_page("来源：本站 日期：2025-01-04", crumb=crumb), URL)
    assert (article.breadcrumbs, article.category) == (
        ["示例首页", "新闻中心", "国内新闻", "正文"],
        "国内新闻",
    )


def test_a_channel_bar_opening_with_home_is_not_a_trail():
    bar = f"<div class='nav'><a href='/'>首页</a>\n{CHANNELS}</div>"
    trail = "<div><a href='/'>示例网</a> &gt; <a href='/news/'>新闻</a> &gt; <a href='/news/sh/'>社会</a> &gt;</div>"
    assert extract(news_page("来源：本站 日期：2025-01-04", crumb=bar + trail), URL).breadcrumbs == [
        "示例网",
        "新闻",
        "社会",
    ]
    assert extract(news_page("来源：本站 日期：2025-01-04", crumb=bar), URL).breadcrumbs is None


def test_a_sidebar_of_dated_links_is_not_the_date_line():
    sidebar = "".join(
        f"<li><a href='/2024/06/1{n}/p{n}.html'>另一篇文章{name}</a><span class='date'>2024-06-1{n}</span></li>"
        for n, name in enumerate("甲乙丙丁", 1)
    )
    html = (
        news_page("<span>文｜蒋若岚</span>", tail="")
        .replace(b"</title>", b"</title><meta name='publishdate' content='2024-06-18 09:00:00'>")
        .replace(b"<div class='footer'>", f"<ul class='latest'>{sidebar}</ul><div class='footer'>".encode())
    )
    article = extract(html, URL)
    assert (article.published_at, article.source) == ("2024-06-18T09:00:00+08:00", None)


@pytest.mark.parametrize(
    "byline", ["文/记者 沈一鸣 通讯员 葛蕾", "文｜蒋若岚", "本报记者　王明　通讯员　李华", "图/文 陈晨"]
)
def test_an_author_line_in_the_text_is_not_body(byline):
    html = news_page("来源：本站 日期：2025-01-04").replace(
        b"<div class='text'><p>", f"<div class='text'><p>{byline}</p><p>".encode()
    )
    article = extract(html, URL)
    assert byline not in article.body and article.body.startswith(LONG_BODY[:10])


def test_a_dateline_naming_the_reporter_is_body():
    tail = "<p>本报讯（记者 王明）近日，市里召开新闻发布会。</p><p>记者 从市统计局获悉，前三季度全市经济运行平稳。</p>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.body.endswith(
        "本报讯（记者 王明）近日，市里召开新闻发布会。\n记者 从市统计局获悉，前三季度全市经济运行平稳。"
    )


def test_a_logo_link_in_the_h1_is_not_the_headline():
    html = (
        "<html><head><meta charset='utf-8'><title>本市新建充电桩一万二千个_要闻_示例新闻网</title></head><body>"
        "<div class='hd'><h1 class='logo'><a href='/'><img src='/logo.gif' alt='示例新闻网'>示例新闻网</a></h1></div>"
        "<div class='tit'><b>本市新建充电桩一万二千个</b></div><div class='info'>来源：本站 日期：2025-01-04</div>"
        f"<div class='text'><p>{LONG_BODY}</p></div></body></html>"
    )
    assert extract(html.encode(), URL).title == "本市新建充电桩一万二千个"


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("搜索结果_示例新闻网", URL),
        ("“储能”的搜索结果 - 示例新闻网", URL),
        ("示例新闻网", "http://news.test/plus/search.php?q=储能"),
    ],
)
def test_a_search_page_is_not_an_article(title, url):
    html = news_page("日期：2024-12-21").replace(b"<title>", b"<title>" + title.encode() + b"</title><x>", 1)
    article = extract(html, url)
    assert article.error == "not an article page: search results"


def test_a_headline_about_search_results_is_an_article():
    html = news_page("日期：2024-12-21").replace(b"<title>", "<title>平台搜索结果排序新规出台_".encode(), 1)
    assert extract(html, URL).error is None


def test_a_table_in_the_text_reads_a_row_per_line():
    table = (
        "<p>本周主要品种价格如下：</p><table><tr><th>品种</th><th>价格</th><th>涨跌</th></tr>"
        "<tr><td>螺纹钢</td><td><span>3650元/吨</span></td><td>+20</td></tr>"
        "<tr><td>热轧卷板</td><td>3810元/吨</td><td>-15</td></tr></table>"
    )
    body = extract(news_page("来源：本站 日期：2025-01-04", tail=table), URL).body
    assert body.endswith(
        "本周主要品种价格如下：\n品种\t价格\t涨跌\n螺纹钢\t3650元/吨\t+20\n热轧卷板\t3810元/吨\t-15"
    )


def test_paragraphs_of_one_layout_cell_stay_lines():
    html = news_page("来源：本站 日期：2025-01-04").replace(
        b"<div class='text'>", b"<table><tr><td class='text'>"
    )
    html = html.replace(
        b"</div><div class='footer'>",
        b"<p>"
        + "第二段：据介绍，全市已形成以快充为主的公共充电网络。".encode()
        + b"</p></td></tr></table><div class='footer'>",
    )
    assert extract(html, URL).body.split("\n")[-1] == "第二段：据介绍，全市已形成以快充为主的公共充电网络。"


@pytest.mark.parametrize("attribute", ["data-actualsrc", "real_src", "data-lazy-src"])
def test_lazy_images_in_their_attribute(attribute):
    tail = f"<p><img src='/blank.gif' {attribute}='/pics/1.jpg'></p>"
    article = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL)
    assert article.images == [urljoin(URL, "/pics/1.jpg")]


def test_where_money_or_figures_came_from_is_not_the_source():
    tail = "<p>资金来源：公司自有资金及银行贷款。</p><p>数据来源：市统计局。</p>"
    assert extract(news_page("日期：2025-01-04", tail=tail), URL).source is None


def test_a_site_feed_is_not_the_related_list():
    items = "".join(f"<li><a href='/n/{n}.html'>站内推荐文章标题{n}</a></li>" for n in range(1, 4))
    for heading in ("猜你喜欢", "为你推荐", "大家都在看"):
        assert extract(_with_related(heading, items), URL).related is None
    assert extract(_with_related("推荐阅读", items), URL).related is not None


def test_counts_beside_an_item_are_not_its_summary():
    items = "".join(
        f"<li><a href='/p/{n}'>相关文章标题{n}</a><span>862 赞同 · 53 评论</span></li>" for n in range(1, 4)
    )
    assert [r.summary for r in extract(_with_related("相关阅读", items), URL).related] == [None] * 3


@pytest.mark.parametrize(
    ("info", "published"),
    [
        ("2024-06-03 星期一 09:31:05", "2024-06-03T09:31:05+08:00"),  # a weekday between date and time
        ("2024年6月3日（周一）10:20", "2024-06-03T10:20:00+08:00"),
    ],
)
def test_dates_with_a_weekday(info, published):
    assert extract(news_page(info), URL).published_at == published


def test_an_edit_time_is_not_the_publication_time():
    html = news_page("编辑于 2024-05-12 21:40").replace(
        b"</head>",
        b'<script type="application/ld+json">{"@type": "Article", "datePublished": "2024-05-10T10:12:30+08:00"}'
        b"</script></head>",
    )
    assert extract(html, URL).published_at == "2024-05-10T10:12:30+08:00"


def test_a_wechat_article_dated_by_its_script():
    html = news_page("<span id='js_name'>示例公众号</span><em id='publish_time'></em>").replace(
        b"</body>", b'<script>var ct = "1715261400";</script></body>'
    )
    article = extract(html, URL)
    assert (article.error, article.published_at) == (None, "2024-05-09T21:30:00+08:00")


@pytest.mark.parametrize(
    ("url", "article_id"),
    [
        (
            "https://baijia.test/s?id=1798765432101234567",
            "1798765432101234567",
        ),  # a script's name, then the id
        ("http://news.test/show.php?itemid=2046", "2046"),
        ("http://news.test/html/2025/0104/12345.html", "12345"),
        ("http://news.test/news/gongye-chuneng-shouyi/", "gongye-chuneng-shouyi"),
        ("http://news.test/p/98765?from=timeline", "98765"),
    ],
)
def test_article_id_from_the_url(url, article_id):
    assert extract(news_page("来源：本站 日期：2025-01-04"), url).article_id == article_id


def test_a_channel_path_in_the_info_bar_below_the_headline():
    path = "<div class='path'><a href='/'>示例财经</a> &gt; <a href='/jj/'>基金</a> &gt; <a href='/jj/x/'>基金新闻</a></div>"
    article = extract(news_page("2024年06月05日 07:55 东州基金报", crumb="", head=path), URL)
    assert (article.breadcrumbs, article.category) == (["示例财经", "基金", "基金新闻"], "基金新闻")
    assert "基金新闻" not in article.body


def test_a_link_row_of_many_words_is_not_a_crumb():
    bar = (
        "<table><tr><td><a href='/'>示例日报网首页</a></td></tr></table><div class='bar'>"
        + " ".join(
            f"<a href='/{n}/'>{w}</a>"
            for n, w in enumerate("返回原文 数字报 新闻 财经 社会 文化 评论".split())
        )
        + "</div>"
    )
    assert extract(news_page("来源：本站 日期：2025-01-04", crumb=bar), URL).breadcrumbs is None


def test_a_flash_items_stock_box_and_tools_are_not_body():
    tail = (
        "<div>相关股票：<a href='/q/sh600123'>东州电力 600123</a><span>+3.42%</span></div>"
        "<div><span>分享</span><span>生成海报</span><span>利好 126</span><span>利空 9</span></div>"
    )
    body = extract(news_page("来源：本站 日期：2025-01-04", tail=tail), URL).body
    assert "相关股票" not in body and "海报" not in body


def test_feed_items_with_outlet_time_and_comments_and_an_advert():
    items = (
        "".join(
            f"<li><a href='/n/{n}.html'>相关推荐文章标题{n}</a><div>北原财经 06-0{n} 11:14 2{n}评论</div></li>"
            for n in range(1, 4)
        )
        + "<li><a href='https://ads.test/click?id=7'>开户即送行情，手机炒股就用示例APP</a><span>广告</span></li>"
    )
    related = extract(_with_related("相关阅读", items), URL).related
    assert [(r.title, r.summary) for r in related] == [(f"相关推荐文章标题{n}", None) for n in range(1, 4)]


def test_a_long_summary_made_of_outlet_words_is_read_as_a_summary():
    """Outlet words end in 新闻/网/报: a pattern that let them stand side by side took exponential time."""
    summary = "新闻网报" * 100
    items = "".join(
        f"<li><a href='/n/{n}.html'>相关文章标题{n}</a><p>{summary}</p></li>" for n in range(1, 3)
    )
    assert [r.summary for r in extract(_with_related("相关阅读", items), URL).related] == [summary] * 2
