"""The `chanjing` command: a thin shell over the library.

`main` is the command group (`shell.py`); each module registers its commands on it: `text.py`
(extract, normalize), `crawling.py` (crawl, demo, demo-site, ingest, the run summary),
`reading.py` (search, query, export, stats, report, serve, reparse).
"""

from crawler.cli import crawling, reading, text  # noqa: F401 - registers the commands
from crawler.cli.crawling import format_summary
from crawler.cli.shell import main

__all__ = ["format_summary", "main"]
