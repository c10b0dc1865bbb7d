"""The demo site's page templates: articles of each site, category lists, home and about pages.

Every function returns a page's text; ``crawler.demo.site`` encodes and writes it. Labels go
through the site's ``Skin``, so mirror-a prints them as it prints everything else.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from crawler.demo.content import CATEGORIES, SITE_TITLES, Plan
from crawler.demo.skin import Skin, attr, esc

__all__ = [
    "EXTERNAL_LINKS",
    "GBK_METAS",
    "ROBOTS",
    "SHARED_LABELS",
    "about_page",
    "home_page",
    "list_page",
    "list_path",
    "mirror_a_article",
    "mirror_b_article",
    "original_article",
]

# Off-site links printed on every page: a crawler must never request them.
EXTERNAL_LINKS = ("http://example.com/partner/index.html", "https://www.example.org/feed.xml")
IDEO = "\u3000"
ROBOTS = "User-agent: *\nDisallow: /private/\n"

# The labels the templates print through a Skin: mirror-a's renderings of them are drawn and
# checked in one batch before any page is written.
SHARED_LABELS = [
    "首页", "资", "讯", "资讯", "当前位置", "您现在的位置", "查看详情", "正文", "来源", "日期", "发布时间",
    "点击", "次", "编辑", "责任编辑", "审核", "相关新闻", "相关阅读", "[阅读]", "分享到", "关于我们",
    "联系方式", "网站地图", "版权所有", "合作伙伴", "订阅", "下一页", "上一页", "末页", "最新资讯",
    "本站部分内容转载自网络，如有侵权请联系删除。", "产业经济新闻门户",
]  # fmt: skip


def _header(site: str, m: Skin) -> str:
    cats = " | ".join(f'<a href="/{slug}/index.html">{m(name)}</a>' for slug, name in CATEGORIES[site])
    return (
        f'<div class="header"><div class="logo"><a href="/index.html"><img src="/skin/logo.png" '
        f'alt="{attr(SITE_TITLES[site])}"></a></div>\n'
        f'<div class="nav"><a href="/index.html">{m("首页")}</a> | {cats} | '
        f'<a href="/about.html">{m("关于我们")}</a></div></div>'
    )


def _footer(site: str, m: Skin) -> str:
    return (
        '<div class="footer">\n'
        f'<p><a href="/about.html">{m("关于我们")}</a> | {m("联系方式")} | {m("网站地图")} | '
        f'<a href="{EXTERNAL_LINKS[0]}">{m("合作伙伴")}</a> | <a href="{EXTERNAL_LINKS[1]}">{m("订阅")}</a></p>\n'
        f"<p>Copyright &copy; 2016-2025 {m(SITE_TITLES[site])} {m('版权所有')}</p>\n"
        f"<p>{m('本站部分内容转载自网络，如有侵权请联系删除。')}</p>\n"
        "</div>"
    )


STATS_SCRIPT = (
    '<script>\nvar _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement("script");\n'
    '  hm.src = "/skin/stat.js?v=20250101";\n  var s = document.getElementsByTagName("script")[0];\n'
    "  s.parentNode.insertBefore(hm, s);\n})();\n</script>"
)


def _share_bar(m: Skin) -> str:
    return (
        f'<div class="share">{m("分享到")}:<a href="#" class="s-wx" title="wx"></a>'
        '<a href="#" class="s-wb" title="wb"></a><a href="#" class="s-qq" title="QQ"></a></div>'
    )


def _related(plan: Plan, m: Skin, heading: str) -> str:
    if not plan.related:
        return ""
    items = []
    for n, other in enumerate(plan.related):
        title = m(other.title)
        items.append(
            f'<li><a href="{other.path}" class="pic"><img src="/uploads/thumb/{n + 1}.jpg" '
            f'alt="{attr(html.unescape(title))}"></a>\n'
            f'<h3><a href="{other.path}">{title}</a></h3>\n'
            f'<p>{m.summary(other)}... <a href="{other.path}">{m("[阅读]")}</a></p></li>'
        )
    return f'<div class="related"><h2>{m(heading)}</h2>\n<ul>\n' + "\n".join(items) + "\n</ul></div>"


def _doc(head: str, body: str, lang: str = "zh-CN") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    )


def _counter_src(plan: Plan, *, escape: bool = True) -> str:
    if plan.counter == "dedecms":
        src = f"/plus/count.php?view=yes&aid={plan.counter_id}"
    elif plan.counter == "empirecms":
        src = f"/e/public/ViewClick/?classid={plan.category + 1}&id={plan.counter_id}&addclick=1"
    else:
        src = f"/api.php?op=count&id={plan.counter_id}&modelid=1"
    return attr(src) if escape else src


# --- article templates -----------------------------------------------------------------------------------


def original_article(plan: Plan, m: Skin) -> str:
    slug, cat = CATEGORIES[plan.site][plan.category]
    at = plan.printed_at
    assert at is not None
    if plan.counter:
        clicks = f'<script src="{_counter_src(plan)}"></script>'
    else:
        clicks = str(plan.clicks)
    paragraphs = "\n".join(f"<p>{IDEO * 2}{m.para(plan, i)}</p>" for i in range(len(plan.paragraphs)))
    bylines = []
    if plan.editor:
        bylines.append(f"<p>编辑:{esc(plan.editor)}</p>")
    if plan.reviewer:
        bylines.append(f"<p>审核:{esc(plan.reviewer)}</p>")
    byline = f'<div class="editor">{"".join(bylines)}</div>' if bylines else ""
    body = f"""{_header(plan.site, m)}
<div class="main">
<div class="position">当前位置: <a href="/index.html">首页</a> &gt;&gt; <a href="/index.html">资 讯</a> &gt;&gt; \
<a href="/{slug}/index.html">{esc(cat)}</a> &gt;&gt; 查看详情</div>
<div class="article">
<h1>{esc(plan.title)}</h1>
<div class="info">来源: {esc(plan.source)} &nbsp; 日期:{at:%Y-%m-%d %H:%M:%S} &nbsp;点击:{clicks} </div>
{_share_bar(m)}
<div class="content">
{paragraphs}
<p><br></p>
{byline}
</div>
{_related(plan, m, "相关新闻")}
</div>
</div>
{_footer(plan.site, m)}
{STATS_SCRIPT}"""
    head = (
        f'<meta charset="utf-8">\n<title>{esc(plan.title)} - {SITE_TITLES[plan.site]}</title>\n'
        '<link rel="stylesheet" href="/skin/style.css">'
    )
    return _doc(head, body)


def mirror_a_article(plan: Plan, m: Skin) -> str:
    slug, cat = CATEGORIES[plan.site][plan.category]
    at = plan.printed_at
    assert at is not None
    full_width = plan.variant % 2 == 0
    if plan.counter:
        count = f'<script src="{_counter_src(plan, escape=False)}"></script>'
    else:
        count = str(plan.clicks)
    if full_width:
        info = (
            f'<div class="art-info">{m("来源")}：{m(plan.source)}{IDEO * 2}{m("发布时间")}：'
            f"{at:%Y年%m月%d日 %H:%M}{IDEO * 2}{m('点击')}：{count}{m('次')}</div>"
        )
    else:
        info = (
            f'<div class="xinxi">{m("来源")}: {m(plan.source)} &nbsp; {m("日期")}:{at:%Y-%m-%d %H:%M:%S} '
            f"&nbsp;{m('点击')}:{count} </div>"
        )
    paragraphs = "\n".join(f"<p>&nbsp; &nbsp;{m.para(plan, i)}</p>" for i in range(len(plan.paragraphs)))
    tail = ""
    if full_width and plan.editor:
        paragraphs += f"\n<p>{IDEO * 2}{m('责任编辑')}：{m(plan.editor)}</p>"
    if full_width and plan.reviewer:
        paragraphs += f"\n<p>{IDEO * 2}{m('审核')}：{m(plan.reviewer)}</p>"
    elif not full_width:
        lines = []
        if plan.editor:
            lines.append(f"{m('编辑')}:{m(plan.editor)}")
        if plan.reviewer:
            lines.append(f"{m('审核')}:{m(plan.reviewer)}")
        if lines:
            tail = "<p>" + "<br>\n".join(lines) + "</p>"
    body = f"""{_header(plan.site, m)}
<div class="wrap">
<div class="weizhi">{m("当前位置")}: <a href="/index.html">{m("首页")}</a> &gt;&gt; <a href="/index.html">{m("资")} \
{m("讯")}</a> &gt;&gt; <a href="/{slug}/index.html">{m(cat)}</a> &gt;&gt; {m("查看详情")}</div>
<h1 class="tit">{m(plan.title)}</h1>
{info}
{_share_bar(m)}
<div class="neirong">
{paragraphs}
</div>
{tail}
{_related(plan, m, "相关新闻" if full_width else "相关阅读")}
</div>
{_footer(plan.site, m)}
{STATS_SCRIPT}"""
    head = f'<meta charset="utf-8">\n<title>{m(plan.title)} - {m(SITE_TITLES[plan.site])}</title>'
    return _doc(head, body, lang="zh-TW")


GBK_METAS = (
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    '<meta charset="gbk">',
    '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
)


def mirror_b_article(plan: Plan, m: Skin, meta: str) -> str:
    slug, cat = CATEGORIES[plan.site][plan.category]
    at = plan.printed_at
    assert at is not None
    count = f'<script src="{_counter_src(plan)}"></script>' if plan.counter else str(plan.clicks)
    crumb = (
        f'当前位置：<a href="/index.html">首页</a> &gt; <a href="/index.html">资讯</a> &gt; '
        f'<a href="/{slug}/index.html">{esc(cat)}</a> &gt; 正文'
    )
    if plan.variant % 2 == 0:  # legacy table layout
        info = (
            f"<span>来源：{esc(plan.source)}</span>&nbsp;&nbsp;<span>发布时间：{at:%Y-%m-%d %H:%M}</span>"
            f"&nbsp;&nbsp;<span>点击：{count}</span>"
        )
        lines = "<br>\n".join(f"{IDEO * 2}{esc(p)}<br>" for p in plan.paragraphs)
        bylines = []
        if plan.editor:
            bylines.append(f"编辑：{esc(plan.editor)}")
        if plan.reviewer:
            bylines.append(f"审核：{esc(plan.reviewer)}")
        related = _related(plan, m, "相关新闻")
        page = f"""<html>
<head>
{meta}
<title>{esc(plan.title)}--{SITE_TITLES[plan.site]}</title>
<style type="text/css">
td {{ font-size: 12px; line-height: 180%; }}
</style>
</head>
<body bgcolor="#FFFFFF" topmargin="0">
{_header(plan.site, m)}
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" bgcolor="#E8E8E8"><font color="#333333">{crumb}</font></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="8" cellspacing="0">
<tr><td align="center" class="t1"><font face="黑体">{esc(plan.title)}</font></td></tr>
<tr><td align="center"><font color="#666666">{info}</font></td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="content"><font style="font-size:14px">
{lines}
</font></td></tr>
<tr><td align="right">{IDEO.join(bylines)}</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td>
{related}
</td></tr></table>
{_footer(plan.site, m)}
</body>
</html>
"""
        return page
    info = (
        f"<span>来源：{esc(plan.source)}</span> <span>时间：{at:%Y-%m-%d %H:%M:%S}</span> "
        f"<span>点击：{count}</span>"
    )
    paragraphs = "\n".join(f"<p>{IDEO * 2}{esc(p)}</p>" for p in plan.paragraphs)
    editor = f'<p style="text-align:right">[责任编辑:{esc(plan.editor)}]</p>' if plan.editor else ""
    body = f"""{_header(plan.site, m)}
<div class="container">
<div class="crumb">{crumb}</div>
<h2 class="title">{esc(plan.title)}</h2>
<div class="meta">
{info}
</div>
<div id="text">
{paragraphs}
{editor}
</div>
{_related(plan, m, "相关阅读")}
</div>
{_footer(plan.site, m)}"""
    head = (
        f"{meta}\n<title>{esc(plan.title)}_{SITE_TITLES[plan.site]}</title>"
        if meta
        else (f"<title>{esc(plan.title)}_{SITE_TITLES[plan.site]}</title>")
    )
    return _doc(head, body)


# --- list, home and other pages ------------------------------------------------------------------------


def _page_head(site: str, title: str, m: Skin, meta: str) -> str:
    return (
        f"{meta}\n<title>{m(title)}_{m(SITE_TITLES[site])}</title>" if meta else f"<title>{m(title)}</title>"
    )


def list_path(slug: str, n: int) -> str:
    return f"/{slug}/index.html" if n == 1 else f"/{slug}/list_{n}.html"


def list_page(
    site: str, slug: str, name: str, items: list[Plan], n: int, pages: int, m: Skin, meta: str
) -> str:
    lis = "\n".join(
        f'<li><a href="{p.path}" title="{attr(html.unescape(m(p.title)))}">{m(p.title)}</a>'
        f'<span class="date">{p.published:%Y-%m-%d}</span></li>'
        for p in items
    )
    window = range(max(1, n - 4), min(pages, max(1, n - 4) + 9) + 1)
    numbers = " ".join(f"<b>{i}</b>" if i == n else f'<a href="{list_path(slug, i)}">{i}</a>' for i in window)
    nav = [f'<a href="{list_path(slug, 1)}">{m("首页")}</a>']
    if n > 1:
        nav.append(f'<a href="{list_path(slug, n - 1)}">{m("上一页")}</a>')
    nav.append(numbers)
    if n < pages:
        nav.append(f'<a href="{list_path(slug, n + 1)}">{m("下一页")}</a>')
    nav.append(f'<a href="{list_path(slug, pages)}">{m("末页")}</a>')
    body = f"""{_header(site, m)}
<div class="position">{m("当前位置")}: <a href="/index.html">{m("首页")}</a> &gt;&gt; {m(name)}</div>
<div class="listbox"><h2>{m(name)}</h2>
<ul class="list">
{lis}
</ul>
<div class="pages">{" ".join(nav)}</div>
</div>
{_footer(site, m)}"""
    return _doc(_page_head(site, name, m, meta), body)


def home_page(site: str, latest: list[Plan], m: Skin, meta: str) -> str:
    cats = "\n".join(
        f'<div class="col"><h3><a href="/{slug}/index.html">{m(name)}</a></h3></div>'
        for slug, name in CATEGORIES[site]
    )
    lis = "\n".join(
        f'<li><a href="{p.path}">{m(p.title)}</a><span>{p.published:%m-%d}</span></li>' for p in latest
    )
    body = f"""{_header(site, m)}
<div class="latest"><h2>{m("最新资讯")}</h2>
<ul>
{lis}
</ul></div>
{cats}
{_footer(site, m)}"""
    return _doc(_page_head(site, "产业经济新闻门户", m, meta), body)


def about_page(site: str, m: Skin, meta: str, about: Sequence[str]) -> str:
    paragraphs = "\n".join(f"<p>{IDEO * 2}{m(p)}</p>" for p in about)
    body = f"""{_header(site, m)}
<div class="about"><h1>{m("关于我们")}</h1>
{paragraphs}
<p><a href="{EXTERNAL_LINKS[0]}">{m("合作伙伴")}</a></p>
</div>
{_footer(site, m)}"""
    return _doc(_page_head(site, "关于我们", m, meta), body)
