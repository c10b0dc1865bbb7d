"""Per-field accuracy of the extractor on a corpus directory (default: this held-out set).

Run from the repository root:

    python tests/families/score.py [CORPUS_DIR] [--code DIR] [-v]

`--code DIR` scores the `crawler` package of another checkout (a worktree of an older commit, say):
DIR goes first on sys.path. The page loop and the comparisons are tests/corpus/score.py's; this script
only breaks its mismatches down by field and counts the articles refused with an error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=HERE)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose crawler package is scored")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every mismatch")
    args = parser.parse_args()

    sys.path.insert(0, str(args.code.resolve()))
    # imported after the path is set, so that --code decides which crawler is scored
    import crawler
    from tests.corpus.score import EXACT_FIELDS, score_corpus

    score = score_corpus(args.corpus)
    print(f"crawler from {Path(crawler.__file__).parent}")

    articles: list[str] = []
    non_articles: list[str] = []
    for path in sorted((args.corpus / "expected").glob("*.json")):
        expects_error = json.loads(path.read_text(encoding="utf-8")).get("error")
        (non_articles if expects_error else articles).append(path.stem)

    def missed(name: str, key: str) -> bool:
        return any(m.startswith(f"{name}: {key}: ") for m in score.mismatches)

    print(f"{'field':<18} exact")
    for key in EXACT_FIELDS:
        good = sum(not missed(name, key) for name in articles)
        print(f"{key:<18} {good:>2}/{len(articles)}  {good / max(1, len(articles)):7.2%}")
    rejected = sum(
        f"{name}: expected an error, got an article" not in score.mismatches for name in non_articles
    )
    print(f"{'non-article error':<18} {rejected:>2}/{len(non_articles)}")
    refused = sum(
        any(m.startswith(f"{name}: unexpected error ") for m in score.mismatches) for name in articles
    )
    print(
        f"\n{score.pages} pages ({len(articles)} articles): fields exact {score.exact}/{score.fields} = "
        f"{score.field_accuracy:.2%}, body accuracy {score.body_accuracy:.4f}, "
        f"articles refused with an error {refused}/{len(articles)}"
    )
    if args.verbose:
        print("\n" + "\n".join(score.mismatches))


if __name__ == "__main__":
    main()
