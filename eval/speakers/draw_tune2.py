#!/usr/bin/env python3
"""How the quotes of tune2 (round 7, issuer7s) were drawn, before any was labelled or scored.

    python3 eval/speakers/draw_tune2.py > /tmp/issuer7s-drawn.json

Stories in no other set: not in turns-labels.jsonl before round 7 and named nowhere under eval/.
PolNeAR *train* (never dev): its own attributions whose cue is a speech verb, by source: 34
direct quotes with "he"/"she", 14 direct quotes with a definite or indefinite description ("the
candidate"), 16 attributions with a group noun ("federal officials", "Democratic aides"), at most
three a story, seed 7707. bbc-politics: the first two quotations a story with a "he"/"she"
source next to them (`"...," he said`, `He added: "..."`), stories in seed-7707 order, 14 kept.
The speaker of each was then written by hand from the story (labels in turns-labels.jsonl, half
"tune2"); three with no name a reader could give ("the moderator", "the woman", "the letter") and
the 15th BBC quote were left out.

Repeatable (round 22d): "stories in no other set" is read off eval/ as it stood when tune2 was
drawn, the tree of commit DRAWN_AT (a75e6e6, read with `git show`), not off the working tree: until
round 22d the script read today's eval/, so the stories of tune3 and tune4 and every later file
under eval/ that names a story left the candidate pools, the seeded order moved, and on main only
17 of tune2's 75 labelled quotes were among the 79 drawn (at a75e6e6: all 75).
tests/test_speakers_draws.py checks the draw holds tune2's 75 quotes again. Needs the git history
(a clone, not an export); without it, check out a75e6e6 and run this file there.
"""

import glob
import json
import os
import random
import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
LABELS = REPO / "eval" / "speakers" / "turns-labels.jsonl"
# the commit tune2 was drawn at: eval/ in its tree is what "in no other set" means
DRAWN_AT = "a75e6e6"
PRONOUNS = {"he", "she", "He", "She"}
GROUP_WORDS = {
    "officials", "aides", "advisers", "advisors", "lawmakers", "senators", "democrats", "republicans",
    "members", "leaders", "critics", "supporters", "prosecutors", "voters", "protesters", "organizers",
    "activists", "police", "authorities", "investigators", "experts", "analysts", "strategists",
    "staffers", "conservatives", "liberals", "delegates", "representatives", "spokesmen", "allies",
    "opponents", "officers", "executives", "gopers", "demonstrators", "attendees", "donors", "operatives",
    "economists", "scientists", "researchers", "diplomats", "negotiators", "ministers", "insiders",
    "sources", "campaign", "administration", "committee", "party", "department", "ministry", "agency",
    "board", "government", "council", "team",
}
CUES = re.compile(r"\b(said|say|says|told|tell|wrote|write|writes|argued|argue|argues|added|noted|warned|claimed|"
                  r"stated|insisted|announced|asked|explained|contended|complained|acknowledged|countered|"
                  r"responded|replied|declared)\b", re.I)
BBC_QUOTE = re.compile(r'"([^"]{20,400})"\s*,?\s*(he|she|they|the [a-z]+(?: [a-z]+)?|a [a-z]+ (?:spokesman|spokeswoman)|'
                       r'a spokesman|a spokeswoman)\s+(said|added|told|argued|warned|insisted)\b|\b(He|She|They|The [a-z]+) '
                       r'(said|added|told [A-Za-z ]+?|argued|warned|insisted)(?::|,)?\s*"([^"]{20,400})"')


def at_draw(path: str) -> str:
    """A file as it stood at DRAWN_AT (undecodable bytes replaced, as the first draw read them)."""
    out = subprocess.run(["git", "-C", str(REPO), "show", f"{DRAWN_AT}:{path}"], capture_output=True, check=True)
    return out.stdout.decode("utf-8", errors="replace")


def draw() -> list[dict]:
    # everything under eval/ as it was before round 7 (tune2's own labels and this file left out),
    # in DRAWN_AT's tree, in the order glob gave the first draw (the order only joins text)
    names = subprocess.run(["git", "-C", str(REPO), "ls-tree", "-r", "--name-only", DRAWN_AT, "--", "eval"],
                           capture_output=True, text=True, check=True).stdout.split()
    evaltext = "".join(at_draw(f) for f in names if not f.endswith(("draw_tune2.py", "turns-labels.jsonl")))
    labels = at_draw("eval/speakers/turns-labels.jsonl")
    evaltext += "".join(line for line in labels.splitlines(True) if '"tune2"' not in line)
    used = {json.loads(line)["story"] for line in labels.splitlines() if line.strip()
            and json.loads(line)["half"] != "tune2"}
    return polnear(evaltext, used) + bbc(evaltext, used)


def main() -> None:
    print(json.dumps(draw(), indent=0))


def polnear(evaltext: str, used: set) -> list[dict]:
    cand = {"pronoun": [], "description": [], "group noun": []}
    for line in open(DATA / "polnear" / "attributions-train.jsonl"):
        r = json.loads(line)
        if not r.get("source") or not r.get("content") or not r.get("cue"):
            continue
        if r["article"] in used or r["article"] in evaltext:
            continue
        src = r["source"]["text"]
        w = src.split()
        if not w or not CUES.search(r["cue"]["text"]):
            continue
        last = w[-1].lower().strip("’'")
        if src in PRONOUNS and r["direct_quote"]:
            cand["pronoun"].append(r)
        elif len(w) <= 5 and last in GROUP_WORDS and not any(
                x[:1].isupper() for x in w[1:-1] if x.lower() not in ("senate", "house", "republican", "democratic", "gop", "state", "white")):
            cand["group noun"].append(r)
        elif r["direct_quote"] and w[0].lower() in ("the", "a", "an") and len(w) <= 5 and not any(x[0].isupper() for x in w[1:]):
            cand["description"].append(r)
    rng = random.Random(7707)
    out, per = [], {}
    for kind, n in (("group noun", 16), ("description", 14), ("pronoun", 34)):
        pool = cand[kind][:]
        rng.shuffle(pool)
        k = 0
        for r in pool:
            if per.get(r["article"], 0) >= 3:
                continue
            if k >= n:
                break
            spans = r["content"]["spans"]
            out.append(dict(set="polnear", story=r["article"], kind=kind, quote=[spans[0][0], spans[-1][1]],
                            source=r["source"]["spans"][0], src=r["source"]["text"]))
            per[r["article"]] = per.get(r["article"], 0) + 1
            k += 1
    return out


def bbc(evaltext: str, used: set) -> list[dict]:
    files = sorted(glob.glob(str(DATA / "bbc-politics" / "*.txt")))
    random.Random(7707).shuffle(files)
    out = []
    for f in files:
        sid = os.path.basename(f)[:-4]
        if sid in used or f"bbc-politics/{sid}" in evaltext or f"{sid}.txt" in evaltext:
            continue
        text = open(f, errors="replace").read()
        for n, m in enumerate(BBC_QUOTE.finditer(text)):
            if n >= 2:
                break
            quote, source = (m.span(1), m.span(2)) if m.group(1) else (m.span(6), m.span(4))
            src = text[source[0]:source[1]]
            kind = "pronoun" if src.lower() in ("he", "she") else "group noun" if src.lower() == "they" else "description"
            out.append(dict(set="bbc-politics", story=sid, kind=kind, quote=list(quote), source=list(source), src=src))
        if len(out) >= 14:
            break
    return out


if __name__ == "__main__":
    main()
