"""Text normalisation for mirror pages: one pure function, ``normalize_text``.

Steps, in the order the damage has to be undone:
entities and invisible characters -> mojibake (GBK or UTF-8 read as Latin-1, UTF-8 read as
GBK) -> GBK byte-phase damage -> full-width letters -> decorations -> pinyin annotations ->
litter commas -> indents -> traditional to simplified.
One scan (triage.py) tells which of them a text needs; clean text skips the rest.
"""

from __future__ import annotations

from .byte_phase import repair_byte_phase_lines
from .convert import DEFAULT_CONFIG, to_simplified
from .gbk import repair_gbk
from .legacy_latin1 import repair_legacy_latin1
from .mojibake import repair_latin1
from .pinyin import strip_annotations, strip_decorations
from .tidy import (
    drop_invisible,
    drop_litter_commas,
    drop_soft_hyphens,
    halfwidth_alnum,
    tidy_spacing,
    unescape_entities,
)
from .triage import (
    DECORATION,
    FULLWIDTH,
    GBK,
    INVISIBLE,
    LATIN1,
    LEGACY_LATIN1,
    SPACING,
    damage_sites,
    kinds_after_mending,
    lines_with,
)

__all__ = ["DEFAULT_CONFIG", "normalize_lines", "normalize_text"]


def normalize_text(text: str, *, config: str = DEFAULT_CONFIG) -> str:
    """Clean simplified Chinese from mirror text; idempotent; line structure kept."""
    text = unescape_entities(text)
    # Steps the scan finds nothing for are skipped: each would return its text unchanged.
    sites = damage_sites(text)
    if INVISIBLE in sites:  # what stood either side of them now stands together
        text = drop_invisible(text)
        sites = damage_sites(text)
    # GBK read as Latin-1 first: its pairs hold bytes that read as UTF-8 too (`æ¡£` is 档 both
    # ways, standing for 告。), while UTF-8 read as GBK seldom makes valid Chinese.
    repaired = repair_legacy_latin1(text) if LEGACY_LATIN1 in sites else text
    if repaired != text:  # repaired characters are new to the scan
        sites = damage_sites(repaired)
    if LATIN1 in sites:
        fixed = repair_latin1(repaired)
        if fixed != repaired:
            repaired, sites = fixed, damage_sites(fixed)
    if GBK in sites:
        fixed = repair_gbk(repaired, sites[GBK])
        if fixed != repaired:
            repaired, sites = fixed, damage_sites(fixed)
    mended: list[tuple[int, int, str]] = []
    text = repair_byte_phase_lines(repaired, mended)
    if "\xad" in text:  # soft hyphens: dropped once mojibake, where 0xAD is a byte of a character, is undone
        text = drop_soft_hyphens(text)
        sites, mended = damage_sites(text), []  # what stood either side of them now stands together
    kinds = kinds_after_mending(sites, mended) if mended else sites.keys()
    if FULLWIDTH in kinds:  # the lines holding full-width letters alone
        text = halfwidth_alnum(text, lines_with(FULLWIDTH, sites, mended, text))
    if DECORATION in kinds:
        text = strip_decorations(text)
    text = drop_litter_commas(strip_annotations(text))
    if SPACING in kinds:
        text = tidy_spacing(text)
    return to_simplified(text, config)


# Short lines recur from page to page of a site (menus, labels, footers, related titles): their
# clean text is kept, per config, so that later pages look them up instead of normalising them
# again. Bounded: when full it starts over.
_RECENT_CHARS = 200
_RECENT_LINES = 10_000
_recent: dict[str, dict[str, str]] = {}


def normalize_lines(
    texts: list[str], *, config: str = DEFAULT_CONFIG, known: dict[str, str] | None = None
) -> list[str]:
    """`normalize_text` of each one-line text, in one pass (one OpenCC call for all).

    known, when given, maps texts normalised before (with the same config) to their clean
    text: those are looked up, not normalised again, and the new ones are added to it.
    """
    if known is not None:
        new = [text for text in dict.fromkeys(texts) if text not in known]
        known.update(zip(new, normalize_lines(new, config=config), strict=True))
        return [known[text] for text in texts]
    if not texts:
        return []
    recent = _recent.setdefault(config, {})
    new = [text for text in dict.fromkeys(texts) if text not in recent]
    found = dict(zip(new, _normalize_joined(new, config), strict=True)) if new else {}
    clean = [found[text] if text in found else recent[text] for text in texts]
    if len(recent) + len(found) > _RECENT_LINES:
        recent.clear()
    recent.update((text, line) for text, line in found.items() if len(text) <= _RECENT_CHARS)
    return clean


def _normalize_joined(texts: list[str], config: str) -> list[str]:
    clean = normalize_text("\n".join(texts), config=config).split("\n")
    return clean if len(clean) == len(texts) else [normalize_text(t, config=config) for t in texts]
