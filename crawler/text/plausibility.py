"""How plausible a Chinese string is, from jieba's word-frequency dictionary.

Repairs of damaged text often have several byte-valid candidates (`加大奸制造业` and
`加大对制造业` are both valid GBK); the one that reads as more likely Chinese wins.
The score is the log-probability of jieba's best segmentation under its unigram model.
"""

from __future__ import annotations

import logging
from functools import cache
from math import inf, log
from os.path import commonprefix

from .convert import to_simplified


@cache
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    return tokenizer


def _routes(sentence: str, freq: dict[str, int], logtotal: float, tail: list[float]) -> list[float]:
    """jieba's get_DAG and calc in one pass, for the scores alone; the same sums in the same order.

    route[i] is the best log-probability of sentence[i:]. tail is already known: the routes
    of the sentence's last len(tail) - 1 characters, which only depend on those characters.
    jieba builds a dict of word ends and a tuple per candidate word before taking the best
    route; scoring repair candidates is most of the work on damaged text.
    """
    size = len(sentence)
    known = len(tail) - 1
    route = [0.0] * (size - known) + tail
    get = freq.get
    unknown = 0.0 - logtotal  # a character that starts no word scores as a word seen once
    for start in range(size - known - 1, -1, -1):
        best = -inf
        end = start + 1
        frag = sentence[start]
        while (count := get(frag)) is not None:  # jieba's dictionary holds every word's prefixes
            if count:
                score = log(count) - logtotal + route[end]
                if score > best:
                    best = score
            if end == size:
                break
            end += 1
            frag = sentence[start:end]
        route[start] = unknown + route[start + 1] if best == -inf else best
    return route


def _common_ending(texts: list[str]) -> str:
    return commonprefix([text[::-1] for text in texts])[::-1]


def log_probabilities(texts: list[str]) -> list[float]:
    """Log-probability of the best segmentation of each text (simplified before scoring)."""
    simplified = to_simplified("\n".join(texts)).split("\n")
    tokenizer = _tokenizer()
    freq, logtotal = tokenizer.FREQ, log(tokenizer.total)
    # Repair candidates differ in a character or two and share the text after them: the
    # routes through their common ending are the same for all, and computed once.
    tail = _routes(_common_ending(simplified), freq, logtotal, [0.0])
    return [_routes(sentence, freq, logtotal, tail)[0] if sentence else 0.0 for sentence in simplified]


def log_probability(text: str) -> float:
    """Log-probability of one text; see log_probabilities."""
    return log_probabilities([text])[0]
