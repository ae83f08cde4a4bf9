#!/usr/bin/env python3
"""Draw the stories and the items of the turns set's fifth tuning part ("tune5", issue 13, round 23):
pronouns of groups and bodies ("they", "it" of a body that speaks), the kind basil-dev's checking
half misses (round 22b: group pronoun misses 10 there) and the earlier parts hardly hold (two group
"they" misses with a quote found, no group "it").

Drawn as eval/speakers/draw_tune4.py drew tune4, with a new seed and a new test of a story: PolNeAR
*train* stories of the ptune half only (scripts/eval_speakers.py's polnear_half), in no line of the
turns parts labelled before it (BEFORE), with at least one gold attribution whose source is "they"
or "it" and whose cue reports speech (draw_tune3's SPEECH_CUE, or a direct quotation), taken in a
seeded random order (seed 2323) until COUNT are found (all 22 such stories: the part takes every one).

The items printed (one JSON line each, "speaker" left empty for the labeller) are every gold
attribution of those stories whose cue reports speech and whose source is
  - "they" or "it": kind "group pronoun" (the pronoun a group or a body is named by);
  - a group (a plural or collective noun, an organisation or party name, source_kind's reading):
    kind "group noun", as tune4.
"he"/"she" sources are left out (48 in these stories): tune3 and tune4 hold that kind, and the part is
for groups. Offsets as tune4's: quote = the gold content's earliest start to its latest end, source = the gold
source's first span. Parses only the drawn candidates' texts with spaCy; never runs coincide's
components.

    PYTHONPATH=src .venv/bin/python eval/speakers/draw_tune5.py > /tmp/tune5-items.jsonl

Repeatable: the stories left out are those of the parts labelled before tune5 was drawn (BEFORE:
tune, tune2, tune3, tune4, check), so a part appended later does not move the draw.
tests/test_speakers_draws.py checks the draw gives tune5's stories and holds its labelled items. The
draw still reads scripts/eval_speakers.py's polnear_half and source_kind and the spaCy model of
coincide's settings; if one of those moves and the test fails, the draw as made is repeated at the
commit that holds the labels (f40a5a4; `git worktree add /tmp/t5 f40a5a4`, shared data at ../shared,
PYTHONPATH=/tmp/t5/src).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_speakers as ES  # noqa: E402  (the halves and the source reading the scorer uses)
from draw_tune3 import ptune_candidates, spacy_model  # noqa: E402  (the same candidates)
from draw_tune4 import is_speech, print_items  # noqa: E402  (the same reading of a speech cue, the same work list)

SEED = 2323
COUNT = 22
# the parts of turns-labels.jsonl that held lines when tune5 was drawn (main aaa1339)
BEFORE = ("tune", "tune2", "tune3", "tune4", "check")
GROUP_PRONOUNS = {"they", "it"}


def _source(row: dict) -> str:
    return (row.get("source") or {}).get("text", "").strip().lower()


def qualifies(rows: list[dict]) -> bool:
    return any(is_speech(r) and _source(r) in GROUP_PRONOUNS for r in rows)


def draw(nlp=None) -> tuple[list[str], list[str], list[dict]]:
    """The candidates in the draw's order, the COUNT stories drawn and their items (speaker unset)."""
    rows, candidates = ptune_candidates(BEFORE, SEED, qualifies)
    nlp = nlp or spacy_model()
    drawn, items = [], []
    for name in candidates[:COUNT]:
        doc = nlp((ES.POLNEAR / "text" / f"{name}.txt").read_text(encoding="utf-8"))
        drawn.append(name)
        for r in rows[name]:
            if not is_speech(r) or not r["source"].get("spans"):
                continue
            s0, s1 = r["source"]["spans"][0]
            c0 = min(a for a, _ in r["content"]["spans"])  # the spans are not always in order
            c1 = max(b for _, b in r["content"]["spans"])
            item = {"set": "polnear", "story": name, "half": "tune5", "quote": [c0, c1], "source": [s0, s1]}
            if _source(r) in GROUP_PRONOUNS:
                items.append({**item, "kind": "group pronoun"})
            elif ES.source_kind(doc, s0, s1)[0] == "group":
                items.append({**item, "kind": "group noun"})
    return candidates, drawn, items


def main() -> int:
    print_items(*draw(), SEED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
