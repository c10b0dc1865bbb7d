"""The demo site's truth: one record per page written, with the clean fields the extractor must
return for an article and the links a list or home page holds, and ``DemoSiteMap`` to read them.

``generate`` writes the records to ``truth.json``; ``load_map`` reads a tree's records back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.demo.content import CATEGORIES, SITES, Plan

__all__ = ["DemoSiteMap", "about_entry", "article_entry", "home_entry", "list_entry", "load_map"]


@dataclass
class DemoSiteMap:
    """What ``generate`` wrote: the root, the settings and one truth entry per page."""

    root: Path
    seed: int
    now: str
    pages: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sites(self) -> tuple[str, ...]:
        return SITES

    def site_dir(self, site: str) -> Path:
        return self.root / site

    def articles(self, site: str | None = None, *, allowed_only: bool = False) -> list[dict[str, Any]]:
        """Article entries, of one site or all, optionally without the robots-disallowed ones."""
        return [
            p
            for p in self.pages
            if p["kind"] == "article"
            and (site is None or p["site"] == site)
            and not (allowed_only and p["disallowed"])
        ]

    def page(self, site: str, path: str) -> dict[str, Any] | None:
        for p in self.pages:
            if p["site"] == site and p["path"] == path:
                return p
        return None

    def read(self, site: str, path: str) -> bytes:
        """The bytes a page was written with."""
        return (self.root / site / path.lstrip("/")).read_bytes()


def load_map(root: Path) -> DemoSiteMap:
    """Read a generated tree's ``truth.json`` back into a ``DemoSiteMap``."""
    root = Path(root)
    data = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    meta = json.loads((root / "_generated.json").read_text(encoding="utf-8"))
    return DemoSiteMap(root, meta["seed"], meta["now"], data)


def article_entry(plan: Plan) -> dict[str, Any]:
    """An article's record; with a counter script its clicks are the counter's, not the page's."""
    at = plan.printed_at
    assert at is not None
    counter = None
    if plan.counter:
        counter = {"kind": plan.counter, "id": plan.counter_id, "clicks": plan.clicks}
    article_id = plan.counter_id if plan.counter else plan.stem
    return {
        "site": plan.site,
        "path": plan.path,
        "kind": "article",
        "title": plan.title,
        "source": plan.source,
        "published_at": at.isoformat(),
        "clicks": None if plan.counter else plan.clicks,
        "counter": counter,
        "editor": plan.editor,
        "reviewer": plan.reviewer,
        "category": CATEGORIES[plan.site][plan.category][1],
        "body": "\n".join(plan.paragraphs),
        "related": [{"path": r.path, "title": r.title} for r in plan.related],
        "article_id": article_id,
        "disallowed": plan.disallowed,
        "copy_of": plan.copy_of.path if plan.copy_of else None,
    }


def list_entry(
    site: str, path: str, category: str, page: int, pages: int, items: list[Plan]
) -> dict[str, Any]:
    return {
        "site": site,
        "path": path,
        "kind": "list",
        "category": category,
        "page": page,
        "pages": pages,
        "links": [p.path for p in items],
    }


def home_entry(site: str, latest: list[Plan]) -> dict[str, Any]:
    return {
        "site": site,
        "path": "/index.html",
        "kind": "home",
        "links": [f"/{slug}/index.html" for slug, _ in CATEGORIES[site]] + [p.path for p in latest],
    }


def about_entry(site: str) -> dict[str, Any]:
    return {"site": site, "path": "/about.html", "kind": "other", "links": []}
