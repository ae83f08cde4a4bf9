"""Quality gate: coincide_events on the PLOVER gold-standard records, against pinned floors.

Measured with `.venv/bin/python scripts/eval_events.py` (151 records, ../shared/tools/evaluate.py
events): type found 0.881, type+actors 0.609, other events per record 0.28 (issue 5; before it
0.854 / 0.291 / 0.28). Each floor sits a
little under that so a real regression fails and parser noise does not.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import SHARED

from coincide.pipeline import analyze_stories
from coincide.records import Story

# Share of records whose gold PLOVER type is among the predicted types: measured 0.881 (0.868
# before "renege" and denying a thing, "denied entry", became REJECT; 0.854 before "failed to
# reach agreement" became a REJECT and containers nested, "part of an aid program"); 0.84 is six
# records under; a regression in the lexicon or the intent/complement
# rules shows up as a drop of several records.
TYPE_FOUND_FLOOR = 0.84
# Same, with the source and target countries agreeing with the gold codes: measured 0.609 (0.603
# before one capitalised word after an article stopped being a person; 0.550
# before a judge, mayor or president named without a country took the story's or its cities'
# country, police of no named country the story's, an unnamed victim of an attack by nobody named
# its place's, "anti-Syria" stopped giving Syria, a description's name in apposition became who
# acts, a noun's recipient past the actor's own "his"/"its" the target, "renege"/"deny entry" a
# REJECT, and a main verb misparsed as a participle kept its subject; 0.464
# before a target noun's own country word, passive attacks placed in a country, force used "to"
# disperse somebody, protests' targets from "by X" and from the protest they follow, two-word
# country adjectives, titles after a country word, longest dictionary match after "The", peoples
# and movements named with a country adjective; 0.437
# before ethnic/religious groups of fighters and demonstrators became actors with the story's
# country, "Shona rebels", "Islamic fundamentalists", and a protest's purpose outranked the
# protesters' own "their" as target, and "inhabitants of the Syrian Golan Heights" took the
# place's country adjective; 0.291
# before issue 5: targets from a verbal event's complement and condition, +10 records; cities and
# demonyms standing for their country, +5; "it" for a state, crowds, protest purposes and
# grievances, +5; 0.179 before a country's agents became actors). Still bounded by the contract:
# IGOs and NGOs keep a null country (ISO3), and 34 of the 151 records want a non-ISO code
# (IGO, NGO, JAP), so 0.775 is the ceiling. 0.58 is three records under (88 of 151 still pass):
# a fourth record lost fails it, as losing the complement targets (-10) does.
TYPE_ACTORS_FLOOR = 0.58
# Events of another type than the gold one, per record: measured 0.28 (0.27 before "demands from
# Shona rebels" gave the DEMAND noun a target it now reports; 0.28 before issue 5); above
# 0.33 (nine more stray events) the component is reporting complements and purposes as events again.
OTHER_EVENTS_CEILING = 0.33


def test_plover_gold_records(nlp, tmp_path):
    import pytest

    records_path = SHARED / "data" / "plover-gsr" / "records.jsonl"
    evaluate = SHARED / "tools" / "evaluate.py"
    if not records_path.exists() or not evaluate.exists():
        pytest.skip(f"{records_path} or {evaluate} is absent: the gate needs ../shared/data/plover-gsr and ../shared/tools")
    records = [json.loads(line) for line in records_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = [Story(source=f"{r['id']}.txt", body=r["text"], published=r.get("date")) for r in records]
    out = tmp_path / "events.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for record in analyze_stories(nlp, stories):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    result = subprocess.run([sys.executable, str(evaluate), "events", str(records_path), str(out)],
                            capture_output=True, text=True, check=True)
    m = re.search(r"type found ([\d.]+)\s+type\+actors ([\d.]+)\s+other events per record ([\d.]+)", result.stdout)
    assert m, result.stdout
    typed, full, other = map(float, m.groups())
    assert typed >= TYPE_FOUND_FLOOR, result.stdout
    assert full >= TYPE_ACTORS_FLOOR, result.stdout
    assert other <= OTHER_EVENTS_CEILING, result.stdout
