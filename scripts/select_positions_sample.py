#!/usr/bin/env python3
"""Choose the stories of the hand-labelled positions set (eval/positions/), reproducibly.

    python3 scripts/select_positions_sample.py            # prints the manifest rows (TSV)
    python3 scripts/select_positions_sample.py --write    # writes eval/positions/manifest.tsv
    python3 scripts/select_positions_sample.py --more     # prints the rows of the second draw
    python3 scripts/select_positions_sample.py --more --write   # appends them to the manifest
    python3 scripts/select_positions_sample.py --third    # prints the rows of the third draw
    python3 scripts/select_positions_sample.py --third --write  # appends them to the manifest
    python3 scripts/select_positions_sample.py --fourth   # prints the rows of the fourth draw
    python3 scripts/select_positions_sample.py --fourth --write # appends them to the manifest
    python3 scripts/select_positions_sample.py --fifth    # prints the rows of the fifth draw
    python3 scripts/select_positions_sample.py --fifth --write  # appends them to the manifest

Random with a fixed seed from three sets in ../shared/data: PolNeAR dev (US, seven publishers,
metadata.tsv gives the publisher), basil-dev (US, three outlets telling one event) and
bbc-politics (UK). Only stories up to MAX_WORDS words are drawn: every story is read and labelled
exhaustively by hand, and the time for that was limited (the length cap is a known bias: long
feature stories are not in the set). A drawn story with no opinion content at all is skipped by
the labeller and listed in eval/positions/skipped.tsv with the reason; the next one is then taken.

The split into a tuning and a checking half is by story and balanced per outlet: within each
outlet the drawn stories alternate tune, check, tune, ... in draw order (PolNeAR publishers
alternately start with check); basil's three tellings
of one event stay together (the triplet alternates, not the article). A skip recorded in
skipped.tsv moves the halves of the later draws of its set, so skips are recorded while labelling,
before any figure is taken; the manifest written then is the record of the split.

The second draw (`--more`, issue 13, round 4) adds tuning stories only: the checking half stays
exactly as the first draw made it. It uses its own seed (MORE_SEED), the same sets and rules
(MAX_WORDS, per-set generators), leaves out every story already in the manifest or in
skipped.tsv, and gives every row split `tune`: MORE_BBC BBC stories, MORE_POLNEAR_PER_PUBLISHER
per PolNeAR publisher and MORE_BASIL_TRIPLETS basil triplets.
The third draw (`--third`, issue 13, round 5) is the same with its own seed (THIRD_SEED) and the
same counts; it leaves out the first two draws' stories (all in the manifest by then).
The fourth draw (`--fourth`, issue 13, round 20) is the same with its own seed (FOURTH_SEED) and
smaller counts (FOURTH_BBC, FOURTH_POLNEAR, FOURTH_BASIL_TRIPLETS: 16 stories). It leaves out every
story of the manifest, so also the checking sets check and check2, and every basil triplet with a
telling there. PolNeAR takes one story per publisher from the publishers with the fewest tuning
stories in the manifest (ties broken by the draw order), so the under-used publishers come first.
The fifth draw (`--fifth`, issue 13, session 27) is the large one the classifier asked for ("hundreds
of stories, not tens", docs/positions-model.md): FIFTH_BBC BBC stories and FIFTH_POLNEAR_TRAIN
stories of PolNeAR's train compartment (set "polnear-train"; PolNeAR dev has ten unlabelled stories
left), at most FIFTH_PER_PUBLISHER per publisher, all `tune`, with its own seed (FIFTH_SEED). No
basil-dev: a basil triplet labelled here would move the speakers yardstick's basil halves
(scripts/eval_speakers.py half_of). It leaves out every story of the manifest and of skipped.tsv.
Stdlib only.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEED = 13
MAX_WORDS = 800
PER_POLNEAR_PUBLISHER = 3
BASIL_TRIPLETS = 7
BBC_STORIES = 22
OUT = REPO / "eval" / "positions" / "manifest.tsv"
SKIPPED = REPO / "eval" / "positions" / "skipped.tsv"
MORE_SEED = 1304
MORE_BBC = 8
MORE_POLNEAR_PER_PUBLISHER = 1
MORE_BASIL_TRIPLETS = 2
THIRD_SEED = 1305
FOURTH_SEED = 2020
FOURTH_BBC = 8
FOURTH_POLNEAR = 4
FOURTH_BASIL_TRIPLETS = 1
FIFTH_SEED = 2727
FIFTH_BBC = 80
FIFTH_POLNEAR_TRAIN = 40
FIFTH_PER_PUBLISHER = 6


def words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def skipped() -> set[str]:
    if not SKIPPED.is_file():
        return set()
    return {row["path"] for row in csv.DictReader(SKIPPED.open(encoding="utf-8"), delimiter="\t")}


def polnear(rng: random.Random, skip: set[str], per_publisher: int = PER_POLNEAR_PUBLISHER) -> list[dict]:
    names: list[str] = []
    for line in (DATA / "polnear" / "attributions-dev.jsonl").open(encoding="utf-8"):
        if line.strip():
            name = json.loads(line)["article"]
            if name not in names:
                names.append(name)
    meta = {r["filename"]: r for r in csv.DictReader((DATA / "polnear" / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")}
    names.sort()
    rng.shuffle(names)
    rows, per = [], {}
    # publishers alternate which half takes their first story, so an odd count per publisher
    # does not tilt every publisher towards the tuning half
    phase = {pub: i % 2 for i, pub in enumerate(sorted({m["publisher"] for m in meta.values()}))}
    for name in names:
        rel = f"polnear/text/{name}.txt"
        pub = meta[name]["publisher"]
        if rel in skip or per.get(pub, 0) >= per_publisher or words(DATA / rel) > MAX_WORDS:
            continue
        rows.append({"path": rel, "outlet": pub, "country": "USA", "set": "polnear-dev", "group": name,
                     "split": "tune" if (per.get(pub, 0) + phase[pub]) % 2 == 0 else "check"})
        per[pub] = per.get(pub, 0) + 1
    return rows


def basil(rng: random.Random, skip: set[str], triplets_wanted: int = BASIL_TRIPLETS) -> list[dict]:
    text = DATA / "basil-dev" / "text"
    triplets = sorted({p.name.rsplit("_", 1)[0] for p in text.glob("*.txt")})
    rng.shuffle(triplets)
    rows, n = [], 0
    for uuid in triplets:
        paths = [f"basil-dev/text/{uuid}_{i}.txt" for i in (1, 2, 3)]
        if any(p in skip for p in paths) or any(words(DATA / p) > MAX_WORDS for p in paths):
            continue
        split = "tune" if n % 2 == 0 else "check"
        for i, p in enumerate(paths, 1):
            rows.append({"path": p, "outlet": f"basil-{i}", "country": "USA", "set": "basil-dev", "group": uuid, "split": split})
        n += 1
        if n >= triplets_wanted:
            break
    return rows


def bbc(rng: random.Random, skip: set[str], wanted: int = BBC_STORIES) -> list[dict]:
    files = sorted(p.name for p in (DATA / "bbc-politics").glob("*.txt"))
    rng.shuffle(files)
    rows = []
    for name in files:
        rel = f"bbc-politics/{name}"
        if rel in skip or words(DATA / rel) > MAX_WORDS:
            continue
        rows.append({"path": rel, "outlet": "bbc", "country": "GBR", "set": "bbc-politics", "group": name[:-4],
                     "split": "tune" if len(rows) % 2 == 0 else "check"})
        if len(rows) >= wanted:
            break
    return rows


def manifest() -> list[dict]:
    skip = skipped()
    rows = []
    # one generator per set, so adding a skip in one set does not reshuffle the others
    rows += polnear(random.Random(SEED), skip)
    rows += basil(random.Random(SEED + 1), skip)
    rows += bbc(random.Random(SEED + 2), skip)
    for r in rows:
        r["gold"] = "gold/" + Path(r["path"]).stem + ".gold.json"
    return rows


def listed() -> set[str]:
    if not OUT.is_file():
        return set()
    return {row["path"] for row in csv.DictReader(OUT.open(encoding="utf-8"), delimiter="\t")}


def more(seed: int = MORE_SEED) -> list[dict]:
    """A later draw (the second with MORE_SEED, the third with THIRD_SEED): tuning stories only,
    none already listed or skipped."""
    # the rows already in the manifest are left out like skips, so a later draw never repeats a story
    skip = skipped() | listed()
    rows = []
    rows += polnear(random.Random(seed), skip, MORE_POLNEAR_PER_PUBLISHER)
    rows += basil(random.Random(seed + 1), skip, MORE_BASIL_TRIPLETS)
    rows += bbc(random.Random(seed + 2), skip, MORE_BBC)
    for r in rows:
        r["split"] = "tune"
        r["gold"] = "gold/" + Path(r["path"]).stem + ".gold.json"
    return rows


def tuned_per_publisher() -> dict[str, int]:
    if not OUT.is_file():
        return {}
    per: dict[str, int] = {}
    for row in csv.DictReader(OUT.open(encoding="utf-8"), delimiter="\t"):
        if row["set"] == "polnear-dev" and row["split"] == "tune":
            per[row["outlet"]] = per.get(row["outlet"], 0) + 1
    return per


def fourth(seed: int = FOURTH_SEED) -> list[dict]:
    """The fourth draw: tuning stories only, none listed (tune, check or check2) or skipped."""
    skip = skipped() | listed()
    # one candidate per publisher in draw order, then the publishers least used by the tuning
    # half first: the earlier draws gave breitbart, politico and wash-post one more tuning story
    candidates = polnear(random.Random(seed), skip, 1)
    tuned = tuned_per_publisher()
    order = sorted(range(len(candidates)), key=lambda i: (tuned.get(candidates[i]["outlet"], 0), i))
    rows = [candidates[i] for i in sorted(order[:FOURTH_POLNEAR])]
    rows += basil(random.Random(seed + 1), skip, FOURTH_BASIL_TRIPLETS)
    rows += bbc(random.Random(seed + 2), skip, FOURTH_BBC)
    for r in rows:
        r["split"] = "tune"
        r["gold"] = "gold/" + Path(r["path"]).stem + ".gold.json"
    return rows


def fifth(seed: int = FIFTH_SEED) -> list[dict]:
    """The fifth draw: tuning stories only, from bbc-politics and PolNeAR train, none listed or skipped."""
    skip = skipped() | listed()
    meta = {r["filename"]: r for r in csv.DictReader((DATA / "polnear" / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")}
    names = sorted(n for n, m in meta.items() if m["compartment"] == "train")
    rng = random.Random(seed)
    rng.shuffle(names)
    rows, per = [], {}
    for name in names:
        if len(rows) >= FIFTH_POLNEAR_TRAIN:
            break
        rel, pub = f"polnear/text/{name}.txt", meta[name]["publisher"]
        if rel in skip or per.get(pub, 0) >= FIFTH_PER_PUBLISHER or words(DATA / rel) > MAX_WORDS:
            continue
        per[pub] = per.get(pub, 0) + 1
        rows.append({"path": rel, "outlet": pub, "country": "USA", "set": "polnear-train", "group": name})
    rows += bbc(random.Random(seed + 2), skip, FIFTH_BBC)
    for r in rows:
        r["split"] = "tune"
        r["gold"] = "gold/" + Path(r["path"]).stem + ".gold.json"
    return rows


FIELDS = ["path", "set", "outlet", "country", "split", "group", "gold"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    ap.add_argument("--more", action="store_true", help="the second draw (tuning stories only); with --write, appended")
    ap.add_argument("--third", action="store_true", help="the third draw (tuning stories only); with --write, appended")
    ap.add_argument("--fourth", action="store_true", help="the fourth draw (tuning stories only); with --write, appended")
    ap.add_argument("--fifth", action="store_true", help="the fifth draw (tuning stories only); with --write, appended")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"{DATA} is absent", file=sys.stderr)
        return 2
    if args.more or args.third or args.fourth or args.fifth:
        if args.fifth:
            rows = fifth()
        else:
            rows = fourth() if args.fourth else more(THIRD_SEED if args.third else MORE_SEED)
        fh = OUT.open("a", encoding="utf-8", newline="") if args.write else sys.stdout
        w = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
        if not args.write:
            w.writeheader()
        w.writerows(rows)
        return 0
    rows = manifest()
    fh = OUT.open("w", encoding="utf-8", newline="") if args.write else sys.stdout
    w = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
