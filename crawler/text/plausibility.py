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


def log_probabilities(texts: list[str]) -> list[float]:
    """Log-probability of the best segmentation of each text (simplified before scoring)."""
    simplified = to_simplified("\n".join(texts)).split("\n")
    tokenizer = _tokenizer()
    scores = []
    for sentence in simplified:
        if not sentence:
            scores.append(0.0)
            continue
        route: dict[int, tuple[float, int]] = {}
        tokenizer.calc(sentence, tokenizer.get_DAG(sentence), route)
        scores.append(route[0][0])
    return scores


def log_probability(text: str) -> float:
    """Log-probability of one text; see log_probabilities."""
    return log_probabilities([text])[0]
