"""The README's examples run as written: every Python block, and every command of "Reading the
archive", in a directory whose data/archive.db is an archive made by a real crawl. Placeholders a
reader replaces (the example site, `page.html`, optional `[...]` parts) are given local values."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.demo.server import DemoSite
from crawler.demo.site import generate
from tests.servers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE_SITE = "https://www.example-news.test/"
# Commands that serve until stopped, or need Redis or a remote site, are tested elsewhere.
READING_COMMANDS = ("search", "query", "export", "stats", "report", "reparse")


def blocks(language: str, section: str | None = None) -> list[str]:
    text = README if section is None else README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def reading_commands() -> list[str]:
    commands = []
    for block in blocks("sh", "Reading the archive"):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line)
            if line.startswith("chanjing ") and line.split()[1] in READING_COMMANDS:
                commands.append(re.sub(r"\s*\[[^\]]*\]", "", line))  # optional parts left out
    return commands


@pytest.fixture
def workdir(tmp_path, archive_db) -> Path:
    """A copy of the crawled archive (with its raw pages) at data/archive.db, as a reader has it."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(archive_db, data / "archive.db")
    if (archive_db.parent / "warc").is_dir():
        shutil.copytree(archive_db.parent / "warc", data / "warc")
    shutil.copy(ROOT / "crawler" / "samples" / "mirror-article.html", tmp_path / "page.html")
    return tmp_path


def test_the_readme_has_examples_to_run():
    assert len(blocks("python")) >= 2
    assert {c.split()[1] for c in reading_commands()} == set(READING_COMMANDS)


@pytest.mark.parametrize("command", reading_commands())
def test_each_reading_command_runs_as_written(workdir, command):
    shell = command.replace("chanjing ", f"{sys.executable} -m crawler.cli ", 1)
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    if "| head" in command:  # head closes the pipe early: the exporter stops without a word
        assert len(result.stdout.splitlines()) == 10 and "chanjing:" not in result.stderr, result.stderr
    else:
        assert result.returncode == 0, (command, result.stderr[-2000:])
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_each_python_example_runs_as_written(workdir, tmp_path_factory, index):
    code = blocks("python")[index]
    with DemoSite(_demo_tree(tmp_path_factory)) as site:
        url = site.start(port=0)["original"] + "/"
        result = subprocess.run(
            [sys.executable, "-c", code.replace(EXAMPLE_SITE, url)],
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=300,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 0, (code, result.stderr[-3000:])
    assert result.stdout.strip()


_TREE: list[Path] = []


def _demo_tree(factory) -> Path:
    if not _TREE:
        root = factory.mktemp("readme-site")
        generate(root, articles=20, seed=5)
        _TREE.append(root)
    return _TREE[0]
