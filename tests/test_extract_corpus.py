"""The extractor over the saved-page corpus: scores, and raw text kept beside clean text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extract import extract
from crawler.text import normalize_text

from .corpus.score import score_corpus

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = sorted((CORPUS / "expected").glob("*.json"))


def test_corpus_scores():
    score = score_corpus(CORPUS)
    assert score.pages >= 24
    assert score.field_accuracy >= 0.99, "\n".join(score.mismatches)
    assert score.body_accuracy >= 0.995, "\n".join(score.mismatches)


@pytest.mark.parametrize(
    ("folder", "fields", "body"),
    # Pages of other CMS families and of news portals, each set labelled before the extractor
    # was tuned on it; the floors are their scores since (tests/unseen stays out of tuning).
    [("families", 1.0, 0.999), ("portals", 1.0, 0.999), ("mirrors", 0.99, 0.995), ("platforms", 0.93, 0.985)],
)
def test_pages_of_other_sites_score_as_recorded(folder: str, fields: float, body: float):
    score = score_corpus(CORPUS.parent / folder)
    assert score.pages >= 18
    assert score.field_accuracy >= fields, "\n".join(score.mismatches)
    assert score.body_accuracy >= body, "\n".join(score.mismatches)


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.stem)
def test_page(expected_path: Path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = extract((CORPUS / "pages" / f"{expected_path.stem}.html").read_bytes(), expected["url"]).to_dict()
    if expected.get("error"):
        assert got["error"].startswith("not an article page")
        return
    assert got["error"] is None
    for key, value in expected.items():
        assert got[key] == value, key


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.stem)
def test_raw_text_normalises_to_clean_text(expected_path: Path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = extract((CORPUS / "pages" / f"{expected_path.stem}.html").read_bytes(), expected["url"])
    if got.error:
        return
    assert normalize_text(got.title_raw) == got.title
    assert normalize_text(got.body_raw) == got.body
