"""The README's promises that CI itself depends on."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line and not line.startswith("#")]


def test_quick_start_is_two_commands_in_a_virtual_environment():
    commands = quick_start_commands()
    assert len(commands) == 2
    for command in commands:
        # PEP 668: a system Python refuses a bare `pip install`, so everything goes into a venv.
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install")
    assert "chanjing demo" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_as_written():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quick_start_commands()[1] in ci
