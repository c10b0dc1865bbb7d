"""Downloader middlewares: keep every raw response, and ask listings conditionally."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader import Slot
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as _MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as _RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.throttle import AutoThrottle as _AutoThrottle
from scrapy.http import Response
from scrapy.http.response.html import HtmlResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

from crawler.archive import Validators
from crawler.recorder import Recorder
from crawler.warc import read_page

log = logging.getLogger(__name__)


class RawPageMiddleware:
    """Writes each response, as received, to the WARC files and queues its `pages` row.

    The stored page is named in ``request.meta["stored_page"]`` as (url, fetched_at), which is
    how the pipelines point an article or a reject at its raw page.
    """

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RawPageMiddleware:
        return cls(crawler.get_extension(Recorder))

    def process_response(self, request: Request, response: Response) -> Response:
        headers = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, values in response.headers.items()
            for value in values
        ]
        reason = _reason(response.status)
        request.meta["stored_page"] = self.recorder.record_response(
            response.url, response.status, reason, headers, response.body
        )
        return response


# Scrapy looks for a refresh among a page's first 4,096 characters: at most this many bytes.
_REFRESH_WINDOW = 4 * 4096 + 4


class MetaRefreshMiddleware(_MetaRefreshMiddleware):
    """Scrapy's, after a look at the bytes: a page that cannot hold a `refresh` goes on at once.

    Scrapy's decodes every page's text and strips its scripts and comments with regexes to look
    for the tag: 4% of the crawling process's time, and nearly no page has one. A page
    with a NUL byte (UTF-16 or UTF-32, where the word's bytes are spread out) is left to Scrapy's.
    """

    def process_response(self, request: Request, response: Response) -> Request | Response:
        head = response.body[:_REFRESH_WINDOW]
        if b"\0" not in head and b"refresh" not in head.lower():
            return response
        return super().process_response(request, response)


class ConditionalRequestMiddleware:
    """Sends If-None-Match / If-Modified-Since for pages stored before (listings: articles are
    never fetched twice), and answers a 304 with the stored copy, so the spider reads the listing
    as usual and finds its links without the server sending it again."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        return cls(crawler.get_extension(Recorder))

    def process_request(self, request: Request) -> None:
        validators = self.recorder.validators.get(request.url)
        if validators is None or request.method != "GET" or request.meta.get("unconditional"):
            return None
        if validators.etag:
            request.headers.setdefault("If-None-Match", validators.etag)
        if validators.last_modified:
            request.headers.setdefault("If-Modified-Since", validators.last_modified)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        validators = self.recorder.validators.get(request.url)
        if response.status != 304 or validators is None:
            return response
        try:
            stored = read_page(self.recorder.warc_dir, validators.warc_file, validators.warc_offset)
            if stored.url != request.url:
                raise ValueError(f"the record there is of {stored.url}")
        except Exception as exc:  # missing file, corrupt record (warcio's ArchiveLoadFailed), wrong offset
            return self._fetch_again(request, validators, exc)
        self.recorder.stats.inc_value("chanjing/conditional_hits")
        headers = {
            k: v for k, v in stored.headers.items() if k.lower() not in ("content-encoding", "content-length")
        }
        request.meta["stored_page"] = (stored.url, validators.fetched_at)
        request.meta["reused_copy"] = True
        return HtmlResponse(
            url=response.url,
            status=200,
            headers=headers,
            body=stored.body,
            request=request,
            flags=["stored-copy"],
        )

    def _fetch_again(self, request: Request, validators: Validators, exc: Exception) -> Request:
        """A 304 for a page whose stored copy cannot be read: ask for the page itself, unconditionally."""
        where = self.recorder.warc_dir / (validators.warc_file or "?")
        log.warning(
            "%s: answered 304 Not Modified, but its stored copy (%s at offset %s) cannot be read "
            "(%s: %s); fetching it again without If-None-Match/If-Modified-Since",
            request.url,
            where,
            validators.warc_offset,
            type(exc).__name__,
            exc,
        )
        self.recorder.stats.inc_value("chanjing/stored_copy_unreadable")
        self.recorder.validators.pop(request.url, None)
        again = request.replace(dont_filter=True)
        again.headers.pop(b"If-None-Match", None)
        again.headers.pop(b"If-Modified-Since", None)
        again.meta["unconditional"] = True
        return again


def _reason(status: int) -> str:
    """The standard reason phrase for the stored status line (Scrapy does not keep the server's)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


class SiteBoundaryMiddleware:
    """Keeps redirects on the start URLs' sites: scheme, host and port (Scrapy's own offsite check
    looks at the host only, so a redirect to another port of the same host would be followed).

    An http -> https redirect of the same host on the default ports stays on the site, as links do.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBoundaryMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("redirect_urls"):
            return None  # links are kept on the site by the spider itself
        sites = getattr(self.crawler.spider, "sites", None)
        if not sites or _site(request.url) in {_site(f"http://{site}/") for site in sites} | set(sites):
            return None
        self.crawler.stats.inc_value("chanjing/offsite_redirects")
        log.info(
            "not following a redirect off the site: %s -> %s", request.meta["redirect_urls"][0], request.url
        )
        raise IgnoreRequest(f"redirect off the site: {request.url}")


def _site(url: str) -> str:
    """host[:port] with the scheme's default port left out, lower-cased."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return parts.netloc.lower()
    if port is None or (parts.scheme, port) in (("http", 80), ("https", 443)):
        return host
    return f"{host}:{port}"


class RobotsTxtMiddleware(_RobotsTxtMiddleware):
    """Scrapy's robots.txt check, with every request that waited for a site's robots.txt judged by it.

    Scrapy lets the requests that arrive while a site's robots.txt is being fetched wait on one
    Deferred; under the asyncio reactor only the first of them receives the parser, the others
    receive None and go through unchecked (a distributed worker resuming a queue, or a crawl
    given many start URLs of one site, fetched disallowed pages). Once the wait is over the
    parser is in `_parsers`, whoever waited.
    """

    async def robot_parser(self, request: Request) -> Any:
        parser = await super().robot_parser(request)
        settled = self._parsers.get(urlparse_cached(request).netloc, parser)
        return parser if isinstance(settled, Deferred) else settled


class AutoThrottle(_AutoThrottle):
    """Scrapy's AutoThrottle, with a `304 Not Modified` read as the fast answer it is.

    Scrapy never lowers the delay after a response other than 200 (error pages are small and fast,
    and would fool it), so an incremental run, mostly 304s, kept its start delay throughout.
    """

    def _adjust_delay(self, slot: Slot, latency: float, response: Response) -> None:
        if response.status == 304:
            response = response.replace(status=200)
        super()._adjust_delay(slot, latency, response)


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting as long as a 429 or 503's `Retry-After` asks before asking again
    (at most RETRY_AFTER_MAX seconds)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX", 60)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        result = super().process_response(request, response)
        if not isinstance(result, Request) or response.status not in (429, 503):
            return result
        wait = retry_after(response.headers.get(b"Retry-After"), self.max_wait)
        if not wait:
            return result
        self.crawler.stats.inc_value("chanjing/retry_after_waits")
        from twisted.internet import reactor

        await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return result


def retry_after(value: bytes | None, max_wait: float) -> float:
    """Seconds a Retry-After header asks for (a number or an HTTP date), within 0..max_wait."""
    if not value:
        return 0.0
    text = value.decode("latin-1").strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return 0.0
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, min(seconds, max_wait))
