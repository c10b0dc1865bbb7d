"""One benchmark crawl in its own process; prints its figures as one JSON line.

    python bench/_crawl_runner.py full|bare|bare-seen DB_OR_DASH URL... [-s NAME=VALUE ...]

`full` is `chanjing crawl` (extract, normalise, store, raw archive); `bare` is a plain Scrapy
spider that follows the same links and extracts nothing; `bare-seen` is the same spider skipping
links it already asked for, as the articles spider does.
"""

from __future__ import annotations

import json
import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess

from crawler.crawl import crawl_settings
from crawler.links import site_key
from crawler.pipelines.extract import peak_rss_mb


class BareSpider(scrapy.Spider):
    """Plain Scrapy: follows every link to the start URLs' sites and keeps nothing."""

    name = "bare"

    def __init__(self, start_urls: list[str], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.start_urls = start_urls
        self.sites = {site_key(url) for url in start_urls}

    def parse(self, response):
        if not isinstance(response, scrapy.http.TextResponse):
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc in self.sites:
                yield scrapy.Request(url, self.parse)


class BareSeenSpider(BareSpider):
    """Bare Scrapy that, like the articles spider, skips links it already asked for before
    Scrapy's duplicate filter sees them: the fastest plain crawl of the same link set."""

    name = "bare-seen"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.requested = set(self.start_urls)

    def parse(self, response):
        for request in super().parse(response):
            if request.url not in self.requested:
                self.requested.add(request.url)
                yield request


def main(argv: list[str]) -> None:
    mode, db, *rest = argv
    urls = [a for a in rest if a.startswith("http")]
    overrides = dict(pair.split("=", 1) for pair in (rest[i + 1] for i, a in enumerate(rest) if a == "-s"))
    settings = crawl_settings(
        None if db == "-" else db, {"LOG_LEVEL": "WARNING", "PROGRESS_INTERVAL": "0", **overrides}
    )
    if mode != "full":
        # Bare Scrapy: none of chanjing's middlewares, pipelines or extensions.
        for name in ("ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "EXTENSIONS"):
            settings.set(name, {}, priority="cmdline")
    process = CrawlerProcess(settings)
    spiders = {"bare": BareSpider, "bare-seen": BareSeenSpider, "full": "articles"}
    crawler = process.create_crawler(spiders[mode])
    process.crawl(crawler, start_urls=urls)
    process.start()
    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {
                "mode": mode,
                "pages": stats.get("downloader/response_count", 0),
                "elapsed": stats.get("elapsed_time_seconds"),
                "articles": stats.get("chanjing/articles_new", 0),
                "rss_mb": round(peak_rss_mb(), 1),
                "worker_rss_mb": stats.get("chanjing/extract_worker_peak_rss_mb", 0),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
