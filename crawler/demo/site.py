"""Generate the bundled demo site: an original and two mirrors as static trees, with the truth.

``generate(root)`` writes one directory per site (``original``, ``mirror-a``, ``mirror-b``) and
``root/truth.json``, the list of every page with the clean fields ``crawler.extract.extract`` must
return for it. ``crawler.demo.server.DemoSite`` serves the tree on 127.0.0.1.

- ``original``: simplified, UTF-8, ``/html/2025/0104/12345.html``, DedeCMS counter scripts on some pages.
- ``mirror-a``: traditional characters with pinyin after some of them, byte-phase damage and litter on
  some paragraphs (only renderings the normaliser reads back exactly), UTF-8, ``/2021/0323/610246.shtml``,
  EmpireCMS counter scripts, full-width info lines, ``责任编辑``.
- ``mirror-b``: GBK (charset in ``<meta>``, in the HTTP header only, or nowhere), legacy ``<table>`` and
  ``<span>`` layouts, ``/page/2024/0720/25092703.shtml`` and ``/news/<hex>.html``, PHPCMS counter scripts.

Beside the pages each site directory holds the server's data: ``_counters.json`` (counter id -> stored
clicks), ``_headers.json`` (path -> Content-Type to send where the default is not wanted) and
``_modified.json`` (path -> Unix time for Last-Modified). Everything is derived from ``seed`` and
``now``: the same pair gives the same bytes.

The parts: ``content`` (texts, sites, article plans), ``skin`` (how mirror-a prints text),
``templates`` (the HTML of each site), ``truth`` (the records and ``DemoSiteMap``); this module
draws the plans, renders them and writes the trees.
"""

from __future__ import annotations

import json
import math
import random
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from crawler.demo.content import (
    CATEGORIES,
    CST,
    SITE_TITLES,
    SITES,
    WINDOW_DAYS,
    Plan,
    Texts,
    load_texts,
    plan_sites,
)
from crawler.demo.skin import MirrorText, Skin
from crawler.demo.templates import (
    EXTERNAL_LINKS,
    GBK_METAS,
    ROBOTS,
    SHARED_LABELS,
    about_page,
    home_page,
    list_page,
    list_path,
    mirror_a_article,
    mirror_b_article,
    original_article,
)
from crawler.demo.truth import DemoSiteMap, about_entry, article_entry, home_entry, list_entry, load_map

__all__ = [
    "CST",
    "EXTERNAL_LINKS",
    "ROBOTS",
    "SITES",
    "DemoSiteMap",
    "generate",
    "load_map",
    "load_texts",
]

PER_LIST_PAGE = 20


def generate(root: Path, *, articles: int = 300, seed: int = 7, now: datetime | None = None) -> DemoSiteMap:
    """Write the three sites under ``root`` (replacing what a previous run wrote) and return the map."""
    if articles < 0:
        raise ValueError("articles must be >= 0")
    root = Path(root)
    if now is None:
        now = datetime.now(CST)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=CST)
    now = now.astimezone(CST).replace(microsecond=0)
    texts = load_texts()
    rng = random.Random(seed)
    plans = plan_sites(rng, texts, now, articles)

    mirror_text = MirrorText(seed * 7919 + 1)
    a_plans = plans["mirror-a"]
    mirror_text.prepare(
        [
            *SHARED_LABELS,
            SITE_TITLES["mirror-a"],
            *texts.about,
            *texts.sources,
            *texts.editors,
            *texts.reviewers,
        ]
        + [name for _, name in CATEGORIES["mirror-a"]]
    )
    mirror_text.prepare([p.title for p in a_plans] + [p.paragraphs[0] for p in a_plans])
    mirror_text.prepare([text for p in a_plans for text in p.paragraphs[1:]], paragraphs=True)

    for site in SITES:
        site_dir = root / site
        if site_dir.exists():
            shutil.rmtree(site_dir)
        site_dir.mkdir(parents=True)
    pages: list[dict[str, Any]] = []
    for index, site in enumerate(SITES):
        site_rng = random.Random(f"{seed}|{site}")
        skin = Skin(site, site_rng, mirror_text if site == "mirror-a" else None)
        pages.extend(_write_site(root / site, site, plans[site], skin, site_rng, now, texts))
        del index
    (root / "truth.json").write_text(json.dumps(pages, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    meta = {"seed": seed, "now": now.isoformat(), "articles": articles, "sites": list(SITES)}
    (root / "_generated.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return DemoSiteMap(root, seed, now.isoformat(), pages)


def _write_site(
    site_dir: Path,
    site: str,
    plans: list[Plan],
    m: Skin,
    rng: random.Random,
    now: datetime,
    texts: Texts,
) -> list[dict[str, Any]]:
    encoding = "gbk" if site == "mirror-b" else "utf-8"
    headers: dict[str, str] = {}
    modified: dict[str, int] = {}
    counters: dict[str, int] = {}
    pages: list[dict[str, Any]] = []
    made_dirs: set[Path] = set()

    def write(path: str, text: str, at: datetime) -> None:
        target = site_dir / path.lstrip("/")
        if target.parent not in made_dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            made_dirs.add(target.parent)
        target.write_bytes(text.encode(encoding))
        modified[path] = int(at.timestamp())

    def declaration(path: str) -> str:
        """mirror-b: the charset in <meta>, in the HTTP header only, or nowhere."""
        if site != "mirror-b":
            return '<meta charset="utf-8">'
        roll = rng.random()
        if roll < 0.6:
            return GBK_METAS[rng.randrange(len(GBK_METAS))]
        headers[path] = "text/html; charset=gbk" if roll < 0.9 else "text/html"
        return ""

    for plan in plans:
        if site == "original":
            text = original_article(plan, m)
            if rng.random() < 0.05:
                headers[plan.path] = "text/html"  # a generic header: the page's <meta> decides
        elif site == "mirror-a":
            text = mirror_a_article(plan, m)
        else:
            text = mirror_b_article(plan, m, declaration(plan.path))
        write(plan.path, text, plan.published)
        if plan.counter:
            counters[plan.counter_id] = plan.clicks
        pages.append(article_entry(plan))

    # category lists, newest first
    newest_first = sorted(plans, key=lambda p: p.published, reverse=True)
    list_paths: list[str] = []
    for cat, (slug, name) in enumerate(CATEGORIES[site]):
        members = [p for p in newest_first if p.category == cat]
        npages = max(1, math.ceil(len(members) / PER_LIST_PAGE))
        for n in range(1, npages + 1):
            items = members[(n - 1) * PER_LIST_PAGE : n * PER_LIST_PAGE]
            path = list_path(slug, n)
            at = items[0].published if items else now - timedelta(days=WINDOW_DAYS)
            write(path, list_page(site, slug, name, items, n, npages, m, declaration(path)), at)
            list_paths.append(path)
            pages.append(list_entry(site, path, name, n, npages, items))
    latest = [p for p in newest_first if not p.disallowed][:12]
    at = latest[0].published if latest else now - timedelta(days=WINDOW_DAYS)
    write("/index.html", home_page(site, latest, m, declaration("/index.html")), at)
    pages.append(home_entry(site, latest))
    about_at = now - timedelta(days=WINDOW_DAYS + 30)
    write("/about.html", about_page(site, m, declaration("/about.html"), texts.about), about_at)
    pages.append(about_entry(site))
    (site_dir / "robots.txt").write_text(ROBOTS, encoding="ascii")
    modified["/robots.txt"] = int(about_at.timestamp())

    for name, data in (
        ("_headers.json", headers),
        ("_modified.json", modified),
        ("_counters.json", counters),
    ):
        (site_dir / name).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return pages
