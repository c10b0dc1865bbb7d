"""Decode a saved page: BOM, then the declared charset, then the bytes themselves."""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

_META_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER_RE = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# GB2312 and GBK pages routinely use characters only their superset has.
_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
}


class UnknownEncodingError(ValueError):
    """The encoding named by the caller does not exist."""


def canonical(name: str) -> str | None:
    """Python's name for an encoding label, GB family widened to GB18030; None if unknown."""
    try:
        found = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return _SUPERSET.get(found, found)


def declared_encoding(body: bytes, headers: Mapping[str, str] | None = None) -> str | None:
    """The charset the HTTP headers or the page's <meta> declare, if any."""
    for key, value in (headers or {}).items():
        if key.lower() == "content-type" and (match := _HEADER_RE.search(value)):
            if found := canonical(match.group(1)):
                return found
    if match := _META_RE.search(body[:4096]):
        return canonical(match.group(1).decode("ascii", "ignore"))
    return None


def decode_page(
    body: bytes, headers: Mapping[str, str] | None = None, encoding: str | None = None
) -> tuple[str, str]:
    """(text, encoding used). A wrong declaration is overruled when the bytes disagree."""
    if encoding:
        chosen = canonical(encoding)
        if chosen is None:
            raise UnknownEncodingError(f"unknown encoding {encoding!r}")
        return body.decode(chosen, errors="replace"), chosen
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace"), name
    declared = declared_encoding(body, headers)
    # Valid multi-byte UTF-8 is almost never GBK by accident, so it wins over a GB label.
    for candidate in _candidates(declared, body):
        try:
            return body.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    # Damaged bytes: keep what decodes; the page still yields what it holds.
    best = declared or ("utf-8" if _utf8_share(body) > 0.5 else "gb18030")
    return body.decode(best, errors="replace"), best


def _candidates(declared: str | None, body: bytes) -> list[str]:
    if declared == "gb18030" or declared is None:
        return ["utf-8", "gb18030"]
    return [declared, "utf-8", "gb18030"]


def _utf8_share(body: bytes) -> float:
    text = body.decode("utf-8", errors="replace")
    return 1 - text.count("\ufffd") * 3 / max(1, len(body))
