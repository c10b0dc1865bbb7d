"""extract() ms/page on seed-sized mirror pages, next to trafilatura and GNE in the same run.

Run: pip install -e '.[bench]' && python bench/bench_extract.py [--pages 200]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import clean_paragraphs  # noqa: E402

from crawler.demo.mirror import annotate, byte_phase_damage, to_traditional  # noqa: E402
from crawler.extract import extract  # noqa: E402


def mirror(text: str, rng: random.Random, damaged: bool = False) -> str:
    text = annotate(to_traditional(text), rng=rng, rate=0.15)
    return byte_phase_damage(text, rng=rng) if damaged else text


def seed_sized_page(rng: random.Random, paragraphs: list[str], n: int) -> bytes:
    """A mirror article page of the seed's size: 5 long paragraphs, 4 related items."""
    body = "".join(
        f"<p>　　{mirror(''.join(rng.sample(paragraphs, 2)), rng, rng.random() < 0.15)}</p>" for _ in range(5)
    )
    related = "".join(
        f'<li><a href="/html/2025/0103/{n * 10 + i}.html"><img src="/u/{i}.jpg" alt="{mirror(t, rng)}"></a>'
        f'<a href="/html/2025/0103/{n * 10 + i}.html">{mirror(t, rng)}</a>'
        f"<p>{mirror(rng.choice(paragraphs)[:150], rng)}... <a href='/html/2025/0103/{n * 10 + i}.html'>[閱讀]</a></p></li>"
        for i, t in enumerate(p[:30] for p in rng.sample(paragraphs, 4))
    )
    title = mirror(rng.choice(paragraphs)[:28], rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<script>var _hmt = _hmt || [];</script><link rel="stylesheet" href="/css/style.css"></head><body>
<div class="top"><div class="logo"><a href="/"><img src="/logo.png" alt="中國產經觀察"></a></div>
<ul class="nav"><li><a href="/">首頁</a></li><li><a href="/zx/">資訊</a></li><li><a href="/cj/">產經</a></li></ul></div>
<div class="position">{mirror("当前位置", rng)}: <a href="/">首頁</a> &gt;&gt; <a href="/zx/">資 訊</a> &gt;&gt; 地方新聞 &gt;&gt; 查看詳情</div>
<div class="main"><div class="left"><h1>{title}</h1>
<div class="info">{mirror("来源", rng)}: 中國產經觀察 &nbsp; 日期:2025-01-04 11:27:12 &nbsp;{mirror("点击", rng)}:{rng.randint(1, 99999)}</div>
<div class="share">分享:<a href="#">微信</a><a href="#">微博</a></div>
<div class="content">{body}<p>編輯:王宇</p><p>審核:胡君</p></div>
<div class="related"><h3>{mirror("相关新闻", rng)}</h3><ul>{related}</ul></div></div>
<div class="right"><h3>熱門</h3><ul>{"".join(f"<li><a href='/h/{i}.html'>{mirror(p[:20], rng)}</a></li>" for i, p in enumerate(paragraphs[:10]))}</ul></div></div>
<div class="footer">Copyright 中國產經觀察 版權所有</div></body></html>"""
    return html.encode("utf-8")


def per_page_ms(func, pages: list[bytes]) -> float:
    start = time.perf_counter()
    for body in pages:
        func(body)
    return (time.perf_counter() - start) * 1000 / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(11)
    paragraphs = clean_paragraphs()
    pages = [seed_sized_page(rng, paragraphs, n) for n in range(args.pages)]
    url = "https://mirror.example/html/2025/0104/12345.html"
    contenders = {"chanjing extract (normalised)": lambda body: extract(body, url)}
    try:
        import trafilatura

        contenders["trafilatura.bare_extraction"] = lambda body: trafilatura.bare_extraction(
            body.decode("utf-8"), url=url, with_metadata=True
        )
    except ImportError as exc:
        print(f"trafilatura not installed ({exc}); pip install -e '.[bench]'")
    try:
        from gne import GeneralNewsExtractor

        gne = GeneralNewsExtractor()
        contenders["GNE GeneralNewsExtractor"] = lambda body: gne.extract(body.decode("utf-8"))
    except ImportError as exc:
        print(f"gne not installed ({exc}); pip install -e '.[bench]'")
    for func in contenders.values():
        func(pages[0])  # warm up: dictionaries, compiled patterns
    sizes = sum(len(p) for p in pages) / len(pages) / 1024
    print(f"{len(pages)} seed-sized mirror pages, {sizes:.1f} KiB each on average")
    baseline = None
    for name, func in contenders.items():
        ms = min(per_page_ms(func, pages) for _ in range(3))
        baseline = baseline or ms
        print(f"{name:32} {ms:7.2f} ms/page   {ms / baseline:5.2f}x chanjing's time")
    print("target: chanjing <= 1.2 ms/page")


if __name__ == "__main__":
    main()
