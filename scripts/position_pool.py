#!/usr/bin/env python3
"""The positions a change moves on stories nobody labelled, as blind labelling items, and their score.

A positions rule whose pattern is rare may move no position of the labelled checking sets; session
29's convention then stops it, however right it is ("a rule that moves the tuning half only is not
shown to generalise"). Session 47 took the checking evidence for such rules from the unlabelled
stories instead, labelled blind, as the speaker rules' changed quotes have been since session 41
(scripts/speaker_changes.py). Keep rule BL (docs/positions-errors.md "Session 47"):

    .venv/bin/python scripts/position_pool.py stories --dir /tmp/pool         # links to the unlabelled stories
    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python -m coincide analyze /tmp/pool --follow-links --json > /tmp/base.jsonl   # on the base
    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python -m coincide analyze /tmp/pool --follow-links --json > /tmp/nl.jsonl     # on each rule
    .venv/bin/python scripts/position_pool.py items /tmp/base.jsonl nl=/tmp/nl.jsonl cj=/tmp/cj.jsonl --dir /tmp/lab
    # a reader (or a helper) writes /tmp/lab/labels.jsonl from /tmp/lab/items.jsonl only (prompt below)
    .venv/bin/python scripts/position_pool.py score --dir /tmp/lab
    .venv/bin/python scripts/position_pool.py export --dir /tmp/lab >> eval/positions/pool-changes.jsonl

The pool is every bbc-politics, PolNeAR and basil-dev text that eval/positions/manifest.tsv does not
hold. `items` takes every non-neutral position one rule adds or removes (holder, stance, issue,
statement and span compared whole: a relabelled position is one removed and one added), shuffles all
rules' items together and writes items.jsonl (what the reader sees: no rule, not whether added or
removed) and key.jsonl (what the reader must not see). `score` applies BL's decision to each rule:
kept when it changes at least MIN_ITEMS items, at least two thirds of the items it adds are "yes",
and (added yes - added no) + (removed no - removed yes) > 0; under MIN_ITEMS it is inconclusive.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
MANIFEST = REPO / "eval" / "positions" / "manifest.tsv"
POOL_FOLDERS = ("bbc-politics", "polnear/text", "basil-dev/text")
MIN_ITEMS = 3
CONTEXT = 2500
PROMPT = """Read ONLY {items} (JSON Lines). Each item is a claimed position found in a news story:
an actor (`holder`) takes a side (`stance`: support or oppose) on a matter (`matter`, a short label;
`words` are the story's words the claim rests on); `context` is the paragraph(s) around them. Do not
open any other file of that folder, run no analysis software and look in no repository.
For each item decide, as a careful reader: does the text say (or plainly report) that this actor
holds this side on this matter? "yes" (holder and side right; a clumsy label that recognisably names
the thing in `words` is fine), "no" (wrong holder, wrong side, no stance: a report, a question, the
writer's forecast), "unclear". Write {labels}: one line per item,
{{"item": N, "label": "yes"|"no"|"unclear", "reason": "<one short sentence>"}}."""


def labelled_paths() -> set[str]:
    """The stories of the labelled positions set, relative to ../shared/data."""
    return {line.split("\t")[0] for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:] if line.strip()}


def pool_paths(data: Path = DATA) -> list[Path]:
    labelled = labelled_paths()
    return [f for folder in POOL_FOLDERS for f in sorted((data / folder).glob("*.txt"))
            if str(f.relative_to(data)) not in labelled]


def read_positions(path: Path) -> dict[str, tuple[set[tuple], str]]:
    """story source -> (its non-neutral positions as comparable tuples, its body)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if "error" in d:
            continue
        names = {a["id"]: a["name"] for a in d.get("actors") or []}
        found = {(names.get(p["holder"], p["holder"]), p["stance"], p["issue"], p.get("statement") or "", tuple(p["span"]))
                 for p in d.get("positions") or [] if p.get("stance") != "neutral"}
        out[d["story"]["source"]] = (found, d["story"]["body"])
    return out


def context_of(body: str, span: tuple[int, int]) -> str:
    """The paragraph holding the span, with the paragraph before (the story's blank-line breaks)."""
    start = body.rfind("\n\n", 0, span[0])
    start = 0 if start < 0 else start
    prev = body.rfind("\n\n", 0, max(0, start - 1))
    prev = 0 if prev < 0 else prev
    end = body.find("\n\n", span[1])
    return body[prev:len(body) if end < 0 else end].strip()[-CONTEXT:]


def changes(base: dict, new: dict, rule: str) -> list[dict]:
    out = []
    for source, (found, body) in sorted(new.items()):
        before = base.get(source, (set(), body))[0]
        for change, group in (("added", found - before), ("removed", before - found)):
            for holder, stance, issue, statement, span in sorted(group):
                out.append({"rule": rule, "change": change, "story": source, "holder": holder, "stance": stance,
                            "issue": issue, "statement": statement, "span": list(span), "context": context_of(body, span)})
    return out


def decide(rows: list[tuple[str, str]]) -> tuple[str, collections.Counter, float, int]:
    """BL's decision over one rule's (change, label) pairs."""
    c = collections.Counter(rows)
    added = sum(v for (change, _), v in c.items() if change == "added")
    share = c[("added", "yes")] / added if added else 0.0
    net = (c[("added", "yes")] - c[("added", "no")]) + (c[("removed", "no")] - c[("removed", "yes")])
    if sum(c.values()) < MIN_ITEMS:
        return "inconclusive", c, share, net
    return ("kept" if share >= 2 / 3 and net > 0 else "not kept"), c, share, net


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stories", help="a folder of links to the unlabelled stories")
    s.add_argument("--dir", required=True, type=Path)
    i = sub.add_parser("items", help="blind items from a base analysis and one per rule (NAME=FILE)")
    i.add_argument("base", type=Path)
    i.add_argument("rules", nargs="+")
    i.add_argument("--dir", required=True, type=Path)
    i.add_argument("--seed", type=int, default=47)
    for name in ("score", "prompt", "export"):
        p = sub.add_parser(name)
        p.add_argument("--dir", required=True, type=Path)
    args = ap.parse_args(argv)

    if args.cmd == "stories":
        args.dir.mkdir(parents=True, exist_ok=True)
        paths = pool_paths()
        for f in paths:
            link = args.dir / str(f.relative_to(DATA)).replace("/", "__")
            if not link.exists():
                os.symlink(f, link)
        print(f"{len(paths)} unlabelled stories linked in {args.dir} (analyse with --follow-links)")
        return 0
    items_file, key_file, labels_file = args.dir / "items.jsonl", args.dir / "key.jsonl", args.dir / "labels.jsonl"
    if args.cmd == "items":
        base = read_positions(args.base)
        rows = []
        for spec in args.rules:
            name, _, path = spec.partition("=")
            if not path:
                raise SystemExit(f"position_pool: {spec!r}: give each rule as NAME=FILE")
            rows += changes(base, read_positions(Path(path)), name)
        random.Random(args.seed).shuffle(rows)
        args.dir.mkdir(parents=True, exist_ok=True)
        for n, r in enumerate(rows, 1):
            r["item"] = n
        key_file.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        items_file.write_text("".join(json.dumps({"item": r["item"], "holder": r["holder"], "stance": r["stance"],
                                                  "matter": r["issue"], "words": r["statement"], "context": r["context"]}) + "\n"
                                      for r in rows), encoding="utf-8")
        counts = collections.Counter(r["rule"] for r in rows)
        print(f"{len(rows)} items in {items_file}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        return 0
    if args.cmd == "prompt":
        print(PROMPT.format(items=items_file, labels=labels_file))
        return 0
    key = {json.loads(x)["item"]: json.loads(x) for x in key_file.read_text(encoding="utf-8").splitlines() if x.strip()}
    labels = {json.loads(x)["item"]: json.loads(x) for x in labels_file.read_text(encoding="utf-8").splitlines() if x.strip()}
    missing = sorted(set(key) - set(labels))
    if missing:
        raise SystemExit(f"position_pool: {labels_file}: no label for items {missing[:10]}")
    if args.cmd == "export":
        for n in sorted(key):
            k, lab = key[n], labels[n]
            story = Path(k["story"]).name.replace("__", "/")
            print(json.dumps({"story": story, "rule": k["rule"], "change": k["change"], "holder": k["holder"],
                              "stance": k["stance"], "issue": k["issue"], "span": k["span"],
                              "label": lab["label"], "reason": lab.get("reason", "")}))
        return 0
    for rule in sorted({k["rule"] for k in key.values()}):
        verdict, c, share, net = decide([(k["change"], labels[n]["label"]) for n, k in key.items() if k["rule"] == rule])
        print(f"{rule}: {sum(c.values())} items (added yes {c[('added', 'yes')]}, no {c[('added', 'no')]}, unclear "
              f"{c[('added', 'unclear')]}; removed yes {c[('removed', 'yes')]}, no {c[('removed', 'no')]}, unclear "
              f"{c[('removed', 'unclear')]}); added right {share:.2f}, net {net:+d}: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
