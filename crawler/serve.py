"""The archive in Datasette: table and column descriptions, canned queries (search among them),
and the plugin (an entry point of the package) that gives Datasette the archive's search."""

from __future__ import annotations

import ipaddress
import sqlite3
from typing import Any

from datasette import hookimpl

from .archive.search import INDEX, PENDING, register_functions

COLUMNS = {
    "articles": {
        "url": "The article page's URL (canonical); the key.",
        "site": "scheme://host[:port] of the site it was found on.",
        "article_id": "The CMS's id for the article (counter script id, else the URL's number).",
        "title": "Headline, normalised (simplified, no pinyin, no mojibake).",
        "source": "来源: the publication the article credits.",
        "published_at": "Publication time, ISO 8601 on the site's clock (+08:00).",
        "clicks": "Latest click count observed (see click_snapshots for the history).",
        "clicks_observed_at": "When the latest count was observed (UTC).",
        "click_counter_url": "The counter script that writes the count, when the page does not print it.",
        "counter_kind": "dedecms, empirecms, phpcms or generic; null when the page prints its count.",
        "editor": "编辑 / 责任编辑.",
        "reviewer": "审核.",
        "category": "The last meaningful breadcrumb.",
        "breadcrumbs": "The page's trail (JSON list).",
        "body": "Paragraphs, one per line, normalised.",
        "title_raw": "The headline as the page printed it.",
        "body_raw": "The body as the page printed it.",
        "content_hash": "Hash of the normalised body: equal for the same article on the original and its mirrors.",
        "page_id": "The raw page (pages.id) the record was extracted from.",
        "first_seen_at": "First archived (UTC).",
        "last_seen_at": "Last fetched or confirmed (UTC).",
        "last_changed_at": "Last time its content changed (UTC).",
    },
    "click_snapshots": {
        "clicks": "The count observed.",
        "observed_at": "When (UTC).",
        "counter_kind": "Which counter answered; null: printed in the page.",
        "inflated": "1 when asking the counter added a click (DedeCMS, PHPCMS).",
    },
}

TABLES = {
    "articles": "One row per article URL, clean fields beside the raw text. Full-text search: the search query.",
    "related_links": "The 相关新闻 links of each article, in page order (a view of articles.related).",
    "click_snapshots": "Every observation of an article's click count.",
    "article_revisions": "Earlier versions of articles whose content changed.",
    "crawl_runs": "One row per crawl: status and statistics (JSON) including per-field coverage.",
    "pages": "Every fetched response and where its raw bytes are in the WARC files.",
    "rejects": "Items that could not be stored, with the reason and their raw page.",
    "article_copies": "Groups of articles with the same content hash: mirror copies.",
}


# Archive.search in SQL (the functions are registered by `prepare_connection` below): the index's
# expression for the query, narrowed by the query itself where the index finds a superset.
SEARCH_SQL = f"""select a.published_at, a.title, a.source, a.clicks, a.url, count(*) over () as total
from articles a
where a.rowid in (select rowid from {INDEX} where {INDEX} match chanjing_search_match(:q))
  and (chanjing_search_exact(:q) or chanjing_search_matches(:q, a.title, a.body))
order by a.published_at desc, a.url limit 100"""


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """Datasette's connections get the search functions the archive's own connections have."""
    register_functions(conn)


QUERIES = {
    "search": {
        "title": "Search titles and bodies",
        "description": "Articles whose title or body match the query, best first (a title match counts five "
        "times a body match): 数字经济, 數字經濟, 数字 经济 (both), 数字 OR 经济, 经济 -数字, \"a phrase\". "
        "Total is every match; the first 100 are shown.",
        "sql": SEARCH_SQL,
    },
    "new_this_week": {
        "title": "New articles this week",
        "sql": "select published_at, title, source, clicks, url from articles "
        "where published_at >= date('now', '-7 days') order by published_at desc",
    },
    "most_clicked": {
        "title": "Most clicked articles",
        "sql": "select clicks, title, source, published_at, counter_kind, url from articles "
        "where clicks is not null order by clicks desc limit 100",
    },
    "click_history": {
        "title": "Click history of one article",
        "sql": "select observed_at, clicks, counter_kind, inflated, crawl_run_id from click_snapshots "
        "where article_url = :url order by observed_at",
    },
}


def metadata(database: str) -> dict[str, Any]:
    tables = {}
    for name, description in TABLES.items():
        entry: dict[str, Any] = {"description": description}
        if name in COLUMNS:
            entry["columns"] = COLUMNS[name]
        tables[name] = entry
    tables["articles"]["sort_desc"] = "published_at"
    # The machinery behind search and the related_links view, not data to browse.
    for name in (INDEX, PENDING, "related_positions"):
        tables[name] = {"hidden": True}
    return {
        "title": "chanjing archive",
        "description": "Articles of the 中国产经观察 family and its mirrors, with click histories and raw pages.",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


def check_host(host: str, *, public: bool) -> None:
    """Loopback only, unless asked otherwise: the archive is not meant for the whole network."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not public:
        raise ValueError(
            f"{host} is not a loopback address: add --public to serve the archive beyond this machine"
        )
