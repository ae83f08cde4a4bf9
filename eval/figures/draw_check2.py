#!/usr/bin/env python3
"""Draw the stories of check2, a second checking set of figures, in a fixed random order.

    python3 eval/figures/draw_check2.py [--n 15] [--show]

check2 is labelled by someone who did not write the figures code, before the code is run on it, and
is only measured (eleventh round of issue 14). Stories in no labelled set (tune, check, tune2 ..
tune5; no duplicate text of one either) are drawn from two pools, `--n` from each, so the set is
about half BBC and half PolNeAR: bbc-politics, and PolNeAR's train split (the articles of
`polnear/attributions-train.jsonl`; its dev split is kept for the attribution yardstick). Each pool
is shuffled with random.Random(2033) (the tuning sets used 2027-2030); a story is drawn when it
holds eight or more candidate figures in at most 20 candidate sentences, so that about 30 stories
hold 120 figures or more (tune5's rule, five or more in at most 30, gave 85 in 22 stories).
A story that is a rewrite of a labelled one (a fifth or more of its 8-word runs found in the
labelled stories: bbc-politics/349 retells tune5's 175 with a few words changed) is passed over, as
exact copies are. Candidate sentences and candidates are those of draw_tune3.py. `--show` prints each drawn story's
candidate sentences, the labeller's work list; the code's output is not read here.
"""
import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_tune3 import DATA, candidates, sentences  # noqa: E402  (the same candidate reading as the tuning sets)

SEED = 2033
MIN_CANDIDATES, MAX_SENTENCES = 8, 20
REWRITE_SHARE = 0.2


def shingles(text: str, n: int = 8) -> set:
    words = text.split()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def pools() -> dict:
    train = {json.loads(l)["article"] for l in open(DATA / "polnear" / "attributions-train.jsonl", encoding="utf-8")}
    return {
        "bbc-politics": sorted(f"bbc-politics/{p.name}" for p in (DATA / "bbc-politics").glob("*.txt")),
        "polnear-train": sorted(f"polnear/text/{p.name}" for p in (DATA / "polnear" / "text").glob("*.txt")
                                if p.stem in train),
    }


def draw(n: int, seed: int = SEED, half: str = "check2", exclude: set = frozenset(), keep=None):
    """Yield (story, candidates, candidate sentences) for the first n stories of each pool shuffled
    with random.Random(seed), passing over every story of a labelled set other than `half` (the set
    being drawn), the stories in `exclude`, exact copies and rewrites of the labelled ones. The
    later sets (draw_check3.py, draw_tune6.py) are drawn by this with their own seed. `keep`, when
    given, is a further test of a story's candidate sentences (draw_tune.py's `--min-percent`)."""
    rows = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
    labelled = {r["story"] for r in rows if r["half"] != half}
    seen = {hashlib.sha1((DATA / s).read_bytes()).hexdigest() for s in labelled | {s for s in exclude if (DATA / s).exists()}}
    labelled_runs = set().union(*(shingles((DATA / s).read_text(encoding="utf-8")) for s in labelled))
    for name, pool in pools().items():
        random.Random(seed).shuffle(pool)
        drawn = 0
        for story in pool:
            if drawn >= n:
                break
            raw = (DATA / story).read_bytes()
            h = hashlib.sha1(raw).hexdigest()
            if story in labelled or story in exclude or h in seen:
                continue
            runs = shingles(raw.decode("utf-8"))
            if len(runs & labelled_runs) >= REWRITE_SHARE * max(len(runs), 1):
                continue
            sents = [(s, t) for s, t in sentences(raw.decode("utf-8")) if candidates(t)]
            count = sum(len(candidates(t)) for _, t in sents)
            if count < MIN_CANDIDATES or len(sents) > MAX_SENTENCES:
                continue
            if keep is not None and not keep(sents):
                continue
            seen.add(h)
            drawn += 1
            yield story, count, sents


def listed(paths) -> set:
    """The stories named one a line in the files `paths` (a list another developer's draw wrote)."""
    return {l.strip() for p in paths if Path(p).exists() for l in open(p, encoding="utf-8") if l.strip()}


def show(drawn, with_sentences: bool) -> None:
    for i, (story, count, sents) in enumerate(drawn, 1):
        print(f"== {i} {story}: {count} candidates in {len(sents)} sentences")
        if with_sentences:
            for s, t in sents:
                print(f"  [{s}] {' '.join(t.split())}")


def run(seed: int = SEED, half: str = "check2", n: int = 15, exclude_list: Path | None = None) -> int:
    """The command line of a draw script: `--n`, `--show` and, for a set drawn beside another
    developer's, `--exclude` (files listing stories to pass over; default `exclude_list`)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=n, help="stories drawn from each pool")
    ap.add_argument("--show", action="store_true")
    if exclude_list is not None:
        ap.add_argument("--exclude", nargs="*", default=[str(exclude_list)],
                        help=f"files listing stories to leave out (default: {exclude_list} when it exists)")
    args = ap.parse_args()
    show(draw(args.n, seed, half, listed(getattr(args, "exclude", []))), args.show)
    return 0


def main() -> int:
    return run()


if __name__ == "__main__":
    raise SystemExit(main())
