"""Mandarin syllables and the pinyin annotations mirrors inject after characters.

The inventory comes from pypinyin's character readings, so an annotation is only
recognised when it is a syllable Mandarin actually has (``(dāng)``, ``(men)``,
``(lve)``), never a loose run of letters such as ``(long)`` after Latin text or ``(AI)``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from .chars import DECORATIVE, HAN

_TONE_MARKS = {"\u0300", "\u0301", "\u0304", "\u030c"}
# Interjection syllables (m, n, ng, hm, hng, ê): real readings, but as bare letters
# in parentheses they are far likelier to be text than an annotation.
_INTERJECTIONS = {"m", "n", "ng", "hm", "hng", "ê"}


@cache
def _pinyin_table() -> dict[int, str]:
    """pypinyin's character table (code point -> comma-separated readings).

    Read from its own module without importing the package: ``import pypinyin`` builds its
    phrase dictionary and word segmenter (0.2 s of CPU, in every extraction worker), and only
    this table is used here.
    """
    if "pypinyin.pinyin_dict" in sys.modules:
        return sys.modules["pypinyin.pinyin_dict"].pinyin_dict
    try:
        package = importlib.util.find_spec("pypinyin")
        assert package is not None and package.origin is not None
        spec = importlib.util.spec_from_file_location(
            "_chanjing_pinyin_table", Path(package.origin).parent / "pinyin_dict.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.pinyin_dict
    except Exception:  # a pypinyin laid out otherwise: the ordinary import
        from pypinyin.pinyin_dict import pinyin_dict

        return pinyin_dict


@cache
def toneless(syllable: str) -> str:
    """Canonical toneless spelling: lower case, tone marks dropped, ü written v."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    bare = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare).replace("ü", "v")


def _spellings(reading: str) -> set[str]:
    """Every way a mirror may print one reading: with tone, toneless, ü as ü or v, or with the
    tone as a number (`chan3`, `lv4`; 5 for the neutral tone)."""
    plain = toneless(reading)
    forms = {reading, reading.replace("ü", "v"), plain, plain.replace("v", "ü")}
    if plain in ("lve", "nve"):
        forms.add(plain.replace("ve", "ue"))  # the keyboard spelling lue/nue
    forms |= {f"{form}{tone}" for form in forms if form.isascii() or "ü" in form for tone in "12345"}
    return forms


@cache
def inventory() -> frozenset[str]:
    """All toneless Mandarin syllables (about 420)."""
    syllables = {toneless(r) for readings in _pinyin_table().values() for r in readings.split(",")}
    return frozenset(syllables - _INTERJECTIONS)


@cache
def _all_spellings() -> frozenset[str]:
    known = inventory()
    forms: set[str] = set()
    for readings in _pinyin_table().values():
        for reading in readings.split(","):
            if toneless(reading) in known:
                forms |= _spellings(reading)
    return frozenset(forms)


@cache
def _readers() -> Counter[str]:
    """Each prefix of a tone-marked reading -> how many characters have a reading that starts so."""
    return Counter(
        reading[:end]
        for readings in _pinyin_table().values()
        for reading in readings.split(",")
        for end in range(1, len(reading) + 1)
    )


def _trie_pattern(words: frozenset[str], weight: Counter[str] | None = None) -> str:
    """A regex alternation shaped as a trie: fast to match, longest spelling first.

    At each node the branch with the greatest weight (of the prefix it leads to) comes
    first: the regex engine tries branches in order.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    weight = weight or Counter()

    def render(node: dict, prefix: str) -> str:
        chars = sorted((ch for ch in node if ch), key=lambda ch: (-weight[prefix + ch], ch))
        branches = [re.escape(ch) + render(node[ch], prefix + ch) for ch in chars]
        if not branches:
            return ""
        if "" in node:
            # An empty last branch rather than `(?:...)?`: the same match, and the regex
            # engine runs a branch faster than a repeat.
            return "(?:" + "|".join(branches) + "|)"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(trie, "")


@cache
def syllable_pattern() -> str:
    """Regex source matching exactly one spelled Mandarin syllable.

    Branches are ordered by how many characters are read so, as mirrors print readings
    (with tone marks): the likeliest annotations are matched with the fewest tries.
    """
    return _trie_pattern(_all_spellings(), _readers())


@cache
def _annotations_re(opening: str = "[(（]") -> re.Pattern[str]:
    syllable = syllable_pattern()
    # The syllable must fill the parentheses: the trie may stop at a prefix.
    one = rf"[(（](?:{syllable})[)）]"
    # Starting on the parenthesis (not on a look-behind) lets the regex engine skip
    # ahead to candidate positions; the look-behind then checks the Han character. The
    # repeat is possessive: nothing follows it to give back for, and it keeps no state.
    return re.compile(rf"{opening}(?<=[{HAN}][(（])(?:{syllable})[)）](?:{one})*+")


_HAN_RE = re.compile(f"[{HAN}]+")
_DECORATION_HINT_RE = re.compile(f"[{DECORATIVE}]")
_DECORATION_RE = re.compile(rf"(?<=[{HAN})）])[{DECORATIVE}]+(?=[{HAN}(（])")


def strip_decorations(text: str) -> str:
    """Drop dingbats sprinkled between characters and annotations (`國(guo)⛦(guo)務`)."""
    if _DECORATION_HINT_RE.search(text) is None:
        return text
    return _DECORATION_RE.sub("", text)


def strip_annotations(text: str) -> str:
    """Remove pinyin annotations after Chinese characters: `當(dāng)前` -> `當前`, and a
    word's (`產業(chǎn yè)`, `專家(zhuānjiā)`) where each syllable is a reading of its character."""
    # Without full-width parentheses a literal `(` starts every annotation, which the regex
    # engine finds by a fast substring search instead of testing each character.
    if "（" in text:
        opening = "[(（]"
    elif "(" in text:
        opening = r"\("
    else:
        return text
    text = _annotations_re(opening).sub("", text)
    # A word's reading is rarer: each parenthesis looked for apart, as a literal.
    for parenthesis in ("\\(", "（"):
        if parenthesis[-1] in text:
            text = _word_annotations_re(parenthesis).sub(_word_annotation, text)
    return text


_MOST_WORD_SYLLABLES = 4
_SEPARATORS = (" ", "'", "’", "-")


@cache
def _word_annotations_re(opening: str) -> re.Pattern[str]:
    syllable = syllable_pattern()
    more = _MOST_WORD_SYLLABLES - 1
    return re.compile(
        rf"{opening}(?<=[{HAN}][{HAN}][(（])(?:{syllable})(?:[ '’-]?(?:{syllable})){{1,{more}}}[)）]"
    )


@cache
def _reads_as(char: str) -> frozenset[str]:
    return frozenset(form.lower() for reading in readings(char) for form in _spellings(reading))


def _word_annotation(match: re.Match[str]) -> str:
    """Nothing, when the reading spells the characters before it syllable by syllable."""
    reading = match.group(0)[1:-1].lower()
    before = match.string[max(0, match.start() - _MOST_WORD_SYLLABLES) : match.start()]
    for count in range(2, len(before) + 1):
        word = before[-count:]
        if not _HAN_RE.fullmatch(word):
            break
        # Where the reading can stand after each character: a spelling of it, then a separator or not.
        ends = {0}
        for char in word:
            ends = {
                end + len(form) + (reading[end + len(form) : end + len(form) + 1] in _SEPARATORS)
                for end in ends
                for form in _reads_as(char)
                if reading.startswith(form, end)
            }
        if len(reading) in ends:
            return ""
    return match.group(0)


def is_syllable(text: str) -> bool:
    """True when text is one Mandarin syllable in any spelling mirrors use."""
    return text in _all_spellings()


@cache
def readings(char: str) -> tuple[str, ...]:
    """Tone-marked readings of a character, most common first."""
    found = _pinyin_table().get(ord(char))
    return tuple(found.split(",")) if found else ()
