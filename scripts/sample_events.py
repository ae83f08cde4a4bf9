#!/usr/bin/env python3
"""Draw the hand-check samples of events from an analysed archive, reproducibly.

    .venv/bin/coincide analyze ../shared/data/bbc-politics --json > /tmp/bbc.jsonl
    .venv/bin/python scripts/sample_events.py /tmp/bbc.jsonl [--seed 14] [--random 40] [--force 30]

Prints two numbered worksheets: `random` events drawn from all events, and `force` events drawn
from the ASSAULT, FIGHT and COERCE events, each with its type, mode, source and target names and
the sentence that carries it. The draws depend only on the seed and on the events in the file (in
file order), so the same analysis gives the same sample. The judgments written from a worksheet
live in eval/bbc-events-check.jsonl (key: story source and event span).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter

FORCE = {"ASSAULT", "FIGHT", "COERCE"}


def sentence(body: str, span: list[int]) -> str:
    s, e = span
    start = max(body.rfind(". ", 0, s) + 2, body.rfind("\n", 0, s) + 1, 0)
    ends = [i for i in (body.find(". ", e), body.find("\n", e)) if i >= 0]
    end = min(ends) + 1 if ends else len(body)
    return re.sub(r"\s+", " ", body[start:end]).strip()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analysis")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--random", type=int, default=40)
    parser.add_argument("--force", type=int, default=30)
    args = parser.parse_args(argv)
    events = []
    for line in open(args.analysis, encoding="utf-8"):
        if not line.strip():
            continue
        data = json.loads(line)
        if "error" in data:
            continue
        names = {a["id"]: a.get("name") for a in data.get("actors") or []}
        body = (data.get("story") or {}).get("body") or ""
        src = (data.get("story") or {}).get("source")
        for e in data.get("events") or []:
            events.append({"story": src, "span": e["span"], "type": e["type"], "mode": e.get("mode"),
                           "source": names.get(e.get("source")), "target": names.get(e.get("target")),
                           "trigger": e.get("context"), "sentence": sentence(body, e["span"])})
    counts = Counter(e["type"] for e in events)
    print(f"# {len(events)} events; " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    rng = random.Random(args.seed)
    drawn = rng.sample(events, min(args.random, len(events)))
    force = [e for e in events if e["type"] in FORCE]
    print(f"# {len(force)} ASSAULT/FIGHT/COERCE events")
    forced = random.Random(args.seed + 1).sample(force, min(args.force, len(force)))
    for name, sample in (("random", drawn), ("force", forced)):
        for i, e in enumerate(sample, 1):
            print(json.dumps({"sample": name, "n": i, **e}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
