#!/usr/bin/env python3
"""Draw the stories of tune6, a sixth tuning set of figures, in a fixed random order.

    python3 eval/figures/draw_tune6.py [--n 10] [--show]

tune6 (thirteenth round of issue 14) is labelled by hand before the figures code is run on it, then
read with `scripts/eval_figures.py --half tune6 --show` to find rules. It is drawn as check2 was
(`draw_check2.py`: two pools, bbc-politics and PolNeAR's train split, `--n` from each; no story of
a labelled set, no exact copy and no rewrite of one), with its own seed, random.Random(2035), and
two more exclusions: the stories listed in /tmp/s11/check3-stories.txt when that file exists (a
third checking set drawn at the same time by another developer; tuning stories must stay out of
it), and, as the eleventh round's rule for size asked, eight or more candidate figures in at most
20 candidate sentences. `--show` prints each drawn story's candidate sentences, the labeller's work
list; the code's output is not read here.
"""
import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_check2 import MAX_SENTENCES, MIN_CANDIDATES, REWRITE_SHARE, pools, shingles  # noqa: E402
from draw_tune3 import DATA, candidates, sentences  # noqa: E402

SEED = 2035
CHECK3_LIST = Path("/tmp/s11/check3-stories.txt")


def excluded() -> set:
    if not CHECK3_LIST.exists():
        return set()
    return {l.strip() for l in CHECK3_LIST.read_text(encoding="utf-8").splitlines() if l.strip()}


def draw(n: int):
    """Yield (story, candidates, candidate sentences) for the first n stories of each pool."""
    rows = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
    labelled = {r["story"] for r in rows if r["half"] != "tune6"}
    other = excluded()
    seen = {hashlib.sha1((DATA / s).read_bytes()).hexdigest() for s in labelled | {s for s in other if (DATA / s).exists()}}
    labelled_runs = set().union(*(shingles((DATA / s).read_text(encoding="utf-8")) for s in labelled))
    for name, pool in pools().items():
        random.Random(SEED).shuffle(pool)
        drawn = 0
        for story in pool:
            if drawn >= n:
                break
            raw = (DATA / story).read_bytes()
            h = hashlib.sha1(raw).hexdigest()
            if story in labelled or story in other or h in seen:
                continue
            runs = shingles(raw.decode("utf-8"))
            if len(runs & labelled_runs) >= REWRITE_SHARE * max(len(runs), 1):
                continue
            sents = [(s, t) for s, t in sentences(raw.decode("utf-8")) if candidates(t)]
            count = sum(len(candidates(t)) for _, t in sents)
            if count < MIN_CANDIDATES or len(sents) > MAX_SENTENCES:
                continue
            seen.add(h)
            drawn += 1
            yield story, count, sents


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10, help="stories drawn from each pool")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    for i, (story, count, sents) in enumerate(draw(args.n), 1):
        print(f"== {i} {story}: {count} candidates in {len(sents)} sentences")
        if args.show:
            for s, t in sents:
                print(f"  [{s}] {' '.join(t.split())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
