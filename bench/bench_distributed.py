"""Two distributed workers against one, same demo site, same Redis, same ingester, same run.

Run: python bench/bench_distributed.py [--articles 3000] [--runs 3]

The demo site is served by nginx (see bench_crawl.py); a redis-server is started on a free
loopback port. Each run starts `chanjing ingest`, then one or two `chanjing crawl --redis`
workers, and times until the ingester has stored everything. Runs alternate 1 and 2 workers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_crawl import Nginx, nginx_binary  # noqa: E402

from crawler.demo.site import generate  # noqa: E402
from crawler.distributed import start_local_redis  # noqa: E402

WORKER_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "PROGRESS_INTERVAL": "0",
    "LOG_LEVEL": "ERROR",
    # Each worker one process (extraction in it), as a Scrapy process on one core: the machine
    # has two cores, so a single worker leaves one free and two workers fill both.
    "EXTRACT_WORKERS": "0",
}


def one_run(workers: int, urls: list[str], redis_url: str, workdir: Path) -> tuple[float, int, float, float]:
    db = workdir / f"run-{workers}-{time.monotonic_ns()}" / "archive.db"
    cli = [sys.executable, "-m", "crawler.cli"]
    started, wall_started = time.monotonic(), time.time()
    ingester = subprocess.Popen(
        [*cli, "ingest", "--redis", redis_url, "--db", str(db)], cwd=ROOT, stdout=subprocess.DEVNULL
    )
    time.sleep(0.5)
    args = [*cli, "crawl", *urls, "--redis", redis_url]
    for name, value in WORKER_SETTINGS.items():
        args += ["-s", f"{name}={value}"]
    crawlers = [
        subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    worker_cpu = sum(_cpu_of(crawler) for crawler in crawlers)
    ingester_cpu = _cpu_of(ingester)
    if ingester.returncode != 0:
        raise RuntimeError("the ingester reported a failed run")
    elapsed = time.monotonic() - started
    with closing(sqlite3.connect(db)) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        first, last = conn.execute("select min(fetched_at), max(fetched_at) from pages").fetchone()
    fetching = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).total_seconds()
    begun = datetime.fromisoformat(first).timestamp() - wall_started
    print(
        f"  {workers} worker(s): first page at {begun:.1f} s, pages fetched over {fetching:.1f} s, "
        f"done at {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    shutil.rmtree(db.parent, ignore_errors=True)
    return elapsed, articles, worker_cpu, ingester_cpu


def _cpu_of(process: subprocess.Popen) -> float:
    """Wait for a child and return the CPU seconds (user + system) it used."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjing-bench-dist-") as tmp:
        workdir = Path(tmp)
        root = workdir / "site"
        generate(root, articles=args.articles, seed=5)
        server = Nginx(root, nginx_binary())
        redis_process = None
        try:
            redis_process, redis_url = start_local_redis(workdir)
            urls = [url + "/" for url in server.urls.values()]
            times: dict[int, list[float]] = {1: [], 2: []}
            cpu: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
            counts = set()
            for i in range(args.runs):
                for workers in (1, 2):
                    elapsed, articles, worker_cpu, ingester_cpu = one_run(workers, urls, redis_url, workdir)
                    times[workers].append(elapsed)
                    cpu[workers].append((worker_cpu, ingester_cpu))
                    counts.add(articles)
                    print(
                        f"run {i + 1}, {workers} worker(s): {elapsed:.1f} s, {articles} articles",
                        file=sys.stderr,
                    )
        finally:
            if redis_process is not None:
                redis_process.terminate()
            server.stop()
    speedups = [one / two for one, two in zip(times[1], times[2], strict=True)]
    print(
        f"demo site of {args.articles} articles served by nginx, Redis on loopback, {args.runs} runs alternating"
    )
    print()
    print(
        "| workers | wall s median (min-max) | CPU s of the workers | CPU s of the ingester | articles archived |\n"
        "|---|---|---|---|---|"
    )
    for workers in (1, 2):
        values = times[workers]
        print(
            f"| {workers} | {statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f}) "
            f"| {statistics.median(w for w, _ in cpu[workers]):.1f} "
            f"| {statistics.median(i for _, i in cpu[workers]):.1f} | {sorted(counts)} |"
        )
    print()
    print(
        f"speed-up of two workers over one: median {statistics.median(speedups):.2f}x "
        f"(min {min(speedups):.2f}, max {max(speedups):.2f}); target 1.6x"
    )


if __name__ == "__main__":
    main()
