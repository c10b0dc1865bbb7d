"""Undo mojibake: UTF-8 bytes that were decoded as Latin-1/Windows-1252 (GBK: gbk.py).

Repairs are applied only where they are certain. For the Windows-1252 kind, whole spans
of a line are re-read as UTF-8 (ASCII, digits and pinyin between the Chinese included)
when the Chinese sequences in them outweigh the bytes that have to be guessed: the five
bytes Windows-1252 leaves undefined may have been kept as C1 controls, dropped, or
replaced by `?` or U+FFFD, and a lost one is chosen by the annotation after it or by
how plausible the text reads. Clean text, with Latin words (café) or
rare characters, never matches.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import combinations, product

from .chars import CHINESE_CONTEXT, HAN
from .convert import converter
from .pinyin import readings, strip_annotations, syllable_pattern, toneless
from .plausibility import log_probabilities, log_probability

_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
# Characters that stand for the continuation bytes 0x80-0xBF in cp1252 or Latin-1.
CONTINUATION = "\u0080-\u00bf" + re.escape(_CP1252_HIGH)
_CONT = f"[{CONTINUATION}]"
_LATIN_SEQUENCE = rf"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})"
_LATIN_RUN_RE = re.compile(rf"{_LATIN_SEQUENCE}+")
# Cheap pre-check: the lead of a 3- or 4-byte sequence (`ä` `å` `æ` `ç` `è` `é`...) before a
# continuation byte. Clean text almost never has one, so it skips all further work. It
# starts on the continuation byte: pinyin is full of `à` `é`, Chinese has fewer `“` `…`.
LATIN_LEAD = "\u00e0-\u00f4"
_LATIN_HINT_RE = re.compile(rf"{_CONT}(?<=[{LATIN_LEAD}]{_CONT})")

_CHINESE_RE = re.compile(f"[{CHINESE_CONTEXT}]")
_ALLOWED_RESULT_RE = re.compile(f"[{CHINESE_CONTEXT}\u0020-\u007e]+")

# The five bytes Windows-1252 leaves undefined. A decoder keeps them as C1 controls (the
# WHATWG and "sloppy" readings), drops them, or writes U+FFFD or `?` in their place.
_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
BYTE_OF: dict[str, int] = {chr(b): b for b in range(0x100)}  # ASCII, C1 controls, Latin-1
BYTE_OF.update({bytes((b,)).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in _UNDEFINED})
_LOST = "?\ufffd"  # what a decoder or a later re-encoding writes for an undefined byte
# A stretch of text that can be bytes read as Windows-1252 (lines are repaired apart).
_SEGMENT_RE = re.compile("[" + re.escape("".join(c for c in BYTE_OF if c not in "\n\r") + _LOST) + "]+")
_CJK_RESULT_RE = re.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef]")
# What a sequence with a lost byte may be restored to: Chinese, and the punctuation around it;
# a 2-byte sequence only to the pinyin letters whose second byte is undefined (ā ō ǐ).
_INFERRED_RESULT_RE = re.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’—…·•\U0001f000-\U0001faff]")
_INFERRED_PINYIN = "āōǐ"


# A repair that yields only one or two Chinese characters must yield common ones: Latin text
# such as `café»…` is valid UTF-8 too, but reads as a rare character (`caf黅`).
_FEW_HAN = 2
_COMMON_CHAR_LOG_PROBABILITY = -12.5
_HAN_RE = re.compile(f"[{HAN}]")


def _common_enough(repaired: str) -> bool:
    chars = _HAN_RE.findall(repaired)
    if not chars or len(chars) > _FEW_HAN:
        return True
    if all(score >= _COMMON_CHAR_LOG_PROBABILITY for score in log_probabilities(chars)):
        return True
    # Or together: 瀏覽 is a common word although 瀏 alone is a rare character.
    return log_probability("".join(chars)) >= _COMMON_CHAR_LOG_PROBABILITY


def _inside_latin_word(text: str, start: int) -> bool:
    """`café®®` continues a Latin word (its `é®®` reads as 鮮); `AIèŠ¯ç‰‡` is an acronym before mojibake."""
    return start > 0 and text[start - 1].isascii() and text[start - 1].islower()


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
    if len(_HAN_RE.findall(decoded)) <= _FEW_HAN and _inside_latin_word(match.string, match.start()):
        return run
    if _CHINESE_RE.search(decoded) and _ALLOWED_RESULT_RE.fullmatch(decoded) and _common_enough(decoded):
        return decoded
    return run


@dataclass
class _Sequence:
    """One UTF-8 sequence found in a segment: text[start:end] and what it may decode to."""

    start: int
    end: int
    candidates: tuple[str, ...]
    seen: int  # continuation bytes present in the text
    lost: int  # continuation bytes dropped or replaced by `?`/U+FFFD

    @property
    def cjk(self) -> bool:
        return any(_CJK_RESULT_RE.match(c) for c in self.candidates)


def _sequence_length(lead: int) -> int:
    """Continuation bytes a UTF-8 lead byte needs (0 for a byte that leads nothing)."""
    if 0xC2 <= lead <= 0xDF:
        return 1
    if 0xE0 <= lead <= 0xEF:
        return 2
    if 0xF0 <= lead <= 0xF4:
        return 3
    return 0


def _allowed(char: str, inferred: bool, need: int) -> bool:
    if inferred:
        return char in _INFERRED_PINYIN if need == 1 else _INFERRED_RESULT_RE.match(char) is not None
    return unicodedata.category(char) not in ("Cc", "Cs", "Co", "Cn")


@cache
def _decodings(lead: int, slots: tuple[int | None, ...], need: int) -> tuple[str, ...]:
    """Characters a lead byte and its continuation slots (None: lost) can have been.

    Slots missing at the end were dropped: they may have stood anywhere in the sequence.
    """
    found: list[str] = []
    missing = need - len(slots)
    for gaps in combinations(range(need), missing):
        template: list[int | None] = []
        rest = iter(slots)
        for position in range(need):
            template.append(None if position in gaps else next(rest))
        unknown = [i for i, b in enumerate(template) if b is None]
        for values in product(_UNDEFINED, repeat=len(unknown)):
            filled = list(template)
            for i, value in zip(unknown, values, strict=True):
                filled[i] = value
            try:
                char = bytes([lead, *filled]).decode("utf-8")  # type: ignore[list-item]
            except UnicodeDecodeError:
                continue
            if _allowed(char, bool(unknown), need) and char not in found:
                found.append(char)
    return tuple(found)


def _parse(segment: str) -> list[_Sequence | int]:
    """Split a segment into UTF-8 sequences and single characters (their index)."""
    items: list[_Sequence | int] = []
    i, size = 0, len(segment)
    while i < size:
        lead = BYTE_OF.get(segment[i], -1)
        need = _sequence_length(lead)
        if not need:
            items.append(i)
            i += 1
            continue
        slots: list[int | None] = []
        j = i + 1
        while len(slots) < need and j < size:
            char = segment[j]
            value = BYTE_OF.get(char, -1)
            if char in _LOST:
                slots.append(None)
            elif 0x80 <= value <= 0xBF:
                slots.append(value)
            elif (
                char == " "
                and len(slots) + 2 <= need
                and j + 1 < size
                and 0x80 <= BYTE_OF.get(segment[j + 1], -1) <= 0xBF
            ):
                slots.append(0xA0)  # a no-break space byte that became a plain space
            else:
                break
            j += 1
        candidates = _decodings(lead, tuple(slots), need)
        lost = need - sum(s is not None for s in slots)
        if lost and j < size and segment[j] == " " and len(slots) + 1 == need:
            # The last byte may be a no-break space turned into a plain one (`åŠ ` for 加),
            # or lost before a real space: both readings are candidates, the space kept in the second.
            spaced = _decodings(lead, (*slots, 0xA0), need)
            candidates = spaced + tuple(c + " " for c in candidates if c not in spaced)
            j += 1
        if not candidates:
            items.append(i)
            i += 1
            continue
        items.append(_Sequence(i, j, candidates, need - lost, lost))
        i = j
    return items


def _is_stray(segment: str, item: _Sequence | int) -> bool:
    """A single character that is neither ASCII nor part of a sequence: it ends a span."""
    return isinstance(item, int) and not segment[item].isascii()


def _spans(segment: str, items: list[_Sequence | int]) -> list[list[_Sequence | int]]:
    spans: list[list[_Sequence | int]] = [[]]
    for item in items:
        if _is_stray(segment, item):
            spans.append([item])
            spans.append([])
        else:
            spans[-1].append(item)
    return [span for span in spans if span]


def _convincing(span: list[_Sequence | int]) -> bool:
    """Enough continuation bytes present in Chinese sequences to outweigh the guessed ones."""
    sequences = [item for item in span if isinstance(item, _Sequence)]
    evidence = sum(s.seen for s in sequences if s.cjk)
    guessed = sum(s.lost for s in sequences)
    return evidence >= max(2, guessed)


# Characters of context scored either side of guessed characters, once annotations are
# dropped (from this many pieces of raw text): a few words either side decide.
_CHARS_BEFORE = 5
_CHARS_AFTER = 6
_RAW_CONTEXT = 48
_MAX_OPTIONS = 10  # candidates per guessed character, the likeliest alone
_BEAM = 4  # partial choices kept while guessing neighbouring characters together
_CLUSTER_GAP = 2  # guesses this few characters apart (annotations aside) are chosen together


@cache
def _following_annotation_re() -> re.Pattern[str]:
    return re.compile(rf"[(（]({syllable_pattern()})[)）]")


def _fitting_annotation(candidates: tuple[str, ...], after: str) -> tuple[str, ...]:
    """The candidates read as the annotation right after them, if there is one and any fits."""
    match = _following_annotation_re().match(after)
    if match is None:
        return candidates
    syllable = toneless(match.group(1))
    fitting = tuple(c for c in candidates if syllable in {toneless(r) for r in readings(c[:1])})
    return fitting or candidates


# What the word model cannot tell: it scores every character it does not know alike.
_RARE_HAN_RE = re.compile("[\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f]")
_RARE_PENALTY = 15.0  # an extension or compatibility ideograph: as unlikely as an unknown word
_PAIRS = {"」": "「", "』": "『", "】": "【", "”": "“", "’": "‘", "》": "《", "）": "（"}
_OPENERS = {opener: closer for closer, opener in _PAIRS.items()}
_UNPAIRED_PENALTY = 10.0  # a closing bracket with no opening one before it, or the reverse
_DIGITS = set("零〇一二两兩三四五六七八九十")
_NUMERALS = _DIGITS | set("百千万萬亿億")
_NUMERAL_BONUS = 8.0  # a digit after a digit or before a numeral: 超十亿, 八十五, which unigrams miss


def _prior(pieces: list[str], index: int) -> float:
    char = pieces[index][:1]  # a candidate may carry the space after it
    if _RARE_HAN_RE.match(char):
        return -_RARE_PENALTY
    if char in _PAIRS:
        earlier = "".join(pieces[:index])
        return 0.0 if earlier.count(_PAIRS[char]) > earlier.count(char) else -_UNPAIRED_PENALTY
    if char in _OPENERS:
        return 0.0 if _OPENERS[char] in "".join(pieces[index + 1 :]) else -_UNPAIRED_PENALTY
    if char in _DIGITS:
        before = strip_annotations("".join(pieces[max(0, index - _RAW_CONTEXT) : index]))
        after = strip_annotations("".join(pieces[index : index + _RAW_CONTEXT]))
        if before[-1:] in _DIGITS or after[1:2] in _NUMERALS:
            return _NUMERAL_BONUS
    return 0.0


@cache
def _form(char: str) -> int:
    """1 for a traditional-only character (后 is both), -1 for a simplified-only one, else 0."""
    if converter("t2s").convert(char) != char:
        return 1
    return -1 if converter("s2t").convert(char) != char else 0


def _script(text: str) -> int:
    """1 when text is written in traditional characters, -1 in simplified ones, 0 if unclear."""
    forms = [_form(c) for c in _HAN_RE.findall(text)]
    traditional, simplified = forms.count(1), forms.count(-1)
    if traditional >= 2 and not simplified:
        return 1
    if simplified >= 2 and not traditional:
        return -1
    return 0


def _clusters(pieces: list[str], indexes: list[int]) -> list[list[int]]:
    """Guessed positions grouped where they are close enough to form words together."""
    clusters: list[list[int]] = []
    for index in indexes:
        if clusters:
            between = strip_annotations("".join(pieces[clusters[-1][-1] : index]))
            if len(between) - 1 <= _CLUSTER_GAP:
                clusters[-1].append(index)
                continue
        clusters.append([index])
    return clusters


def _choose_cluster(
    pieces: list[str], cluster: list[int], options: dict[int, tuple[str, ...]], scored: dict[str, float]
) -> None:
    """Set the cluster's guesses to the likeliest reading, a beam search left to right."""
    start, end = cluster[0], cluster[-1] + 1
    before = strip_annotations("".join(pieces[max(0, start - _RAW_CONTEXT) : start]))[-_CHARS_BEFORE:]
    # The last guess stands in front so that an annotation right after the cluster is seen as one.
    after = strip_annotations("".join(pieces[end - 1 : end + _RAW_CONTEXT]))[1 : 1 + _CHARS_AFTER]
    beam: list[tuple[str, ...]] = [()]
    for step, index in enumerate(cluster):
        grown = [choice + (c,) for choice in beam for c in options[index]]
        if len(grown) == 1:
            beam = grown
            continue
        windows, priors = [], []
        for choice in grown:
            for position, char in zip(cluster, choice, strict=False):
                pieces[position] = char
            # Spaces out: a candidate may keep one (`及 `), and the word model knows none.
            windows.append((before + strip_annotations("".join(pieces[start:end])) + after).replace(" ", ""))
            priors.append(sum(_prior(pieces, position) for position in cluster[: step + 1]))
        missing = [w for w in dict.fromkeys(windows) if w not in scored]
        if missing:
            scored.update(zip(missing, log_probabilities(missing), strict=True))
        scores = [scored[w] + p for w, p in zip(windows, priors, strict=True)]
        ranked = sorted(range(len(grown)), key=lambda i: -scores[i])
        beam = [grown[i] for i in ranked[:_BEAM]]
        for position, char in zip(cluster, beam[0], strict=False):
            pieces[position] = char
    for position, char in zip(cluster, beam[0], strict=True):
        pieces[position] = char


def _repair_span(segment: str, span: list[_Sequence | int]) -> str:
    """The span decoded, each guessed character chosen in context."""
    pieces: list[str] = []
    guessed: list[tuple[int, tuple[str, ...]]] = []
    for item in span:
        if isinstance(item, int):
            pieces.append(segment[item])
        else:
            if len(item.candidates) > 1:
                guessed.append((len(pieces), item.candidates))
            pieces.append(item.candidates[0])
    options: dict[int, tuple[str, ...]] = {}
    known = set(range(len(pieces))) - {index for index, _ in guessed}
    script = _script("".join(pieces[i] for i in sorted(known)))
    for index, candidates in guessed:
        after = "".join(pieces[index + 1 : index + 1 + _RAW_CONTEXT])
        fitting = _fitting_annotation(candidates, after)
        if script:  # a traditional line does not hold a simplified-only character, nor the reverse
            fitting = tuple(c for c in fitting if _form(c[:1]) != -script) or fitting
        # The likeliest characters alone, the likeliest first: context for the first choices.
        alone = [
            s - (_RARE_PENALTY if _RARE_HAN_RE.match(c) else 0.0)
            for c, s in zip(fitting, log_probabilities(list(fitting)), strict=True)
        ]
        ranked = sorted(range(len(fitting)), key=lambda i: -alone[i])
        options[index] = tuple(fitting[i] for i in ranked[:_MAX_OPTIONS])
        pieces[index] = options[index][0]
    initial = {index: pieces[index] for index in options}
    scored: dict[str, float] = {}
    clusters = _clusters(pieces, list(options))
    for cluster in clusters:
        _choose_cluster(pieces, cluster, options, scored)
    # Each cluster was chosen with the guesses after it still at their first value: choose
    # again where one of those has changed since.
    for cluster in clusters:
        reach = range(cluster[-1] + 1, cluster[-1] + 1 + _RAW_CONTEXT)
        if any(pieces[i] != initial[i] for i in reach if i in initial):
            _choose_cluster(pieces, cluster, options, scored)
    return "".join(pieces)


def _span_text(segment: str, span: list[_Sequence | int]) -> str:
    first, last = span[0], span[-1]
    start = first if isinstance(first, int) else first.start
    end = last + 1 if isinstance(last, int) else last.end
    return segment[start:end]


def _repair_segment(match: re.Match[str]) -> str:
    segment = match.group(0)
    if _LATIN_HINT_RE.search(segment) is None:
        return segment
    out: list[str] = []
    for span in _spans(segment, _parse(segment)):
        original = _span_text(segment, span)
        repaired = None
        if any(isinstance(item, _Sequence) for item in span) and _convincing(span):
            repaired = _repair_span(segment, span)
        if repaired is not None and len(_HAN_RE.findall(repaired)) <= _FEW_HAN:
            starts = [
                item.start
                for item in span
                if isinstance(item, _Sequence) and any(_HAN_RE.match(c) for c in item.candidates)
            ]
            if any(_inside_latin_word(segment, start) for start in starts):
                repaired = original
        if repaired is None or not _common_enough(repaired):
            repaired = _LATIN_RUN_RE.sub(_repair_latin_run, original)
        out.append(repaired)
    return "".join(out)


def repair_latin1(text: str) -> str:
    """`ä¸­å›½` -> `中国`, `ç•¶(dÄ\x81ng)` -> `當(dāng)`: UTF-8 read as Windows-1252 or Latin-1.

    Each stretch of text that can be such bytes is split where a character fits no UTF-8
    sequence; each part is re-read whole (see the module docstring), or else only its
    runs that decode to Chinese are.
    """
    if _LATIN_HINT_RE.search(text) is None:
        return text
    return _SEGMENT_RE.sub(_repair_segment, text)
