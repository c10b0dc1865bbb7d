"""One read per page: the links and counter script the spider follows and the article the
pipelines store, from one parse, in worker processes; the same as reading the page the way a
Scrapy spider does (Scrapy's own decoding and selector) and extracting it on its own."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from scrapy.http import HtmlResponse

from crawler.extract import extract
from crawler.extract.counters import counter_kind
from crawler.links import page_links
from crawler.reader import (
    PageReader,
    WireError,
    decode_reading,
    encode_reading,
    frame,
    read_fetched_page,
    split_frame,
)
from tests.variants.generator import render, spec_from_seed, specs

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SAVED_PAGES = sorted(
    path for folder in ("corpus", "families", "unseen") for path in (TESTS / folder / "pages").glob("*.html")
)
URL = "http://news.test/html/2025/0104/12345.html"
HEADERS = {"Content-Type": "text/html"}


def spider_reading(body: bytes, url: str) -> tuple[list[tuple[str, str]], str | None]:
    """Links and counter script as a spider reads them from Scrapy's response."""
    response = HtmlResponse(url, body=body, headers=HEADERS)
    root = response.selector.root
    links = page_links(url, ((a.get("href"), a.text_content()) for a in root.iter("a")))
    counter = next((src for src in root.xpath("//script/@src") if counter_kind(str(src))), None)
    return [(link.url, link.text) for link in links], None if counter is None else response.urljoin(
        str(counter).strip()
    )


def assert_reads_as_before(body: bytes, url: str) -> None:
    reading = read_fetched_page(body, url, HEADERS)
    assert (reading.links, reading.counter_url) == spider_reading(body, url)
    assert reading.article == extract(body, url, HEADERS)


@pytest.mark.parametrize("path", SAVED_PAGES, ids=lambda path: f"{path.parent.parent.name}/{path.name}")
def test_a_saved_page_reads_as_a_spider_and_the_extractor_read_it(path):
    assert_reads_as_before(path.read_bytes(), URL)


@pytest.mark.parametrize("seed", range(40))
def test_a_generated_page_reads_as_a_spider_and_the_extractor_read_it(seed):
    spec = spec_from_seed(seed)
    assert_reads_as_before(render(spec), spec.url)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs())
def test_any_page_of_the_family_reads_as_before(spec):
    assert_reads_as_before(render(spec), spec.url)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"\x00\xff\xfe garbage \x81",
        b"<html><body><a href='/x/1.html'>one</a>",
        b"%PDF-1.4 binary",
    ],
)
def test_a_page_that_is_no_article_keeps_its_links_and_says_why(body):
    reading = read_fetched_page(body, URL, HEADERS)
    assert reading.article.error
    assert reading.links == spider_reading(body, URL)[0] if body.strip() else reading.links == []


def test_worker_processes_read_as_this_process_does_and_a_dead_worker_costs_no_page():
    pages = [(path.read_bytes(), URL) for path in SAVED_PAGES[:6]]
    expected = [read_fetched_page(body, url, HEADERS) for body, url in pages]
    reader = PageReader(workers=2)

    async def scenario():
        try:
            assert await asyncio.gather(*(reader.read(body, url, HEADERS) for body, url in pages)) == expected
            assert len(reader.running) == 2
            for worker in reader.running:  # the pages in hand when the workers die
                os.kill(worker.process.pid, signal.SIGKILL)
            # ... are read here, and the next ones by new workers
            assert await asyncio.gather(*(reader.read(body, url, HEADERS) for body, url in pages)) == expected
            assert await asyncio.gather(*(reader.read(body, url, HEADERS) for body, url in pages)) == expected
            assert len(reader.running) == 2 and all(w.process.poll() is None for w in reader.running)
        finally:
            running = list(reader.running)
            await reader.close()
        return running

    stopped = asyncio.run(scenario())
    assert not reader.running and all(worker.process.poll() == 0 for worker in stopped)
    assert all(worker.peak_rss_mb and worker.peak_rss_mb > 10 for worker in stopped)


@pytest.mark.parametrize(
    "head",
    [
        {"article": {"url": 5}, "links": [], "counter_url": None, "content_hash": None},
        {
            "article": {"url": URL, "code": "os.system"},
            "links": [],
            "counter_url": None,
            "content_hash": None,
        },
        {"article": {"url": URL}, "links": [["only the url"]], "counter_url": None, "content_hash": None},
        {
            "article": {"url": URL, "related": [{"url": URL}]},
            "links": [],
            "counter_url": None,
            "content_hash": None,
        },
        {"links": []},
        ["not", "an", "object"],
    ],
)
def test_a_reading_that_is_not_one_is_refused(head):
    with pytest.raises(WireError):
        decode_reading(head)


@pytest.mark.parametrize("path", SAVED_PAGES[:12], ids=lambda path: path.name)
def test_a_reading_crosses_the_wire_as_it_was(path):
    reading = read_fetched_page(path.read_bytes(), URL, HEADERS)
    data = frame({"id": 7, "reading": encode_reading(reading)}, b"\x00tail")
    head, body, length = split_frame(data + b"next")
    assert (head["id"], body, length) == (7, b"\x00tail", len(data))
    assert decode_reading(head["reading"]) == reading
    assert split_frame(data[:-1]) is None
    with pytest.raises(WireError):
        split_frame(b"\x00\x00\x00\x03\x00\x00\x00\x00{x}")


def test_a_worker_answers_frames_and_says_its_memory_at_the_end():
    """`python -m crawler.reader` as the crawl starts it: frames in, frames out, nothing else on stdout."""
    body = SAVED_PAGES[0].read_bytes()
    requests = frame({"id": 1, "url": URL, "headers": HEADERS}, body) + frame({"id": 2, "headers": {}}, b"")
    # Something in the worker writing to its standard output, as a C library might: not a frame.
    noisy = (
        "import os, sys, crawler.reader as r; read = r.read_fetched_page\n"
        "def noisy(*args):\n    os.write(1, b'noise'); print('more'); return read(*args)\n"
        "r.read_fetched_page = noisy; sys.argv = ['worker']; r.main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", noisy], input=requests, capture_output=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out, heads = result.stdout, []
    while found := split_frame(out):
        heads.append(found[0])
        out = out[found[2] :]
    assert out == b"" and len(heads) == 3
    assert decode_reading(heads[0]["reading"]) == read_fetched_page(body, URL, HEADERS)
    assert heads[1]["id"] == 2 and "KeyError" in heads[1]["error"]  # a request without a URL
    assert heads[2]["peak_rss_mb"] > 10


def test_a_signal_while_a_worker_writes_to_a_full_pipe_cuts_no_frame_short():
    """A signal handled while a write to a full pipe waits (a profiler's, a library's handler)
    makes the write return short: the rest of the frame must still be written."""
    body = SAVED_PAGES[0].read_bytes()
    pages = 40
    handled = (
        "import signal, sys, crawler.reader as r\n"
        "signal.signal(signal.SIGUSR1, lambda *args: None); sys.argv = ['worker']; r.main()"
    )
    worker = subprocess.Popen(
        [sys.executable, "-c", handled], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT
    )

    def send() -> None:
        for number in range(pages):
            worker.stdin.write(frame({"id": number, "url": URL, "headers": HEADERS}, body))
        worker.stdin.close()

    sender = threading.Thread(target=send, daemon=True)
    received, heads = bytearray(), []
    try:
        sender.start()
        # Read slowly, so that the worker's writes wait on a full pipe when the signal comes.
        while chunk := worker.stdout.read1(4096):
            received += chunk
            while found := split_frame(received):
                heads.append(found[0])
                del received[: found[2]]
            if len(heads) < pages:
                time.sleep(0.01)
                os.kill(worker.pid, signal.SIGUSR1)
        # A signal that finds the worker past its last frame, ending, kills it: no matter.
        assert worker.wait(timeout=60) in (0, -signal.SIGUSR1)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        sender.join(timeout=10)
    assert received == b""
    assert [head["id"] for head in heads if "id" in head] == list(range(pages))
    assert decode_reading(heads[0]["reading"]) == read_fetched_page(body, URL, HEADERS)


def test_a_worker_ignores_ctrl_c_sent_to_the_process_group_and_ends_with_its_input():
    """A terminal's Ctrl-C reaches every process of the group: the crawl, not its worker, decides."""
    body = SAVED_PAGES[0].read_bytes()
    worker = subprocess.Popen(
        [sys.executable, "-m", "crawler.reader"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        worker.stdin.write(frame({"id": 1, "url": URL, "headers": HEADERS}, body))
        worker.stdin.flush()
        first = bytearray()
        while split_frame(first) is None and (chunk := worker.stdout.read1(65536)):
            first += chunk
        os.killpg(worker.pid, signal.SIGINT)
        os.killpg(worker.pid, signal.SIGTERM)
        out, err = worker.communicate(frame({"id": 2, "url": URL, "headers": HEADERS}, body), timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    assert worker.returncode == 0, err[-2000:]
    assert b"Traceback" not in err
    second = split_frame(out)
    assert second is not None and second[0]["id"] == 2 and "reading" in second[0]


def test_what_the_fast_json_codec_refuses_still_crosses_the_wire_as_it_was():
    """Lone surrogates (a page's `&#xD800;` can leave one) and integers past 64 bits."""
    reading = read_fetched_page(SAVED_PAGES[0].read_bytes(), URL, HEADERS)
    reading.article.title = "半個\ud800字"
    reading.article.clicks = 10**30
    head, _, _ = split_frame(frame({"id": 1, "reading": encode_reading(reading)}))
    assert decode_reading(head["reading"]) == reading
