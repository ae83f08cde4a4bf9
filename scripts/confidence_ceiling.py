#!/usr/bin/env python3
"""How far can the event confidence take the BBC yardstick? Two tables from the trainer's cache.

    .venv/bin/python scripts/train_event_confidence.py --dry-run --cache /tmp/c.json   # makes the cache (~1 min more)
    .venv/bin/python scripts/confidence_ceiling.py --cache /tmp/c.json

1. The yardstick by threshold, out of fold: the distinct labelled tuning events (seeds up to
   --last-seed), each scored by a model trained without its seed (the trainer's out_of_fold, at
   --lam, feature set --set); for each threshold, the events the yardstick would count right
   (yardstick_count: kept with the judged right type, or dropped when judged "none"; force
   exempt as in the shipped file) and that share. No bound is applied: this is what thresholding
   alone could reach, whatever the PLOVER and example bounds allow.
2. A learning curve: a quarter of the events held out (random, --repeats draws), the model trained
   on a half, three quarters or all of the rest; the AUC on the held-out quarter. A flat curve says
   more judgments of the same kind will not sharpen the ranking much.

Tuning judgments only (the cache holds no checking sample). Stdlib, numpy and the trainer.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_event_confidence as T  # noqa: E402  (sets the BLAS threads to one before numpy)

import numpy as np  # noqa: E402


def yardstick_by_threshold(items: list[dict], feature_set: str, lam: float) -> list[tuple[float, int, float]]:
    y = np.array([it["right"] for it in items])
    none = T.nones(items)
    names = T.feature_names(items, feature_set)
    p = T.out_of_fold(items, names, lam)
    exempt = T.exempted(items, T.EXEMPTIONS[0])
    rows = []
    for thr in T.THRESHOLDS:
        count = T.yardstick_count(y, none, (p >= thr) | exempt)
        rows.append((thr, count, count / len(items)))
    return rows, T.auc(p, y)


def learning_curve(items: list[dict], feature_set: str, lam: float, repeats: int) -> dict[float, float]:
    y = np.array([it["right"] for it in items])
    out: dict[float, list[float]] = {}
    for rep in range(repeats):
        order = list(range(len(items)))
        random.Random(rep).shuffle(order)
        test, rest = order[: len(order) // 4], order[len(order) // 4:]
        for frac in (0.5, 0.75, 1.0):
            train = [items[k] for k in rest[: int(len(rest) * frac)]]
            names = T.feature_names(train, feature_set)
            w = T.fit(train, names, lam)
            p = T.predict(w, T.matrix([items[k]["signs"] for k in test], names))
            out.setdefault(frac, []).append(T.auc(p, y[test]))
    return {frac: float(np.mean(v)) for frac, v in out.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", required=True, help="the trainer's --cache file")
    parser.add_argument("--set", default="lemma+cross", help="feature set (the shipped file's: lemma+cross)")
    parser.add_argument("--lam", type=float, default=0.01, help="L2 weight (the shipped file's: 0.01)")
    parser.add_argument("--last-seed", type=int, default=640)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    try:
        cache = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{args.cache}: cannot read the trainer's cache: {exc}")
    items = [it for it in cache["items"] if it["seed"] <= args.last_seed]
    rows, auc = yardstick_by_threshold(items, args.set, args.lam)
    right = sum(it["right"] for it in items)
    print(f"{len(items)} distinct labelled events, {right} right, {int(T.nones(items).sum())} judged none; "
          f"out-of-fold AUC {auc:.3f} ({args.set}, lambda {args.lam})")
    print(f"most the yardstick could count with a perfect filter: {right + int(T.nones(items).sum())} "
          f"({(right + int(T.nones(items).sum())) / len(items):.3f})")
    print("threshold  yardstick (out of fold, no bound)")
    for thr, count, share in rows:
        print(f"  {thr:.3f}    {count} ({share:.3f})")
    print("learning curve, AUC on a held-out quarter:")
    for frac, value in learning_curve(items, args.set, args.lam, args.repeats).items():
        print(f"  trained on {frac:.0%} of the rest: {value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
