"""Test-wide settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Under CI the property tests replay the same examples on every run, so a red build always means a
# change in the code; run locally they explore new examples each time (and remember failures).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def archive_db(tmp_path_factory) -> Path:
    """An archive made by two real crawls of a generated demo site (the second refreshes counters,
    so click histories have two points); read-only for the tests that share it."""
    from crawler.demo.server import DemoSite
    from crawler.demo.site import generate
    from tests.servers import run_crawl

    root = tmp_path_factory.mktemp("site")
    generate(root, articles=60, seed=3)
    db = tmp_path_factory.mktemp("archive") / "archive.db"
    with DemoSite(root) as site:
        start = [url + "/" for url in site.start(port=0).values()]
        assert run_crawl(start, db).returncode == 0
        assert run_crawl(start, db, {"REFRESH_MIN_INTERVAL": "0"}).returncode == 0
    return db
