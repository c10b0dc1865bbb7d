"""How plausible a Chinese string is, from jieba's word-frequency dictionary.

Repairs of damaged text often have several byte-valid candidates (`加大奸制造业` and
`加大对制造业` are both valid GBK); the one that reads as more likely Chinese wins.
The score is the log-probability of jieba's best segmentation under its unigram model.
"""

from __future__ import annotations

import logging
from functools import cache

from .convert import to_simplified


@cache
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    return tokenizer


def log_probability(text: str) -> float:
    """Log-probability of the best segmentation of text (simplified before scoring)."""
    if not text:
        return 0.0
    sentence = to_simplified(text)
    tokenizer = _tokenizer()
    dag = tokenizer.get_DAG(sentence)
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(sentence, dag, route)
    return route[0][0]
