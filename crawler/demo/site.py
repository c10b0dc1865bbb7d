"""Generate the bundled demo site: an original and two mirrors as static trees, with the truth.

``generate(root)`` writes one directory per site (``original``, ``mirror-a``, ``mirror-b``) and
``root/truth.json``, the list of every page with the clean fields ``crawler.extract.extract`` must
return for it. ``crawler.demo.server.DemoSite`` serves the tree on 127.0.0.1.

- ``original``: simplified, UTF-8, ``/html/2025/0104/12345.html``, DedeCMS counter scripts on some pages.
- ``mirror-a``: traditional characters with pinyin after some of them, byte-phase damage and litter on
  some paragraphs (only renderings the normaliser reads back exactly), UTF-8, ``/2021/0323/610246.shtml``,
  EmpireCMS counter scripts, full-width info lines, ``责任编辑``.
- ``mirror-b``: GBK (charset in ``<meta>``, in the HTTP header only, or nowhere), legacy ``<table>`` and
  ``<span>`` layouts, ``/page/2024/0720/25092703.shtml`` and ``/news/<hex>.html``, PHPCMS counter scripts.

Beside the pages each site directory holds the server's data: ``_counters.json`` (counter id -> stored
clicks), ``_headers.json`` (path -> Content-Type to send where the default is not wanted) and
``_modified.json`` (path -> Unix time for Last-Modified). Everything is derived from ``seed`` and
``now``: the same pair gives the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import random
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from crawler.demo import mirror

__all__ = [
    "CST",
    "EXTERNAL_LINKS",
    "SITES",
    "DemoSiteMap",
    "generate",
    "load_map",
]

CST = timezone(timedelta(hours=8))
SITES = ("original", "mirror-a", "mirror-b")
SITE_SHARES = (0.4, 0.3, 0.3)
TEXTS_FILE = Path(__file__).resolve().parent / "texts.txt"
# Off-site links printed on every page: a crawler must never request them.
EXTERNAL_LINKS = ("http://example.com/partner/index.html", "https://www.example.org/feed.xml")
PER_LIST_PAGE = 20
RECENT_SHARE = 0.22  # share of articles published in the last 7 days
WINDOW_DAYS = 60
IDEO = "\u3000"
HOUSE_SOURCE = "中国产经观察"
HOUSE_PREFIX = "中国产经观察消息:"

# Categories per site: (directory, name). Mirror copies land in the category of the same index.
CATEGORIES = {
    "original": (
        ("difang", "地方新闻"),
        ("chanye", "产业动态"),
        ("keji", "科技创新"),
        ("nongye", "农业农村"),
    ),
    "mirror-a": (("local", "地方新闻"), ("industry", "产经要闻"), ("tech", "科技前沿")),
    "mirror-b": (
        ("hangye", "行业资讯"),
        ("quyu", "区域经济"),
        ("qiye", "企业动态"),
        ("nengyuan", "能源环保"),
    ),
}
SITE_TITLES = {"original": "中国产经观察", "mirror-a": "中国产经观察", "mirror-b": "产经观察网"}
COUNTER_SHARE = {"original": 0.2, "mirror-a": 0.25, "mirror-b": 0.25}
COPY_SHARE = {"mirror-a": 0.4, "mirror-b": 0.3}


# --- texts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    places: tuple[str, ...]
    industries: tuple[str, ...]
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    sentences: tuple[str, ...]
    sources: tuple[str, ...]
    editors: tuple[str, ...]
    reviewers: tuple[str, ...]
    about: tuple[str, ...]


@lru_cache(maxsize=1)
def load_texts() -> Texts:
    """Read ``texts.txt``: ``[section]`` headers, one item a line."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in TEXTS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    texts = Texts(**{name: tuple(sections[name]) for name in Texts.__dataclass_fields__})
    for items in sections.values():
        for item in items:
            item.encode("gbk")  # mirror-b prints everything in GBK
    return texts


# --- the map ---------------------------------------------------------------------------------------


@dataclass
class DemoSiteMap:
    """What ``generate`` wrote: the root, the settings and one truth entry per page."""

    root: Path
    seed: int
    now: str
    pages: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sites(self) -> tuple[str, ...]:
        return SITES

    def site_dir(self, site: str) -> Path:
        return self.root / site

    def articles(self, site: str | None = None, *, allowed_only: bool = False) -> list[dict[str, Any]]:
        """Article entries, of one site or all, optionally without the robots-disallowed ones."""
        return [
            p
            for p in self.pages
            if p["kind"] == "article"
            and (site is None or p["site"] == site)
            and not (allowed_only and p["disallowed"])
        ]

    def page(self, site: str, path: str) -> dict[str, Any] | None:
        for p in self.pages:
            if p["site"] == site and p["path"] == path:
                return p
        return None

    def read(self, site: str, path: str) -> bytes:
        """The bytes a page was written with."""
        return (self.root / site / path.lstrip("/")).read_bytes()


def load_map(root: Path) -> DemoSiteMap:
    """Read a generated tree's ``truth.json`` back into a ``DemoSiteMap``."""
    root = Path(root)
    data = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    meta = json.loads((root / "_generated.json").read_text(encoding="utf-8"))
    return DemoSiteMap(root, meta["seed"], meta["now"], data)


# --- article plans -------------------------------------------------------------------------------------


@dataclass(eq=False)
class Plan:
    """One article page of one site, before rendering."""

    site: str
    title: str
    paragraphs: list[str]
    source: str
    editor: str | None
    reviewer: str | None
    category: int
    published: datetime
    clicks: int
    counter: str | None = None  # dedecms / empirecms / phpcms
    copy_of: Plan | None = None
    disallowed: bool = False
    variant: int = 0  # layout / info-line variant of the site's template
    number: int = 0  # id in the site's numbering
    counter_id: str = ""
    path: str = ""
    related: list[Plan] = field(default_factory=list)
    printed_at: datetime | None = None  # publication time as precise as the page prints it
    damage: int = -1  # mirror-a: index of the paragraph printed with byte-phase damage
    littered: int = -1  # mirror-a: index of the paragraph printed with comma/symbol litter
    summary_cut: int = 80

    @property
    def stem(self) -> str:
        return self.path.rsplit("/", 1)[-1].split(".", 1)[0]


def _split(total: int) -> list[int]:
    counts = [int(total * share) for share in SITE_SHARES]
    for i in range(total - sum(counts)):
        counts[i % 3] += 1
    return counts


def _clicks(rng: random.Random, age_days: float) -> int:
    base = math.exp(rng.uniform(math.log(40), math.log(60000)))
    return int(base * (0.3 + min(age_days, 30) / 30))


# --- mirror-a rendering -----------------------------------------------------------------------------------


class MirrorText:
    """Renders clean strings as mirror-a prints them, keeping only what ``normalize_text`` reads back.

    ``prepare`` renders candidates for many strings at once and checks them with one call of the
    normaliser; ``render`` then picks one of the checked renderings.
    """

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.variants: dict[str, list[str]] = {}
        self.damaged: dict[str, str | None] = {}
        self.littered: dict[str, str | None] = {}
        self._syllables: dict[str, list[str | None]] = {}
        self.fallbacks = 0

    def syllables(self, text: str) -> list[str | None]:
        """Readings of every character, computed sentence by sentence and cached."""
        out: list[str | None] = []
        start = 0
        while start < len(text):
            end = text.find("。", start)
            end = len(text) if end == -1 else end + 1
            piece = text[start:end]
            if piece not in self._syllables:
                self._syllables[piece] = mirror.readings(piece)
            out.extend(self._syllables[piece])
            start = end
        return out

    def _annotate(self, text: str, *, rate: float, fullwidth: bool) -> str:
        trad = mirror.to_traditional(text)
        syllables = self.syllables(text) if len(trad) == len(text) else [None] * len(trad)
        left, right = ("\uff08", "\uff09") if fullwidth else ("(", ")")
        out: list[str] = []
        for ch, syl in zip(trad, syllables, strict=True):
            out.append(ch)
            if syl and mirror.is_han(ch) and self.rng.random() < rate:
                out.append(f"{left}{syl}{right}")
        return "".join(out)

    def prepare(self, texts: Iterable[str], *, paragraphs: bool = False) -> None:
        """Render and check every new string of ``texts`` (paragraphs also get damage and litter)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self.variants]
        if not todo:
            return
        candidates: list[tuple[str, str, str]] = []  # (clean, kind, rendered)
        for text in todo:
            first = self._annotate(text, rate=0.3, fullwidth=False)
            candidates.append((text, "plain", first))
            candidates.append((text, "plain", self._annotate(text, rate=0.2, fullwidth=True)))
            if paragraphs:
                candidates.append((text, "litter", mirror.litter(first, rng=self.rng, symbol_rate=0.05)))
                candidates.extend((text, "damage", d) for d in self._damage(text))
        passed = _check(candidates)
        for text in todo:
            self.variants[text] = []
            if paragraphs:
                self.damaged[text] = None
                self.littered[text] = None
        for (text, kind, rendered), ok in zip(candidates, passed, strict=True):
            if not ok:
                continue
            if kind == "plain":
                self.variants[text].append(rendered)
            elif kind == "damage" and self.damaged[text] is None:
                self.damaged[text] = rendered
            elif kind == "litter":
                self.littered[text] = rendered
        missing = [t for t in todo if not self.variants[t]]
        if missing:
            plain = [(t, "plain", mirror.to_traditional(t)) for t in missing]
            for (text, _, rendered), ok in zip(plain, _check(plain), strict=True):
                self.variants[text] = [rendered if ok else text]
                self.fallbacks += 1

    def _damage(self, text: str) -> list[str]:
        trad = mirror.to_traditional(text)
        if len(trad) != len(text):
            return []
        for attempt in range(4):
            seed = int.from_bytes(
                hashlib.blake2b(f"{text}|{attempt}".encode(), digest_size=4).digest(), "big"
            )
            try:
                damage = mirror.byte_phase_details(trad, rng=random.Random(seed), context=text, rate=0.15)
            except ValueError:
                return []
            if damage.cross_matches and damage.errors == 0:
                return [damage.text]
        return []

    def render(self, text: str, rng: random.Random) -> str:
        choices = self.variants[text]
        return choices[rng.randrange(len(choices))] if len(choices) > 1 else choices[0]

    def prefix(self, text: str, n: int, rng: random.Random) -> str:
        """The first ``n`` characters of ``text``, annotated but not checked (summaries)."""
        cut = text[:n]
        trad = mirror.to_traditional(cut)
        syllables = self.syllables(text)[:n] if len(trad) == len(cut) else [None] * len(trad)
        return "".join(
            ch + (f"({syl})" if syl and mirror.is_han(ch) and rng.random() < 0.25 else "")
            for ch, syl in zip(trad, syllables, strict=True)
        )


def _check(candidates: Sequence[tuple[str, str, str]]) -> list[bool]:
    """Which renderings normalise back to exactly their clean text (one normaliser call)."""
    from crawler.text import normalize_text

    if not candidates:
        return []
    lines = [rendered.replace("\n", " ") for _, _, rendered in candidates]
    back = normalize_text("\n".join(lines)).split("\n")
    if len(back) != len(lines):  # never expected; fall back to one call per line
        back = [normalize_text(line) for line in lines]
    return [b == clean for (clean, _, _), b in zip(candidates, back, strict=True)]


# --- HTML pieces ----------------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


class Skin:
    """How one site prints a clean string: plain (original, mirror-b) or as mirror-a does."""

    def __init__(self, site: str, rng: random.Random, mirror_text: MirrorText | None) -> None:
        self.site = site
        self.rng = rng
        self.mt = mirror_text

    def __call__(self, text: str) -> str:
        if self.mt is None:
            return esc(text)
        return esc(self.mt.render(text, self.rng))

    def para(self, plan: Plan, i: int) -> str:
        text = plan.paragraphs[i]
        if self.mt is not None:
            if i == plan.damage and self.mt.damaged.get(text):
                return esc(self.mt.damaged[text])  # type: ignore[arg-type]
            if i == plan.littered and self.mt.littered.get(text):
                return esc(self.mt.littered[text])  # type: ignore[arg-type]
        return self(text)

    def summary(self, plan: Plan) -> str:
        lead = plan.paragraphs[0]
        n = min(plan.summary_cut, len(lead))
        if self.mt is None:
            return esc(lead[:n])
        return esc(self.mt.prefix(lead, n, self.rng))


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


def _original_article(plan: Plan, m: Skin) -> str:
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


def _mirror_a_article(plan: Plan, m: Skin) -> str:
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


def _mirror_b_article(plan: Plan, m: Skin, meta: str) -> str:
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


def _list_path(slug: str, n: int) -> str:
    return f"/{slug}/index.html" if n == 1 else f"/{slug}/list_{n}.html"


def _list_page(
    site: str, slug: str, name: str, items: list[Plan], n: int, pages: int, m: Skin, meta: str
) -> str:
    lis = "\n".join(
        f'<li><a href="{p.path}" title="{attr(html.unescape(m(p.title)))}">{m(p.title)}</a>'
        f'<span class="date">{p.published:%Y-%m-%d}</span></li>'
        for p in items
    )
    window = range(max(1, n - 4), min(pages, max(1, n - 4) + 9) + 1)
    numbers = " ".join(
        f"<b>{i}</b>" if i == n else f'<a href="{_list_path(slug, i)}">{i}</a>' for i in window
    )
    nav = [f'<a href="{_list_path(slug, 1)}">{m("首页")}</a>']
    if n > 1:
        nav.append(f'<a href="{_list_path(slug, n - 1)}">{m("上一页")}</a>')
    nav.append(numbers)
    if n < pages:
        nav.append(f'<a href="{_list_path(slug, n + 1)}">{m("下一页")}</a>')
    nav.append(f'<a href="{_list_path(slug, pages)}">{m("末页")}</a>')
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


def _home_page(site: str, latest: list[Plan], m: Skin, meta: str) -> str:
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


def _about_page(site: str, m: Skin, meta: str, about: Sequence[str]) -> str:
    paragraphs = "\n".join(f"<p>{IDEO * 2}{m(p)}</p>" for p in about)
    body = f"""{_header(site, m)}
<div class="about"><h1>{m("关于我们")}</h1>
{paragraphs}
<p><a href="{EXTERNAL_LINKS[0]}">{m("合作伙伴")}</a></p>
</div>
{_footer(site, m)}"""
    return _doc(_page_head(site, "关于我们", m, meta), body)


ROBOTS = "User-agent: *\nDisallow: /private/\n"


# --- planning ------------------------------------------------------------------------------------------


class _Planner:
    def __init__(self, rng: random.Random, texts: Texts, now: datetime) -> None:
        self.rng = rng
        self.texts = texts
        self.now = now
        self.bodies: set[tuple[str, ...]] = set()
        self.pool = self._pool()
        combos = len(texts.headlines) * len(texts.places) * len(texts.industries)
        self.order = list(range(combos))
        rng.shuffle(self.order)
        self.next_combo = 0

    def _pool(self) -> list[str]:
        sentences = list(self.texts.sentences)
        pool = []
        for _ in range(max(120, len(sentences) * 2)):
            pool.append("".join(self.rng.sample(sentences, self.rng.choice((2, 2, 3)))))
        return list(dict.fromkeys(pool))

    def published(self, recent: bool) -> datetime:
        low, high = (120, 7 * 86400 - 60) if recent else (7 * 86400 + 60, WINDOW_DAYS * 86400)
        return self.now - timedelta(seconds=self.rng.randint(low, high))

    def article(self, site: str, published: datetime, ncats: int) -> Plan:
        rng, texts = self.rng, self.texts
        if self.next_combo >= len(self.order):
            raise ValueError(f"the texts give {len(self.order)} distinct headlines; asked for more")
        combo = self.order[self.next_combo]
        self.next_combo += 1
        h, rest = divmod(combo, len(texts.places) * len(texts.industries))
        p, s = divmod(rest, len(texts.industries))
        place, industry = texts.places[p], texts.industries[s]
        title = texts.headlines[h].format(p=place, s=industry)
        source = rng.choice(texts.sources)
        lead = rng.choice(texts.leads).format(
            p=place, s=industry, m=published.month, d=published.day, n=rng.randint(12, 180)
        )
        prefix = HOUSE_PREFIX if source == HOUSE_SOURCE and rng.random() < 0.7 else ""
        first = prefix + lead + rng.choice(texts.sentences)
        while True:
            rest_paragraphs = rng.sample(self.pool, rng.randint(2, 7))
            body = (first, *rest_paragraphs)
            if body not in self.bodies:
                self.bodies.add(body)
                break
        age = (self.now - published).total_seconds() / 86400
        return Plan(
            site=site,
            title=title,
            paragraphs=list(body),
            source=source,
            editor=rng.choice(texts.editors) if rng.random() < 0.92 else None,
            reviewer=rng.choice(texts.reviewers) if rng.random() < 0.75 else None,
            category=rng.randrange(ncats),
            published=published,
            clicks=_clicks(rng, age),
            summary_cut=rng.randint(50, 90),
        )


def _recent_flags(rng: random.Random, n: int) -> list[bool]:
    flags = [i < math.ceil(n * RECENT_SHARE) for i in range(n)]
    rng.shuffle(flags)
    return flags


def _plan_sites(rng: random.Random, texts: Texts, now: datetime, articles: int) -> dict[str, list[Plan]]:
    planner = _Planner(rng, texts, now)
    counts = _split(articles)
    plans: dict[str, list[Plan]] = {}
    originals: list[Plan] = []
    for site, count in zip(SITES, counts, strict=True):
        ncats = len(CATEGORIES[site])
        copies = 0 if site == "original" else min(int(count * COPY_SHARE[site]), len(originals))
        own = count - copies
        flags = _recent_flags(rng, own)
        site_plans = [planner.article(site, planner.published(flag), ncats) for flag in flags]
        sources = [o for o in originals if not o.disallowed]
        for original in rng.sample(sources, min(copies, len(sources))):
            delay = timedelta(seconds=rng.randint(600, 36 * 3600))
            published = min(original.published + delay, now)
            site_plans.append(
                Plan(
                    site=site,
                    title=original.title,
                    paragraphs=list(original.paragraphs),
                    source=original.source,
                    editor=original.editor,
                    reviewer=original.reviewer,
                    category=original.category % ncats,
                    published=published,
                    clicks=_clicks(rng, (now - published).total_seconds() / 86400),
                    copy_of=original,
                    summary_cut=original.summary_cut,
                )
            )
        site_plans.sort(key=lambda p: p.published)
        own_recent = [p for p in site_plans if p.copy_of is None and (now - p.published).days < 7]
        if own_recent:
            private = own_recent[len(own_recent) // 2]
            private.disallowed = True
            private.category = 0
        for plan in site_plans:
            plan.variant = rng.randrange(6)
            if rng.random() < COUNTER_SHARE[site]:
                plan.counter = {"original": "dedecms", "mirror-a": "empirecms", "mirror-b": "phpcms"}[site]
            if site == "mirror-b" and plan.variant % 2:
                plan.reviewer = None  # this template prints only [责任编辑:...]
            if site == "mirror-a":
                # the lead paragraph is the article's own; the others have checked damaged renderings
                plan.damage = rng.randrange(1, len(plan.paragraphs)) if rng.random() < 0.4 else -1
                plan.littered = rng.randrange(1, len(plan.paragraphs)) if rng.random() < 0.3 else -1
        _assign_paths(site, site_plans, rng)
        plans[site] = site_plans
        if site == "original":
            originals = site_plans
    for site_plans in plans.values():
        _assign_related(site_plans)
    return plans


def _assign_paths(site: str, plans: list[Plan], rng: random.Random) -> None:
    number = {"original": 12000, "mirror-a": 600000, "mirror-b": 25090000}[site]
    content_id = 100
    for plan in plans:  # oldest first: ids grow with time like a CMS's
        number += rng.randint(1, 9)
        content_id += rng.randint(1, 3)
        plan.number = number
        at = plan.published
        if site == "original":
            plan.path = f"/html/{at:%Y}/{at:%m%d}/{number}.html"
            plan.printed_at = at
            plan.counter_id = str(number)
        elif site == "mirror-a":
            plan.path = f"/{at:%Y}/{at:%m%d}/{number}.shtml"
            plan.printed_at = at.replace(second=0) if plan.variant % 2 == 0 else at
            plan.counter_id = str(number)
        else:
            if rng.random() < 0.25:
                digest = hashlib.sha1(f"{site}|{number}|{plan.title}".encode()).hexdigest()[:10]
                plan.path = f"/news/{digest}.html"
            else:
                plan.path = f"/page/{at:%Y}/{at:%m%d}/{number}.shtml"
            plan.printed_at = at.replace(second=0) if plan.variant % 2 == 0 else at
            plan.counter_id = str(content_id)
        if plan.disallowed:
            plan.path = "/private" + plan.path


def _assign_related(plans: list[Plan]) -> None:
    """Four articles of the same site: the nearest in time of the same category, then any."""
    visible = [p for p in plans if not p.disallowed]
    by_cat: dict[int, list[Plan]] = {}
    for p in visible:
        by_cat.setdefault(p.category, []).append(p)
    position = {id(p): i for i, p in enumerate(visible)}
    cat_position = {id(p): i for members in by_cat.values() for i, p in enumerate(members)}
    for plan in plans:
        same = by_cat.get(plan.category, [])
        pool, where = (same, cat_position) if len(same) > 4 else (visible, position)
        if not plan.disallowed and id(plan) in where:
            at = where[id(plan)]
            candidates = pool[max(0, at - 4) : at] + pool[at + 1 : at + 5]
        else:
            candidates = pool[-8:]
        candidates.sort(key=lambda p: abs((p.published - plan.published).total_seconds()))
        plan.related = [c for c in candidates if c is not plan][:4]


# --- truth ------------------------------------------------------------------------------------------


def _truth(plan: Plan) -> dict[str, Any]:
    at = plan.printed_at
    assert at is not None
    counter = None
    if plan.counter:
        counter = {"kind": plan.counter, "id": plan.counter_id, "clicks": plan.clicks}
    article_id = plan.counter_id if plan.counter else plan.stem
    return {
        "site": plan.site,
        "path": plan.path,
        "kind": "article",
        "title": plan.title,
        "source": plan.source,
        "published_at": at.isoformat(),
        "clicks": None if plan.counter else plan.clicks,
        "counter": counter,
        "editor": plan.editor,
        "reviewer": plan.reviewer,
        "category": CATEGORIES[plan.site][plan.category][1],
        "body": "\n".join(plan.paragraphs),
        "related": [{"path": r.path, "title": r.title} for r in plan.related],
        "article_id": article_id,
        "disallowed": plan.disallowed,
        "copy_of": plan.copy_of.path if plan.copy_of else None,
    }


# --- generate ------------------------------------------------------------------------------------------


def generate(root: Path, *, articles: int = 300, seed: int = 7, now: datetime | None = None) -> DemoSiteMap:
    """Write the three sites under ``root`` (replacing what a previous run wrote) and return the map."""
    if articles < 0:
        raise ValueError("articles must be >= 0")
    root = Path(root)
    if now is None:
        now = datetime.now(CST)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=CST)
    now = now.astimezone(CST).replace(microsecond=0)
    texts = load_texts()
    rng = random.Random(seed)
    plans = _plan_sites(rng, texts, now, articles)

    mirror_text = MirrorText(seed * 7919 + 1)
    a_plans = plans["mirror-a"]
    mirror_text.prepare(
        [
            *SHARED_LABELS,
            SITE_TITLES["mirror-a"],
            *texts.about,
            *texts.sources,
            *texts.editors,
            *texts.reviewers,
        ]
        + [name for _, name in CATEGORIES["mirror-a"]]
    )
    mirror_text.prepare([p.title for p in a_plans] + [p.paragraphs[0] for p in a_plans])
    mirror_text.prepare([text for p in a_plans for text in p.paragraphs[1:]], paragraphs=True)

    for site in SITES:
        site_dir = root / site
        if site_dir.exists():
            shutil.rmtree(site_dir)
        site_dir.mkdir(parents=True)
    pages: list[dict[str, Any]] = []
    for index, site in enumerate(SITES):
        site_rng = random.Random(f"{seed}|{site}")
        skin = Skin(site, site_rng, mirror_text if site == "mirror-a" else None)
        pages.extend(_write_site(root / site, site, plans[site], skin, site_rng, now, texts))
        del index
    (root / "truth.json").write_text(json.dumps(pages, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    meta = {"seed": seed, "now": now.isoformat(), "articles": articles, "sites": list(SITES)}
    (root / "_generated.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return DemoSiteMap(root, seed, now.isoformat(), pages)


def _write_site(
    site_dir: Path,
    site: str,
    plans: list[Plan],
    m: Skin,
    rng: random.Random,
    now: datetime,
    texts: Texts,
) -> list[dict[str, Any]]:
    encoding = "gbk" if site == "mirror-b" else "utf-8"
    headers: dict[str, str] = {}
    modified: dict[str, int] = {}
    counters: dict[str, int] = {}
    pages: list[dict[str, Any]] = []
    made_dirs: set[Path] = set()

    def write(path: str, text: str, at: datetime) -> None:
        target = site_dir / path.lstrip("/")
        if target.parent not in made_dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(target.parent)
        target.write_bytes(text.encode(encoding))
        modified[path] = int(at.timestamp())

    def declaration(path: str) -> str:
        """mirror-b: the charset in <meta>, in the HTTP header only, or nowhere."""
        if site != "mirror-b":
            return '<meta charset="utf-8">'
        roll = rng.random()
        if roll < 0.6:
            return GBK_METAS[rng.randrange(len(GBK_METAS))]
        headers[path] = "text/html; charset=gbk" if roll < 0.9 else "text/html"
        return ""

    for plan in plans:
        if site == "original":
            text = _original_article(plan, m)
            if rng.random() < 0.05:
                headers[plan.path] = "text/html"  # a generic header: the page's <meta> decides
        elif site == "mirror-a":
            text = _mirror_a_article(plan, m)
        else:
            text = _mirror_b_article(plan, m, declaration(plan.path))
        write(plan.path, text, plan.published)
        if plan.counter:
            counters[plan.counter_id] = plan.clicks
        pages.append(_truth(plan))

    # category lists, newest first
    newest_first = sorted(plans, key=lambda p: p.published, reverse=True)
    list_paths: list[str] = []
    for cat, (slug, name) in enumerate(CATEGORIES[site]):
        members = [p for p in newest_first if p.category == cat]
        npages = max(1, math.ceil(len(members) / PER_LIST_PAGE))
        for n in range(1, npages + 1):
            items = members[(n - 1) * PER_LIST_PAGE : n * PER_LIST_PAGE]
            path = _list_path(slug, n)
            at = items[0].published if items else now - timedelta(days=WINDOW_DAYS)
            write(path, _list_page(site, slug, name, items, n, npages, m, declaration(path)), at)
            list_paths.append(path)
            pages.append(
                {
                    "site": site,
                    "path": path,
                    "kind": "list",
                    "category": name,
                    "page": n,
                    "pages": npages,
                    "links": [p.path for p in items],
                }
            )
    latest = [p for p in newest_first if not p.disallowed][:12]
    at = latest[0].published if latest else now - timedelta(days=WINDOW_DAYS)
    write("/index.html", _home_page(site, latest, m, declaration("/index.html")), at)
    pages.append(
        {
            "site": site,
            "path": "/index.html",
            "kind": "home",
            "links": [f"/{slug}/index.html" for slug, _ in CATEGORIES[site]] + [p.path for p in latest],
        }
    )
    about_at = now - timedelta(days=WINDOW_DAYS + 30)
    write("/about.html", _about_page(site, m, declaration("/about.html"), texts.about), about_at)
    pages.append({"site": site, "path": "/about.html", "kind": "other", "links": []})
    (site_dir / "robots.txt").write_text(ROBOTS, encoding="ascii")
    modified["/robots.txt"] = int(about_at.timestamp())

    for name, data in (
        ("_headers.json", headers),
        ("_modified.json", modified),
        ("_counters.json", counters),
    ):
        (site_dir / name).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return pages
