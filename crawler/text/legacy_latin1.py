"""Undo mojibake of the legacy kind: GBK bytes decoded as Latin-1 or Windows-1252 (`ÖÐ¹ú` for 中国).

A GBK page served without a charset and read with HTTP's old default turns each Chinese
character into two Latin-1 letters or signs, and copies of such text travel on. A run of
them is read back as GBK only where every pair is one GBK character, the result is Chinese,
and it reads as far more plausible Chinese than the Latin text it replaces: Latin words
(`Müller`, `25°C`, `café`) make at most one rare character and stay. A lone pair (`Äê` for 年
after a year) is read back only in a text where longer runs were, and only to a common character.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .chars import HAN
from .mojibake import BYTE_OF
from .plausibility import log_probabilities

# Which byte each character read as Latin-1 or Windows-1252 stands for: mojibake.py's map.
_BYTE_OF = BYTE_OF


def _chars_of(values: range | list[int]) -> str:
    return re.escape("".join(char for char, byte in _BYTE_OF.items() if byte in values))


_HIGH = _chars_of(range(0x80, 0x100))
_LEAD = _chars_of(range(0x81, 0xFF))
_TRAIL = _chars_of([*range(0x40, 0x7F), *range(0x80, 0xFF)])
# A run starts after a character that is no byte above 0x7F, where GBK pairs are read from,
# and ends before one: a byte left over is no GBK (`ç”Ÿ(` is 生 in UTF-8, then a parenthesis).
_RUN_RE = re.compile(f"(?<![{_HIGH}])(?:[{_LEAD}][{_TRAIL}])+(?![{_HIGH}])")
# What the scan in triage.py looks for: a letter from À to ÿ next to another character of a
# byte above 0x7F. Annotated pinyin has such pairs too (`lüè`), so the letter may not be a
# pinyin vowel (à á è é ì í ò ó ù ú ü ê), which spares annotated text the scan's start.
TRIGGER_START = "\u00c0-\u00df\u00e2-\u00e7\u00eb\u00ee-\u00f1\u00f4-\u00f8\u00fb\u00fd-\u00ff"
TRIGGER_AFTER = f"(?:(?<=[{_HIGH}][{TRIGGER_START}])|(?=[{_HIGH}]))"

# GBK also holds pinyin letters (`¨¡` is ā), symbols (℃ ① ■), Greek and Cyrillic: all may
# read back, but not its private-use pairs, which no text means.
_UNMEANT_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\uf8ff]")
_HAN_RE = re.compile(f"[{HAN}]")
_CJK_RE = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef]")
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
# What a pair read back may be outside a run that makes Chinese: punctuation, full-width
# forms, pinyin letters and the signs printed among Chinese.
_SHORT_RESULT_RE = re.compile(
    f"[{HAN}\u3000-\u303f\uff00-\uffef\u2010-\u206f\u2103\u00b0\u00b1\u00b7\u00d7\u00f7"
    "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜê\u0020-\u007e]+"
)
_HAN_STRETCH_RE = re.compile(f"[{HAN}]+")
# Read back, the runs of a text must score this well per character (natural log, jieba's
# unigram model) taken together: real Chinese scores about -6, random pairs of Latin-1
# letters read as GBK about -12.5. Latin text, whose characters jieba does not know, scores
# about -18.6 as it stands.
_PLAUSIBLE_PER_CHAR = -10.0
# Each run alone must not read as mostly unknown characters.
_RUN_PER_CHAR = -13.0
# A lone pair is taken for a character jieba knows well enough alone (圳 scores -14.6, one
# it has never seen alone -18.6).
_KNOWN_CHAR_LOG_PROBABILITY = -16.0


@dataclass(frozen=True)
class _Run:
    """A run of pairs, text[start:end], its GBK reading and, when its bytes are UTF-8 with
    one Chinese character or sign, that reading."""

    start: int
    end: int
    gbk: str
    utf8: str | None

    @property
    def han(self) -> int:
        return len(_HAN_RE.findall(self.gbk))


def _utf8(data: bytes) -> str:
    """data read as UTF-8 ("" when it is not); it may end inside a sequence, where pairs stopped."""
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data)
    except UnicodeDecodeError:
        return ""


def _read(match: re.Match[str]) -> _Run | None:
    data = bytes(_BYTE_OF[char] for char in match.group(0))
    # Chinese as UTF-8 read as Latin-1 makes pairs too: it is mojibake.py's to repair. Its runs
    # hold two Chinese characters (a run is pairs, and one character is three bytes) unless an
    # ASCII byte ends the last pair (`ä»ŠA`, 今A), and may start on the continuation bytes a
    # lost byte left. GBK pairs hardly ever make two Chinese characters of valid UTF-8; one
    # they may (`Ó¦æ\x9c\x85f`, 应鏈協, is Ӧ朅f): the likelier reading decides then.
    rest = data.lstrip(_CONTINUATION_BYTES)
    utf8 = _utf8(data)
    cjk = len(_CJK_RE.findall(utf8))
    if cjk >= 2 or (len(data) - len(rest) < 4 and len(_CJK_RE.findall(_utf8(rest))) >= 2):
        return None
    try:
        gbk = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if _UNMEANT_RE.search(gbk):
        return None
    return _Run(match.start(), match.end(), gbk, utf8 if cjk else None)


def _per_char(texts: list[str]) -> list[float]:
    """Each text's log-probability per Chinese character, its Chinese stretches scored apart."""
    stretches = [_HAN_STRETCH_RE.findall(text) for text in texts]
    scores = iter(log_probabilities([stretch for group in stretches for stretch in group]))
    return [sum(next(scores) for _ in group) / max(1, sum(map(len, group))) for group in stretches]


def _in_latin_word(text: str, run: _Run) -> bool:
    """A lone character next to a lower-case Latin letter: `ür` of `Zürich` reads as a rare 黵,
    `Ã£` of `SÃ£o` as 茫. Chinese seldom puts one character alone against a Latin word."""
    return run.han == len(run.gbk) == 1 and any(
        0 <= i < len(text) and "a" <= text[i] <= "z" for i in (run.start - 1, run.end)
    )


def repair_legacy_latin1(text: str) -> str:
    """`ÖÐ¹ú¾­¼Ã` -> `中国经济`: GBK read as Latin-1 or Windows-1252."""
    runs = [run for match in _RUN_RE.finditer(text) if (run := _read(match))]
    rivals = [run for run in runs if run.utf8 is not None]
    if rivals:  # a reading that is no likelier than UTF-8's is left to mojibake.py
        scores = _per_char([run.gbk for run in rivals] + [run.utf8 or "" for run in rivals])
        lost = {id(run) for run, gbk, utf8 in zip(rivals, scores, scores[len(rivals) :]) if gbk <= utf8}  # noqa: B905
        runs = [run for run in runs if id(run) not in lost]
    runs = [
        run
        for run in runs
        if run.han >= 2 or (_SHORT_RESULT_RE.fullmatch(run.gbk) and not _in_latin_word(text, run))
    ]
    chain = "".join(_HAN_RE.findall("".join(run.gbk for run in runs)))
    if len(chain) < 2:
        return text
    # The Chinese of all runs in a row (annotations and ASCII between them left out), then each
    # run alone: the text is taken as GBK when the first reads as Chinese, and in it every run
    # that does not read as mostly unknown characters.
    scores = _per_char([chain] + [run.gbk for run in runs])
    if scores[0] < _PLAUSIBLE_PER_CHAR:
        return text
    taken = [
        run
        for run, score in zip(runs, scores[1:], strict=True)
        if score >= (_RUN_PER_CHAR if run.han >= 2 else _KNOWN_CHAR_LOG_PROBABILITY)
    ]
    out, pos = [], 0
    for run in taken:
        out.append(text[pos : run.start] + run.gbk)
        pos = run.end
    out.append(text[pos:])
    return "".join(out)
