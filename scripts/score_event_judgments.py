#!/usr/bin/env python3
"""Re-score the hand judgments of BBC politics events against a new analysis.

    .venv/bin/coincide analyze ../shared/data/bbc-politics --json > /tmp/bbc.jsonl
    .venv/bin/python scripts/score_event_judgments.py /tmp/bbc.jsonl
    .venv/bin/python scripts/score_event_judgments.py /tmp/bbc.jsonl --confusion   # the tuning half's wrong kinds

Each judged event is looked up the way tests/test_events_gate.py does it (story, sentence start and
trigger word): a random event counts as right when the type now found is the judged right type
("none": no event there); a force event as physical when it is still a judged-physical one or a
judged non-physical one is gone. Prints the force tuning judgments of the fourth round (seeds 501
and up, each distinct event once), the random tuning judgments (seeds 601-604 of the fifth round and 605 and up of the sixth, apart), and each checking sample (counts only: the checking samples are never read for rules).
The tuning judgments measure nothing after the rules written from them.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def judged_event(events: dict, j: dict) -> dict | None:
    """The event a judgment is about now: events by (story source, span start), as in
    tests/test_events_gate.py: the one whose trigger text is the judged trigger, else one whose
    trigger text holds its first word, else one merged across sentences; None when the event is gone."""
    found = events.get((j["story"], j["span"][0]), [])
    word = j["trigger"].split()[0].lower()
    # the judged trigger itself first: two events of one sentence may share a word (as in the gate)
    hit = [e for e in found if (e.get("context") or "").lower() == j["trigger"].lower()]
    hit = hit or [e for e in found if word in (e.get("context") or "").lower().split()]
    hit = hit or [e for e in found if len(e.get("spans") or []) > 1 and e["spans"][0][0] != j["span"][0]]
    return hit[0] if hit else None


def confusion(judged: list[dict], now) -> collections.Counter:
    """(type found now, judged right type) for each judgment scored wrong; "none" on either side is no
    event (gone, or judged no event)."""
    out = collections.Counter()
    for j in judged:
        want = j["type"] if j["right_type"] else j["should_be"]
        if now(j) != want:
            out[(now(j), want)] += 1
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analysis")
    parser.add_argument("--show", action="store_true", help="print each force tuning judgment scored wrong")
    parser.add_argument("--confusion", action="store_true",
                        help="the random tuning judgments scored wrong, as (type found, judged type) counts: each distinct "
                             "event once, by its latest judgment; never the checking samples")
    args = parser.parse_args(argv)
    events: dict = {}
    for line in open(args.analysis, encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        if "error" in d:
            continue
        for e in d.get("events") or []:
            for span in e.get("spans") or [e["span"]]:
                events.setdefault((d["story"]["source"], span[0]), []).append(e)

    def now(j):
        hit = judged_event(events, j)
        return hit["type"] if hit else "none"

    def physical(j):
        n = now(j)
        return (n == j["type"]) == j["physical"] or (n == "none" and not j["physical"])

    def right(j):
        return now(j) == (j["type"] if j["right_type"] else j.get("should_be"))

    def read(name):
        return [json.loads(x) for x in (REPO / "eval" / name).read_text(encoding="utf-8").splitlines()[1:] if x.strip()]

    tuning, check = read("bbc-events-tuning.jsonl"), read("bbc-events-check.jsonl")
    force = [j for j in tuning if j.get("sample") == "force" and j.get("seed", 0) >= 501 and not j.get("repeat")]
    print(f"force tuning (seeds 501+, distinct events): {sum(map(physical, force))} of {len(force)} physical")
    if args.show:
        for j in force:
            if not physical(j):
                print(f"   {j['seed']} {j['n']} {j['type']} {j['trigger']!r} now {now(j)}: {j.get('note', '')}")
    rand = [j for j in tuning if j.get("sample") == "random"]
    later = [j for j in rand if 301 <= j.get("seed", 0) < 600]
    fifth = [j for j in rand if 601 <= j.get("seed", 0) < 605]
    sixth = [j for j in rand if 605 <= j.get("seed", 0) < 2000]

    def per_seed(group):
        return ", ".join(f"{s} {sum(right(j) for j in group if j['seed'] == s)}" for s in sorted({j["seed"] for j in group}))

    print(f"random tuning: seeds 301-405 {sum(map(right, later))} of {len(later)}; seeds 601-604 {sum(map(right, fifth))} of "
          f"{len(fifth)} ({per_seed(fifth)}); seeds 605+ {sum(map(right, sixth))} of {len(sixth)} ({per_seed(sixth)}); "
          f"all seeds {sum(map(right, rand))} of {len(rand)}")
    if args.confusion:
        latest = {}
        for j in rand:  # the file is in judging order: a later line of the same event is its latest judgment
            latest[(j["story"], j["span"][0], j["trigger"].split()[0].lower())] = j
        judged = [j for j in latest.values() if (j["type"] if j["right_type"] else j.get("should_be")) is not None]
        wrong = confusion(judged, now)
        print(f"random tuning, distinct events with a judged type: {len(judged)}, {sum(wrong.values())} wrong")
        for (found, want), n in wrong.most_common():
            print(f"  {n:4}  found {found:12} judged {want}")
    for seed in sorted({j.get("seed") for j in check if j.get("seed")}):
        c = [j for j in check if j.get("seed") == seed]
        cr, cf = [j for j in c if j["sample"] == "random"], [j for j in c if j["sample"] == "force"]
        print(f"checking sample seed {seed}: random {sum(map(right, cr))} of {len(cr)} right, "
              f"force {sum(map(physical, cf))} of {len(cf)} physical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
