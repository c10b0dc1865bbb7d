"""Where to go: pure decisions over the links of a page (no fields are read here).

A site of this family has three kinds of pages: listings (home, category pages and their
pagination), articles, and the rest. Article URLs take many shapes across the family
(``/html/2025/0104/12345.html``, ``/2021/0323/610246.shtml``, ``/page/2024/0720/25092703.shtml``,
``/news/<hash>.html``), so an article link is recognised by several signals, none required: a
long number or a hash as the last path segment, a date in the path, a headline as the link text.
Whether a page really is an article is decided later by the extractor; these guesses only steer
the crawl (which links count as "new articles" on a listing, which pages to expect as articles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from crawler.extract.counters import ID_PARAMS, counter_kind

_ASSET_RE = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|svg|ico|css|js|json|xml|rss|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|"
    r"mp3|mp4|avi|flv|wmv|mov|swf|exe|apk|txt)$",
    re.I,
)
_TRACKING_PARAM_RE = re.compile(
    r"^(?:utm_\w+|spm|from|source|share_token|fbclid|gclid|jsessionid|phpsessid|sid|sessionid)$", re.I
)
_ARTICLE_LEAF_RE = re.compile(
    r"(?:^|[_-])(?:\d{4,}|[0-9a-f]{8,})(?:_\d{1,3})?\.(?:s?html?|php|aspx?|jsp)$|^\d{4,}/?$", re.I
)
_DATE_PATH_RE = re.compile(r"/(?:19|20)\d{2}(?:[-/]?(?:0[1-9]|1[0-2]))(?:[-/]?(?:0[1-9]|[12]\d|3[01]))?/")
_LISTING_LEAF_RE = re.compile(
    r"^(?:index|list|default|node)(?:[_-]\d+)?\.(?:s?html?|php|aspx?)$|^(?:list|index)[_-]\d+", re.I
)
_ID_QUERY_RE = re.compile(rf"(?:^|&)(?:{'|'.join(ID_PARAMS)})=\w{{3,}}(?:&|$)", re.I)
_PAGE_QUERY_RE = re.compile(r"(?:^|&)(?:page|p|pn|pageno|pagenum|pageindex|start)=\d+(?:&|$)", re.I)
_PAGE_SUFFIX_RE = re.compile(r"(?:list|index|node)?[_-](\d{1,4})\.s?html?$", re.I)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_NEXT_TEXTS = {
    "下一页",
    "下页",
    "后页",
    "next",
    "next page",
    ">",
    "›",
    "»",
    ">>",
    "下一页>",
    "下一页>>",
    "下一页»",
}
_PAGINATION_TEXTS = _NEXT_TEXTS | {
    "上一页",
    "上页",
    "前页",
    "首页",
    "末页",
    "尾页",
    "last",
    "prev",
    "previous",
    "<",
    "‹",
    "«",
    "<<",
}
_PAGE_NUMBER_TEXT_RE = re.compile(r"^\[?\s*(\d{1,4})\s*\]?$")
# Headlines are long; navigation labels (资讯, 地方新闻, 关于我们) are short.
_HEADLINE_MIN_HAN = 8


@dataclass(frozen=True)
class Link:
    url: str
    text: str


@lru_cache(maxsize=1 << 16)
def canonical_url(url: str) -> str:
    """One spelling per page: no fragment, no tracking or session parameters, sorted query.

    Cached: every page repeats the site's navigation links.
    """
    parts = urlsplit(url)
    parts = parts._replace(path=re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.I))
    if parts.query:
        query = [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING_PARAM_RE.match(k)
        ]
        parts = parts._replace(query=urlencode(query))
    return canonicalize_url(urlunsplit(parts._replace(fragment="")))


def site_key(url: str) -> str:
    """host[:port], lower-cased: what "the same site" means for the crawl."""
    return urlsplit(url).netloc.lower()


def page_links(base_url: str, anchors: Iterable[tuple[str | None, str]]) -> list[Link]:
    """Absolute, canonical, fetchable http(s) links from (href, text) pairs, first occurrence kept."""
    seen: set[str] = set()
    links = []
    parts = urlsplit(base_url)
    site_root = f"{parts.scheme}://{parts.netloc}/"
    for href, text in anchors:
        if not href:
            continue
        href = href.strip()
        # Absolute and root-relative links resolve the same from every page of a site: cacheable.
        if href.startswith(("/", "http:", "https:")) and not href.startswith("//"):
            url = _followable(site_root, href)
        else:
            url = _followable(base_url, href)
        if url is not None and url not in seen:
            seen.add(url)
            links.append(Link(url, " ".join(text.split())))
    return links


@lru_cache(maxsize=1 << 16)
def _followable(base_url: str, href: str) -> str | None:
    """The canonical URL a link leads to, or None for what a crawl never fetches."""
    if href.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
        return None
    absolute = urljoin(base_url, href)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or _ASSET_RE.search(parts.path) or counter_kind(absolute):
        return None
    return canonical_url(absolute)


@lru_cache(maxsize=1 << 16)
def is_pagination(link: Link) -> bool:
    text = link.text.strip().lower()
    if text in _PAGINATION_TEXTS or _PAGE_NUMBER_TEXT_RE.match(text):
        return True
    parts = urlsplit(link.url)
    leaf = parts.path.rsplit("/", 1)[-1]
    return bool(_LISTING_LEAF_RE.match(leaf) and re.search(r"\d", leaf)) or bool(
        _PAGE_QUERY_RE.search(parts.query)
    )


def is_next_page(link: Link, current_url: str) -> bool:
    """The link to the page after this one: by its label, else by its number."""
    text = link.text.strip().lower()
    if text in _NEXT_TEXTS:
        return True
    number = _PAGE_NUMBER_TEXT_RE.match(text)
    return bool(number) and int(number.group(1)) == page_number(current_url) + 1


def page_number(url: str) -> int:
    """A listing URL's page number: list_3.html -> 3, ?page=3 -> 3, index.html -> 1."""
    parts = urlsplit(url)
    match = _PAGE_SUFFIX_RE.search(parts.path.rsplit("/", 1)[-1])
    if match:
        return int(match.group(1))
    query = re.search(r"(?:^|&)(?:page|p|pn|pageno|pagenum|pageindex)=(\d+)", parts.query, re.I)
    return int(query.group(1)) if query else 1


@lru_cache(maxsize=1 << 16)
def looks_like_article(link: Link) -> bool:
    if is_pagination(link):
        return False
    parts = urlsplit(link.url)
    path = parts.path
    leaf = path.rsplit("/", 1)[-1]
    if _LISTING_LEAF_RE.match(leaf):
        return False
    if (
        _ARTICLE_LEAF_RE.search(leaf)
        or (_DATE_PATH_RE.search(path) and leaf)
        or _ID_QUERY_RE.search(parts.query)
    ):
        return True
    return len(_HAN_RE.findall(link.text)) >= _HEADLINE_MIN_HAN


@dataclass(frozen=True)
class Plan:
    """What to request from one page, and the listing chain's count of pages without news."""

    follow: list[Link]
    articles: list[Link]  # the subset of `follow` expected to be articles
    new_articles: int
    stale_pages: int
    stopped_early: bool = False  # pagination left unfollowed because the listing brought no news


def plan_page(
    page_url: str,
    links: Iterable[Link],
    *,
    sites: set[str],
    known_articles: AbstractSet[str],
    stale_pages: int,
    stale_limit: int,
    walk_to_end: bool = False,
) -> Plan:
    """Decide which links of a page to request.

    ``known_articles`` are the articles the archive held when the run began; they are never
    requested again, and every other article is new, even one this run has already requested
    through another page (a related link reaches older articles before their listing page does;
    that listing still brings news, and its pagination goes on). Not asking for a URL twice in one
    run is the caller's business.

    Pagination is followed in full while listings bring new articles; after a listing page with
    none, only its next page is followed, and after ``stale_limit`` such pages in a row, none.
    Other links (navigation) carry the same count, so a chain of pages without articles (a
    calendar that never ends) stops as pagination does.

    With ``walk_to_end`` (an earlier run ended before its end and may have left a gap), a listing
    that lists articles, known or not, always leads to its next page: the pagination is walked to
    its last page, and only navigation stops after ``stale_limit`` pages without news.
    """
    on_site = [link for link in links if site_key(link.url) in sites and link.url != page_url]
    pagination = [link for link in on_site if is_pagination(link)]
    rest = [link for link in on_site if not is_pagination(link) and link.url not in known_articles]
    articles = [link for link in rest if looks_like_article(link)]
    new = len(articles)
    stale = 0 if new else stale_pages + 1
    navigation = [link for link in rest if link not in articles]
    if stale >= stale_limit:
        # Deep in pages without news (a calendar, an archive of empty days): a trap, or nothing new.
        navigation = []
    lists_articles = walk_to_end and any(looks_like_article(link) for link in on_site if link not in pagination)
    stopped = bool(pagination) and stale >= stale_limit and not lists_articles
    if not pagination or stopped:
        pages: list[Link] = []
    elif stale == 0:
        pages = pagination
    else:
        pages = [link for link in pagination if is_next_page(link, page_url)][:1]
    follow = articles + navigation + [link for link in pages if link.url not in known_articles]
    return Plan(follow=follow, articles=articles, new_articles=new, stale_pages=stale, stopped_early=stopped and not walk_to_end)
