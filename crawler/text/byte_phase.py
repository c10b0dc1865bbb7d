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
from .plausibility import log_probabilities

_ENCODING = "gb18030"
_MAX_COMBINATIONS = 512
_MAX_JOINT = 4  # lost bytes solved together at most


@cache
def _marker_re(lost: str = "[?\ufffd]") -> re.Pattern[str]:
    # `?` (or U+FFFD) + syllable + `)`: the `(` was swallowed with the lost byte.
    return re.compile(rf"{lost}((?:{syllable_pattern()}))[)）]")


@cache
def _annotation_re() -> re.Pattern[str]:
    return re.compile(rf"[(（](?<=[{HAN}][(（])(?:{syllable_pattern()})[)）]")


@cache
def _pairs_after(first: int) -> dict[str, tuple[int, ...]]:
    """For a first byte: each spelling (toned and toneless) -> second bytes whose pair reads so."""
    table: dict[str, list[int]] = {}
    for second in range(0x81, 0xFF):  # a lost byte fused with `(`, so it is a lead byte
        try:
            char = bytes((first, second)).decode(_ENCODING)
        except UnicodeDecodeError:
            continue
        for reading in readings(char):
            for spelling in {reading, toneless(reading)}:
                table.setdefault(spelling, []).append(second)
    return {spelling: tuple(dict.fromkeys(seconds)) for spelling, seconds in table.items()}


def _second_bytes(first: int, syllable: str) -> tuple[int, ...]:
    """Bytes L such that bytes (first, L) decode to a character read as syllable.

    A tone-marked annotation is trusted for its tone when any character fits it.
    """
    table = _pairs_after(first)
    return table.get(syllable) or table.get(toneless(syllable), ())


@dataclass
class _Piece:
    data: bytes  # for a lost byte: empty until a candidate is chosen
    kind: str  # "text" or "lost"
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
    """Text between markers; annotations are left out, since one may sit inside a character."""
    chunk = _annotation_re().sub("", text)
    if chunk:
        pieces.append(_Piece(chunk.encode(_ENCODING), "text", source=chunk))


def _candidates(pieces: list[_Piece], group: list[int]) -> list[tuple[int, ...]]:
    """Every assignment of lead bytes to the group's lost bytes that fits the annotations."""
    partial: list[tuple[int, ...]] = [()]
    for index in group:
        partner = pieces[index - 1] if index > 0 else None
        grown = []
        for assignment in partial:
            if partner is None:
                break
            if index - 1 in group:
                before = assignment[group.index(index - 1)]
            else:  # text, or a lost byte solved earlier (empty when it could not be)
                before = partner.data[-1] if partner.data else None
            if before is None or before < 0x81:
                continue
            grown.extend(assignment + (b,) for b in _second_bytes(before, pieces[index].syllable))
        partial = grown[:_MAX_COMBINATIONS]
    return partial


def has_byte_phase_damage(text: str) -> bool:
    """True when text holds a `?` followed by a syllable and `)`: a swallowed `(`."""
    return ("?" in text or "\ufffd" in text) and _marker_re().search(text) is not None


def repair_byte_phase(line: str) -> str:
    """Restore characters split by mid-character pinyin annotations in one line."""
    if not has_byte_phase_damage(line):
        return line
    pieces = _pieces(line)
    # Lost bytes are solved left to right. One whose stretch ends inside a character (the
    # next lost byte completes it, as in `客?tuì)?hù)`) is solved together with the next.
    start = 0  # decoding of the repaired stream restarts after a lost byte left unsolved
    pending: list[int] = []
    for index, piece in enumerate(pieces):
        if piece.kind != "lost":
            continue
        pending.append(index)
        if _solve(pieces, pending, start):
            pending = []
        elif len(pending) >= _MAX_JOINT:
            start = pending[0] + 1
            pending = pending[1:]
            while pending and not _solve(pieces, pending, start):
                start = pending[0] + 1
                pending = pending[1:]
    return _decode_stream(pieces)


def repair_byte_phase_lines(text: str, mended: list[tuple[int, int, str]] | None = None) -> str:
    """`repair_byte_phase` of each line of text that holds damage; the others are not looked at.

    mended, when given, receives (start, end, repaired line) for each line of text repaired.
    """
    if "\ufffd" in text:
        markers = _marker_re()
    elif "?" in text:
        # A literal first character is found by a fast substring search, a class is not.
        markers = _marker_re(r"\?")
    else:
        return text
    out: list[str] = []
    pos = 0
    for marker in markers.finditer(text):
        if marker.start() < pos:
            continue  # in a line already repaired
        start = text.rfind("\n", 0, marker.start()) + 1
        end = text.find("\n", marker.end())
        end = len(text) if end < 0 else end
        line = repair_byte_phase(text[start:end])
        out.append(text[pos:start])
        out.append(line)
        if mended is not None:
            mended.append((start, end, line))
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Characters of context scored around a repair: candidates differ only in the characters
# their lost bytes start, so a few words either side decide.
_CONTEXT_BEFORE = 5
_CONTEXT_AFTER = 8
_BYTE = [bytes((value,)) for value in range(256)]


def _solve(pieces: list[_Piece], group: list[int], start: int) -> bool:
    """Give the group's lost bytes the most plausible assignment that decodes; False if none."""
    end = next((i for i in range(group[-1] + 1, len(pieces)) if pieces[i].kind == "lost"), len(pieces))
    decodable: list[tuple[tuple[int, ...], str]] = []
    # The stretch's bytes, with each candidate's lost bytes put in their slots.
    stretch = [piece.data for piece in pieces[start:end]]
    slots = [index - start for index in group]
    for assignment in _candidates(pieces, group):
        for slot, value in zip(slots, assignment, strict=True):
            stretch[slot] = _BYTE[value]
        try:
            decodable.append((assignment, b"".join(stretch).decode(_ENCODING)))
        except UnicodeDecodeError:
            continue
    if not decodable:
        return False
    best = decodable[0][0]
    if len(decodable) > 1:
        # Candidates share the text before the group; score from just before it.
        prefix = b"".join(p.data for p in pieces[start : group[0]]).decode(_ENCODING, errors="replace")
        cut = max(0, len(prefix) - _CONTEXT_BEFORE)
        windows = [text[cut : len(prefix) + _CONTEXT_AFTER] for _, text in decodable]
        scores = _plausibilities(windows)
        best = decodable[scores.index(max(scores))][0]
    for index, value in zip(group, best, strict=True):
        pieces[index].data = bytes((value,))
    return True


_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
# A private-use character is what undamaged text never holds: weigh it as several unknown words.
_PRIVATE_USE_PENALTY = 40.0


def _plausibilities(texts: list[str]) -> list[float]:
    return [
        score - _PRIVATE_USE_PENALTY * len(_PRIVATE_USE_RE.findall(text))
        for score, text in zip(log_probabilities(texts), texts, strict=True)
    ]


def _decode_stream(pieces: list[_Piece]) -> str:
    """The repaired line: each stretch between unsolved markers decoded, or kept as found."""
    out: list[str] = []
    stretch: list[_Piece] = []
    for piece in pieces + [_Piece(b"", "lost", source="")]:
        if piece.kind == "lost" and not piece.data:
            out.append(_stretch_text(stretch))
            out.append(piece.source)
            stretch = []
        else:
            stretch.append(piece)
    return "".join(out)


def _stretch_text(stretch: list[_Piece]) -> str:
    try:
        return b"".join(p.data for p in stretch).decode(_ENCODING)
    except UnicodeDecodeError:
        return "".join(p.source for p in stretch)
