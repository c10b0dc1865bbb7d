"""What the demo site says: its vocabularies (``texts.txt``), its sites and categories, and the plan
of every article (title, paragraphs, dates, clicks, path, related articles) before any HTML.

``plan_sites`` draws everything from one ``random.Random``: the same seed and ``now`` give the same
plans, in the same order.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

__all__ = [
    "CATEGORIES",
    "CST",
    "SITES",
    "SITE_TITLES",
    "WINDOW_DAYS",
    "Plan",
    "Texts",
    "load_texts",
    "plan_sites",
]

CST = timezone(timedelta(hours=8))
SITES = ("original", "mirror-a", "mirror-b")
SITE_SHARES = (0.4, 0.3, 0.3)
TEXTS_FILE = Path(__file__).resolve().parent / "texts.txt"
RECENT_SHARE = 0.22  # share of articles published in the last 7 days
WINDOW_DAYS = 60
HOUSE_SOURCE = "中国产经观察"
HOUSE_PREFIX = "中国产经观察消息:"

# Categories per site: (directory, name). Mirror copies land in the category of the same index.
CATEGORIES = {
    "original": (
        ("difang", "地方新闻"),
        ("chanye", "产业动态"),
        ("keji", "科技创新"),
        ("nongye", "农业农村"),
    ),
    "mirror-a": (("local", "地方新闻"), ("industry", "产经要闻"), ("tech", "科技前沿")),
    "mirror-b": (
        ("hangye", "行业资讯"),
        ("quyu", "区域经济"),
        ("qiye", "企业动态"),
        ("nengyuan", "能源环保"),
    ),
}
SITE_TITLES = {"original": "中国产经观察", "mirror-a": "中国产经观察", "mirror-b": "产经观察网"}
COUNTER_SHARE = {"original": 0.2, "mirror-a": 0.25, "mirror-b": 0.25}
COPY_SHARE = {"mirror-a": 0.4, "mirror-b": 0.3}


# --- texts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    places: tuple[str, ...]
    industries: tuple[str, ...]
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    sentences: tuple[str, ...]
    sources: tuple[str, ...]
    editors: tuple[str, ...]
    reviewers: tuple[str, ...]
    about: tuple[str, ...]


@lru_cache(maxsize=1)
def load_texts() -> Texts:
    """Read ``texts.txt``: ``[section]`` headers, one item a line."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in TEXTS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    texts = Texts(**{name: tuple(sections[name]) for name in Texts.__dataclass_fields__})
    for items in sections.values():
        for item in items:
            item.encode("gbk")  # mirror-b prints everything in GBK
    return texts


# --- article plans -------------------------------------------------------------------------------------


@dataclass(eq=False)
class Plan:
    """One article page of one site, before rendering."""

    site: str
    title: str
    paragraphs: list[str]
    source: str
    editor: str | None
    reviewer: str | None
    category: int
    published: datetime
    clicks: int
    counter: str | None = None  # dedecms / empirecms / phpcms
    copy_of: Plan | None = None
    disallowed: bool = False
    variant: int = 0  # layout / info-line variant of the site's template
    number: int = 0  # id in the site's numbering
    counter_id: str = ""
    path: str = ""
    related: list[Plan] = field(default_factory=list)
    printed_at: datetime | None = None  # publication time as precise as the page prints it
    damage: int = -1  # mirror-a: index of the paragraph printed with byte-phase damage
    littered: int = -1  # mirror-a: index of the paragraph printed with comma/symbol litter
    summary_cut: int = 80

    @property
    def stem(self) -> str:
        return self.path.rsplit("/", 1)[-1].split(".", 1)[0]


def _split(total: int) -> list[int]:
    counts = [int(total * share) for share in SITE_SHARES]
    for i in range(total - sum(counts)):
        counts[i % 3] += 1
    return counts


def _clicks(rng: random.Random, age_days: float) -> int:
    base = math.exp(rng.uniform(math.log(40), math.log(60000)))
    return int(base * (0.3 + min(age_days, 30) / 30))


# --- planning ------------------------------------------------------------------------------------------


class _Planner:
    def __init__(self, rng: random.Random, texts: Texts, now: datetime) -> None:
        self.rng = rng
        self.texts = texts
        self.now = now
        self.bodies: set[tuple[str, ...]] = set()
        self.pool = self._pool()
        combos = len(texts.headlines) * len(texts.places) * len(texts.industries)
        self.order = list(range(combos))
        rng.shuffle(self.order)
        self.next_combo = 0

    def _pool(self) -> list[str]:
        sentences = list(self.texts.sentences)
        pool = []
        for _ in range(max(120, len(sentences) * 2)):
            pool.append("".join(self.rng.sample(sentences, self.rng.choice((2, 2, 3)))))
        return list(dict.fromkeys(pool))

    def published(self, recent: bool) -> datetime:
        low, high = (120, 7 * 86400 - 60) if recent else (7 * 86400 + 60, WINDOW_DAYS * 86400)
        return self.now - timedelta(seconds=self.rng.randint(low, high))

    def article(self, site: str, published: datetime, ncats: int) -> Plan:
        rng, texts = self.rng, self.texts
        if self.next_combo >= len(self.order):
            raise ValueError(f"the texts give {len(self.order)} distinct headlines; asked for more")
        combo = self.order[self.next_combo]
        self.next_combo += 1
        h, rest = divmod(combo, len(texts.places) * len(texts.industries))
        p, s = divmod(rest, len(texts.industries))
        place, industry = texts.places[p], texts.industries[s]
        title = texts.headlines[h].format(p=place, s=industry)
        source = rng.choice(texts.sources)
        lead = rng.choice(texts.leads).format(
            p=place, s=industry, m=published.month, d=published.day, n=rng.randint(12, 180)
        )
        prefix = HOUSE_PREFIX if source == HOUSE_SOURCE and rng.random() < 0.7 else ""
        first = prefix + lead + rng.choice(texts.sentences)
        while True:
            rest_paragraphs = rng.sample(self.pool, rng.randint(2, 7))
            body = (first, *rest_paragraphs)
            if body not in self.bodies:
                self.bodies.add(body)
                break
        age = (self.now - published).total_seconds() / 86400
        return Plan(
            site=site,
            title=title,
            paragraphs=list(body),
            source=source,
            editor=rng.choice(texts.editors) if rng.random() < 0.92 else None,
            reviewer=rng.choice(texts.reviewers) if rng.random() < 0.75 else None,
            category=rng.randrange(ncats),
            published=published,
            clicks=_clicks(rng, age),
            summary_cut=rng.randint(50, 90),
        )


def _recent_flags(rng: random.Random, n: int) -> list[bool]:
    flags = [i < math.ceil(n * RECENT_SHARE) for i in range(n)]
    rng.shuffle(flags)
    return flags


def plan_sites(rng: random.Random, texts: Texts, now: datetime, articles: int) -> dict[str, list[Plan]]:
    planner = _Planner(rng, texts, now)
    counts = _split(articles)
    plans: dict[str, list[Plan]] = {}
    originals: list[Plan] = []
    for site, count in zip(SITES, counts, strict=True):
        ncats = len(CATEGORIES[site])
        copies = 0 if site == "original" else min(int(count * COPY_SHARE[site]), len(originals))
        own = count - copies
        flags = _recent_flags(rng, own)
        site_plans = [planner.article(site, planner.published(flag), ncats) for flag in flags]
        sources = [o for o in originals if not o.disallowed]
        for original in rng.sample(sources, min(copies, len(sources))):
            delay = timedelta(seconds=rng.randint(600, 36 * 3600))
            published = min(original.published + delay, now)
            site_plans.append(
                Plan(
                    site=site,
                    title=original.title,
                    paragraphs=list(original.paragraphs),
                    source=original.source,
                    editor=original.editor,
                    reviewer=original.reviewer,
                    category=original.category % ncats,
                    published=published,
                    clicks=_clicks(rng, (now - published).total_seconds() / 86400),
                    copy_of=original,
                    summary_cut=original.summary_cut,
                )
            )
        site_plans.sort(key=lambda p: p.published)
        own_recent = [p for p in site_plans if p.copy_of is None and (now - p.published).days < 7]
        if own_recent:
            private = own_recent[len(own_recent) // 2]
            private.disallowed = True
            private.category = 0
        for plan in site_plans:
            plan.variant = rng.randrange(6)
            if rng.random() < COUNTER_SHARE[site]:
                plan.counter = {"original": "dedecms", "mirror-a": "empirecms", "mirror-b": "phpcms"}[site]
            if site == "mirror-b" and plan.variant % 2:
                plan.reviewer = None  # this template prints only [责任编辑:...]
            if site == "mirror-a":
                # the lead paragraph is the article's own; the others have checked damaged renderings
                plan.damage = rng.randrange(1, len(plan.paragraphs)) if rng.random() < 0.4 else -1
                plan.littered = rng.randrange(1, len(plan.paragraphs)) if rng.random() < 0.3 else -1
        _assign_paths(site, site_plans, rng)
        plans[site] = site_plans
        if site == "original":
            originals = site_plans
    for site_plans in plans.values():
        _assign_related(site_plans)
    return plans


def _assign_paths(site: str, plans: list[Plan], rng: random.Random) -> None:
    number = {"original": 12000, "mirror-a": 600000, "mirror-b": 25090000}[site]
    content_id = 100
    for plan in plans:  # oldest first: ids grow with time like a CMS's
        number += rng.randint(1, 9)
        content_id += rng.randint(1, 3)
        plan.number = number
        at = plan.published
        if site == "original":
            plan.path = f"/html/{at:%Y}/{at:%m%d}/{number}.html"
            plan.printed_at = at
            plan.counter_id = str(number)
        elif site == "mirror-a":
            plan.path = f"/{at:%Y}/{at:%m%d}/{number}.shtml"
            plan.printed_at = at.replace(second=0) if plan.variant % 2 == 0 else at
            plan.counter_id = str(number)
        else:
            if rng.random() < 0.25:
                digest = hashlib.sha1(f"{site}|{number}|{plan.title}".encode()).hexdigest()[:10]
                plan.path = f"/news/{digest}.html"
            else:
                plan.path = f"/page/{at:%Y}/{at:%m%d}/{number}.shtml"
            plan.printed_at = at.replace(second=0) if plan.variant % 2 == 0 else at
            plan.counter_id = str(content_id)
        if plan.disallowed:
            plan.path = "/private" + plan.path


def _assign_related(plans: list[Plan]) -> None:
    """Four articles of the same site: the nearest in time of the same category, then any."""
    visible = [p for p in plans if not p.disallowed]
    by_cat: dict[int, list[Plan]] = {}
    for p in visible:
        by_cat.setdefault(p.category, []).append(p)
    position = {id(p): i for i, p in enumerate(visible)}
    cat_position = {id(p): i for members in by_cat.values() for i, p in enumerate(members)}
    for plan in plans:
        same = by_cat.get(plan.category, [])
        pool, where = (same, cat_position) if len(same) > 4 else (visible, position)
        if not plan.disallowed and id(plan) in where:
            at = where[id(plan)]
            candidates = pool[max(0, at - 4) : at] + pool[at + 1 : at + 5]
        else:
            candidates = pool[-8:]
        candidates.sort(key=lambda p: abs((p.published - plan.published).total_seconds()))
        plan.related = [c for c in candidates if c is not plan][:4]
