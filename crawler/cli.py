"""The `chanjing` command: a thin shell over the library."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

import click

from crawler.extract import UnknownEncodingError, extract
from crawler.text import DEFAULT_CONFIG, normalize_text

_NORMALIZE_BATCH_LINES = 2000


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chanjing")
def main() -> None:
    """Crawl, extract and archive article pages of the 中国产经观察 family and its mirrors."""


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="URL the page was saved from (resolves links); default: the file's file:// URI.")
@click.option("--encoding", help="Decode with this encoding instead of detecting it (e.g. gbk, utf-8).")
def extract_command(files: tuple[Path, ...], url: str | None, encoding: str | None) -> None:
    """Print one JSON record per saved page FILE (JSON Lines)."""
    failed = False
    for path in files:
        try:
            body = path.read_bytes()
        except OSError as exc:
            click.echo(f"chanjing extract: cannot read {path}: {exc.strerror or exc}", err=True)
            failed = True
            continue
        try:
            article = extract(body, url or path.resolve().as_uri(), encoding=encoding)
        except UnknownEncodingError as exc:
            raise click.UsageError(f"{exc}; use a name Python knows, such as gbk or utf-8") from None
        record = article.to_dict()
        if article.error:
            failed = True
            click.echo(f"chanjing extract: {path}: {article.error}", err=True)
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(1 if failed else 0)


@main.command("normalize")
@click.argument("file", required=False, type=click.File("rb"), default="-")
@click.option(
    "--config", default=DEFAULT_CONFIG, show_default=True, help="OpenCC configuration (t2s, tw2s, hk2s...)."
)
def normalize_command(file, config: str) -> None:
    """Normalise mirror text from FILE or stdin: one output line per input line."""
    damaged_input = False
    batch: list[str] = []
    out = click.get_text_stream("stdout")
    for raw in file:
        line = raw.decode("utf-8", errors="replace")
        damaged_input |= "\ufffd" in line and b"\xef\xbf\xbd" not in raw
        batch.append(line.rstrip("\r\n"))
        if len(batch) >= _NORMALIZE_BATCH_LINES:
            out.write(_normalize_lines(batch, config))
            batch = []
    if batch:
        out.write(_normalize_lines(batch, config))
    if damaged_input:
        click.echo("chanjing normalize: input was not valid UTF-8; undecodable bytes became U+FFFD", err=True)


def _normalize_lines(lines: list[str], config: str) -> str:
    try:
        return normalize_text("\n".join(lines), config=config) + "\n"
    except Exception as exc:  # opencc raises a bare Exception for an unknown config
        raise click.UsageError(f"cannot normalise with OpenCC config {config!r}: {exc}") from None


def _parse_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.UsageError(f"-s takes NAME=VALUE, got {pair!r}")
        overrides[name.strip()] = value
    return overrides


def _run_crawl(urls: list[str], db: Path, overrides: dict[str, str], log_level: str) -> dict:
    """This run's row; a run that could not start exits with status 1 and one line."""
    from crawler.archive import ArchiveError
    from crawler.crawl import crawl, crawl_settings

    settings = crawl_settings(db, {"LOG_LEVEL": log_level, **overrides})
    try:
        return crawl(urls, settings)
    except ArchiveError as exc:  # the run could not start (or left no record): one line, status 1
        _fail(exc)


def _run_worker(urls: list[str], redis_url: str, overrides: dict[str, str], log_level: str) -> NoReturn:
    import redis

    from crawler.crawl import crawl_settings, work
    from crawler.distributed import NoIngester, redis_settings, wait_for_ingester

    settings = crawl_settings(None, {"LOG_LEVEL": log_level, **redis_settings(redis_url), **overrides})
    try:  # before Scrapy starts: a worker that cannot join says why in one line
        wait_for_ingester(redis_url, seconds=settings.getfloat("REDIS_WAIT_SECONDS", 60))
    except NoIngester as exc:
        _fail(exc)
    except redis.exceptions.ConnectionError as exc:
        _fail(OSError(f"cannot reach Redis at {redis_url}: {exc}"))
    stats = work(urls, settings)
    reason = stats.get("finish_reason")
    if reason == "no_ingester":
        _fail(NoIngester(f"the ingester on {redis_url} stopped answering: start `chanjing ingest --redis URL`"))
    click.echo(
        f"worker finished ({reason}): {stats.get('downloader/response_count', 0)} pages, "
        f"{stats.get('item_scraped_count', 0)} records pushed to {redis_url}"
    )
    sys.exit(0 if reason == "finished" and not stats.get("chanjing/code_errors") else 1)


_CRAWL_OPTIONS = [
    click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path("data/archive.db"),
        show_default=True,
        help="The archive to crawl into (created when missing; raw pages go to a warc/ folder beside it).",
    ),
    click.option(
        "-s",
        "--set",
        "overrides",
        multiple=True,
        metavar="NAME=VALUE",
        help="Override a setting of crawler/settings.py.",
    ),
    click.option("--log-level", default="WARNING", show_default=True, help="Scrapy's log level on stderr."),
]


def _crawl_options(command):
    for option in reversed(_CRAWL_OPTIONS):
        command = option(command)
    return command


@main.command("crawl")
@click.argument("urls", nargs=-1, required=True)
@_crawl_options
@click.option(
    "--redis",
    "redis_url",
    metavar="redis://HOST:PORT/DB",
    help="Be one worker of a distributed crawl; `chanjing ingest` stores.",
)
def crawl_command(
    urls: tuple[str, ...], db: Path, overrides: tuple[str, ...], log_level: str, redis_url: str | None
) -> None:
    """Crawl the sites of the start URLS (listing or article pages) into the archive.

    Run it again to add what is new: known articles are not fetched again, listings stop after
    LISTING_STALE_PAGES pages without news, and recent click counts are refreshed. The exit status
    is 1 when the run failed (see the summary), so cron and systemd notice.
    """
    bad = [url for url in urls if not url.lower().startswith(("http://", "https://"))]
    if bad:
        raise click.UsageError(f"start URLs must be http(s) URLs: {', '.join(bad)}")
    if redis_url:
        _run_worker(list(urls), redis_url, _parse_overrides(overrides), log_level)
        return
    run = _run_crawl(list(urls), db, _parse_overrides(overrides), log_level)
    click.echo(format_summary(run, db))
    sys.exit(0 if run["status"] == "finished" else 1)


_DEMO_ROOT = Path("data/demo-site")
_DEMO_PORT = 48150


def _demo_tree(root: Path, articles: int) -> Path:
    """A generated demo tree with this many articles: the one on disk when it matches, else a new one.

    Keeping the tree keeps its dates, so running the demo again shows an incremental crawl.
    """
    from crawler.demo.site import generate, load_map

    try:
        existing = load_map(root)
    except (OSError, ValueError, KeyError):
        existing = None
    if existing is None or len(existing.articles()) != articles:
        click.echo(f"generating the demo site ({articles} articles) in {root} ...", err=True)
        generate(root, articles=articles)
    return root


@main.command("ingest")
@click.option("--redis", "redis_url", required=True, metavar="redis://HOST:PORT/DB")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("data/archive.db"),
    show_default=True,
)
@click.option("--wait", default=120.0, show_default=True, help="Seconds to wait for a first worker.")
def ingest_command(redis_url: str, db: Path, wait: float) -> None:
    """Store a distributed crawl: drain the workers' records into the archive.

    Start it before the workers; it ends when they have all finished and everything is stored
    (exit 0), or on SIGTERM/SIGINT after committing what it holds (exit 1 while work is left:
    run it again to go on).
    """
    import redis

    from crawler.archive import ArchiveError
    from crawler.distributed import ingest

    try:
        run = ingest(
            redis_url, db, db.parent / "warc", wait_seconds=wait, echo=lambda m: click.echo(m, err=True)
        )
    except ArchiveError as exc:
        _fail(exc)
    except redis.exceptions.ConnectionError as exc:
        _fail(OSError(f"cannot reach Redis at {redis_url}: {exc}"))
    click.echo(format_summary(run, db))
    left = run["stats"].get("left") or {}
    if run["status"] == "incomplete":
        click.echo(
            f"run incomplete ({run['stats'].get('finish_reason')}): {left.get('queued', 0)} request(s) queued, "
            f"{left.get('in_flight', 0)} in flight, {left.get('records_waiting', 0)} record(s) waiting, "
            f"{left.get('records_processing', 0)} being stored, {left.get('workers_alive', 0)} worker(s) alive; "
            "run `chanjing ingest` again to go on"
        )
    sys.exit(0 if run["status"] == "finished" else 1)


@main.command("demo-site")
@click.option(
    "--port", default=8000, show_default=True, help="First port: the sites listen on PORT, PORT+1, PORT+2."
)
@click.option(
    "--articles", default=300, show_default=True, help="Articles to generate across the three sites."
)
@click.option(
    "--dir", "root", type=click.Path(file_okay=False, path_type=Path), default=_DEMO_ROOT, show_default=True
)
def demo_site_command(port: int, articles: int, root: Path) -> None:
    """Serve the bundled demo site (an original and two mirrors) on 127.0.0.1 until Ctrl-C."""
    from crawler.demo.server import serve_forever

    _demo_tree(root, articles)
    try:
        serve_forever(root, port=port)
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on 127.0.0.1:{port}..{port + 2}: {exc.strerror or exc}"
        ) from None


@main.command("demo")
@click.option(
    "--articles", default=300, show_default=True, help="Articles to generate across the three sites."
)
@click.option(
    "--site-dir", type=click.Path(file_okay=False, path_type=Path), default=_DEMO_ROOT, show_default=True
)
@_crawl_options
def demo_command(articles: int, site_dir: Path, db: Path, overrides: tuple[str, ...], log_level: str) -> None:
    """Serve the demo site on free loopback ports and crawl it into the archive, with a summary."""
    from crawler.demo.server import DemoSite

    _demo_tree(site_dir, articles)
    with DemoSite(site_dir) as site:
        # Articles are keyed by URL, so the same ports run after run let a second demo show an
        # incremental crawl; when they are taken, any free ones do.
        try:
            urls = site.start(port=_DEMO_PORT)
        except OSError:
            urls = site.start(port=0)
        click.echo(f"demo site: {', '.join(url + '/' for url in urls.values())}", err=True)
        run = _run_crawl([url + "/" for url in urls.values()], db, _parse_overrides(overrides), log_level)
    click.echo(format_summary(run, db))
    sys.exit(0 if run["status"] == "finished" else 1)


def format_summary(run: dict, db: Path) -> str:
    """The end-of-crawl summary: what this run did, what the archive holds, where it is."""
    from crawler.archive import Archive

    stats = run["stats"]
    with Archive(db, readonly=True) as archive:
        total = archive.count("articles")
        snapshots = archive.count("click_snapshots")
        coverage = stats.get("coverage") or archive.field_coverage()
    errors = stats.get("errors", {})
    lines = [
        f"crawl run {run['id']}: {run['status']}"
        + (f" ({stats.get('failure') or stats.get('finish_reason')})" if run["status"] != "finished" else ""),
        f"  pages fetched    {stats.get('pages', 0)} at {stats.get('pages_per_second', 0)} pages/s "
        f"in {stats.get('elapsed_seconds', 0)} s ({stats.get('conditional_hits', 0)} answered 304 Not Modified)",
        f"  articles         {stats.get('articles_new', 0)} new, {stats.get('articles_updated', 0)} updated, "
        f"{stats.get('articles_unchanged', 0)} unchanged; {total} in the archive",
        f"  click counts     {stats.get('clicks_refreshed', 0)} refreshed through counters; {snapshots} snapshots in all",
        f"  rejects          {stats.get('rejects', 0)} (kept in the rejects table with their reason)",
        f"  errors           {errors.get('http', 0)} HTTP, {errors.get('download', 0)} download, "
        f"{errors.get('code', 0)} code, {errors.get('write', 0)} write; "
        f"{errors.get('refused', 0)} requests refused by robots.txt or size limits",
    ]
    skipped = [
        (errors.get("offsite_redirects", 0), "redirects off the site not followed"),
        (errors.get("url_too_long", 0), "links longer than URLLENGTH_LIMIT dropped"),
        (stats.get("stored_copy_unreadable", 0), "pages fetched in full: a 304's stored copy was unreadable"),
    ]
    if any(count for count, _what in skipped):
        lines.append("  also             " + "; ".join(f"{count} {what}" for count, what in skipped if count))
    if stats.get("walk_to_end"):
        lines.append(f"  listings         walked to their last pages: {stats['walk_to_end']}")
    if coverage:
        shares = "  ".join(f"{name} {share:.0%}" for name, share in coverage.items())
        lines.append(f"  field coverage   {shares}")
    lines += [
        f"  archive          {db} (raw pages: {stats.get('warc_dir', db.parent / 'warc')})",
        "  try:",
        f'    sqlite3 {db} "select published_at, clicks, title from articles order by clicks desc limit 5"',
        f'    sqlite3 {db} "select content_hash, copies, urls from article_copies limit 5"',
    ]
    return "\n".join(lines)


# --- reading the archive -----------------------------------------------------------------------

_DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("data/archive.db"),
    show_default=True,
    help="The archive (opened read-only).",
)


def _filter_options(command):
    for option in reversed(
        [
            click.option("--since", help="Published on or after this date (YYYY-MM-DD) or ISO timestamp."),
            click.option("--until", help="Published on or before this date (YYYY-MM-DD) or ISO timestamp."),
            click.option("--source", help="Only articles from this source (来源), exactly."),
            click.option("--category", help="Only articles of this category, exactly."),
        ]
    ):
        command = option(command)
    return command


def _reader(db: Path):
    """The archive opened read-only, or one clear line and exit status 1."""
    from crawler.archive import Archive, ArchiveError

    try:
        return Archive(db, readonly=True)
    except (ArchiveError, sqlite3.Error) as exc:
        _fail(exc)


def _fail(exc: Exception) -> NoReturn:
    click.echo(f"chanjing: {exc}", err=True)
    sys.exit(1)


@main.command("search")
@click.argument("term")
@_DB_OPTION
@_filter_options
@click.option("--limit", default=20, show_default=True, help="At most this many results (0: all).")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one result per line.")
def search_command(term: str, db: Path, since, until, source, category, limit: int, as_json: bool) -> None:
    """Full-text search of titles and bodies, best first, with a snippet.

    Any term works, one character or many; FTS syntax in it (quotes, *, NEAR, OR, -) is searched as text.
    """
    from crawler.archive import ArchiveError

    with _reader(db) as archive:
        try:
            results = archive.search(
                term, since=since, until=until, source=source, category=category, limit=limit or None
            )
        except (ArchiveError, sqlite3.Error) as exc:
            _fail(exc)
    for rank, hit in enumerate(results, 1):
        if as_json:
            click.echo(json.dumps(hit, ensure_ascii=False))
        else:
            click.echo(
                f"{rank:>3}. {(hit['published_at'] or '')[:16]}  {hit['title']}  ({hit['source'] or '?'}, {hit['clicks'] if hit['clicks'] is not None else '?'} clicks)"
            )
            click.echo(f"     {hit['url']}")
            if hit["snippet"]:
                click.echo(f"     {hit['snippet']}")
    if not as_json:
        click.echo(f"{len(results)} result(s) for {term!r}", err=True)


@main.command("query")
@click.argument("sql")
@_DB_OPTION
@click.option("--json", "fmt", flag_value="json", help="JSON Lines, one object per row.")
@click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
def query_command(sql: str, db: Path, fmt: str | None) -> None:
    """Run read-only SQL against the archive; a statement that writes is refused."""
    import csv as csv_module

    from crawler.archive import ArchiveError

    with _reader(db) as archive:
        try:
            names, rows = archive.query(sql)
            out = click.get_text_stream("stdout")
            if fmt == "csv":
                writer = csv_module.writer(out)
                writer.writerow(names)
                writer.writerows(rows)
            elif fmt == "json":
                for row in rows:
                    out.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) + "\n")
            else:
                out.write("\t".join(names) + "\n")
                for row in rows:
                    out.write("\t".join("" if v is None else str(v).replace("\n", "\\n") for v in row) + "\n")
        except ArchiveError as exc:
            _fail(exc)


@main.command("export")
@_DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="File to write.")
@click.option(
    "--table",
    type=click.Choice(["articles", "click_snapshots", "related_links"]),
    default="articles",
    show_default=True,
)
@click.option("--fields", help="Comma-separated columns to export (default: all).")
@click.option(
    "--bom", is_flag=True, help="Start with a UTF-8 byte-order mark, so Excel opens Chinese CSV correctly."
)
@_filter_options
def export_command(
    db: Path, fmt: str, out: Path, table: str, fields: str | None, bom: bool, since, until, source, category
) -> None:
    """Stream a table (filtered by its articles) to JSON Lines, CSV or Parquet, in a stable order."""
    from crawler.archive import ArchiveError
    from crawler.export import export

    chosen = [f.strip() for f in fields.split(",") if f.strip()] if fields else None
    filters = {"since": since, "until": until, "source": source, "category": category}
    with _reader(db) as archive:
        try:
            total = archive.count_rows(table, **filters)
            with click.progressbar(length=total, label=f"exporting {table}", file=sys.stderr) as bar:
                written = export(
                    archive,
                    out,
                    format=fmt,
                    table=table,
                    fields=chosen,
                    bom=bom,
                    progress=bar.update,
                    **filters,
                )
        except (ArchiveError, sqlite3.Error) as exc:
            _fail(exc)
        except OSError as exc:
            _fail(OSError(f"cannot write {out}: {exc.strerror or exc}"))
    click.echo(f"{written} rows of {table} written to {out}", err=True)


@main.command("stats")
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def stats_command(db: Path, as_json: bool) -> None:
    """What the archive holds: articles per day and week, top sources and people, coverage, crawl runs."""
    with _reader(db) as archive:
        stats = archive.stats()
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=1))
        return
    click.echo(
        f"{stats['articles']} articles, published {stats['first_published']} .. {stats['last_published']}"
    )
    for site, count in stats["sites"]:
        click.echo(f"  {count:>7}  {site}")
    click.echo(
        f"{stats['click_snapshots']} click snapshots, {stats['revisions']} revisions, {stats['rejects']} rejects, {stats['mirror_groups']} groups of mirror copies"
    )
    click.echo("articles per day (latest 30 days with articles):")
    peak = max((n for _d, n in stats["per_day"]), default=1)
    for day, count in stats["per_day"]:
        click.echo(f"  {day}  {count:>5}  {'█' * max(1, round(30 * count / peak))}")
    click.echo("articles per week: " + ", ".join(f"{week} {count}" for week, count in stats["per_week"]))
    for key in ("top_sources", "top_editors", "top_reviewers", "top_categories"):
        click.echo(f"{key.replace('_', ' ')}: " + ", ".join(f"{name} {count}" for name, count in stats[key]))
    click.echo("field coverage: " + "  ".join(f"{k} {v:.0%}" for k, v in stats["coverage"].items()))
    click.echo("crawl runs:")
    for run in stats["crawl_runs"]:
        click.echo(
            f"  #{run['id']} {run['started_at'][:19]} {run['status']:<8} pages {run['pages']}, new {run['articles_new']},"
            f" updated {run['articles_updated']}, rejects {run['rejects']}, errors {run['errors']}"
        )


@main.command("report")
@_DB_OPTION
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"), show_default=True
)
def report_command(db: Path, out: Path) -> None:
    """Write one self-contained HTML page with charts: articles per day, clicks, click growth, coverage."""
    from crawler.report import render_report

    with _reader(db) as archive:
        page = render_report(archive)
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        _fail(OSError(f"cannot write {out}: {exc.strerror or exc}"))
    click.echo(f"report written to {out}", err=True)


@main.command("serve")
@_DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, help="0 picks a free port.")
@click.option("--public", is_flag=True, help="Allow a non-loopback --host.")
def serve_command(db: Path, host: str, port: int, public: bool) -> None:
    """Browse and query the archive in Datasette (read-only), with search and canned queries."""
    import subprocess
    import tempfile

    from crawler.serve import check_host, metadata

    try:
        check_host(host, public=public)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    _reader(db).close()  # one clear line when the archive is missing
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as handle:
        json.dump(metadata(db.stem), handle, ensure_ascii=False)
    args = [sys.executable, "-m", "datasette", "serve", str(db), "--host", host, "--port", str(port)]
    args += [
        "--metadata",
        handle.name,
        "--setting",
        "default_page_size",
        "50",
        "--setting",
        "sql_time_limit_ms",
        "5000",
    ]
    try:
        sys.exit(subprocess.call(args))
    except KeyboardInterrupt:
        sys.exit(0)
    finally:
        Path(handle.name).unlink(missing_ok=True)


@main.command("reparse")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("data/archive.db"),
    show_default=True,
)
@click.option(
    "--warc-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Raw pages (default: warc/ beside the archive).",
)
@_filter_options
def reparse_command(db: Path, warc_dir: Path | None, since, until, source, category) -> None:
    """Re-extract archived articles from their raw pages with the current extractor; changes get revisions."""
    from crawler.archive import Archive, ArchiveError
    from crawler.recorder import ArchiveLock
    from crawler.reparse import reparse

    if not db.exists():
        _fail(ArchiveError(f"no archive at {db}: run a crawl first (chanjing crawl or chanjing demo)"))
    filters = {"since": since, "until": until, "source": source, "category": category}
    try:
        lock = ArchiveLock(db)
    except ArchiveError as exc:
        _fail(exc)
    try:
        with Archive(db) as archive:
            total = archive.count_rows("articles", **filters)
            with click.progressbar(length=total, label="reparsing", file=sys.stderr) as bar:
                report = reparse(archive, warc_dir or db.parent / "warc", progress=bar.update, **filters)
    except (ArchiveError, sqlite3.Error) as exc:
        _fail(exc)
    finally:
        lock.release()
    changes = ", ".join(f"{name} {count}" for name, count in report.fields.most_common()) or "none"
    click.echo(f"reparsed {report.articles} articles: {report.changed} changed (fields: {changes})")
    if report.not_articles:
        click.echo(
            f"{len(report.not_articles)} no longer read as articles, kept as archived: {', '.join(report.not_articles[:5])}"
        )
    if report.unreadable:
        click.echo(
            f"{len(report.unreadable)} raw pages unreadable: "
            + "; ".join(f"{u} ({why})" for u, why in report.unreadable[:5])
        )


if __name__ == "__main__":
    main()
