#!/usr/bin/env python3
"""Measure coincide_events on the PLOVER gold-standard records.

    .venv/bin/python scripts/eval_events.py [RECORDS.jsonl] [--half tune|check|all] [--out OUT.jsonl] [--confusion]

Each record's sentence is analysed as a story of its own (Story(source=f"{id}.txt", body=text,
published=record date)); the story records go to OUT.jsonl (JSON Lines), and
../shared/tools/evaluate.py events scores them. --confusion also prints gold type against the
predicted types of each record, which evaluate.py does not show.

--half: the records are split in two by id (sha1 of the id, even -> tune, odd -> check; the lists
are written in eval/plover-halves.json). Rules are tuned on the tune half only; the check half
says whether they generalise. `all` (the default) reports both halves and the whole set.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def half_of(record_id: str) -> str:
    """The half a record belongs to: fixed by its id alone, so adding records never moves one."""
    return "tune" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "check"


def score(records_path: str, records: list[dict], out: str, label: str) -> int:
    """Run evaluate.py events on `records` (a subset of the file) against the analyses in `out`."""
    evaluate = SHARED / "tools" / "evaluate.py"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        gold = fh.name
    result = subprocess.run([sys.executable, str(evaluate), "events", gold, out], capture_output=True, text=True)
    Path(gold).unlink()
    first = result.stdout.splitlines()[0] if result.stdout else ""
    print(f"{label:6s} {first}")
    print(result.stderr, end="", file=sys.stderr)
    return result.returncode


def build_nlp():
    """The full pipeline; while some components are not written yet, those that exist."""
    import spacy

    from coincide.config import load_settings
    from coincide.nlp import register_extensions
    from coincide.pipeline import COMPONENTS, load_nlp

    settings = load_settings()
    try:
        return load_nlp(settings)
    except ImportError:
        pass
    register_extensions()
    nlp = spacy.load(settings["nlp"]["model"])
    for factory, module in COMPONENTS:
        try:
            importlib.import_module(module)
        except ImportError:
            print(f"note: {module} is missing; running without it", file=sys.stderr)
            continue
        nlp.add_pipe(factory)
    return nlp


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", nargs="?", default=str(SHARED / "data" / "plover-gsr" / "records.jsonl"))
    parser.add_argument("--out", default=None,
                        help="where to write the records (default: a new temporary file per run, so two runs at once never share one)")
    parser.add_argument("--half", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--confusion", action="store_true")
    parser.add_argument("--show", action="store_true", help="print each record's gold and predicted events")
    args = parser.parse_args(argv)

    from coincide.pipeline import analyze_stories
    from coincide.records import Story

    records = [json.loads(line) for line in open(args.records, encoding="utf-8") if line.strip()]
    if args.half != "all":
        records = [r for r in records if half_of(r["id"]) == args.half]
    nlp = build_nlp()
    stories = [Story(source=f"{r['id']}.txt", body=r["text"], published=r.get("date")) for r in records]
    confusion: Counter = Counter()
    if args.out is None:
        with tempfile.NamedTemporaryFile("w", prefix="coincide-plover-events-", suffix=".jsonl", delete=False) as tmp:
            args.out = tmp.name
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec, out in zip(records, analyze_stories(nlp, stories)):
            data = out.to_dict()
            fh.write(json.dumps(data, ensure_ascii=False) + "\n")
            types = sorted({e["type"] for e in data["events"]}) or ["-"]
            for t in types:
                confusion[(rec["event"], t)] += 1
            if args.show:
                names = {a["id"]: f"{a['name']}/{a.get('country')}" for a in data["actors"]}
                got = [f"{e['type']}({names.get(e['source'])}->{names.get(e['target'])}:{e['context']})" for e in data["events"]]
                src = [s.get("code") for s in rec.get("source") or []]
                tgt = [s.get("code") for s in rec.get("target") or []]
                ok = "ok " if rec["event"] in types else "-- "
                print(f"{ok}{rec['event']} {src}->{tgt} | {' '.join(got)} | {rec['text'][:150]}")
    if args.confusion:
        golds = sorted({g for g, _ in confusion})
        print("gold type: predicted types (records)")
        for g in golds:
            row = sorted(((n, t) for (gg, t), n in confusion.items() if gg == g), reverse=True)
            print(f"  {g:12s} " + ", ".join(f"{t} {n}" for n, t in row))
    if args.half == "all":
        code = 0
        for half in ("tune", "check"):
            code |= score(args.records, [r for r in records if half_of(r["id"]) == half], args.out, half)
        return code | score(args.records, records, args.out, "all")
    return score(args.records, records, args.out, args.half)


if __name__ == "__main__":
    sys.exit(main())
