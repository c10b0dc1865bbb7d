"""Datasets out of the archive: JSON Lines, CSV (Excel-friendly on request) and Parquet, streamed.

Rows come from the archive a thousand at a time and go straight to the file, so memory stays
flat whatever the archive's size. Order is stable (the table's key), so two exports of the same
archive are identical. JSON columns (breadcrumbs, images, related, warnings) are JSON in JSON
Lines and JSON text in CSV and Parquet. CSV cells that a spreadsheet would run as formulas
(starting with =, +, -, @, tab or CR) are written with a leading ' so they stay text.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from crawler.archive import Archive, ArchiveError

FORMATS = ("jsonl", "csv", "parquet")
# What a file's name says of its format, when none is given.
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
STDOUT = "-"


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
    fields: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    category: str | None = None,
    bom: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the selected rows to `out` (a path, or `-` for standard output); returns how many.

    The format is `format`, else the one `out`'s extension names. `progress` is told of each batch.
    """
    format = format or format_of(out)
    if format is None:
        raise ArchiveError(f"say which format to write to {out}: --format {'|'.join(FORMATS)}")
    if format not in FORMATS:
        raise ArchiveError(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
    # Selecting validates fields and dates before the file exists: a bad request writes nothing.
    columns, batches = archive.row_batches(
        table,
        since=since,
        until=until,
        source=source,
        category=category,
        fields=fields,
        as_json=format == "jsonl",
    )
    batches = _reported(batches, progress)
    if format == "jsonl":
        return _write_jsonl(batches, out, bom)
    if format == "csv":
        return _write_csv(batches, out, columns, bom)
    return _write_parquet(batches, out, columns, _column_types(archive, table, columns))


def _reported(
    batches: Iterator[list[tuple]], progress: Callable[[int], None] | None
) -> Iterator[list[tuple]]:
    for batch in batches:
        yield batch
        if progress is not None:
            progress(len(batch))


def _write_jsonl(batches: Iterator[list[tuple]], out: Path | str, bom: bool) -> int:
    count = 0
    with _opened(out, encoding="utf-8-sig" if bom else "utf-8", newline="\n") as handle:
        for batch in batches:
            handle.write("".join(row[0] + "\n" for row in batch))
            count += len(batch)
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


def _column_types(archive: Archive, table: str, columns: list[str]) -> dict[str, str]:
    declared = {column.name: column.type.upper() for column in archive.db[table].columns}
    return {name: declared.get(name, "TEXT") for name in columns}


def _write_parquet(
    batches: Iterator[list[tuple]], out: Path | str, columns: list[str], types: dict[str, str]
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow_types = {"INTEGER": pa.int64(), "FLOAT": pa.float64(), "REAL": pa.float64()}
    schema = pa.schema([(name, arrow_types.get(types[name], pa.string())) for name in columns])
    count = 0
    with _opened(out, binary=True) as handle, pq.ParquetWriter(handle, schema, compression="zstd") as writer:
        for batch in batches:
            arrays = [
                pa.array([row[i] for row in batch], type=schema.field(i).type) for i in range(len(columns))
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(batch)
        if not count:
            writer.write_table(schema.empty_table())
    return count
