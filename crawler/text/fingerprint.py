"""One article's identity across mirrors: a hash of its clean body, blind to spacing and width."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE_RE = re.compile(r"\s+")

_WIDE_TO_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def content_hash(body: str | None) -> str | None:
    """Hash of a normalised body, blind to spacing and width, so mirror copies of one article match."""
    if not body:
        return None
    # NFKC of the full-width forms and the ideographic space first: that mapping is NFKC's own,
    # and what remains is then usually NFKC already, which is quick to check and costly to redo.
    text = body.translate(_WIDE_TO_NARROW)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return hashlib.sha256(_SPACE_RE.sub("", text).encode("utf-8")).hexdigest()[:32]
