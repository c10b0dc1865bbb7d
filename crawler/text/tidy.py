"""Tidying that every page needs: entities, invisible characters, widths, spacing, litter."""

from __future__ import annotations

import html
import re

from .chars import HAN

# Zero-width spaces and joiners, word joiner, BOM, and the left-to-right and right-to-left marks.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
_ZERO_WIDTH_RE = re.compile(f"[{ZERO_WIDTH}]")
FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# A class first (not `[...]+`) lets the regex engine skip ahead to candidates.
_FULLWIDTH_ALNUM_RE = re.compile(f"[{FULLWIDTH_ALNUM}][{FULLWIDTH_ALNUM}]*")
_FULLWIDTH_TO_ASCII = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF5B) if chr(cp).isalnum()}
# Spaces stripped from line edges. The no-break space, stripped too, is kept apart: it also
# becomes a plain space anywhere, so a scan looks for it everywhere.
EDGE_SPACE = " \t\u3000\u2002\u2003\u2009\u202f"
_EDGE_SPACE = EDGE_SPACE + "\u00a0"
# Starting on the space lets the regex engine skip ahead to candidates; the look-behind
# and `$` then check the line edge.
_EDGE_RE = re.compile(f"[{_EDGE_SPACE}](?:(?<=^[{_EDGE_SPACE}])|$)", re.M)
# One mirror family writes an ASCII comma before other punctuation: `前言,、` `周年,。`.
_LITTER_COMMA_RE = re.compile(",(?=[、。，；：！？）】》」』”])")
# Mirrors also write one right after a comma: `指出，,今年` `指出,,今年`. A run of commas
# that holds a full-width one keeps only that; a run of ASCII ones next to Chinese keeps one.
# `1,000` and English lists never hold two commas in a row; `a,,b` (no Chinese) is left.
_COMMA_RUN_RE = re.compile("[,，]{2,}")
_CLOSING = "、。；：！？…）】》」』”’"
_OPENING = "（【《「『“‘"
_CHINESE_BEFORE_RE = re.compile(f"[{HAN}{_CLOSING}]")
_CHINESE_AFTER_RE = re.compile(f"[{HAN}{_OPENING}]")


def drop_soft_hyphens(text: str) -> str:
    """Soft hyphens (U+00AD) are invisible: gone, once mojibake, where 0xAD is a byte of a character, is undone."""
    return text.replace("\xad", "") if "\xad" in text else text


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
    # Five substring tests cost a fraction of one regex pass over a clean text.
    if not any(char in text for char in ZERO_WIDTH):
        return text
    return _ZERO_WIDTH_RE.sub("", text)


# More lines than this to convert and one pass over the whole text is cheaper.
_MAX_SPANS = 64


def halfwidth_alnum(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """Full-width Latin letters and digits to ASCII; Chinese punctuation is left alone.

    spans, when given, are the (start, end) lines that hold them, in order: the others are
    not passed over.
    """
    # Each run alone: str.translate over a whole page of Chinese takes longer than OpenCC.
    if spans is None or len(spans) > _MAX_SPANS:
        return _FULLWIDTH_ALNUM_RE.sub(_halfwidth_run, text)
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(_FULLWIDTH_ALNUM_RE.sub(_halfwidth_run, text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _halfwidth_run(match: re.Match[str]) -> str:
    return match.group(0).translate(_FULLWIDTH_TO_ASCII)


def _collapse_commas(match: re.Match[str]) -> str:
    run, text = match.group(0), match.string
    if "，" in run:
        return run.replace(",", "")
    start, end = match.span()
    if _CHINESE_BEFORE_RE.match(text[start - 1 : start]) or _CHINESE_AFTER_RE.match(text[end : end + 1]):
        return ","
    return run


def drop_litter_commas(text: str) -> str:
    """Remove the commas mirrors insert before other punctuation and after a comma."""
    if "," not in text:
        return text
    return _LITTER_COMMA_RE.sub("", _COMMA_RUN_RE.sub(_collapse_commas, text))


def tidy_spacing(text: str) -> str:
    """Strip indents and trailing space from each line (ideographic and no-break too).

    Inner spacing is the author's; only a no-break space, an HTML artefact, becomes a space.
    """
    if "\u00a0" not in text and _EDGE_RE.search(text) is None:
        return text
    return "\n".join(line.replace("\u00a0", " ").strip(_EDGE_SPACE) for line in text.split("\n"))
