"""A page as lines of text in reading order, each tied to the element that holds it.

Labels (来源, 日期, 编辑...) are found in lines whatever the template's tags and class
names; the article's body is the container whose lines carry the most prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree, html

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot "
    "th thead tr ul caption".split()
)
_SKIPPED_TAGS = frozenset(
    "head title script style noscript template iframe object embed select textarea button svg".split()
)
# Whitespace is collapsed except the no-break space: on a page of mojibake it is the byte 0xA0 of a
# character (`ç«\xa0` is 章); the normaliser turns the ones that are spacing into spaces.
_SPACE_RE = re.compile(r"[^\S\xa0]+")
_ASCII_SPACE = " \t\n\r\f\v"
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass
class Line:
    """One line of the rendered page: its text, its block element, and the text inside links."""

    text: str
    block: html.HtmlElement
    link_chars: int = 0
    index: int = 0
    # The text nodes the line is made of, as found: a field's value ends where its element ends.
    pieces: tuple[str, ...] = ()
    # The images met since the line before: an image belongs to the text that follows it.
    images: tuple[html.HtmlElement, ...] = ()

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


def collapse_space(text: str) -> str:
    """Runs of whitespace as one space, ends trimmed; no-break spaces are kept (see _SPACE_RE)."""
    return _SPACE_RE.sub(" ", text).strip(_ASCII_SPACE)


def parse_html(text: str) -> html.HtmlElement | None:
    """Parse a page forgivingly; None when nothing parseable is there."""
    if not text.strip():
        return None
    # lxml refuses text that declares its own encoding (XHTML mobile pages); it is decoded already.
    text = _XML_DECLARATION_RE.sub("", text, count=1)
    try:
        return html.document_fromstring(text, parser=html.HTMLParser(remove_comments=True))
    except (etree.ParserError, ValueError):
        return None


def page_lines(root: html.HtmlElement) -> list[Line]:
    """Every non-empty line of text under root, in document order."""
    lines: list[Line] = []
    builder = _LineBuilder(lines)
    builder.walk(root, root, in_link=False)
    builder.flush()
    for i, line in enumerate(lines):
        line.index = i
    return lines


class _LineBuilder:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.parts: list[str] = []
        self.link_chars = 0
        self.block: html.HtmlElement | None = None
        self.images: list[html.HtmlElement] = []

    def add(self, text: str | None, block: html.HtmlElement, in_link: bool) -> None:
        if not text:
            return
        if self.block is None:
            self.block = block
        self.parts.append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        if self.parts:
            text = collapse_space("".join(self.parts))
            if text and self.block is not None:
                self.lines.append(Line(text, self.block, self.link_chars, pieces=tuple(self.parts), images=tuple(self.images)))
                self.images = []
        self.parts = []
        self.link_chars = 0
        self.block = None

    def walk(self, element: html.HtmlElement, block: html.HtmlElement, in_link: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIPPED_TAGS:
            return
        is_block = tag in _BLOCK_TAGS
        if is_block:
            self.flush()
            block = element
        if tag == "br":
            self.flush()
        elif tag in ("img", "amp-img"):
            self.images.append(element)
        self.add(element.text, block, in_link or tag == "a")
        for child in element:
            self.walk(child, block, in_link or tag == "a")
            self.add(child.tail, block, in_link)
        if is_block:
            self.flush()


def _ancestors(element: html.HtmlElement):
    while element is not None:
        yield element
        element = element.getparent()


_PARAGRAPH_TAGS = frozenset("p li h1 h2 h3 h4 h5 h6 blockquote pre dd dt figcaption".split())
_PARAGRAPH_SHARES = (0.5, 1.0, 0.6, 0.35, 0.2)
_CONTAINER_SHARES = (1.0, 0.6, 0.35, 0.2)


def body_container(lines: list[Line], is_prose) -> html.HtmlElement | None:
    """The element holding most prose: each prose line votes for its block's ancestors."""
    scores: dict[html.HtmlElement, float] = {}
    for line in lines:
        weight = is_prose(line)
        if weight <= 0:
            continue
        # A <p>'s container is its parent; a <td> or <div> with <br> lines holds them itself.
        shares = _PARAGRAPH_SHARES if line.block.tag in _PARAGRAPH_TAGS else _CONTAINER_SHARES
        for ancestor, share in zip(_ancestors(line.block), shares, strict=False):
            scores[ancestor] = scores.get(ancestor, 0.0) + weight * share
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


def inside(element: html.HtmlElement, container: html.HtmlElement) -> bool:
    """True when element is container or one of its descendants."""
    return any(a is container for a in _ancestors(element))
