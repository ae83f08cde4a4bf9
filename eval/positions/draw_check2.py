#!/usr/bin/env python3
"""Draw the stories of "check2", the second checking set of the positions yardstick (session 19).

    python3 eval/positions/draw_check2.py           # prints the manifest rows (TSV)
    python3 eval/positions/draw_check2.py --write   # appends the rows not yet in the manifest

The checking half (split "check", 29 stories) has not changed since it was drawn; a second,
independent checking set labelled blind makes the checking figure less noisy. Drawn with
random.Random(SEED) over the sorted candidate lists: BBC_STORIES stories of bbc-politics, then
BASIL_STORIES tellings of basil-dev. Candidates are the stories up to MAX_WORDS words (the same cap
as every earlier draw: each story is read and labelled by hand) that are in neither the tune nor
the check half of eval/positions/manifest.tsv nor in eval/positions/skipped.tsv. For basil-dev only
triplets with no telling anywhere in the manifest or skipped.tsv are candidates (a telling of an
event already tuned on would not be independent), and at most one telling per triplet is drawn.
A drawn story where nobody takes a stance is recorded in skipped.tsv by the labeller and the next
one is drawn; rows already written with split "check2" are not left out, so the draw repeats.
Each row's group is its story id. Stdlib only.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DATA = REPO.parent / "shared" / "data"
MANIFEST = HERE / "manifest.tsv"
SKIPPED = HERE / "skipped.tsv"
SEED = 1919
MAX_WORDS = 800
BBC_STORIES = 8
BASIL_STORIES = 4
SPLIT = "check2"
FIELDS = ["path", "set", "outlet", "country", "split", "group", "gold"]


def words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def rows_of(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))


def left_out() -> set[str]:
    # the earlier halves and every skip; check2's own rows stay candidates so the draw repeats
    return ({r["path"] for r in rows_of(MANIFEST) if r["split"] != SPLIT}
            | {r["path"] for r in rows_of(SKIPPED)})


def triplet(path: str) -> str:
    return Path(path).stem.rsplit("_", 1)[0]


def draw() -> list[dict]:
    rng = random.Random(SEED)
    out = left_out()
    rows = bbc_rows(rng, out, BBC_STORIES)
    rows += basil_rows(rng, out, BASIL_STORIES)
    return finish(rows, SPLIT)


def bbc_rows(rng: random.Random, out: set[str], wanted: int, keep=lambda rel: True) -> list[dict]:
    """`wanted` bbc-politics stories up to MAX_WORDS words that are not in `out` (and that `keep`
    takes: draw_check4.py keeps the speaker rules' BBC checking half only)."""
    bbc = sorted(f"bbc-politics/{p.name}" for p in (DATA / "bbc-politics").glob("*.txt"))
    rng.shuffle(bbc)
    rows: list[dict] = []
    for rel in bbc:
        if len(rows) >= wanted:
            break
        if rel not in out and keep(rel) and words(DATA / rel) <= MAX_WORDS:
            rows.append({"path": rel, "set": "bbc-politics", "outlet": "bbc", "country": "GBR"})
    return rows


def basil_rows(rng: random.Random, out: set[str], wanted: int, keep=lambda rel: True) -> list[dict]:
    """`wanted` basil-dev tellings, at most one per triplet, from triplets with no telling in `out`
    (and that `keep` takes: draw_check4.py keeps the speakers yardstick's checking triplets only)."""
    used_triplets = {triplet(p) for p in out if p.startswith("basil-dev/")}
    basil = sorted(f"basil-dev/text/{p.name}" for p in (DATA / "basil-dev" / "text").glob("*.txt"))
    rng.shuffle(basil)
    rows: list[dict] = []
    for rel in basil:
        if len(rows) >= wanted:
            break
        if triplet(rel) in used_triplets or not keep(rel) or words(DATA / rel) > MAX_WORDS:
            continue
        used_triplets.add(triplet(rel))
        rows.append({"path": rel, "set": "basil-dev", "outlet": "basil-" + Path(rel).stem.rsplit("_", 1)[1],
                     "country": "USA"})
    return rows


def finish(rows: list[dict], split: str) -> list[dict]:
    """The manifest columns a drawn row still lacks: its split, its group (the story id) and its gold file."""
    for r in rows:
        r["split"] = split
        r["group"] = Path(r["path"]).stem
        r["gold"] = "gold/" + Path(r["path"]).stem + ".gold.json"
    return rows


def main(argv=None, draw_rows=None, doc: str | None = None) -> int:
    """Print the drawn rows, or with --write append those not yet in the manifest; `draw_rows` and
    `doc` are the draw and its description (this file's own by default; draw_check3.py passes its own)."""
    ap = argparse.ArgumentParser(description=(doc or __doc__).splitlines()[0])
    ap.add_argument("--write", action="store_true", help="append the rows not yet in the manifest")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"{DATA} is absent", file=sys.stderr)
        return 1
    rows = (draw_rows or draw)()
    if args.write:
        have = {r["path"] for r in rows_of(MANIFEST)}
        with MANIFEST.open("a", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
            for r in rows:
                if r["path"] not in have:
                    w.writerow(r)
    else:
        w = csv.DictWriter(sys.stdout, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
