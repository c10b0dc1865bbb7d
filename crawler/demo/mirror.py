"""Render clean simplified text the way content-farm mirrors of the site print it.

Every function is pure: randomness comes only from the ``random.Random`` passed in.
The mechanisms are those seen on real mirrors: traditional characters, pinyin
annotations after some characters, GBK byte-phase damage from a byte-level
annotation replace, comma and symbol litter, and mojibake.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import opencc
from pypinyin import Style, pinyin

__all__ = [
    "DECORATIONS",
    "Decoded",
    "Damage",
    "annotate",
    "byte_phase_damage",
    "byte_phase_details",
    "byte_phase_render",
    "cross_boundary_chars",
    "decode_fusing",
    "has_han",
    "is_han",
    "litter",
    "mojibake_gbk",
    "mojibake_latin1",
    "mojibake_legacy",
    "readings",
    "to_traditional",
]

# Decorative symbols mirrors sprinkle between Han characters (never ★/☆, which are real bullets).
DECORATIONS = "⛦☂⛤⛥⛧☃☄☊☋☌☍♁♆♇⚘⚚⛮⛯⛶"

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_HAN_RUN_RE = re.compile(_HAN_RE.pattern + "+")
_SYLLABLE_RE = re.compile("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+[1-5]?")
_FULLWIDTH_PARENS = ("\uff08", "\uff09")
# Chinese punctuation the comma-litter family puts an ASCII comma in front of.
_COMMA_TARGETS = "、。，；：！？"

_STYLES = {
    "tone": (Style.TONE, False),
    "toneless": (Style.NORMAL, True),
    "v": (Style.NORMAL, False),
    "number": (Style.TONE3, False),  # the tone as a digit: chan3, lv4
}


@lru_cache(maxsize=8)
def _converter(config: str) -> opencc.OpenCC:
    """Return a cached OpenCC converter for ``config``."""
    return opencc.OpenCC(config)


def is_han(ch: str) -> bool:
    """Tell whether ``ch`` is a single Han character."""
    return bool(_HAN_RE.fullmatch(ch))


def has_han(text: str) -> bool:
    """Tell whether ``text`` contains at least one Han character."""
    return bool(_HAN_RE.search(text))


def to_traditional(text: str, config: str = "s2t") -> str:
    """Convert simplified ``text`` to traditional characters with OpenCC."""
    return _converter(config).convert(text)


def readings(text: str, *, style: str = "tone") -> list[str | None]:
    """Return the in-context pinyin of every character of ``text`` (None for non-Han)."""
    pin_style, v_to_u = _STYLES[style]
    out: list[str | None] = [None] * len(text)
    for run in _HAN_RUN_RE.finditer(text):
        items = pinyin(run.group(), style=pin_style, v_to_u=v_to_u, errors="default")
        if len(items) != len(run.group()):
            continue
        for offset, item in enumerate(items):
            if _SYLLABLE_RE.fullmatch(item[0]):
                out[run.start() + offset] = item[0]
    return out


def annotate(
    text: str,
    *,
    rng: random.Random,
    rate: float = 0.3,
    style: str = "tone",
    fullwidth: bool = False,
    repeat: int = 1,
    context: str | None = None,
) -> str:
    """Insert pinyin in parentheses after some Han characters of ``text``.

    ``context`` is the simplified original of a traditional ``text`` (same length);
    its readings are used so polyphones read as in the original sentence.
    """
    source = context if context is not None and len(context) == len(text) else text
    syllables = readings(source, style=style)
    left, right = _FULLWIDTH_PARENS if fullwidth else ("(", ")")
    out: list[str] = []
    for ch, syl in zip(text, syllables, strict=True):
        out.append(ch)
        if syl and is_han(ch) and rng.random() < rate:
            out.append(f"{left}{syl}{right}" * repeat)
    return "".join(out)


def litter(text: str, *, rng: random.Random, comma_rate: float = 0.5, symbol_rate: float = 0.1) -> str:
    """Add an ASCII comma before some Chinese punctuation and symbols between some Han characters.

    Symbols go between a Han character or annotation and a following Han character or annotation
    (``國(guo)⛦(guo)``, ``就☂(jiu)``).
    """
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        if ch in _COMMA_TARGETS and prev and prev != "," and rng.random() < comma_rate:
            out.append(",")
        elif (
            prev
            and (is_han(prev) or prev in ")）")
            and (is_han(ch) or ch in "(（")
            and rng.random() < symbol_rate
        ):
            out.append(rng.choice(DECORATIONS))
        out.append(ch)
    return "".join(out)


def mojibake_latin1(text: str) -> str:
    """Render UTF-8 ``text`` as read with Windows-1252 (undefined bytes as C1 controls)."""
    chars = []
    for byte in text.encode("utf-8"):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars)


def mojibake_legacy(text: str, *, windows: bool = True) -> str | None:
    """Render ``text`` as GBK bytes read with Windows-1252 (undefined bytes as C1 controls) or,
    windows=False, with Latin-1; None when GBK cannot hold it."""
    try:
        data = text.encode("gbk")
    except UnicodeEncodeError:
        return None
    if not windows:
        return data.decode("latin-1")
    return "".join(
        chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
        for byte in data
    )


def mojibake_gbk(text: str) -> str:
    """Render UTF-8 ``text`` as a browser's GBK decoder reads it (0x80 is €, bad bytes U+FFFD)."""
    data = text.encode("utf-8")
    out: list[str] = []
    i = 0
    while i < len(data):
        byte = data[i]
        nxt = data[i + 1] if i + 1 < len(data) else None
        if byte < 0x80:
            out.append(chr(byte))
            i += 1
        elif byte == 0x80:
            out.append("\u20ac")
            i += 1
        elif _is_lead(byte) and nxt is not None and _is_trail(nxt):
            out.append(data[i : i + 2].decode("gb18030"))
            i += 2
        elif _is_lead(byte) and nxt is not None and 0x30 <= nxt <= 0x39 and _four_byte(data[i : i + 4]):
            out.append(data[i : i + 4].decode("gb18030"))
            i += 4
        else:
            out.append("\ufffd")
            i += 1 if nxt is None or nxt < 0x80 else 2
    return "".join(out)


def _four_byte(chunk: bytes) -> bool:
    """Tell whether ``chunk`` is a valid four-byte GB18030 sequence."""
    try:
        return len(chunk) == 4 and len(chunk.decode("gb18030")) == 1
    except UnicodeDecodeError:
        return False


# --- GBK byte-phase damage -------------------------------------------------------------------------


def _is_lead(byte: int) -> bool:
    """Tell whether ``byte`` opens a GBK double-byte character."""
    return 0x81 <= byte <= 0xFE


def _is_trail(byte: int) -> bool:
    """Tell whether ``byte`` may close a GBK double-byte character."""
    return 0x40 <= byte <= 0x7E or 0x80 <= byte <= 0xFE


@dataclass
class Decoded:
    """Result of the fusing decoder: the text and where its ``?`` came from."""

    text: str
    fused: list[int] = field(default_factory=list)  # output indexes of '?' from lead byte + '('
    errors: list[int] = field(default_factory=list)  # output indexes of '?' from any other bad byte


def decode_fusing(data: bytes) -> Decoded:
    """Decode GBK bytes like the mirror: a lead byte with a bad trail yields one ``?`` for both bytes."""
    out: list[str] = []
    result = Decoded("")
    i = 0
    while i < len(data):
        byte = data[i]
        if byte < 0x80:
            out.append(chr(byte))
            i += 1
        elif _is_lead(byte) and i + 1 < len(data) and _is_trail(data[i + 1]):
            out.append(data[i : i + 2].decode("gb18030"))
            i += 2
        else:
            nxt = data[i + 1] if i + 1 < len(data) else None
            (result.fused if _is_lead(byte) and nxt == 0x28 else result.errors).append(len(out))
            out.append("?")
            i += 2 if _is_lead(byte) and nxt is not None else 1
    result.text = "".join(out)
    return result


@dataclass
class Damage:
    """Byte-phase damage of one text: the damaged text and what happened on the way."""

    text: str
    cross_matches: int  # replaces that matched a trail byte plus the next lead byte
    other_matches: int  # replaces that matched inside an inserted annotation
    fused: int  # '?' from a lead byte fused with '('
    errors: int  # '?' from any other undecodable byte

    @property
    def clean_decode(self) -> bool:
        """Tell whether every ``?`` comes from a fused lead byte and '('."""
        return self.errors == 0


def _gbk(text: str) -> bytes | None:
    """Encode ``text`` as GBK, or None when it cannot be."""
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        return None


def cross_boundary_chars(text: str) -> dict[str, str]:
    """Map Han characters formed by a trail byte plus the next lead byte in ``text`` to their reading."""
    found: dict[str, str] = {}
    for a, b in zip(text, text[1:], strict=False):
        ga, gb = _gbk(a), _gbk(b)
        if not ga or not gb or len(ga) != 2 or len(gb) != 2 or not _is_lead(ga[1]):
            continue
        pair = bytes([ga[1], gb[0]])
        ch = pair.decode("gb18030")
        syl = readings(ch)[0]
        if is_han(ch) and _gbk(ch) == pair and syl and _gbk(syl) is not None:
            found.setdefault(ch, syl)
    return found


def byte_phase_render(text: str, annotations: Sequence[tuple[str, str]]) -> Damage:
    """Apply ``data.replace(gbk(C), gbk(C) + b"(" + gbk(reading) + b")")`` in order, then decode."""
    data = text.encode("gbk")
    # mark[k] = (char index, byte position within char) for original bytes, None for inserted ones
    mark: list[tuple[int, int] | None] = []
    for idx, ch in enumerate(text):
        mark.extend((idx, pos) for pos in range(len(ch.encode("gbk"))))
    cross = other = 0
    for ch, syl in annotations:
        needle = ch.encode("gbk")
        insert = needle + b"(" + syl.encode("gbk") + b")"
        new_data, new_mark = bytearray(), []
        start = 0
        while (hit := data.find(needle, start)) != -1:
            span = mark[hit : hit + len(needle)]
            aligned = all(m is not None for m in span) and len({m[0] for m in span}) == 1  # type: ignore[index]
            if not aligned:
                if all(m is not None for m in span):
                    cross += 1
                else:
                    other += 1
            new_data += data[start:hit] + insert
            new_mark += mark[start : hit + len(needle)] + [None] * (len(insert) - len(needle))
            start = hit + len(needle)
        new_data += data[start:]
        new_mark += mark[start:]
        data, mark = bytes(new_data), new_mark
    decoded = decode_fusing(data)
    return Damage(decoded.text, cross, other, len(decoded.fused), len(decoded.errors))


def byte_phase_damage(
    text: str,
    *,
    rng: random.Random,
    annotated_chars: Sequence[str] | None = None,
    rate: float = 0.2,
    cross: int = 1,
    context: str | None = None,
) -> str:
    """Annotate traditional ``text`` at the GBK byte level and decode it out of phase like a mirror."""
    return byte_phase_details(
        text, rng=rng, annotated_chars=annotated_chars, rate=rate, cross=cross, context=context
    ).text


def byte_phase_details(
    text: str,
    *,
    rng: random.Random,
    annotated_chars: Sequence[str] | None = None,
    rate: float = 0.2,
    cross: int = 1,
    context: str | None = None,
) -> Damage:
    """Like ``byte_phase_damage`` but return the whole ``Damage`` record.

    With ``annotated_chars`` the replaces run in that order; otherwise some of the text's own Han
    characters (``rate``) and ``cross`` characters formed across a character boundary are chosen,
    and the order is shuffled but redone with the boundary ones first if none of them matched.
    """
    if _gbk(text) is None:
        raise ValueError("text is not encodable as GBK")
    source = context if context is not None and len(context) == len(text) else text
    context_readings = dict(reversed(list(zip(text, readings(source), strict=True))))
    if annotated_chars is not None:
        plan = []
        for ch in annotated_chars:
            syl = context_readings.get(ch) or readings(ch)[0]
            if syl and _gbk(syl) is not None:
                plan.append((ch, syl))
        return byte_phase_render(text, plan)
    own = [
        (ch, syl)
        for ch, syl in context_readings.items()
        if syl and is_han(ch) and _gbk(syl) is not None and rng.random() < rate
    ]
    candidates = sorted(cross_boundary_chars(text).items())
    chosen = rng.sample(candidates, min(cross, len(candidates)))
    plan = own + [c for c in chosen if c not in own]
    rng.shuffle(plan)
    damage = byte_phase_render(text, plan)
    if chosen and damage.cross_matches == 0:
        plan = chosen + [c for c in plan if c not in chosen]
        damage = byte_phase_render(text, plan)
    return damage
