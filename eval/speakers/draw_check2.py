#!/usr/bin/env python3
"""Draw the stories and the items of the turns set's second checking part ("check2", issue 13,
round 26): pronoun and description speakers, the kinds the checking part "check" (85 items) is too
small to tell rules on.

Drawn as eval/speakers/draw_tune4.py drew tune4, from the other half: PolNeAR *train* stories of
the **pcheck** half only (scripts/eval_speakers.py's polnear_half: sha1 of the story name, odd first
digit, or a story of the check part), in no line of any turns part labelled before it (BEFORE: every
part, tuning and checking), taken in a seeded random order (seed 2626). A story qualifies when its
gold attributions whose cue reports speech (draw_tune4's is_speech: tune3's SPEECH_CUE, or a direct
quotation) name two or more different persons (spaCy's reading of each source phrase, the
source_kind that --polnear-train uses) and it holds an item. Stories are taken until at least
MIN_ITEMS items are drawn.

The items printed (one JSON line each, "speaker" left empty for the labeller) are every gold
attribution of those stories whose cue reports speech and whose source is
  - "he" or "she": kind "pronoun" (as tune3, tune4 and check);
  - "they" or "it": kind "group pronoun" (as tune5);
  - a definite description, "the" before a common noun head, as source_kind reads it: kind
    "description" for a singular description ("the senator"), "group noun" for a plural or
    collective one ("the campaign", "the officials"). "The FBI", "the Times" (a name as head) and
    "a spokesman" (not definite) are left out.
Offsets as tune4's: quote = the gold content's earliest start to its latest end, source = the gold
source's first span. Parses only the drawn candidates' texts with spaCy; never runs coincide's
components.

    PYTHONPATH=src .venv/bin/python eval/speakers/draw_check2.py > /tmp/check2-items.jsonl

Repeatable: the stories left out are those of the parts labelled before it was drawn (BEFORE), so a
part appended later does not move the draw; tests/test_speakers_draws.py checks it. The draw reads
eval_speakers.polnear_half and source_kind and the spaCy model of coincide's settings; if one of
those moves and the test fails, the draw as made is repeated at the commit that holds the labels
(docs/speakers.md, round 26).
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
from draw_tune3 import ptune_candidates, spacy_model  # noqa: E402  (the same candidates, of the other half; the same model)
from draw_tune4 import is_speech  # noqa: E402  (the same reading of a speech cue)

SEED = 2626
MIN_ITEMS = 80
# the parts of turns-labels.jsonl that held lines when check2 was drawn (main a18162b): all of them
BEFORE = ("tune", "tune2", "tune3", "tune4", "tune5", "caucus", "check")
PERSON_PRONOUNS = {"he", "she"}
GROUP_PRONOUNS = {"they", "it"}


def _source(row: dict) -> str:
    return (row.get("source") or {}).get("text", "").strip().lower()


def may_qualify(rows: list[dict]) -> bool:
    """Before any parse: two speech attributions at least (two persons are needed), one of them
    with a pronoun source or one beginning with "the"."""
    speech = [r for r in rows if is_speech(r)]
    return len(speech) >= 2 and any(_source(r) in PERSON_PRONOUNS | GROUP_PRONOUNS or _source(r).startswith("the ")
                                    for r in speech)


def item_kind(doc, row: dict) -> str | None:
    """The item's kind (see the module's doc), or None for a source the part does not take."""
    src = _source(row)
    if src in PERSON_PRONOUNS:
        return "pronoun"
    if src in GROUP_PRONOUNS:
        return "group pronoun"
    if not src.startswith("the "):
        return None
    s0, s1 = row["source"]["spans"][0]
    span = doc.char_span(s0, s1, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return None
    kind = ES.source_kind(doc, s0, s1)[0]
    return {"description": "description", "group": "group noun"}.get(kind)


def draw(nlp=None) -> tuple[list[str], list[str], list[dict]]:
    """The candidates in the draw's order, the stories drawn and their items (speaker unset)."""
    rows, candidates = ptune_candidates(BEFORE, SEED, may_qualify, half="pcheck")
    nlp = nlp or spacy_model()
    drawn, items = [], []
    for name in candidates:
        doc = nlp((ES.POLNEAR / "text" / f"{name}.txt").read_text(encoding="utf-8"))
        persons, mine = set(), []
        for r in rows[name]:
            if not is_speech(r) or not r["source"].get("spans"):
                continue
            s0, s1 = r["source"]["spans"][0]
            kind, label = ES.source_kind(doc, s0, s1)
            if kind == "person":
                persons.add(label.split()[-1].lower())
            ikind = item_kind(doc, r)
            if ikind:
                c0 = min(a for a, _ in r["content"]["spans"])  # the spans are not always in order
                c1 = max(b for _, b in r["content"]["spans"])
                mine.append({"set": "polnear", "story": name, "half": "check2", "kind": ikind,
                             "quote": [c0, c1], "source": [s0, s1]})
        if len(persons) >= 2 and mine:
            drawn.append(name)
            items.extend(mine)
            if len(items) >= MIN_ITEMS:
                break
    return candidates, drawn, items


def main() -> int:
    candidates, drawn, items = draw()
    print(f"# {len(candidates)} candidate pcheck stories; drawn {len(drawn)} (seed {SEED}); {len(items)} items",
          file=sys.stderr)
    for x in items:
        print(json.dumps({**x, "speaker": ""}))  # the labeller's work list, as draw_tune4.py's
    return 0


if __name__ == "__main__":
    sys.exit(main())
