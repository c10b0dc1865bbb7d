"""The command group every command registers on, and how the command line reports trouble.

Two kinds of trouble, one line each on stderr, never a traceback:
- the command was asked wrongly (unknown option, bad value): exit status 2,
  `chanjing CMD: usage: WHAT (see chanjing CMD --help)`;
- the command could not do its work (no archive, a refused statement, a failed run): exit
  status 1, `chanjing: WHAT`.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

USAGE_ERROR = 2
FAILURE = 1


class _Shell(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> NoReturn:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "chanjing"
            click.echo(f"{command}: usage: {exc.format_message()} (see {command} --help)", err=True)
            sys.exit(USAGE_ERROR)
        except click.ClickException as exc:
            click.echo(f"chanjing: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("chanjing: aborted", err=True)
            sys.exit(FAILURE)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Shell, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chanjing")
def main() -> None:
    """Crawl, extract and archive article pages of the 中国产经观察 family and its mirrors."""


def fail(exc: Exception) -> NoReturn:
    """One line on stderr and exit status 1: what a user can act on, never a traceback."""
    click.echo(f"chanjing: {exc}", err=True)
    sys.exit(FAILURE)
