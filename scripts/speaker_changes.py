#!/usr/bin/env python3
"""The quotes whose speaker a change moves, as blind labelling items, and their score.

Sessions 41-43 decided speaker rules by this method (docs/speakers.md "Session 41" and "Session 42"):
run PolNeAR train through the base and through the branch, take every quotation whose speaker
differs (matched by span), have a reader label who speaks it from the story alone (no system
output, items shuffled), then count per half how many quotes went wrong -> right and right -> wrong.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python scripts/eval_speakers.py --polnear-train --out /tmp/base.jsonl  # on the base
    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python scripts/eval_speakers.py --polnear-train --out /tmp/new.jsonl   # on the branch
    .venv/bin/python scripts/speaker_changes.py items /tmp/base.jsonl /tmp/new.jsonl --tag X --seed 43 --dir /tmp/lab
    .venv/bin/python scripts/speaker_changes.py prompt --tag X --dir /tmp/lab     # the labeller's instructions
    # a reader (or a helper) writes /tmp/lab/X-answers.jsonl from /tmp/lab/X-items.jsonl only
    .venv/bin/python scripts/speaker_changes.py score --tag X --dir /tmp/lab [--show-tune]

`items` writes X-items.jsonl (what the reader sees: the story's absolute path, the quotation, the words
given as its source, 1,500 characters before it and 400 after) and X-key.jsonl (what the reader
must not see: the half, the span, the base's and the branch's speaker). A span a record lists twice
(PolNeAR train has a few quotations under two cues) is left out, since the two cannot be paired.
Halves: a PolNeAR story takes eval_speakers.py's (ptune: rules are read off it; pcheck: counted
only); a bbc-politics story (session 43's second pool) takes btune or bcheck: the half of the
positions manifest or of the turns labels when it is in either, else the parity of the first hex
digit of the sha1 of its file name. `score` counts every half it finds, and --show-tune prints the
changes of the tuning halves only (a half whose name ends in "tune").

    .venv/bin/python scripts/speaker_changes.py export --tag X --dir /tmp/lab --rule X >> eval/speakers/sessionNN-changes.jsonl

`export` writes the labelled changes in the form kept in the repository (the story relative to
../shared/data, the quotation's offsets, the label, the speaker before and after).
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from eval_speakers import polnear_half  # noqa: E402  (one definition of the halves)

TURNS_LABELS = REPO / "eval" / "speakers" / "turns-labels.jsonl"
POSITIONS_MANIFEST = REPO / "eval" / "positions" / "manifest.tsv"
BEFORE, AFTER = 1500, 400
PROMPT = """You label who speaks quotations in news stories. Work only from {items}; do not run any
analysis software and do not look in any repository. Each line has: id, story (a path to the
plain-text story), quote (the quoted or reported words), source (the words the text gives as their
source, which may be a pronoun or a description), context (the text before the quotation, the
quotation marked [[QUOTE>> ... <<QUOTE]], and a little after). Read the story as far as you need and
decide who a careful reader takes the speaker to be.

Write {answers}, one JSON line per item, every id once:
{{"id": ..., "kind": "person" | "group" | "organization" | "unnamed" | "none",
  "speaker": "<the speaker's fullest name in the story, or a short description>",
  "surnames": ["<for a person: the surname(s) the story uses>"],
  "confidence": "high" | "low", "why": "<at most 20 words>"}}
"unnamed": a speaker the story never names ("a source", "one voter"); "none": nobody speaks these
words (not a quotation of anyone)."""


def load_records(path: str | Path) -> dict[str, dict]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if "error" not in rec:
                out[rec["story"]["source"]] = rec
    return out


def bbc_halves(manifest: Path = POSITIONS_MANIFEST, turns: Path = TURNS_LABELS) -> dict[str, str]:
    """bbc-politics file stem -> btune or bcheck for the stories a labelled set already splits: the
    positions manifest first, then the turns labels ("check..." splits are bcheck)."""
    out: dict[str, str] = {}
    with manifest.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["path"].startswith("bbc-politics/"):
                out[Path(row["path"]).stem] = "bcheck" if row["split"].startswith("check") else "btune"
    for line in turns.read_text(encoding="utf-8").splitlines():
        if line.strip():
            x = json.loads(line)
            if x.get("set") == "bbc-politics":
                out.setdefault(Path(x["story"]).stem, "bcheck" if x["half"].startswith("check") else "btune")
    return out


def half_of(src: str, turns_check: set[str], bbc: dict[str, str]) -> str:
    stem = Path(src).stem
    if "bbc-politics" in Path(src).parts:
        if stem in bbc:
            return bbc[stem]
        return "btune" if int(hashlib.sha1((stem + ".txt").encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "bcheck"
    return polnear_half(stem, turns_check)


def speaker_name(rec: dict, quote: dict) -> str | None:
    names = {a["id"]: a.get("name") for a in rec.get("actors") or []}
    return names.get(quote.get("speaker")) if quote.get("speaker") else None


def changes(base: dict[str, dict], new: dict[str, dict], turns_check: set[str],
            bbc: dict[str, str] | None = None) -> list[tuple[dict, dict]]:
    """(item, key) for each quotation, matched by span, whose speaker's name differs."""
    bbc = bbc_halves() if bbc is None else bbc
    out = []
    for src, rb in sorted(base.items()):
        rn = new.get(src)
        if rn is None:
            continue
        count_b = collections.Counter(tuple(q["span"]) for q in rb.get("quotes") or [])
        count_n = collections.Counter(tuple(q["span"]) for q in rn.get("quotes") or [])
        by_span = {tuple(q["span"]): q for q in rb.get("quotes") or []}
        body = rn["story"]["body"]
        for q in rn.get("quotes") or []:
            span = tuple(q["span"])
            if count_b[span] != 1 or count_n[span] != 1:
                continue  # absent from the base, or listed twice: nothing to pair
            was, now = speaker_name(rb, by_span[span]), speaker_name(rn, q)
            if was == now:
                continue
            a, b = span
            s = q.get("source_span")
            path = Path(src) if Path(src).is_absolute() else (REPO / src).resolve()
            item = {"story": str(path), "quote": body[a:b], "source": body[s[0]:s[1]] if s else None,
                    "context": body[max(0, a - BEFORE):a] + "[[QUOTE>>" + body[a:b] + "<<QUOTE]]" + body[b:b + AFTER]}
            key = {"half": half_of(src, turns_check, bbc), "story": str(path), "span": list(span),
                   "base": was, "new": now}
            out.append((item, key))
    return out


def right(name: str | None, answer: dict) -> bool:
    """A speaker name against the reader's label: a person by a surname, a group or body by a word
    of four letters or more of its label; "none" and "unnamed" are right only with no speaker."""
    if answer["kind"] in ("none", "unnamed"):
        return name is None
    if name is None:
        return False
    low = name.lower()
    if answer["kind"] == "person":
        return any(s.lower() in low for s in answer.get("surnames") or [])
    return any(w.lower() in low for w in answer["speaker"].replace("the ", "").split() if len(w) > 3)


def score(keys: list[dict], answers: dict[int, dict]) -> dict[str, collections.Counter]:
    # PolNeAR's two halves always, and any other a key names (a pool of another corpus, split its own way)
    tally = {"ptune": collections.Counter(), "pcheck": collections.Counter()}
    for k in keys:
        tally.setdefault(k["half"], collections.Counter())
        a = answers[k["id"]]
        tally[k["half"]][(right(k["base"], a), right(k["new"], a))] += 1
    return tally


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    it = sub.add_parser("items", help="write TAG-items.jsonl and TAG-key.jsonl")
    it.add_argument("base")
    it.add_argument("new")
    for p in (it, sub.add_parser("prompt", help="print the labeller's instructions"),
              sub.add_parser("score", help="score TAG-answers.jsonl"),
              sub.add_parser("export", help="print the labelled changes in the repository's form")):
        p.add_argument("--tag", required=True)
        p.add_argument("--dir", required=True, help="where the items, key and answers are")
    it.add_argument("--seed", type=int, required=True, help="the shuffle's seed")
    sub.choices["export"].add_argument("--rule", required=True, help="the rule's name, written on each row")
    sub.choices["score"].add_argument("--show-tune", action="store_true",
                                      help="print each change of a tuning half (a half named ...tune)")
    args = ap.parse_args(argv)
    d = Path(args.dir)
    items_p, key_p, answers_p = (d / f"{args.tag}-{n}.jsonl" for n in ("items", "key", "answers"))
    if args.cmd == "prompt":
        print(PROMPT.format(items=items_p, answers=answers_p))
        return 0
    if args.cmd == "items":
        turns = [json.loads(x) for x in TURNS_LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
        found = changes(load_records(args.base), load_records(args.new), {t["story"] for t in turns if t["half"] == "check"})
        order = list(range(len(found)))
        random.Random(args.seed).shuffle(order)
        d.mkdir(parents=True, exist_ok=True)
        with items_p.open("w", encoding="utf-8") as fi, key_p.open("w", encoding="utf-8") as fk:
            for n, i in enumerate(order):
                item, key = found[i]
                fi.write(json.dumps({"id": n, **item}, ensure_ascii=False) + "\n")
                fk.write(json.dumps({"id": n, **key}, ensure_ascii=False) + "\n")
        halves = collections.Counter(k["half"] for _, k in found)
        counts = ", ".join(f"{h} {n}" for h, n in sorted(halves.items()))
        print(f"{len(found)} quotes changed ({counts}): {items_p}, {key_p}")
        return 0
    if not answers_p.exists():
        print(f"{answers_p}: no answers yet", file=sys.stderr)
        return 2
    keys = [json.loads(x) for x in key_p.read_text(encoding="utf-8").splitlines() if x.strip()]
    answers = {a["id"]: a for a in (json.loads(x) for x in answers_p.read_text(encoding="utf-8").splitlines() if x.strip())}
    missing = [k["id"] for k in keys if k["id"] not in answers]
    if missing:
        print(f"{answers_p}: no answer for ids {missing[:10]}", file=sys.stderr)
        return 2
    if args.cmd == "export":
        items = {i["id"]: i for i in (json.loads(x) for x in items_p.read_text(encoding="utf-8").splitlines() if x.strip())}
        for k in keys:
            a, story = answers[k["id"]], Path(k["story"]).resolve()
            parts = story.parts  # the path under ../shared/data, as the labels in eval/ name stories
            rel = Path(*parts[len(parts) - parts[::-1].index("data"):]) if "data" in parts else story
            print(json.dumps({"rule": args.rule, "story": str(rel), "half": k["half"], "quote": k["span"],
                              "source": items[k["id"]].get("source"), "speaker": a["speaker"],
                              "surnames": a.get("surnames") or [], "kind": a["kind"], "confidence": a.get("confidence"),
                              "before": k["base"], "after": k["new"]}, ensure_ascii=False))
        return 0
    if args.show_tune:
        for k in keys:
            if k["half"].endswith("tune"):
                a = answers[k["id"]]
                print(f"{k['half']} {k['base']!r} -> {k['new']!r} | label {a['speaker']!r} ({a['kind']}): "
                      f"{'right' if right(k['base'], a) else 'wrong'} -> {'right' if right(k['new'], a) else 'wrong'}")
    for half, c in score(keys, answers).items():
        print(f"{half}: wrong -> right {c[(False, True)]}, right -> wrong {c[(True, False)]}, "
              f"wrong -> wrong {c[(False, False)]}, right -> right {c[(True, True)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
