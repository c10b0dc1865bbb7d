"""Offline extraction: the raw bytes of one saved page in, one Article out.

Pure and network-free, so the crawl, re-parsing of the archive and the CLI all share it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from lxml import html

from crawler.items import Article

from .encoding import UnknownEncodingError, decode_page
from .layout import parse_html
from .page import ArticlePage

__all__ = ["Article", "UnknownEncodingError", "extract", "extract_tree"]

log = logging.getLogger(__name__)

# Less article text than this, or neither a date nor an info line, and the page is not an article.
_MIN_BODY_CHARS = 20
# A search page names itself so (`搜索结果_站名`, `“储能”的搜索结果`) or by its path (`/plus/search.php`).
_SEARCH_TITLE_RE = re.compile(r"^(?:搜索结果|搜索\s*[:：])|的搜索结果|search results", re.IGNORECASE)
_SEARCH_PATH_RE = re.compile(r"/search(?:\.\w+)?/?$", re.IGNORECASE)


def extract(
    body: bytes, url: str, headers: Mapping[str, str] | None = None, *, encoding: str | None = None
) -> Article:
    """Read an article page. Never raises on bad pages: `error` and `warnings` say what is missing."""
    text, used = decode_page(body, headers, encoding)
    return extract_tree(parse_html(text), url, used)


def extract_tree(root: html.HtmlElement | None, url: str, encoding: str) -> Article:
    """`extract` of a page already decoded (with ``encoding``) and parsed by `parse_html`."""
    article = Article(url=url, encoding=encoding)
    if root is None:
        article.error = "empty page: nothing to parse"
        return article
    page = ArticlePage(root, url)
    article.title, article.title_raw = page.title
    article.body, article.body_raw = page.body
    if not article.body or len(article.body) < _MIN_BODY_CHARS:
        article.error = "not an article page: no article body"
        return article
    if page.listing_items:
        article.error = f"not an article page: a listing of {page.listing_items} linked items"
        return article
    if _SEARCH_TITLE_RE.search(page.page_title or "") or _SEARCH_PATH_RE.search(urlsplit(url).path):
        article.error = "not an article page: search results"
        return article
    if not page.info_lines and page.published_at is None:
        article.error = "not an article page: no date and no info line (来源/日期/点击)"
        return article
    for name in (
        "source",
        "published_at",
        "clicks",
        "editor",
        "reviewer",
        "breadcrumbs",
        "category",
        "images",
        "related",
        "article_id",
    ):
        try:
            setattr(article, name, getattr(page, name))
        except Exception as exc:  # one unreadable field must not cost the others
            log.warning("%s: could not read %s: %s", url, name, exc)
            article.warnings.append(f"{name}: {exc}")
    article.click_counter_url = page.counter_url if article.clicks is None else None
    if article.title is None:
        article.warnings.append("title: no headline found")
    return article
