#!/usr/bin/env python3
"""How far two judges agree on the BBC events yardstick: the second, blind judgments of
eval/bbc-events-second-judge.jsonl against the first judgments of the same lines in
eval/bbc-events-check.jsonl.

    .venv/bin/python scripts/judge_agreement.py            # totals and Cohen's kappa
    .venv/bin/python scripts/judge_agreement.py --show     # ... and each line the judges read apart

A line's reading is its right type: the coded type when judged right, else its `should_be`
("none": no event). Reported: lines whose right/wrong verdicts agree, lines whose readings agree,
each judge's right count, and Cohen's kappa on the right/wrong verdict (agreement beyond what the
two judges' right rates give by chance). A first judgment re-judged later under a settled reading
is read as it stands now, so the figure is the agreement of today's yardstick.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIRST = REPO / "eval" / "bbc-events-check.jsonl"
SECOND = REPO / "eval" / "bbc-events-second-judge.jsonl"


def reading(j: dict) -> str:
    return j["type"] if j["right_type"] else (j.get("should_be") or "?")


def read_lines(path: Path) -> list[dict]:
    return [j for j in (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()) if "seed" in j]


def pairs(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """Each second judgment with the first judgment of the same worksheet line (seed, sample, n),
    checked to be the same event (story, span, trigger)."""
    by_line = {(j["seed"], j["sample"], j["n"]): j for j in first}
    out = []
    for j in second:
        f = by_line.get((j["seed"], j["sample"], j["n"]))
        if f is None or (f["story"], f["span"], f["trigger"]) != (j["story"], j["span"], j["trigger"]):
            raise SystemExit(f"{SECOND.name}: seed {j['seed']} line {j['n']} has no first judgment of the same event in {FIRST.name}")
        out.append((f, j))
    return out


def kappa(verdicts: list[tuple[bool, bool]]) -> float:
    n = len(verdicts)
    observed = sum(a == b for a, b in verdicts) / n
    p1 = sum(a for a, _ in verdicts) / n
    p2 = sum(b for _, b in verdicts) / n
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each line the two judges read apart")
    args = parser.parse_args(argv)
    both = pairs(read_lines(FIRST), read_lines(SECOND))
    for seed in sorted({f["seed"] for f, _ in both}) + [None]:
        part = [(f, j) for f, j in both if seed is None or f["seed"] == seed]
        n = len(part)
        verdicts = [(f["right_type"], j["right_type"]) for f, j in part]
        same_verdict = sum(a == b for a, b in verdicts)
        same_reading = sum(reading(f) == reading(j) for f, j in part)
        print(f"{'all' if seed is None else f'seed {seed}'}: {n} lines; same verdict {same_verdict}/{n} = {same_verdict / n:.3f}, "
              f"same reading {same_reading}/{n}; right: first {sum(a for a, _ in verdicts)}, second {sum(b for _, b in verdicts)}; "
              f"kappa {kappa(verdicts):.3f}")
    if args.show:
        for f, j in both:
            if reading(f) != reading(j):
                print(f"  seed {f['seed']} line {f['n']:2d} {f['type']:11s} [{f['trigger']}]: first {reading(f)}, second {reading(j)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
