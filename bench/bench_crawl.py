"""Crawl speed and CPU of `chanjing crawl` next to a plain Scrapy spider: same run, same site, same server.

Run: python bench/bench_crawl.py [--articles 5000] [--runs 3] [--rss 20000] [--quick]

The site imitates the mirrors this project archives: one host, one category of list pages (20
links each) and article pages of ~16 KB in traditional characters with pinyin after about a
third of them, with the breadcrumb, info line (no counter script), credits and related list of
four older articles of the real page. It is generated once, seeded, and served by nginx
(Debian's package, installed with apt-get when missing), which costs next to nothing beside
the crawlers. Pages/s are over each command's whole wall time, start-up included.

The anchor (bench/_crawl_runner.py) is what a Scrapy user writes for this site: Scrapy's
defaults, list page -> articles and next list page, url and title per article. `chanjing crawl`
is the command itself, with its defaults (extraction worker, archive, WARC). Both get the same
few settings (SHARED). Rounds alternate anchor, chanjing, anchor, ... so drift on a shared
machine hits both. CPU is user+sys of the crawl's process and its children (the extraction
worker), from RUSAGE_CHILDREN before and after; peak RSS is each process's VmHWM, sampled.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import random
import re
import resource
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from _corpus import clean_paragraphs  # noqa: E402

from crawler.demo import mirror  # noqa: E402
from crawler.demo.site import CST, load_texts  # noqa: E402
from crawler.demo.templates import list_path  # noqa: E402

SHARED = {
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "ROBOTSTXT_OBEY": "False",
    "AUTOTHROTTLE_ENABLED": "False",
    "LOG_LEVEL": "WARNING",
}
CRAWLERS = ("plain", "chanjing")
LABELS = {"plain": "plain Scrapy spider", "chanjing": "chanjing crawl"}
TARGETS = {"pages/s": 0.85, "CPU ms/page": 2.0}

# Declared in the Content-Type header as a configured server would: without it Scrapy (either
# crawler) runs charset detection on every page, and that, not crawling, is what gets measured.
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


def wait_for_port(port: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def nginx_binary() -> str | None:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if found:
        return found
    print("nginx not found: installing Debian's nginx-light ...", file=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "-q", "nginx-light"], capture_output=True)
    return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


class Nginx:
    """nginx serving one directory of ``root`` per site (by default the demo's three sites)."""

    def __init__(self, root: Path, binary: str, charsets: Mapping[str, str] = CHARSETS) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="chanjing-nginx-"))
        self.ports = {site: free_port() for site in charsets}
        servers = "".join(
            NGINX_SERVER.format(port=self.ports[s], root=root / s, charset=charset)
            for s, charset in charsets.items()
        )
        # As root, nginx's workers would drop to a user that cannot read a private temp dir.
        user = "user root;" if os.geteuid() == 0 else ""
        (self.tmp / "nginx.conf").write_text(NGINX_CONF.format(user=user, tmp=self.tmp, servers=servers))
        self.process = subprocess.Popen([binary, "-c", str(self.tmp / "nginx.conf"), "-p", str(self.tmp)])
        self.urls = {site: f"http://127.0.0.1:{port}" for site, port in self.ports.items()}
        if not wait_for_port(next(iter(self.ports.values()))):
            raise RuntimeError(f"nginx did not start; see {self.tmp}/error.log")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


class PythonServer:
    """Python's http.server, for machines without nginx: it, not the crawlers, may set the pace."""

    def __init__(self, root: Path) -> None:
        port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(root), str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{port}"
        if not wait_for_port(port):
            raise RuntimeError("python -m http.server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


# --- the seed-like site -------------------------------------------------------------------------

SITE_DIR = "seedlike"
SITE_NAME = "中国产经观察"
HOUSE_PREFIX = "中国产经观察消息:"
CATEGORY = ("difang", "地方新闻")
START_PATH = f"/{CATEGORY[0]}/index.html"
PER_LIST_PAGE = 20
ANNOTATION_RATE = 1 / 3
# Related lists on such sites point back in time: to articles among the last this many.
RELATED_WINDOW = 60
LATEST = datetime(2025, 1, 4, 11, 27, 12, tzinfo=CST)
IDEO = "\u3000"
# One printed character and the pinyin the mirror put after it, if any.
_PRINTED_CHAR_RE = re.compile(r".(?:\([a-z\u00e0-\u01dc\u0144\u0148\u01f9\u1e3f]+\))?", re.S)


class MirrorPrint:
    """Clean simplified text printed as the seed's mirror prints it: traditional, pinyin after
    about a third of the characters, escaped for HTML.

    Annotating costs ~0.6 ms a sentence (pypinyin), so recurring strings (sentences, labels) get
    a few renderings once and each use picks one; a page never repeats another's annotations
    line for line, and 5,000 pages take seconds instead of minutes.
    """

    def __init__(self, rng: random.Random, variants: int = 6) -> None:
        self.rng = rng
        self.variants = variants
        self.cache: dict[str, list[str]] = {}

    def once(self, text: str) -> str:
        trad = mirror.to_traditional(text)
        return html.escape(
            mirror.annotate(trad, rng=self.rng, rate=ANNOTATION_RATE, context=text), quote=False
        )

    def __call__(self, text: str) -> str:
        choices = self.cache.get(text)
        if choices is None:
            choices = self.cache[text] = [self.once(text) for _ in range(self.variants)]
        return choices[self.rng.randrange(self.variants)]


def cut_printed(printed: str, chars: int) -> str:
    """The first ``chars`` characters of a printed text, each with its pinyin if it has one."""
    return "".join(_PRINTED_CHAR_RE.findall(printed)[:chars])


@dataclass
class SeedArticle:
    number: int
    path: str
    published: datetime
    title: str  # printed
    lead: str  # printed first paragraph, the related lists' summaries come from it
    paragraphs: list[str]  # printed
    source: str
    editor: str
    reviewer: str
    clicks: int
    related: list[SeedArticle]


def _sentences() -> list[str]:
    texts = load_texts()
    pool = [s for s in clean_paragraphs(1) if "当前位置" not in s] + list(texts.sentences)
    # Headline-like lines of the corpus end without a stop; in a paragraph they need one.
    return [s if s[-1] in "。！？" else s + "。" for s in pool]


def _plan(articles: int, seed: int, m: MirrorPrint) -> list[SeedArticle]:
    rng = random.Random(seed)
    texts = load_texts()
    sentences = _sentences()
    combos = [(h, p, s) for h in texts.headlines for p in texts.places for s in texts.industries]
    if articles > len(combos):
        raise ValueError(f"the texts give {len(combos)} distinct headlines; asked for {articles}")
    rng.shuffle(combos)
    span = timedelta(days=max(30, articles / 14))  # a content farm posts a dozen or so a day
    number = 12000
    plans: list[SeedArticle] = []
    for i in range(articles):
        headline, place, industry = combos[i]
        published = (
            LATEST - span * (articles - 1 - i) / max(1, articles) - timedelta(seconds=rng.randint(0, 3000))
        )
        number += rng.randint(1, 9)
        lead = rng.choice(texts.leads).format(
            p=place, s=industry, m=published.month, d=published.day, n=rng.randint(12, 180)
        )
        printed = [
            m(HOUSE_PREFIX) + m(lead) + "".join(m(s) for s in rng.sample(sentences, rng.randint(3, 5)))
        ]
        for _ in range(rng.randint(4, 6)):
            printed.append("".join(m(s) for s in rng.sample(sentences, rng.randint(10, 14))))
        older = plans[max(0, i - RELATED_WINDOW) : i]
        plans.append(
            SeedArticle(
                number=number,
                path=f"/html/{published:%Y}/{published:%m%d}/{number}.html",
                published=published,
                title=m.once(headline.format(p=place, s=industry)),
                lead=printed[0],
                paragraphs=printed,
                source=rng.choice(texts.sources),
                editor=rng.choice(texts.editors),
                reviewer=rng.choice(texts.reviewers),
                clicks=int(math.exp(rng.uniform(math.log(40), math.log(90000)))),
                related=rng.sample(older, min(4, len(older))),
            )
        )
    return plans


def _page(title: str, description: str, body: str, m: MirrorPrint) -> str:
    slug, name = CATEGORY
    return f"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} - {m(SITE_NAME)}</title>
<meta name="keywords" content="{m("产业经济")},{m(name)},{m("资讯")}">
<meta name="description" content="{html.escape(description)}">
<link rel="stylesheet" href="/skin/css/style.css">
<script src="/skin/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1000">{m("欢迎访问")}{m(SITE_NAME)}！<span><a href="/about.html">{m("关于我们")}</a></span></div></div>
<div class="header"><div class="logo"><a href="/index.html"><img src="/skin/images/logo.png" alt="{m(SITE_NAME)}"></a></div>
<div class="nav"><ul><li><a href="/index.html">{m("首页")}</a></li><li><a href="/{slug}/index.html">{m(name)}</a></li>\
<li><a href="/about.html">{m("关于我们")}</a></li></ul></div></div>
{body}
<div class="footer">
<p><a href="/about.html">{m("关于我们")}</a> | {m("联系方式")} | {m("网站地图")} | \
<a href="http://example.com/partner/index.html">{m("合作伙伴")}</a></p>
<p>Copyright &copy; 2016-2025 {m(SITE_NAME)} {m("版权所有")}</p>
<p>{m("本站部分内容转载自网络，如有侵权请联系删除。")}</p>
</div>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "/skin/js/stat.js?v=20250101";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</body>
</html>
"""


def _article_page(a: SeedArticle, m: MirrorPrint, rng: random.Random) -> str:
    slug, name = CATEGORY
    related = []
    for n, other in enumerate(a.related):
        summary = cut_printed(other.lead, rng.randint(160, 200))
        related.append(
            f'<li><a href="{other.path}" class="pic"><img src="/uploads/allimg/{other.number}-{n + 1}.jpg" '
            f'alt="{other.title}"></a>\n<h3><a href="{other.path}">{other.title}</a></h3>\n'
            f'<p>{summary}... <a href="{other.path}">{m("[阅读]")}</a></p></li>'
        )
    paragraphs = "\n".join(f"<p>{IDEO * 2}{p}</p>" for p in a.paragraphs)
    body = f"""<div class="main w1000">
<div class="position">{m("当前位置")}: <a href="/index.html">{m("首页")}</a> &gt;&gt; \
<a href="/index.html">{m("资")} {m("讯")}</a> &gt;&gt; <a href="/{slug}/index.html">{m(name)}</a> &gt;&gt; {m("查看详情")}</div>
<div class="article">
<h1>{a.title}</h1>
<div class="info">{m("来源")}: {m(a.source)} &nbsp; {m("日期")}:{a.published:%Y-%m-%d %H:%M:%S} &nbsp;\
{m("点击")}:{a.clicks} </div>
<div class="share">{m("分享")}:<a href="#" class="s-wx" title="wx"></a><a href="#" class="s-wb" title="wb"></a>\
<a href="#" class="s-qq" title="QQ"></a></div>
<div class="content">
{paragraphs}
<p><br></p>
<div class="editor"><p>{m("编辑")}:{m(a.editor)}</p><p>{m("审核")}:{m(a.reviewer)}</p></div>
</div>
<div class="related"><h2>{m("相关新闻")}</h2>
<ul>
{chr(10).join(related)}
</ul></div>
</div>
</div>"""
    return _page(a.title, html.unescape(cut_printed(a.lead, 80)), body, m)


def _list_path(n: int) -> str:
    return list_path(CATEGORY[0], n)


def _list_page(items: list[SeedArticle], n: int, pages: int, m: MirrorPrint) -> str:
    name = CATEGORY[1]
    lis = "\n".join(
        f'<li><a href="{a.path}" title="{html.unescape(a.title)}">{a.title}</a>'
        f'<span class="date">{a.published:%Y-%m-%d}</span></li>'
        for a in items
    )
    first = max(1, n - 4)
    numbers = " ".join(
        f"<b>{i}</b>" if i == n else f'<a href="{_list_path(i)}">{i}</a>'
        for i in range(first, min(pages, first + 9) + 1)
    )
    nav = [f'<a href="{_list_path(1)}">{m("首页")}</a>']
    if n > 1:
        nav.append(f'<a href="{_list_path(n - 1)}">{m("上一页")}</a>')
    nav.append(numbers)
    if n < pages:
        nav.append(f'<a href="{_list_path(n + 1)}">{m("下一页")}</a>')
    nav.append(f'<a href="{_list_path(pages)}">{m("末页")}</a>')
    body = f"""<div class="main w1000">
<div class="position">{m("当前位置")}: <a href="/index.html">{m("首页")}</a> &gt;&gt; {m(name)}</div>
<div class="listbox"><h2>{m(name)}</h2>
<ul class="list">
{lis}
</ul>
<div class="pages">{" ".join(nav)}</div>
</div>
</div>"""
    return _page(m(name), m(name), body, m)


def build_site(root: Path, articles: int, seed: int = 5) -> dict:
    """Write the site under ``root``/SITE_DIR; the same ``articles`` and ``seed`` give the same bytes."""
    site = root / SITE_DIR
    if site.exists():
        shutil.rmtree(site)
    m = MirrorPrint(random.Random(seed * 7919 + 1))
    plans = _plan(articles, seed, m)
    rng = random.Random(f"{seed}|pages")
    article_bytes = 0
    for a in plans:
        target = site / a.path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = _article_page(a, m, rng).encode("utf-8")
        target.write_bytes(data)
        article_bytes += len(data)
    newest_first = plans[::-1]
    pages = max(1, math.ceil(len(plans) / PER_LIST_PAGE))
    (site / CATEGORY[0]).mkdir(parents=True, exist_ok=True)
    for n in range(1, pages + 1):
        items = newest_first[(n - 1) * PER_LIST_PAGE : n * PER_LIST_PAGE]
        (site / _list_path(n).lstrip("/")).write_text(_list_page(items, n, pages, m), encoding="utf-8")
    latest = "\n".join(f'<li><a href="{a.path}">{a.title}</a></li>' for a in newest_first[:12])
    home = f'<div class="latest"><h2>{m("最新资讯")}</h2>\n<ul>\n{latest}\n</ul></div>'
    (site / "index.html").write_text(_page(m("产业经济新闻门户"), "", home, m), encoding="utf-8")
    about = "\n".join(f"<p>{IDEO * 2}{m(p)}</p>" for p in load_texts().about)
    (site / "about.html").write_text(
        _page(m("关于我们"), "", f'<div class="about">{about}</div>', m), "utf-8"
    )
    return {
        "articles": len(plans),
        "list_pages": pages,
        "kb_per_article": article_bytes / max(1, len(plans)) / 1024,
    }


# --- one crawl ----------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Every process below ``pid`` (the extraction worker, multiprocessing's helpers)."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            parents.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _cpu_seconds(pid: int) -> float | None:
    """user+sys of one process so far (not of its children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_process(args: list[str], workdir: Path) -> dict:
    """Run one crawl to its end: wall and CPU seconds, peak RSS of the process and of its children.

    VmHWM and CPU times only grow, so sampling them a few times a second loses at most the last
    fraction of a second of a process's life; the total CPU is exact (RUSAGE_CHILDREN), the
    share of it spent in the children (the extraction worker) is from the samples.
    """
    out, err = workdir / "stdout", workdir / "stderr"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    peaks: dict[int, float] = {}
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample(pid: int) -> None:
        while not done.wait(0.25):
            for one in [pid, *_children(pid)]:
                peak, used = _peak_mb(one), _cpu_seconds(one)
                if peak is not None:
                    peaks[one] = max(peak, peaks.get(one, 0.0))
                if used is not None:
                    cpu[one] = max(used, cpu.get(one, 0.0))

    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(args, stdout=stdout, stderr=stderr, cwd=workdir)
        # Sampled beside, not between, waits: the wall time ends when the process does.
        sampler = threading.Thread(target=sample, args=(process.pid,), daemon=True)
        sampler.start()
        process.wait()
        wall = time.monotonic() - started
        done.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode:
        raise RuntimeError(
            f"{' '.join(args[:4])} ... exited {process.returncode}:\n{err.read_text()[-3000:]}"
        )
    return {
        "wall": wall,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "rss_mb": peaks.get(process.pid, 0.0),
        "children_rss_mb": sum(v for pid, v in peaks.items() if pid != process.pid),
        "children_cpu": sum(v for pid, v in cpu.items() if pid != process.pid),
        "stdout": out.read_text(encoding="utf-8", errors="replace"),
    }


def crawl(crawler: str, start: str, workdir: Path) -> dict:
    here = workdir / f"{crawler}-{time.monotonic_ns()}"
    here.mkdir()
    settings = [arg for name, value in SHARED.items() for arg in ("-s", f"{name}={value}")]
    if crawler == "plain":
        result = run_process([sys.executable, str(HERE / "_crawl_runner.py"), start, *settings], here)
        figures = json.loads(result["stdout"].strip().splitlines()[-1])
        archived = None
    else:
        db = here / "archive.db"
        result = run_process(
            [sys.executable, "-m", "crawler.cli", "crawl", start, "--db", str(db), *settings], here
        )
        with closing(sqlite3.connect(db)) as con:
            stats = json.loads(con.execute("select stats from crawl_runs order by id desc").fetchone()[0])
            archived = con.execute("select count(*) from articles").fetchone()[0]
            tables = con.execute(
                "select name, sum(pgsize) from dbstat group by name order by 2 desc"
            ).fetchall()
        per_article = 1024 * max(1, archived)
        figures = {
            "pages": stats["pages"],
            "elapsed": stats["elapsed_seconds"],
            "rejects": stats["rejects"],
            "archive_kb_per_article": sum(p.stat().st_size for p in here.glob("archive.db*")) / per_article,
            "warc_kb_per_article": sum(p.stat().st_size for p in (here / "warc").glob("*")) / per_article,
            "largest_kb_per_article": {name: round(size / per_article, 2) for name, size in tables[:4]},
        }
    shutil.rmtree(here, ignore_errors=True)
    pages = figures["pages"]
    return {
        "crawler": crawler,
        **figures,
        "archived": archived,
        "wall": round(result["wall"], 2),
        "pages_per_s": pages / result["wall"],
        "crawl_pages_per_s": pages / figures["elapsed"],
        "cpu_ms_per_page": result["cpu"] * 1000 / max(1, pages),
        "children_cpu_ms_per_page": result["children_cpu"] * 1000 / max(1, pages),
        "rss_mb": round(result["rss_mb"], 1),
        "children_rss_mb": round(result["children_rss_mb"], 1),
    }


def serve(root: Path) -> tuple[object, str, str]:
    binary = nginx_binary()
    if binary:
        server = Nginx(root, binary, {SITE_DIR: "utf-8"})
        return server, server.urls[SITE_DIR], "nginx"
    server = PythonServer(root / SITE_DIR)
    return server, server.url, "Python's http.server (nginx unavailable; it may set the pace)"


def measure(articles: int, runs: int, workdir: Path) -> dict:
    root = workdir / f"site-{articles}"
    started = time.monotonic()
    site = build_site(root, articles)
    print(f"generated {articles} articles in {time.monotonic() - started:.1f} s: {site}", file=sys.stderr)
    server, url, server_name = serve(root)
    try:
        results: dict[str, list[dict]] = {name: [] for name in CRAWLERS}
        for i in range(runs):
            for name in CRAWLERS:
                figures = crawl(name, url + START_PATH, workdir)
                results[name].append(figures)
                print(f"round {i + 1} {name}: {json.dumps(figures)}", file=sys.stderr, flush=True)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return {"site": site, "server": server_name, **results}


# --- the report ---------------------------------------------------------------------------------


def spread(values: list[float], digits: int = 0) -> str:
    """median (min-max)"""
    f = f"{{:.{digits}f}}"
    return f"{f.format(statistics.median(values))} ({f.format(min(values))}–{f.format(max(values))})"


def summarise(result: dict) -> str:
    site, runs = result["site"], len(result["chanjing"])
    lines = [
        f"seed-like site: {site['articles']:,} articles of {site['kb_per_article']:.1f} KB (traditional, pinyin "
        f"after ~1/3 of characters), {site['list_pages']} list pages of {PER_LIST_PAGE}, one host served by "
        f"{result['server']}; {runs} round{'s' * (runs > 1)} alternating plain Scrapy / chanjing; both with "
        + ", ".join(f"{k}={v}" for k, v in SHARED.items()),
        "",
        "| crawler | pages | pages/s | wall s | pages/s after start-up | CPU ms/page | of which children "
        "| peak RSS MB (process + children) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in CRAWLERS:
        values = result[name]
        lines.append(
            f"| {LABELS[name]} | {values[0]['pages']} | {spread([r['pages_per_s'] for r in values])} "
            f"| {spread([r['wall'] for r in values], 1)} | {spread([r['crawl_pages_per_s'] for r in values])} "
            f"| {spread([r['cpu_ms_per_page'] for r in values], 2)} "
            f"| {statistics.median(r['children_cpu_ms_per_page'] for r in values):.2f} "
            f"| {max(r['rss_mb'] for r in values):.0f} + {max(r['children_rss_mb'] for r in values):.0f} |"
        )
    lines.append("")
    last = result["chanjing"][-1]
    lines.append(
        f"archive: {last['archive_kb_per_article']:.1f} KB per article in SQLite (largest: "
        + ", ".join(f"{name} {kb:.1f}" for name, kb in last["largest_kb_per_article"].items())
        + f"), raw pages {last['warc_kb_per_article']:.1f} KB per article in gzipped WARC"
    )
    lines.append("")
    pairs = list(zip(result["chanjing"], result["plain"], strict=True))
    for label, key, better in (("pages/s", "pages_per_s", max), ("CPU ms/page", "cpu_ms_per_page", min)):
        ratios = [c[key] / p[key] for c, p in pairs]
        target = TARGETS[label]
        met = better(statistics.median(ratios), target) == statistics.median(ratios)
        lines.append(
            f"chanjing / plain, {label}: {spread(ratios, 2)} per round; target "
            f"{'≥' if better is max else '≤'} {target}: {'met' if met else 'not met'}"
        )
    ratios = [c["crawl_pages_per_s"] / p["crawl_pages_per_s"] for c, p in pairs]
    lines.append(
        f"chanjing / plain, pages/s after start-up (each crawler's own elapsed time): {spread(ratios, 2)}"
    )
    archived = [r["archived"] for r in result["chanjing"]]
    lines.append(
        f"articles archived by chanjing: {min(archived)} of {site['articles']} "
        f"({'every run' if min(archived) == max(archived) else f'{min(archived)}–{max(archived)} across runs'})"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3, help="rounds, each one crawl by each crawler")
    parser.add_argument("--rss", default="", help="also one round at these sizes, for peak RSS, e.g. 20000")
    parser.add_argument("--quick", action="store_true", help="300 articles, one round: checks that it runs")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.runs, args.rss = 300, 1, ""
    with tempfile.TemporaryDirectory(prefix="chanjing-bench-") as tmp:
        workdir = Path(tmp)
        print(summarise(measure(args.articles, args.runs, workdir)), flush=True)
        for size in [int(n) for n in args.rss.split(",") if n]:
            result = measure(size, 1, workdir)
            chanjing, plain = result["chanjing"][0], result["plain"][0]
            print(
                f"peak RSS at {size:,} articles: chanjing {chanjing['rss_mb']:.0f} MB + children "
                f"{chanjing['children_rss_mb']:.0f} MB, plain Scrapy {plain['rss_mb']:.0f} MB; "
                f"{chanjing['pages']} pages at {chanjing['pages_per_s']:.0f}/s against {plain['pages_per_s']:.0f}/s; "
                f"{chanjing['archived']} of {size} articles archived"
            )


if __name__ == "__main__":
    main()
