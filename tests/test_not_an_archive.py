"""A file that is not a chanjing archive gets one line and exit status 1 from every command, and
nothing is written into it."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.archive import Archive, ArchiveError
from tests.databases import connected
from tests.servers import ROOT

COMMANDS = [
    ["stats"],
    ["report", "--out", "REPORT"],
    ["search", "经济"],
    ["query", "select 1"],
    ["export", "--out", "OUT.csv"],
    ["reparse"],
    ["serve", "--port", "0"],
    ["crawl", "http://127.0.0.1:9/"],
]


def _not_archives(tmp_path: Path) -> dict[str, Path]:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not SQLite, only text that looks nothing like a header " * 20)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    other = tmp_path / "other.db"
    with connected(other) as conn:
        conn.execute("create table notes (id integer primary key, text text)")
        conn.execute("insert into notes (text) values ('mine')")
    conn.close()
    return {"garbage": garbage, "empty": empty, "other": other}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", ["garbage", "empty", "other"])
def test_the_python_api_refuses_what_is_not_an_archive(tmp_path, kind):
    path = _not_archives(tmp_path)[kind]
    before = _digest(path)
    with pytest.raises(ArchiveError, match=f"not a chanjing archive: {path}"):
        Archive(path, readonly=True)
    if kind != "empty":  # an empty file is where a new archive may be made
        with pytest.raises(ArchiveError, match="not a chanjing archive"):
            Archive(path)
    assert _digest(path) == before


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_says_so_in_one_line(tmp_path, command):
    for kind, path in _not_archives(tmp_path).items():
        if kind == "empty" and command[0] == "crawl":
            continue  # a crawl makes its archive in an empty file
        before = _digest(path)
        args = [
            a.replace("REPORT", str(tmp_path / "r.html")).replace("OUT.csv", str(tmp_path / "o.csv"))
            for a in command
        ]
        result = subprocess.run(
            [sys.executable, "-m", "crawler.cli", *args, "--db", str(path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1, (kind, command, result.stderr)
        assert any("not a chanjing archive" in line for line in lines), (kind, command, result.stderr)
        assert "Traceback" not in result.stderr
        assert _digest(path) == before, (kind, command)
        assert not list(tmp_path.glob("o.csv")) and not list(tmp_path.glob("r.html"))


def test_an_archive_made_in_an_empty_file_is_an_archive(tmp_path):
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    with Archive(path) as archive:
        archive.start_run(["http://news.test/"])
    with Archive(path, readonly=True) as archive:
        assert archive.count("crawl_runs") == 1
