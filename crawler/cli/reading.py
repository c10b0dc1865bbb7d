"""The analysts' commands over an archive: search, query, export, stats, report, serve, reparse."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
from pathlib import Path

import click

from crawler.cli.shell import fail, main

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
        fail(exc)


@main.command("search")
@click.argument("words", nargs=-1, required=True)
@_DB_OPTION
@_filter_options
@click.option("--limit", default=20, show_default=True, help="At most this many results (0: all).")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one result per line.")
@click.option(
    "--merge-copies", is_flag=True, help="One result per content: mirror copies of an article are shown as one."
)
def search_command(
    words: tuple[str, ...], db: Path, since, until, source, category, limit: int, as_json: bool, merge_copies: bool
) -> None:
    """Full-text search of titles and bodies, newest first, with a snippet.

    \b
    Terms of any length, normalised as the archive's text is (數字經濟 finds 数字经济):
      数字 经济          both          数字 OR 经济    either
      经济 -数字         without 数字   "Price 5%"      a phrase (its spaces and signs are text)
    The words given make one query; one that starts with - comes after --:
    chanjing search -- -数字 经济. The count of every match goes to stderr: "20 of 143 results".
    """
    from crawler.archive import ArchiveError

    query = " ".join(words)
    filters = {"since": since, "until": until, "source": source, "category": category}
    with _reader(db) as archive:
        try:
            results = archive.search(query, limit=limit or None, merge_copies=merge_copies, **filters)
            total = (
                len(results)
                if not limit or len(results) < limit
                else archive.search_total(query, merge_copies=merge_copies, **filters)
            )
        except (ArchiveError, sqlite3.Error) as exc:
            fail(exc)
    for rank, hit in enumerate(results, 1):
        if as_json:
            click.echo(json.dumps(hit, ensure_ascii=False))
        else:
            click.echo(
                f"{rank:>3}. {(hit['published_at'] or '')[:16]}  {hit['title']}  ({hit['source'] or '?'}, {hit['clicks'] if hit['clicks'] is not None else '?'} clicks)"
            )
            copies = f"  (and {hit['copies'] - 1} mirror copies)" if hit["copies"] > 1 else ""
            click.echo(f"     {hit['url']}{copies}")
            if hit["snippet"]:
                click.echo(f"     {hit['snippet']}")
    click.echo(f"{len(results)} of {total} results for {query!r}", err=True)


_PARAM_OPTION = click.option(
    "-p",
    "--param",
    "params",
    type=(str, str),
    multiple=True,
    metavar="NAME VALUE",
    help="Bind :NAME in the SQL to VALUE (repeatable); values are never pasted into the SQL.",
)


@main.command("query")
@click.argument("sql")
@_DB_OPTION
@click.option("--json", "fmt", flag_value="json", help="JSON Lines, one object per row.")
@click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
@click.option("-t", "--table", "fmt", flag_value="table", help="An aligned text table.")
@_PARAM_OPTION
def query_command(sql: str, db: Path, fmt: str | None, params: tuple[tuple[str, str], ...]) -> None:
    """Run SQL that reads against the archive (tab-separated by default).

    Anything else is refused before it runs: writes (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER),
    ATTACH, DETACH, VACUUM, transactions and pragmas that set something.
    """
    import csv as csv_module

    from crawler.archive import ArchiveError

    with _reader(db) as archive:
        try:
            names, rows = archive.query(sql, dict(params))
            out = click.get_text_stream("stdout")
            if fmt == "csv":
                writer = csv_module.writer(out)
                writer.writerow(names)
                writer.writerows(rows)
            elif fmt == "json":
                for row in rows:
                    out.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) + "\n")
            elif fmt == "table":
                out.writelines(line + "\n" for line in _aligned(names, list(rows)))
            else:
                out.write("\t".join(names) + "\n")
                for row in rows:
                    out.write("\t".join(_cell(v) for v in row) + "\n")
        except ArchiveError as exc:
            fail(exc)


def _cell(value: object) -> str:
    return "" if value is None else str(value).replace("\n", "\\n")


def _aligned(names: list[str], rows: list[tuple]) -> list[str]:
    """A text table, columns padded to their widest cell (a CJK character is two columns wide),
    numbers to the right; like `sqlite-utils query -t`."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([width(name)] + [width(row[i]) for row in cells]) for i, name in enumerate(names)]
    numeric = [
        all(isinstance(row[i], int | float) for row in rows if row[i] is not None) for i in range(len(names))
    ]

    def line(values: list[str]) -> str:
        padded = (
            " " * (w - width(v)) + v if right else v + " " * (w - width(v))
            for v, w, right in zip(values, widths, numeric, strict=True)
        )
        return "  ".join(padded).rstrip()

    return [line(names), "  ".join("-" * w for w in widths)] + [line(row) for row in cells]


@main.command("export")
@_DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "csv", "parquet"]),
    help="Default: the one --out's extension names (.jsonl or .ndjson, .json, .csv, .parquet).",
)
@click.option("--out", required=True, help="File to write; - for standard output.")
@click.option(
    "--table",
    metavar="NAME",
    help="Any table or view: articles (the default), click_snapshots, related_links, article_revisions,"
    " crawl_runs, pages, rejects, article_copies...",
)
@click.option("--sql", help="Export what this SQL selects instead; like chanjing query, it may only read.")
@_PARAM_OPTION
@click.option("--fields", help="Comma-separated columns to export (default: all).")
@click.option(
    "--bom", is_flag=True, help="Start with a UTF-8 byte-order mark, so Excel opens Chinese CSV correctly."
)
@_filter_options
def export_command(
    db: Path,
    fmt: str | None,
    out: str,
    table: str | None,
    sql: str | None,
    params: tuple[tuple[str, str], ...],
    fields: str | None,
    bom: bool,
    since,
    until,
    source,
    category,
) -> None:
    """Stream a table or view, or the result of a query, to JSON Lines, JSON, CSV or Parquet.

    Rows come in a stable order. The filters pick the rows of articles, click_snapshots,
    related_links and article_revisions by their article. In Parquet, whole numbers are integers
    and *_at timestamps are timestamps with their time zone.
    """
    from crawler.archive import ArchiveError
    from crawler.export import export, format_of

    fmt = fmt or format_of(out)
    if fmt is None:
        raise click.UsageError(f"say which format to write to {out}: --format jsonl|json|csv|parquet")
    if sql is not None and (table or fields or since or until or source or category):
        raise click.UsageError(
            "--sql exports what its query selects: --table, --fields and the filters do not go with it"
        )
    if params and sql is None:
        raise click.UsageError("-p/--param binds parameters of --sql")
    table = table or "articles"
    chosen = [f.strip() for f in fields.split(",") if f.strip()] if fields else None
    filters = {"since": since, "until": until, "source": source, "category": category}
    what = "rows of the query" if sql is not None else f"rows of {table}"
    with _reader(db) as archive:
        try:
            # A query's rows are not counted beforehand: that would run it twice.
            total = None if sql is not None else archive.count_rows(table, **filters)
            progress = (
                click.progressbar(length=total, label=f"exporting {table}", file=sys.stderr)
                if total is not None
                else contextlib.nullcontext()
            )
            with progress as bar:
                written = export(
                    archive,
                    out,
                    format=fmt,
                    table=table,
                    sql=sql,
                    params=dict(params),
                    fields=chosen,
                    bom=bom,
                    progress=bar.update if bar is not None else None,
                    **filters,
                )
        except (ArchiveError, sqlite3.Error) as exc:
            fail(exc)
        except BrokenPipeError:  # the reader has gone (`| head`): click ends quietly, status 1
            raise
        except OSError as exc:
            fail(OSError(f"cannot write {out}: {exc.strerror or exc}"))
    click.echo(f"{written} {what} written to {'standard output' if out == '-' else out}", err=True)


@main.command("stats")
@_DB_OPTION
@_filter_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def stats_command(db: Path, since, until, source, category, as_json: bool) -> None:
    """What the archive holds: articles per day and ISO week, top sources and people, coverage, crawl runs.

    The filters pick the articles counted, with their click snapshots and revisions; rejects and
    crawl runs are the whole archive's.
    """
    from crawler.archive import ArchiveError

    with _reader(db) as archive:
        try:
            stats = archive.stats(since=since, until=until, source=source, category=category)
        except (ArchiveError, sqlite3.Error) as exc:
            fail(exc)
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=1))
        return
    chosen = ", ".join(f"{name} {value}" for name, value in stats["filters"].items())
    click.echo(
        f"{stats['articles']} articles{f' ({chosen})' if chosen else ''},"
        f" published {stats['first_published']} .. {stats['last_published']}"
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
@click.option("--out", default="report.html", show_default=True, help="File to write; - for standard output.")
def report_command(db: Path, out: str) -> None:
    """Write one self-contained HTML page with charts: articles per day, clicks, click growth, coverage."""
    from crawler.report import render_report

    with _reader(db) as archive:
        page = render_report(archive)
    if out == "-":
        sys.stdout.buffer.write(page.encode("utf-8"))
        return
    try:
        Path(out).write_text(page, encoding="utf-8")
    except OSError as exc:
        fail(OSError(f"cannot write {out}: {exc.strerror or exc}"))
    click.echo(f"report written to {out}", err=True)


@main.command("serve")
@_DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, help="0 picks a free port.")
@click.option("--public", is_flag=True, help="Allow a non-loopback --host.")
def serve_command(db: Path, host: str, port: int, public: bool) -> None:
    """Browse and query the archive in Datasette (read-only), with search and canned queries."""
    import os
    import signal
    import subprocess
    import tempfile

    from crawler.processes import die_with_parent
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
    # The server is a child: stopping `chanjing serve` (Ctrl-C, SIGTERM from systemd or a test,
    # even SIGKILL) stops it too, so no Datasette is left listening.
    parent = os.getpid()
    server = subprocess.Popen(args, preexec_fn=lambda: die_with_parent(parent))  # noqa: PLW1509
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: server.terminate())
    try:
        code = server.wait()
    except KeyboardInterrupt:
        server.terminate()
        code = 0
    finally:
        try:  # a server still waiting on an open connection after 10 s is stopped outright
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        signal.signal(signal.SIGTERM, previous)
        Path(handle.name).unlink(missing_ok=True)
    sys.exit(0 if code in (0, -signal.SIGTERM, -signal.SIGINT) else code)


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
    from crawler.reparse import reparse
    from crawler.session import ArchiveLock

    _reader(db).close()  # reparsing writes: only into an archive that is there already
    filters = {"since": since, "until": until, "source": source, "category": category}
    try:
        lock = ArchiveLock(db)
    except ArchiveError as exc:
        fail(exc)
    try:
        with Archive(db) as archive:
            total = archive.count_rows("articles", **filters)
            with click.progressbar(length=total, label="reparsing", file=sys.stderr) as bar:
                report = reparse(archive, warc_dir or db.parent / "warc", progress=bar.update, **filters)
    except (ArchiveError, sqlite3.Error) as exc:
        fail(exc)
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
