"""How plausible a Chinese string is, from jieba's word-frequency dictionary.

Repairs of damaged text often have several byte-valid candidates (`加大奸制造业` and
`加大对制造业` are both valid GBK); the one that reads as more likely Chinese wins.
The score is the log-probability of jieba's best segmentation under its unigram model.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import tempfile
import threading
from array import array
from functools import cache
from math import inf, log
from os.path import commonprefix
from pathlib import Path

from .convert import to_simplified

_logger = logging.getLogger(__name__)

# Where the flat copy of jieba's counts is kept; None: the system's temporary directory.
CACHE_DIR: Path | None = None
_MAGIC = b"chanjing word counts 1\n"
_COUNT = "q"  # 8-byte signed counts: jieba's total is a sum of them


_loading = threading.Lock()


def word_counts() -> tuple[dict[str, int], int]:
    """jieba's dictionary as it scores with it: each word's count (0 for a prefix of a word that
    is not one itself) and the total of the counts. Read once per process; a thread may read
    them ahead (the extraction workers do) while another waits for them.

    jieba reads them from its own marshal cache, 0.5 s of CPU in every process at its first
    damaged line. A flat copy (the counts as one array, the words as one string) is read back
    in 0.18 s: it is kept in the temporary directory, named after jieba's dictionary file, and
    only a copy this user wrote and that reads back whole is used.
    """
    with _loading:
        return _word_counts()


@cache
def _word_counts() -> tuple[dict[str, int], int]:
    dictionary = _dictionary_file()
    stat = dictionary.stat()
    key = hashlib.sha256(f"{dictionary}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    path = Path(CACHE_DIR or tempfile.gettempdir()) / f"chanjing-word-counts-{key}.bin"
    try:
        return _read_counts(path)
    except (OSError, ValueError):
        pass
    counts = _jieba_counts()
    try:
        _write_counts(path, *counts)
    except OSError as exc:  # a cache, not worth failing for
        _logger.debug("word counts not cached at %s: %s", path, exc)
    return counts


def _dictionary_file() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ImportError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


def _jieba_counts() -> tuple[dict[str, int], int]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    return tokenizer.FREQ, tokenizer.total


def _read_counts(path: Path) -> tuple[dict[str, int], int]:
    with open(path, "rb") as file:
        if hasattr(os, "getuid") and os.fstat(file.fileno()).st_uid != os.getuid():
            raise ValueError(f"{path} belongs to another user")
        data = file.read()
    if not data.startswith(_MAGIC):
        raise ValueError(f"{path} is not a word-count file")
    at = len(_MAGIC)
    total, size = (
        int.from_bytes(data[at : at + 8], "little"),
        int.from_bytes(data[at + 8 : at + 16], "little"),
    )
    at += 16
    counts = array(_COUNT)
    counts.frombytes(data[at : at + size * counts.itemsize])
    words = data[at + size * counts.itemsize :].decode("utf-8").split("\n")
    if len(counts) != size or len(words) != size:
        raise ValueError(f"{path} is cut short")
    return dict(zip(words, counts.tolist(), strict=True)), total


def _write_counts(path: Path, freq: dict[str, int], total: int) -> None:
    counts = array(_COUNT, freq.values())
    words = "\n".join(freq).encode("utf-8")
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        with open(partial, "wb") as file:
            file.write(_MAGIC + total.to_bytes(8, "little") + len(counts).to_bytes(8, "little"))
            file.write(counts.tobytes())
            file.write(words)
        os.replace(partial, path)  # readers see the whole file or none
    finally:
        partial.unlink(missing_ok=True)


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
    freq, total = word_counts()
    logtotal = log(total)
    # Repair candidates differ in a character or two and share the text after them: the
    # routes through their common ending are the same for all, and computed once.
    tail = _routes(_common_ending(simplified), freq, logtotal, [0.0])
    return [_routes(sentence, freq, logtotal, tail)[0] if sentence else 0.0 for sentence in simplified]


def log_probability(text: str) -> float:
    """Log-probability of one text; see log_probabilities."""
    return log_probabilities([text])[0]
