"""A throwaway redis-server on loopback, for tests, benchmarks and trials of distributed mode."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

__all__ = ["redis_server_binary", "start_local_redis"]

# Where Debian's package installs it, for when PATH does not reach /usr/bin.
_DEBIAN_BINARY = Path("/usr/bin/redis-server")


def redis_server_binary() -> Path | None:
    """Where redis-server is installed, or None."""
    found = shutil.which("redis-server")
    if found:
        return Path(found)
    return _DEBIAN_BINARY if _DEBIAN_BINARY.exists() else None


def start_local_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    """A redis-server on a free loopback port, nothing saved.

    Returns the process (terminate it when done) and its URL. Raises FileNotFoundError when
    redis-server is not installed: installing system packages is for whoever runs this.
    """
    binary = redis_server_binary()
    if binary is None:
        raise FileNotFoundError(
            f"redis-server is not installed (not on PATH, not at {_DEBIAN_BINARY}): "
            "install it with `apt-get install redis-server`"
        )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            str(binary),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, f"redis://127.0.0.1:{port}/0"
