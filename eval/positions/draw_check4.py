#!/usr/bin/env python3
"""Draw the stories of "check4", the fourth checking set of the positions yardstick (session 44).

    python3 eval/positions/draw_check4.py           # prints the manifest rows (TSV)
    python3 eval/positions/draw_check4.py --write   # appends the rows not yet in the manifest

Why a fourth: in session 44 two speaker rules that the blind-labelled quotes favoured on both
halves were each stopped by one unlabelled position on one checking set (docs/speakers.md "Session
44"); the checking sets are too small to tell one position of noise from a rule's effect. check4 is
drawn as check3 was (`draw_check3.py`: 5 bbc-politics stories, 4 PolNeAR dev stories, one per
publisher, 3 basil-dev tellings, one per triplet, stories up to MAX_WORDS words in no split of the
manifest and not in skipped.tsv), with two changes that keep it apart from every tuning read so far:
a bbc-politics story must fall in the checking half of the speaker rules' BBC pool
(scripts/speaker_changes.py: the sha1 parity of its file name odd), and a basil-dev telling must
belong to a triplet of the speakers yardstick's checking half (eval/speakers/basil-halves.json),
the caveat check3 carried. A story whose quotes a speaker rule's blind labels hold
(eval/speakers/*changes*.jsonl) is left out too: those quotes were read while rules were decided.
PolNeAR dev has only a few stories left; fewer are drawn if fewer
remain. Stdlib only.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

import draw_check2
import draw_check3
from draw_check2 import MANIFEST, SKIPPED, basil_rows, bbc_rows, finish, rows_of, triplet

SEED = 4444
BBC_STORIES = 5
POLNEAR_STORIES = 4
BASIL_STORIES = 3
SPLIT = "check4"


SPEAKERS = Path(__file__).resolve().parents[1] / "speakers"
BASIL_HALVES = SPEAKERS / "basil-halves.json"


def left_out() -> set[str]:
    read = set()
    for f in sorted(SPEAKERS.glob("*changes*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                read.add(json.loads(line)["story"])
    return ({r["path"] for r in rows_of(MANIFEST) if r["split"] != SPLIT}
            | {r["path"] for r in rows_of(SKIPPED)} | read)


def bbc_check_half(rel: str) -> bool:
    """The speaker rules' BBC pool puts a story no labelled set holds in bcheck when the first hex
    digit of the sha1 of its file name is odd (scripts/speaker_changes.py half_of)."""
    return int(hashlib.sha1(Path(rel).name.encode("utf-8")).hexdigest()[0], 16) % 2 == 1


def draw() -> list[dict]:
    rng = random.Random(SEED)
    out = left_out()
    rows = bbc_rows(rng, out, BBC_STORIES, keep=bbc_check_half)
    rows += draw_check3.polnear_rows(rng, out, POLNEAR_STORIES)
    check_triplets = set(json.loads(BASIL_HALVES.read_text(encoding="utf-8"))["check"])
    rows += basil_rows(rng, out, BASIL_STORIES, keep=lambda rel: triplet(rel) in check_triplets)
    return finish(rows, SPLIT)


def main(argv=None) -> int:
    return draw_check2.main(argv, draw, __doc__)


if __name__ == "__main__":
    sys.exit(main())
