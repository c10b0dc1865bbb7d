"""`chanjing extract` and `chanjing normalize`: the pure libraries over files and pipes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from crawler.cli.shell import main
from crawler.extract import UnknownEncodingError, extract
from crawler.text import DEFAULT_CONFIG, normalize_text

_NORMALIZE_BATCH_LINES = 2000


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
