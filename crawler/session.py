"""One crawl run's writing into the archive: its lock, its raw pages, its batched records.

`ArchiveSession` is shared by the crawling process (through `CrawlRecorder`) and by the
distributed mode's ingester, so a distributed crawl stores exactly as a single-machine one does.
It holds the only write connection to the archive (SQLite wants one writer) and commits a batch
when it is full or ``ARCHIVE_FLUSH_SECONDS`` old, so a killed crawl loses at most that much work.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from crawler.archive import (
    Archive,
    ArchiveError,
    ArticleRecord,
    Batch,
    ClickObservation,
    PageRecord,
    Rejection,
    utc_now,
)
from crawler.warc import StoredRecord, WarcWriterRotating

log = logging.getLogger(__name__)

# Consecutive failed writes after which the crawl stops: the disk is full or the file is gone.
_MAX_WRITE_FAILURES = 3
# Room kept in the lock file for how a run ended, when the archive could not take it (disk full).
_NOTE_BYTES = 1024


class ArchiveLock:
    """One writer per archive: a second crawl into the same file is refused, not interleaved."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            self._file = os.fdopen(fd, "r+b")  # held for the crawl's lifetime
        except OSError as exc:
            raise ArchiveError(
                f"cannot create the lock file {self.path}: {exc.strerror or exc}; "
                "the archive's folder must be writable (check its permissions) or use another --db"
            ) from None
        try:
            fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._file.close()
            raise ArchiveError(
                f"another crawl is writing to {db_path}: wait for it to finish or use another --db"
            ) from None

        self._file.seek(0)
        # What the last holder could not write into the archive itself (a full disk): see `note`.
        self.previous_note = self._file.read(_NOTE_BYTES).decode("utf-8", "replace").strip()

    def reserve(self) -> None:
        """Allocate room for a note now, so that writing it later needs no new disk space."""
        try:
            self._file.seek(0)
            self._file.truncate()
            self._file.write(b" " * _NOTE_BYTES)
            self._file.flush()
        except OSError as exc:
            log.debug("no room reserved for a note in %s: %s", self.path, exc)

    def note(self, text: str) -> None:
        """Overwrite the reserved room with a line for the next holder (e.g. how a run ended)."""
        data = text.encode("utf-8")[: _NOTE_BYTES - 1]
        try:
            self._file.seek(0)
            self._file.write(data + b" " * (_NOTE_BYTES - len(data)))
            self._file.flush()
        except OSError as exc:
            log.error("could not leave a note in %s either: %s", self.path, exc)

    def release(self) -> None:
        fcntl.flock(self._file, fcntl.LOCK_UN)
        self._file.close()


def _unwritable(db: Path, exc: Exception) -> str:
    return (
        f"cannot write to the archive {db}: {exc}; check that the file and its folder are "
        "writable and the disk has room, or use another --db"
    )


def db_path(settings: Any) -> Path:
    return Path(settings.get("ARCHIVE_DB") or "data/archive.db")


def warc_dir(settings: Any) -> Path:
    configured = settings.get("ARCHIVE_WARC_DIR")
    return Path(configured) if configured else db_path(settings).parent / "warc"


class ArchiveSession:
    """One crawl run's writing: raw pages to WARC, records batched to the archive on a writer thread.

    Used by the crawling process (through `CrawlRecorder`) and by `chanjing ingest`, so a
    distributed crawl stores exactly as a single-machine one does. `count(name, n)` is told of
    what was stored; `on_failure(message)` of writes that keep failing.
    """

    def __init__(
        self,
        db: Path,
        warc: Path,
        *,
        batch_size: int = 500,
        warc_max_bytes: int = 1 << 30,
        count: Callable[[str, int], None] = lambda name, n: None,
        on_failure: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.db_path = db
        self.warc_dir = warc
        self.batch_size = batch_size
        self.warc_max_bytes = warc_max_bytes
        self.count = count
        self.on_failure = on_failure
        self.lock = ArchiveLock(db)
        try:
            self.archive = Archive(db)
        except (sqlite3.Error, OSError) as exc:
            self.lock.release()
            raise ArchiveError(_unwritable(db, exc)) from None
        self.run_id = 0
        self.warc: WarcWriterRotating | None = None
        self.pending = Batch()
        self.stored_this_run: list[str] = []
        self.write_failures = 0
        self.failure: str | None = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
        self._inflight: deque[tuple[Future, Batch]] = deque()

    def start(self, start_urls: list[str]) -> int:
        try:
            self._settle_previous_run()
            self.run_id = self.archive.start_run(start_urls)
        except sqlite3.Error as exc:
            self.archive.close()
            self.lock.release()
            raise ArchiveError(_unwritable(self.db_path, exc)) from None
        self.warc = WarcWriterRotating(self.warc_dir, f"run-{self.run_id:06d}", max_bytes=self.warc_max_bytes)
        return self.run_id

    def _settle_previous_run(self) -> None:
        """A run that failed but could not write so (disk full) left a note in the lock file:
        it is marked `failed` with its reason, not `killed` as a run that vanished would be."""
        kind, _, rest = self.lock.previous_note.partition(" ")
        run_id, _, reason = rest.partition(" ")
        if kind == "failed" and run_id.isdigit():
            row = next(self.archive.db.query("select status from crawl_runs where id = ?", [int(run_id)]), None)
            if row is not None and row["status"] == "running":
                self.archive.finish_run(
                    int(run_id), status="failed", stats={"finish_reason": "archive_error", "failure": reason}
                )
        self.lock.reserve()

    def record_response(
        self,
        url: str,
        status: int,
        reason: str,
        headers: list[tuple[str, str]],
        body: bytes,
        *,
        fetched_at: str | None = None,
    ) -> PageRecord:
        """Store a raw response in the WARC files and queue its `pages` row."""
        fetched_at = fetched_at or utc_now()
        stored: StoredRecord | None = None
        if self.warc is not None:
            try:
                stored = self.warc.write_response(url, status, reason, headers, body, fetched_at=fetched_at)
            except OSError as exc:
                self._fail_write(f"cannot write raw page to {self.warc_dir}: {exc}")
        header = {name.lower(): value for name, value in headers}
        page = PageRecord(
            url=url,
            fetched_at=fetched_at,
            status=status,
            crawl_run_id=self.run_id,
            warc_file=stored.warc_file if stored else None,
            warc_offset=stored.offset if stored else None,
            warc_length=stored.length if stored else None,
            content_type=header.get("content-type"),
            content_encoding=header.get("content-encoding"),
            etag=header.get("etag"),
            last_modified=header.get("last-modified"),
            body_length=len(body),
        )
        self._queue(self.pending.pages, page)
        return page

    def record_article(self, url: str, fields: dict[str, Any], *, page_url: str, fetched_at: str) -> None:
        self._queue(
            self.pending.articles, ArticleRecord(url, fields, fetched_at, self.run_id, page_url=page_url)
        )

    def record_rejection(
        self, url: str, reason: str, *, page_url: str | None, fetched_at: str | None, record: dict | None
    ) -> None:
        self.count("rejects", 1)
        self._queue(
            self.pending.rejections,
            Rejection(url, reason, self.run_id, utc_now(), page_url, fetched_at, record),
        )

    def record_clicks(
        self, url: str, clicks: int, *, observed_at: str, kind: str | None, inflated: bool | None
    ) -> None:
        self.count("clicks_refreshed", 1)
        self._queue(
            self.pending.observations, ClickObservation(url, clicks, observed_at, self.run_id, kind, inflated)
        )

    def _queue(self, bucket: list, record: Any) -> None:
        bucket.append(record)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Hand the pending batch to the writer thread (SQLite does its work without the GIL, so
        indexing a batch runs beside the crawl instead of stalling it)."""
        self.collect()
        if not len(self.pending):
            return
        batch, self.pending = self.pending, Batch()
        try:
            if self.warc is not None:
                self.warc.flush()  # rows must never point at bytes still in a buffer
        except OSError as exc:
            self.pending = _merge(batch, self.pending)
            self._fail_write(f"cannot write raw pages to {self.warc_dir}: {exc}")
            return
        self._inflight.append((self._writer.submit(self.archive.write, batch), batch))

    def collect(self, *, wait: bool = False) -> None:
        """Account for written batches, in order; a failed one goes back to pending, to try again."""
        while self._inflight and (wait or self._inflight[0][0].done()):
            future, batch = self._inflight.popleft()
            try:
                outcome = future.result()
            except Exception as exc:
                self.pending = _merge(batch, self.pending)
                self._fail_write(f"cannot write to the archive {self.db_path}: {exc}")
                continue
            self.write_failures = 0
            for kind in ("new", "updated", "unchanged"):
                urls = getattr(outcome, kind)
                if urls:
                    self.count(f"articles_{kind}", len(urls))
                    self.stored_this_run.extend(urls)

    def _fail_write(self, message: str) -> None:
        self.write_failures += 1
        self.count("write_errors", 1)
        log.error(message)
        if self.write_failures >= _MAX_WRITE_FAILURES and self.failure is None:
            self.failure = message
            self.on_failure(message)

    def drain(self) -> int:
        """Write everything still pending; returns how many records could not be written."""
        self.flush()
        self.collect(wait=True)
        if len(self.pending) and self.failure is None:  # one last try for a batch that failed late
            self.flush()
            self.collect(wait=True)
        self._writer.shutdown(wait=True)
        if self.warc is not None:
            try:
                self.warc.close()
            except OSError as exc:  # the last buffered records could not reach a full disk
                self._fail_write(f"cannot close the raw page file in {self.warc_dir}: {exc}")
        unwritten = len(self.pending)
        if unwritten:
            self.count("records_unwritten", unwritten)
        return unwritten

    def finish(self, *, status: str, stats: dict[str, Any]) -> str | None:
        """Record the run's end; returns why it could not be recorded, if it could not."""
        error = None
        try:
            self.archive.finish_run(self.run_id, status=status, stats=stats)
        except Exception as exc:  # the archive itself is unwritable; the log is all that is left
            error = f"{type(exc).__name__}: {exc}"
            log.error("could not record the end of crawl run %d: %s", self.run_id, exc)
            reason = stats.get("failure") or f"the run ended ({stats.get('finish_reason')})"
            self.lock.note(f"{status} {self.run_id} {reason}; its end could not be written: {error}")
        self.archive.close()
        self.lock.release()
        return error


def _merge(first: Batch, second: Batch) -> Batch:
    return Batch(
        first.pages + second.pages,
        first.articles + second.articles,
        first.observations + second.observations,
        first.rejections + second.rejections,
    )
