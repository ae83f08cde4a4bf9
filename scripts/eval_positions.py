#!/usr/bin/env python3
"""Measure positions and relations against the hand-labelled stories of eval/positions/.

    .venv/bin/python scripts/eval_positions.py                  # both halves, one table
    .venv/bin/python scripts/eval_positions.py --half tune      # the tuning half only
    .venv/bin/python scripts/eval_positions.py --half check --stories   # with one line per story
    .venv/bin/python scripts/eval_positions.py --half check2    # the second checking set only (totals)
    .venv/bin/python scripts/eval_positions.py --half check3    # the third checking set only (totals)
    .venv/bin/python scripts/eval_positions.py --half check4    # the fourth checking set only (totals)
    .venv/bin/python scripts/eval_positions.py --records /tmp/pos.jsonl # keep the story records
    .venv/bin/python scripts/eval_positions.py --reuse /tmp/pos.jsonl   # score saved records again
    .venv/bin/python scripts/eval_positions.py --changed-from /tmp/pos.jsonl  # + positions added/removed per half (counts)

The stories (eval/positions/manifest.tsv, texts in ../shared/data) go through the same code path
as `coincide analyze --json` (coincide.analyze.analyze_paths with the default settings); each
record is scored against its gold with ../shared/tools/score.py's own matching functions, then
the counts are summed per half (micro averages):

- positions recall: gold positions found / gold positions (an `any` position counts once);
- positions precision: non-neutral positions found that match a gold position / non-neutral
  positions found (score.py's `positions precision`; every labelled story is exhaustive);
- wrong stances: found positions whose holder and target match a gold position but with the
  opposite stance, plus found positions that match a trap (`absent_positions`), over the
  non-neutral positions found;
- relations recall, precision (score.py's `relations precision`: pair and kind) and F1.

Halves (the manifest's `split`): `tune`, `check`, `check2`, a second checking set of 12 stories
labelled blind in session 19 (eval/positions/draw_check2.py), and `check3`, a third of 12 labelled
blind in session 27 (eval/positions/draw_check3.py), and `check4`, a fourth of 12 labelled blind in
session 44 (eval/positions/draw_check4.py); `all` is every story. Each half's totals are
printed; `check2`, `check3` and `check4` are checking sets like `check` (totals only, never read per item).

How the set was made: docs/positions-labelling.md. Tune rules on the tuning half only; report both.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data"
SCORE = SHARED / "tools" / "score.py"
EVAL = REPO / "eval" / "positions"
MANIFEST = EVAL / "manifest.tsv"
# the manifest's splits in print order: the tuning half, then the checking sets
HALVES = ("tune", "check", "check2", "check3", "check4")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules
from own_source import put_first  # noqa: E402

put_first(REPO)  # this repository's src first (a PYTHONPATH naming another is said on stderr)


def load_score():
    """score.py is a stdlib script outside the package: import it by path, so the matching
    rules used here are exactly the scorer's."""
    spec = importlib.util.spec_from_file_location("coincide_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def manifest(half: str) -> list[dict]:
    rows = list(csv.DictReader(MANIFEST.open(encoding="utf-8"), delimiter="\t"))
    return [r for r in rows if half == "all" or r["split"] == half]


@dataclass
class Counts:
    stories: int = 0
    gold_positions: int = 0
    found_gold: int = 0
    predicted: int = 0
    right: int = 0
    wrong_stance: int = 0
    traps_hit: int = 0
    gold_relations: int = 0
    found_relations: int = 0
    predicted_relations: int = 0
    right_relations: int = 0
    per_story: list = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for name in ("stories", "gold_positions", "found_gold", "predicted", "right", "wrong_stance", "traps_hit",
                     "gold_relations", "found_relations", "predicted_relations", "right_relations"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.per_story += other.per_story

    def figures(self) -> dict:
        def ratio(a, b):
            return a / b if b else 0.0

        def f1(p, r):
            return 2 * p * r / (p + r) if p + r else 0.0

        pr, pp = ratio(self.found_gold, self.gold_positions), ratio(self.right, self.predicted)
        rr, rp = ratio(self.found_relations, self.gold_relations), ratio(self.right_relations, self.predicted_relations)
        return {
            "stories": self.stories,
            "positions_recall": pr, "positions_precision": pp, "positions_f1": f1(pp, pr),
            "wrong_stance_share": ratio(self.wrong_stance, self.predicted),
            "relations_recall": rr, "relations_precision": rp, "relations_f1": f1(rp, rr),
            "counts": {k: getattr(self, k) for k in ("gold_positions", "found_gold", "predicted", "right", "wrong_stance",
                                                      "traps_hit", "gold_relations", "found_relations",
                                                      "predicted_relations", "right_relations")},
        }


def flipped(want: dict) -> dict:
    """The same gold position with the opposite stance (support <-> oppose), `any` options too."""
    swap = {"support": "oppose", "oppose": "support"}

    def flip(w):
        return dict(w, stance="|".join(swap.get(s, s) for s in str(w["stance"]).split("|")))

    if "any" in want:
        return dict(want, any=[flip(o) for o in want["any"]])
    return flip(want)


def wrong_stances(score, got, gold: dict, found: list[dict]) -> list[tuple[dict, str]]:
    """The found positions counted as wrong stances, each with why: "trap" (it matches one of the
    story's absent_positions) or "flip" (no gold position matches it, one with the stance turned
    does). scripts/positions_errors.py --wrong lists them."""
    golds = gold.get("positions", [])
    flips = [flipped(w) for w in golds]
    traps = gold.get("absent_positions", [])
    out = []
    for p in found:
        if any(score.position_matches(got, p, t) for t in traps):
            out.append((p, "trap"))
        elif not any(score.position_matches(got, p, w) for w in golds) and any(score.position_matches(got, p, w) for w in flips):
            out.append((p, "flip"))
    return out


def score_one(score, gold: dict, record: dict) -> Counts:
    got = score.Analysis(record)
    c = Counts(stories=1)
    golds = gold.get("positions", [])
    c.gold_positions = len(golds)
    c.found_gold = sum(1 for w in golds if score.position_found(got, w))
    found = [p for p in record.get("positions") or [] if (p.get("stance") or "") != "neutral"]
    c.predicted = len(found)
    lines = score.precision_lines(gold, got)  # the scorer's own precision counts
    m = re.match(r"positions precision: (\d+)/(\d+)", lines[0])
    c.right = int(m.group(1))
    m = re.match(r"relations precision: (\d+)/(\d+)", lines[1])
    c.right_relations, c.predicted_relations = int(m.group(1)), int(m.group(2))
    c.wrong_stance = len(wrong_stances(score, got, gold, found))
    c.traps_hit = sum(1 for t in gold.get("absent_positions", []) if score.position_found(got, t))
    rel_checks = score.score_relations(gold, got)
    c.gold_relations = len(rel_checks)
    c.found_relations = sum(ok for _, ok in rel_checks)
    return c


def run_pipeline(rows: list[dict]) -> dict[str, dict]:
    """The records of `coincide analyze --json` for these stories, keyed by manifest path."""
    from coincide.analyze import analyze_paths
    from coincide.config import load_settings
    from coincide.records import ErrorRecord

    paths = [str(DATA / r["path"]) for r in rows]
    out = {}
    for row, record in zip(rows, analyze_paths(paths, load_settings())):
        if isinstance(record, ErrorRecord):
            raise SystemExit(f"{row['path']}: analysis failed: {record.message}")
        out[row["path"]] = record.to_dict()
    return out


def evaluate(half: str = "all", records: dict[str, dict] | None = None) -> dict:
    """Figures per half ('tune', 'check', 'check2', 'check3', 'check4', 'all') for the stories of `half`; records may be given
    (keyed by manifest path) to score saved analyses without running the pipeline."""
    score = load_score()
    rows = manifest(half)
    if records is None:
        records = run_pipeline(rows)
    totals = {h: Counts() for h in HALVES + ("all",)}
    for row in rows:
        gold = json.loads((EVAL / row["gold"]).read_text(encoding="utf-8"))
        c = score_one(score, gold, records[row["path"]])
        c.per_story.append({"path": row["path"], "outlet": row["outlet"], "split": row["split"],
                            **Counts.figures(c)["counts"]})
        totals[row["split"]].add(c)
        totals["all"].add(c)
    wanted = [*HALVES, "all"] if half == "all" else [half]
    return {h: totals[h].figures() | {"per_story": totals[h].per_story} for h in wanted}


def print_table(result: dict, stories: bool) -> None:
    head = f"{'half':6} {'stories':>7} {'pos R':>6} {'pos P':>6} {'pos F1':>6} {'wrong':>6} {'rel R':>6} {'rel P':>6} {'rel F1':>6}"
    print(head)
    for half, f in result.items():
        c = f["counts"]
        print(f"{half:6} {f['stories']:>7} {f['positions_recall']:>6.3f} {f['positions_precision']:>6.3f} "
              f"{f['positions_f1']:>6.3f} {f['wrong_stance_share']:>6.3f} {f['relations_recall']:>6.3f} "
              f"{f['relations_precision']:>6.3f} {f['relations_f1']:>6.3f}")
        print(f"{'':6} positions {c['found_gold']}/{c['gold_positions']} found, {c['right']}/{c['predicted']} right, "
              f"{c['wrong_stance']} wrong stances, {c['traps_hit']} traps hit; relations "
              f"{c['found_relations']}/{c['gold_relations']} found, {c['right_relations']}/{c['predicted_relations']} right")
    if stories:
        for half, f in result.items():
            if half == "all" and len(result) > 1:
                continue
            for s in f["per_story"]:
                print(f"  {s['split']:5} {s['outlet']:12} pos {s['found_gold']}/{s['gold_positions']} "
                      f"prec {s['right']}/{s['predicted']} wrong {s['wrong_stance']} "
                      f"rel {s['found_relations']}/{s['gold_relations']} prec {s['right_relations']}/{s['predicted_relations']}  {s['path']}")


def story_records(half: str | None, reuse: str | None, save: str | None) -> dict[str, dict]:
    """The labelled stories' records by manifest path: read back from `reuse` (what `save` wrote
    on an earlier run), or made by the pipeline now (and written to `save` when given)."""
    if reuse:
        records = {}
        for line in open(reuse, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                records[row["manifest_path"]] = row["record"]
        return records
    records = run_pipeline(manifest(half))
    if save:
        with open(save, "w", encoding="utf-8") as fh:
            for path, rec in records.items():
                fh.write(json.dumps({"manifest_path": path, "record": rec}, ensure_ascii=False) + "\n")
    return records


def _position_keys(record: dict) -> set[tuple]:
    return {(p.get("holder"), p.get("stance"), p.get("issue"), tuple(p.get("span") or ()))
            for p in record.get("positions") or []}


def changed_positions(half: str, before: dict[str, dict], after: dict[str, dict]) -> tuple[int, int]:
    """(added, removed): positions given in `after` and not in `before` and the other way, summed
    over a half's stories. Counts only: how a rule measured on the tuning half reaches the
    checking half is read without listing any checking item."""
    added = removed = 0
    for row in manifest(half):
        old, new = _position_keys(before[row["path"]]), _position_keys(after[row["path"]])
        added, removed = added + len(new - old), removed + len(old - new)
    return added, removed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=[*HALVES, "all"], default="all")
    ap.add_argument("--records", help="also write the story records (JSON Lines, with the manifest path) here")
    ap.add_argument("--reuse", help="score the records saved by --records instead of running the pipeline")
    ap.add_argument("--stories", action="store_true", help="one line per story")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--changed-from", metavar="RECORDS",
                    help="also count, per half, the positions added and removed since these saved records")
    args = ap.parse_args(argv)
    if not DATA.is_dir() or not SCORE.is_file():
        print(f"../shared/data or score.py absent under {SHARED}", file=sys.stderr)
        return 2
    records = story_records(args.half, args.reuse, args.records)
    result = evaluate(args.half, records)
    if args.json:
        print(json.dumps({h: {k: v for k, v in f.items() if k != "per_story"} for h, f in result.items()}, indent=1))
    else:
        print_table(result, args.stories)
    if args.changed_from:
        before = story_records(None, args.changed_from, None)
        for half in HALVES if args.half == "all" else (args.half,):
            added, removed = changed_positions(half, before, records)
            print(f"{half}: {added} positions added, {removed} removed since {args.changed_from}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
