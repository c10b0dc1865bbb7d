"""The command group every command registers on, and the one-line failure they share."""

from __future__ import annotations

import sys
from typing import NoReturn

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chanjing")
def main() -> None:
    """Crawl, extract and archive article pages of the 中国产经观察 family and its mirrors."""


def fail(exc: Exception) -> NoReturn:
    """One line on stderr and exit status 1: what a user can act on, never a traceback."""
    click.echo(f"chanjing: {exc}", err=True)
    sys.exit(1)
