"""Undo the mirrors' GBK byte-phase damage.

A mirror annotates GBK bytes with ``data.replace(gbk(C), gbk(C) + b"(" + reading + b")")``.
The replace also matches the trail byte of one character plus the lead byte of the next,
so the annotation lands inside a character: that lead byte and the ``(`` decode as one
``?``, and the following characters decode one byte out of phase until an ASCII byte
re-synchronises (`光電領域?qū)\\ue5ddI(yè)賽` is `光電領域專業賽`).

Each such ``?`` hides one lost byte L. The byte before L in the original stream (the
trail of the previous character, or the previous lost byte) and L together spell a
character read as the annotation's syllable; re-encoding the shifted characters after
L restores the original bytes. Candidates that decode are ranked by plausibility.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .chars import HAN
from .pinyin import readings, syllable_pattern, toneless
from .plausibility import log_probability

_ENCODING = "gb18030"
_MAX_COMBINATIONS = 512


@cache
def _marker_re() -> re.Pattern[str]:
    # `?` (or U+FFFD) + syllable + `)`: the `(` was swallowed with the lost byte.
    return re.compile(rf"[?\ufffd]((?:{syllable_pattern()}))[)）]")


@cache
def _annotation_re() -> re.Pattern[str]:
    return re.compile(rf"[(（](?<=[{HAN}][(（])(?:{syllable_pattern()})[)）]")


@cache
def _second_bytes(first: int, syllable: str) -> tuple[int, ...]:
    """Bytes L such that bytes (first, L) decode to a character read as syllable."""
    exact: list[int] = []
    loose: list[int] = []
    plain = toneless(syllable)
    for second in range(0x40, 0xFF):
        try:
            char = bytes((first, second)).decode(_ENCODING)
        except UnicodeDecodeError:
            continue
        if len(char) != 1:
            continue
        found = readings(char)
        if syllable in found:
            exact.append(second)
        elif any(toneless(r) == plain for r in found):
            loose.append(second)
    if plain != syllable and exact:  # a tone-marked annotation: trust the tone
        return tuple(exact)
    return tuple(exact + loose)


@dataclass
class _Piece:
    data: bytes  # for a lost byte: empty until a candidate is chosen
    kind: str  # "text", "annotation" (kept, skipped when pairing) or "lost"
    syllable: str = ""
    source: str = ""  # the text this piece came from, to rebuild unchanged parts


def _pieces(line: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    pos = 0
    for marker in _marker_re().finditer(line):
        _add_text(pieces, line[pos : marker.start()])
        pieces.append(_Piece(b"", "lost", marker.group(1), marker.group(0)))
        pos = marker.end()
    _add_text(pieces, line[pos:])
    return pieces


def _add_text(pieces: list[_Piece], text: str) -> None:
    pos = 0
    for note in _annotation_re().finditer(text):
        if note.start() > pos:
            chunk = text[pos : note.start()]
            pieces.append(_Piece(chunk.encode(_ENCODING), "text", source=chunk))
        pieces.append(_Piece(note.group(0).encode(_ENCODING), "annotation", source=note.group(0)))
        pos = note.end()
    if pos < len(text):
        chunk = text[pos:]
        pieces.append(_Piece(chunk.encode(_ENCODING), "text", source=chunk))


def _partner(pieces: list[_Piece], index: int) -> int | None:
    """Index of the piece holding the byte that precedes lost byte `index` in the original."""
    for j in range(index - 1, -1, -1):
        if pieces[j].kind != "annotation":
            return j
    return None


def _groups(pieces: list[_Piece]) -> list[list[int]]:
    """Lost bytes that must be solved together: each chained to the lost byte before it."""
    groups: list[list[int]] = []
    for i, piece in enumerate(pieces):
        if piece.kind != "lost":
            continue
        partner = _partner(pieces, i)
        if groups and partner is not None and pieces[partner].kind == "lost" and partner == groups[-1][-1]:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _candidates(pieces: list[_Piece], group: list[int]) -> list[tuple[int, ...]]:
    """Every assignment of bytes to the group's lost bytes that fits the annotations."""
    first = _partner(pieces, group[0])
    if first is None or not pieces[first].data:
        return []
    partial: list[tuple[int, ...]] = [()]
    previous_byte: int | None = pieces[first].data[-1]
    for position, index in enumerate(group):
        grown = []
        for assignment in partial:
            before = assignment[-1] if position else previous_byte
            if before is None or before < 0x81:
                continue
            grown.extend(assignment + (b,) for b in _second_bytes(before, pieces[index].syllable))
        partial = grown[:_MAX_COMBINATIONS]
    return partial


def _decode(pieces: list[_Piece], start: int, end: int) -> str | None:
    try:
        return b"".join(p.data for p in pieces[start:end]).decode(_ENCODING)
    except UnicodeDecodeError:
        return None


def has_byte_phase_damage(text: str) -> bool:
    """True when text holds a `?` followed by a syllable and `)`: a swallowed `(`."""
    return ("?" in text or "\ufffd" in text) and _marker_re().search(text) is not None


def repair_byte_phase(line: str) -> str:
    """Restore characters split by mid-character pinyin annotations in one line."""
    if not has_byte_phase_damage(line):
        return line
    pieces = _pieces(line)
    groups = _groups(pieces)
    if not groups:
        return line
    for group in groups:
        _solve(pieces, group)
    return _decode_stream(pieces)


# Characters of context scored around a repair: enough for the words it touches.
_CONTEXT_BEFORE = 4
_CONTEXT_AFTER = 24


def _solve(pieces: list[_Piece], group: list[int]) -> None:
    """Give the group's lost bytes the most plausible assignment that decodes, if any."""
    start = _partner(pieces, group[0])
    if start is None:
        return
    end = next((i for i in range(group[-1] + 1, len(pieces)) if pieces[i].kind == "lost"), len(pieces))
    lead_in = pieces[start].source if pieces[start].kind != "lost" else ""
    decodable: list[tuple[tuple[int, ...], str]] = []
    for assignment in _candidates(pieces, group):
        for index, value in zip(group, assignment, strict=True):
            pieces[index].data = bytes((value,))
        text = _decode(pieces, start, end)
        if text is not None:
            decodable.append((assignment, text))
    best: tuple[float, tuple[int, ...]] | None = None
    if len(decodable) == 1:
        best = (0.0, decodable[0][0])
    cut = len(lead_in)
    for assignment, text in decodable if len(decodable) > 1 else ():
        scored = text[max(0, cut - _CONTEXT_BEFORE) : cut + _CONTEXT_AFTER]
        score = log_probability(_annotation_re().sub("", scored))
        if best is None or score > best[0]:
            best = (score, assignment)
    chosen = best[1] if best else (None,) * len(group)
    for index, value in zip(group, chosen, strict=True):
        pieces[index].data = b"" if value is None else bytes((value,))


def _decode_stream(pieces: list[_Piece]) -> str:
    out: list[str] = []
    buffer = bytearray()
    for piece in pieces:
        if piece.kind == "lost" and not piece.data:
            out.append(_flush(buffer))
            out.append(piece.source)
        else:
            buffer += piece.data
    out.append(_flush(buffer))
    return "".join(out)


def _flush(buffer: bytearray) -> str:
    text = bytes(buffer).decode(_ENCODING, errors="replace")
    buffer.clear()
    return text
