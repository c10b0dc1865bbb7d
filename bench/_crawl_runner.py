"""The anchor of bench_crawl.py: a spider written the way a Scrapy user writes one for this site.

    python bench/_crawl_runner.py START_URL [-s NAME=VALUE ...]

Scrapy's defaults and the settings given with -s, nothing of chanjing's; it follows the list
pages to their articles and to the next list page, and keeps a URL and a title per article.
Prints one JSON line: pages fetched, items kept, Scrapy's own elapsed seconds.
"""

from __future__ import annotations

import json
import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class NewsSpider(scrapy.Spider):
    name = "news"

    def parse(self, response):
        for href in response.css("ul.list li a::attr(href)").getall():
            yield response.follow(href, self.parse_article)
        # The label is 下一頁, with or without pinyin after its characters.
        next_page = response.xpath('//div[@class="pages"]/a[starts-with(., "下")]/@href').get()
        if next_page:
            yield response.follow(next_page, self.parse)

    def parse_article(self, response):
        yield {"url": response.url, "title": response.css("h1::text").get()}


def main(argv: list[str]) -> None:
    start, *rest = argv
    settings = dict(rest[i + 1].split("=", 1) for i, arg in enumerate(rest) if arg == "-s")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, start_urls=[start])
    process.start()
    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {
                "pages": stats.get("downloader/response_count", 0),
                "items": stats.get("item_scraped_count", 0),
                "elapsed": stats.get("elapsed_time_seconds"),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
