"""Traditional to simplified with OpenCC (the official C++ binding)."""

from __future__ import annotations

from functools import cache

import opencc

# tw2s rather than t2s: on the case corpus it alone turns 著力/存在著 into 着 while
# keeping 著作/显著; see tests/normalize and the README.
DEFAULT_CONFIG = "tw2s"


@cache
def converter(config: str = DEFAULT_CONFIG) -> opencc.OpenCC:
    """A cached OpenCC converter; building one reads its dictionaries from disk."""
    return opencc.OpenCC(config)


def to_simplified(text: str, config: str = DEFAULT_CONFIG) -> str:
    """Convert traditional characters to simplified."""
    return converter(config).convert(text)
