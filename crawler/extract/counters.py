"""Click counters: the scripts CMSs use to print a page's count, and what they answer."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import html

_COUNTER_SRC_RE = re.compile(
    r"/plus/count\.php|/e/public/ViewClick|api\.php\?[^\"']*op=count|(?:^|/)count\.php|hits\.php|click\.php|"
    r"/e/extend/count|/count/\?|/visitcount/|/visit\.(?:jsp|php|aspx?)\?|/(?:hits|click|count)\.(?:jsp|aspx?)\?",
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
    for script in root.iter("script"):  # `//script/@src`, without compiling an XPath per page
        if (src := script.get("src")) is not None and counter_kind(src):
            return urljoin(page_url, src.strip())
    return None


def counter_article_id(counter_url: str) -> str | None:
    """The article id a counter URL names (aid= or id=)."""
    query = parse_qs(urlsplit(counter_url).query)
    for key in ("aid", "id", "contentid"):
        if query.get(key):
            return query[key][0]
    return None


_ID_LEAF_RE = re.compile(r"\d{3,}|[0-9a-f]{8,}|[\w-]{12,}", re.I)
# Query parameters that name an article (links.py steers the crawl by them too).
ID_PARAMS = ("id", "aid", "docid", "articleid", "newsid", "contentid", "itemid", "tid")


def page_article_id(counter_url: str | None, url: str) -> str | None:
    """The article's id: its counter's (aid=, id=), else the URL's last path segment without its
    extension, or its id= query value when that segment is a script's name (`/s?id=179876…`)."""
    if counter_url and (found := counter_article_id(counter_url)):
        return found
    parts = urlsplit(url)
    stem = parts.path.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
    if not _ID_LEAF_RE.search(stem):
        query = {key.lower(): value for key, value in parse_qsl(parts.query)}
        found = next((query[key] for key in ID_PARAMS if query.get(key)), None)
        if found:
            return found
    return stem or None


def parse_counter_answer(body: str) -> int | None:
    """The number in a counter script's answer: `document.write('85030');` -> 85030."""
    match = _ANSWER_RE.search(body)
    return int(match.group(1).replace(",", "")) if match else None


# Whether asking each kind of counter adds a click to the count it reports.
_INFLATES = {"dedecms": True, "empirecms": False, "phpcms": True, "generic": None}


def observation_url(counter_url: str) -> tuple[str, str | None, bool | None]:
    """The URL to ask a counter for its number without inflating it where the CMS allows.

    Returns (url, kind, inflated). EmpireCMS's ViewClick only adds a click with ``addclick=1``,
    so that parameter is dropped (the answer is then the stored count plus one: the number a
    reader's visit would show). DedeCMS's count.php adds a click on every request and prints the
    count only with ``view=yes``, so that is set; PHPCMS's op=count always adds one.
    """
    kind = counter_kind(counter_url)
    parts = urlsplit(counter_url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    if kind == "empirecms":
        query = [(k, v) for k, v in query if k.lower() != "addclick"]
    elif kind == "dedecms" and not any(k.lower() == "view" for k, _ in query):
        query.append(("view", "yes"))
    url = urlunsplit(parts._replace(query=urlencode(query), fragment=""))
    return url, kind, _INFLATES.get(kind or "", None)
