#!/usr/bin/env python3
"""Table the actor faults behind positions and relations: every gold holder (of a position or of
one side of a relation) of the labelled stories, with the story actors score.py matches to it.

    .venv/bin/python scripts/eval_positions.py --half tune --records /tmp/tune.jsonl
    .venv/bin/python scripts/actor_faults.py /tmp/tune.jsonl            # one line per fault
    .venv/bin/python scripts/actor_faults.py /tmp/tune.jsonl --counts   # counts only

A holder is "no actor" when no story actor matches any of its names, and "kinds" lists the kinds
of the actors that do (person, organization, country, government, group), so a party or a city
read as a person shows as `person` beside an organisation's or a place's name. Read the tuning
half only; the checking half is measured, never read (docs/holders-and-labels.md, "Actors").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_positions as EP  # noqa: E402


def holders_of(gold: dict) -> list[tuple[str, str]]:
    """(where, holder) for every position holder and both sides of every relation, once each."""
    seen, out = set(), []
    for p in gold.get("positions", []):
        if p.get("holder") and ("position", p["holder"]) not in seen:
            seen.add(("position", p["holder"]))
            out.append(("position", p["holder"]))
    for r in gold.get("relations", []):
        for a in r.get("actors", []):
            if a and ("relation", a) not in seen:
                seen.add(("relation", a))
                out.append(("relation", a))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("records", help="records written by eval_positions.py --records")
    ap.add_argument("--counts", action="store_true", help="counts only")
    args = ap.parse_args(argv)
    score = EP.load_score()
    rows = {r["path"]: r for r in EP.manifest("all")}
    counts: Counter = Counter()
    for line in open(args.records, encoding="utf-8"):
        saved = json.loads(line)
        row = rows[saved["manifest_path"]]
        gold = json.loads((EP.EVAL / row["gold"]).read_text(encoding="utf-8"))
        got = score.Analysis(saved["record"])
        for where, holder in holders_of(gold):
            matched = [a for a in got.actors if got.is_actor(a, holder)]
            kinds = sorted({got.actors[a].get("kind") or "?" for a in matched})
            fault = "no actor" if not matched else "+".join(kinds)
            counts[(where, fault)] += 1
            if not args.counts:
                names = [got.actors[a].get("name") for a in matched][:3]
                print(f"{row['split']}\t{where}\t{fault}\t{holder}\t{names}\t{row['group']}")
    for (where, fault), n in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"# {where:9} {fault:30} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
