"""Character classes shared by the text repairs."""

import re

# CJK Unified Ideographs with extensions A and B-G, compatibility ideographs and 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RE = re.compile(f"[{HAN}]")

# Dingbats, miscellaneous symbols and emoji that mirrors sprinkle between characters.
DECORATIVE = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"


def is_han(char: str) -> bool:
    """True for a Chinese character (any CJK ideograph block)."""
    return HAN_RE.match(char) is not None
