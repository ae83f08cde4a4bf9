#!/usr/bin/env python3
"""Draw the stories of "check3", the third checking set of the positions yardstick (session 27).

    python3 eval/positions/draw_check3.py           # prints the manifest rows (TSV)
    python3 eval/positions/draw_check3.py --write   # appends the rows not yet in the manifest

Why a third: the checking half (29 stories) and check2 (12) are too small for a rule that moves two
or three positions to show on them (session 26). check3 is drawn and labelled blind as check2 was
(`draw_check2.py`), from all three sources of the set so that it spans three outlets' kinds and
two countries: BBC_STORIES stories of bbc-politics, POLNEAR_STORIES PolNeAR dev stories (at most
one per publisher) and BASIL_STORIES tellings of basil-dev (at most one per triplet, from triplets
with no telling in the manifest or skipped.tsv). Candidates are stories up to MAX_WORDS words in
no split of the manifest but check3 itself and not in skipped.tsv, drawn with random.Random(SEED)
over sorted lists, so the draw repeats; a drawn story where nobody takes a stance is recorded in
skipped.tsv by the labeller and the next one is drawn. Stdlib only.
"""
from __future__ import annotations

import csv
import json
import random
import sys

import draw_check2
from draw_check2 import DATA, MANIFEST, MAX_WORDS, SKIPPED, basil_rows, bbc_rows, finish, rows_of, words

SEED = 2727
BBC_STORIES = 5
POLNEAR_STORIES = 4
BASIL_STORIES = 3
SPLIT = "check3"


def left_out() -> set[str]:
    return ({r["path"] for r in rows_of(MANIFEST) if r["split"] != SPLIT}
            | {r["path"] for r in rows_of(SKIPPED)})


def polnear_dev() -> list[str]:
    names = {json.loads(line)["article"]
             for line in (DATA / "polnear" / "attributions-dev.jsonl").open(encoding="utf-8") if line.strip()}
    return sorted(names)


def polnear_rows(rng: random.Random, out: set[str], wanted: int) -> list[dict]:
    """`wanted` PolNeAR dev stories up to MAX_WORDS words not in `out`, at most one per publisher."""
    meta = {r["filename"]: r for r in csv.DictReader((DATA / "polnear" / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")}
    names = polnear_dev()
    rng.shuffle(names)
    rows: list[dict] = []
    publishers: set[str] = set()
    for name in names:
        if len(publishers) >= wanted:
            break
        rel, pub = f"polnear/text/{name}.txt", meta[name]["publisher"]
        if pub in publishers or rel in out or words(DATA / rel) > MAX_WORDS:
            continue
        publishers.add(pub)
        rows.append({"path": rel, "set": "polnear-dev", "outlet": pub, "country": "USA"})
    return rows


def draw() -> list[dict]:
    rng = random.Random(SEED)
    out = left_out()
    rows = bbc_rows(rng, out, BBC_STORIES)
    rows += polnear_rows(rng, out, POLNEAR_STORIES)
    rows += basil_rows(rng, out, BASIL_STORIES)
    return finish(rows, SPLIT)


def main(argv=None) -> int:
    return draw_check2.main(argv, draw, __doc__)


if __name__ == "__main__":
    sys.exit(main())
