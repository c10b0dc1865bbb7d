"""Re-extract archived articles from their stored raw pages with the current extractor.

No crawling: each article's raw page is read back from the WARC files, extracted and normalised
as a crawl would, and compared with the archived record; a changed record gets a revision (the
old version is kept in `article_revisions`) and the new fields.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler.archive import Archive, utc_now
from crawler.extract import extract
from crawler.items import Article
from crawler.pipelines.normalise import normalise_article
from crawler.warc import read_page

_BATCH = 500


@dataclass
class ReparseReport:
    articles: int = 0
    changed: int = 0
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (url, why)
    not_articles: list[str] = field(default_factory=list)  # the extractor no longer reads them as articles
    fields: Counter = field(default_factory=Counter)  # changed field -> how many articles


def reparse(
    archive: Archive,
    warc_dir: Path,
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
    extractor: Callable[..., Article] = extract,
    progress: Callable[[int], None] | None = None,
) -> ReparseReport:
    report = ReparseReport()
    pending: dict[str, dict] = {}
    for url, warc_file, offset in list(
        archive.raw_pages(since=since, until=until, source=source, category=category)
    ):
        report.articles += 1
        if progress is not None:
            progress(1)
        try:
            page = read_page(warc_dir, warc_file, offset)
        except (OSError, StopIteration, ValueError) as exc:
            report.unreadable.append((url, f"{warc_file}@{offset}: {exc}"))
            continue
        article = extractor(page.body, url, page.headers)
        if article.error or not article.title or not article.body:
            # Kept as archived: an extractor that stops reading a page must not erase what was read.
            report.not_articles.append(url)
            continue
        normalise_article(article)
        fields = article.to_dict()
        pending[url] = fields
        if len(pending) >= _BATCH:
            _apply(archive, pending, report)
    _apply(archive, pending, report)
    return report


def _apply(archive: Archive, pending: dict[str, dict], report: ReparseReport) -> None:
    if not pending:
        return
    changed = archive.revise(pending, at=utc_now())
    report.changed += len(changed)
    for names in changed.values():
        report.fields.update(names)
    pending.clear()
