"""How plausible a Chinese string is, from jieba's word-frequency dictionary.

Repairs of damaged text often have several byte-valid candidates (`加大奸制造业` and
`加大对制造业` are both valid GBK); the one that reads as more likely Chinese wins.
The score is the log-probability of jieba's best segmentation under its unigram model.
"""

from __future__ import annotations

import logging
from functools import cache
from math import log

from .convert import to_simplified


@cache
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    return tokenizer


def _best_segmentation(sentence: str, freq: dict[str, int], logtotal: float) -> float:
    """jieba's get_DAG and calc in one pass, for the score alone; the same sums in the same order.

    jieba builds a dict of word ends and a tuple per candidate word before taking the best
    route; scoring repair candidates is most of the work on damaged text.
    """
    size = len(sentence)
    route = [0.0] * (size + 1)
    for start in range(size - 1, -1, -1):
        best = None
        end = start + 1
        frag = sentence[start]
        while (count := freq.get(frag)) is not None:  # jieba's dictionary holds every word's prefixes
            if count:
                score = log(count) - logtotal + route[end]
                if best is None or score > best:
                    best = score
            if end == size:
                break
            end += 1
            frag = sentence[start:end]
        # A character that starts no word scores as a word seen once.
        route[start] = (0.0 - logtotal + route[start + 1]) if best is None else best
    return route[0]


def log_probabilities(texts: list[str]) -> list[float]:
    """Log-probability of the best segmentation of each text (simplified before scoring)."""
    simplified = to_simplified("\n".join(texts)).split("\n")
    tokenizer = _tokenizer()
    freq, logtotal = tokenizer.FREQ, log(tokenizer.total)
    return [_best_segmentation(sentence, freq, logtotal) if sentence else 0.0 for sentence in simplified]


def log_probability(text: str) -> float:
    """Log-probability of one text; see log_probabilities."""
    return log_probabilities([text])[0]
