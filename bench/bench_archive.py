"""The archive at scale: writes, search latency, export rows/s and memory, reparse pages/s.

Run: python bench/bench_archive.py [--articles 100000] [--reparse 1000] [--no-export]

A synthetic archive of N articles is written through `Archive.write` (the crawl's own path) from
the demo's texts; each figure is printed next to an anchor measured in the same run:
writes against sqlite-utils' `insert_all` of the same rows, search against a LIKE scan,
exports against iterating the table with plain sqlite3, reparse against `extract()` alone.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from crawler.archive import Archive, ArticleRecord, Batch, PageRecord  # noqa: E402
from crawler.demo.site import load_texts  # noqa: E402

BATCH = 1000


def synthetic(n: int, seed: int = 1):
    texts = load_texts()
    rng = random.Random(seed)
    for i in range(n):
        day = 1 + i % 28
        body = "\n".join("".join(rng.sample(texts.sentences, 3)) for _ in range(rng.randint(3, 8)))
        place, industry = rng.choice(texts.places), rng.choice(texts.industries)
        yield {
            "url": f"http://bench.test/html/2025/{1 + i % 12:02d}{day:02d}/{100000 + i}.html",
            "title": f"{place}{industry}{rng.choice(('产业发展提速', '项目集中签约', '企业加快转型', '招商取得新进展'))}",
            "body": body,
            "source": rng.choice(texts.sources),
            "published_at": f"2025-{1 + i % 12:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+08:00",
            "clicks": rng.randint(0, 100000),
            "editor": rng.choice(texts.editors),
            "reviewer": rng.choice(texts.reviewers),
            "category": rng.choice(("地方新闻", "产业动态", "科技创新", "农业农村")),
            "related": [],
        }


def build(db: Path, n: int) -> tuple[float, float]:
    """(records/s through Archive.write, records/s through sqlite-utils insert_all of the same rows)."""
    rows = list(synthetic(n))
    started = time.perf_counter()
    with Archive(db) as archive:
        run = archive.start_run(["http://bench.test/"])
        for start in range(0, n, BATCH):
            chunk = rows[start : start + BATCH]
            at = "2026-01-01T00:00:00+00:00"
            archive.write(
                Batch(
                    pages=[PageRecord(r["url"], at, 200, run, "bench.warc.gz", 0, 1) for r in chunk],
                    articles=[
                        ArticleRecord(r["url"], {k: v for k, v in r.items() if k != "url"}, at, run)
                        for r in chunk
                    ],
                )
            )
    ours = n / (time.perf_counter() - started)
    import sqlite_utils

    anchor_db = db.with_name("anchor.db")
    started = time.perf_counter()
    plain = sqlite_utils.Database(anchor_db)
    plain["articles"].insert_all(
        ({k: v for k, v in r.items() if k != "related"} for r in rows), pk="url", batch_size=BATCH
    )
    anchor = n / (time.perf_counter() - started)
    plain.close()
    anchor_db.unlink()
    return ours, anchor


def search_figures(db: Path, seed: int = 2) -> list[str]:
    rng = random.Random(seed)
    lines = []
    with Archive(db, readonly=True) as archive:
        bodies = [row[0] for row in archive.db.execute("select body from articles where rowid % 97 = 0")]
        # The synthetic bodies come from a small pool of sentences, so a term drawn from them is
        # common: a scan soon finds 20. The last row's terms (drawn ones, reversed) are in no
        # article: the case where a scan reads everything.
        for length, label in ((1, "1"), (2, "2"), (4, "4"), (8, "8"), (4, "4, in no article")):
            terms = []
            while len(terms) < 40:
                body = rng.choice(bodies)
                start = rng.randrange(0, max(1, len(body) - length))
                term = body[start : start + length]
                if label != str(length):
                    term = term[::-1]
                    if any(term in text for text in bodies):
                        continue
                if len(term) == length and not any(ch.isspace() for ch in term):
                    terms.append(term)
            timings, hits = [], []
            for term in terms:
                started = time.perf_counter()
                hits.append(len(archive.search(term, limit=20)))
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            newest, every = [], []
            for term in terms[:5]:
                for timed, sql in (
                    # the same answer by a scan: it stops at the 20th match, soon for a common term
                    (newest, "select url from articles where title like ? or body like ? order by published_at desc, url limit 20"),
                    # every match (the count search prints beside its results): a whole scan
                    (every, "select count(*) from articles where title like ? or body like ?"),
                ):
                    started = time.perf_counter()
                    archive.db.execute(sql, [f"%{term}%"] * 2).fetchall()
                    timed.append((time.perf_counter() - started) * 1000)
            lines.append(
                f"| {label} | {statistics.median(timings):.1f} | {timings[int(len(timings) * 0.95) - 1]:.1f} | "
                f"{statistics.median(newest):.1f} | {statistics.median(every):.1f} | {statistics.median(hits):.0f} |"
            )
    return lines


EXPORT_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from crawler.archive import Archive
from crawler.export import export
from crawler.reader import peak_rss_mb
db, fmt, out, until = sys.argv[2:6]
with Archive(db, readonly=True) as archive:
    started = time.perf_counter()
    if fmt == "sqlite3":
        rows = sum(1 for _ in archive.db.conn.execute("select * from articles" + (" where published_at < ?" if until != "-" else ""), *([[until]] if until != "-" else [])))
    else:
        rows = export(archive, __import__("pathlib").Path(out), format=fmt, until=None if until == "-" else until)
    print(json.dumps({"rows": rows, "seconds": time.perf_counter() - started, "rss_mb": peak_rss_mb()}))
"""


def export_figures(db: Path, workdir: Path) -> list[str]:
    lines = []
    for fmt in ("sqlite3", "jsonl", "csv", "parquet"):
        figures = {}
        for label, until in (("10%", "2025-02-04"), ("100%", "-")):
            result = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    EXPORT_CHILD,
                    str(ROOT),
                    str(db),
                    fmt,
                    str(workdir / f"out.{fmt}"),
                    until,
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            figures[label] = json.loads(result.stdout)
        whole = figures["100%"]
        lines.append(
            f"| {fmt if fmt != 'sqlite3' else 'plain sqlite3 iteration (anchor)'} | {whole['rows']} | "
            f"{whole['rows'] / whole['seconds']:,.0f} | {figures['10%']['rss_mb']:.0f} | {whole['rss_mb']:.0f} |"
        )
    return lines


def reparse_figures(n: int, workdir: Path) -> str:
    """Crawl a demo site of n articles, then time reparse against extract() alone on the same pages."""
    from crawler.demo.server import DemoSite
    from crawler.demo.site import generate
    from crawler.extract import extract
    from crawler.reparse import reparse
    from crawler.warc import read_page

    root = workdir / "site"
    generate(root, articles=n, seed=9)
    db = workdir / "crawled" / "archive.db"
    with DemoSite(root) as site:
        urls = [u + "/" for u in site.start(port=0).values()]
        args = [
            sys.executable,
            "-m",
            "crawler.cli",
            "crawl",
            *urls,
            "--db",
            str(db),
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "PROGRESS_INTERVAL=0",
        ]
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
    with Archive(db) as archive:
        pages = [read_page(db.parent / "warc", f, o) for _u, f, o in archive.raw_pages()]
        started = time.perf_counter()
        for page in pages:
            extract(page.body, page.url, page.headers)
        anchor = len(pages) / (time.perf_counter() - started)
        started = time.perf_counter()
        report = reparse(archive, db.parent / "warc")
        ours = report.articles / (time.perf_counter() - started)
    return f"reparse: {ours:.0f} pages/s over {report.articles} archived articles; extract() alone on the same pages {anchor:.0f} pages/s (ratio {ours / anchor:.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--reparse", type=int, default=1000, help="0 skips the reparse figure")
    parser.add_argument("--no-export", action="store_true", help="skip the export figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjing-bench-archive-") as tmp:
        workdir = Path(tmp)
        db = workdir / "archive.db"
        ours, anchor = build(db, args.articles)
        size = db.stat().st_size
        print(
            f"archive of {args.articles} synthetic articles: {size / 1e6:.0f} MB, "
            f"{size / args.articles / 1024:.1f} KB per article with its search index and pages row"
        )
        print(
            f"writes: {ours:,.0f} articles/s ({1000 / ours:.3f} ms per article) through Archive.write "
            f"(search index, pages rows); sqlite-utils insert_all of the same rows, no indexes: "
            f"{anchor:,.0f}/s (ratio {ours / anchor:.2f})"
        )
        print("\nsearch, 40 terms per length drawn from the bodies, limit 20:\n")
        print(
            "| term length | p50 ms | p95 ms | LIKE scan p50 ms, newest 20 (anchor) | LIKE scan p50 ms, every match | median hits |\n"
            "|---|---|---|---|---|---|"
        )
        print("\n".join(search_figures(db)))
        if not args.no_export:
            print("\nexport of the articles table (10% = one month, 100% = all):\n")
            print(
                "| format | rows | rows/s | peak RSS MB at 10% | peak RSS MB at 100% |\n|---|---|---|---|---|"
            )
            print("\n".join(export_figures(db, workdir)))
        if args.reparse:
            print()
            print(reparse_figures(args.reparse, workdir))


if __name__ == "__main__":
    main()
