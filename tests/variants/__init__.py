"""Variants of the 中国产经观察 page templates, each with the record the extractor must give.

``generator`` builds a page spec from named choices (seeded RNG or Hypothesis), ``expected`` gives the
record by the corpus conventions and ``render`` the page bytes; ``templates`` holds the page skeletons;
``score`` scores the extractor over seeded variants. See README.md in this folder.
"""

from .generator import (
    HELDOUT_BASE,
    PageSpec,
    build_spec,
    expected,
    one_factor_cases,
    render,
    spec_from_seed,
    specs,
)

__all__ = [
    "HELDOUT_BASE",
    "PageSpec",
    "build_spec",
    "expected",
    "one_factor_cases",
    "render",
    "spec_from_seed",
    "specs",
]
