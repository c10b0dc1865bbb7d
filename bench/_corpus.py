"""Clean simplified text the project wrote itself, for building benchmark inputs."""

from __future__ import annotations

from pathlib import Path

SENTENCES = Path(__file__).resolve().parent.parent / "tests" / "normalize" / "sentences.txt"


def clean_paragraphs(per_paragraph: int = 4) -> list[str]:
    """Paragraphs of a few sentences each, from tests/normalize/sentences.txt."""
    lines = [s.strip() for s in SENTENCES.read_text(encoding="utf-8").splitlines()]
    sentences = [s for s in lines if s and not s.startswith("#")]
    return ["".join(sentences[i : i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)]
