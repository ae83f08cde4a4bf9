#!/usr/bin/env python3
"""Draw the stories and the items of the turns set's fourth tuning part ("tune4", issue 13, round 21):
stories where several speakers, persons and groups, are quoted in alternation, the kinds basil-dev's
checking misses are (multi-speaker paragraphs, a name inside a quotation, group speakers such as
"House Democrats").

Drawn as eval/speakers/draw_tune3.py drew tune3, with a new seed: PolNeAR *train* stories of the
ptune half only (scripts/eval_speakers.py's polnear_half), in no line of the turns parts labelled
before it (BEFORE), taken in a seeded random order (seed 2121) until COUNT are found whose gold
sources name two or more different persons AND one group or more (spaCy's reading of each source phrase, the
source_kind that --polnear-train uses), each kind with a cue that reports speech (tune3's
SPEECH_CUE, or a direct quotation).

The items printed (one JSON line each, "speaker" left empty for the labeller) are every gold
attribution of those stories whose cue reports speech and whose source is
  - a third-person pronoun (he, she, they, it, him, her): kind "pronoun", as tune3;
  - a singular description ("the senator"): kind "description";
  - a group (a plural or collective noun, an organisation or party name): kind "group noun";
  - a named person, with another person's name inside the reported words: kind "name inside".
Named-person sources with no other name inside are left out: --polnear-train scores them already.
Offsets as tune3's: quote = the gold content from its first span's start to its last span's end
(the earliest start and the latest end: the spans are not always in order),
source = the gold source's first span. Parses only the drawn candidates' texts with spaCy; never
runs coincide's components.

    PYTHONPATH=src .venv/bin/python eval/speakers/draw_tune4.py > /tmp/tune4-items.jsonl

Repeatable (round 22d): the stories left out are those of the parts labelled before tune4 was drawn
(BEFORE: tune, tune2, tune3, check), not every other line of turns-labels.jsonl, so a fifth part
appended later does not move the draw (as tune4's lines moved tune3's draw until round 22d).
tests/test_speakers_draws.py checks the draw gives tune4's 12 stories and holds its 95 labelled
items. The draw still reads scripts/eval_speakers.py's polnear_half and source_kind and the spaCy
model of coincide's settings; if one of those moves and the test fails, the draw as made is
repeated at the commit that holds the labels (654ccae; `git worktree add /tmp/t4 654ccae`, shared
data at ../shared, PYTHONPATH=/tmp/t4/src).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_speakers as ES  # noqa: E402  (the halves and the source reading the scorer uses)
from draw_tune3 import PRONOUNS, SPEECH_CUE, ptune_candidates, spacy_model  # noqa: E402  (the same reading of a speech cue, the same candidates)

SEED = 2121
COUNT = 12
# the parts of turns-labels.jsonl that held lines when tune4 was drawn (654ccae^)
BEFORE = ("tune", "tune2", "tune3", "check")


def is_speech(row: dict) -> bool:
    cue = (row.get("cue") or {}).get("text", "").strip()
    return bool(row.get("content")) and bool(row.get("source")) and (bool(row.get("direct_quote")) or bool(SPEECH_CUE.match(cue)))


def draw(nlp=None) -> tuple[list[str], list[str], list[dict]]:
    """The candidates in the draw's order, the COUNT stories drawn and their items (speaker unset)."""
    rows, candidates = ptune_candidates(BEFORE, SEED, lambda rs: sum(is_speech(r) for r in rs) >= 4)
    nlp = nlp or spacy_model()
    drawn, items = [], []
    for name in candidates:
        doc = nlp((ES.POLNEAR / "text" / f"{name}.txt").read_text(encoding="utf-8"))
        persons, groups, mine = set(), 0, []
        for r in rows[name]:
            if not is_speech(r) or not r["source"].get("spans"):
                continue
            s0, s1 = r["source"]["spans"][0]
            kind, label = ES.source_kind(doc, s0, s1)
            c0 = min(a for a, _ in r["content"]["spans"])  # the spans are not always in order
            c1 = max(b for _, b in r["content"]["spans"])
            item = {"set": "polnear", "story": name, "half": "tune4", "quote": [c0, c1], "source": [s0, s1]}
            if kind == "person":
                persons.add(label.split()[-1].lower())
                inside = doc.char_span(c0, c1, alignment_mode="expand")
                others = {e[-1].lower_ for e in (inside.ents if inside is not None else []) if e.label_ == "PERSON"}
                if others - {label.split()[-1].lower()}:
                    mine.append({**item, "kind": "name inside"})
            elif kind == "group":
                groups += 1
                mine.append({**item, "kind": "group noun"})
            elif kind == "pronoun" and r["source"]["text"].strip().lower() in PRONOUNS:
                mine.append({**item, "kind": "pronoun"})
            elif kind == "description":
                mine.append({**item, "kind": "description"})
        if len(persons) >= 2 and groups >= 1:
            drawn.append(name)
            items.extend(mine)
            if len(drawn) == COUNT:
                break
    return candidates, drawn, items


def print_items(candidates: list[str], drawn: list[str], items: list[dict], seed: int) -> None:
    """The labeller's work list: one JSON line per item with an empty "speaker" to fill in; the
    draw's size on stderr (draw_tune5.py prints its part the same way)."""
    print(f"# {len(candidates)} candidate ptune stories; drawn {len(drawn)} (seed {seed}); {len(items)} items",
          file=sys.stderr)
    for x in items:
        print(json.dumps({**x, "speaker": ""}))


def main() -> int:
    print_items(*draw(), SEED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
