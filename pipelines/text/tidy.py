"""Tidying that every page needs: entities, invisible characters, widths, spacing, litter."""

from __future__ import annotations

import html
import re

_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULLWIDTH_TO_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp).isalnum()}
_EDGE_SPACE = " \t\u00a0\u3000\u2002\u2003\u2009\u202f"
_NEEDS_SPACING_RE = re.compile(f"\u00a0|^[{_EDGE_SPACE}]|[{_EDGE_SPACE}]$", re.M)
# One mirror family writes an ASCII comma before other punctuation: `前言,、` `周年,。`.
_LITTER_COMMA_RE = re.compile(",(?=[、。，；：！？…）】》」』”])")


def unescape_entities(text: str) -> str:
    """Decode HTML entities until none is left, so double-escaped text is stable too."""
    for _ in range(3):
        if "&" not in text:
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def drop_invisible(text: str) -> str:
    """Remove zero-width characters and byte-order marks."""
    return _ZERO_WIDTH_RE.sub("", text)


def halfwidth_alnum(text: str) -> str:
    """Full-width Latin letters and digits to ASCII; Chinese punctuation is left alone."""
    if _FULLWIDTH_ALNUM_RE.search(text) is None:
        return text
    return text.translate(_FULLWIDTH_TO_ASCII)


def drop_litter_commas(text: str) -> str:
    """Remove the comma a mirror family inserts before other punctuation."""
    if "," not in text:
        return text
    return _LITTER_COMMA_RE.sub("", text)


def tidy_spacing(text: str) -> str:
    """Strip indents and trailing space from each line (ideographic and no-break too).

    Inner spacing is the author's; only a no-break space, an HTML artefact, becomes a space.
    """
    if _NEEDS_SPACING_RE.search(text) is None:
        return text
    return "\n".join(line.replace("\u00a0", " ").strip(_EDGE_SPACE) for line in text.split("\n"))
