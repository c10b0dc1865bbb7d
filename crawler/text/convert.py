"""Traditional to simplified with OpenCC (the official C++ binding).

`著` is ambiguous: 著作, 显著 and 著名 keep it, while 著力 and 存在著 mean 着. Plain t2s
keeps every 著; tw2s turns 著 into 着 outside its phrase list, which also breaks clean
simplified text (显著 -> 显着). So lines that hold traditional characters and a 著 are
converted with tw2s, every other line with the configured converter (t2s by default).
"""

from __future__ import annotations

from functools import cache

import opencc

DEFAULT_CONFIG = "t2s"
_AMBIGUOUS = "著"


@cache
def converter(config: str = DEFAULT_CONFIG) -> opencc.OpenCC:
    """A cached OpenCC converter; building one reads its dictionaries from disk."""
    return opencc.OpenCC(config)


def to_simplified(text: str, config: str = DEFAULT_CONFIG) -> str:
    """Convert traditional characters to simplified, line structure kept."""
    converted = converter(config).convert(text)
    if config != "t2s" or _AMBIGUOUS not in converted:
        return converted
    originals = text.split("\n")
    lines = converted.split("\n")
    for i, line in enumerate(lines):
        if _AMBIGUOUS in line and line != originals[i]:
            lines[i] = converter("tw2s").convert(originals[i])
    return "\n".join(lines)
