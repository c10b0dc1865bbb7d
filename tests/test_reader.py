"""One read per page: the links and counter script the spider follows and the article the
pipelines store, from one parse, in worker processes; the same as reading the page the way a
Scrapy spider does (Scrapy's own decoding and selector) and extracting it on its own."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from scrapy.http import HtmlResponse

from crawler.extract import extract
from crawler.extract.counters import counter_kind
from crawler.links import page_links
from crawler.reader import PageReader, read_fetched_page
from tests.variants.generator import render, spec_from_seed, specs

TESTS = Path(__file__).parent
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
    return [(link.url, link.text) for link in links], None if counter is None else response.urljoin(str(counter).strip())


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
    [b"", b"   ", b"\x00\xff\xfe garbage \x81", b"<html><body><a href='/x/1.html'>one</a>", b"%PDF-1.4 binary"],
)
def test_a_page_that_is_no_article_keeps_its_links_and_says_why(body):
    reading = read_fetched_page(body, URL, HEADERS)
    assert reading.article.error
    assert reading.links == spider_reading(body, URL)[0] if body.strip() else reading.links == []


def test_worker_processes_read_as_this_process_does_and_a_dead_worker_costs_no_page():
    pages = [(path.read_bytes(), URL) for path in SAVED_PAGES[:6]]
    reader = PageReader(workers=1)

    async def read_all():
        return [await reader.read(body, url, HEADERS) for body, url in pages]

    try:
        assert asyncio.run(read_all()) == [read_fetched_page(body, url, HEADERS) for body, url in pages]
        (worker,) = reader.pool._processes.values()
        os.kill(worker.pid, signal.SIGKILL)
        worker.join(10)
        # The page in hand when the worker died is read here, and the next ones by a new worker.
        assert asyncio.run(read_all()) == [read_fetched_page(body, url, HEADERS) for body, url in pages]
        assert reader.pool is not None and reader.pool._processes
    finally:
        reader.close()
    assert reader.pool is None
