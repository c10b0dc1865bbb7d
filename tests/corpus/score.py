"""Score the extractor over the saved-page corpus: fields exact, body character accuracy.

Run: python tests/corpus/score.py [-v]   (prints every mismatch with -v)
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from crawler.extract import extract

HERE = Path(__file__).parent
# Fields compared exactly; the body is scored by character accuracy instead.
EXACT_FIELDS = (
    "title", "source", "published_at", "clicks", "click_counter_url", "editor", "reviewer",
    "category", "breadcrumbs", "images", "related", "article_id",
)  # fmt: skip


@dataclass
class Score:
    pages: int = 0
    fields: int = 0
    exact: int = 0
    body_ratios: list[float] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    @property
    def field_accuracy(self) -> float:
        return self.exact / max(1, self.fields)

    @property
    def body_accuracy(self) -> float:
        return sum(self.body_ratios) / max(1, len(self.body_ratios))


def body_accuracy(expected: str | None, got: str | None) -> float:
    """Character-level similarity of two bodies (1.0 = identical)."""
    if not expected and not got:
        return 1.0
    return SequenceMatcher(None, expected or "", got or "", autojunk=False).ratio()


def score_corpus(corpus: Path = HERE) -> Score:
    score = Score()
    for expected_path in sorted((corpus / "expected").glob("*.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        page = corpus / "pages" / (expected_path.stem + ".html")
        got = extract(page.read_bytes(), expected["url"]).to_dict()
        score.pages += 1
        name = expected_path.stem
        if expected.get("error"):
            score.fields += 1
            if got["error"]:
                score.exact += 1
            else:
                score.mismatches.append(f"{name}: expected an error, got an article")
            continue
        if got["error"]:
            score.mismatches.append(f"{name}: unexpected error {got['error']!r}")
        for key in EXACT_FIELDS:
            if key not in expected:
                continue
            score.fields += 1
            if got[key] == expected[key]:
                score.exact += 1
            else:
                score.mismatches.append(f"{name}: {key}: expected {expected[key]!r}, got {got[key]!r}")
        ratio = body_accuracy(expected.get("body"), got["body"])
        score.body_ratios.append(ratio)
        if ratio < 1:
            score.mismatches.append(f"{name}: body accuracy {ratio:.4f}")
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    score = score_corpus()
    if args.verbose:
        print("\n".join(score.mismatches))
    print(
        f"{score.pages} pages: fields exact {score.exact}/{score.fields} = {score.field_accuracy:.2%}, "
        f"body accuracy {score.body_accuracy:.4f}"
    )


if __name__ == "__main__":
    main()
