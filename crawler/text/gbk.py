"""Undo mojibake of the GBK kind: UTF-8 bytes that a browser decoded as GBK (`鍏ㄥ浗` for 全国).

A repair is taken only where the re-read text reads as far more plausible Chinese than
the span it replaces: traditional text is full of characters that could begin such a
span (`鏈條` could be bytes of `朗l`), and they must stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chars import CHINESE_CONTEXT, HAN
from .plausibility import log_probabilities, log_probability

_CHINESE_RE = re.compile(f"[{CHINESE_CONTEXT}]")
_HAN_STRETCH_RE = re.compile(f"[{HAN}]+")
_ALLOWED_RESULT_RE = re.compile(f"[{CHINESE_CONTEXT}\\u0020-\\u007e]+")


def _gbk_chars(leads: range, trails: range, fits) -> str:
    """Characters a GBK (GB18030) decoder makes of the given lead and trail bytes, if fits(their bytes)."""
    chars = []
    for lead in leads:
        for trail in trails:
            data = bytes((lead, trail))
            if not fits(data):
                continue
            try:
                char = data.decode("gb18030")
            except UnicodeDecodeError:
                continue
            if char.encode("gb18030") == data:  # a pair a GBK encoder writes as itself
                chars.append(char)
    return "".join(chars)


def _starts_utf8(data: bytes) -> bool:
    """A UTF-8 lead E0-EF and a second byte that, with some third, make a character a repair may yield."""
    try:  # whether a lead and a second byte are valid UTF-8 does not depend on the third byte
        first = ord(bytes((*data, 0x80)).decode("utf-8"))
    except UnicodeDecodeError:
        return False
    # The 64 characters the third byte (80-BF) can make, searched at once.
    return _ALLOWED_RESULT_RE.search("".join(map(chr, range(first, first + 0x40)))) is not None


def _then_utf8(data: bytes) -> bool:
    """A third byte 80-BF, and a fourth that is ASCII or may lead a UTF-8 sequence."""
    return data[1] < 0x80 or 0xC2 <= data[1] <= 0xF4


# UTF-8 for a Chinese character is a lead byte E0-EF and two continuation bytes 80-BF; read
# as GBK, its first two bytes make one character and the third begins the next. A repair
# takes two characters at least, so their four bytes must start valid UTF-8, and its first
# character must be one a repair may yield: pairs that cannot are left out, and traditional
# text offers the search far fewer false starts.
FIRST = re.escape(_gbk_chars(range(0xE0, 0xF0), range(0x80, 0xC0), _starts_utf8))
SECOND = re.escape(_gbk_chars(range(0x81, 0xC0), range(0x40, 0xFF), _then_utf8))
_RUN_RE = re.compile(f"[{FIRST}][{SECOND}][^\\x00-\\x7f]*")
_START_RE = re.compile(f"[{FIRST}](?=[{SECOND}])")
# Repaired text must read this much more likely per character (natural log) to be taken.
_MARGIN_PER_CHAR = 3.0


def _gbk_bytes(text: str) -> bytes:
    """Bytes a browser's GBK decoder read as text: GB18030 pairs, and 0x80 shown as €."""
    if "€" not in text:
        return text.encode("gb18030")
    return b"\x80".join(part.encode("gb18030") for part in text.split("€"))


# Traditional text offers the same few false spans again and again (`鏈條`, `鏈協`): each
# is scored by the word model once.
@lru_cache(maxsize=4096)
def _plausibly_better(repaired: str, damaged: str) -> bool:
    gain = _per_han(repaired) - _per_han(damaged)
    return gain > _MARGIN_PER_CHAR


def _per_han(text: str) -> float:
    """Log-probability per Chinese character, the Chinese stretches scored apart: punctuation,
    which the word model does not know, neither helps nor harms a repair (`绫筹紝` is 米，)."""
    stretches = _HAN_STRETCH_RE.findall(text)
    if not stretches:
        return log_probability(text) / len(text)
    return sum(log_probabilities(stretches)) / sum(map(len, stretches))


def _repair_before_lost_byte(run: str) -> tuple[str, int] | None:
    """A run ending in U+FFFD: the decoder could not pair the last byte of a character (before
    ASCII or the end). The run reads back with that character unknown, shown as U+FFFD, not
    guessed: the word model, with digits after, picks 长辈 for 长达 as readily as not."""
    data = _gbk_bytes(run[:-1])
    lead = len(data) - 1
    while lead >= 0 and 0x80 <= data[lead] < 0xC0 and len(data) - lead < 3:
        lead -= 1
    if lead < 0 or not 0xE0 <= data[lead] < 0xF0 or len(data) - lead != 2:
        return None  # not a three-byte character short of its last byte
    try:
        decoded = data[:lead].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if decoded and _ALLOWED_RESULT_RE.fullmatch(decoded) and _CHINESE_RE.search(decoded):
        if _plausibly_better(decoded, run[:-1]):
            return decoded + "\ufffd", len(run)
    return None


def _repair_run(run: str) -> tuple[str, int]:
    """Longest prefix of run that is UTF-8 read as GBK: (repaired text, chars consumed)."""
    if run.endswith("\ufffd") and (found := _repair_before_lost_byte(run)):
        return found
    data = _gbk_bytes(run)
    try:
        data.decode("utf-8")
        valid = len(data)
    except UnicodeDecodeError as exc:
        valid = exc.start
    ends, size = [], 0
    for end, char in enumerate(run, 1):
        size += len(_gbk_bytes(char))
        if size > valid:
            break
        ends.append(end)
    for end in reversed(ends[1:]):
        try:
            decoded = _gbk_bytes(run[:end]).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if _ALLOWED_RESULT_RE.fullmatch(decoded) and _CHINESE_RE.search(decoded):
            if _plausibly_better(decoded, run[:end]):
                return decoded, end
    return "", 0


def repair_gbk(text: str, starts: list[int] | None = None) -> str:
    """`鍏ㄥ浗` -> `全国`: UTF-8 read as GBK.

    starts, when known, are all the places a repair may begin (where `FIRST` stands
    before `SECOND`): only those are looked at.
    """
    if starts is None:
        starts = [match.start() for match in _START_RE.finditer(text)]
    out: list[str] = []
    pos = 0
    for start in starts:
        if start < pos:
            continue  # inside a repaired run
        match = _RUN_RE.match(text, start)
        if match is None:
            continue
        repaired, consumed = _repair_run(match.group(0))
        if consumed:
            out.append(text[pos:start] + repaired)
            pos = start + consumed
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)
