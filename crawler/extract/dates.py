"""Timestamps as the site prints them, read on the site's clock (China Standard Time)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from dateutil import parser as dateparser

SITE_CLOCK = timezone(timedelta(hours=8))

# The year's first digit comes first, so the regex engine skips ahead to digits; the
# look-behind after it then checks that no digit stands before the year.
TIMESTAMP_RE = re.compile(
    r"(\d(?<!\d\d)\d{3})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    # A weekday may stand between date and time (`2024-06-03 星期一 09:31:05`, `周一`).
    r"(?:\s*(?:[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?\s*)?[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?(?!\d)"
)


def parse_timestamp(text: str) -> str | None:
    """First timestamp in text as ISO 8601 with +08:00 (`2025-01-04T11:27:12+08:00`)."""
    match = TIMESTAMP_RE.search(text)
    if match is None:
        return None
    parts = [int(part or 0) for part in match.groups()]
    try:  # the groups are digits already: no need for a general date parser
        moment = datetime(*parts, tzinfo=SITE_CLOCK)
    except ValueError:  # 2025-02-30, 25:61
        return None
    return moment.isoformat()


def parse_machine_timestamp(text: str) -> str | None:
    """A machine-readable timestamp (`<time datetime>`, `<meta content>`) on the site clock."""
    if not text or not TIMESTAMP_RE.search(text):
        return None
    try:
        moment = dateparser.isoparse(text.strip())
    except (ValueError, OverflowError):
        return parse_timestamp(text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=SITE_CLOCK).isoformat()
    return moment.astimezone(SITE_CLOCK).isoformat()


_JSON_LD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_EPOCH_VAR_RE = re.compile(r'\bvar\s+(?:ct|create_time|publish_time)\s*=\s*"(\d{10})"')


def script_timestamp(scripts: str) -> str | None:
    """A publication time a page keeps in its scripts: JSON-LD's datePublished, or the Unix
    time of a WeChat article (`var ct = "1715261400"`), on the site clock."""
    if found := _JSON_LD_DATE_RE.search(scripts):
        return parse_machine_timestamp(found.group(1))
    if found := _EPOCH_VAR_RE.search(scripts):
        return datetime.fromtimestamp(int(found.group(1)), SITE_CLOCK).isoformat()
    return None
