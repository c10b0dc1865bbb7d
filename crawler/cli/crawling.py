"""`chanjing crawl`, `demo`, `demo-site` and `ingest`, and the summary a run ends with."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from crawler.cli.shell import fail, main


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
        fail(exc)


def _run_worker(urls: list[str], redis_url: str, overrides: dict[str, str], log_level: str) -> NoReturn:
    import redis

    from crawler.crawl import crawl_settings, work
    from crawler.distributed import NoIngester, redis_settings, wait_for_ingester

    settings = crawl_settings(None, {"LOG_LEVEL": log_level, **redis_settings(redis_url), **overrides})
    try:  # before Scrapy starts: a worker that cannot join says why in one line
        wait_for_ingester(redis_url, seconds=settings.getfloat("REDIS_WAIT_SECONDS", 60))
    except NoIngester as exc:
        fail(exc)
    except redis.exceptions.ConnectionError as exc:
        fail(OSError(f"cannot reach Redis at {redis_url}: {exc}"))
    stats = work(urls, settings)
    reason = stats.get("finish_reason")
    if reason == "no_ingester":
        fail(NoIngester(f"the ingester on {redis_url} stopped answering: start `chanjing ingest --redis URL`"))
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
        fail(exc)
    except redis.exceptions.ConnectionError as exc:
        fail(OSError(f"cannot reach Redis at {redis_url}: {exc}"))
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
