"""Opening an archive from a test without leaving the connection behind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def connected(database: Any, **kwargs: Any) -> Iterator[sqlite3.Connection]:
    """`sqlite3.connect`, committed and closed at the end of the block.

    A connection's own `with` only commits, and in CPython 3.11 an unclosed connection lives on
    until the cycle collector runs (its statement cache refers back to it), holding its file
    descriptors and WAL index while the test goes on to copy the file or to run a crawl on it.
    """
    conn = sqlite3.connect(database, **kwargs)
    try:
        with conn:
            yield conn
    finally:
        conn.close()
