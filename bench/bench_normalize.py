"""normalize_text throughput on about 1 MB of mirror text, next to raw OpenCC in the same run.

Run: python bench/bench_normalize.py [--mb 1.0] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import clean_paragraphs  # noqa: E402

from crawler.demo.mirror import (  # noqa: E402
    annotate,
    byte_phase_damage,
    mojibake_latin1,
    mojibake_legacy,
    to_traditional,
)
from crawler.text import normalize_text  # noqa: E402
from crawler.text.convert import DEFAULT_CONFIG  # noqa: E402


def mirror_text(
    megabytes: float, *, damaged_share: float, annotated: bool = True, rate: float = 0.15, seed: int = 7
) -> str:
    """Mirror text: traditional, pinyin after a share (rate) of characters, byte-phase damage in some lines."""
    rng = random.Random(seed)
    paragraphs = clean_paragraphs()
    lines, size = [], 0
    while size < megabytes * 1_000_000:
        text = rng.choice(paragraphs)
        if annotated:
            text = annotate(to_traditional(text), rng=rng, rate=rate)
            if rng.random() < damaged_share:
                text = byte_phase_damage(text, rng=rng)
        lines.append(text)
        size += len(text.encode("utf-8")) + 1
    return "\n".join(lines)


def dropped_undefined(mojibake: str) -> str:
    """Windows-1252 mojibake whose undefined bytes (kept as C1 controls) were dropped."""
    return mojibake.translate(dict.fromkeys(map(ord, "\x81\x8d\x8f\x90\x9d")))


def best_of(repeat: int, func, *args) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(*args)
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    raw = opencc.OpenCC(DEFAULT_CONFIG)
    inputs = (
        # What the seed page looks like: pinyin after about a third of the characters and
        # rare damage (3 `?` marks in its 9.5 KB).
        (
            "mirror, seed-like: pinyin-dense, rare damage",
            mirror_text(args.mb, damaged_share=0.01, rate=0.3),
        ),
        ("mirror, 15% of lines byte-phase damaged", mirror_text(args.mb, damaged_share=0.15)),
        ("mirror, 50% of lines byte-phase damaged", mirror_text(args.mb, damaged_share=0.5)),
        ("clean simplified original", mirror_text(args.mb, damaged_share=0, annotated=False)),
        # A whole page of UTF-8 read as Windows-1252 (mojibake doubles the size in bytes).
        (
            "mirror read as Windows-1252, C1 controls kept",
            mojibake_latin1(mirror_text(args.mb / 2, damaged_share=0)),
        ),
        # A whole page of GBK read as Windows-1252 (characters GBK lacks left out).
        (
            "mirror as GBK read as Windows-1252",
            "\n".join(
                filter(None, map(mojibake_legacy, mirror_text(args.mb / 2, damaged_share=0).split("\n")))
            ),
        ),
        # Guessing the dropped bytes is slow: a tenth of the size.
        (
            "mirror read as Windows-1252, undefined bytes dropped",
            dropped_undefined(mojibake_latin1(mirror_text(args.mb / 20, damaged_share=0))),
        ),
    )
    print(f"normalize_text vs raw OpenCC({DEFAULT_CONFIG}).convert, best of {args.repeat}")
    print(f"{'input':55} {'MB':>5} {'OpenCC MB/s':>12} {'normalize MB/s':>15} {'ratio':>6}")
    for label, text in inputs:
        size = len(text.encode("utf-8")) / 1e6
        normalize_text(text)  # warm caches: syllable regex, jieba dictionary
        t_raw = best_of(args.repeat, raw.convert, text)
        t_norm = best_of(args.repeat, normalize_text, text)
        print(f"{label:55} {size:5.2f} {size / t_raw:12.1f} {size / t_norm:15.1f} {t_raw / t_norm:6.2f}")
    print("target: ratio >= 0.5")


if __name__ == "__main__":
    main()
