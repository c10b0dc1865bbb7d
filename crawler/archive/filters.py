"""The filters readers give (published since/until, source, category) as SQL over articles."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from .records import ArchiveError


def parse_bound(value: str, *, name: str, end: bool = False) -> str:
    """A filter bound as an ISO string comparable with `published_at`; a date is a whole day."""
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = datetime.strptime(text, "%Y-%m-%d")
            return (day + timedelta(days=1)).strftime("%Y-%m-%d") if end else text
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ArchiveError(
            f"{name}: not a date: {value!r} (use YYYY-MM-DD or an ISO 8601 timestamp)"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone(timedelta(hours=8)))
    return parsed.astimezone(timezone(timedelta(hours=8))).isoformat()


def article_filters(
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
) -> tuple[str, list[Any]]:
    """A where clause over alias `a` (articles) and its parameters: values never enter the SQL."""
    clauses, params = [], []
    if since:
        clauses.append("a.published_at >= ?")
        params.append(parse_bound(since, name="--since"))
    if until:
        bound = parse_bound(until, name="--until", end=True)
        clauses.append("a.published_at < ?" if len(bound) == 10 else "a.published_at <= ?")
        params.append(bound)
    if source:
        clauses.append("a.source = ?")
        params.append(source)
    if category:
        clauses.append("a.category = ?")
        params.append(category)
    return ("where " + " and ".join(clauses) if clauses else ""), params
