"""The crawl's reading of one page: its article and the links it leads to, from one parse.

`read_fetched_page` is pure (bytes in, `PageReading` out) and never raises. `PageReader` runs it in
worker processes (``EXTRACT_WORKERS``): extraction and normalisation are CPU work, while the
crawl itself is I/O and Scrapy's own bookkeeping on one core, so the crawling process keeps
fetching meanwhile and never parses a page itself.

A worker is this module run as a program (``python -m crawler.reader``). Pages go to it and
readings come back over its stdin and stdout as frames of JSON and bytes: data only, never
pickles, so nothing a page holds can become code on either side, and a frame that is not what
is expected is an error, not an object. This module imports nothing of Scrapy: a worker runs it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from crawler.extract import extract_tree
from crawler.extract.counters import find_counter_url
from crawler.extract.encoding import decode_page
from crawler.extract.layout import parse_html
from crawler.items import Article, RelatedLink
from crawler.links import Link, page_links
from crawler.processes import die_with_parent
from crawler.text.fingerprint import content_hash
from crawler.text.plausibility import word_counts

log = logging.getLogger(__name__)


@dataclass
class PageReading:
    article: Article
    # Every followable link of the page, canonical, first occurrence kept, as (url, text).
    links: list[tuple[str, str]]
    counter_url: str | None  # the click-counter script, whether or not the page is an article
    content_hash: str | None = None  # of the article's body (see crawler.text.fingerprint)

    def page_links(self) -> list[Link]:
        return [Link(url, text) for url, text in self.links]


def read_fetched_page(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> PageReading:
    """Article fields, links and counter script of one page. Never raises: a page the extractor
    fails on keeps its links, and its article says why it has no fields."""
    try:
        text, encoding = decode_page(body, headers)
        root = parse_html(text)
    except Exception as exc:  # decoding promises not to raise; if it does, the page is kept anyway
        return PageReading(Article(url=url, error=f"extractor failed: {type(exc).__name__}: {exc}"), [], None)
    if root is None:
        return PageReading(extract_tree(None, url, encoding), [], None)
    # Read before extraction, which is free to trim the tree it reads.
    anchors = ((a.get("href"), "".join(a.itertext())) for a in root.iter("a"))
    links = [(link.url, link.text) for link in page_links(url, anchors)]
    counter_url = find_counter_url(root, url)
    try:
        article = extract_tree(root, url, encoding)
    except Exception as exc:  # the extractor promises not to raise; if it does, keep the page anyway
        article = Article(url=url, encoding=encoding, error=f"extractor failed: {type(exc).__name__}: {exc}")
    return PageReading(article, links, counter_url, None if article.error else content_hash(article.body))


# --- the wire between the crawling process and its workers ----------------------------------------
#
# A frame: the lengths of its JSON head and of its bytes (4 bytes each, big-endian), the head,
# the bytes. To a worker: {"id": n, "url": ..., "headers": {...}} and the page's body. From it:
# {"id": n, "reading": {...}} (or {"id": n, "error": "..."}), and {"peak_rss_mb": x} at its end.

_LENGTHS = 8
# JSON by orjson: it writes a page's reading ten times faster than the json module. Text it
# refuses, lone surrogates included, goes as it is through the json module: what the worker
# read is what arrives.
_TEXT_ERRORS = "surrogatepass"


_ARTICLE_FIELDS = frozenset(field.name for field in fields(Article))


class WireError(ValueError):
    """A frame that is not what a worker or the crawling process sends."""


def frame(head: dict[str, Any], body: bytes = b"") -> bytes:
    try:
        encoded = orjson.dumps(head)
    except TypeError:  # what orjson refuses (lone surrogates, integers past 64 bits) is still sent
        encoded = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8", _TEXT_ERRORS)
    return len(encoded).to_bytes(4, "big") + len(body).to_bytes(4, "big") + encoded + body


def _parse_head(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw.decode("utf-8", _TEXT_ERRORS))


def split_frame(buffer: bytes | bytearray | memoryview) -> tuple[dict[str, Any], bytes, int] | None:
    """The first whole frame in buffer as (head, bytes, its length), or None while it is incomplete."""
    if len(buffer) < _LENGTHS:
        return None
    head_length = int.from_bytes(buffer[:4], "big")
    body_length = int.from_bytes(buffer[4:8], "big")
    end = _LENGTHS + head_length + body_length
    if len(buffer) < end:
        return None
    try:
        head = _parse_head(bytes(buffer[_LENGTHS : _LENGTHS + head_length]))
    except (ValueError, UnicodeDecodeError) as exc:
        raise WireError(f"a frame's head is not JSON ({type(exc).__name__})") from None
    if not isinstance(head, dict):
        raise WireError("a frame's head is not a JSON object")
    return head, bytes(buffer[_LENGTHS + head_length : end]), end


def encode_reading(reading: PageReading) -> dict[str, Any]:
    return {
        "article": reading.article.to_dict(),
        "links": reading.links,
        "counter_url": reading.counter_url,
        "content_hash": reading.content_hash,
    }


def decode_reading(data: Any) -> PageReading:
    """A reading from its JSON form; WireError when it is not one."""
    try:
        values = dict(data["article"])
        if not values.keys() <= _ARTICLE_FIELDS or not isinstance(values.get("url"), str):
            raise WireError(f"an article with fields {sorted(values.keys() - _ARTICLE_FIELDS)}")
        if values.get("related") is not None:
            values["related"] = [
                RelatedLink(str(r["url"]), r["title"], r["summary"]) for r in values["related"]
            ]
        links = [(str(url), str(text)) for url, text in data["links"]]
        return PageReading(Article(**values), links, data["counter_url"], data["content_hash"])
    except WireError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError(f"not a page reading ({type(exc).__name__}: {exc})") from None


def serve(requests: BinaryIO, replies: BinaryIO) -> None:
    """A worker's life: read each page that arrives, answer with its reading, until the input ends."""
    buffer = bytearray()
    while chunk := requests.read1(1 << 20):
        buffer += chunk
        while (found := split_frame(buffer)) is not None:
            head, body, length = found
            del buffer[:length]
            try:
                reading = read_fetched_page(body, head["url"], head.get("headers"))
                reply = frame({"id": head["id"], "reading": encode_reading(reading)})
            except Exception as exc:  # this page's trouble; the worker goes on with the next
                reply = frame({"id": head.get("id"), "error": f"{type(exc).__name__}: {exc}"})
            replies.write(reply)
            replies.flush()
    replies.write(frame({"peak_rss_mb": peak_rss_mb()}))
    replies.flush()


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_count(setting: Any) -> int:
    if str(setting).strip().lower() == "auto":
        return max(1, min((os.cpu_count() or 1) - 1, 4))
    return max(0, int(setting))


# --- the crawling process's side ------------------------------------------------------------------


class WorkerGone(RuntimeError):
    """The worker ended, or answered with something other than a reading, before this page's answer."""


class _Worker(asyncio.Protocol):
    """One worker process, its pages in flight, and the frames coming back from it."""

    def __init__(self, process: subprocess.Popen[bytes], loop: asyncio.AbstractEventLoop) -> None:
        self.process = process
        self.loop = loop
        self.pending: dict[int, asyncio.Future[PageReading]] = {}
        self.buffer = bytearray()
        self.writer: asyncio.WriteTransport | None = None
        self.ended = loop.create_future()  # set when its output ends
        self.peak_rss_mb: float | None = None

    @classmethod
    async def start(cls) -> _Worker:
        # The worker imports this package from where this process did, installed or not.
        package_root = str(Path(__file__).resolve().parent.parent)
        paths = [package_root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler.reader", str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
        )
        loop = asyncio.get_running_loop()
        worker = cls(process, loop)
        await loop.connect_read_pipe(lambda: worker, process.stdout)
        worker.writer, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, process.stdin)
        return worker

    def read(
        self, number: int, body: bytes, url: str, headers: Mapping[str, str]
    ) -> asyncio.Future[PageReading]:
        answer = self.loop.create_future()
        if self.ended.done() or self.writer is None or self.writer.is_closing():
            answer.set_exception(WorkerGone("the worker has ended"))
            return answer
        self.pending[number] = answer
        self.writer.write(frame({"id": number, "url": url, "headers": dict(headers)}, body))
        return answer

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        try:
            while (found := split_frame(self.buffer)) is not None:
                head, _, length = found
                del self.buffer[:length]
                self._answer(head)
        except WireError as exc:
            self._fail(WorkerGone(str(exc)))
            self.process.kill()

    def _answer(self, head: dict[str, Any]) -> None:
        if "peak_rss_mb" in head:
            if isinstance(head["peak_rss_mb"], (int, float)):
                self.peak_rss_mb = float(head["peak_rss_mb"])
            return
        number = head.get("id")
        answer = self.pending.pop(number, None) if isinstance(number, int) else None
        if answer is None or answer.done():
            return
        if "error" in head:
            answer.set_exception(WorkerGone(f"the worker failed on this page: {head['error']}"))
        else:
            try:
                answer.set_result(decode_reading(head.get("reading")))
            except WireError as exc:
                answer.set_exception(WorkerGone(str(exc)))

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(WorkerGone(f"the worker ended (exit status {self.process.poll()})"))
        if not self.ended.done():
            self.ended.set_result(None)

    def _fail(self, error: Exception) -> None:
        pending, self.pending = self.pending, {}
        for answer in pending.values():
            if not answer.done():
                answer.set_exception(error)

    async def stop(self, seconds: float = 10) -> None:
        """End its input and wait for it to finish (its last frame says its peak memory)."""
        if self.writer is not None:
            self.writer.close()
        deadline = self.loop.time() + seconds
        try:
            await asyncio.wait_for(asyncio.shield(self.ended), seconds)
            # Its output ends as it exits: a moment more for the exit itself.
            while self.process.poll() is None and self.loop.time() < deadline:
                await asyncio.sleep(0.01)
        except TimeoutError:
            pass
        if self.process.poll() is None:
            log.warning("page reader worker %s did not end in %s s; killed", self.process.pid, seconds)
        self.kill()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.writer is not None:
            self.writer.close()


class PageReader:
    """`read_fetched_page` for the crawl, in ``workers`` processes (0: in this one)."""

    def __init__(self, workers: int, stats: Any = None) -> None:
        self.workers = workers
        self.stats = stats
        self.running: list[_Worker] = []
        self._numbers = itertools.count()
        self._starting: asyncio.Task[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> PageReader:
        from scrapy import signals  # here, not above: worker processes import this module

        reader = cls(worker_count(crawler.settings.get("EXTRACT_WORKERS")), crawler.stats)
        crawler.signals.connect(reader.close, signal=signals.spider_closed)
        reader.start()
        return reader

    def start(self) -> None:
        """Start the workers in the background, while the crawl itself is starting: their
        imports overlap its own instead of delaying its first reading."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no event loop yet: they start with the first page
            return
        if self.workers and self._starting is None and len(self.running) < self.workers:
            self._starting = asyncio.ensure_future(self._start())
            # A failure is met again, and logged, by the first page that needs a worker.
            self._starting.add_done_callback(lambda started: started.cancelled() or started.exception())

    async def read(self, body: bytes, url: str, headers: Mapping[str, str]) -> PageReading:
        if not self.workers:
            return read_fetched_page(body, url, headers)
        try:
            worker = await self._worker()
            return await worker.read(next(self._numbers), body, url, headers)
        except Exception as exc:  # a worker died (killed, out of memory): this page is read here
            log.error(
                "%s: page reader worker failed (%s: %s); reading it in the crawling process",
                url,
                type(exc).__name__,
                exc,
            )
            self._discard_ended()
            return read_fetched_page(body, url, headers)

    async def _worker(self) -> _Worker:
        """The running worker with the fewest pages in hand, the workers started when missing."""
        while len(self.running) < self.workers:
            if self._starting is None:
                self.start()
            starting = self._starting
            try:
                await asyncio.shield(starting)
            finally:
                if self._starting is starting and starting.done():
                    self._starting = None
        return min(self.running, key=lambda worker: len(worker.pending))

    async def _start(self) -> None:
        while len(self.running) < self.workers:
            self.running.append(await _Worker.start())

    def _discard_ended(self) -> None:
        for worker in [w for w in self.running if w.ended.done() or w.process.poll() is not None]:
            self.running.remove(worker)
            worker.kill()

    async def close(self) -> None:
        if self._starting is not None:  # workers still starting are stopped with the others
            await asyncio.gather(self._starting, return_exceptions=True)
        running, self.running = self.running, []
        await asyncio.gather(*(worker.stop() for worker in running))
        peaks = [worker.peak_rss_mb for worker in running if worker.peak_rss_mb is not None]
        if self.stats is not None and peaks:
            self.stats.set_value("chanjing/extract_worker_peak_rss_mb", round(max(peaks), 1))


def main() -> None:
    """A worker: `python -m crawler.reader PARENT_PID`, pages on stdin, readings on stdout."""
    if len(sys.argv) > 1:
        die_with_parent(int(sys.argv[1]))
    # Ctrl-C in a terminal, and a service manager's stop, signal the whole process group: the
    # crawling process decides what ends and still sends its last pages; a worker ends when its
    # input does (or with its parent).
    for name in ("SIGINT", "SIGTERM"):
        signal.signal(getattr(signal, name), signal.SIG_IGN)
    # Only frames go to the crawling process: the frames get a descriptor of their own, and
    # anything written to standard output by accident, by Python or by a C library, goes to stderr.
    sys.stdout.flush()
    # Buffered: a raw write to a full pipe returns short when a handled signal arrives (seen
    # under a profiler), and the rest of the frame would be lost; a buffered one writes it all.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    # Read while the crawl is still starting: the first page of traditional or damaged text
    # needs the word counts, and would wait for them.
    threading.Thread(target=word_counts, name="word-counts", daemon=True).start()
    serve(sys.stdin.buffer, replies)


if __name__ == "__main__":
    main()
