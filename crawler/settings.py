"""Scrapy settings for chanjing: every default lives here; override with ``-s NAME=VALUE``."""

BOT_NAME = "chanjing"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- politeness -------------------------------------------------------------------------------
USER_AGENT = "chanjing/0.1 (+research archive of public news pages; polite crawler)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_TIMEOUT = 30
# Article pages are tens of kilobytes; anything past this is not one of them.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# A 429 or 503's Retry-After is waited for before the retry, but never longer than this (seconds).
RETRY_AFTER_MAX = 60
COOKIES_ENABLED = False
# Scrapy's consoles run Python code sent to a local port (telnet; HTTP with a token kept in a
# file under the user's state directory): a crawl of pages from anywhere offers neither.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
REDIRECT_MAX_TIMES = 10
LOG_LEVEL = "INFO"
# Breadth-first-ish: finish listings before diving, so a killed crawl has archived whole pages.
DEPTH_PRIORITY = 0

# --- the archive ------------------------------------------------------------------------------
ARCHIVE_DB = "data/archive.db"
# Raw pages go to WARC files here; empty means a "warc" folder beside ARCHIVE_DB.
ARCHIVE_WARC_DIR = ""
ARCHIVE_WARC_MAX_BYTES = 1024 * 1024 * 1024
# A batch is written in one transaction when it holds this many records or is this old.
ARCHIVE_BATCH_SIZE = 500
ARCHIVE_FLUSH_SECONDS = 2.0

# --- what to fetch again ----------------------------------------------------------------------
# Stop following a listing's pagination after this many consecutive pages without a new article.
LISTING_STALE_PAGES = 2
# Refresh click counts (through counter scripts) of articles published within this many days.
REFRESH_DAYS = 7
# ... but ask one article's counter at most once in this many seconds: some counters
# (DedeCMS count.php, PHPCMS op=count) add a click for every request, ours included.
REFRESH_MIN_INTERVAL = 3000
# Articles without a counter print their count in the page: ask such recent pages again, with a
# conditional request, so an unchanged page costs a 304 and a changed one gives a new snapshot
# (and a revision, when its content changed).
REFRESH_PAGES = True
# Send If-None-Match / If-Modified-Since for pages fetched before; a 304 reuses the stored copy.
CONDITIONAL_REQUESTS = True

# --- extraction -------------------------------------------------------------------------------
# Processes that extract and normalise pages beside the crawling one ("auto": one per spare core;
# 0: in the crawling process).
EXTRACT_WORKERS = "auto"
# The site's clock: timestamps printed without a zone are China Standard Time.
SITE_TIMEZONE = "+08:00"
# Print a progress line to stderr this often (seconds; 0 turns it off).
PROGRESS_INTERVAL = 5.0

ITEM_PIPELINES = {
    "crawler.pipelines.normalise.NormalisePipeline": 200,
    "crawler.pipelines.validate.ValidatePipeline": 300,
    "crawler.pipelines.store.StorePipeline": 900,
}
DOWNLOADER_MIDDLEWARES = {
    # Between the redirect (600) and cookie (700) middlewares: sees every response, redirects
    # and 304s included, with the body still content-encoded as it came over the wire.
    "crawler.middlewares.RawPageMiddleware": 660,
    # Below it: turns a 304 into the stored copy after the 304 itself was recorded.
    "crawler.middlewares.ConditionalRequestMiddleware": 650,
    # Redirects stay on the start URLs' sites, port included (Scrapy's offsite check ignores it).
    "crawler.middlewares.SiteBoundaryMiddleware": 55,
    # robots.txt applied to every request that waited for it (see the class).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtMiddleware": 100,
    # Retries that wait as long as a 429 or 503's Retry-After asks (at most RETRY_AFTER_MAX).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    # Scrapy's meta refresh, skipped for pages that cannot hold one (see the class).
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.MetaRefreshMiddleware": 580,
}
EXTENSIONS = {
    # Off (see TELNETCONSOLE_ENABLED), and not even imported: the HTTP console costs every crawl
    # process aiohttp's import.
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    # AutoThrottle that counts a 304 as the fast answer it is (Scrapy's ignores all but 200s).
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.middlewares.AutoThrottle": 0,
    "crawler.recorder.CrawlRecorder": 100,
    "crawler.reader.PageReader": 150,
    "crawler.recorder.Progress": 200,
}

# A body cut short in transfer still holds most of a page: extract what arrived, flag it.
DOWNLOAD_FAIL_ON_DATALOSS = False
# Scrapy starts this many asyncio tasks for the output of every response, whatever it yields; a
# page here yields one item or a listing's few dozen requests, and 100 tasks per page cost more
# CPU than anything the spider itself does with it.
CONCURRENT_ITEMS = 8
