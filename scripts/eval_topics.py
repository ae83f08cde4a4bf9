"""Precision, recall and F1 of topic assignment against the hand labels in eval/topics/labels.jsonl,
on the tuning and the checking half (split by story).

    .venv/bin/python scripts/eval_topics.py                  # analyses the labelled stories again
    .venv/bin/python scripts/eval_topics.py --errors tuning  # and lists the wrong items of a half
    .venv/bin/python scripts/eval_topics.py --json           # figures as JSON (the gate test reads it)

The stories named in the labels are read from ../shared/data (or --data) and analysed with the
current pipeline, so the figures are those of `coincide analyze`. An item is found again by its
kind and span (its index when the span moved); one that cannot be found counts as no topics.
Scoring is micro-averaged over (item, CAP major topic) pairs; an item labelled with no topic and
given none is right and adds nothing, one given a topic it should not have is a false positive.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "eval" / "topics" / "labels.jsonl"
DATA = ROOT.parent / "shared" / "data"


def load_labels(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def analyse(stories: list[str], data: Path, settings: dict | None = None) -> dict[str, dict]:
    """story (as in the labels) -> its record as a dict."""
    import coincide
    from coincide.analyze import analyze_paths

    settings = settings or coincide.load_settings()
    paths = [str(data / s) for s in stories]
    out = {}
    for story, record in zip(stories, analyze_paths(paths, settings)):
        out[story] = record.to_dict()
    return out


def found_item(label: dict, record: dict) -> dict | None:
    items = record.get(label["kind"] + "s") or []
    for item in items:
        if list(item["span"]) == list(label["span"]):
            return item
    if label["index"] < len(items) and items[label["index"]].get("text", items[label["index"]].get("statement")) == label["text"]:
        return items[label["index"]]
    return None


def predicted(label: dict, record: dict) -> list[str]:
    item = found_item(label, record)
    return sorted({t["topic"] for t in item.get("topics", [])}) if item else []


def score(pairs: list[tuple[list[str], list[str]]]) -> dict[str, float]:
    tp = fp = fn = 0
    for gold, pred in pairs:
        tp += len(set(gold) & set(pred))
        fp += len(set(pred) - set(gold))
        fn += len(set(gold) - set(pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn,
            "items": len(pairs)}


def evaluate(labels: list[dict], records: dict[str, dict]) -> tuple[dict, list[dict]]:
    results, rows = {}, []
    for half in ("tuning", "checking"):
        pairs = []
        for label in labels:
            if label["half"] != half:
                continue
            pred = predicted(label, records[label["story"]])
            pairs.append((label["gold"], pred))
            item = found_item(label, records[label["story"]]) or {}
            rows.append({**label, "pred": pred, "words": {t["topic"]: t["words"] for t in item.get("topics", [])}})
        results[half] = score(pairs)
    return results, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="folder holding bbc-politics/ and polnear/")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--errors", choices=["tuning", "checking"], help="list the wrong items of this half")
    ap.add_argument("--words", choices=["tuning", "checking"], help="which words gave right and wrong topics on this half")
    ap.add_argument("--no-fallback", action="store_true", help="measure positions without the sentence fallback")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data}: not found (the shared development data)", file=sys.stderr)
        return 2
    if args.no_fallback:
        import coincide.nlp.topics

        coincide.nlp.topics.SENTENCE_FALLBACK = False
    labels = load_labels(args.labels)
    stories = sorted({label["story"] for label in labels})
    records = analyse(stories, args.data)
    results, rows = evaluate(labels, records)
    if args.json:
        print(json.dumps(results))
    else:
        for half, r in results.items():
            print(f"{half:9} items {r['items']:3}  P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
                  f"  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    if args.errors:
        for row in rows:
            if row["half"] == args.errors and set(row["gold"]) != set(row["pred"]):
                print(f"\n{row['story']} {row['kind']} {row['index']}  gold {row['gold']}  pred {row['pred']}")
                print(f"  {row.get('issue', '')} | {row['text'][:200]}")
                print(f"  words: {row['words']}")
    if args.words:
        from collections import Counter

        right, wrong = Counter(), Counter()
        for row in rows:
            if row["half"] != args.words:
                continue
            for topic, words in row["words"].items():
                for w in words:
                    (right if topic in row["gold"] else wrong)[f"{topic}: {w.lower()}"] += 1
        print("\nwords giving a wrong topic:", ", ".join(f"{k} ({n})" for k, n in wrong.most_common()))
        print("\nwords giving a right topic:", ", ".join(f"{k} ({n})" for k, n in right.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
