"""Text normalisation for mirror pages: one pure function, ``normalize_text``.

Steps, in the order the damage has to be undone:
entities and invisible characters -> mojibake -> GBK byte-phase damage -> full-width letters
-> decorations -> pinyin annotations -> litter commas -> indents -> traditional to simplified.
"""

from __future__ import annotations

from .byte_phase import has_byte_phase_damage, repair_byte_phase
from .convert import DEFAULT_CONFIG, to_simplified
from .gbk import repair_gbk
from .mojibake import repair_latin1
from .pinyin import strip_annotations, strip_decorations
from .tidy import drop_invisible, drop_litter_commas, halfwidth_alnum, tidy_spacing, unescape_entities

__all__ = ["DEFAULT_CONFIG", "normalize_lines", "normalize_text"]


def normalize_text(text: str, *, config: str = DEFAULT_CONFIG) -> str:
    """Clean simplified Chinese from mirror text; idempotent; line structure kept."""
    text = drop_invisible(unescape_entities(text))
    text = repair_gbk(repair_latin1(text))
    if has_byte_phase_damage(text):
        text = "\n".join(repair_byte_phase(line) for line in text.split("\n"))
    text = halfwidth_alnum(text)
    text = strip_annotations(strip_decorations(text))
    text = tidy_spacing(drop_litter_commas(text))
    return to_simplified(text, config)


def normalize_lines(texts: list[str], *, config: str = DEFAULT_CONFIG) -> list[str]:
    """`normalize_text` of each one-line text, in one pass (one OpenCC call for all)."""
    if not texts:
        return []
    clean = normalize_text("\n".join(texts), config=config).split("\n")
    return clean if len(clean) == len(texts) else [normalize_text(t, config=config) for t in texts]
