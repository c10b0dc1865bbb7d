"""Extraction of hand-written page variants: encodings, layouts, labels, bad input."""

from __future__ import annotations

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
