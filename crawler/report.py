"""One self-contained HTML page about the archive, with charts drawn as inline SVG.

No script and no external file: the page opens offline, prints, and survives being mailed.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from crawler.archive import ARTICLE_FIELDS, Archive

WIDTH, HEIGHT = 760, 260
PAD_LEFT, PAD_BOTTOM, PAD_TOP, PAD_RIGHT = 56, 40, 16, 16
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
MAX_DAYS = 120
GROWTH_CURVES = 10


def render_report(archive: Archive) -> str:
    stats = archive.stats(days=MAX_DAYS)
    sections = [
        _figure("articles-per-day", "Articles per day (publication date)", _bar_chart(_daily(archive))),
        _figure(
            "clicks-distribution",
            "Distribution of click counts (latest observation)",
            _bar_chart(_click_bins(archive)),
        ),
        _figure(
            "click-growth",
            "Clicks gained since first observation, most clicked articles observed more than once",
            _growth_chart(archive),
        ),
        _figure(
            "coverage-per-run",
            "Field coverage per crawl run (share of the run's articles with the field)",
            _coverage_chart(stats["crawl_runs"]),
        ),
    ]
    summary = (
        f"{stats['articles']} articles from {len(stats['sites'])} site(s), published {stats['first_published'] or '-'}"
        f" to {stats['last_published'] or '-'}; {stats['click_snapshots']} click snapshots, {stats['revisions']} revisions,"
        f" {stats['rejects']} rejects, {len(stats['crawl_runs'])} crawl runs."
    )
    tops = "".join(
        f"<div><h3>{html.escape(title)}</h3><ol>"
        + "".join(f"<li>{html.escape(str(name))} <span>{count}</span></li>" for name, count in stats[key])
        + "</ol></div>"
        for key, title in (
            ("top_sources", "Top sources"),
            ("top_editors", "Top editors"),
            ("top_reviewers", "Top reviewers"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>chanjing archive report</title>
<style>
body {{ font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 24px auto; max-width: 820px; color: #222; }}
h1 {{ font-size: 22px; }} h2 {{ font-size: 16px; margin: 0 0 6px; }} h3 {{ font-size: 14px; margin: 0; }}
figure.chart {{ margin: 24px 0; }} svg {{ background: #fafafa; border: 1px solid #ddd; }}
svg text {{ font-size: 11px; fill: #444; }} .tops {{ display: flex; gap: 32px; }} .tops span {{ color: #888; }}
.legend span {{ display: inline-block; margin-right: 12px; }} .legend i {{ display: inline-block; width: 10px; height: 10px; margin-right: 4px; }}
.empty {{ color: #888; font-style: italic; }}
</style></head><body>
<h1>chanjing archive report</h1>
<p>{html.escape(summary)}</p>
<div class="tops">{tops}</div>
{"".join(sections)}
</body></html>
"""


def _figure(ident: str, title: str, chart: str) -> str:
    return f'<figure class="chart" id="{ident}"><h2>{html.escape(title)}</h2>{chart}</figure>\n'


def _empty(message: str) -> str:
    return f'<p class="empty">{html.escape(message)}</p>'


def _daily(archive: Archive) -> list[tuple[str, int]]:
    counts = dict(
        archive.db.execute(
            "select substr(published_at, 1, 10), count(*) from articles where published_at is not null group by 1"
        ).fetchall()
    )
    if not counts:
        return []
    last = date.fromisoformat(max(counts))
    first = max(date.fromisoformat(min(counts)), last - timedelta(days=MAX_DAYS - 1))
    days = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    return [(day, counts.get(day, 0)) for day in days]


def _click_bins(archive: Archive) -> list[tuple[str, int]]:
    values = [row[0] for row in archive.db.execute("select clicks from articles where clicks is not null")]
    if not values:
        return []
    edges = [0, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
    bins = []
    for low, high in zip(edges, edges[1:] + [math.inf], strict=True):
        label = f"{low:,}–{high - 1:,}" if high != math.inf else f"≥{low:,}"
        bins.append((label, sum(1 for v in values if low <= v < high)))
    while bins and bins[-1][1] == 0:
        bins.pop()
    return bins


def _bar_chart(bars: Sequence[tuple[str, int]]) -> str:
    if not bars:
        return _empty("nothing to show yet")
    peak = max(count for _label, count in bars) or 1
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    step = plot_w / len(bars)
    label_every = max(1, math.ceil(len(bars) / 12))
    parts = [_axes(peak)]
    for i, (label, count) in enumerate(bars):
        h = plot_h * count / peak
        x = PAD_LEFT + i * step
        parts.append(
            f'<rect class="bar" x="{x + step * 0.1:.1f}" y="{PAD_TOP + plot_h - h:.1f}" width="{step * 0.8:.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{html.escape(label)}: {count}</title></rect>'
        )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + step / 2:.1f}" y="{HEIGHT - PAD_BOTTOM + 16}" text-anchor="middle">{html.escape(label[-5:] if len(bars) > 12 else label)}</text>'
            )
    return _svg(parts)


def _axes(peak: float) -> str:
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    ticks = []
    for i in range(5):
        value = peak * i / 4
        y = PAD_TOP + plot_h - plot_h * i / 4
        ticks.append(
            f'<line x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>'
            f'<text x="{PAD_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{_short(value)}</text>'
        )
    return (
        "".join(ticks)
        + f'<line class="axis" x1="{PAD_LEFT}" x2="{PAD_LEFT}" y1="{PAD_TOP}" y2="{HEIGHT - PAD_BOTTOM}" stroke="#888"/>'
        + f'<line class="axis" x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{HEIGHT - PAD_BOTTOM}" y2="{HEIGHT - PAD_BOTTOM}" stroke="#888"/>'
    )


def _short(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if value >= 1_000:
        return f"{value / 1_000:.1f}k"
    return f"{value:.2f}".rstrip("0").rstrip(".") if value < 10 else f"{value:.0f}"


def _svg(parts: list[str]) -> str:
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">{"".join(parts)}</svg>'


def _line_chart(
    series: list[tuple[str, list[tuple[float, float]]]], *, x_label: str, y_max: float | None = None
) -> str:
    points = [p for _name, line in series for p in line]
    if not points:
        return _empty("nothing to show yet")
    x_min, x_max = min(p[0] for p in points), max(p[0] for p in points)
    top = y_max if y_max is not None else max(p[1] for p in points) or 1
    span = (x_max - x_min) or 1
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    parts = [_axes(top)]
    legend = []
    for i, (name, line) in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        coords = " ".join(
            f"{PAD_LEFT + plot_w * (x - x_min) / span:.1f},{PAD_TOP + plot_h - plot_h * y / top:.1f}"
            for x, y in line
        )
        parts.append(
            f'<polyline class="series" fill="none" stroke="{colour}" stroke-width="2" points="{coords}"><title>{html.escape(name)}</title></polyline>'
        )
        legend.append(f'<span><i style="background:{colour}"></i>{html.escape(name)}</span>')
    parts.append(
        f'<text x="{WIDTH - PAD_RIGHT}" y="{HEIGHT - 8}" text-anchor="end">{html.escape(x_label)}</text>'
    )
    return _svg(parts) + f'<div class="legend">{"".join(legend)}</div>'


def _growth_chart(archive: Archive) -> str:
    rows = archive.db.execute(
        """
        select s.article_url, a.title, s.observed_at, s.clicks from click_snapshots s join articles a on a.url = s.article_url
        where s.article_url in (
            select article_url from click_snapshots group by article_url having count(*) > 1
            order by max(clicks) desc limit ?
        ) order by s.article_url, s.observed_at
        """,
        [GROWTH_CURVES],
    ).fetchall()
    curves: dict[str, tuple[str, list[tuple[float, float]]]] = {}
    first: dict[str, tuple[datetime, int]] = {}
    for url, title, observed_at, clicks in rows:
        _name, line = curves.setdefault(url, ((title or url)[:24], []))
        moment = datetime.fromisoformat(observed_at)
        start, base = first.setdefault(url, (moment, clicks))
        # Gains, not totals: a few hundred new clicks on an article with 80,000 would be a flat line.
        line.append(((moment - start).total_seconds() / 3600, clicks - base))
    if not curves:
        return _empty("no article has been observed twice yet: later crawls add snapshots")
    return _line_chart(list(curves.values()), x_label="hours since first observation")


def _coverage_chart(runs: list[dict[str, Any]]) -> str:
    with_coverage = [run for run in runs if run.get("coverage")]
    if not with_coverage:
        return _empty("no crawl run stored articles yet")
    series = [
        (name, [(float(run["id"]), float(run["coverage"].get(name, 0.0))) for run in with_coverage])
        for name in ARTICLE_FIELDS
    ]
    if len(with_coverage) == 1:  # one run: draw it as a flat segment so it is visible
        series = [(name, line + [(line[0][0] + 1, line[0][1])]) for name, line in series]
    return _line_chart(series, x_label="crawl run", y_max=1.0)
