#!/usr/bin/env python3
"""Draw the stories and the items of the turns set's sixth tuning part ("caucus", issue 13, round
23t): quotes of a lawmaker the story ties to a party, the kind BASIL labels with the lawmaker's
group ("Rep. Gregory Meeks, D-N.Y., said" -> Democratic_Lawmakers; "Mr. Schrader said" in a story
of House Democrats -> House_Democrats) and basil-dev's tuning half holds only 11 of.

Drawn as eval/speakers/draw_tune5.py drew tune5: PolNeAR *train* stories of the ptune half only
(scripts/eval_speakers.py's polnear_half), in no line of the turns parts labelled before it
(BEFORE), taken in a seeded random order (seed 2330) until COUNT are found (all 21 such stories:
the part takes every one). A story qualifies when its text ties a lawmaker to a party (TIES: a
party tag after a name, "Sen. Jane Doe, R-Ky." or "(D-N.Y.)"; a party word before a lawmaker's
title, "Republican Sen.", "GOP Rep."; "House Democrat Jane Doe"; an apposition "Senator Jane Doe, a
Republican of Idaho", "Senator Jane Doe, Democrat of Ohio") and a speech source names one of those
lawmakers (MIN_ITEMS "member name" item at least).

The items printed (one JSON line each, "speaker" and "group" left empty for the labeller) are the
gold attributions of those stories whose cue reports speech (draw_tune4's is_speech) and whose
source is either a name holding the surname of a tied lawmaker (kind "member name") or "he"/"she"
(kind "member pronoun": the labeller says whom it means, and leaves it out when that is no tied
lawmaker). Offsets as tune4's. Parses nothing: the ties are read off the text with TIES.

    PYTHONPATH=src .venv/bin/python eval/speakers/draw_caucus.py > /tmp/caucus-items.jsonl

Repeatable: the stories left out are those of the parts labelled before it was drawn (BEFORE), so
a part appended later does not move the draw; tests/test_speakers_draws.py checks it. It reads
eval_speakers.polnear_half and nothing of coincide's code or model.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_speakers as ES  # noqa: E402  (the halves the scorer uses)
from draw_tune3 import ptune_candidates  # noqa: E402  (the same candidates)
from draw_tune4 import is_speech  # noqa: E402  (the same reading of a speech cue)

SEED = 2330
COUNT = 21
MIN_ITEMS = 1
# the parts of turns-labels.jsonl that held lines when this part was drawn (main ffdcc70)
BEFORE = ("tune", "tune2", "tune3", "tune4", "tune5", "check")
NAME = r"[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'\u2019-]+){0,2}"
TITLE = r"(?:Sen\.|Rep\.|Senator|Representative|Congressman|Congresswoman|Reps?\.|Sens\.)"
# a lawmaker's surname, tied to a party by the words around the name (group 1 is the surname's phrase)
TIES = [
    re.compile(rf"{TITLE}\s+({NAME})\s*,?\s*\(?\s*[DR]\s*[-\u2013]\s*[A-Z]"),
    re.compile(rf"(?:Republican|Democratic|GOP)\s+(?:{TITLE}|senator|congressman|congresswoman|lawmaker|Leader|Whip)\s+({NAME})"),
    re.compile(rf"(?:House|Senate)\s+(?:Republican|Democrat)\s+({NAME})"),
    re.compile(rf"{TITLE}\s+({NAME})(?:\s+(?:of|from)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*,\s*(?:a|the)\s+(?:[\w.'\u2019-]+\s+){{0,3}}(?:Republican|Democrat)\b"),
    re.compile(rf"{TITLE}\s+({NAME})\s*,\s*(?:Republican|Democrat)\s+(?:of|from)\s+[A-Z]"),
]
PERSON_PRONOUNS = {"he", "she"}


def ties(text: str) -> set[str]:
    """The surnames of the lawmakers the text ties to a party."""
    return {m.group(1).split()[-1] for t in TIES for m in t.finditer(text)}


def _text(name: str) -> str:
    return (ES.POLNEAR / "text" / f"{name}.txt").read_text(encoding="utf-8")


def items_of(name: str, rows: list[dict]) -> list[dict]:
    surnames = ties(_text(name))
    out = []
    for r in rows:
        if not is_speech(r) or not r["source"].get("spans"):
            continue
        src = r["source"]["text"].strip()
        if src.lower() in PERSON_PRONOUNS:
            kind = "member pronoun"
        elif any(re.search(rf"\b{re.escape(s)}\b", src) for s in surnames):
            kind = "member name"
        else:
            continue
        s0, s1 = r["source"]["spans"][0]
        c0 = min(a for a, _ in r["content"]["spans"])  # the spans are not always in order
        c1 = max(b for _, b in r["content"]["spans"])
        out.append({"set": "polnear", "story": name, "half": "caucus", "kind": kind, "quote": [c0, c1], "source": [s0, s1]})
    return out


def qualifies(rows: list[dict]) -> bool:
    return bool(rows) and sum(x["kind"] == "member name" for x in items_of(rows[0]["article"], rows)) >= MIN_ITEMS


def draw() -> tuple[list[str], list[str], list[dict]]:
    """The candidates in the draw's order, the COUNT stories drawn and their items (speaker unset)."""
    rows, candidates = ptune_candidates(BEFORE, SEED, qualifies)
    drawn = candidates[:COUNT]
    items = [x for name in drawn for x in items_of(name, rows[name])]
    return candidates, drawn, items


def main() -> int:
    candidates, drawn, items = draw()
    print(f"# {len(candidates)} candidate ptune stories; drawn {len(drawn)} (seed {SEED}); {len(items)} items",
          file=sys.stderr)
    for x in items:
        print(json.dumps({**x, "speaker": "", "group": ""}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
