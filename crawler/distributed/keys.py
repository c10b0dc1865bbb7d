"""The Redis keys a distributed crawl shares, and the connection to them."""

from __future__ import annotations

import redis

__all__ = ["Keys", "connect"]


class Keys:
    """The Redis keys of one crawl family, all under one prefix."""

    def __init__(self, prefix: str = "chanjing") -> None:
        self.prefix = prefix
        self.queue = f"{prefix}:requests"
        self.dupefilter = f"{prefix}:dupefilter"
        self.items = f"{prefix}:items"
        self.processing = f"{prefix}:items-processing"
        self.inflight = f"{prefix}:inflight"
        self.owners = f"{prefix}:inflight-owners"
        self.known = f"{prefix}:known"
        self.walk_to_end = f"{prefix}:walk-to-end"
        self.ready = f"{prefix}:ready"
        self.run_id = f"{prefix}:run-id"
        self.joined = f"{prefix}:joined"
        self.worker_stats = f"{prefix}:worker-stats"
        self.start_urls = f"{prefix}:start-urls"

    def worker(self, worker_id: str) -> str:
        return f"{self.prefix}:worker:{worker_id}"

    def workers_pattern(self) -> str:
        return f"{self.prefix}:worker:*"


def connect(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)
