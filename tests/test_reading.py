"""Reading an archive: query's guard, its table output and bound parameters, ISO weeks, filtered
stats, the report's charts and exports of any table or query, on a small archive written here."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.archive import (
    ARTICLE_FIELDS,
    Archive,
    ArticleRecord,
    Batch,
    ClickObservation,
    PageRecord,
    Rejection,
)
from tests.servers import ROOT

# (url, published_at, source, category, clicks): around two year boundaries, two sources.
ARTICLES = [
    ("http://news.test/a/1.html", "2020-12-31T09:00:00+08:00", "经济日报", "产经", 5),
    ("http://news.test/a/2.html", "2021-01-03T23:30:00+08:00", "经济日报", "产经", 12),
    ("http://news.test/a/3.html", "2021-01-04T08:00:00+08:00", "农民日报", "三农", 7),
    ("http://news.test/a/4.html", "2024-12-29T10:00:00+08:00", "农民日报", "三农", 3),
    ("http://news.test/a/5.html", "2024-12-30T10:00:00+08:00", "经济日报", "产经", 40),
    ("http://news.test/a/6.html", "2025-01-05T10:00:00+08:00", "经济日报", "三农", 2),
]


def chanjing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def _write_run(archive: Archive, articles, *, at: str, editor: str | None) -> None:
    run = archive.start_run(["http://news.test/"])
    pages, records, observations = [], [], []
    for url, published_at, source, category, clicks in articles:
        pages.append(PageRecord(url, at, 200, run, "f.warc.gz", 0, 100))
        fields = {
            "title": f"标题{url[-6]}",
            "body": "第一段。\n第二段。",
            "source": source,
            "category": category,
            "published_at": published_at,
            "clicks": clicks,
            "editor": editor,
            "reviewer": "李四" if source == "经济日报" else None,
            "related": [{"url": url + "?r", "title": "相关", "summary": None}],
        }
        records.append(ArticleRecord(url, fields, at, run))
        observations.append(ClickObservation(url, clicks, at, run))
    rejection = Rejection("http://news.test/list.html", "not an article page", run, at)
    archive.write(Batch(pages=pages, articles=records, observations=observations, rejections=[rejection]))
    coverage = archive.field_coverage(url for url, *_ in articles)
    archive.finish_run(run, status="finished", stats={"pages": len(pages), "coverage": coverage})


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("small") / "archive.db"
    with Archive(db) as archive:
        _write_run(archive, ARTICLES[:3], at="2026-01-01T00:00:00+00:00", editor=None)
        _write_run(archive, ARTICLES, at="2026-01-02T00:00:00.250000+00:00", editor="张三")
    return db


# --- query: reads only ----------------------------------------------------------------------------


def _refused(db: Path, sql: str, what: str) -> None:
    result = chanjing("query", sql, "--db", str(db))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("chanjing: refused: "), result.stderr
    assert what in lines[0] and result.stdout == ""


def test_query_attach_is_refused_and_creates_no_file(small_db, tmp_path):
    target = tmp_path / "attached.db"
    _refused(small_db, f"attach database '{target}' as other", "ATTACH is not allowed")
    assert not target.exists()
    _refused(small_db, "detach database main", "DETACH is not allowed")


def test_query_vacuum_into_is_refused_and_creates_no_file(small_db, tmp_path):
    target = tmp_path / "copy.db"
    _refused(small_db, f"vacuum into '{target}'", "VACUUM is not allowed")
    _refused(small_db, f"/* a copy */ VACUUM main INTO '{target}'", "VACUUM is not allowed")
    assert not target.exists()
    _refused(small_db, "vacuum", "VACUUM is not allowed")


@pytest.mark.parametrize(
    "sql",
    [
        "pragma writable_schema=ON",
        "PRAGMA journal_mode = DELETE",
        "pragma user_version = 7",
        "pragma optimize",
    ],
)
def test_query_pragmas_that_set_something_are_refused(small_db, sql):
    _refused(small_db, sql, "PRAGMA")
    with Archive(small_db, readonly=True) as archive:
        assert archive.db.execute("pragma journal_mode").fetchone()[0] == "wal"
        assert archive.db.execute("pragma user_version").fetchone()[0] != 7


@pytest.mark.parametrize(
    ("sql", "what"),
    [
        ("delete from articles", "DELETE"),
        ("with doomed as (select url from articles) delete from articles", "DELETE (articles)"),
        ("update articles set clicks = 0", "UPDATE"),
        ("insert into rejects (url) values ('x')", "INSERT"),
        ("create temp table scratch (x)", "CREATE"),
        ("create view mine as select 1", "CREATE"),
        ("drop table rejects", "DROP"),
        ("alter table articles add column x", "ALTER"),
        ("begin immediate", "BEGIN"),
    ],
)
def test_query_writes_are_refused(small_db, sql, what):
    _refused(small_db, sql, f"{what} is not allowed")
    with Archive(small_db, readonly=True) as archive:
        assert archive.count("articles") == len(ARTICLES) and archive.count("rejects") == 2


def test_query_reads_and_read_only_pragmas(small_db):
    names = chanjing("query", "pragma table_info(articles)", "--db", str(small_db), "--json")
    assert names.returncode == 0, names.stderr
    assert "published_at" in [json.loads(line)["name"] for line in names.stdout.splitlines()]
    function = chanjing("query", "select name from pragma_table_info('rejects')", "--db", str(small_db))
    assert function.returncode == 0 and "reason" in function.stdout.split()
    version = chanjing("query", "pragma user_version", "--db", str(small_db), "--csv")
    assert version.returncode == 0 and version.stdout.splitlines()[0] == "user_version"


def test_query_python_api_is_guarded_even_on_a_writable_archive(small_db, tmp_path):
    from crawler.archive import ArchiveError

    with Archive(small_db) as archive:
        with pytest.raises(ArchiveError, match="DELETE is not allowed"):
            archive.query("delete from articles")
        names, rows = archive.query("select count(*) as n from articles where source = :s", {"s": "经济日报"})
        assert names == ["n"] and list(rows) == [(4,)]
        # Its own SQL still writes: the guard is on the query's connection only.
        archive.db.execute("create temp table mine (x)")


def test_query_binds_parameters(small_db):
    sql = "select url from articles where source = :source and clicks > :least order by url"
    result = chanjing(
        "query", sql, "-p", "source", "经济日报", "--param", "least", "10", "--db", str(small_db)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["url", "http://news.test/a/2.html", "http://news.test/a/5.html"]
    injected = chanjing(
        "query", sql, "-p", "source", "x' or '1'='1", "-p", "least", "0", "--db", str(small_db)
    )
    assert injected.returncode == 0 and injected.stdout.splitlines() == ["url"]
    missing = chanjing("query", sql, "-p", "source", "经济日报", "--db", str(small_db))
    assert missing.returncode == 1 and "least" in missing.stderr and len(missing.stderr.splitlines()) == 1
    usage = chanjing("query", sql, "-p", "source")
    assert usage.returncode == 2 and "usage: Option '-p' requires 2 arguments" in usage.stderr


def test_query_table_output_is_aligned(small_db):
    sql = "select source, count(*) as n, sum(clicks) as clicks from articles group by 1 order by 1"
    result = chanjing("query", sql, "-t", "--db", str(small_db))
    assert result.returncode == 0, result.stderr
    header, rule, *rows = result.stdout.splitlines()
    assert header.split() == ["source", "n", "clicks"] and set(rule) == {"-", " "}
    assert [row.split() for row in rows] == [["农民日报", "2", "10"], ["经济日报", "4", "59"]]
    # Columns line up on screen: CJK characters are two columns wide, numbers are right-aligned.
    widths = [len(cell) for cell in rule.split("  ")]
    assert widths == [len("农民日报") * 2, 1, len("clicks")]
    assert all(row.endswith(("10", "59")) and _screen_width(row) == _screen_width(rule) for row in rows)
    long = chanjing("query", sql, "--table", "--db", str(small_db))
    assert long.stdout == result.stdout


def _screen_width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# --- ISO weeks, filtered stats ----------------------------------------------------------------------


def test_weeks_are_iso_weeks_across_new_year(small_db):
    result = chanjing("stats", "--db", str(small_db), "--json")
    assert result.returncode == 0, result.stderr
    # 2020-12-31 and 2021-01-03 are the same week, 2020's 53rd; 2024-12-30 opens 2025's first week.
    assert json.loads(result.stdout)["per_week"] == [
        ["2020-W53", 2],
        ["2021-W01", 1],
        ["2024-W52", 1],
        ["2025-W01", 2],
    ]
    text = chanjing("stats", "--db", str(small_db)).stdout
    assert "articles per week: 2020-W53 2, 2021-W01 1, 2024-W52 1, 2025-W01 2" in text


def test_the_iso_week_expression_agrees_with_python_on_every_day():
    import sqlite3
    from datetime import date, timedelta

    from crawler.archive.reads import iso_week

    days = [date(1999, 12, 1) + timedelta(days=i) for i in range(366 * 42)]
    conn = sqlite3.connect(":memory:")
    conn.execute("create table d (day text)")
    conn.executemany("insert into d values (?)", [(day.isoformat(),) for day in days])
    got = [row[0] for row in conn.execute(f"select {iso_week('day')} from d order by day")]
    expected = [f"{day.isocalendar().year}-W{day.isocalendar().week:02d}" for day in days]
    assert got == expected
    assert expected[days.index(date(2024, 12, 30))] == "2025-W01"
    assert expected[days.index(date(2021, 1, 3))] == "2020-W53"


def _stats(db: Path, *args: str) -> dict:
    result = chanjing("stats", "--db", str(db), "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_stats_filters_change_the_counts(small_db):
    everything = _stats(small_db)
    assert everything["articles"] == len(ARTICLES) and everything["filters"] == {}
    with Archive(small_db, readonly=True) as archive:
        snapshots = dict(
            archive.db.execute("select article_url, count(*) from click_snapshots group by 1").fetchall()
        )
    assert everything["click_snapshots"] == sum(snapshots.values())
    cases = {
        ("--source", "经济日报"): [a for a in ARTICLES if a[2] == "经济日报"],
        ("--category", "三农"): [a for a in ARTICLES if a[3] == "三农"],
        ("--since", "2024-12-30"): ARTICLES[4:],
        ("--until", "2021-01-03"): ARTICLES[:2],
        ("--since", "2021-01-01", "--until", "2025-01-01", "--source", "农民日报"): ARTICLES[2:4],
    }
    for args, chosen in cases.items():
        stats = _stats(small_db, *args)
        assert stats["articles"] == len(chosen), args
        assert stats["top_sources"] == sorted(
            [[s, sum(a[2] == s for a in chosen)] for s in {a[2] for a in chosen}], key=lambda p: (-p[1], p[0])
        )
        assert (
            sum(n for _week, n in stats["per_week"]) == sum(n for _day, n in stats["per_day"]) == len(chosen)
        )
        assert stats["first_published"] == min(a[1] for a in chosen)
        assert stats["click_snapshots"] == sum(snapshots[a[0]] for a in chosen)
        assert stats["rejects"] == everything["rejects"]  # not articles: the whole archive's
        assert stats["filters"] == {k.lstrip("-"): v for k, v in zip(args[::2], args[1::2], strict=True)}
        assert stats["coverage"]["reviewer"] == round(
            sum(a[2] == "经济日报" for a in chosen) / len(chosen), 4
        )
    assert everything["coverage"]["reviewer"] == round(4 / 6, 4)
    bad = chanjing("stats", "--db", str(small_db), "--since", "2021-02-30")
    assert (
        bad.returncode == 1
        and bad.stderr
        == "chanjing: --since: not a date: '2021-02-30' (use YYYY-MM-DD or an ISO 8601 timestamp)\n"
    )
    text = chanjing("stats", "--db", str(small_db), "--source", "农民日报").stdout
    assert text.startswith("2 articles (source 农民日报), published 2021-01-04T08:00:00+08:00")


# --- the report's charts --------------------------------------------------------------------------

COUNT_CHARTS = ("articles-per-day", "clicks-distribution", "click-growth")


def _report(db: Path, tmp_path: Path) -> dict[str, str]:
    out = tmp_path / "report.html"
    result = chanjing("report", "--db", str(db), "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    return dict(re.findall(r'<figure class="chart" id="([\w-]+)">(.*?)</figure>', page, re.S))


def _tick_value(label: str) -> float:
    scale = {"k": 1_000, "M": 1_000_000}.get(label[-1], 1)
    return float(label.rstrip("kM")) * scale


def test_report_count_axes_have_whole_ticks_and_every_chart_titled_axes(small_db, tmp_path):
    figures = _report(small_db, tmp_path)
    assert list(figures) == [*COUNT_CHARTS, "coverage-per-run"]
    charts = 0
    for ident, body in figures.items():
        for svg in re.findall(r"<svg.*?</svg>", body, re.S):
            charts += 1
            for axis in ("x", "y"):
                titles = re.findall(rf'<text class="axis-title {axis}"[^>]*>([^<]+)</text>', svg)
                assert len(titles) == 1 and titles[0].strip(), (ident, axis)
            ticks = re.findall(r'<text class="tick y"[^>]*>([^<]+)</text>', svg)
            assert len(ticks) >= 2 and "0" in ticks[0], (ident, ticks)
            if ident in COUNT_CHARTS:
                values = [_tick_value(t) for t in ticks]
                assert all(v == int(v) for v in values), (ident, ticks)
                assert values == sorted(set(values)) and values[0] == 0
    assert charts == len(COUNT_CHARTS) + len(ARTICLE_FIELDS)
    # Six articles on six different days: the daily axis counts 0 and 1, nothing in between.
    assert re.findall(r'<text class="tick y"[^>]*>([^<]+)</text>', figures["articles-per-day"]) == ["0", "1"]
    assert "publication date" in figures["articles-per-day"]
    assert "clicks gained" in figures["click-growth"]


def test_report_coverage_has_one_small_chart_per_field(small_db, tmp_path):
    coverage = _report(small_db, tmp_path)["coverage-per-run"]
    panels = re.findall(r'<div class="small-multiple" data-field="(\w+)">(.*?)</svg></div>', coverage, re.S)
    assert [field for field, _ in panels] == list(ARTICLE_FIELDS)
    for field, panel in panels:
        assert panel.count("<svg") == 1 and panel.count('<polyline class="series"') == 1, field
        ticks = re.findall(r'<text class="tick y"[^>]*>([^<]+)</text>', panel)
        assert ticks == ["0%", "50%", "100%"], field  # the same scale in every panel
        assert re.findall(r'<text class="tick x"[^>]*>([^<]+)</text>', panel) == ["1", "2"], field
    panel = dict(panels)
    # The first run stored no editor; the second did, for every article.
    assert re.findall(r"<title>editor: (\d), (\d+%)</title>", panel["editor"]) == [("1", "0%"), ("2", "100%")]
    assert '<span class="short">67% in run 2</span>' in panel["reviewer"]
    assert '<span class="short">' not in panel["title"] and "100% in run 2" in panel["title"]


@pytest.mark.parametrize(
    "peak", [0, 1, 2, 3, 4, 5, 7, 9, 10, 13, 37, 99, 101, 250, 999, 1234, 48_000, 3_100_000]
)
def test_count_ticks_are_whole_round_and_reach_the_peak(peak):
    from crawler.report import _short, _ticks

    ticks = _ticks(peak, whole=True)
    step = ticks[1] - ticks[0]
    assert ticks[0] == 0 and ticks[-1] >= peak and 2 <= len(ticks) <= 6
    assert all(t == int(t) for t in ticks) and all(
        b - a == step for a, b in zip(ticks, ticks[1:], strict=False)
    )
    assert str(int(step)).strip("0") in ("1", "2", "5")
    assert all(_tick_value(_short(t)) == t for t in ticks)


# --- export: any table or view, any query -------------------------------------------------------

EXPORTED = ("crawl_runs", "pages", "rejects", "article_revisions", "click_snapshots", "related_links")


def _export(db: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return chanjing("export", "--db", str(db), "--out", str(out), *args)


def _read_back(out: Path) -> list[dict]:
    import pyarrow.parquet as pq

    if out.suffix == ".parquet":
        return pq.read_table(out).to_pylist()
    text = out.read_text(encoding="utf-8")
    if out.suffix == ".json":
        return json.loads(text)
    if out.suffix in (".jsonl", ".ndjson"):
        return [json.loads(line) for line in text.splitlines()]
    import csv

    return list(csv.DictReader(text.splitlines()))


def test_every_table_and_view_exports_in_every_format(small_db, tmp_path):
    with Archive(small_db, readonly=True) as archive:
        tables = archive.tables()
        counts = {table: archive.count_rows(table) for table in tables}
    assert set(EXPORTED) <= set(tables) and "articles_search_data" not in tables
    for table in tables:
        got = {}
        for suffix in (".csv", ".json", ".jsonl", ".ndjson", ".parquet"):
            out = tmp_path / f"{table}{suffix}"
            result = _export(small_db, out, "--table", table)
            assert result.returncode == 0, (table, result.stderr)
            assert result.stderr.splitlines()[-1] == f"{counts[table]} rows of {table} written to {out}"
            got[suffix] = _read_back(out)
            assert len(got[suffix]) == counts[table], (table, suffix)
        assert got[".json"] == got[".jsonl"] == got[".ndjson"]
        assert [row.keys() for row in got[".csv"]] == [row.keys() for row in got[".parquet"]]
        if table in EXPORTED:
            assert counts[table] > 0, table
    runs = _read_back(tmp_path / "crawl_runs.jsonl")
    assert [run["id"] for run in runs] == [1, 2] and json.loads(runs[1]["stats"])["pages"] == len(ARTICLES)
    assert [r["reason"] for r in _read_back(tmp_path / "rejects.json")] == ["not an article page"] * 2


def test_parquet_columns_are_typed(small_db, tmp_path):
    import pyarrow as pa

    def schema(table: str) -> dict[str, pa.DataType]:
        out = tmp_path / f"{table}.parquet"
        assert _export(small_db, out, "--table", table).returncode == 0
        import pyarrow.parquet as pq

        return {field.name: field.type for field in pq.read_schema(out)}

    articles = schema("articles")
    assert articles["published_at"] == pa.timestamp("us", tz="+08:00")
    assert articles["first_seen_at"] == articles["last_changed_at"] == pa.timestamp("us", tz="UTC")
    assert articles["clicks"] == articles["page_id"] == pa.int64()
    assert articles["title"] == articles["breadcrumbs"] == pa.string()
    snapshots = schema("click_snapshots")
    assert snapshots["observed_at"] == pa.timestamp("us", tz="UTC")
    assert snapshots["clicks"] == snapshots["id"] == snapshots["crawl_run_id"] == pa.int64()
    assert schema("crawl_runs")["started_at"] == pa.timestamp("us", tz="UTC")
    pages = schema("pages")
    assert pages["status"] == pages["warc_offset"] == pages["id"] == pa.int64()
    assert pages["fetched_at"] == pa.timestamp("us", tz="UTC")
    assert schema("related_links")["position"] == pa.int64()
    assert schema("article_copies")["copies"] == pa.int64()
    # The values are the instants the text says.
    from datetime import datetime

    rows = _read_back(tmp_path / "articles.parquet")
    assert [row["published_at"] for row in rows] == [datetime.fromisoformat(a[1]) for a in ARTICLES]
    assert str(rows[0]["published_at"]) == ARTICLES[0][1].replace("T", " ")
    assert rows[0]["last_changed_at"] == datetime.fromisoformat("2026-01-02T00:00:00.250000+00:00")


def test_export_sql_result_in_every_format(small_db, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    sql = (
        "select source, count(*) as n, avg(clicks) as mean_clicks, max(published_at) as last_at"
        " from articles where category = :category group by source order by source"
    )
    expected = [
        {"source": "农民日报", "n": 2, "mean_clicks": 5.0, "last_at": "2024-12-29T10:00:00+08:00"},
        {"source": "经济日报", "n": 1, "mean_clicks": 2.0, "last_at": "2025-01-05T10:00:00+08:00"},
    ]
    for suffix in (".json", ".jsonl", ".csv", ".parquet"):
        out = tmp_path / f"q{suffix}"
        result = _export(small_db, out, "--sql", sql, "-p", "category", "三农")
        assert result.returncode == 0, result.stderr
        assert result.stderr.splitlines()[-1] == f"2 rows of the query written to {out}"
        got = _read_back(out)
        if suffix == ".csv":
            assert got == [{k: str(v) for k, v in row.items()} for row in expected]
        elif suffix == ".parquet":
            from datetime import datetime

            assert got == [{**row, "last_at": datetime.fromisoformat(row["last_at"])} for row in expected]
        else:
            assert got == expected
    types = {field.name: field.type for field in pq.read_schema(tmp_path / "q.parquet")}
    assert types == {
        "source": pa.string(),
        "n": pa.int64(),
        "mean_clicks": pa.float64(),
        "last_at": pa.timestamp("us", tz="+08:00"),
    }
    stdout = chanjing(
        "export", "--db", str(small_db), "--sql", "select 1 as one", "--format", "json", "--out", "-"
    )
    assert stdout.returncode == 0 and json.loads(stdout.stdout) == [{"one": 1}]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["2025-01-01T08:00:00+08:00", "2025-01-01T00:00:00+00:00"], ("timestamp", "UTC")),  # offsets differ
        (["2025-01-01T08:00:00", "2025-01-02 09:30:00"], ("timestamp", None)),  # no offset at all
        (["2025-01-01T08:00:00+08:00", "2025-01-01T08:00:00"], ("string", None)),  # some with, some without
        (["2025-01-01T08:00:00+08:00", "yesterday"], ("string", None)),
        ([1, 2.5], ("double", None)),
        ([1, "one"], ("string", None)),
        ([None, 3], ("int64", None)),
    ],
)
def test_parquet_types_of_query_columns(small_db, tmp_path, values, expected):
    import pyarrow.parquet as pq

    literals = ["null" if v is None else f"'{v}'" if isinstance(v, str) else str(v) for v in values]
    sql = (
        " union all ".join(f"select {i} as i, {v} as seen_at" for i, v in enumerate(literals)) + " order by i"
    )
    out = tmp_path / "t.parquet"
    assert _export(small_db, out, "--sql", sql).returncode == 0
    field = pq.read_schema(out).field("seen_at").type
    kind, zone = expected
    assert str(field).startswith(kind) and getattr(field, "tz", None) == zone
    got = pq.read_table(out).column("seen_at").to_pylist()
    assert len(got) == len(values) and (got[0] is None) == (values[0] is None)


def test_export_sql_that_would_write_is_refused_and_writes_nothing(small_db, tmp_path):
    out = tmp_path / "out.csv"
    for sql, what in (
        ("delete from articles", "DELETE is not allowed"),
        ("update articles set clicks = 0", "UPDATE is not allowed"),
        (f"attach database '{tmp_path / 'other.db'}' as other", "ATTACH is not allowed"),
        (f"vacuum into '{tmp_path / 'copy.db'}'", "VACUUM is not allowed"),
        ("pragma writable_schema = ON", "PRAGMA writable_schema = ON is not allowed"),
    ):
        for suffix in (".csv", ".parquet"):
            result = _export(small_db, out.with_suffix(suffix), "--sql", sql)
            assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
            assert result.stderr.startswith("chanjing: refused: ") and what in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    with Archive(small_db, readonly=True) as archive:
        assert archive.count("articles") == len(ARTICLES)


def test_export_asked_wrongly(small_db, tmp_path):
    out = tmp_path / "x.csv"
    for args in (
        ["--sql", "select 1", "--table", "pages"],
        ["--sql", "select 1", "--since", "2025-01-01"],
        ["--sql", "select 1", "--fields", "url"],
        ["--table", "pages", "-p", "a", "1"],
    ):
        result = _export(small_db, out, *args)
        assert result.returncode == 2 and result.stderr.startswith("chanjing export: usage: "), args
    for args, message in (
        (["--table", "nope"], "no table or view 'nope' in the archive: choose one of article_copies,"),
        (["--table", "pages", "--source", "经济日报"], "pages has no article to pick by"),
        (["--table", "crawl_runs", "--fields", "id,nope"], "unknown field(s) for crawl_runs: nope"),
        (["--sql", "select nope from articles"], "SQL error: no such column: nope"),
    ):
        result = _export(small_db, out, *args)
        # The progress bar's label may come first; the trouble is one line, the last.
        assert result.returncode == 1 and message in result.stderr.splitlines()[-1], args
        assert "Traceback" not in result.stderr
    assert not out.exists()


def test_export_filters_pick_revisions_by_their_article(small_db, tmp_path):
    out = tmp_path / "revisions.jsonl"
    assert _export(small_db, out, "--table", "article_revisions", "--source", "经济日报").returncode == 0
    urls = [row["article_url"] for row in _read_back(out)]
    assert urls and sorted(set(urls)) == [a[0] for a in ARTICLES[:3] if a[2] == "经济日报"]


def test_parquet_is_written_a_row_group_at_a_time(small_db, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    import crawler.export
    from crawler.export import export

    monkeypatch.setattr(crawler.export, "_ROW_GROUP", 1000)
    out = tmp_path / "many.parquet"
    sql = "with recursive n(i) as (select 1 union all select i + 1 from n where i < 2500) select i from n"
    with Archive(small_db, readonly=True) as archive:
        assert export(archive, out, sql=sql) == 2500
    meta = pq.ParquetFile(out).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [1000, 1000, 500]
    assert pq.read_table(out).column("i").to_pylist() == list(range(1, 2501))
