"""Datasets out of the archive: JSON Lines, JSON, CSV (Excel-friendly on request) and Parquet, streamed.

What is exported is a table or view (articles by default, filtered by their articles where rows
have one) or the result of the user's SQL, which may only read (see crawler.archive.Query).
Rows come from the archive a thousand at a time and go straight to the file, so memory stays
flat whatever the archive's size. Order is stable (the table's key), so two exports of the same
archive are identical. JSON columns (breadcrumbs, images, related, warnings) are JSON in JSON
Lines and JSON, and JSON text in CSV and Parquet. CSV cells that a spreadsheet would run as
formulas (starting with =, +, -, @, tab or CR) are written with a leading ' so they stay text.

Parquet columns are typed by what they hold, read in a first pass over the same snapshot:
whole numbers int64, other numbers float64, and columns named *_at whose values are all ISO
8601 timestamps a timestamp (microseconds; with the time zone of their offset, UTC when the
offsets differ, none when they have none); anything else is a string.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from crawler.archive import Archive, ArchiveError

FORMATS = ("jsonl", "json", "csv", "parquet")
# What a file's name says of its format, when none is given.
_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
STDOUT = "-"
# What a Parquet row group gathers before it is written: big enough to compress well, small
# enough to stream. Articles are large (body and raw body), so text is counted, not only rows.
_ROW_GROUP = 50_000
_ROW_GROUP_TEXT = 8 << 20


def format_of(out: Path | str) -> str | None:
    """The format a file name asks for (`x.csv` -> csv), or None (stdout, an unknown extension)."""
    return None if str(out) == STDOUT else _SUFFIXES.get(Path(out).suffix.lower())


@contextmanager
def _opened(out: Path | str, *, binary: bool = False, **text_options) -> Iterator[IO]:
    """`out` opened for writing; `-` is standard output, left open for whoever writes next."""
    if str(out) != STDOUT:
        with open(out, "wb" if binary else "w", **text_options) as handle:
            yield handle
        return
    stream = sys.stdout.buffer
    if binary:
        yield stream
        stream.flush()
        return
    handle = io.TextIOWrapper(stream, write_through=True, **text_options)
    try:
        yield handle
    finally:
        handle.flush()
        handle.detach()


def export(
    archive: Archive,
    out: Path | str,
    *,
    format: str | None = None,
    table: str = "articles",
    sql: str | None = None,
    params: Sequence[Any] | dict[str, Any] = (),
    fields: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
    bom: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the selected rows to `out` (a path, or `-` for standard output); returns how many.

    The rows are `table`'s (any table or view), or with `sql` that query's (bound to `params`).
    The format is `format`, else the one `out`'s extension names. `progress` is told of each batch.
    """
    format = format or format_of(out)
    if format is None:
        raise ArchiveError(f"say which format to write to {out}: --format {'|'.join(FORMATS)}")
    if format not in FORMATS:
        raise ArchiveError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
    filters = {"since": since, "until": until, "source": source, "category": category}
    if sql is not None:
        if fields or any(filters.values()):
            raise ArchiveError("--sql exports what its query selects: pick columns and rows in the SQL")
        # Running the query checks it before the file exists: a refused statement writes nothing.
        with closing(archive.open_query(sql, params)) as query:
            return _write(
                format, out, query.names, {}, query.batches, json_rows=None, bom=bom, progress=progress
            )
    with archive.snapshot():

        def read(as_json: bool = False) -> Iterator[list[tuple]]:
            return archive.row_batches(table, fields=fields, as_json=as_json, **filters)[1]

        # Selecting validates the table, fields and dates before the file exists.
        columns, first = archive.row_batches(
            table, fields=fields, as_json=format in ("jsonl", "json"), **filters
        )
        declared = archive.declared_types(table)
        once = iter([first])
        return _write(
            format,
            out,
            columns,
            {name: declared[name] for name in columns},
            lambda: next(once, None) or read(),
            json_rows=format in ("jsonl", "json"),
            bom=bom,
            progress=progress,
        )


def _write(
    format: str,
    out: Path | str,
    columns: list[str],
    declared: dict[str, str],
    read: Callable[[], Iterator[list[tuple]]],
    *,
    json_rows: bool | None,
    bom: bool,
    progress: Callable[[int], None] | None,
) -> int:
    """Write rows that `read()` gives (each call afresh); with `json_rows`, each is one JSON text."""
    if format == "parquet":
        types = _arrow_types(columns, declared, read())
        return _write_parquet(_reported(read(), progress), out, columns, types)
    batches = _reported(read(), progress)
    if format in ("jsonl", "json"):
        if not json_rows:
            batches = ([(_json_object(columns, row),) for row in batch] for batch in batches)
        return _write_json(batches, out, bom, lines=format == "jsonl")
    return _write_csv(batches, out, columns, bom)


def _json_object(columns: list[str], row: tuple) -> str:
    return json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=_bytes_as_text)


def _bytes_as_text(value: object) -> str:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _reported(
    batches: Iterator[list[tuple]], progress: Callable[[int], None] | None
) -> Iterator[list[tuple]]:
    for batch in batches:
        yield batch
        if progress is not None:
            progress(len(batch))


def _write_json(batches: Iterator[list[tuple]], out: Path | str, bom: bool, *, lines: bool) -> int:
    """JSON Lines (one object a line), or one JSON array of the objects, a line each."""
    count = 0
    with _opened(out, encoding="utf-8-sig" if bom else "utf-8", newline="\n") as handle:
        for batch in batches:
            if lines:
                handle.write("".join(row[0] + "\n" for row in batch))
            else:
                handle.write(("[\n" if not count else ",\n") + ",\n".join(row[0] for row in batch))
            count += len(batch)
        if not lines:
            handle.write("\n]\n" if count else "[]\n")
    return count


def _write_csv(batches: Iterator[list[tuple]], out: Path | str, columns: list[str], bom: bool) -> int:
    """RFC 4180 CSV; with `bom`, a UTF-8 byte-order mark so Excel reads the Chinese text as UTF-8.

    Text that a spreadsheet would read as a formula (starting with =, +, -, @, tab or CR) gets a
    leading ' so it stays text; JSON Lines and Parquet keep every value as it is.
    """
    count = 0
    with _opened(out, encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for batch in batches:
            writer.writerows([[_inert(cell) for cell in row] for row in batch])  # None: an empty field
            count += len(batch)
    return count


# A cell starting with one of these is a formula to Excel and LibreOffice (=HYPERLINK(...) leaks data).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: object) -> object:
    """A text cell that a spreadsheet would run as a formula, with a ' in front so it is shown as text."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def _arrow_types(columns: list[str], declared: dict[str, str], batches: Iterator[list[tuple]]):
    """Each column's Arrow type, from what the rows hold (see the module's docstring)."""
    import pyarrow as pa

    kinds: list[set[type]] = [set() for _ in columns]
    offsets: list[set] = [set() for _ in columns]
    stamps = [name.endswith("_at") for name in columns]
    for batch in batches:
        for row in batch:
            for i, value in enumerate(row):
                if value is None:
                    continue
                kinds[i].add(type(value))
                if stamps[i] and isinstance(value, str):
                    try:
                        offsets[i].add(datetime.fromisoformat(value).utcoffset())
                    except ValueError:
                        stamps[i] = False
    types = []
    for name, kind, offset, stamp in zip(columns, kinds, offsets, stamps, strict=True):
        if not kind:  # nothing but NULL: what the column is declared as
            kind = {"INTEGER": {int}, "REAL": {float}, "FLOAT": {float}}.get(declared.get(name, ""), {str})
        if kind == {int}:
            types.append(pa.int64())
        elif kind <= {int, float}:
            types.append(pa.float64())
        elif kind == {bytes}:
            types.append(pa.binary())
        elif kind == {str} and stamp and offset and (None not in offset or offset == {None}):
            zone = None if offset == {None} else _zone(offset.pop()) if len(offset) == 1 else "UTC"
            types.append(pa.timestamp("us", tz=zone))
        else:
            types.append(pa.string())
    return types


def _zone(offset) -> str:
    minutes = int(offset.total_seconds()) // 60
    if not minutes:
        return "UTC"
    return f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _converted(values: list[Any], arrow_type) -> list[Any]:
    import pyarrow as pa

    if pa.types.is_timestamp(arrow_type):
        return [None if v is None else datetime.fromisoformat(v) for v in values]
    if pa.types.is_string(arrow_type):
        return [v if v is None or isinstance(v, str) else str(v) for v in values]
    return values


def _write_parquet(batches: Iterator[list[tuple]], out: Path | str, columns: list[str], types: list) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(list(zip(columns, types, strict=True)))
    count = 0
    pending: list[tuple] = []

    def flush(writer: pq.ParquetWriter) -> None:
        arrays = [
            pa.array(_converted([row[i] for row in pending], schema.field(i).type), type=schema.field(i).type)
            for i in range(len(columns))
        ]
        writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
        pending.clear()

    with _opened(out, binary=True) as handle, pq.ParquetWriter(handle, schema, compression="zstd") as writer:
        text = 0
        for batch in batches:
            pending.extend(batch)
            count += len(batch)
            text += sum(len(value) for row in batch for value in row if isinstance(value, str | bytes))
            if len(pending) >= _ROW_GROUP or text >= _ROW_GROUP_TEXT:
                flush(writer)
                text = 0
        if pending or not count:
            flush(writer)
    return count
