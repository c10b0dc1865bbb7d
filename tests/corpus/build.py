# ruff: noqa: E501  (HTML templates with CJK text: ruff counts each CJK character as two columns)
"""Render the extraction corpus: saved article pages of the 中国产经观察 CMS family with expected records.

Deterministic: every page is rendered from the clean simplified texts in ``texts/articles.txt`` with
seeded randomness, then written as raw bytes in the page's own encoding to ``pages/NN-slug.html``; the
record the extractor must produce goes to ``expected/NN-slug.json``.

    python tests/corpus/build.py

Traditional mirror pages use ``crawler.demo.mirror`` (traditional characters, pinyin annotations,
GBK byte-phase damage); the expected values are always the clean simplified texts.
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import opencc

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from crawler.demo import mirror  # noqa: E402

PAGES_DIR = HERE / "pages"
EXPECTED_DIR = HERE / "expected"
TEXTS = HERE / "texts" / "articles.txt"

BOM = b"\xef\xbb\xbf"
IDEO = "\u3000"  # ideographic space
ZWSP = "\u200b"


# --- texts ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    key: str
    title: str
    paragraphs: tuple[str, ...]


def load_texts() -> dict[str, Text]:
    """Read ``texts/articles.txt``: ``== key``, the headline, then one paragraph a line."""
    texts: dict[str, Text] = {}
    key: str | None = None
    lines: list[str] = []

    def flush() -> None:
        if key is not None:
            texts[key] = Text(key, lines[0], tuple(lines[1:]))

    for raw in TEXTS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            flush()
            key, lines = line[3:].strip(), []
        else:
            lines.append(line)
    flush()
    return texts


TEXTS_BY_KEY = load_texts()
S2T = opencc.OpenCC("s2t")
TW2S = opencc.OpenCC("tw2s")


def check_round_trip(text: str) -> None:
    """Traditional mirror pages must convert back to exactly the clean text."""
    back = TW2S.convert(S2T.convert(text))
    if back != text:
        raise SystemExit(f"s2t/tw2s does not round-trip: {text!r} -> {back!r}")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


# --- renderers: how a page prints a clean string ---------------------------------------------------


Render = Callable[[str], str]


def plain(text: str) -> str:
    return esc(text)


def make_mirror(seed: int, rate: float = 0.3, fullwidth: bool = False) -> Render:
    """Traditional characters with pinyin after some of them, like the mirrors print every string."""
    rng = random.Random(seed)

    def render(text: str) -> str:
        check_round_trip(text)
        trad = mirror.to_traditional(text)
        return esc(mirror.annotate(trad, rng=rng, rate=rate, fullwidth=fullwidth, context=text))

    return render


def fullwidth_digits(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


# --- expected records --------------------------------------------------------------------------------


def summary_cut(key: str, length: int) -> str:
    """The clean related-news summary: the body from its start, cut at ``length`` characters."""
    return " ".join(TEXTS_BY_KEY[key].paragraphs)[:length].rstrip()


@dataclass
class Related:
    href: str  # as written in the page
    key: str
    cut: int | None  # None: the template prints no summary

    @property
    def title(self) -> str:
        return TEXTS_BY_KEY[self.key].title

    @property
    def summary(self) -> str | None:
        return None if self.cut is None else summary_cut(self.key, self.cut)


def record(
    url: str,
    *,
    article_id: str,
    title: str,
    source: str | None,
    published_at: str | None,
    clicks: int | None = None,
    counter: str | None = None,
    editor: str | None = None,
    reviewer: str | None = None,
    breadcrumbs: list[str] | None = None,
    category: str | None = None,
    body: list[str],
    images: list[str] | None = None,
    related: list[Related] | None = None,
) -> dict:
    return {
        "url": url,
        "article_id": article_id,
        "title": title,
        "source": source,
        "published_at": published_at,
        "clicks": clicks,
        "click_counter_url": urljoin(url, counter) if counter else None,
        "editor": editor,
        "reviewer": reviewer,
        "breadcrumbs": breadcrumbs,
        "category": category,
        "body": "\n".join(body),
        "images": [urljoin(url, src) for src in images] if images else None,
        "related": (
            [{"url": urljoin(url, r.href), "title": r.title, "summary": r.summary} for r in related]
            if related
            else None
        ),
    }


def not_article(url: str) -> dict:
    return {"url": url, "error": True}


# --- shared page furniture ------------------------------------------------------------------------


def site_header(render: Render = plain, site: str = "中国产经观察") -> str:
    items = ["首页", "资讯", "产经", "财经", "科技", "农业", "文旅", "专题"]
    links = " | ".join(
        f'<a href="/html/list_{i}_1.html">{render(name)}</a>' if i else f'<a href="/">{render(name)}</a>'
        for i, name in enumerate(items)
    )
    return (
        f'<div class="header"><div class="logo"><a href="/"><img src="/skin/images/logo.png" '
        f'alt="{attr(html.unescape(render(site)))}"></a></div>\n<div class="nav">{links}</div></div>'
    )


def site_footer(render: Render = plain) -> str:
    return (
        '<div class="footer">\n'
        f"<p>{render('关于我们')} | {render('联系方式')} | {render('广告服务')} | {render('网站地图')}</p>\n"
        f"<p>Copyright &copy; 2016-2025 {render('中国产经观察')} {render('版权所有')}</p>\n"
        f"<p>{render('本站部分内容来源于网络，如有侵权请联系删除。')}</p>\n"
        "</div>"
    )


STATS_SCRIPT = (
    '<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement("script");\n'
    '  hm.src = "/js/stat.js?v=20250101";\n  var s = document.getElementsByTagName("script")[0];\n'
    "  s.parentNode.insertBefore(hm, s);\n})();\n</script>"
)


def share_bar(render: Render = plain, label: str = "分享:") -> str:
    return (
        f'<div class="share">{render(label)}'
        f'<a href="#" class="s-wx" title="{attr("微信")}"></a>'
        f'<a href="#" class="s-wb" title="{attr("微博")}"></a>'
        f'<a href="#" class="s-qq" title="QQ"></a></div>'
    )


def paragraphs(texts: list[str], render: Render = plain, indent: str = IDEO * 2, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{indent}{render(t)}</{tag}>" for t in texts)


def related_cards(
    items: list[Related],
    render: Render = plain,
    heading: str = "相关新闻",
    more: str = "[阅读]",
    ellipsis: str = "...",
) -> str:
    """The original template: image (alt = title), title link, summary cut with ... and a [阅读] link."""
    lis = []
    for n, r in enumerate(items):
        title = render(r.title)
        alt = attr(html.unescape(title))
        cut = summary_cut(r.key, r.cut or 100)
        lis.append(
            f'<li><a href="{attr(r.href)}" class="pic"><img src="/uploads/thumb/{n + 1}.jpg" alt="{alt}"></a>\n'
            f'<h3><a href="{attr(r.href)}">{title}</a></h3>\n'
            f'<p>{render(cut)}{ellipsis} <a href="{attr(r.href)}">{render(more)}</a></p></li>'
        )
    return f'<div class="related"><h2>{render(heading)}</h2>\n<ul>\n' + "\n".join(lis) + "\n</ul></div>"


def related_links(items: list[Related], render: Render = plain, heading: str = "相关阅读") -> str:
    """A bare list of links: no summary."""
    lis = "\n".join(f'<li><a href="{attr(r.href)}">{render(r.title)}</a></li>' for r in items)
    return f"<h4>{render(heading)}</h4>\n<ul>\n{lis}\n</ul>"


def doc(head: str, body: str, lang: str = "zh-CN") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    )


# --- pages -------------------------------------------------------------------------------------------


@dataclass
class Page:
    slug: str
    variant: str
    data: bytes
    expected: dict


PAGES: list[Callable[[], Page]] = []


def page(fn: Callable[[], Page]) -> Callable[[], Page]:
    PAGES.append(fn)
    return fn


@page
def original_utf8() -> Page:
    url = "http://www.cien-demo.test/html/2025/0104/12345.html"
    t = TEXTS_BY_KEY["jineng"]
    rel = [
        Related("/html/2024/1230/12301.html", "haiyun", 118),
        Related("/html/2024/1221/12207.html", "chuneng", 104),
        Related("/html/2024/1220/12188.html", "jiqiren", 121),
        Related("/html/2024/1218/12160.html", "chaye", 95),
    ]
    body = f"""{site_header()}
<div class="main">
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_1_1.html">资 讯</a> &gt;&gt; \
<a href="/html/list_12_1.html">地方新闻</a> &gt;&gt; 查看详情</div>
<div class="article">
<h1>{esc(t.title)}</h1>
<div class="info">来源: 中国产经观察 &nbsp; 日期:2025-01-04 11:27:12 &nbsp;点击:85030 </div>
{share_bar()}
<div class="content">
{paragraphs(list(t.paragraphs))}
<p><br></p>
<div class="editor"><p>编辑:王宇</p><p>审核:胡君</p></div>
</div>
{related_cards(rel)}
</div>
</div>
{site_footer()}
{STATS_SCRIPT}"""
    head = (
        '<meta charset="utf-8">\n'
        f"<title>{esc(t.title)} - 中国产经观察</title>\n"
        '<meta name="keywords" content="产业技能学院,湖州,职工培训">\n'
        '<link rel="stylesheet" href="/skin/css/style.css">'
    )
    exp = record(
        url,
        article_id="12345",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-04T11:27:12+08:00",
        clicks=85030,
        editor="王宇",
        reviewer="胡君",
        breadcrumbs=["首页", "资讯", "地方新闻", "查看详情"],
        category="地方新闻",
        body=list(t.paragraphs),
        related=rel,
    )
    return Page(
        "original-utf8",
        "simplified UTF-8 original: seed structure, `>>` breadcrumb, "
        "editor/reviewer on separate lines inside the content div, 相关新闻 cards",
        doc(head, body).encode("utf-8"),
        exp,
    )


@page
def mirror_trad_pinyin() -> Page:
    url = "https://mirror1.example/2021/0323/610246.shtml"
    t = TEXTS_BY_KEY["jineng"]
    m = make_mirror(seed=2)
    rel = [
        Related("/2021/0322/610201.shtml", "haiyun", 118),
        Related("/2021/0322/610188.shtml", "chuneng", 104),
        Related("/2021/0321/610150.shtml", "jiqiren", 121),
        Related("/2021/0320/610122.shtml", "chaye", 95),
    ]
    body = f"""{site_header(m)}
<div class="wrap">
<div class="weizhi">{m("当前位置")}: <a href="/">{m("首页")}</a> &gt;&gt; <a href="/zixun/">{m("资")} {m("讯")}</a> \
&gt;&gt; <a href="/difang/">{m("地方新闻")}</a> &gt;&gt; {m("查看详情")}</div>
<h1 class="tit">{m(t.title)}</h1>
<div class="xinxi">{m("来源")}: {m("中国产经观察")} &nbsp; {m("日期")}:2025-01-04 11:27:12 &nbsp;{m("点击")}:85030 </div>
{share_bar(m)}
<div class="neirong">
{paragraphs(list(t.paragraphs), m, indent="&nbsp; &nbsp;")}
</div>
<p>{m("编辑")}:{m("王宇")}<br>
{m("审核")}:{m("胡君")}</p>
{related_cards(rel, m, more="[阅读]")}
</div>
{site_footer(m)}
{STATS_SCRIPT}"""
    head = f'<meta charset="utf-8">\n<title>{m(t.title)} - {m("中国产经观察")}</title>'
    exp = record(
        url,
        article_id="610246",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-04T11:27:12+08:00",
        clicks=85030,
        editor="王宇",
        reviewer="胡君",
        breadcrumbs=["首页", "资讯", "地方新闻", "查看详情"],
        category="地方新闻",
        body=list(t.paragraphs),
        related=rel,
    )
    return Page(
        "mirror-trad-pinyin",
        "traditional UTF-8 mirror of 01 with pinyin annotations everywhere "
        "(title, breadcrumb, labels, body, related, editor names); `(试行)`/`(周敏)` are text",
        doc(head, body, lang="zh-TW").encode("utf-8"),
        exp,
    )


@page
def gbk_meta_charset() -> Page:
    url = "http://www.cien-demo.test/2021/0323/610247.shtml"
    t = TEXTS_BY_KEY["haiyun"]
    rel = [
        Related("/2021/0322/610233.shtml", "zaochuan", 90),
        Related("/2021/0321/610219.shtml", "qiche", 90),
        Related("/2021/0320/610204.shtml", "lenglian", 90),
    ]
    body = f"""{site_header()}
<div class="container">
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/chanjing/">产经</a> &gt; \
<a href="/chanjing/jiaotong/">交通物流</a> &gt; 正文</div>
<h2 class="title">{esc(t.title)}</h2>
<div class="meta">
<span>来源：中国产经观察</span> <span>时间：2024-12-31 09:05:40</span> <span>点击：3306</span>
</div>
<div id="text">
{paragraphs(list(t.paragraphs))}
<p style="text-align:right">[责任编辑:王宇]</p>
</div>
<div class="pager"><a href="/2021/0323/610245.shtml">上一篇：钢铁行业超低排放改造取得阶段性进展</a><br>
<a href="/2021/0323/610248.shtml">下一篇：光伏组件回收利用产业开始起步</a></div>
{related_cards(rel, heading="相关文章", ellipsis="…", more="[阅读]")}
</div>
{site_footer()}"""
    head = f'<meta charset="gbk">\n<title>{esc(t.title)}_产经_中国产经观察网</title>'
    exp = record(
        url,
        article_id="610247",
        title=t.title,
        source="中国产经观察",
        published_at="2024-12-31T09:05:40+08:00",
        clicks=3306,
        editor="王宇",
        breadcrumbs=["首页", "产经", "交通物流", "正文"],
        category="交通物流",
        body=list(t.paragraphs),
        related=rel,
    )
    return Page(
        "gbk-meta-charset",
        'GBK with `<meta charset="gbk">`, info in `<span>`s with full-width colons, '
        "`时间：`, `[责任编辑:王宇]` inside the body div, 上一篇/下一篇, 相关文章 with `…`",
        doc(head, body).encode("gbk"),
        exp,
    )


def table_page(t: Text, *, head_meta: str, encoding: str, info: str, crumb: str, footer_editor: str) -> bytes:
    """A legacy table layout: font tags, td cells, body lines separated by <br>."""
    lines = "<br>\n".join(f"{IDEO * 2}{esc(p)}<br>" for p in t.paragraphs)
    html_text = f"""<html>
<head>
{head_meta}
<title>{esc(t.title)}--中国产经观察</title>
<style type="text/css">
td {{ font-size: 12px; line-height: 180%; }}
.t1 {{ font-size: 20px; font-weight: bold; color: #c00; }}
</style>
</head>
<body bgcolor="#FFFFFF" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80"><img src="/images/top_banner.gif" width="960" height="80"></td></tr>
<tr><td height="26" bgcolor="#E8E8E8"><font color="#333333">{crumb}</font></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="8" cellspacing="0">
<tr><td align="center" class="t1"><font face="黑体">{esc(t.title)}</font></td></tr>
<tr><td align="center"><font color="#666666">{info}</font></td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="content"><font style="font-size:14px">
{lines}
</font></td></tr>
<tr><td align="right">{footer_editor}</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td align="center">
<font color="#999999">版权所有 中国产经观察 未经授权禁止转载</font></td></tr></table>
</body>
</html>
"""
    return html_text.encode(encoding)


@page
def gb2312_http_equiv_table() -> Page:
    url = "http://www.cien-demo.test/html/2024/1220/11873.html"
    t = TEXTS_BY_KEY["chuneng"]
    data = table_page(
        t,
        encoding="gbk",
        head_meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        crumb='当前位置：<a href="/">首页</a> → <a href="/html/list_3_1.html">能源</a> → '
        '<a href="/html/list_31_1.html">新能源</a>',
        info="来源：中国产经观察&nbsp;&nbsp;&nbsp;&nbsp;日期：2024/12/20 16:08&nbsp;&nbsp;&nbsp;&nbsp;点击：612",
        footer_editor='<font color="#666666">责任编辑：李楠</font>',
    )
    exp = record(
        url,
        article_id="11873",
        title=t.title,
        source="中国产经观察",
        published_at="2024-12-20T16:08:00+08:00",
        clicks=612,
        editor="李楠",
        breadcrumbs=["首页", "能源", "新能源"],
        category="新能源",
        body=list(t.paragraphs),
    )
    return Page(
        "gb2312-http-equiv-table",
        "GBK bytes declared gb2312 by http-equiv; legacy `<table>`/`<font>` "
        "layout, headline in a td, body lines separated by `<br>`, `→` breadcrumb without a label item, "
        "`2024/12/20 16:08`, only 责任编辑",
        data,
        exp,
    )


@page
def gbk_no_declaration() -> Page:
    url = "http://www.cien-demo.test/html/2024/1118/10452.html"
    t = TEXTS_BY_KEY["qicheng"]
    body = f"""<div class="top"><a href="/">首页</a> <a href="/html/list_5_1.html">农业</a></div>
<div class="dqwz">当前位置：<a href="/">首页</a>&nbsp;&raquo;&nbsp;<a href="/html/list_5_1.html">农业</a>&nbsp;&raquo;&nbsp;\
<a href="/html/list_51_1.html">特色农业</a></div>
<div class="left">
<h1>{esc(t.title)}</h1>
<p class="laiyuan">来源：中国产经观察 发布时间：2024-11-18 08:30:00 浏览次数：1234</p>
<div class="zhengwen">
{paragraphs(list(t.paragraphs), indent="")}
</div>
<p class="bianji">编辑：王宇　审核：胡君</p>
</div>"""
    head = f"<title>{esc(t.title)}</title>"
    exp = record(
        url,
        article_id="10452",
        title=t.title,
        source="中国产经观察",
        published_at="2024-11-18T08:30:00+08:00",
        clicks=1234,
        editor="王宇",
        reviewer="胡君",
        breadcrumbs=["首页", "农业", "特色农业"],
        category="特色农业",
        body=list(t.paragraphs),
    )
    return Page(
        "gbk-no-declaration",
        "GBK with no charset declaration at all; `»` breadcrumb, `浏览次数：`, "
        "editor and reviewer on one line separated by U+3000; a byline-only paragraph `(记者 陈晓岚)`",
        doc(head, body).encode("gbk"),
        exp,
    )


def bom_page(t: Text, meta: str, crumb: str, info: str) -> str:
    return doc(
        f"{meta}<title>{esc(t.title)} - 中国产经观察</title>",
        f"""{site_header()}
<div class="location">{crumb}</div>
<div class="show">
<h1>{esc(t.title)}</h1>
<div class="show-info">{info}</div>
<div class="show-body">
{paragraphs(list(t.paragraphs))}
</div>
<div class="show-editor">责任编辑：赵一鸣</div>
</div>
{site_footer()}""",
    )


@page
def utf8_bom_wrong_declaration() -> Page:
    url = "http://www.cien-demo.test/html/2025/0110/12433.html"
    t = TEXTS_BY_KEY["qingneng"]
    page_html = bom_page(
        t,
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n',
        '您现在的位置：<a href="/">首页</a> &gt; <a href="/html/list_3_1.html">能源</a> &gt; '
        '<a href="/html/list_33_1.html">氢能</a> &gt; 正文',
        "来源：中国产经观察 日期：2025-01-10 14:02:33 点击：2741",
    )
    exp = record(
        url,
        article_id="12433",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-10T14:02:33+08:00",
        clicks=2741,
        editor="赵一鸣",
        breadcrumbs=["首页", "能源", "氢能", "正文"],
        category="氢能",
        body=list(t.paragraphs),
    )
    return Page(
        "utf8-bom-wrong-declaration",
        "UTF-8 with a BOM but declared gb2312 (the BOM wins)",
        BOM + page_html.encode("utf-8"),
        exp,
    )


@page
def utf8_bom_no_declaration() -> Page:
    url = "https://mirror1.example/page/2024/0720/25092703.shtml"
    t = TEXTS_BY_KEY["mianfang"]
    page_html = bom_page(
        t,
        "",
        '<a href="/">首页</a> / <a href="/page/chanjing/">产经</a> / <a href="/page/fangzhi/">纺织服装</a>',
        "时间：2024-07-20 10:15 来源：中国产经观察 点击：563",
    )
    exp = record(
        url,
        article_id="25092703",
        title=t.title,
        source="中国产经观察",
        published_at="2024-07-20T10:15:00+08:00",
        clicks=563,
        editor="赵一鸣",
        breadcrumbs=["首页", "产经", "纺织服装"],
        category="纺织服装",
        body=list(t.paragraphs),
    )
    return Page(
        "utf8-bom-no-declaration",
        "UTF-8 with a BOM and no declaration; `/` breadcrumb without a label; "
        "`时间：` first in the info line",
        BOM + page_html.encode("utf-8"),
        exp,
    )


@page
def fullwidth_info_line() -> Page:
    url = "http://www.cien-demo.test/html/2025/0104/12346.html"
    t = TEXTS_BY_KEY["bingxue"]
    rel = [
        Related("/html/2025/0103/12310.html", "taoci", 88),
        Related("/html/2025/0102/12297.html", "chaye", 88),
    ]
    body = f"""{site_header()}
<div class="bread">当前位置：<a href="/">首页</a> » <a href="/html/list_6_1.html">文旅</a> » \
<a href="/html/list_61_1.html">冰雪经济</a></div>
<div class="art">
<h1>{esc(t.title)}</h1>
<div class="art-info">来源：中国产经观察{IDEO * 2}发布时间：2025年01月04日 11:27{IDEO * 2}点击：85030次</div>
<div class="art-body">
{paragraphs(list(t.paragraphs))}
<p>{IDEO * 2}责任编辑：孙悦</p>
</div>
{related_cards(rel, heading="相关阅读")}
</div>
{site_footer()}"""
    head = f'<meta charset="UTF-8">\n<title>{esc(t.title)}_中国产经观察</title>'
    exp = record(
        url,
        article_id="12346",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-04T11:27:00+08:00",
        clicks=85030,
        editor="孙悦",
        breadcrumbs=["首页", "文旅", "冰雪经济"],
        category="冰雪经济",
        body=list(t.paragraphs),
        related=rel,
    )
    return Page(
        "fullwidth-info-line",
        "full-width colons and U+3000 spacing: `发布时间：2025年01月04日 11:27`, "
        "`点击：85030次`; 责任编辑 as the last body paragraph; 相关阅读",
        doc(head, body).encode("utf-8"),
        exp,
    )


@page
def info_in_spans() -> Page:
    url = "http://www.cien-demo.test/html/2025/0104/12347.html"
    t = TEXTS_BY_KEY["suanli"]
    body = f"""{site_header()}
<div class="sitepath"><span>当前位置：</span><a href="/">首页</a><span class="sep">&gt;</span>\
<a href="/html/list_4_1.html">科技</a><span class="sep">&gt;</span><a href="/html/list_42_1.html">数字经济</a></div>
<div class="detail">
<h1 class="detail-title">{esc(t.title)}</h1>
<div class="detail-info">
  <span class="label">来源：</span><span class="value">中国产经观察</span>
  <span class="label">日期：</span><span class="value">2025/1/4 11:27</span>
  <span class="label">浏览：</span><span class="value">321</span><span>次</span>
</div>
{share_bar(label="分享到：")}
<div class="detail-content">
{paragraphs(list(t.paragraphs), indent="")}
</div>
<div class="detail-foot"><span>编辑：郑晓</span>
<span>审核：胡君</span></div>
</div>
{site_footer()}"""
    head = f'<meta charset="utf-8">\n<title>{esc(t.title)}</title>'
    exp = record(
        url,
        article_id="12347",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-04T11:27:00+08:00",
        clicks=321,
        editor="郑晓",
        reviewer="胡君",
        breadcrumbs=["首页", "科技", "数字经济"],
        category="数字经济",
        body=list(t.paragraphs),
    )
    return Page(
        "info-in-spans",
        "info line split across label/value `<span>`s, `2025/1/4 11:27`, `浏览：321次`, "
        "breadcrumb separators in spans, `分享到：`",
        doc(head, body).encode("utf-8"),
        exp,
    )


@page
def html5_article() -> Page:
    url = "https://www.cien-demo.test/news/3f9a2c1b.html"
    t = TEXTS_BY_KEY["wurenji"]
    rel = [Related("/news/3f9a1e07.html", "kuaidi", None), Related("/news/3f99d4a2.html", "lenglian", None)]
    body = f"""<header class="site">{site_header()}</header>
<nav aria-label="breadcrumb"><ol>
<li><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/news/keji/">科技前沿</a></li>
</ol></nav>
<main>
<article>
<header>
<h1>{esc(t.title)}</h1>
<p class="byline"><span>来源：<em>中国产经观察</em></span> <time datetime="2025-01-06T08:00:00+08:00">\
发布时间：2025-01-06 08:00:00</time> <span>阅读量：2316</span></p>
</header>
<section class="article-body">
{paragraphs(list(t.paragraphs), indent="")}
</section>
<footer><p>责任编辑：陈默</p></footer>
</article>
<aside>
{related_links(rel, heading="相关新闻")}
</aside>
</main>
<footer class="site">{site_footer()}</footer>"""
    head = (
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(t.title)} | 中国产经观察</title>"
    )
    exp = record(
        url,
        article_id="3f9a2c1b",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-06T08:00:00+08:00",
        clicks=2316,
        editor="陈默",
        breadcrumbs=["首页", "新闻中心", "科技前沿"],
        category="科技前沿",
        body=list(t.paragraphs),
        related=rel,
    )
    return Page(
        "html5-article",
        "HTML5 `<article>`/`<section>`/`<time>` layout, hex id URL, `阅读量：`, "
        "breadcrumb in `<ol>`, related as bare links (summary null)",
        doc(head, body).encode("utf-8"),
        exp,
    )


@page
def source_link() -> Page:
    url = "http://www.cien-demo.test/html/2025/0107/12371.html"
    t = TEXTS_BY_KEY["gangtie"]
    body = f"""{site_header()}
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_2_1.html">产经</a> &gt;&gt; \
<a href="/html/list_22_1.html">行业动态</a> &gt;&gt; 查看详情</div>
<h1>{esc(t.title)}</h1>
<div class="info">来源: <a href="http://www.cien-demo.test/" target="_blank">中国产经观察</a> &nbsp; \
日期:2025-01-07 15:40:02 &nbsp;点击:977 </div>
<div class="content">
{paragraphs(list(t.paragraphs))}
</div>
<div class="editor">编辑:王宇<br>审核:胡君</div>
{site_footer()}"""
    head = f'<meta charset="utf-8">\n<title>{esc(t.title)} - 中国产经观察</title>'
    exp = record(
        url,
        article_id="12371",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-07T15:40:02+08:00",
        clicks=977,
        editor="王宇",
        reviewer="胡君",
        breadcrumbs=["首页", "产经", "行业动态", "查看详情"],
        category="行业动态",
        body=list(t.paragraphs),
    )
    return Page(
        "source-link",
        "source written as a link `来源: <a>中国产经观察</a>`; editor/reviewer split by `<br>`",
        doc(head, body).encode("utf-8"),
        exp,
    )


def counter_page(t: Text, script_src: str, crumb: str, date: str, head_extra: str = "") -> str:
    body = f"""{site_header()}
<div class="place">{crumb}</div>
<div class="viewbox">
<div class="title"><h2>{esc(t.title)}</h2></div>
<div class="info"><small>来源：</small>中国产经观察 <small>时间：</small>{date} \
<small>点击：</small><script src="{script_src}" type="text/javascript" language="javascript"></script>次</div>
<div class="content">
{paragraphs(list(t.paragraphs))}
</div>
<div class="handle"><div class="context"><ul>
<li>上一篇：<a href="../">返回列表</a></li>
<li>下一篇：没有了</li>
</ul></div></div>
</div>
{site_footer()}"""
    return doc(f'<meta charset="utf-8">\n{head_extra}<title>{esc(t.title)}_中国产经观察</title>', body)


@page
def counter_dedecms() -> Page:
    url = "http://www.cien-demo.test/html/2025/0108/12388.html"
    t = TEXTS_BY_KEY["zaochuan"]
    src = "/plus/count.php?view=yes&aid=12388"
    page_html = counter_page(
        t,
        attr(src),
        '<a href="/">首页</a> &gt; <a href="/html/list_2_1.html">产经</a> &gt; <a href="/html/list_21_1.html">'
        "制造业</a> &gt;",
        "2025-01-08 09:12:45",
    )
    exp = record(
        url,
        article_id="12388",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-08T09:12:45+08:00",
        counter=src,
        breadcrumbs=["首页", "产经", "制造业"],
        category="制造业",
        body=list(t.paragraphs),
    )
    return Page(
        "counter-dedecms",
        'DedeCMS counter `点击：<script src="/plus/count.php?view=yes&amp;aid=...">'
        "</script>次` (clicks null), trailing `&gt;` in the breadcrumb, 上一篇/下一篇 list, no editor",
        page_html.encode("utf-8"),
        exp,
    )


@page
def counter_empirecms() -> Page:
    url = "https://mirror2.example/news/7c01d5e4.html"
    t = TEXTS_BY_KEY["xiaojiadian"]
    src = "/e/public/ViewClick/?classid=2&id=5309&addclick=1"
    page_html = counter_page(
        t,
        src,  # written with a raw & as EmpireCMS templates print it
        '当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/waimao/">外贸</a>&nbsp;>&nbsp;'
        '<a href="/waimao/chuhai/">企业出海</a>',
        "2025-01-09",
    )
    exp = record(
        url,
        article_id="5309",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-09T00:00:00+08:00",
        counter=src,
        breadcrumbs=["首页", "外贸", "企业出海"],
        category="企业出海",
        body=list(t.paragraphs),
    )
    return Page(
        "counter-empirecms",
        "EmpireCMS counter script with a raw `&` in src; article_id from the counter "
        "`id` (5309), not the URL stem; `时间：` with a date alone",
        page_html.encode("utf-8"),
        exp,
    )


@page
def counter_phpcms() -> Page:
    url = "http://www.cien-demo.test/2024/0615/88412.shtml"
    t = TEXTS_BY_KEY["zhongyao"]
    src = "/api.php?op=count&id=88412&modelid=1"
    page_html = counter_page(
        t,
        attr(src),
        '当前位置：<a href="/">首页</a> &gt; <a href="/nongye/">农业</a> &gt; <a href="/nongye/zhongyao/">'
        "中药材</a> &gt; 正文",
        "2024-06-15 17:30:00",
    )
    exp = record(
        url,
        article_id="88412",
        title=t.title,
        source="中国产经观察",
        published_at="2024-06-15T17:30:00+08:00",
        counter=src,
        breadcrumbs=["首页", "农业", "中药材", "正文"],
        category="中药材",
        body=list(t.paragraphs),
    )
    return Page(
        "counter-phpcms",
        "PHPCMS counter `/api.php?op=count&amp;id=...&amp;modelid=1`",
        page_html.encode("utf-8"),
        exp,
    )


@page
def editor_bracket_only() -> Page:
    url = "http://www.cien-demo.test/html/2024/1210/11702.html"
    t = TEXTS_BY_KEY["qiche"]
    body = f"""{site_header()}
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_2_1.html">产经</a> &gt;&gt; \
<a href="/html/list_23_1.html">汽车</a> &gt;&gt; 查看详情</div>
<h1>{esc(t.title)}</h1>
<div class="info">来源: 中国产经观察 &nbsp; 日期:2024-12-10 20:01:09 &nbsp;点击:15377 </div>
<div class="content">
{paragraphs(list(t.paragraphs))}
<p>[责任编辑:王宇]</p>
</div>
{site_footer()}"""
    exp = record(
        url,
        article_id="11702",
        title=t.title,
        source="中国产经观察",
        published_at="2024-12-10T20:01:09+08:00",
        clicks=15377,
        editor="王宇",
        breadcrumbs=["首页", "产经", "汽车", "查看详情"],
        category="汽车",
        body=list(t.paragraphs),
    )
    return Page(
        "editor-bracket",
        "`[责任编辑:王宇]` as the last `<p>` of the body, reviewer null",
        doc(f'<meta charset="utf-8"><title>{esc(t.title)}</title>', body).encode("utf-8"),
        exp,
    )


@page
def no_editor_date_only() -> Page:
    url = "http://www.cien-demo.test/html/2023/0618/7781.html"
    t = TEXTS_BY_KEY["taoci"]
    body = f"""{site_header()}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/html/list_6_1.html">文旅</a> &gt; \
<a href="/html/list_62_1.html">文化产业</a></div>
<h1>{esc(t.title)}</h1>
<div class="info">日期：2023-06-18{IDEO}来源：中国产经观察{IDEO}点击：88</div>
<div class="content">
{paragraphs(list(t.paragraphs))}
</div>
{site_footer()}"""
    exp = record(
        url,
        article_id="7781",
        title=t.title,
        source="中国产经观察",
        published_at="2023-06-18T00:00:00+08:00",
        clicks=88,
        breadcrumbs=["首页", "文旅", "文化产业"],
        category="文化产业",
        body=list(t.paragraphs),
    )
    return Page(
        "no-editor-date-only",
        "no editor, no reviewer; `日期：2023-06-18` (date alone) first in the info line",
        doc(f'<meta charset="utf-8"><title>{esc(t.title)}</title>', body).encode("utf-8"),
        exp,
    )


@page
def noise_heavy() -> Page:
    url = "http://www.cien-demo.test/html/2025/0111/12450.html"
    t = TEXTS_BY_KEY["guangfu"]
    p = list(t.paragraphs)
    # the page prints entities, full-width digits, NBSP indentation and zero-width spaces
    dirty = [
        "&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p[0]).replace("中国产经观察消息", "中国产经观察" + ZWSP + "消息"),
        "&nbsp;&nbsp;&nbsp;&nbsp;" + fullwidth_digits(esc(p[1])).replace("铝框", "铝&#26694;"),
        "&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p[2]),
        esc(p[3]),
    ]
    extra = "记者注意到，一些企业已把回收与“以旧换新”结合，推出R&D合作项目。"
    dirty_extra = "记者注意到，一些企业已把回收与&ldquo;以旧换新&rdquo;结合，推出R&amp;D合作项目。"
    body_clean = p[:3] + [extra, p[3]]
    body = f"""<script type="text/javascript">var cpro_id = "u0000000"; document.write('<div id="adtop"></div>');</script>
<style>.ad {{ display: block; }} .content p {{ text-indent: 2em; }}</style>
{site_header()}
<div class="ad"><a href="http://ads.example/click?id=77"><img src="http://ads.example/banner_960x90.gif"></a></div>
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_3_1.html">能源</a> &gt;&gt; \
<a href="/html/list_34_1.html">光伏</a> &gt;&gt; 查看详情</div>
<div class="art">
<h1>{esc(t.title)}</h1>
<div class="info">来源: 中国产经观察 &nbsp; 日期:2025-01-11 07:58:20 &nbsp;点击:4410 </div>
{share_bar(label="分享到:")}
<div class="content">
<p>{dirty[0]}</p>
<script>document.write('<p>正在加载广告</p>');</script>
<p>{dirty[1]}</p>
<div class="ad"><iframe src="http://ads.example/frame.html" width="300" height="250" frameborder="0"></iframe>\
广告</div>
<p>{dirty[2]}</p>
<p>{dirty_extra}</p>
<p>&nbsp;</p>
<p>{dirty[3]}</p>
<p></p>
<style>.inline-ad {{ color: red; }}</style>
</div>
<div class="editor">编辑:王宇 审核:胡君</div>
<div class="prenext"><p>上一篇：<a href="/html/2025/0111/12449.html">{esc(TEXTS_BY_KEY["gangtie"].title)}</a></p>
<p>下一篇：<a href="/html/2025/0111/12451.html">{esc(TEXTS_BY_KEY["zhuchanye"].title)}</a></p></div>
<div class="comment"><h3>网友评论</h3><form action="/plus/feedback.php" method="post">
<textarea name="msg">请文明发言，理性评论</textarea><input type="submit" value="发表评论"></form>
<p>已有0条评论，点击查看</p></div>
</div>
<div class="ad"><script src="http://ads.example/float.js"></script></div>
{site_footer()}
{STATS_SCRIPT}"""
    exp = record(
        url,
        article_id="12450",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-11T07:58:20+08:00",
        clicks=4410,
        editor="王宇",
        reviewer="胡君",
        breadcrumbs=["首页", "能源", "光伏", "查看详情"],
        category="光伏",
        body=body_clean,
    )
    return Page(
        "noise-heavy",
        "scripts and styles inside the body, ads (div.ad, iframe), share bar, 上一篇/下一篇, "
        "comment form, footer; `&nbsp;` indentation, `&ldquo;&rdquo;&amp;`, `&#26694;`, full-width digits, "
        "a zero-width space, empty `<p>`s; editor and reviewer "
        "separated by an ASCII space",
        doc(f'<meta charset="utf-8"><title>{esc(t.title)}</title>', body).encode("utf-8"),
        exp,
    )


@page
def images_captions() -> Page:
    url = "http://www.cien-demo.test/html/2025/0105/12360.html"
    t = TEXTS_BY_KEY["caomei"]
    p = list(t.paragraphs)
    imgs = ["/uploads/allimg/250105/1-250105093A10-L.jpg", "uploads/allimg/250105/1-250105093Z3-L.jpg"]
    body = f"""{site_header()}
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_5_1.html">农业</a> &gt;&gt; \
<a href="/html/list_52_1.html">设施农业</a> &gt;&gt; 查看详情</div>
<h1>{esc(t.title)}</h1>
<div class="info">来源: 中国产经观察 &nbsp; 日期:2025-01-05 10:20:00 &nbsp;点击:1506 </div>
<div class="content">
<p>{IDEO * 2}{esc(p[0])}</p>
<p>{IDEO * 2}{esc(p[1])}</p>
<p style="text-align:center"><img src="{imgs[0]}" alt="" width="600" height="400"></p>
<p style="text-align:center">{esc(p[2])}</p>
<p>{IDEO * 2}{esc(p[3])}</p>
<p style="text-align:center"><img src="{imgs[1]}" border="0"><br>{esc(p[4])}</p>
<p>{IDEO * 2}{esc(p[5])}</p>
</div>
<div class="editor">编辑:孙悦</div>
{site_footer()}"""
    exp = record(
        url,
        article_id="12360",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-05T10:20:00+08:00",
        clicks=1506,
        editor="孙悦",
        breadcrumbs=["首页", "农业", "设施农业", "查看详情"],
        category="设施农业",
        body=p,
        images=imgs,
    )
    return Page(
        "images-captions",
        "two body images (one root-relative, one relative src), captions as text "
        "paragraphs (one after `<br>` in the image's own `<p>`), closing byline `(通讯员 刘畅)`",
        doc(f'<meta charset="utf-8"><title>{esc(t.title)}</title>', body).encode("utf-8"),
        exp,
    )


@page
def br_separated_body() -> Page:
    url = "http://www.cien-demo.test/html/2024/1205/11650.html"
    t = TEXTS_BY_KEY["kuaidi"]
    lines = "<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in t.paragraphs)
    body = f"""{site_header()}
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/html/list_1_1.html">资讯</a> \
&gt;&gt; <a href="/html/list_13_1.html">民生</a> &gt;&gt; 内容</div>
<h1>{esc(t.title)}</h1>
<div class="info">来源：中国产经观察 日期：2024-12-05 06:45:18 点击：742次</div>
<div class="content">
<div>{lines}<br />
<br />
</div>
</div>
<div class="editor">编辑：孙悦<br />审核：郑晓</div>
{site_footer()}"""
    exp = record(
        url,
        article_id="11650",
        title=t.title,
        source="中国产经观察",
        published_at="2024-12-05T06:45:18+08:00",
        clicks=742,
        editor="孙悦",
        reviewer="郑晓",
        breadcrumbs=["首页", "资讯", "民生", "内容"],
        category="民生",
        body=list(t.paragraphs),
    )
    return Page(
        "br-separated-body",
        "body in one `<div>` with `<br />`-separated lines and NBSP indentation; breadcrumb ends with 内容",
        doc(f'<meta charset="utf-8"><title>{esc(t.title)}</title>', body).encode("utf-8"),
        exp,
    )


@page
def truncated() -> Page:
    url = "http://www.cien-demo.test/html/2025/0112/12466.html"
    t = TEXTS_BY_KEY["zhuchanye"]
    p = list(t.paragraphs)
    body = f"""{site_header()}
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_2_1.html">产经</a> &gt;&gt; \
<a href="/html/list_24_1.html">绿色发展</a> &gt;&gt; 查看详情</div>
<h1>{esc(t.title)}</h1>
<div class="info">来源: 中国产经观察 &nbsp; 日期:2025-01-12 12:00:05 &nbsp;点击:290 </div>
<div class="content">
{paragraphs(p)}
</div>
<div class="editor"><p>编辑:王宇</p><p>审核:胡君</p></div>
{site_footer()}"""
    full = doc(f'<meta charset="utf-8"><title>{esc(t.title)} - 中国产经观察</title>', body)
    # the download stopped in the middle of the second paragraph, on a character boundary
    cut_text = p[1][: p[1].index("替代部分") + 2]
    cut_at = full.index(esc(cut_text)) + len(esc(cut_text))
    exp = record(
        url,
        article_id="12466",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-12T12:00:05+08:00",
        clicks=290,
        breadcrumbs=["首页", "产经", "绿色发展", "查看详情"],
        category="绿色发展",
        body=[p[0], cut_text],
    )
    return Page(
        "truncated",
        "file cut inside the second body paragraph (on a character boundary): body = first "
        "paragraph + the text present of the second; no editor, no related",
        full[:cut_at].encode("utf-8"),
        exp,
    )


@page
def mojibake_source() -> Page:
    url = "http://mirror2.example/html/2025/0113/12480.html"
    t = TEXTS_BY_KEY["lenglian"]
    moji = mirror.mojibake_latin1("中国产经观察")
    back = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in moji).decode("utf-8")
    assert back == "中国产经观察", back
    body = f"""{site_header()}
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_2_1.html">产经</a> &gt;&gt; \
<a href="/html/list_25_1.html">商贸流通</a> &gt;&gt; 查看详情</div>
<h1>{esc(t.title)}</h1>
<div class="info">来源: {esc(moji)} &nbsp; 日期:2025-01-13 13:13:13 &nbsp;点击:1313 </div>
<div class="content">
{paragraphs(list(t.paragraphs))}
</div>
<div class="editor"><p>编辑:郑晓</p></div>
{site_footer()}"""
    exp = record(
        url,
        article_id="12480",
        title=t.title,
        source="中国产经观察",
        published_at="2025-01-13T13:13:13+08:00",
        clicks=1313,
        editor="郑晓",
        breadcrumbs=["首页", "产经", "商贸流通", "查看详情"],
        category="商贸流通",
        body=list(t.paragraphs),
    )
    return Page(
        "mojibake-source",
        "UTF-8 page whose source field is mojibake (`ä¸­å›½äº§ç»...`: UTF-8 bytes read "
        "as Windows-1252, undefined 0x8F kept as U+008F, 0xAD as a soft hyphen); expected the repaired text",
        doc(f'<meta charset="utf-8"><title>{esc(t.title)}</title>', body).encode("utf-8"),
        exp,
    )


@page
def byte_phase_damage() -> Page:
    url = "https://mirror3.example/2024/0826/552019.shtml"
    t = TEXTS_BY_KEY["jiqiren"]
    m = make_mirror(seed=26)
    damaged = []
    for n, para in enumerate(t.paragraphs):
        check_round_trip(para)
        trad = mirror.to_traditional(para)
        for seed in range(
            100 * n, 100 * n + 100
        ):  # first seed that damages across a boundary and decodes cleanly
            d = mirror.byte_phase_details(trad, rng=random.Random(seed), context=para)
            if d.cross_matches and d.errors == 0:
                break
        damaged.append(d.text)
    body = f"""{site_header(m)}
<div class="weizhi">{m("当前位置")}: <a href="/">{m("首页")}</a> &gt;&gt; <a href="/keji/">{m("科技")}</a> &gt;&gt; \
<a href="/keji/zhizao/">{m("智能制造")}</a> &gt;&gt; {m("查看详情")}</div>
<h1>{m(t.title)}</h1>
<div class="xinxi">{m("来源")}: {m("中国产经观察")} &nbsp; {m("日期")}:2024-08-26 10:30:00 &nbsp;{m("点击")}:20418 </div>
<div class="neirong">
{paragraphs(damaged, esc, indent="&nbsp; &nbsp;")}
</div>
<p>{m("编辑")}:{m("王宇")}<br>{m("审核")}:{m("胡君")}</p>
{site_footer(m)}"""
    exp = record(
        url,
        article_id="552019",
        title=t.title,
        source="中国产经观察",
        published_at="2024-08-26T10:30:00+08:00",
        clicks=20418,
        editor="王宇",
        reviewer="胡君",
        breadcrumbs=["首页", "科技", "智能制造", "查看详情"],
        category="智能制造",
        body=list(t.paragraphs),
    )
    return Page(
        "byte-phase-damage",
        "traditional UTF-8 mirror whose body went through mirror.byte_phase_damage "
        "(GBK byte-level annotation replace, decoded out of phase: `?` and wrong characters); "
        "`人工智能(AI)` is text; expected = the clean text",
        doc(f'<meta charset="utf-8"><title>{m(t.title)}</title>', body, lang="zh-TW").encode("utf-8"),
        exp,
    )


@page
def mirror_trad_fullwidth() -> Page:
    url = "https://mirror2.example/news/a81c07f3.html"
    t = TEXTS_BY_KEY["chaye"]
    m = make_mirror(seed=27, rate=0.25, fullwidth=True)
    rel = [
        Related("/news/a81b99e0.html", "qicheng", 80),
        Related("/news/a81b5d21.html", "caomei", 80),
        Related("/news/a81b0f6c.html", "zhongyao", 80),
    ]
    body = f"""{site_header(m)}
<div class="bread">{m("您现在的位置")}：<a href="/">{m("首页")}</a> » <a href="/news/nongye/">{m("农业")}</a> » \
<a href="/news/tese/">{m("特色产业")}</a></div>
<h1>{m(t.title)}</h1>
<div class="art-info">{m("来源")}：{m("中国产经观察")}{IDEO * 2}{m("发布时间")}：2024年12月18日 09:41{IDEO * 2}\
{m("点击")}：3562{m("次")}</div>
<div class="art-body">
{paragraphs(list(t.paragraphs), m)}
<p>{IDEO * 2}{m("责任编辑")}：{m("李楠")}</p>
</div>
{related_cards(rel, m, heading="相关阅读", more="[阅读]", ellipsis="…")}
{site_footer(m)}"""
    exp = record(
        url,
        article_id="a81c07f3",
        title=t.title,
        source="中国产经观察",
        published_at="2024-12-18T09:41:00+08:00",
        clicks=3562,
        editor="李楠",
        breadcrumbs=["首页", "农业", "特色产业"],
        category="特色产业",
        body=list(t.paragraphs),
        related=rel,
    )
    return Page(
        "mirror-trad-fullwidth",
        "traditional mirror with full-width-parenthesis pinyin `（dāng）`, "
        "full-width info line with U+3000, `2024年12月18日 09:41`, 相关阅读 with `…` and `[閱讀]`",
        doc(f'<meta charset="utf-8"><title>{m(t.title)}</title>', body, lang="zh-TW").encode("utf-8"),
        exp,
    )


@page
def gbk_table_counter() -> Page:
    url = "http://www.cien-demo.test/html/2024/0901/9912.html"
    t = TEXTS_BY_KEY["haiyun"]
    src = "/plus/count.php?view=yes&aid=9912"
    data = table_page(
        t,
        encoding="gbk",
        head_meta='<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
        crumb='<a href="/">首页</a>&gt;&gt;<a href="/html/list_2_1.html">产经</a>&gt;&gt;'
        '<a href="/html/list_26_1.html">港口航运</a>',
        info=f'来源：中国产经观察　发布时间：2024年9月1日　点击：<script src="{attr(src)}"></script>次',
        footer_editor="编辑：赵一鸣　审核：郑晓",
    )
    exp = record(
        url,
        article_id="9912",
        title=t.title,
        source="中国产经观察",
        published_at="2024-09-01T00:00:00+08:00",
        counter=src,
        editor="赵一鸣",
        reviewer="郑晓",
        breadcrumbs=["首页", "产经", "港口航运"],
        category="港口航运",
        body=list(t.paragraphs),
    )
    return Page(
        "gbk-table-counter",
        "GBK legacy table page with a DedeCMS counter inside `<font>`, "
        "`2024年9月1日` (date alone, no zero padding), editor and reviewer on one line",
        data,
        exp,
    )


@page
def list_page() -> Page:
    url = "http://www.cien-demo.test/html/list_12_1.html"
    keys = list(TEXTS_BY_KEY)
    items = "\n".join(
        f'<li><span class="date">2025-01-{(n % 28) + 1:02d}</span>'
        f'<a href="/html/2025/01{(n % 28) + 1:02d}/{12000 + n}.html" title="{attr(TEXTS_BY_KEY[k].title)}">'
        f"{esc(TEXTS_BY_KEY[k].title)}</a></li>"
        for n, k in enumerate(keys)
    )
    pages = " ".join(f'<a href="/html/list_12_{i}.html">{i}</a>' for i in range(1, 11))
    body = f"""{site_header()}
<div class="position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/html/list_1_1.html">资讯</a> &gt;&gt; 地方新闻</div>
<div class="listbox"><h2>地方新闻</h2>
<ul class="list">
{items}
</ul>
<div class="pages"><a href="/html/list_12_1.html">首页</a> <a href="#">上一页</a> {pages} \
<a href="/html/list_12_2.html">下一页</a> <a href="/html/list_12_57.html">末页</a> 共57页1130条</div>
</div>
{site_footer()}"""
    return Page(
        "list-page",
        "a category list page (many article links, pagination): not an article",
        doc('<meta charset="utf-8"><title>地方新闻_中国产经观察</title>', body).encode("utf-8"),
        not_article(url),
    )


@page
def not_found() -> Page:
    url = "http://www.cien-demo.test/html/2025/0105/99999.html"
    body = """<div class="error-box">
<h1>404</h1>
<p>抱歉，您访问的页面不存在或已被删除！</p>
<p><a href="/">返回首页</a> <span id="sec">5</span>秒后自动跳转……</p>
</div>
<script>var s=5;setInterval(function(){if(--s<=0){location.href="/";}
document.getElementById("sec").innerHTML=s;},1000);</script>"""
    return Page(
        "not-found",
        "a 404 page served as HTML: not an article",
        doc('<meta charset="utf-8"><title>404 页面不存在 - 中国产经观察</title>', body).encode("utf-8"),
        not_article(url),
    )


@page
def home_page() -> Page:
    url = "https://mirror1.example/"
    m = make_mirror(seed=30, rate=0.2)
    keys = list(TEXTS_BY_KEY)
    focus = TEXTS_BY_KEY[keys[0]]
    blocks = []
    for col, name in enumerate(["资讯", "产经", "农业", "科技"]):
        lis = "\n".join(
            f'<li><a href="/2025/01{(col * 5 + i) % 28 + 1:02d}/{611000 + col * 10 + i}.shtml">'
            f"{m(TEXTS_BY_KEY[keys[(col * 5 + i) % len(keys)]].title)}</a></li>"
            for i in range(5)
        )
        blocks.append(
            f'<div class="col"><h3><a href="/list/{col}/">{m(name)}</a></h3><ul>\n{lis}\n</ul></div>'
        )
    summary = summary_cut(focus.key, 60)
    blocks_html = "\n".join(blocks)
    body = f"""{site_header(m)}
<div class="focus"><a href="/2021/0323/610246.shtml"><img src="/uploads/focus1.jpg" alt="{attr(focus.title)}"></a>
<h2><a href="/2021/0323/610246.shtml">{m(focus.title)}</a></h2><p>{m(summary)}...</p></div>
{blocks_html}
{site_footer(m)}"""
    return Page(
        "home-page",
        "a traditional mirror's home page (headline blocks, columns of links): not an article",
        doc(
            f'<meta charset="utf-8"><title>{m("中国产经观察")} - {m("产业经济新闻门户")}</title>',
            body,
            lang="zh-TW",
        ).encode("utf-8"),
        not_article(url),
    )


# --- main -------------------------------------------------------------------------------------------


def main() -> None:
    PAGES_DIR.mkdir(exist_ok=True)
    EXPECTED_DIR.mkdir(exist_ok=True)
    for old in [*PAGES_DIR.glob("*.html"), *EXPECTED_DIR.glob("*.json")]:
        old.unlink()
    for n, build in enumerate(PAGES, start=1):
        pg = build()
        name = f"{n:02d}-{pg.slug}"
        (PAGES_DIR / f"{name}.html").write_bytes(pg.data)
        text = json.dumps(pg.expected, ensure_ascii=False, indent=2) + "\n"
        (EXPECTED_DIR / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"{name}.html  {len(pg.data):6d} bytes  {pg.variant}")


if __name__ == "__main__":
    main()
