"""How each site prints a clean string: as it is (original, mirror-b) or as mirror-a does.

mirror-a prints traditional characters with pinyin after some of them, and some paragraphs with
byte-phase damage or litter. Only renderings ``normalize_text`` reads back to exactly the clean text
are kept, so the truth stays what the extractor must return.
"""

from __future__ import annotations

import hashlib
import html
import random
from collections.abc import Iterable, Sequence

from crawler.demo import mirror
from crawler.demo.content import Plan

__all__ = ["MirrorText", "Skin", "attr", "esc"]


class MirrorText:
    """Renders clean strings as mirror-a prints them, keeping only what ``normalize_text`` reads back.

    ``prepare`` renders candidates for many strings at once and checks them with one call of the
    normaliser; ``render`` then picks one of the checked renderings.
    """

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.variants: dict[str, list[str]] = {}
        self.damaged: dict[str, str | None] = {}
        self.littered: dict[str, str | None] = {}
        self._syllables: dict[str, list[str | None]] = {}
        self.fallbacks = 0

    def syllables(self, text: str) -> list[str | None]:
        """Readings of every character, computed sentence by sentence and cached."""
        out: list[str | None] = []
        start = 0
        while start < len(text):
            end = text.find("。", start)
            end = len(text) if end == -1 else end + 1
            piece = text[start:end]
            if piece not in self._syllables:
                self._syllables[piece] = mirror.readings(piece)
            out.extend(self._syllables[piece])
            start = end
        return out

    def _annotate(self, text: str, *, rate: float, fullwidth: bool) -> str:
        trad = mirror.to_traditional(text)
        syllables = self.syllables(text) if len(trad) == len(text) else [None] * len(trad)
        left, right = ("\uff08", "\uff09") if fullwidth else ("(", ")")
        out: list[str] = []
        for ch, syl in zip(trad, syllables, strict=True):
            out.append(ch)
            if syl and mirror.is_han(ch) and self.rng.random() < rate:
                out.append(f"{left}{syl}{right}")
        return "".join(out)

    def prepare(self, texts: Iterable[str], *, paragraphs: bool = False) -> None:
        """Render and check every new string of ``texts`` (paragraphs also get damage and litter)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self.variants]
        if not todo:
            return
        candidates: list[tuple[str, str, str]] = []  # (clean, kind, rendered)
        for text in todo:
            first = self._annotate(text, rate=0.3, fullwidth=False)
            candidates.append((text, "plain", first))
            candidates.append((text, "plain", self._annotate(text, rate=0.2, fullwidth=True)))
            if paragraphs:
                candidates.append((text, "litter", mirror.litter(first, rng=self.rng, symbol_rate=0.05)))
                candidates.extend((text, "damage", d) for d in self._damage(text))
        passed = _check(candidates)
        for text in todo:
            self.variants[text] = []
            if paragraphs:
                self.damaged[text] = None
                self.littered[text] = None
        for (text, kind, rendered), ok in zip(candidates, passed, strict=True):
            if not ok:
                continue
            if kind == "plain":
                self.variants[text].append(rendered)
            elif kind == "damage" and self.damaged[text] is None:
                self.damaged[text] = rendered
            elif kind == "litter":
                self.littered[text] = rendered
        missing = [t for t in todo if not self.variants[t]]
        if missing:
            plain = [(t, "plain", mirror.to_traditional(t)) for t in missing]
            for (text, _, rendered), ok in zip(plain, _check(plain), strict=True):
                self.variants[text] = [rendered if ok else text]
                self.fallbacks += 1

    def _damage(self, text: str) -> list[str]:
        trad = mirror.to_traditional(text)
        if len(trad) != len(text):
            return []
        for attempt in range(4):
            seed = int.from_bytes(
                hashlib.blake2b(f"{text}|{attempt}".encode(), digest_size=4).digest(), "big"
            )
            try:
                damage = mirror.byte_phase_details(trad, rng=random.Random(seed), context=text, rate=0.15)
            except ValueError:
                return []
            if damage.cross_matches and damage.errors == 0:
                return [damage.text]
        return []

    def render(self, text: str, rng: random.Random) -> str:
        choices = self.variants[text]
        return choices[rng.randrange(len(choices))] if len(choices) > 1 else choices[0]

    def prefix(self, text: str, n: int, rng: random.Random) -> str:
        """The first ``n`` characters of ``text``, annotated but not checked (summaries)."""
        cut = text[:n]
        trad = mirror.to_traditional(cut)
        syllables = self.syllables(text)[:n] if len(trad) == len(cut) else [None] * len(trad)
        return "".join(
            ch + (f"({syl})" if syl and mirror.is_han(ch) and rng.random() < 0.25 else "")
            for ch, syl in zip(trad, syllables, strict=True)
        )


def _check(candidates: Sequence[tuple[str, str, str]]) -> list[bool]:
    """Which renderings normalise back to exactly their clean text (one normaliser call)."""
    from crawler.text import normalize_text

    if not candidates:
        return []
    lines = [rendered.replace("\n", " ") for _, _, rendered in candidates]
    back = normalize_text("\n".join(lines)).split("\n")
    if len(back) != len(lines):  # never expected; fall back to one call per line
        back = [normalize_text(line) for line in lines]
    return [b == clean for (clean, _, _), b in zip(candidates, back, strict=True)]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


class Skin:
    """How one site prints a clean string: plain (original, mirror-b) or as mirror-a does."""

    def __init__(self, site: str, rng: random.Random, mirror_text: MirrorText | None) -> None:
        self.site = site
        self.rng = rng
        self.mt = mirror_text

    def __call__(self, text: str) -> str:
        if self.mt is None:
            return esc(text)
        return esc(self.mt.render(text, self.rng))

    def para(self, plan: Plan, i: int) -> str:
        text = plan.paragraphs[i]
        if self.mt is not None:
            if i == plan.damage and self.mt.damaged.get(text):
                return esc(self.mt.damaged[text])  # type: ignore[arg-type]
            if i == plan.littered and self.mt.littered.get(text):
                return esc(self.mt.littered[text])  # type: ignore[arg-type]
        return self(text)

    def summary(self, plan: Plan) -> str:
        lead = plan.paragraphs[0]
        n = min(plan.summary_cut, len(lead))
        if self.mt is None:
            return esc(lead[:n])
        return esc(self.mt.prefix(lead, n, self.rng))
