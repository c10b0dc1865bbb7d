"""The related-articles list under a 相关新闻 heading, read as a run of links and the text between.

Templates nest the list every way (`<li>` cards, bare `<a>`s, `<div>`s with an image link, a
title link, a summary and a `[阅读]` link, tables). Read in document order, the list is always
the same thing: a link to an article not seen before starts an item; more links to the same
article (image, title, read-more) add a title if it has none; text outside links is its summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import html

from crawler.items import RelatedLink
from crawler.text import normalize_lines

from . import labels as L
from .layout import collapse_space, text_content

_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SKIPPED_TAGS = frozenset("script style noscript template iframe object embed select textarea button".split())
_READ_MORE_RAW_RE = re.compile(
    r"^\s*[\[【(（]?\s*(?:阅读|閱讀|详细|詳細|详情|詳情|全文|更多|查看全文|阅读全文|閱讀全文|查看详情|more|More)"
    r"\s*[>»]*\s*[\]】)）]?\s*$"
)
# Dates and outlets printed beside an item (`东岸新闻 2024-05-06`): not its summary.
_META_SEP = r"[\s·|/()（）\[\]]"
_META_DATE_OR_COUNT = (
    r"(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|"
    r"\d+(?:\.\d+)?\s*万?\s*(?:次|人|个|条)?\s*(?:阅读|浏览|评论|赞同|点赞|赞|收藏|转发|回复)"
)
_META_OUTLET = r"[\u3400-\u9fff]{1,8}?(?:网|报|社|台|号|新闻|在线|客户端|频道|传媒|融媒)"
# Two outlets stand apart, a date or count may follow anything: each text splits one way only,
# so a long summary that is no meta fails in linear time.
_ITEM_META_RE = re.compile(
    rf"{_META_SEP}*(?:(?:{_META_DATE_OR_COUNT}|{_META_OUTLET})"
    rf"(?:{_META_SEP}*(?:{_META_DATE_OR_COUNT})|{_META_SEP}+(?:{_META_OUTLET}))*{_META_SEP}*)?"
)
# An outlet of any name before dates and counts (`北原财经 06-03 11:14 24评论`).
_NAMED_META_RE = re.compile(rf"[\u3400-\u9fff]{{2,8}}(?=[\s·|/])(?:{_ITEM_META_RE.pattern})")
_AD_MARK_RE = re.compile(r"[\[【(（]?\s*(?:广告|推广|AD|Ad|ad)\s*[\]】)）]?")
_LOAD_MORE_RE = re.compile(r"\s*(?:点击)?加载更多\s*$|\s*点击加载\s*$")
# The last characters READ_MORE_RE and TRAILING_ELLIPSIS_RE can match (before trailing space).
_READ_MORE_ENDS = frozenset("]】)）>»读细情文多e")
_ELLIPSIS_ENDS = frozenset(".…。")
_WORD_RE = re.compile(r"[^\W\d_]")  # a letter of any script
_PINYIN_RE = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")


@dataclass
class RawItem:
    url: str
    title: str = ""
    alt: str = ""
    summary: list[str] = field(default_factory=list)


# A site-absolute path with nothing urljoin would resolve or move (no dot segments, query,
# fragment, parameters or escapes to strip): joined to an http(s) page's origin as it stands.
_PLAIN_PATH_RE = re.compile(r"/(?!/)[A-Za-z0-9_\-.~%/=&+,]*")


def _origin(base_url: str) -> str:
    """`scheme://netloc` of an http(s) URL, as urljoin reads them; empty for any other."""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else ""


def _text(element: html.HtmlElement) -> str:
    return collapse_space(text_content(element))


def _link_title(link: html.HtmlElement) -> str:
    """A card link holds its title in a heading or first block, beside the outlet and date."""
    for child in link.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "div"):
        if child is not link and (text := _text(child)):
            return text
    return _text(link)


def _is_read_more(text: str) -> bool:
    return bool(_READ_MORE_RAW_RE.match(_PINYIN_RE.sub("", text)))


def _following(heading: html.HtmlElement) -> list[html.HtmlElement]:
    """The elements after the heading that hold the list: climb until siblings hold links."""
    scope = heading
    for _ in range(4):
        following = [s for s in scope.itersiblings() if isinstance(s.tag, str)]
        if any(s.tag == "a" or s.find(".//a") is not None for s in following):
            return following
        parent = scope.getparent()
        if parent is None:
            return []
        scope = parent
    return []


class _Reader:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.items: list[RawItem] = []
        self.done = False
        # An item's image, title and read-more links share one href: it is resolved once.
        self.absolute: dict[str, str] = {}
        self.origin = _origin(base_url)

    def link(self, element: html.HtmlElement) -> None:
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            self.text(_text(element))
            return
        text = _link_title(element)
        if text and _is_read_more(text):
            return
        if text and not _WORD_RE.search(text):  # a video's duration, a count or a date over the image: no title
            text = ""
        if (url := self.absolute.get(href)) is None:
            plain = self.origin and _PLAIN_PATH_RE.fullmatch(href) and "/." not in href
            url = self.absolute[href] = self.origin + href if plain else urljoin(self.base_url, href)
        current = self.items[-1] if self.items else None
        if current is not None and current.url == url and current.title:
            return
        alts = (img.get("alt") or "" for img in element.iter("img"))  # `.//img/@alt`, without an XPath
        alt = "" if text else next((a.strip() for a in alts if a.strip()), "")
        if current is not None and current.url == url:
            current.title = current.title or text
            current.alt = current.alt or alt
            return
        if not text and not alt and current is not None:
            return
        self.items.append(RawItem(url, text, alt))

    def text(self, text: str | None) -> None:
        if text and self.items and text.strip():
            self.items[-1].summary.append(text)

    def walk(self, element: html.HtmlElement) -> None:
        tag = element.tag  # lxml builds a new string at each read
        if self.done or not isinstance(tag, str) or tag in _SKIPPED_TAGS:
            return
        text = element.text
        if (tag in _HEADING_TAGS and element.find(".//a") is None) or (
            self.items
            and len(element) == 0
            and len(own := (text or "").strip()) <= 12
            and L.RELATED_HEADING_RE.match(own)
        ):
            self.done = True  # the next section of the page
            return
        if tag == "a":
            self.link(element)
            return
        self.text(text)
        for child in element:
            self.walk(child)
            if self.done:
                return
            self.text(child.tail)


def related_items(heading: html.HtmlElement, base_url: str) -> list[RawItem]:
    """The raw items listed after a related-news heading, in page order."""
    reader = _Reader(base_url)
    for element in _following(heading):
        reader.walk(element)
        if reader.done:
            break
        reader.text(element.tail)
    return reader.items


def related_links(
    block: html.HtmlElement, page_url: str, normalised: dict[str, str] | None = None
) -> list[RelatedLink] | None:
    """The related list under a heading's block, its titles and summaries normalised.

    normalised: raw -> clean texts of the page read so far (see normalize_lines' known).
    """
    items = related_items(block, page_url)
    if not items:
        return None
    raw_titles = [item.title or item.alt for item in items]
    raw_texts = [collapse_space(" ".join(item.summary)) for item in items]
    clean = normalize_lines(raw_titles + raw_texts, known={} if normalised is None else normalised)
    titles, texts = clean[: len(items)], clean[len(items) :]
    links = []
    for item, title, text in zip(items, titles, texts, strict=True):
        summary = text
        while title and summary.startswith(title):  # the title printed again before the summary
            summary = summary[len(title) :].lstrip()
        # Both patterns end the summary; a last character neither can end on leaves it as it is
        # (each would otherwise be tried at every position of it).
        if summary.rstrip()[-1:] in _READ_MORE_ENDS:
            summary = L.READ_MORE_RE.sub("", summary)
        if summary.rstrip()[-1:] in _ELLIPSIS_ENDS:
            summary = L.TRAILING_ELLIPSIS_RE.sub("", summary)
        summary = _LOAD_MORE_RE.sub("", summary.strip())
        if _AD_MARK_RE.fullmatch(summary):
            continue  # an advert among the items
        if _ITEM_META_RE.fullmatch(summary) or _NAMED_META_RE.fullmatch(summary):
            summary = ""
        links.append(RelatedLink(url=item.url, title=title or None, summary=summary or None))
    return links
