"""Datasets out of the archive: JSON Lines, CSV (Excel-friendly on request) and Parquet, streamed.

Rows come from `Archive.rows` a thousand at a time and go straight to the file, so memory
stays flat whatever the archive's size. Order is stable (the table's key), so two exports of
the same archive are byte-identical.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from crawler.archive import Archive, ArchiveError

FORMATS = ("jsonl", "csv", "parquet")
_PARQUET_BATCH = 5000


def export(
    archive: Archive,
    out: Path,
    *,
    format: str,
    table: str = "articles",
    fields: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
    bom: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the selected rows to `out`; returns how many. `progress` is told of each 1,000 written."""
    if format not in FORMATS:
        raise ArchiveError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
    rows = archive.rows(table, since=since, until=until, source=source, category=category, fields=fields)
    columns = list(fields) if fields else archive.columns(table)
    # Validate before creating the file: a bad field or date must not leave an empty export behind.
    first = next(rows, None)
    stream = _counted(rows if first is None else _chain(first, rows), progress)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[format]
    if format == "parquet":
        return writer(stream, out, columns, _column_types(archive, table, columns))
    return writer(stream, out, columns, bom)


def _chain(first: dict[str, Any], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest


def _counted(
    rows: Iterable[dict[str, Any]], progress: Callable[[int], None] | None
) -> Iterator[dict[str, Any]]:
    pending = 0
    for row in rows:
        yield row
        pending += 1
        if progress is not None and pending == 1000:
            progress(pending)
            pending = 0
    if progress is not None and pending:
        progress(pending)


def _write_jsonl(rows: Iterable[dict[str, Any]], out: Path, columns: list[str], bom: bool) -> int:
    count = 0
    with open(out, "w", encoding="utf-8-sig" if bom else "utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_csv(rows: Iterable[dict[str, Any]], out: Path, columns: list[str], bom: bool) -> int:
    """RFC 4180 CSV; with `bom`, a UTF-8 byte-order mark so Excel reads the Chinese text as UTF-8."""
    count = 0
    with open(out, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(_csv_value(row[name]) for name in columns)
            count += 1
    return count


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _column_types(archive: Archive, table: str, columns: list[str]) -> dict[str, str]:
    declared = {column.name: column.type.upper() for column in archive.db[table].columns}
    return {name: declared.get(name, "TEXT") for name in columns}


def _write_parquet(
    rows: Iterable[dict[str, Any]], out: Path, columns: list[str], types: dict[str, str]
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            (
                name,
                pa.int64()
                if types[name] == "INTEGER"
                else pa.float64()
                if types[name] == "FLOAT"
                else pa.string(),
            )
            for name in columns
        ]
    )
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append({name: _parquet_value(row[name], types[name]) for name in columns})
            if len(batch) == _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _parquet_value(value: Any, kind: str) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if kind == "TEXT" and value is not None and not isinstance(value, str):
        return str(value)
    return value
