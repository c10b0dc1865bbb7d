"""Undo mojibake: UTF-8 bytes that were decoded as Latin-1/Windows-1252 or as GBK.

Repairs are applied only where they are certain: the suspicious span must re-encode
to valid UTF-8 that decodes to Chinese text, and for the GBK kind the repaired text must
also read as far more plausible Chinese than the span it replaces. Clean text, with Latin
words (café) or rare characters, never matches.
"""

from __future__ import annotations

import re

from .chars import HAN
from .plausibility import log_probability

_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
# Characters that stand for the continuation bytes 0x80-0xBF in cp1252 or Latin-1.
_CONT = "[\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "]"
_LATIN_SEQUENCE = rf"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})"
_LATIN_RUN_RE = re.compile(rf"{_LATIN_SEQUENCE}+")
_LATIN_HINT_RE = re.compile(rf"[\u00e0-\u00f4]{_CONT}")

_CHINESE_RE = re.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef\u2010-\u206f]")
_ALLOWED_RESULT_RE = re.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef\u2010-\u206f\u0020-\u007e]+")


def _latin_byte(char: str) -> int:
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)  # bytes cp1252 leaves undefined arrive as C1 controls


def _repair_latin_run(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        decoded = bytes(_latin_byte(c) for c in run).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run
    if _CHINESE_RE.search(decoded) and _ALLOWED_RESULT_RE.fullmatch(decoded):
        return decoded
    return run


def repair_latin1(text: str) -> str:
    """`ä¸­å›½` -> `中国`: UTF-8 read as Windows-1252 or Latin-1."""
    if _LATIN_HINT_RE.search(text) is None:
        return text
    return _LATIN_RUN_RE.sub(_repair_latin_run, text)


def _gbk_chars(leads: range, trails: range) -> str:
    """Characters a GBK (GB18030) decoder makes of the given lead and trail bytes."""
    chars = []
    for lead in leads:
        for trail in trails:
            try:
                chars.append(bytes((lead, trail)).decode("gb18030"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


# UTF-8 for a Chinese character is a lead byte E0-EF and two continuation bytes 80-BF; read
# as GBK, its first two bytes make one character and the third begins the next.
_GBK_RUN_RE = re.compile(
    f"[{re.escape(_gbk_chars(range(0xE0, 0xF0), range(0x80, 0xC0)))}]"
    f"[{re.escape(_gbk_chars(range(0x81, 0xC0), range(0x40, 0xFF)))}][^\\x00-\\x7f]*"
)
# Repaired text must read this much more likely per character (natural log) to be taken.
_GBK_MARGIN_PER_CHAR = 3.0


def _gbk_bytes(text: str) -> bytes:
    """Bytes a browser's GBK decoder read as text: GB18030 pairs, and 0x80 shown as €."""
    return b"\x80".join(part.encode("gb18030") for part in text.split("€"))


def _plausibly_better(repaired: str, damaged: str) -> bool:
    gain = log_probability(repaired) / len(repaired) - log_probability(damaged) / len(damaged)
    return gain > _GBK_MARGIN_PER_CHAR


def _repair_gbk_run(run: str) -> tuple[str, int]:
    """Longest prefix of run that is UTF-8 read as GBK: (repaired text, chars consumed)."""
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


def repair_gbk(text: str) -> str:
    """`鍏ㄥ浗` -> `全国`: UTF-8 read as GBK."""
    if _GBK_RUN_RE.search(text) is None:
        return text
    out: list[str] = []
    pos = 0
    while (match := _GBK_RUN_RE.search(text, pos)) is not None:
        repaired, consumed = _repair_gbk_run(match.group(0))
        if consumed:
            out.append(text[pos : match.start()] + repaired)
            pos = match.start() + consumed
        else:
            out.append(text[pos : match.start() + 1])
            pos = match.start() + 1
    out.append(text[pos:])
    return "".join(out)
