"""Pages/s of the full `chanjing crawl` next to a bare Scrapy spider, same run, same server.

Run: python bench/bench_crawl.py [--articles 5000] [--runs 3] [--rss 5000,20000]

The demo site is generated once and served by nginx (Debian's package; installed with apt-get
when missing) so the server costs next to nothing; without nginx the demo's own Python server
is used and the report says so. Both crawlers get the same settings: no AutoThrottle (it would
measure the throttle), 32 concurrent requests, robots.txt obeyed. Each run is a fresh process
with a fresh archive; runs alternate bare/full so drift on a shared machine hits both.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from crawler.demo.site import SITES, generate  # noqa: E402

MODES = ("bare", "bare-seen", "full")
SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "ROBOTSTXT_OBEY": "True",
    "LOG_LEVEL": "WARNING",
}

# Declared in the Content-Type header as a configured server would: without it Scrapy (bare
# or not) runs charset detection on every page, and that, not crawling, is what gets measured.
CHARSETS = {"original": "utf-8", "mirror-a": "utf-8", "mirror-b": "gbk"}

NGINX_CONF = """
{user}
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    default_type text/html;
    types {{ text/html html shtml; text/plain txt; application/json json; }}
    gzip on;
    gzip_comp_level 1;
    gzip_min_length 1024;
    keepalive_requests 100000;
{servers}
}}
"""
NGINX_SERVER = """
    server {{
        listen 127.0.0.1:{port};
        root {root};
        charset {charset};
        location ~ ^/(plus/count\\.php|e/public/ViewClick/|api\\.php) {{
            default_type application/javascript;
            return 200 "document.write('1');";
        }}
        location ~ /_ {{ return 404; }}
    }}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def nginx_binary() -> str | None:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if found:
        return found
    print("nginx not found: installing Debian's nginx-light ...", file=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "-q", "nginx-light"], capture_output=True)
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


class Nginx:
    def __init__(self, root: Path, binary: str) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="chanjing-nginx-"))
        self.ports = {site: free_port() for site in SITES}
        servers = "".join(
            NGINX_SERVER.format(port=self.ports[s], root=root / s, charset=CHARSETS[s]) for s in SITES
        )
        # As root, nginx's workers would drop to a user that cannot read a private temp dir.
        user = "user root;" if os.geteuid() == 0 else ""
        (self.tmp / "nginx.conf").write_text(NGINX_CONF.format(user=user, tmp=self.tmp, servers=servers))
        self.process = subprocess.Popen([binary, "-c", str(self.tmp / "nginx.conf"), "-p", str(self.tmp)])
        self.urls = {site: f"http://127.0.0.1:{port}" for site, port in self.ports.items()}
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.ports[SITES[0]]), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"nginx did not start; see {self.tmp}/error.log")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


def crawl(mode: str, urls: list[str], workdir: Path) -> dict:
    db = workdir / f"{mode}-{time.monotonic_ns()}" / "archive.db"
    args = [sys.executable, str(HERE / "_crawl_runner.py"), mode, str(db) if mode == "full" else "-", *urls]
    for name, value in SETTINGS.items():
        args += ["-s", f"{name}={value}"]
    result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if result.returncode:
        raise RuntimeError(f"{mode} crawl failed:\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["pages_per_s"] = figures["pages"] / figures["elapsed"]
    shutil.rmtree(db.parent, ignore_errors=True)
    return figures


def serve(root: Path):
    binary = nginx_binary()
    if binary:
        server = Nginx(root, binary)
        return server, server.urls, "nginx"
    from crawler.demo.server import DemoSite

    site = DemoSite(root)
    return site, site.start(port=0), "the demo's Python server (nginx unavailable)"


def measure(articles: int, runs: int, workdir: Path, modes: tuple[str, ...] = MODES) -> dict:
    root = workdir / f"site-{articles}"
    started = time.monotonic()
    generate(root, articles=articles, seed=5)
    print(f"generated {articles} articles in {time.monotonic() - started:.1f} s", file=sys.stderr)
    server, urls, server_name = serve(root)
    try:
        start = [url + "/" for url in urls.values()]
        results: dict[str, list[dict]] = {mode: [] for mode in modes}
        for i in range(runs):
            for mode in modes:
                figures = crawl(mode, start, workdir)
                results[mode].append(figures)
                print(f"run {i + 1} {mode}: {json.dumps(figures)}", file=sys.stderr)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return {"articles": articles, "server": server_name, **results}


def summarise(result: dict) -> str:
    full = [r["pages_per_s"] for r in result["full"]]
    lines = [
        f"demo site of {result['articles']} articles served by {result['server']}; {len(full)} runs, alternating",
        "",
        "| crawler | pages | pages/s median (min-max) | wall s median | peak RSS MB (crawler / extract worker) |",
        "|---|---|---|---|---|",
    ]
    for mode, values in (
        ("bare Scrapy (yields every link)", result["bare"]),
        ("bare Scrapy, skipping links already asked for", result["bare-seen"]),
        ("chanjing crawl", result["full"]),
    ):
        rates = [r["pages_per_s"] for r in values]
        lines.append(
            f"| {mode} | {values[0]['pages']} | {statistics.median(rates):.0f} ({min(rates):.0f}-{max(rates):.0f}) "
            f"| {statistics.median(r['elapsed'] for r in values):.1f} "
            f"| {max(r['rss_mb'] for r in values):.0f} / {max(r['worker_rss_mb'] for r in values):.0f} |"
        )
    lines.append("")
    for anchor in ("bare", "bare-seen"):
        ratios = [f / b["pages_per_s"] for f, b in zip(full, result[anchor], strict=True)]
        walls = [b["elapsed"] / f["elapsed"] for f, b in zip(result["full"], result[anchor], strict=True)]
        lines.append(
            f"chanjing / {anchor}: pages/s median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max "
            f"{max(ratios):.2f}); same site in wall time median {statistics.median(walls):.2f} "
            f"(min {min(walls):.2f}, max {max(walls):.2f}); target 0.85"
        )
    lines.append(f"articles archived per full run: {result['full'][0]['articles']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--rss", default="", help="also measure peak RSS of one full crawl at these sizes, e.g. 5000,20000"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjing-bench-") as tmp:
        workdir = Path(tmp)
        print(summarise(measure(args.articles, args.runs, workdir)))
        for size in [int(n) for n in args.rss.split(",") if n]:
            result = measure(size, 1, workdir, modes=("bare-seen", "full"))
            full = result["full"][0]
            print(
                f"peak RSS at {size} articles: crawler {full['rss_mb']:.0f} MB, extract worker {full['worker_rss_mb']:.0f} MB"
                f" (bare Scrapy {result['bare-seen'][0]['rss_mb']:.0f} MB); {full['pages']} pages at {full['pages_per_s']:.0f}/s"
            )


if __name__ == "__main__":
    main()
