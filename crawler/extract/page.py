"""ArticlePage: one decoded page read field by field, by labels, by the shape of values and by place.

The page is read as lines (block elements) made of text nodes. The headline is the heading that
best matches the page's `<title>`; the body is the container whose lines carry the most prose,
from after the headline's info line to the first credit, share or copyright line; each field is
found by its label, or where a page prints none, by the shape of its value near the headline
(a timestamp, the outlet beside it).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cached_property
from urllib.parse import urljoin, urlsplit

from lxml import html

from crawler.items import RelatedLink
from crawler.text import normalize_lines

from . import labels as L
from .counters import find_counter_url, page_article_id
from .crumbs import TrailReader, crumbs_of
from .dates import TIMESTAMP_RE, parse_machine_timestamp, parse_timestamp, script_timestamp
from .layout import Line, body_container, collapse_space, han_counts, inside, is_ad, page_lines, text_content
from .related import related_links

_SPACED_NAME_RE = re.compile(r"(?<![\u3400-\u9fff])([\u3400-\u9fff])[ 　]([\u3400-\u9fff])(?![\u3400-\u9fff])")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
# A trail whose first crumb is a home crumb opens so: separators and space, then the crumb,
# perhaps letter-spaced (`首 页`). A line that does not cannot be one.
_HOME_FIRST_RE = re.compile(r"[\s>»›→\-—/\\》=＞]*(?:首 ?页|主 ?页|网 ?站 ?首 ?页|返 ?回 ?首 ?页|Home|home|HOME)")
_TITLE_PARTS_RE = re.compile(r"\s*(?:[_|｜–—]+|\s-+\s|--)\s*")
_MAX_TITLE = 120
_CRUMB_STARTS = ("首页", "主页", "网站首页", "Home", "home", "HOME", "当前位置", "您", "你", "现在的位置", "所在位置", "位置")
# Lazy-loading pages put the image in one of these, and a placeholder in src.
_IMAGE_SOURCES = ("data-original", "data-src", "data-actualsrc", "real_src", "data-lazy-src", "src")
_HEADING_BONUS = {"h1": 0.5, "h2": 0.35, "h3": 0.2, "h4": 0.1}
_PROSE_CHARS = 40  # a line with this many Han characters is prose, not page furniture
# Words beside a date that are not its source: weekdays, font-size and share controls, counts.
_NOT_A_SOURCE_RE = re.compile(
    r"^(?:星期.|周[一二三四五六日天]|字号|大|中|小|A[+-]?|分享|评论|打印|收藏|举报|纠错|关闭|"
    r"阅读|浏览|点击|次|人|原创|转载|本报讯|专稿|独家|来源|作者|编辑|记者|[\d:：/\-.年月日时分秒\s]+)$|"
    r"(?:记者|编辑|作者|通讯员|主编|摄影|评论员|分析师|研究员|撰稿人|专栏作家|博主)$"  # a person's role
)
_BYLINE_LABEL_RE = re.compile(
    r"(?:作者|记者|通讯员|摄影|编辑|责任编辑|审核|来源|文|图)\s*[:：/]\s*[^\s\x1f]*(?: [A-Za-z]\S*)*"
)
_SOURCE_TOKEN_RE = re.compile(r"^[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9·&.\- ]{1,23}$")
# An unlabelled name beside a date is an outlet only if it reads like one (a person's name does not).
_OUTLET_RE = re.compile(
    r"(?:社|网|报|台|刊|志|新闻|客户端|频道|传媒|媒体|在线|观察|财经|时报|周刊|局|部|委|厅|办|院|会|中心|集团|公司|"
    r"政府|网站|号|电视|广播|APP|News|Daily|Times|Post|Press|Agency|Network|\.com|\.cn)$|^(?:央视|新华|中新|本站|本网)",
    re.IGNORECASE,
)


def _title_parts(title: str) -> list[str]:
    parts = [p for p in _TITLE_PARTS_RE.split(title) if p]
    return [title] + parts if len(parts) > 1 else [title]


def _similarity(text: str, part: str) -> float:
    if text == part:
        return 1.0
    if text in part or part in text:
        return min(len(text), len(part)) / max(len(text), len(part))
    matcher = SequenceMatcher(None, text, part, autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() > 0.5 and matcher.quick_ratio() > 0.5 else 0.0


class ArticlePage(TrailReader):
    """Fields of one article page; each property reads one thing."""

    def __init__(self, root: html.HtmlElement, url: str) -> None:
        self.root = root
        self.url = url
        self.lines: list[Line] = page_lines(root)
        self.clean: list[str] = normalize_lines([line.text for line in self.lines])
        # Raw text -> clean text, for every text normalised so far: the pieces of field lines,
        # the <title> and the related list repeat the page's lines and are looked up here.
        self.normalised = dict(zip((line.text for line in self.lines), self.clean, strict=True))
        self.han_counts: list[int] = han_counts(self.clean)
        # Lines that may hold a field, in page order.
        hinted = L.field_hint_lines(self.clean) | {i for i, t in enumerate(self.clean) if t.startswith(_CRUMB_STARTS)}
        self.field_lines: list[int] = [
            i
            for i in sorted(hinted)
            if len(text := self.clean[i]) <= 300
            and not L.BODY_END_RE.search(text)  # a copyright notice quoting `来源：X` is not an info line
        ]
        self.marked: dict[int, str] = self._mark_fields()
        self._labelled: dict[int, bool] = {}
        self._crumbs: dict[int, bool] = {}

    def _mark_fields(self) -> dict[int, str]:
        """Field lines of several text nodes as their clean texts joined by SEP (see labels)."""
        chosen = [i for i in self.field_lines if len(self.lines[i].pieces) > 1]
        pieces = [[p for p in map(collapse_space, self.lines[i].pieces) if p] for i in chosen]
        flat = normalize_lines([p for line in pieces for p in line], known=self.normalised)
        marked, at = {}, 0
        for i, line in zip(chosen, pieces, strict=True):
            parts = [p.strip() for p in flat[at : at + len(line)]]
            at += len(line)
            marked[i] = L.SEP.join(p for p in parts if p)
        return marked

    def _marked(self, i: int) -> str:
        return self.marked.get(i, self.clean[i])

    # -- landmarks -----------------------------------------------------------------
    @cached_property
    def section_headings(self) -> list[int]:
        """Headings of link lists below the headline: 相关新闻, 推荐阅读, 猜你喜欢..."""
        title = self.title_index if self.title_index is not None else 0
        return [
            i for i, text in enumerate(self.clean) if i > title and len(text) <= 12 and L.RELATED_HEADING_RE.match(text)
        ]

    @cached_property
    def related_heading(self) -> int | None:
        """The article's own related list (相关…, 延伸阅读) before a site-wide recommendation widget."""
        for i in self.section_headings:
            if L.OWN_RELATED_RE.match(self.clean[i]):
                return i
        return next((i for i in self.section_headings if not L.FEED_HEADING_RE.match(self.clean[i])), None)

    @cached_property
    def info_lines(self) -> list[int]:
        """Lines labelling a source, a date or a click count."""
        return [i for i in self.field_lines if self._has_field_label(i)]

    def _has_field_label(self, i: int) -> bool:
        if (found := self._labelled.get(i)) is None:
            found = self._labelled[i] = L.has_field_label(self._marked(i))
        return found

    def _is_crumb_line(self, i: int) -> bool:
        if (found := self._crumbs.get(i)) is None:
            text = self.clean[i]
            found = self._crumbs[i] = bool(L.BREADCRUMB_LABEL_RE.match(text)) or (
                _HOME_FIRST_RE.match(text) is not None  # most lines need not be split
                and len(items := crumbs_of(text) or []) >= 2
                and items[0] in L.HOME_CRUMBS
            )
        return found

    @cached_property
    def page_title(self) -> str | None:
        found = self.root.findtext(".//title")
        if not found or not found.strip():
            return None
        return normalize_lines([collapse_space(found)], known=self.normalised)[0]

    @cached_property
    def title_index(self) -> int | None:
        """The heading that best matches `<title>`: headings win ties, longer headlines win."""
        parts = _title_parts(self.page_title) if self.page_title else []
        best, best_score = None, 0.0
        for i, line in enumerate(self.lines):
            text = self.clean[i]
            bonus = _HEADING_BONUS.get(line.block.tag, 0.0)
            if (not bonus and not (parts and text[:4] in parts[0])) or not self._could_be_title(i):
                continue
            match = max((_similarity(text, part) * (1.0 if n < 2 else 0.7) for n, part in enumerate(parts)),
                        default=0.0)  # fmt: skip
            if not bonus and match < 0.6:
                continue
            score = match + bonus + min(len(text), 30) / 100
            if score > best_score:
                best, best_score = i, score
        if best is not None:
            return best
        # No heading, no <title> to match: the line above the info line, or above a bare date.
        anchor = self.info_lines[0] if self.info_lines else None
        if anchor is None:
            anchor = next((i for i in self.field_lines if self._is_date_line(i)), None)
        if anchor is not None:
            for i in range(anchor - 1, max(-1, anchor - 6), -1):
                if self._could_be_title(i) and not self._is_date_line(i):
                    return i
        return None

    def _could_be_title(self, i: int) -> bool:
        text = self.clean[i]
        return (
            2 <= len(text) <= _MAX_TITLE
            and self.lines[i].link_density < 0.5
            and not self._is_crumb_line(i)
            and not L.BODY_END_RE.search(text)
            and not L.CONTROLS_RE.search(text)
            and not L.RELATED_HEADING_RE.match(text)
            and not self._has_field_label(i)
            and ">>" not in text
        )

    def _prose_weight(self, line: Line) -> float:
        if line.link_density > 0.3:
            return 0.0
        if self.related_heading is not None and line.index > self.related_heading:
            return 0.0
        han = self.han_counts[line.index]
        return han if han >= 8 else han * 0.2

    @cached_property
    def container(self) -> html.HtmlElement | None:
        return body_container(self.lines, self._prose_weight)

    def _is_date_line(self, i: int) -> bool:
        """A short line with a date, not a linked list item (`<li><a>另一篇</a><span>2024-06-16</span></li>`)."""
        text, line = self.clean[i], self.lines[i]
        if len(text) > 80 or line.link_density >= 0.5 or not TIMESTAMP_RE.search(text) or L.EDITED_RE.search(text):
            return False
        return not line.link_chars or not any(n.tag in ("li", "dd") for n in (line.block, *line.block.iterancestors()))

    @cached_property
    def head_end(self) -> int:
        """The last line of the headline's block: headline, subtitle, author and info lines."""
        title = self.title_index
        if title is None:
            return -1
        end = title
        for j in range(title + 1, min(len(self.lines), title + 7)):
            if j in self.info_lines or self._is_date_line(j):
                end = j
            elif self.han_counts[j] >= _PROSE_CHARS or self.lines[j].block.tag == "p":
                break
        return end

    def _mostly_date(self, i: int) -> bool:
        """A dateline or print-edition line (`2024年3月15日`, `《日报》（2024年03月18日 01版）`), not a sentence."""
        return len(_HAN_RE.findall(TIMESTAMP_RE.sub("", self.clean[i]))) < 8

    def _is_prose(self, i: int) -> bool:
        return self.han_counts[i] >= _PROSE_CHARS

    def _ends_body(self, i: int, text: str) -> bool:
        """Credits, share bars, copyright lines: after the body has begun, the body ends here."""
        if self._is_prose(i) and not L.CREDIT_LINE_RE.match(text):
            return False
        return bool(
            L.CREDIT_LINE_RE.match(text)
            or (len(text) < 100 and L.BODY_END_RE.search(text))
            or (len(text) < 40 and (L.EDITOR_RE.search(self._marked(i)) or L.REVIEWER_RE.search(self._marked(i))))
            or (i in self.info_lines and not self._is_prose(i))
        )

    def _is_aside(self, i: int, text: str) -> bool:
        """Lines in the body container that are not the article's text (skipped, not an end)."""
        if self._is_crumb_line(i) or L.ASIDE_RE.match(text) or L.AUTHOR_LINE_RE.match(text) or (len(text) < 60 and L.CONTROLS_RE.search(text)):
            return True
        if i <= self.head_end or (self._is_date_line(i) and self._mostly_date(i)):
            return True
        return self.lines[i].link_density > 0.6 and len(text) < 60

    @cached_property
    def body_span(self) -> tuple[list[int], int | None]:
        """The body's line indices, and the line that ended it (None: the container's end)."""
        container = self.container
        if container is None:
            return [], None
        chosen: list[int] = []
        links_in_a_row = 0
        for i, line in enumerate(self.lines):
            if self.related_heading is not None and i >= self.related_heading:
                return chosen, i
            if chosen and i in self.section_headings:
                return chosen, i
            if i == self.title_index or not inside(line.block, container):
                continue
            text = self.clean[i]
            if not text:
                continue
            if self._ends_body(i, text):
                if chosen:
                    return chosen, i
                continue
            links_in_a_row = links_in_a_row + 1 if line.link_density > 0.6 else 0
            if chosen and links_in_a_row >= 2:  # a list of links after the text: recommendations
                return chosen, i
            if self._is_aside(i, text):
                continue
            chosen.append(i)
        return chosen, None

    @property
    def body_indices(self) -> list[int]:
        return self.body_span[0]

    @cached_property
    def listing_items(self) -> int:
        """How many repeated items (a headline link, then text) hold most of the body: 0 for an article.

        A listing's summaries read like prose, but each sits in one of many sibling items that
        open with a link to another page; an article's links stand inside its sentences.
        """
        container = self.container
        if container is None or not self.body_indices:
            return 0
        items: set[html.HtmlElement] = set()
        classed: set[html.HtmlElement] = set()  # items that share a tag and a class with two others
        for link in container.iter("a"):
            text = collapse_space(text_content(link))
            if len(text) < 6 or not link.get("href"):
                continue
            node = link
            while node is not container and (parent := node.getparent()) is not None:
                # Five alike, or three of one tag and class (`<article class="post search-item">`).
                alike = [child for child in parent if child.tag == node.tag]
                same_class = node.get("class") and sum(1 for c in alike if c.get("class") == node.get("class"))
                if len(alike) >= 5 or (same_class or 0) >= 3:
                    if collapse_space(text_content(node)).find(text) <= 12:
                        items.add(node)
                        if (same_class or 0) >= 3:
                            classed.add(node)
                    break
                node = parent
        if len(items) < 5 and len(classed) < 3:
            return 0
        total = in_items = 0
        for i in self.body_indices:
            han = self.han_counts[i]
            total += han
            block = self.lines[i].block
            # Inside an item, or right after one (`<h3><a>…</a></h3><p>summary</p>` side by side).
            if block in items or block.getprevious() in items or any(a in items for a in block.iterancestors()):
                in_items += han
        return len(items) if in_items * 2 > total else 0

    def _field_order(self) -> list[int]:
        """Field lines by where an info line stands: under the headline, after the body, above it."""
        body = set(self.body_indices)
        first = self.body_indices[0] if body else len(self.lines)
        last = self.body_indices[-1] if body else -1
        stop = self.related_heading if self.related_heading is not None else len(self.lines)
        title = self.title_index if self.title_index is not None else -1
        near = [i for i in self.field_lines if title < i < first]
        # An info line below the body may follow a recommendation list: look past link lines.
        tail = [i for i in self.field_lines if last < i <= last + 20 and self.lines[i].link_density < 0.5]
        above = [i for i in reversed(self.field_lines) if title - 6 <= i < title]
        seen = set(near + tail + above)
        rest = [i for i in self.field_lines if i not in seen and i not in body and i < stop]
        inner = [i for i in self.field_lines if i in body and len(self.clean[i]) <= 120]
        return near + tail + above + rest + inner

    @cached_property
    def field_order(self) -> list[int]:
        return self._field_order()

    def _first(self, pattern: re.Pattern[str], lines: list[int] | None = None) -> re.Match[str] | None:
        for i in self.field_order if lines is None else lines:
            if match := pattern.search(self._marked(i)):
                return match
        return None

    # -- fields --------------------------------------------------------------------
    @cached_property
    def title(self) -> tuple[str | None, str | None]:
        if self.title_index is not None:
            return self.clean[self.title_index], self.lines[self.title_index].text
        found = self.root.findtext(".//title")
        if found and found.strip():
            raw = collapse_space(found)
            raw = _TITLE_PARTS_RE.split(raw)[0] or raw
            return normalize_lines([raw], known=self.normalised)[0], raw
        return None, None

    @cached_property
    def date_line(self) -> tuple[int, re.Match[str]] | None:
        """The line and span of the publication timestamp: labelled first, else beside the headline."""
        for i in self.field_order:
            if found := L.labelled_timestamp(self._marked(i)):
                return i, found
        body = set(self.body_indices)
        title = self.title_index if self.title_index is not None else -1
        last = self.body_indices[-1] if body else -1
        near = [i for i in self.field_order if i not in body and (title < i <= title + 8 or last < i <= last + 20
                                                                   or title - 3 <= i < title)]  # fmt: skip
        dated = [(i, found) for i in near if self._is_date_line(i) and (found := TIMESTAMP_RE.search(self._marked(i)))]
        # The info line's date before a print-edition line's (`《日报》2024年06月03日 第03版`): one with a time first.
        for i, found in dated:
            if found.group(4) is not None:
                return i, found
        return dated[0] if dated else None

    @property
    def published_at(self) -> str | None:
        if self.date_line is None:
            return self.machine_timestamp
        printed = parse_timestamp(self.date_line[1].group(0))
        if printed and self.date_line[1].group(4) is None:  # a date alone: the markup may know the time
            machine = self.machine_timestamp
            if machine and machine[:10] == printed[:10]:
                return machine
        return printed

    @cached_property
    def machine_timestamp(self) -> str | None:
        """`<time datetime>`, a publication-time `<meta>`, JSON-LD's datePublished or the creation
        time a WeChat article page keeps in a script (`var ct = "1715261400"`)."""
        values = self.root.xpath(
            "//meta[@property='article:published_time' or @name='publishdate' or @name='PubDate' or "
            "@name='pubdate' or @itemprop='datePublished' or @name='og:release_date']/@content"
            " | //time/@datetime"
        )
        for value in values:
            if found := parse_machine_timestamp(value):
                return found
        return script_timestamp(" ".join(self.root.xpath("//script[not(@src)]/text()")))

    @property
    def source(self) -> str | None:
        if match := self._first(L.SOURCE_RE):
            return match.group("value").strip() or None
        return self._source_beside_date()

    def _source_beside_date(self) -> str | None:
        """An outlet printed unlabelled beside the date: `新华社 2022-06-14`, `2023年05月17日 09:42 人民网`."""
        if self.date_line is None:
            return None
        i, _ = self.date_line
        marked = TIMESTAMP_RE.sub(L.SEP, self._marked(i))
        for pattern in (L.CLICKS_RE, L.DATE_LABEL_RE, _BYLINE_LABEL_RE):
            marked = pattern.sub(L.SEP, marked)
        for token in re.split(rf"[{L.SEP}|｜]|\s{{2,}}|\s(?=\S*[\u3400-\u9fff])", marked):
            token = token.strip(" 　[]【】()（）:：")
            if (
                token
                and _SOURCE_TOKEN_RE.match(token)
                and not _NOT_A_SOURCE_RE.search(token)
                and (_OUTLET_RE.search(token) or len(_HAN_RE.findall(token)) >= 5)
            ):
                return token
        return None

    @property
    def clicks(self) -> int | None:
        match = self._first(L.CLICKS_RE)
        if match is None:
            return None
        return int((match.group("value") or match.group("before")).replace(",", ""))

    def _byline(self, pattern: re.Pattern[str]) -> str | None:
        start = self.body_indices[0] if self.body_indices else 0
        stop = len(self.clean) if self.related_heading is None else self.related_heading
        ordered = [i for i in self.field_lines if start <= i < stop] + self.field_lines
        for i in ordered:
            if len(self.clean[i]) <= 120 and (match := pattern.search(self._marked(i))):
                return _SPACED_NAME_RE.sub(r"\1\2", match.group("value").strip())
        return None

    @property
    def editor(self) -> str | None:
        return self._byline(L.EDITOR_RE)

    @property
    def reviewer(self) -> str | None:
        return self._byline(L.REVIEWER_RE)

    @property
    def body(self) -> tuple[str | None, str | None]:
        if not self.body_indices:
            return None, None
        lines = [self.lines[i] for i in self.body_indices]
        return Line.joined(lines, [self.clean[i] for i in self.body_indices]), Line.joined(lines, [ln.text for ln in lines])

    @property
    def images(self) -> list[str] | None:
        """Images among the body's lines, from below the headline's info line to the body's end."""
        if self.container is None or not self.body_indices:
            return None
        stop = self.body_span[1]
        end = stop if stop is not None else min(len(self.lines) - 1, self.body_indices[-1] + 1)
        host = urlsplit(self.url).hostname
        found = []
        for line in self.lines[self.head_end + 1 : end + 1]:
            for image in line.images:
                src = next((image.get(name) for name in _IMAGE_SOURCES if image.get(name)), "")
                src = src.strip()
                if src and not src.startswith("data:") and inside(image, self.container) and not is_ad(image, host):
                    found.append(urljoin(self.url, src))
        return found or None

    @cached_property
    def counter_url(self) -> str | None:
        return find_counter_url(self.root, self.url)

    @property
    def article_id(self) -> str | None:
        return page_article_id(self.counter_url, self.url)

    @property
    def related(self) -> list[RelatedLink] | None:
        if self.related_heading is None:
            return None
        return related_links(self.lines[self.related_heading].block, self.url, self.normalised)

