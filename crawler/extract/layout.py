"""A page as lines of text in reading order, each tied to the element that holds it.

Labels (来源, 日期, 编辑...) are found in lines whatever the template's tags and class
names; the article's body is the container whose lines carry the most prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

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
_AD_MARK_RE = re.compile(r"(?:^|[\s_-])(?:ad|ads|advert\w*|banner|gg|guanggao)(?:$|[\s_\d-])", re.IGNORECASE)
_IMAGE_FILE_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)


@dataclass(slots=True)
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

    @staticmethod
    def joined(lines: list[Line], texts: list[str]) -> str:
        """texts (one per line) as one text: a line each, but the cells of one table row on one
        line, tab-separated, as a browser copies a table (`品种\t价格\t涨跌`)."""
        out = [texts[0]]
        for before, line, text in zip(lines, lines[1:], texts[1:], strict=False):
            cell, next_cell = _cell(before.block), _cell(line.block)
            same_row = cell is not None and next_cell is not None and cell is not next_cell
            out.append(("\t" if same_row and cell.getparent() is next_cell.getparent() else "\n") + text)
        return "".join(out)


# lxml's plain elements: lxml.html's element classes are chosen by a Python lookup for every
# element the extraction touches, and nothing here needs their extra methods.
_PARSER = etree.HTMLParser(remove_comments=True)
# The text of an element and all its descendants, as lxml.html's text_content() reads it.
text_content = etree.XPath("string()", smart_strings=False)


def collapse_space(text: str) -> str:
    """Runs of whitespace as one space, ends trimmed; no-break spaces are kept (see _SPACE_RE)."""
    if "\xa0" not in text:
        # str.split() splits at the characters `\s` matches, and is far cheaper than the regex.
        return " ".join(text.split())
    return _SPACE_RE.sub(" ", text).strip(_ASCII_SPACE)


_HAN_RUN_RE = re.compile(r"[\u3400-\u9fff]+")


def han_counts(texts: list[str]) -> list[int]:
    """How many Han characters each text holds, from one regex pass over them all."""
    joined = "\0".join(texts)  # page text never holds NUL (the parser replaces it)
    if joined.count("\0") != len(texts) - 1:
        return [len(text) - len(_HAN_RUN_RE.sub("", text)) for text in texts]
    rest = _HAN_RUN_RE.sub("", joined).split("\0")  # each text without its Han characters
    return [len(text) - len(left) for text, left in zip(texts, rest, strict=True)]


def parse_html(text: str) -> html.HtmlElement | None:
    """Parse a page forgivingly; None when nothing parseable is there."""
    if not text.strip():
        return None
    # lxml refuses text that declares its own encoding (XHTML mobile pages); it is decoded already.
    text = _XML_DECLARATION_RE.sub("", text, count=1)
    try:
        return etree.fromstring(text, _PARSER)
    except (etree.ParserError, ValueError):
        return None


def page_lines(root: html.HtmlElement) -> list[Line]:
    """Every non-empty line of text under root, in document order.

    One pass of lxml's C tree walker (start and end events) rather than a Python call per
    element: a block element flushes the line before it and its own at its end; a text
    belongs to the innermost block around it; a tail is read in its parent's context.
    """
    lines: list[Line] = []
    parts: list[str] = []
    images: list[html.HtmlElement] = []
    link_chars = 0
    line_block: html.HtmlElement | None = None

    def flush() -> None:
        nonlocal link_chars, line_block, images
        if parts:
            text = collapse_space("".join(parts))
            if text and line_block is not None:
                lines.append(Line(text, line_block, link_chars, len(lines), tuple(parts), tuple(images)))
                images = []
            parts.clear()
        link_chars = 0
        line_block = None

    # For each open element: the block and link context it was opened in, and whether it is a block.
    context: list[tuple[html.HtmlElement, bool, bool]] = []
    block, in_link = root, False
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "end":
            block, in_link, is_block = context.pop()
            if is_block:
                flush()
            if context and (text := element.tail):
                if line_block is None:
                    line_block = block
                parts.append(text)
                if in_link:  # as restored: inside the parent (`<a><img>text</a>`), not after a link
                    link_chars += len(text.strip())
            continue
        tag = element.tag
        if tag.__class__ is not str:  # a processing instruction or an entity
            tag = ""
        if tag in _SKIPPED_TAGS:
            walker.skip_subtree()
            context.append((block, in_link, False))
            continue
        is_block = tag in _BLOCK_TAGS
        context.append((block, in_link, is_block))
        if is_block:
            flush()
            block = element
        if tag == "br":
            flush()
        elif tag in ("img", "amp-img"):
            images.append(element)
        if tag == "a":
            in_link = True
        if text := element.text:
            if line_block is None:
                line_block = block
            parts.append(text)
            if in_link:
                link_chars += len(text.strip())
    flush()
    return lines


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


def is_ad(image: html.HtmlElement, host: str | None) -> bool:
    """An advert: marked as one, or an image linking to another site (not to a larger copy of itself)."""
    for ancestor in image.iterancestors():
        if _AD_MARK_RE.search(f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
        if ancestor.tag == "a":
            target = urlsplit(urljoin(f"http://{host}/", ancestor.get("href", "")))
            return target.hostname not in (None, host) and not _IMAGE_FILE_RE.search(target.path)
    return False


def _cell(element: html.HtmlElement | None) -> html.HtmlElement | None:
    """The table cell a line's block is, or stands in (its text may sit in a <p> or <span>)."""
    for _ in range(3):
        if element is None or element.tag in ("td", "th"):
            return element
        element = element.getparent()
    return None
