"""Scrapy settings for chanjing: every default lives here; override with ``-s NAME=VALUE``."""

BOT_NAME = "chanjing"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "chanjing/0.1 (+research archive of public news pages; polite crawler)"
ROBOTSTXT_OBEY = True

# The site's clock: timestamps printed without a zone are China Standard Time.
SITE_TIMEZONE = "+08:00"
# OpenCC configuration for traditional -> simplified (see README: tw2s handles 著/着).
OPENCC_CONFIG = "tw2s"
