"""One benchmark crawl in its own process; prints its figures as one JSON line.

    python bench/_crawl_runner.py full|bare DB_OR_DASH URL... [-s NAME=VALUE ...]

`full` is `chanjing crawl` (extract, normalise, store, raw archive); `bare` is a Scrapy spider
that follows the same links and extracts nothing.
"""

from __future__ import annotations

import json
import resource
import sys

import scrapy
from scrapy.crawler import CrawlerProcess

from crawler.crawl import crawl_settings
from crawler.links import page_links, site_key


class BareSpider(scrapy.Spider):
    """Follows every on-site link, as the articles spider does, and keeps nothing."""

    name = "bare"

    def __init__(self, start_urls: list[str], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.start_urls = start_urls
        self.sites = {site_key(url) for url in start_urls}

    def parse(self, response):
        if not isinstance(response, scrapy.http.TextResponse):
            return
        anchors = ((a.get("href"), "") for a in response.selector.root.iter("a"))
        for link in page_links(response.url, anchors):
            if site_key(link.url) in self.sites:
                yield scrapy.Request(link.url, self.parse)


def main(argv: list[str]) -> None:
    mode, db, *rest = argv
    urls = [a for a in rest if a.startswith("http")]
    overrides = dict(pair.split("=", 1) for pair in (rest[i + 1] for i, a in enumerate(rest) if a == "-s"))
    settings = crawl_settings(
        None if db == "-" else db, {"LOG_LEVEL": "WARNING", "PROGRESS_INTERVAL": "0", **overrides}
    )
    if mode == "bare":
        # Bare Scrapy: none of chanjing's middlewares, pipelines or extensions.
        for name in ("ITEM_PIPELINES", "DOWNLOADER_MIDDLEWARES", "EXTENSIONS"):
            settings.set(name, {}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider if mode == "bare" else "articles")
    process.crawl(crawler, start_urls=urls)
    process.start()
    stats = crawler.stats.get_stats()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "mode": mode,
                "pages": stats.get("downloader/response_count", 0),
                "elapsed": stats.get("elapsed_time_seconds"),
                "articles": stats.get("chanjing/articles_new", 0),
                "rss_mb": round(own / 1024, 1),
                "worker_rss_mb": round(children / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
