"""The chanjing command, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus" / "pages"


def chanjing(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_extract_prints_one_json_line_per_file():
    result = chanjing(
        "extract", str(CORPUS / "01-original-utf8.html"), str(CORPUS / "05-gbk-no-declaration.html")
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    assert all(r["title"] and r["body"] and r["published_at"].endswith("+08:00") for r in records)
    assert records[0]["url"].startswith("file://")


def test_extract_keeps_going_and_fails_at_the_end():
    result = chanjing(
        "extract", str(CORPUS / "25-list-page.html"), "/nonexistent/page.html", str(CORPUS / "01-original-utf8.html"),
        "--url", "http://www.example.test/html/2025/0104/1.html",
    )  # fmt: skip
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    assert records[0]["error"].startswith("not an article page")
    assert (
        records[1]["error"] is None and records[1]["url"] == "http://www.example.test/html/2025/0104/1.html"
    )
    assert "cannot read /nonexistent/page.html" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_unknown_encoding_is_a_usage_error():
    result = chanjing("extract", str(CORPUS / "01-original-utf8.html"), "--encoding", "klingon")
    assert result.returncode == 2
    assert "unknown encoding" in result.stderr and "Traceback" not in result.stderr


def test_normalize_reads_stdin_line_by_line():
    result = chanjing("normalize", stdin="當(dāng)前位置\n\n客?tuì)?hù)\n")
    assert result.returncode == 0
    assert result.stdout == "当前位置\n\n客户\n"


def test_normalize_reads_a_file(tmp_path: Path):
    source = tmp_path / "in.txt"
    source.write_bytes("ä¸­å›½\n鍏ㄥ浗\n".encode() + b"\xff bad\n")
    result = chanjing("normalize", str(source))
    assert result.stdout.splitlines()[:2] == ["中国", "全国"]
    assert "not valid UTF-8" in result.stderr
