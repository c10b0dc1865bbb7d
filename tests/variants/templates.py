# ruff: noqa: E501  (HTML templates with CJK text: ruff counts each CJK character as two columns)
"""Page skeletons of the 中国产经观察 template family and the pieces they share.

Each skeleton prints a ``PageSpec`` the way one template of the family does: ``seed-div`` (the seed
page: div layout, `当前位置: 首页 >> ...`, info line, share bar, body, 编辑/审核, 相关新闻 cards),
``legacy-table`` (tables and ``<font>``), ``info-spans`` (label/value ``<span>``s) and ``html5``
(``<article>``/``<time>``). Every visible string goes through ``Ink`` (plain, or the mirrors'
traditional characters with pinyin); whole-page mojibake and the byte encoding are applied last.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import opencc

from crawler.demo import mirror
from tests.corpus.build import (
    STATS_SCRIPT,
    attr,
    esc,
    related_cards,
    related_links,
    share_bar,
    site_footer,
    site_header,
    summary_cut,
)

from .generator import PageSpec

BOM = b"\xef\xbb\xbf"
IDEO = "\u3000"
SITE = "中国产经观察"
T2S = opencc.OpenCC("t2s")
TW2S = opencc.OpenCC("tw2s")

DISCLAIMERS = {
    "copyright": "版权声明：凡本网注明“来源：中国产经观察”的作品，版权均属本网所有，转载请注明出处。",
    "disclaimer": "免责声明：本文仅代表作者个人观点，与本网无关，内容仅供读者参考。",
    "reprint": "本文为转载内容，如涉及作品内容、版权等问题，请与本网联系删除。",
}
THE_END = ("THE END", "— THE END —", "-END-")

CHARSET_DECLS = {
    "meta-charset": '<meta charset="utf-8">',
    "http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    "none": "",
    "wrong-gb2312": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    "meta-gbk": '<meta charset="gbk">',
    "http-equiv-gb2312": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    "meta-gb2312": '<meta charset="gb2312">',
    "http-equiv-gbk": '<meta http-equiv="Content-Type" content="text/html; charset=GBK">',
    "meta-gb18030": '<meta charset="gb18030">',
}


class Ink:
    """How the page prints a clean string: as is, or like the mirrors (traditional + pinyin)."""

    def __init__(self, spec: PageSpec) -> None:
        self.mirror = "mirror" in spec.s("text.mode")
        self.rng = random.Random(spec.ink_seed)
        self.rate = float(spec.s("mirror.rate", "0.3"))
        self.fullwidth = spec.s("mirror.parens") == "fullwidth"

    def raw(self, text: str) -> str:
        if not self.mirror or not mirror.has_han(text):
            return text
        trad = mirror.to_traditional(text)
        if T2S.convert(trad) != text or TW2S.convert(trad) != text:
            raise ValueError(f"not recoverable from traditional characters: {text!r}")
        return mirror.annotate(trad, rng=self.rng, rate=self.rate, fullwidth=self.fullwidth, context=text)

    def __call__(self, text: str) -> str:
        return esc(self.raw(text))

    def attr(self, text: str) -> str:
        return attr(self.raw(text))


class Ctx:
    def __init__(self, spec: PageSpec) -> None:
        self.spec = spec
        self.s = spec.s
        self.t = Ink(spec)


OPEN = {
    "span": "<span>",
    "em": "<em>",
    "font": '<font color="#666666">',
    "small": "<small>",
    "b": "<b>",
    "i": "<i>",
    "strong": "<strong>",
}


def wrap(tag: str, inner: str, cls: str = "") -> str:
    opening = OPEN[tag] if not cls else OPEN[tag][:-1] + f' class="{cls}">'
    return f"{opening}{inner}</{tag}>"


# --- the info line -------------------------------------------------------------------------------------


def labelled(c: Ctx, label: str, value: str, *, colon: str | None = None) -> str:
    """``label: value`` with the page's wrappers around label and value."""
    how, tag = c.s("info.wrap"), c.s("info.tag", "span")
    colon = c.s("info.colon") if colon is None else colon
    lab = c.t(label)
    if how == "none":
        return f"{lab}{colon}{value}"
    if how == "field":
        return wrap(tag, f"{lab}{colon}{value}")
    if how == "label-value":
        return wrap(tag, lab + colon, "label") + wrap(tag, value, "value")
    if how == "label":
        return wrap(tag, lab + colon) + value
    if how == "value":
        return lab + colon + wrap(tag, value)
    if how == "label-colon-out":
        return wrap(tag, lab) + colon + value
    raise ValueError(how)


def unlabelled(c: Ctx, value: str) -> str:
    return value if c.s("info.wrap") == "none" else wrap(c.s("info.tag", "span"), value)


def source_field(c: Ctx) -> str:
    sp = c.spec
    assert sp.source is not None
    value, form, label = c.t(sp.source), c.s("source.form"), c.s("source.label")
    if form == "label":
        return labelled(c, label, value)
    if form == "link":
        return labelled(c, label, f'<a href="{sp.host}/" target="_blank">{value}</a>')
    if form == "bracket":
        return unlabelled(c, f"【{c.t(label)}{c.s('info.colon')}{value}】")
    return unlabelled(c, value)  # unlabelled, right before the date


def date_field(c: Ctx) -> str:
    sp = c.spec
    text, label = c.t(sp.date_text()), c.s("date.label")
    if c.s("skeleton") == "html5":
        iso = sp.date_iso() or ""
        stamp = {"day": iso[:10], "min": iso[:16] + iso[19:]}.get(sp.date_precision, iso)
        if c.s("html5.time") == "whole" and label != "none":
            return f'<time datetime="{stamp}">{c.t(label)}{c.s("info.colon")}{text}</time>'
        text = f'<time datetime="{stamp}">{text}</time>'
    return unlabelled(c, text) if label == "none" else labelled(c, label, text)


def clicks_field(c: Ctx) -> str:
    sp = c.spec
    shape, label = c.s("clicks.shape"), c.s("clicks.label")
    if sp.counter:
        src = sp.counter.replace("&", "&amp;") if c.s("counter.amp") == "escaped" else sp.counter
        count = f'<script src="{src}" type="text/javascript" language="javascript"></script>'
    else:
        assert sp.clicks is not None
        count = f"{sp.clicks:,}" if shape == "thousands" else str(sp.clicks)
    if shape in ("colon", "thousands"):
        return labelled(c, label, count)
    if shape == "colon-ci":
        if c.s("info.wrap") in ("label-value", "value"):
            return labelled(c, label, count) + c.t("次")
        return labelled(c, label, count + c.t("次"))
    if shape == "count-before":  # 2381次阅读
        return unlabelled(c, count + c.t("次" + label))
    if shape == "space":  # 阅读 86
        return labelled(c, label, count, colon=" ")
    if shape == "paren":  # 阅读数(4720), 浏览（321）
        left, right = ("（", "）") if c.s("info.colon") == "：" else ("(", ")")
        return unlabelled(c, f"{c.t(label)}{left}{count}{right}")
    raise ValueError(shape)


def info_fields(c: Ctx) -> list[str]:
    sp = c.spec
    fields: dict[str, str] = {}
    if sp.source is not None:
        fields["source"] = source_field(c)
    if sp.published is not None:
        fields["date"] = date_field(c)
    if sp.clicks is not None or sp.counter:
        fields["clicks"] = clicks_field(c)
    items = [fields[k] for k in c.s("info.order").split("-") if k in fields]
    if c.s("info.author") == "yes" and sp.author:
        items.append(labelled(c, "作者", c.t(sp.author)))
    return items


def info_block(c: Ctx, cls: str = "info") -> str:
    items = info_fields(c)
    if not items:
        return ""
    layout, sep = c.s("info.layout"), c.s("info.sep")
    if layout == "line":
        return f'<div class="{cls}">{sep.join(items)}</div>'
    if layout == "split-p":
        return f'<div class="{cls}">\n' + "\n".join(f"<p>{i}</p>" for i in items) + "\n</div>"
    if layout == "split-li":
        return f'<ul class="{cls}">\n' + "\n".join(f"<li>{i}</li>" for i in items) + "\n</ul>"
    return f'<div class="{cls}">' + "<br>\n".join(items) + "</div>"


def info_inline(c: Ctx) -> str:
    """The info line inside a table cell: fields on one line, or one a line with ``<br>``."""
    items = info_fields(c)
    return (c.s("info.sep") if c.s("info.layout") == "line" else "<br>").join(items)


# --- breadcrumbs ---------------------------------------------------------------------------------------


def crumb_label(c: Ctx) -> str:
    label = c.s("crumb.label")
    return "" if label == "none" else c.t(label) + c.s("crumb.colon")


def crumb_items(c: Ctx) -> list[str]:
    sp = c.spec
    out = []
    last = len(sp.crumbs) - 1
    for i, crumb in enumerate(sp.crumbs):
        if c.s("crumb.spaced") == "yes" and i == 1 and len(crumb.text) == 2:
            text = c.t(crumb.text[0]) + " " + c.t(crumb.text[1])  # `资 讯`
        else:
            text = c.t(crumb.text)
        headline_text = sp.crumb_headline and i == last and c.s("crumb.headline_link") == "text"
        out.append(text if crumb.href is None or headline_text else f'<a href="{crumb.href}">{text}</a>')
    return out


def crumb_inline(c: Ctx, sep_span: bool = False) -> str:
    space, sep = c.s("crumb.space"), c.s("crumb.sep")
    if sep_span:
        sep = f'<span class="sep">{sep}</span>'
    joiner = f"{space}{sep}{space}"
    trailing = f"{space}{sep}" if c.s("crumb.trailing_sep") == "yes" else ""
    label = crumb_label(c)
    if sep_span and label:
        label = f"<span>{label}</span>"
    return label + joiner.join(crumb_items(c)) + trailing


# --- editor and reviewer -------------------------------------------------------------------------------


def editor_lines(c: Ctx) -> list[str]:
    """The editor/reviewer lines as the page prints them (inline HTML, one entry a line)."""
    sp = c.spec
    if not (sp.editor or sp.reviewer):
        return []
    form, colon = c.s("editor.form"), c.s("editor.colon")
    mark = "/" if form == "slash" else colon
    ed = f"{c.t(c.s('editor.label'))}{mark}{c.t(sp.editor)}" if sp.editor else None
    rv = f"{c.t(c.s('reviewer.label'))}{mark}{c.t(sp.reviewer)}" if sp.reviewer else None
    parts = [p for p in (ed, rv) if p]
    if form == "lines":
        return parts
    if form == "br":
        return ["<br>".join(parts)]
    if form in ("same-line", "slash"):
        return [c.s("editor.sep").join(parts)]
    if form == "adjacent":  # <span>编辑：李明</span><span>审核：周强</span>
        return ["".join(wrap(c.s("editor.tag"), p) for p in parts)]
    if form == "bracket":
        return [f"[{ed}]"] + ([rv] if rv else [])
    if form == "paren":
        return [f"（{ed}）"] + ([rv] if rv else [])
    raise ValueError(form)


def editor_after(c: Ctx, cls: str = "editor") -> str:
    if c.s("editor.pos") != "after-body":
        return ""
    lines = editor_lines(c)
    if not lines:
        return ""
    if len(lines) == 1:
        return f'<div class="{cls}">{lines[0]}</div>'
    return f'<div class="{cls}">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"


# --- the body -------------------------------------------------------------------------------------------

# A body block: ("text", inline html, alignment) or ("html", block html, "")
Block = tuple[str, str, str]


def image_blocks(c: Ctx, n: int) -> list[Block]:
    out: list[Block] = []
    br_body = c.s("body.form") == "br"
    for img in c.spec.images:
        if img.after != n:
            continue
        tag = f'<img src="{attr(img.src)}" alt="" border="0">'
        cap = c.t(img.caption) if img.caption else None
        align, how = c.s("images.align"), c.s("images.caption")
        if br_body:
            out.append(("text", tag + (f"<br>\n{cap}" if cap else ""), ""))
        elif how == "br" and cap:
            out.append(("html", f'<p style="text-align:center">{tag}<br>{cap}</p>', ""))
        else:
            if align == "p-center":
                out.append(("html", f'<p style="text-align:center">{tag}</p>', ""))
            elif align == "div":
                out.append(("html", f'<div class="pic">{tag}</div>', ""))
            else:
                out.append(("html", tag, ""))
            if cap:
                out.append(("text", cap, "center"))
    return out


def body_blocks(c: Ctx) -> list[Block]:
    sp, s = c.spec, c.s
    blocks: list[Block] = []
    if sp.original_title:
        blocks.append(("text", c.t("原标题：" + sp.original_title), ""))
    if s("noise.share") == "body-top":
        blocks.append(("html", share_bar(c.t, "分享到："), ""))
    for n, para in enumerate(sp.paragraphs):
        blocks.append(("text", c.t(para), ""))
        blocks.extend(image_blocks(c, n))
        if n == 0 and s("noise.script_ad") == "yes":
            blocks.append(
                (
                    "html",
                    '<script type="text/javascript">document.write(\'<div id="ad_in"></div>\');</script>',
                    "",
                )
            )
            blocks.append(
                (
                    "html",
                    '<div class="ad"><a href="http://ads.example/click?id=31" target="_blank">'
                    '<img src="http://ads.example/banner_640x60.gif" width="640" height="60"></a></div>',
                    "",
                )
            )
            blocks.append(("html", "<style>.ad { margin: 10px 0; }</style>", ""))
    if s("noise.the_end") == "yes":
        blocks.append(("text", THE_END[sp.ink_seed % len(THE_END)], "center"))
    if s("editor.pos") in ("in-body", "in-body-right"):
        align = "right" if s("editor.pos") == "in-body-right" else ""
        blocks.extend(("text", line, align) for line in editor_lines(c))
    if s("noise.disclaimer") != "none":
        blocks.append(("text", c.t(DISCLAIMERS[s("noise.disclaimer")]), ""))
    if s("noise.recommend") == "in-body":
        blocks.append(("html", f"<p><strong>{c.t('推荐阅读：')}</strong></p>", ""))
        blocks.extend(
            ("html", f'<p><a href="{r.href}" target="_blank">{c.t(r.title)}</a></p>', "")
            for r in sp.recommend
        )
    if s("noise.prev_next") == "in-body":
        blocks.append(("html", prev_next_html(c), ""))
    if s("noise.share") == "body-end":
        blocks.append(("html", share_bar(c.t, "分享到："), ""))
    return blocks


INDENTS = {"p-ideo": IDEO * 2, "p-nbsp": "&nbsp;&nbsp;&nbsp;&nbsp;", "br": IDEO * 2}


def body_html(c: Ctx) -> str:
    form = c.s("body.form")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append("<br>\n".join(run) + "<br>")
            run.clear()

    for kind, inner, align in body_blocks(c):
        if kind == "html":
            flush()
            out.append(inner)
            continue
        if form == "br":
            run.append((INDENTS["br"] if not align else "") + inner)
            continue
        style = f' style="text-align:{align}"' if align else ""
        if form == "p-css" and not align:
            style = ' style="text-indent:2em;"'
        indent = INDENTS.get(form, "") if not align else ""
        tag = "div" if form == "div" else "p"
        out.append(f"<{tag}{style}>{indent}{inner}</{tag}>")
    flush()
    return "\n".join(out)


def prev_next_html(c: Ctx) -> str:
    assert c.spec.prev_next is not None
    prev, nxt = c.spec.prev_next
    lines = [
        f'{c.t("上一篇：")}<a href="{prev.href}">{c.t(prev.title)}</a>' if prev else c.t("上一篇：没有了")
    ]
    lines.append(
        f'{c.t("下一篇：")}<a href="{nxt.href}">{c.t(nxt.title)}</a>' if nxt else c.t("下一篇：没有了")
    )
    return '<div class="prenext">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"


def after_body_noise(c: Ctx) -> str:
    out = []
    if c.s("noise.prev_next") == "after-body":
        out.append(prev_next_html(c))
    if c.s("noise.recommend") == "after-body":
        lis = "".join(f'<li><a href="{r.href}">{c.t(r.title)}</a></li>' for r in c.spec.recommend)
        out.append(f'<div class="tuijian"><h3>{c.t("推荐阅读")}</h3><ul>{lis}</ul></div>')
    return "\n".join(out)


def header_extra(c: Ctx, tag: str = "div") -> str:
    sp = c.spec
    if c.s("header.extra") == "subtitle" and sp.subtitle:
        return f'<h2 class="subtitle">{c.t(sp.subtitle)}</h2>'
    if c.s("header.extra") == "author-line" and sp.author:
        return f'<{tag} class="author">{c.t(c.s("author.form") + sp.author)}</{tag}>'
    return ""


def share_above(c: Ctx) -> str:
    return share_bar(c.t, "分享:") if c.s("noise.share") == "above-body" else ""


# --- related lists -------------------------------------------------------------------------------------


def _summary(c: Ctx, key: str, cut: int | None) -> str:
    return c.t(summary_cut(key, cut or 100)) + esc(c.s("related.ellipsis"))


def related_seed(c: Ctx) -> str:
    if not c.spec.related:
        return ""
    return related_cards(
        list(c.spec.related),
        c.t,
        heading=c.s("related.heading"),
        more="[阅读]",
        ellipsis=c.s("related.ellipsis"),
    )


def related_table(c: Ctx) -> str:
    if not c.spec.related:
        return ""
    rows = []
    for n, r in enumerate(c.spec.related):
        href = attr(r.href)
        rows.append(
            f'<tr><td width="130"><a href="{href}"><img src="/uploads/thumb/{n + 1}.jpg" width="120" height="80" '
            f'border="0" alt="{c.t.attr(r.title)}"></a></td>\n<td valign="top"><a href="{href}"><b>{c.t(r.title)}</b></a>'
            f'<br>\n{_summary(c, r.key, r.cut)} <a href="{href}">{c.t("[阅读]")}</a></td></tr>'
        )
    return (
        f'<table width="100%" border="0" class="xgxw">\n<tr><td colspan="2"><b>{c.t(c.s("related.heading"))}</b></td></tr>\n'
        + "\n".join(rows)
        + "\n</table>"
    )


def related_spans(c: Ctx) -> str:
    if not c.spec.related:
        return ""
    items = []
    for n, r in enumerate(c.spec.related):
        href = attr(r.href)
        items.append(
            f'<div class="item"><a class="pic" href="{href}"><img src="/uploads/thumb/{n + 1}.jpg" alt="{c.t.attr(r.title)}"></a>'
            f'<div class="txt"><a class="tit" href="{href}">{c.t(r.title)}</a>'
            f'<p>{_summary(c, r.key, r.cut)} <a href="{href}" class="more">{c.t("[阅读]")}</a></p></div></div>'
        )
    return (
        f'<div class="xg"><div class="hd"><span>{c.t(c.s("related.heading"))}</span></div>\n<div class="bd">\n'
        + "\n".join(items)
        + "\n</div></div>"
    )


def related_html5(c: Ctx) -> str:
    if not c.spec.related:
        return ""
    if c.s("related.shape") == "links":
        return f'<aside class="related">\n{related_links(list(c.spec.related), c.t, heading=c.s("related.heading"))}\n</aside>'
    cards = []
    for n, r in enumerate(c.spec.related):
        href = attr(r.href)
        cards.append(
            f'<article class="card"><a class="thumb" href="{href}"><img src="/uploads/thumb/{n + 1}.jpg" alt="{c.t.attr(r.title)}" loading="lazy"></a>'
            f'<h3><a href="{href}">{c.t(r.title)}</a></h3>'
            f'<p>{_summary(c, r.key, r.cut)} <a href="{href}">{c.t("[阅读]")}</a></p></article>'
        )
    return (
        f'<aside class="related">\n<h2>{c.t(c.s("related.heading"))}</h2>\n' + "\n".join(cards) + "\n</aside>"
    )


# --- head and document ---------------------------------------------------------------------------------


def head(c: Ctx, extra: str = "") -> str:
    sp = c.spec
    decl = CHARSET_DECLS[c.s("charset")]
    description = c.t.attr(summary_cut(sp.key, 80))
    keywords = ",".join(
        c.t.attr(x) for x in (sp.crumbs[1].text, sp.crumbs[-1].text if not sp.crumb_headline else SITE)
    )
    lines = [
        decl,
        f"<title>{c.t(sp.title)}{esc(c.s('head.title_sep'))}{c.t(SITE)}</title>",
        f'<meta name="keywords" content="{keywords}">',
        f'<meta name="description" content="{description}">',
        extra,
        '<link rel="stylesheet" type="text/css" href="/skin/css/style.css">',
    ]
    return "\n".join(line for line in lines if line)


SEED_CLASSES = {
    # wrapper, crumb, article, info, body, editor, headline
    "original": ("main", "position", "article", "info", "content", "editor", "<h1>{}</h1>"),
    "farm": ("wrap", "weizhi", "art", "xinxi", "neirong", "bianji", '<h1 class="tit">{}</h1>'),
    "dede": (
        "w960 center",
        "place",
        "viewbox",
        "info",
        "content",
        "editor",
        '<div class="title"><h2>{}</h2></div>',
    ),
    "show": ("container", "location", "show", "show-info", "show-body", "show-editor", "<h1>{}</h1>"),
}


def seed_div(c: Ctx) -> str:
    wrapper, crumb, art, info, body, editor, headline = SEED_CLASSES[c.s("seed.classes")]
    above = c.s("info.pos") == "above"
    parts = [
        site_header(c.t),
        f'<div class="{wrapper}">',
        f'<div class="{crumb}">{crumb_inline(c)}</div>',
        f'<div class="{art}">',
        headline.format(c.t(c.spec.title)),
        header_extra(c),
        info_block(c, info) if above else "",
        share_above(c),
        f'<div class="{body}">\n{body_html(c)}\n</div>',
        "" if above else info_block(c, info),
        editor_after(c, editor),
        after_body_noise(c),
        related_seed(c),
        "</div>",
        "</div>",
        site_footer(c.t),
        STATS_SCRIPT,
    ]
    return doc(c, head(c), "\n".join(p for p in parts if p))


def legacy_table(c: Ctx) -> str:
    above = c.s("info.pos") == "above"
    info = (
        f'<tr><td align="center"><font color="#666666">{info_inline(c)}</font></td></tr>'
        if info_fields(c)
        else ""
    )
    extra = header_extra(c, "font")
    ed = editor_lines(c) if c.s("editor.pos") == "after-body" else []
    rows = [
        f'<tr><td align="center" class="t1"><font face="黑体">{c.t(c.spec.title)}</font></td></tr>',
        f'<tr><td align="center">{extra}</td></tr>' if extra else "",
        info if above else "",
        f"<tr><td>{share_above(c)}</td></tr>" if share_above(c) else "",
        '<tr><td height="1" bgcolor="#CCCCCC"></td></tr>',
        f'<tr><td class="content"><font style="font-size:14px">\n{body_html(c)}\n</font></td></tr>',
        "" if above else info,
        f'<tr><td align="right">{"<br>".join(ed)}</td></tr>' if ed else "",
        f"<tr><td>{after_body_noise(c)}</td></tr>" if after_body_noise(c) else "",
        f"<tr><td>\n{related_table(c)}\n</td></tr>" if c.spec.related else "",
    ]
    body = f"""<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80"><img src="/images/top_banner.gif" width="960" height="80"></td></tr>
<tr><td height="26" bgcolor="#E8E8E8"><font color="#333333">{crumb_inline(c)}</font></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="8" cellspacing="0">
{chr(10).join(r for r in rows if r)}
</table>
<table width="960" border="0" align="center"><tr><td align="center">
<font color="#999999">{c.t("版权所有 中国产经观察 未经授权禁止转载")}</font></td></tr></table>"""
    style = '<style type="text/css">\ntd { font-size: 12px; line-height: 180%; }\n.t1 { font-size: 20px; font-weight: bold; color: #c00; }\n</style>'
    return doc(c, head(c, style), body, legacy=True)


def info_spans(c: Ctx) -> str:
    above = c.s("info.pos") == "above"
    parts = [
        site_header(c.t),
        f'<div class="sitepath">{crumb_inline(c, sep_span=True)}</div>',
        '<div class="detail">',
        f'<h1 class="detail-title">{c.t(c.spec.title)}</h1>',
        header_extra(c),
        info_block(c, "detail-info") if above else "",
        share_above(c),
        f'<div class="detail-content">\n{body_html(c)}\n</div>',
        "" if above else info_block(c, "detail-info"),
        editor_after(c, "detail-foot"),
        after_body_noise(c),
        related_spans(c),
        "</div>",
        site_footer(c.t),
    ]
    return doc(c, head(c), "\n".join(p for p in parts if p))


def html5(c: Ctx) -> str:
    sp = c.spec
    above = c.s("info.pos") == "above"
    items = crumb_items(c)
    space, sep = c.s("crumb.space"), c.s("crumb.sep")
    lis = "".join(
        f"<li>{item}</li>"
        if i == len(items) - 1
        else f'<li>{item}{space}<span class="sep">{sep}</span>{space}</li>'
        for i, item in enumerate(items)
    )
    label = crumb_label(c)
    crumb = f'<nav class="breadcrumb" aria-label="breadcrumb">{f"<span>{label}</span>" if label else ""}<ol>{lis}</ol></nav>'
    info = info_block(c, "meta")
    extra = header_extra(c, "p")
    ed = editor_lines(c) if c.s("editor.pos") == "after-body" else []
    parts = [
        f'<header class="site">{site_header(c.t)}</header>',
        crumb,
        "<main>",
        "<article>",
        "<header>",
        f"<h1>{c.t(sp.title)}</h1>",
        extra,
        info if above else "",
        "</header>",
        share_above(c),
        f'<section class="article-body">\n{body_html(c)}\n</section>',
        f'<footer class="article-meta">{info}</footer>' if info and not above else "",
        "<footer>" + "".join(f"<p>{line}</p>" for line in ed) + "</footer>" if ed else "",
        after_body_noise(c),
        "</article>",
        related_html5(c),
        "</main>",
        f'<footer class="site">{site_footer(c.t)}</footer>',
    ]
    viewport = '<meta name="viewport" content="width=device-width, initial-scale=1">'
    return doc(c, head(c, viewport), "\n".join(p for p in parts if p), doctype="<!doctype html>")


def doc(c: Ctx, head_html: str, body: str, *, legacy: bool = False, doctype: str = "<!DOCTYPE html>") -> str:
    lang = "zh-TW" if c.t.mirror else "zh-CN"
    if legacy:
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{head_html}\n</head>\n'
            f'<body bgcolor="#FFFFFF" topmargin="0">\n{body}\n</body>\n</html>\n'
        )
    return (
        f'{doctype}\n<html lang="{lang}">\n<head>\n{head_html}\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    )


SKELETONS: dict[str, Callable[[Ctx], str]] = {
    "seed-div": seed_div,
    "legacy-table": legacy_table,
    "info-spans": info_spans,
    "html5": html5,
}
NEWLINES_BETWEEN_TAGS = re.compile(r">[ \t]*\n[ \t\n]*<")


def render_text(spec: PageSpec) -> str:
    """The page as text, before the byte encoding (mojibake already applied)."""
    page = SKELETONS[spec.s("skeleton")](Ctx(spec))
    lines = spec.s("html.lines")
    if lines == "minified":
        page = NEWLINES_BETWEEN_TAGS.sub("><", page)
    elif lines == "crlf":
        page = page.replace("\n", "\r\n")
    if "mojibake" in spec.s("text.mode"):
        # the whole page's UTF-8 read as Windows-1252 and saved again as UTF-8
        page = mirror.mojibake_latin1(page)
    return page


def render_page(spec: PageSpec) -> bytes:
    page = render_text(spec)
    encoding = spec.s("encoding")
    if encoding == "utf-8":
        return page.encode("utf-8")
    if encoding == "utf-8-bom":
        return BOM + page.encode("utf-8")
    # GBK pages write what GBK lacks as numeric references, as CMSs saving GBK do
    return page.encode("gbk", errors="xmlcharrefreplace")
