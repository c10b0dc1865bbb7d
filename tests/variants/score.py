"""Score the extractor over seeded page variants: per-field accuracy and the commonest mismatch kinds.

    python -m tests.variants.score [--n 500] [--seed S] [--heldout] [-v]
    python -m tests.variants.score --show SEED      # one variant: its choices, the page, every mismatch
    python -m tests.variants.score --axes           # the baseline page with one choice changed at a time

Seeds ``S .. S+N-1`` are tuning seeds; ``--heldout`` takes the same offsets in the held-out range
(``HELDOUT_BASE + S ..``), which is for checking, not for tuning the extractor on.

A mismatch kind is a field, how it went wrong (missing, spurious, wrong, inaccurate) and the page choice
that goes with it: greedily, the choice shared by most of those mismatches among the choices whose pages
fail that way at least half the time, or at least 20% of the time and three times as often as pages at
large; "-" when no single choice explains them.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field

from crawler.extract import extract
from tests.corpus.score import EXACT_FIELDS, body_accuracy

from .generator import (
    HELDOUT_BASE,
    PageSpec,
    baseline_spec,
    expected,
    one_factor_cases,
    render,
    spec_from_seed,
)

BODY_OK = 0.995
# A choice explains a mismatch kind when pages with it fail that way half the time, or at least this
# often and this many times more often than pages at large.
MIN_RATE = 0.2
MIN_LIFT = 3.0


@dataclass
class Outcome:
    seed: int
    spec: PageSpec
    expected: dict
    got: dict
    mismatches: dict[str, str]  # field -> how (missing / spurious / wrong / inaccurate)
    body: float

    @property
    def refused(self) -> bool:
        return bool(self.got.get("error"))

    @property
    def crashed(self) -> bool:
        return str(self.got.get("error", "")).startswith("raised ")


def how_wrong(exp: object, got: object) -> str:
    if exp is None:
        return "spurious"
    if got is None:
        return "missing"
    return "wrong"


def check(spec: PageSpec) -> tuple[dict, dict, dict[str, str], float]:
    exp = expected(spec)
    try:
        got = extract(render(spec), exp["url"]).to_dict()
    except Exception as exc:  # a crash is scored like a refusal, and reported as one
        got = {"error": f"raised {type(exc).__name__}: {exc}"}
    mismatches = {}
    for key in EXACT_FIELDS:
        if got.get(key) != exp[key]:
            mismatches[key] = how_wrong(exp[key], got.get(key))
    ratio = body_accuracy(exp["body"], got.get("body"))
    if ratio < BODY_OK:
        mismatches["body"] = "inaccurate"
    return exp, got, mismatches, ratio


def outcome(seed: int) -> Outcome:
    spec = spec_from_seed(seed)
    exp, got, mismatches, ratio = check(spec)
    return Outcome(seed, spec, exp, got, mismatches, ratio)


@dataclass
class Kind:
    field: str
    how: str
    choice: str
    seeds: list[int] = field(default_factory=list)


def mismatch_kinds(outcomes: list[Outcome]) -> list[Kind]:
    """Group the mismatches by field, how, and the page choice that best explains them."""
    with_choice: dict[str, set[int]] = defaultdict(set)
    for i, o in enumerate(outcomes):
        for axis, value in o.spec.style.items():
            with_choice[f"{axis}={value}"].add(i)
    groups: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, o in enumerate(outcomes):
        if o.refused:
            groups[
                ("(page)", "raised" if o.crashed else "refused: " + str(o.got["error"]).split(":")[0])
            ].add(i)
            continue
        for key, how in o.mismatches.items():
            groups[(key, how)].add(i)
    kinds: list[Kind] = []
    for (key, how), members in groups.items():
        failing = set(members)
        base_rate = len(members) / len(outcomes)
        while failing:
            best, best_hits = None, set()
            for choice, pages in with_choice.items():
                hits = failing & pages
                rate = len(members & pages) / len(pages)
                explains = rate >= 0.5 or (rate >= MIN_RATE and rate >= MIN_LIFT * base_rate)
                if len(hits) >= 2 and explains and len(hits) > len(best_hits):
                    best, best_hits = choice, hits
            if best is None:
                kinds.append(Kind(key, how, "-", sorted(outcomes[i].seed for i in failing)))
                break
            kinds.append(Kind(key, how, best, sorted(outcomes[i].seed for i in best_hits)))
            failing -= best_hits
    kinds.sort(key=lambda k: -len(k.seeds))
    return kinds


def short(value: object, limit: int = 90) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def report(outcomes: list[Outcome], label: str, verbose: bool = False, top: int = 20) -> None:
    n = len(outcomes)
    articles = [o for o in outcomes if not o.refused]
    crashed = sum(o.crashed for o in outcomes)
    print(f"{label}: {n} variants, {n - len(articles) - crashed} refused as not an article, {crashed} raised")
    exact_total = 0
    for key in EXACT_FIELDS:
        ok = sum(key not in o.mismatches for o in outcomes)
        exact_total += ok
        print(f"  {key:<18} {ok / n:7.2%}")
    body = sum(o.body for o in outcomes) / n
    body_ok = sum(o.body >= BODY_OK for o in outcomes)
    print(
        f"  fields exact       {exact_total / (n * len(EXACT_FIELDS)):7.2%}  ({exact_total}/{n * len(EXACT_FIELDS)})"
    )
    print(f"  body accuracy      {body:.4f}  ({body_ok / n:.1%} of pages >= {BODY_OK})")
    print(f"  pages all correct  {sum(not o.mismatches for o in outcomes) / n:7.2%}")
    by_seed = {o.seed: o for o in outcomes}
    print(f"\n  top {top} mismatch kinds (field, how, page choice: pages, example seed):")
    for kind in mismatch_kinds(outcomes)[:top]:
        o = by_seed[kind.seeds[0]]
        print(f"  {len(kind.seeds):5d}  {kind.field}: {kind.how}  [{kind.choice}]  e.g. seed {o.seed}")
        if kind.field in o.expected and kind.field != "body":
            print(
                f"         expected {short(o.expected[kind.field])}\n         got      {short(o.got.get(kind.field))}"
            )
    if verbose:
        print()
        for o in outcomes:
            for key in o.mismatches:
                if key == "body":
                    print(f"{o.seed}: body accuracy {o.body:.4f}")
                else:
                    print(f"{o.seed}: {key}: expected {short(o.expected[key])}, got {short(o.got.get(key))}")


def show(seed: int) -> None:
    o = outcome(seed)
    print(json.dumps(o.spec.style, ensure_ascii=False, indent=1))
    data = render(o.spec)
    encoding = "gb18030" if o.spec.s("encoding").startswith("gbk") else "utf-8-sig"
    print(data.decode(encoding))
    if o.refused:
        print("refused:", o.got["error"])
    for key in o.mismatches:
        if key == "body":
            print(
                f"body accuracy {o.body:.4f}\n  expected {o.expected['body']!r}\n  got      {o.got.get('body')!r}"
            )
        else:
            print(f"{key}: expected {short(o.expected[key], 400)}, got {short(o.got.get(key), 400)}")


def axes() -> None:
    base = baseline_spec()
    _, _, mismatches, _ = check(base)
    print(f"baseline: {'ok' if not mismatches else mismatches}")
    failed = 0
    cases = list(one_factor_cases())
    for case, force in cases:
        _, _, mismatches, ratio = check(baseline_spec(force))
        if mismatches:
            failed += 1
            extra = {k: v for k, v in force.items() if f"{k}=" not in case}
            print(f"FAIL {case} {extra or ''}: {', '.join(f'{k} {v}' for k, v in mismatches.items())}")
    print(f"{len(cases) - failed}/{len(cases)} one-choice variants of the baseline give the expected record")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=500, help="number of variants (default 500)")
    parser.add_argument("--seed", type=int, default=0, help="first seed offset (default 0)")
    parser.add_argument("--heldout", action="store_true", help="use the held-out seed range")
    parser.add_argument("--top", type=int, default=20, help="mismatch kinds to list (default 20)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every mismatch")
    parser.add_argument("--show", type=int, metavar="SEED", help="print one variant and its mismatches")
    parser.add_argument("--axes", action="store_true", help="score the one-choice variants of the baseline")
    args = parser.parse_args()
    if args.show is not None:
        show(args.show)
        return
    if args.axes:
        axes()
        return
    if not (0 <= args.seed and args.seed + args.n <= HELDOUT_BASE):
        parser.error(f"seed offsets must lie in [0, {HELDOUT_BASE})")
    base = HELDOUT_BASE if args.heldout else 0
    seeds = range(base + args.seed, base + args.seed + args.n)
    outcomes = [outcome(s) for s in seeds]
    label = f"{'held-out' if args.heldout else 'tuning'} seeds {seeds.start}..{seeds.stop - 1}"
    report(outcomes, label, verbose=args.verbose, top=args.top)


if __name__ == "__main__":
    main()
