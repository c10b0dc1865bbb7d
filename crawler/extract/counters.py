"""Click counters: the scripts CMSs use to print a page's count, and what they answer."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import html

_COUNTER_SRC_RE = re.compile(
    r"/plus/count\.php|/e/public/ViewClick|api\.php\?[^\"']*op=count|/count\.php|hits\.php|click\.php|"
    r"/e/extend/count|/count/\?",
    re.I,
)
_ANSWER_RE = re.compile(r"document\.write\(\s*['\"]?\s*(\d[\d,]*)")


def counter_kind(url: str) -> str | None:
    """Which CMS counter a script URL is: dedecms, empirecms, phpcms or generic."""
    lowered = url.lower()
    if "/plus/count.php" in lowered:
        return "dedecms"
    if "viewclick" in lowered:
        return "empirecms"
    if "op=count" in lowered:
        return "phpcms"
    return "generic" if _COUNTER_SRC_RE.search(url) else None


def find_counter_url(root: html.HtmlElement, page_url: str) -> str | None:
    """Absolute URL of the page's click-counter script, if it has one."""
    for src in root.xpath("//script/@src"):
        if _COUNTER_SRC_RE.search(src):
            return urljoin(page_url, src.strip())
    return None


def counter_article_id(counter_url: str) -> str | None:
    """The article id a counter URL names (aid= or id=)."""
    query = parse_qs(urlsplit(counter_url).query)
    for key in ("aid", "id", "contentid"):
        if query.get(key):
            return query[key][0]
    return None


def parse_counter_answer(body: str) -> int | None:
    """The number in a counter script's answer: `document.write('85030');` -> 85030."""
    match = _ANSWER_RE.search(body)
    return int(match.group(1).replace(",", "")) if match else None
