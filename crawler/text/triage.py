"""Which repairs a text needs, from one scan.

Each repair starts with a test of its own for what it mends, and on a clean page those
tests are most of the work: each is a regex pass over the whole text, as slow as the
repair of a damaged one. One pass that looks for all their triggers at once lets a clean
text pay for that pass, the annotations and OpenCC.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .chars import DECORATIVE
from .gbk import FIRST, SECOND
from .legacy_latin1 import TRIGGER_AFTER, TRIGGER_START
from .mojibake import CONTINUATION, LATIN_LEAD
from .tidy import EDGE_SPACE, FULLWIDTH_ALNUM, ZERO_WIDTH

# What each step's own test looks for. The classes the alternatives start on do not
# overlap, so no trigger hides another at the same position.
INVISIBLE, LATIN1, LEGACY_LATIN1, GBK = "invisible", "latin1", "legacy_latin1", "gbk"
FULLWIDTH, DECORATION, SPACING = "fullwidth", "decoration", "spacing"
_TRIGGERS = {
    INVISIBLE: (ZERO_WIDTH, ""),
    LATIN1: (CONTINUATION, f"(?<=[{LATIN_LEAD}][{CONTINUATION}])"),
    LEGACY_LATIN1: (TRIGGER_START, TRIGGER_AFTER),
    GBK: (FIRST, f"(?=[{SECOND}])"),
    FULLWIDTH: (FULLWIDTH_ALNUM, ""),
    DECORATION: (DECORATIVE, ""),
    SPACING: (EDGE_SPACE, f"(?:(?<=^[{EDGE_SPACE}])|$)"),
}
# One class first, so that the regex engine skips ahead to candidates; the branch after it
# names the trigger by its group. A no-break space (a Latin-1 continuation byte too) is
# looked for apart.
_TRIGGER_RE = re.compile(
    "["
    + "".join(chars for chars, _ in _TRIGGERS.values())
    + "](?:"
    + "|".join(f"(?<=[{chars}]){after}(?P<{kind}>)" for kind, (chars, after) in _TRIGGERS.items())
    + ")",
    re.M,
)


def damage_sites(text: str) -> dict[str, list[int]]:
    """Where each kind of damage may start; a step whose kind is missing would leave text unchanged."""
    sites: dict[str, list[int]] = {}
    for match in _TRIGGER_RE.finditer(text):
        sites.setdefault(match.lastgroup, []).append(match.start())  # type: ignore[arg-type]
    if "\u00a0" in text:
        sites.setdefault(SPACING, []).append(-1)  # anywhere: never inside a mended line
    return sites


def kinds_after_mending(sites: dict[str, list[int]], mended: list[tuple[int, int, str]]) -> set[str]:
    """The kinds of damage left once lines were replaced, given as (start, end, new line) of the scanned text.

    A repaired line loses what its damage looked like (byte-phase damage is full of
    `ｍ` `Ａ`), and may gain what the repair wrote: its old sites go, its new kinds come.
    """
    bounds = [bound for start, end, _ in mended for bound in (start, end)]
    # An odd count of bounds at or before a position: it is inside a mended line.
    kinds = {
        kind for kind, positions in sites.items() if any(not bisect_right(bounds, p) % 2 for p in positions)
    }
    return kinds | damage_sites("\n".join(line for _, _, line in mended)).keys()


def lines_with(
    kind: str, sites: dict[str, list[int]], mended: list[tuple[int, int, str]], text: str
) -> list[tuple[int, int]]:
    """The (start, end) spans of text's lines where damage of kind stands, text being the scanned
    text once mended (see kinds_after_mending): a step that only mends within a line need not
    pass over the others.
    """
    positions = sites.get(kind, [])
    if positions and positions[0] < 0:  # anywhere
        return [(0, len(text))]
    spans: set[tuple[int, int]] = set()
    shift, j = 0, 0  # how far the mended lines before a position moved it
    for position in positions:
        while j < len(mended) and mended[j][1] <= position:
            start, end, line = mended[j]
            shift += len(line) - (end - start)
            j += 1
        if j < len(mended) and mended[j][0] <= position:
            continue  # in a mended line: its new text is looked at below
        at = position + shift
        end = text.find("\n", at)
        spans.add((text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end))
    shift = 0
    for start, end, line in mended:
        if kind in damage_sites(line):
            spans.add((start + shift, start + shift + len(line)))
        shift += len(line) - (end - start)
    return sorted(spans)
