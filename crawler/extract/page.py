"""ArticlePage: one decoded page read field by field, keyed on labels and structure."""

from __future__ import annotations

import re
from functools import cached_property
from urllib.parse import urljoin, urlsplit

from lxml import html

from crawler.items import RelatedLink
from pipelines.text import normalize_text
from pipelines.text.pinyin import strip_annotations

from . import labels as L
from .counters import counter_article_id, find_counter_url
from .dates import parse_timestamp
from .layout import Line, body_container, inside, page_lines

_HAN_SPACE_RE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_TITLE_SUFFIX_RE = re.compile(r"\s*(?:[-_|–—]|\s-\s).*$")
_MAX_TITLE = 120


def normalize_many(texts: list[str]) -> list[str]:
    """Normalise several one-line texts in one pass (one OpenCC call)."""
    if not texts:
        return []
    return normalize_text("\n".join(texts)).split("\n")


class ArticlePage:
    """Fields of one article page; each property reads one thing from the lines."""

    def __init__(self, root: html.HtmlElement, url: str) -> None:
        self.root = root
        self.url = url
        self.lines: list[Line] = page_lines(root)
        self.clean: list[str] = normalize_many([line.text for line in self.lines])

    # -- landmarks -----------------------------------------------------------------
    @cached_property
    def related_heading(self) -> int | None:
        for i, text in enumerate(self.clean):
            if L.RELATED_HEADING_RE.match(text):
                return i
        return None

    @cached_property
    def info_lines(self) -> list[int]:
        return [i for i, text in enumerate(self.clean) if L.is_info_line(text)]

    def _prose_weight(self, line: Line) -> float:
        if line.link_density > 0.3:
            return 0.0
        if self.related_heading is not None and line.index > self.related_heading:
            return 0.0
        han = len(_HAN_RE.findall(line.text))
        return han if han >= 8 else han * 0.2

    @cached_property
    def container(self) -> html.HtmlElement | None:
        return body_container(self.lines, self._prose_weight)

    @cached_property
    def title_index(self) -> int | None:
        first_info = self.info_lines[0] if self.info_lines else None
        if first_info is not None:
            for i in range(first_info - 1, max(-1, first_info - 6), -1):
                if self._could_be_title(i):
                    return i
        for i, line in enumerate(self.lines):
            if line.block.tag in ("h1", "h2") and self._could_be_title(i):
                return i
        return None

    def _could_be_title(self, i: int) -> bool:
        text = self.clean[i]
        return (
            2 <= len(text) <= _MAX_TITLE
            and self.lines[i].link_density < 0.5
            and not L.BREADCRUMB_LABEL_RE.match(text)
            and not L.NOISE_RE.search(text)
            and not L.is_info_line(text)
            and ">>" not in text
        )

    @cached_property
    def body_indices(self) -> list[int]:
        container = self.container
        if container is None:
            return []
        chosen = []
        for i, line in enumerate(self.lines):
            if self.related_heading is not None and i >= self.related_heading:
                break
            if i == self.title_index or not inside(line.block, container):
                continue
            text = self.clean[i]
            if not text or self._is_furniture(i, text):
                continue
            chosen.append(i)
        return chosen

    def _is_furniture(self, i: int, text: str) -> bool:
        """Lines in the body container that are not the article's text."""
        if i in self.info_lines or L.BREADCRUMB_LABEL_RE.match(text):
            return True
        if L.NOISE_RE.search(text) and len(text) < 80:
            return True
        if L.BYLINE_ONLY_RE.match(text) or (
            len(text) < 40 and (L.EDITOR_RE.search(text) or L.REVIEWER_RE.search(text))
        ):
            return True
        return self.lines[i].link_density > 0.6 and len(text) < 60

    # -- fields --------------------------------------------------------------------
    @cached_property
    def title(self) -> tuple[str | None, str | None]:
        if self.title_index is not None:
            return self.clean[self.title_index], self.lines[self.title_index].text
        found = self.root.findtext(".//title")
        if found and found.strip():
            raw = _TITLE_SUFFIX_RE.sub("", found.strip()) or found.strip()
            return normalize_text(raw), raw
        return None, None

    def _info_value(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        end = self.body_indices[-1] if self.body_indices else len(self.clean) - 1
        for i in self.info_lines:
            if i <= end and (match := pattern.search(self.clean[i])):
                return match
        return None

    @property
    def source(self) -> str | None:
        match = self._info_value(L.SOURCE_RE)
        return match.group("value").strip() if match else None

    @property
    def published_at(self) -> str | None:
        for i in self.info_lines:
            if (found := L.labelled_timestamp_span(self.clean[i])) is not None:
                return parse_timestamp(found.group(0))
        return None

    @property
    def clicks(self) -> int | None:
        match = self._info_value(L.CLICKS_RE)
        if match is None:
            return None
        return int((match.group("value") or match.group("bare")).replace(",", ""))

    def _byline(self, pattern: re.Pattern[str]) -> str | None:
        start = self.body_indices[0] if self.body_indices else 0
        stop = len(self.clean) if self.related_heading is None else self.related_heading
        for span in (range(start, stop), range(len(self.clean))):
            for i in span:
                if len(self.clean[i]) <= 120 and (match := pattern.search(self.clean[i])):
                    return match.group("value")
        return None

    @property
    def editor(self) -> str | None:
        return self._byline(L.EDITOR_RE)

    @property
    def reviewer(self) -> str | None:
        return self._byline(L.REVIEWER_RE)

    @cached_property
    def breadcrumbs(self) -> list[str] | None:
        limit = self.title_index if self.title_index is not None else len(self.clean)
        for i in range(min(limit, len(self.clean))):
            if label := L.BREADCRUMB_LABEL_RE.match(self.clean[i]):
                return _crumbs(self.clean[i][label.end() :])
        # Unlabelled trails sit just above the headline: `首页 / 产经 / 纺织服装`.
        for i in range(limit - 1, max(-1, limit - 4), -1):
            text = self.clean[i]
            if self.lines[i].link_density > 0.35 and L.BREADCRUMB_SEPARATOR_RE.search(text):
                items = _crumbs(text)
                if items and items[0] in L.HOME_CRUMBS:
                    return items
        return self._listed_crumbs(limit)

    def _listed_crumbs(self, limit: int) -> list[str] | None:
        """A trail written as a list of links, one item per line (`<ol><li>首页</li>...`)."""
        items: list[str] = []
        for i in range(limit - 1, max(-1, limit - 12), -1):
            line = self.lines[i]
            if line.link_density < 0.9 or len(self.clean[i]) > 16:
                if items:
                    break
                continue
            items.insert(0, _HAN_SPACE_RE.sub("", self.clean[i]))
            if items[0] in L.HOME_CRUMBS:
                return items if len(items) > 1 else None
        return None

    @property
    def category(self) -> str | None:
        title = self.title[0]
        for item in reversed(self.breadcrumbs or []):
            if item not in L.GENERIC_CRUMBS and item != title:
                return item
        return None

    @property
    def body(self) -> tuple[str | None, str | None]:
        if not self.body_indices:
            return None, None
        clean = "\n".join(self.clean[i] for i in self.body_indices)
        raw = "\n".join(self.lines[i].text for i in self.body_indices)
        return clean, raw

    @property
    def images(self) -> list[str] | None:
        if self.container is None:
            return None
        stop = self.lines[self.related_heading].block if self.related_heading is not None else None
        found = []
        for element in self.container.iter():
            if element is stop:
                break
            if element.tag == "img":
                src = element.get("data-original") or element.get("data-src") or element.get("src")
                if src and src.strip():
                    found.append(urljoin(self.url, src.strip()))
        return found or None

    @cached_property
    def counter_url(self) -> str | None:
        return find_counter_url(self.root, self.url)

    @property
    def article_id(self) -> str | None:
        if self.counter_url and (found := counter_article_id(self.counter_url)):
            return found
        stem = urlsplit(self.url).path.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
        return stem or None

    @property
    def related(self) -> list[RelatedLink] | None:
        if self.related_heading is None:
            return None
        items = _related_items(self.lines[self.related_heading].block)
        if not items:
            return None
        raw_titles, raw_texts, urls = [], [], []
        for item in items:
            link = _title_link(item)
            if link is None:
                continue
            title = " ".join(link.text_content().split()) or _alt(item)
            urls.append(urljoin(self.url, link.get("href").strip()))
            raw_titles.append(title)
            raw_texts.append(" ".join(item.text_content().split()))
        clean = normalize_many(raw_titles + raw_texts)
        titles, texts = clean[: len(raw_titles)], clean[len(raw_titles) :]
        links = []
        for url, title, text in zip(urls, titles, texts, strict=True):
            summary = text
            while title and summary.startswith(title):  # the title printed before the summary
                summary = summary[len(title) :].lstrip()
            summary = L.TRAILING_ELLIPSIS_RE.sub("", L.READ_MORE_RE.sub("", summary)).strip()
            links.append(RelatedLink(url=url, title=title or None, summary=summary or None))
        return links or None


def _crumbs(trail: str) -> list[str] | None:
    items = [_HAN_SPACE_RE.sub("", item).strip() for item in L.BREADCRUMB_SEPARATOR_RE.split(trail)]
    return [item for item in items if item] or None


def _related_items(heading: html.HtmlElement) -> list[html.HtmlElement]:
    """The entries listed after a related-news heading, however the template nests them."""
    scope = heading
    for _ in range(4):
        following = [s for s in scope.itersiblings() if isinstance(s.tag, str)]
        if any(s.xpath(".//a[@href]") or (s.tag == "a" and s.get("href")) for s in following):
            break
        parent = scope.getparent()
        if parent is None:
            return []
        scope = parent
    else:
        return []
    items: list[html.HtmlElement] = []
    for sibling in following:
        entries = sibling.xpath(".//li") or sibling.xpath(".//tr[.//a[@href]]")
        if sibling.tag in ("li", "tr", "dl", "dd") or not entries:
            entries = [sibling] if sibling.xpath("self::*[.//a[@href]] | self::a[@href]") else []
        items.extend(entries)
    return items


def _title_link(item: html.HtmlElement) -> html.HtmlElement | None:
    links = [item] if item.tag == "a" else item.xpath(".//a[@href]")
    for link in links:
        text = " ".join(link.text_content().split())
        if text and not L.READ_MORE_RE.fullmatch(strip_annotations(text)):
            return link
    return links[0] if links else None


def _alt(item: html.HtmlElement) -> str:
    for alt in item.xpath(".//img/@alt"):
        if alt.strip():
            return alt.strip()
    return ""
