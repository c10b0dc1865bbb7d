# ruff: noqa: E501  (pools of CJK text: ruff counts each CJK character as two columns)
"""Page specs of the 中国产经观察 template family: the choices, the expected record, the page bytes.

Every page is built by ``build_spec`` from named choices (``Chooser.pick("info.colon", [...])``), so the
same code serves a seeded ``random.Random`` (``spec_from_seed``), Hypothesis (``specs()``) and
one-factor-at-a-time variants of a baseline page (``one_factor_cases``). The first option of every
choice is the baseline: the seed page's own form. The named choices a page made are its
``style`` (its features), which the scorer uses to group mismatches.

``expected(spec)`` gives the record by the corpus conventions (tests/corpus/README.md plus
tests/variants/README.md); ``render(spec)`` gives the bytes as served.
"""

from __future__ import annotations

import posixpath
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tests.corpus.build import Related, load_texts, record, summary_cut

T = TypeVar("T")

TEXTS = load_texts()
KEYS = tuple(TEXTS)

# Seeds: the tuning range is [0, HELDOUT_BASE); ``--heldout`` uses [HELDOUT_BASE, 2 * HELDOUT_BASE).
HELDOUT_BASE = 1_000_000_000

# --- pools (written for this project) -------------------------------------------------------------

HOSTS = (
    "http://www.cien-demo.test",
    "https://www.cien-demo.test",
    "https://mirror1.example",
    "http://mirror2.example",
    "http://news.chanjing-demo.test",
)
SOURCES = (
    "中国产经观察",
    "新华社",
    "经济日报",
    "本站原创",
    "中国产经观察网",
    "产经日报",
    "湖州日报",
    "央广网",
    "China Daily",
    "江南晚报客户端",
)
NAMES = (
    "王宇",
    "胡君",
    "李明",
    "周强",
    "孙悦",
    "郑晓",
    "赵一鸣",
    "陈默",
    "欧阳明珠",
    "高翔",
    "Li Wei",
    "Zhang Min",
)
AUTHORS = ("陈晓岚", "林建华", "吴思远", "刘畅", "Chen Jie")
# (top category, sub category, path slug)
CATEGORIES = (
    ("资讯", "地方新闻", "difang"),
    ("产经", "交通物流", "jiaotong"),
    ("能源", "新能源", "xinnengyuan"),
    ("农业", "特色农业", "tese"),
    ("科技", "智能制造", "zhizao"),
    ("文旅", "冰雪经济", "bingxue"),
    ("产经", "制造业", "zhizaoye"),
    ("外贸", "企业出海", "chuhai"),
    ("财经", "金融观察", "jinrong"),
    ("能源", "光伏", "guangfu"),
    ("农业", "设施农业", "sheshi"),
    ("科技", "数字经济", "shuzi"),
)
CAPTIONS = (
    "图为企业生产车间一角。",
    "图为项目建设现场。",
    "图为工作人员在检测产品。",
    "图为新投用的智能化生产线。",
    "图为活动现场。",
)
SUBTITLES = ("——产业一线见闻", "——记者实地探访", "——写在项目投产之际")
# Breadcrumb items that are not a category (tests/corpus/README.md)
GENERIC_CRUMBS = frozenset({"首页", "查看详情", "正文", "详情", "内容"})

# Date formats: name -> (format function, precision: "sec" | "min" | "day")
DATE_FORMATS: dict[str, tuple[Callable[[datetime], str], str]] = {
    "Y-m-d H:M:S": (lambda d: d.strftime("%Y-%m-%d %H:%M:%S"), "sec"),
    "Y-m-d H:M": (lambda d: d.strftime("%Y-%m-%d %H:%M"), "min"),
    "Y年m月d日 H:M": (lambda d: d.strftime("%Y年%m月%d日 %H:%M"), "min"),
    "Y年m月d日 H:M:S": (lambda d: d.strftime("%Y年%m月%d日 %H:%M:%S"), "sec"),
    "Y年n月j日 H:M": (lambda d: f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}", "min"),
    "Y/n/j H:M": (lambda d: f"{d.year}/{d.month}/{d.day} {d:%H:%M}", "min"),
    "Y/m/d H:M:S": (lambda d: d.strftime("%Y/%m/%d %H:%M:%S"), "sec"),
    "Y-n-j G:M": (lambda d: f"{d.year}-{d.month}-{d.day} {d.hour}:{d:%M}", "min"),
    "Y-m-d": (lambda d: d.strftime("%Y-%m-%d"), "day"),
    "Y年m月d日": (lambda d: d.strftime("%Y年%m月%d日"), "day"),
    "Y年n月j日": (lambda d: f"{d.year}年{d.month}月{d.day}日", "day"),
    "Y/n/j": (lambda d: f"{d.year}/{d.month}/{d.day}", "day"),
}

# URL path schemes: name -> (has date directories, path function)
URL_SCHEMES: dict[str, bool] = {
    "html-date": True,  # DedeCMS: /html/2025/0104/12345.html
    "shtml-date": True,  # /2021/0323/610246.shtml
    "empire-date": True,  # EmpireCMS: /chanjing/2025-01-04/5309.html
    "trs-date": True,  # /zhizao/202501/t20250104_12345.html
    "hex": False,  # /news/3f9a2c1b.html
    "news-id": False,  # /news/12345.html
}


def url_path(scheme: str, when: datetime, num: int, hexid: str, slug: str) -> str:
    if scheme == "html-date":
        return f"/html/{when:%Y}/{when:%m%d}/{num}.html"
    if scheme == "shtml-date":
        return f"/{when:%Y}/{when:%m%d}/{num}.shtml"
    if scheme == "empire-date":
        return f"/{slug}/{when:%Y-%m-%d}/{num}.html"
    if scheme == "trs-date":
        return f"/{slug}/{when:%Y%m}/t{when:%Y%m%d}_{num}.html"
    if scheme == "hex":
        return f"/news/{hexid}.html"
    if scheme == "news-id":
        return f"/news/{num}.html"
    raise ValueError(scheme)


# --- choices ------------------------------------------------------------------------------------------


class Infeasible(ValueError):
    """A forced choice is not among the options open at that point of the page."""


def fmt(value: object) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


class Chooser:
    """Makes every choice of a page by name and keeps the categorical ones (the page's style).

    ``force`` maps a choice name to the formatted option to take (``fmt``), for one-factor cases.
    The first option is the baseline.
    """

    def __init__(self, force: Mapping[str, str] | None = None) -> None:
        self.force = dict(force or {})
        self.style: dict[str, str] = {}

    def pick(
        self, axis: str, options: Sequence[T], weights: Sequence[int] | None = None, *, keep: bool = True
    ) -> T:
        options = list(options)
        if not options:
            raise ValueError(f"{axis}: no options")
        if weights is not None and len(weights) != len(options):
            raise ValueError(f"{axis}: {len(options)} options, {len(weights)} weights")
        if axis in self.force:
            wanted = self.force[axis]
            hits = [o for o in options if fmt(o) == wanted]
            if not hits:
                raise Infeasible(f"{axis}={wanted!r} is not open here: {[fmt(o) for o in options]}")
            value = hits[0]
        else:
            value = options[self._index(axis, len(options), list(weights) if weights else [1] * len(options))]
        if keep:
            self.style[axis] = fmt(value)
        return value

    def flag(self, axis: str, percent_yes: int) -> bool:
        """A yes/no choice whose baseline is no."""
        return self.pick(axis, [False, True], [100 - percent_yes, percent_yes])

    def number(self, name: str, lo: int, hi: int, baseline: int) -> int:
        return self._number(name, lo, hi, baseline)

    def _index(self, axis: str, n: int, weights: list[int]) -> int:
        raise NotImplementedError

    def _number(self, name: str, lo: int, hi: int, baseline: int) -> int:
        raise NotImplementedError


class RandomChooser(Chooser):
    def __init__(self, rng: random.Random, force: Mapping[str, str] | None = None) -> None:
        super().__init__(force)
        self.rng = rng

    def _index(self, axis: str, n: int, weights: list[int]) -> int:
        return self.rng.choices(range(n), weights=weights)[0]

    def _number(self, name: str, lo: int, hi: int, baseline: int) -> int:
        return self.rng.randint(lo, hi)


class BaselineChooser(Chooser):
    """Takes the first option of every choice (and the baseline number) unless forced."""

    def _index(self, axis: str, n: int, weights: list[int]) -> int:
        return 0

    def _number(self, name: str, lo: int, hi: int, baseline: int) -> int:
        return baseline


class DrawChooser(Chooser):
    """Hypothesis draws: weighted like the RNG, shrinking towards the baseline option."""

    def __init__(self, draw: Callable[[Any], Any], force: Mapping[str, str] | None = None) -> None:
        super().__init__(force)
        self.draw = draw

    def _index(self, axis: str, n: int, weights: list[int]) -> int:
        from hypothesis import strategies as st

        ticket = self.draw(st.integers(0, sum(weights) - 1))
        for i, w in enumerate(weights):
            if ticket < w:
                return i
            ticket -= w
        return n - 1

    def _number(self, name: str, lo: int, hi: int, baseline: int) -> int:
        from hypothesis import strategies as st

        return self.draw(st.integers(lo, hi))


# --- the spec -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Crumb:
    text: str  # clean text (the expected item)
    href: str | None  # None: printed as plain text


@dataclass(frozen=True)
class Image:
    src: str  # as written in the page
    after: int  # index of the paragraph it follows
    caption: str | None  # a caption paragraph (body text), or none


@dataclass(frozen=True)
class Link:
    href: str
    key: str  # the linked article's text key (its headline is the link text)

    @property
    def title(self) -> str:
        return TEXTS[self.key].title


@dataclass
class PageSpec:
    """One page: the clean article, its fields and how the template prints them."""

    key: str
    title: str
    paragraphs: tuple[str, ...]
    url: str
    source: str | None
    published: datetime | None
    clicks: int | None  # an inline count
    counter: str | None  # counter script src as meant ('&' unescaped; root-relative or absolute)
    counter_id: str | None
    editor: str | None
    reviewer: str | None
    author: str | None  # an author printed on the page (not a record field)
    subtitle: str | None
    crumbs: tuple[Crumb, ...]
    crumb_headline: bool  # the trail ends with the headline itself
    images: tuple[Image, ...]
    related: tuple[Related, ...]
    original_title: str | None  # a 原标题 line at the top of the body (noise)
    recommend: tuple[Link, ...]  # a 推荐阅读 list (noise)
    prev_next: tuple[Link | None, Link | None] | None  # 上一篇/下一篇 (noise)
    ink_seed: int  # randomness of the mirror annotations
    style: dict[str, str] = field(default_factory=dict)
    seed: int | None = None

    def s(self, axis: str, default: str = "") -> str:
        return self.style.get(axis, default)

    @property
    def host(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def page_dir(self) -> str:
        return posixpath.dirname(urlsplit(self.url).path) + "/"

    @property
    def date_precision(self) -> str:
        return DATE_FORMATS[self.style["date.format"]][1] if self.published else "day"

    def date_text(self) -> str:
        assert self.published is not None
        return DATE_FORMATS[self.style["date.format"]][0](self.published)

    def date_iso(self) -> str | None:
        """The expected ``published_at``: what the printed date says, on the site's clock (+08:00)."""
        if self.published is None:
            return None
        d = self.published
        if self.date_precision == "day":
            d = d.replace(hour=0, minute=0, second=0)
        elif self.date_precision == "min":
            d = d.replace(second=0)
        return d.strftime("%Y-%m-%dT%H:%M:%S+08:00")

    def body_lines(self) -> list[str]:
        """The expected body paragraphs: the text's paragraphs with image captions in place."""
        lines: list[str] = []
        for n, para in enumerate(self.paragraphs):
            lines.append(para)
            lines.extend(img.caption for img in self.images if img.after == n and img.caption)
        return lines

    @property
    def category(self) -> str:
        items = [c.text for c in self.crumbs]
        if self.crumb_headline:
            return items[-2]
        return [t for t in items if t not in GENERIC_CRUMBS][-1]

    @property
    def article_id(self) -> str:
        if self.counter_id:
            return self.counter_id
        return posixpath.splitext(posixpath.basename(urlsplit(self.url).path))[0]


def expected(spec: PageSpec) -> dict:
    """The record the extractor must give for the page, in the corpus format."""
    return record(
        spec.url,
        article_id=spec.article_id,
        title=spec.title,
        source=spec.source,
        published_at=spec.date_iso(),
        clicks=spec.clicks,
        counter=spec.counter,
        editor=spec.editor,
        reviewer=spec.reviewer,
        breadcrumbs=[c.text for c in spec.crumbs],
        category=spec.category,
        body=spec.body_lines(),
        images=[img.src for img in spec.images],
        related=list(spec.related),
    )


# --- building a spec from choices --------------------------------------------------------------------


SKELETONS = ("seed-div", "legacy-table", "info-spans", "html5")
TEXT_MODES = ("plain", "mirror", "mojibake", "mirror+mojibake")
WRAP_TAGS = ("span", "em", "font", "small", "b", "i", "strong")


def _href(form: str, target: str, spec_host: str, page_dir: str) -> str:
    if form == "absolute":
        return spec_host + target
    if form == "root":
        return target
    if form == "up":  # from two directories up, as templates write links across date folders
        grandparent = posixpath.dirname(posixpath.dirname(page_dir.rstrip("/"))) or "/"
        return "../../" + posixpath.relpath(target, grandparent)
    rel = posixpath.relpath(target, page_dir)
    return "./" + rel if form == "dot" else rel  # "bare": same directory, no ./


def build_spec(ch: Chooser, seed: int | None = None) -> PageSpec:
    """Make every choice of one page through ``ch``."""
    # what the page is and how it is printed
    key = ch.pick("text", KEYS)
    text = TEXTS[key]
    skeleton = ch.pick("skeleton", SKELETONS, [4, 2, 2, 2])
    if skeleton == "seed-div":
        ch.pick("seed.classes", ["original", "farm", "dede", "show"])
    mode = ch.pick("text.mode", TEXT_MODES, [12, 4, 2, 1])
    if "mirror" in mode:
        ch.pick("mirror.rate", ["0.3", "0.15", "0.6"])
        ch.pick("mirror.parens", ["ascii", "fullwidth"], [3, 1])
    if "mojibake" in mode:
        encoding = ch.pick("encoding", ["utf-8"])
    else:
        encoding = ch.pick("encoding", ["utf-8", "utf-8-bom", "gbk", "gbk-undeclared"], [5, 2, 2, 1])
    decl_options = {
        "utf-8": ["meta-charset", "http-equiv", "none"],
        "utf-8-bom": ["none", "meta-charset", "wrong-gb2312"],
        "gbk": ["meta-gbk", "http-equiv-gb2312", "meta-gb2312", "http-equiv-gbk", "meta-gb18030"],
        "gbk-undeclared": ["none"],
    }[encoding]
    ch.pick("charset", decl_options)
    ch.pick("html.lines", ["newlines", "minified", "crlf"], [6, 3, 1])
    ch.pick("head.title_sep", [" - ", "_", "--", " | "])

    # the published date and the URL
    date_present = ch.pick("date.present", [True, False], [9, 1])
    when = datetime(
        ch.number("date.year", 2019, 2025, 2025),
        ch.number("date.month", 1, 12, 1),
        ch.number("date.day", 1, 28, 4),
        ch.number("date.hour", 0, 23, 11),
        ch.number("date.minute", 0, 59, 27),
        ch.number("date.second", 0, 59, 12),
    )
    if date_present:
        ch.pick("date.format", list(DATE_FORMATS), [4, 3, 3, 1, 1, 2, 1, 1, 2, 1, 1, 1])
    host = ch.pick("url.host", HOSTS)
    # a page that prints no date gets a URL without one, so no date is to be had anywhere
    schemes = list(URL_SCHEMES) if date_present else [k for k, dated in URL_SCHEMES.items() if not dated]
    scheme = ch.pick("url.scheme", schemes)
    num = ch.number("url.id", 1000, 999_999, 12345)
    hexid = f"{ch.number('url.hex', 0x10000000, 0xFFFFFFFF, 0x3F9A2C1B):08x}"
    cat_sub = ch.pick("crumb.category", [c[1] for c in CATEGORIES])
    cat_top, _, slug = next(c for c in CATEGORIES if c[1] == cat_sub)
    path = url_path(scheme, when, num, hexid, slug)
    url = host + path
    page_dir = posixpath.dirname(path) + "/"

    # source
    source = None
    if ch.pick("source.present", [True, False], [17, 3]):
        source = ch.pick("source.value", SOURCES)
        ch.pick("source.label", ["来源", "文章来源", "来源于", "出处", "信息来源"])
        forms = ["label", "link", "bracket"] + (["unlabelled"] if date_present else [])
        ch.pick("source.form", forms, [6, 2, 1, 1][: len(forms)])
    if date_present:
        # an unlabelled source is read by standing right before a bare date: `新华社 2022-06-14 10:20`
        labels = ["日期", "时间", "发布时间", "发布日期", "发表于", "发表时间", "none"]
        ch.pick("date.label", ["none"] if ch.style.get("source.form") == "unlabelled" else labels)

    # clicks
    clicks = counter = counter_id = None
    click_form = ch.pick("clicks.form", ["inline", "counter", "absent"], [6, 2, 2])
    if click_form != "absent":
        shape = ch.pick("clicks.shape", ["colon", "colon-ci", "count-before", "space", "paren", "thousands"])
        labels = {
            "count-before": ["阅读", "浏览", "点击"],
            "space": ["阅读", "浏览", "点击", "阅读量"],
            "paren": ["阅读数", "浏览", "点击", "阅读"],
        }.get(shape, ["点击", "浏览", "阅读", "浏览次数", "阅读量", "人气", "阅读数", "点击数"])
        ch.pick("clicks.label", labels)
        if click_form == "inline":
            clicks = ch.number("clicks.n", 1, 99_999, 85030)
            if shape == "thousands" and clicks < 1000:
                clicks += 1000
        else:
            kind = ch.pick("counter.kind", ["dedecms", "empirecms", "phpcms"])
            cid = str(num) if scheme != "hex" else str(ch.number("counter.id", 100, 99_999, 5309))
            if kind == "dedecms":
                src = f"/plus/count.php?view=yes&aid={cid}"
            elif kind == "empirecms":
                src = f"/e/public/ViewClick/?classid={ch.number('counter.classid', 1, 40, 1)}&id={cid}"
                if ch.flag("counter.addclick", 50):
                    src += "&addclick=1"
            else:
                src = f"/api.php?op=count&id={cid}&modelid=1"
            if ch.pick("counter.src", ["root", "absolute"]) == "absolute":
                src = host + src
            ch.pick("counter.amp", ["escaped", "raw"])
            counter, counter_id = src, cid

    # the info line
    ch.pick("info.pos", ["above", "below"], [4, 1])
    layouts = ["line", "split-p", "split-li", "split-br"]
    if source is not None and ch.style.get("source.form") == "unlabelled":
        layouts = ["line"]  # an unlabelled source is read by standing right before the date
    ch.pick("info.layout", layouts, [6, 1, 1, 1][: len(layouts)])
    wraps = {
        "info-spans": ["label-value", "none", "field", "label", "value", "label-colon-out"],
        "html5": ["field", "none", "label-value", "label", "value", "label-colon-out"],
    }.get(skeleton, ["none", "field", "label-value", "label", "value", "label-colon-out"])
    wrap = ch.pick("info.wrap", wraps)
    if wrap != "none":
        ch.pick("info.tag", WRAP_TAGS)
    seps = [" &nbsp; ", " ", "&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000", "\u3000\u3000", "\n"]
    if wrap != "none":
        seps.append("")  # adjacent inline elements with nothing between
    ch.pick("info.sep", seps)
    ch.pick("info.colon", [":", "：", ": "])
    orders = ["source-date-clicks", "date-source-clicks", "date-clicks-source", "source-clicks-date"]
    if ch.style.get("source.form") == "unlabelled":
        orders = ["source-date-clicks", "clicks-source-date"]
    ch.pick("info.order", orders)
    author = None
    if ch.flag("info.author", 15):
        author = ch.pick("author.name", AUTHORS)
    if skeleton == "html5" and date_present:
        ch.pick("html5.time", ["value", "whole"])

    # headline furniture
    header_extra = ch.pick("header.extra", ["none", "subtitle", "author-line"], [6, 1, 1])
    subtitle = ch.pick("subtitle.text", SUBTITLES) if header_extra == "subtitle" else None
    if header_extra == "author-line":
        author = author or ch.pick("author.name", AUTHORS)
        ch.pick("author.form", ["作者：", "文/", "记者　"])

    # editor and reviewer
    editor = reviewer = None
    if ch.pick("editor.present", [True, False], [4, 1]):
        editor = ch.pick("editor.name", NAMES)
        ch.pick("editor.label", ["编辑", "责任编辑", "责编"])
    if ch.pick("reviewer.present", [True, False], [3, 2]):
        pool = [n for n in NAMES if n != editor]
        if "胡君" in pool:  # the seed page's reviewer first
            pool.remove("胡君")
            pool.insert(0, "胡君")
        reviewer = ch.pick("reviewer.name", pool)
        ch.pick("reviewer.label", ["审核", "审校", "终审"])
    if editor or reviewer:
        forms = ["lines", "br", "same-line", "adjacent", "slash"]
        if editor:
            forms += ["bracket", "paren"]
        form = ch.pick("editor.form", forms)
        if form in ("same-line", "slash"):
            ch.pick("editor.sep", ["\u3000", " ", "&nbsp;&nbsp;", "\u3000\u3000"])
        if form == "adjacent":
            ch.pick("editor.tag", ["span", "em", "font", "b", "i"])
        ch.pick("editor.colon", [":", "：", ": "])
        ch.pick("editor.pos", ["after-body", "in-body", "in-body-right"])

    # breadcrumbs
    depth = ch.pick("crumb.depth", [2, 1], [3, 1])
    terminal = ch.pick("crumb.terminal", ["查看详情", "none", "正文", "内容", "headline"])
    ch.pick("crumb.label", ["当前位置", "none", "您的位置", "您现在的位置", "所在位置"])
    ch.pick("crumb.colon", [": ", "：", ":"])
    ch.pick("crumb.sep", ["&gt;&gt;", "&gt;", "&raquo;", "→", "/", "›", "-&gt;", "＞"])
    ch.pick("crumb.space", [" ", "", "&nbsp;"])
    if terminal == "none":
        ch.flag("crumb.trailing_sep", 25)
    if skeleton == "seed-div":
        ch.flag("crumb.spaced", 30)  # `资 讯`: two-character names printed with a space
    if terminal == "headline":
        ch.pick("crumb.headline_link", ["text", "link"])
    crumbs = [
        Crumb("首页", "/"),
        Crumb(cat_top, f"/{slug}/" if scheme in ("empire-date", "trs-date") else "/html/list_2_1.html"),
    ]
    if depth == 2:
        crumbs.append(Crumb(cat_sub, f"/{slug}/list_1.html"))
    if terminal == "headline":
        crumbs.append(Crumb(text.title, path))
    elif terminal != "none":
        crumbs.append(Crumb(terminal, None))

    # body: images and captions
    paragraphs = text.paragraphs
    n_images = ch.pick("images.count", [0, 1, 2], [3, 2, 1])
    images: list[Image] = []
    if n_images:
        src_form = ch.pick("images.src", ["root", "absolute", "relative", "cdn"])
        cap_form = ch.pick("images.caption", ["p", "none", "br"])
        ch.pick("images.align", ["p-center", "div", "bare"])
        spots = sorted({ch.number(f"images.{i}.after", 0, len(paragraphs) - 1, i) for i in range(n_images)})
        for i, after in enumerate(spots):
            stamp = when.strftime("%y%m%d")
            target = f"/uploads/allimg/{stamp}/1-{stamp}{i + 1}{num % 1000:03d}-L.jpg"
            if src_form == "root":
                src = target
            elif src_form == "absolute":
                src = host + target
            elif src_form == "cdn":
                src = "http://img.cien-demo.test" + target
            else:
                src = posixpath.relpath(target, page_dir)
            caption = (
                None
                if cap_form == "none"
                else CAPTIONS[ch.number(f"images.{i}.caption", 0, len(CAPTIONS) - 1, i)]
            )
            images.append(Image(src, after, caption))
    ch.pick(
        "body.form",
        ["p-ideo", "p-nbsp", "p-plain", "p-css", "br", "div"]
        if skeleton != "legacy-table"
        else ["br", "p-ideo", "p-nbsp", "p-plain"],
    )

    # noise in and around the body
    others = [k for k in KEYS if k != key]
    rotate = ch.number("others.rotate", 0, len(others) - 1, 0)
    others = others[rotate:] + others[:rotate]
    ch.pick("noise.share", ["above-body", "none", "body-top", "body-end"])
    ch.flag("noise.the_end", 20)
    ch.pick(
        "noise.disclaimer",
        ["none", "copyright", "disclaimer", "reprint"],
        [5, 1, 1, 1] if source else [6, 0, 1, 1],
    )
    original_title = None
    if ch.flag("noise.original_title", 15):
        original_title = _original_title(text.title)
    recommend_where = ch.pick("noise.recommend", ["none", "in-body", "after-body"], [6, 1, 1])
    recommend = (
        tuple(Link(f"/html/tj/{9000 + i}.html", others[-1 - i]) for i in range(3))
        if recommend_where != "none"
        else ()
    )
    prev_next = None
    if ch.pick("noise.prev_next", ["none", "after-body", "in-body"], [5, 2, 1]) != "none":
        prev_next = (
            Link(
                url_path(scheme, when - timedelta(days=1), num - 1, f"{int(hexid, 16) - 1:08x}", slug),
                others[-4],
            ),
            None
            if ch.flag("noise.no_next", 30)
            else Link(url_path(scheme, when, num + 1, f"{int(hexid, 16) + 1:08x}", slug), others[-5]),
        )
    ch.flag("noise.script_ad", 20)

    # the related list
    n_related = ch.pick("related.count", [4, 0, 2, 3, 5, 1])
    related: list[Related] = []
    if n_related:
        if skeleton == "html5":
            ch.pick("related.shape", ["cards", "links"])
        ch.pick("related.heading", ["相关新闻", "相关文章", "相关阅读", "相关报道"])
        ch.pick("related.ellipsis", ["...", "…"])
        dated = URL_SCHEMES[scheme]
        mix = ch.pick("related.hrefs", ["root", "mixed", "absolute", "relative"])
        forms = ["root", "absolute", "dot", "bare"] + (["up"] if dated else [])
        for i in range(n_related):
            if mix == "mixed":
                form = ch.pick("related.item_href", forms, keep=False)
            elif mix == "relative":
                form = ch.pick(
                    "related.item_href", [f for f in forms if f in ("up", "dot", "bare")], keep=False
                )
            else:
                form = mix
            rkey = others[i]
            rnum = num - 37 * (i + 1)
            rwhen = when - timedelta(days=(3 + 5 * i) if form == "up" else 0)
            target = url_path(scheme, rwhen, rnum, f"{int(hexid, 16) - 7 * (i + 1):08x}", slug)
            cut = ch.number(f"related.{i}.cut", 60, 130, 100)
            while summary_cut(rkey, cut)[-1] in ".…":  # `约3.` + `...` would not say where the cut is
                cut -= 1
            related.append(Related(_href(form, target, host, page_dir), rkey, cut))
    if skeleton == "html5" and ch.style.get("related.shape") == "links":
        related = [Related(r.href, r.key, None) for r in related]

    ink_seed = ch.number("ink.seed", 0, 2**31 - 1, 2)
    return PageSpec(
        key=key,
        title=text.title,
        paragraphs=paragraphs,
        url=url,
        source=source,
        published=when if date_present else None,
        clicks=clicks,
        counter=counter,
        counter_id=counter_id,
        editor=editor,
        reviewer=reviewer,
        author=author,
        subtitle=subtitle,
        crumbs=tuple(crumbs),
        crumb_headline=terminal == "headline",
        images=tuple(images),
        related=tuple(related),
        original_title=original_title,
        recommend=recommend,
        prev_next=prev_next,
        ink_seed=ink_seed,
        style=dict(ch.style),
        seed=seed,
    )


def _original_title(title: str) -> str:
    """A 原标题 for the headline: the wire headline before the site added its prefix."""
    for prefix in ("产经观察:", "产经观察："):
        if title.startswith(prefix):
            return title[len(prefix) :]
    return title + "（组图）"


# --- entry points ------------------------------------------------------------------------------------


def spec_from_seed(seed: int, force: Mapping[str, str] | None = None) -> PageSpec:
    return build_spec(RandomChooser(random.Random(seed), force), seed=seed)


def baseline_spec(force: Mapping[str, str] | None = None) -> PageSpec:
    return build_spec(BaselineChooser(force))


def specs(force: Mapping[str, str] | None = None):
    """Hypothesis strategy of page specs (shrinks towards the baseline page)."""
    from hypothesis import strategies as st

    @st.composite
    def _specs(draw: Callable[[Any], Any]) -> PageSpec:
        return build_spec(DrawChooser(draw, force))

    return _specs()


def render(spec: PageSpec) -> bytes:
    """The page as served: bytes in the page's own encoding."""
    from .templates import render_page

    return render_page(spec)


def one_factor_cases(sample: int = 400) -> Iterator[tuple[str, dict[str, str]]]:
    """Every option of every choice seen in ``sample`` seeded pages, each on the baseline page.

    Yields ``(case id, force)``: the baseline with ``axis=value``, plus the fewest other choices that
    option needs to be open (``counter.kind`` needs ``clicks.form=counter``), found from an example
    page that had it.
    """
    base = baseline_spec().style
    examples: dict[tuple[str, str], dict[str, str]] = {}
    for seed in range(sample):
        style = spec_from_seed(seed).style
        for axis, value in style.items():
            examples.setdefault((axis, value), style)
    for (axis, value), example in sorted(examples.items()):
        if base.get(axis) == value:
            continue
        force = _minimal_force(axis, value, example)
        if force is not None:
            yield f"{axis}={value!r}", force


def _reaches(force: dict[str, str], axis: str, value: str) -> bool:
    try:
        return baseline_spec(force).style.get(axis) == value
    except Infeasible:
        return False


def _minimal_force(axis: str, value: str, example: dict[str, str]) -> dict[str, str] | None:
    force = {axis: value}
    if _reaches(force, axis, value):
        return force
    # add the example's earlier choices one by one until the option is open, then drop the needless
    for a, v in example.items():
        if a == axis:
            break
        force[a] = v
        if _reaches(force, axis, value):
            break
    else:
        return None
    if not _reaches(force, axis, value):
        return None
    changed = True
    while changed:  # later choices depend on earlier ones: drop from the end, until nothing goes
        changed = False
        for a in reversed([a for a in force if a != axis]):
            trial = {k: v for k, v in force.items() if k != a}
            if _reaches(trial, axis, value):
                force, changed = trial, True
    return force
