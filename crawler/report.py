"""One self-contained HTML page about the archive, with charts drawn as inline SVG.

No script and no external file: the page opens offline, prints, and survives being mailed.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from crawler.archive import ARTICLE_FIELDS, Archive

WIDTH, HEIGHT = 760, 260
PAD_LEFT, PAD_BOTTOM, PAD_TOP, PAD_RIGHT = 64, 44, 16, 16
# The coverage of each field gets a small chart of its own, four to a row.
SMALL_WIDTH, SMALL_HEIGHT = 190, 150
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
        _figure(
            "articles-per-day",
            "Articles per day (publication date)",
            _bar_chart(_daily(archive), x_title="publication date", y_title="articles"),
        ),
        _figure(
            "clicks-distribution",
            "Distribution of click counts (latest observation)",
            _bar_chart(_click_bins(archive), x_title="clicks (latest observation)", y_title="articles"),
        ),
        _figure(
            "click-growth",
            "Clicks gained since first observation, most clicked articles observed more than once",
            _growth_chart(archive),
        ),
        _figure(
            "coverage-per-run",
            "Field coverage per crawl run (share of the run's articles with the field), one chart per field",
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
.empty {{ color: #888; font-style: italic; }} .axis-title {{ font-size: 12px; fill: #222; }}
.small-multiples {{ display: grid; grid-template-columns: repeat(4, {SMALL_WIDTH}px); gap: 8px; }}
.small-multiples h3 {{ font-weight: normal; }} .small-multiples .short {{ color: #d62728; }}
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


def _bar_chart(bars: Sequence[tuple[str, int]], *, x_title: str, y_title: str) -> str:
    if not bars:
        return _empty("nothing to show yet")
    ticks = _ticks(max(count for _label, count in bars), whole=True)
    top = ticks[-1]
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    step = plot_w / len(bars)
    label_every = max(1, math.ceil(len(bars) / 12))
    parts = [_y_axis(ticks, _short), _titles(x_title, y_title)]
    for i, (label, count) in enumerate(bars):
        h = plot_h * count / top
        x = PAD_LEFT + i * step
        parts.append(
            f'<rect class="bar" x="{x + step * 0.1:.1f}" y="{PAD_TOP + plot_h - h:.1f}" width="{step * 0.8:.1f}" '
            f'height="{h:.1f}" fill="{PALETTE[0]}"><title>{html.escape(label)}: {count}</title></rect>'
        )
        if i % label_every == 0:
            parts.append(
                f'<text class="tick x" x="{x + step / 2:.1f}" y="{HEIGHT - PAD_BOTTOM + 16}" text-anchor="middle">'
                f"{html.escape(label[-5:] if len(bars) > 12 else label)}</text>"
            )
    return _svg(parts)


def _ticks(peak: float, *, whole: bool, count: int = 4) -> list[float]:
    """0 up to a round top at or above `peak`, in about `count` round steps (1, 2 or 5 times a
    power of ten); with `whole`, steps of at least 1, so a count axis never reads 3.5 articles."""
    raw = max(peak, 1 if whole else 1e-9) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw * (1 - 1e-9))
    if whole:
        step = max(1, round(step))
    return [i * step for i in range(math.ceil(peak / step - 1e-9) + 1 if peak > 0 else 2)]


def _y_axis(
    ticks: Sequence[float], label: Callable[[float], str], *, width: int = WIDTH, height: int = HEIGHT
) -> str:
    """Grid lines and labels at `ticks` (the last is the top), and both axis lines."""
    plot_h = height - PAD_TOP - PAD_BOTTOM
    lines = []
    for value in ticks:
        y = PAD_TOP + plot_h - plot_h * value / ticks[-1]
        lines.append(
            f'<line x1="{PAD_LEFT}" x2="{width - PAD_RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>'
            f'<text class="tick y" x="{PAD_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{label(value)}</text>'
        )
    bottom = height - PAD_BOTTOM
    return (
        "".join(lines)
        + f'<line class="axis" x1="{PAD_LEFT}" x2="{PAD_LEFT}" y1="{PAD_TOP}" y2="{bottom}" stroke="#888"/>'
        + f'<line class="axis" x1="{PAD_LEFT}" x2="{width - PAD_RIGHT}" y1="{bottom}" y2="{bottom}" stroke="#888"/>'
    )


def _titles(x_title: str, y_title: str, *, width: int = WIDTH, height: int = HEIGHT) -> str:
    """The axes' titles: under the x axis, and up the y axis."""
    middle_x = (PAD_LEFT + width - PAD_RIGHT) / 2
    middle_y = (PAD_TOP + height - PAD_BOTTOM) / 2
    return (
        f'<text class="axis-title x" x="{middle_x:.1f}" y="{height - 6}" text-anchor="middle">'
        f"{html.escape(x_title)}</text>"
        f'<text class="axis-title y" transform="translate(14 {middle_y:.1f}) rotate(-90)" text-anchor="middle">'
        f"{html.escape(y_title)}</text>"
    )


def _short(value: float) -> str:
    """A tick's label: 1200 as 1.2k, 2500000 as 2.5M; round numbers stay exact."""
    for size, suffix in ((1_000_000, "M"), (1_000, "k")):
        if abs(value) >= size:
            return f"{value / size:.3f}".rstrip("0").rstrip(".") + suffix
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _svg(parts: list[str], *, width: int = WIDTH, height: int = HEIGHT) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'
    )


def _line_chart(
    series: list[tuple[str, list[tuple[float, float]]]],
    *,
    x_title: str,
    y_title: str,
    x_ticks: Callable[[float, float], list[float]],
    x_label: Callable[[float], str] = _short,
    y_ticks: list[float] | None = None,
    y_label: Callable[[float], str] = _short,
    width: int = WIDTH,
    height: int = HEIGHT,
    legend: bool = True,
) -> str:
    """Lines over shared axes; `y_ticks` default to whole numbers from 0 to the highest point."""
    points = [p for _name, line in series for p in line]
    if not points:
        return _empty("nothing to show yet")
    x_min, x_max = min(p[0] for p in points), max(p[0] for p in points)
    y_ticks = y_ticks or _ticks(max(p[1] for p in points), whole=True)
    top = y_ticks[-1]
    if x_max == x_min:  # one point each: in the middle
        x_min, x_max = x_min - 1, x_max + 1
        ticks_x = [x_min + 1]
    else:
        ticks_x = x_ticks(x_min, x_max)
    x_min, x_max = min(ticks_x[0], x_min), max(ticks_x[-1], x_max)
    span = (x_max - x_min) or 1
    plot_w, plot_h = width - PAD_LEFT - PAD_RIGHT, height - PAD_TOP - PAD_BOTTOM

    def px(x: float) -> str:
        return f"{PAD_LEFT + plot_w * (x - x_min) / span:.1f}"

    def py(y: float) -> str:
        return f"{PAD_TOP + plot_h - plot_h * y / top:.1f}"

    parts = [_y_axis(y_ticks, y_label, width=width, height=height)]
    parts += [
        f'<text class="tick x" x="{px(x)}" y="{height - PAD_BOTTOM + 16}" text-anchor="middle">{x_label(x)}</text>'
        for x in ticks_x
    ]
    parts.append(_titles(x_title, y_title, width=width, height=height))
    names = []
    for i, (name, line) in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        parts.append(
            f'<polyline class="series" fill="none" stroke="{colour}" stroke-width="2" '
            f'points="{" ".join(f"{px(x)},{py(y)}" for x, y in line)}"><title>{html.escape(name)}</title></polyline>'
        )
        parts += [
            f'<circle cx="{px(x)}" cy="{py(y)}" r="2.5" fill="{colour}">'
            f"<title>{html.escape(name)}: {x_label(x)}, {y_label(y)}</title></circle>"
            for x, y in line
        ]
        names.append(f'<span><i style="background:{colour}"></i>{html.escape(name)}</span>')
    chart = _svg(parts, width=width, height=height)
    return chart + (f'<div class="legend">{"".join(names)}</div>' if legend else "")


def _round_ticks(low: float, high: float) -> list[float]:
    return _ticks(high, whole=False, count=6) if high > 0 else [0.0, 1.0]


def _run_ticks(low: float, high: float) -> list[float]:
    """Run numbers: each run when there are few, else round steps between the first and the last."""
    step = _ticks(high - low, whole=True, count=4)[1]
    return [low + i * step for i in range(int((high - low) // step) + 1)] + (
        [high] if (high - low) % step else []
    )


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
    return _line_chart(
        list(curves.values()),
        x_title="hours since first observation",
        y_title="clicks gained",
        x_ticks=_round_ticks,
    )


def _coverage_chart(runs: list[dict[str, Any]]) -> str:
    """One small chart per field, all on the same 0-100% scale, so a field that drops stands out
    instead of hiding among ten lines at 100%; fields below 100% in the latest run are marked."""
    with_coverage = [run for run in runs if run.get("coverage")]
    if not with_coverage:
        return _empty("no crawl run stored articles yet")
    charts = []
    for name in ARTICLE_FIELDS:
        line = [(float(run["id"]), float(run["coverage"].get(name, 0.0))) for run in with_coverage]
        latest = line[-1][1]
        chart = _line_chart(
            [(name, line)],
            x_title="run",
            y_title="share",
            x_ticks=_run_ticks,
            x_label=lambda x: f"{x:.0f}",
            y_ticks=[0.0, 0.5, 1.0],
            y_label=_percent,
            width=SMALL_WIDTH,
            height=SMALL_HEIGHT,
            legend=False,
        )
        mark = ' class="short"' if latest < 1 else ""
        charts.append(
            f'<div class="small-multiple" data-field="{html.escape(name)}">'
            f"<h3>{html.escape(name)} <span{mark}>{_percent(latest)} in run {line[-1][0]:.0f}</span></h3>"
            f"{chart}</div>"
        )
    return f'<div class="small-multiples">{"".join(charts)}</div>'
