"""normalize_text throughput on about 1 MB of seed-like mirror text, next to raw OpenCC.

Run: python bench/bench_normalize.py [--mb 1.0] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import time

import opencc
from _corpus import clean_paragraphs

from crawler.demo.mirror import annotate, byte_phase_damage, to_traditional
from pipelines.text import normalize_text
from pipelines.text.convert import DEFAULT_CONFIG


def mirror_text(megabytes: float, seed: int = 7) -> str:
    """Seed-like text: traditional, pinyin after some characters, byte-phase damage in half the lines."""
    rng = random.Random(seed)
    paragraphs = clean_paragraphs()
    lines, size = [], 0
    while size < megabytes * 1_000_000:
        text = annotate(to_traditional(rng.choice(paragraphs)), rng=rng, rate=0.15)
        if rng.random() < 0.5:
            text = byte_phase_damage(text, rng=rng)
        lines.append(text)
        size += len(text.encode("utf-8")) + 1
    return "\n".join(lines)


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
    text = mirror_text(args.mb)
    size = len(text.encode("utf-8")) / 1e6
    normalize_text(text)  # warm caches: syllable regex, jieba dictionary
    raw = opencc.OpenCC(DEFAULT_CONFIG)
    t_raw = best_of(args.repeat, raw.convert, text)
    t_norm = best_of(args.repeat, normalize_text, text)
    print(f"text: {size:.2f} MB, best of {args.repeat}")
    print(f"raw OpenCC({DEFAULT_CONFIG}).convert: {size / t_raw:7.1f} MB/s")
    print(f"normalize_text:                 {size / t_norm:7.1f} MB/s")
    print(f"ratio normalize/raw OpenCC:     {t_raw / t_norm:7.2f}x  (target >= 0.5x)")


if __name__ == "__main__":
    main()
