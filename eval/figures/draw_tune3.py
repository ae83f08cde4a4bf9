#!/usr/bin/env python3
"""Draw the stories of the third (tune3), fourth (tune4) or fifth (tune5) tuning set of figures in a fixed random order.

    python3 eval/figures/draw_tune3.py [--set tune3|tune4|tune5] [--n 20] [--show]

Stories of bbc-politics and PolNeAR that hold no labelled figure yet (and are no duplicate text
of one that does) are shuffled with random.Random(2028) for tune3 (tune2 used 2027) random.Random(2029) for tune4
(which also leaves out the stories of tune3) and random.Random(2030) for tune5 (leaving out tune4's too); a story is drawn when
it holds five or more candidate figures and at most 30 candidate sentences (long PolNeAR pieces
would otherwise take the labelling time of ten short ones). A candidate sentence holds a number
that is no bare year: digits, a currency sign, a percentage, or a number word ("two" .. "twenty",
"hundred", "thousand", "million", "billion", "half", "third", "quarter", "dozen"). `--show`
prints each drawn story's candidate sentences, the labeller's work list; the code's output is not
read here, so the labels are written before the code is run on these stories.
"""
import argparse
import hashlib
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1].parent / "shared" / "data"
WORDS = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
         r"hundreds?|thousands?|millions?|billions?|half|thirds?|quarters?|dozens?")
CAND = re.compile(rf"[£$€¥]\s?\d|\d[\d,.]*\s*(?:%|per ?cent|percent)|\b\d[\d,.]*\b|\b(?:{WORDS})\b", re.I)
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
SEEDS = {"tune3": 2028, "tune4": 2029, "tune5": 2030}
EARLIER = {"tune3": {"tune", "check", "tune2"}, "tune4": {"tune", "check", "tune2", "tune3"},
           "tune5": {"tune", "check", "tune2", "tune3", "tune4"}}


def sentences(text: str):
    # the same sentence ends as build_labels.py: . ? or ! before a space, a quote or the line end
    s = 0
    for m in re.finditer(r"[.?!](?=$|[ \n\xa0\"'’”])", text, re.M):
        yield s, text[s:m.end()]
        s = m.end()
        while s < len(text) and text[s] in " \n\xa0\"'’”":
            s += 1
    if s < len(text):
        yield s, text[s:]


def candidates(sentence: str):
    return [m.group(0) for m in CAND.finditer(sentence) if not YEAR.match(m.group(0).strip())]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=sorted(SEEDS), default="tune3")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    import json
    # the stories labelled before the set drawn (tune, check, tune2; tune3 before tune4), so the draw
    # repeats once the set is labelled
    rows = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
    labelled = {r["story"] for r in rows if r["half"] in EARLIER[args.set]}
    seen = {hashlib.sha1((DATA / s).read_bytes()).hexdigest() for s in labelled}
    pool = sorted([f"bbc-politics/{p.name}" for p in (DATA / "bbc-politics").glob("*.txt")] +
                  [f"polnear/text/{p.name}" for p in (DATA / "polnear" / "text").glob("*.txt")])
    random.Random(SEEDS[args.set]).shuffle(pool)
    drawn = 0
    for story in pool:
        if story in labelled:
            continue
        raw = (DATA / story).read_bytes()
        h = hashlib.sha1(raw).hexdigest()
        if h in seen:
            continue
        text = raw.decode("utf-8")
        sents = [(s, t) for s, t in sentences(text) if candidates(t)]
        n = sum(len(candidates(t)) for _, t in sents)
        if n < 5 or len(sents) > 30:
            continue
        seen.add(h)
        drawn += 1
        print(f"== {drawn} {story}: {n} candidates in {len(sents)} sentences")
        if args.show:
            for s, t in sents:
                print(f"  [{s}] {' '.join(t.split())}")
        if drawn >= args.n:
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
