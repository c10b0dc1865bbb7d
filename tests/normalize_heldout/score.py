"""Score crawler.text.normalize_text on the held-out battery (cases.tsv).

    .venv/bin/python tests/normalize_heldout/score.py [CASES.tsv]

Exact match per line; per-kind accuracy, up to 5 failures per kind (damaged / got / expected,
invisible and control characters shown as <U+XXXX>), the figure for the README-promised kinds,
for the extra_ kinds and overall. Exits 0 whatever the score: it measures, it does not gate.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from crawler.text import normalize_text  # noqa: E402


def show(s: str) -> str:
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if ch == " " or (ch.isprintable() and cat not in ("Cf", "Co", "Zs", "Cc")):
            out.append(ch)
        else:
            out.append(f"<U+{ord(ch):04X}>")
    return "".join(out)


def load(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    with path.open(encoding="utf-8", newline="\n") as f:
        for line in f.read().split("\n"):
            if not line:
                continue
            kind, damaged, clean = line.split("\t")
            rows.append((kind, damaged, clean))
    return rows


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "cases.tsv"
    rows = load(path)
    order: list[str] = []
    results: dict[str, list[tuple[str, str, str, bool]]] = {}
    for kind, damaged, clean in rows:
        try:
            got = normalize_text(damaged)
        except Exception as exc:  # a crash is a failure of that case, not of the run
            got = f"<EXCEPTION {type(exc).__name__}: {exc}>"
        if kind not in results:
            order.append(kind)
            results[kind] = []
        results[kind].append((damaged, got, clean, got == clean))

    print(f"held-out normaliser battery: {path.name}, {len(rows)} cases\n")
    print(f"{'kind':34s} {'pass':>5s} {'total':>5s} {'acc':>7s}")
    for kind in order:
        r = results[kind]
        ok = sum(x[3] for x in r)
        print(f"{kind:34s} {ok:5d} {len(r):5d} {100 * ok / len(r):6.1f}%")

    def total(kinds):
        r = [x for k in kinds for x in results[k]]
        ok = sum(x[3] for x in r)
        return ok, len(r)

    promised = [k for k in order if not k.startswith("extra_")]
    extra = [k for k in order if k.startswith("extra_")]
    print()
    for label, kinds in (("promised kinds", promised), ("extra_ kinds", extra), ("overall", order)):
        ok, n = total(kinds)
        if n:
            print(f"{label:34s} {ok:5d} {n:5d} {100 * ok / n:6.1f}%")

    for kind in order:
        fails = [x for x in results[kind] if not x[3]]
        if not fails:
            continue
        print(f"\n=== {kind}: {len(fails)} failing (showing {min(5, len(fails))})")
        for damaged, got, clean, _ in fails[:5]:
            print(f"  damaged : {show(damaged)}")
            print(f"  got     : {show(got)}")
            print(f"  expected: {show(clean)}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
