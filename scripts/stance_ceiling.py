#!/usr/bin/env python3
"""Where does the stance classifier lose the tuning half's positions? Three tables from the
trainer's candidate cache, out of fold (the trainer's 5 folds by story), tuning stories only.

    .venv/bin/python scripts/train_stance_model.py --dry-run --cache /tmp/c.json   # makes the cache
    .venv/bin/python scripts/stance_ceiling.py --cache /tmp/c.json

1. The decision on each gold-sided candidate (a candidate whose sentence holds a gold position of
   its holder, not covered by a rule position): given, the other side preferred (the model's
   support-or-oppose argmax is not the label's), below the threshold, stopped by the margin or
   by the lexicon gate, at the given setting (default: the shipped file's).
2. Side accuracy (support vs oppose, on the gold-sided candidates) of the model's argmax and of
   each reading the features carry: the lexicons' tone (`reading_sign`) and the target-aware
   readings (`tgt_*`, where one side outweighs the other), with how many candidates each reads.
3. Ceilings of the whole output (rule positions plus the classifier's, scored as the trainer
   scores it), out of fold: the shipped model; the model's detection (1 - P(none)) with the side
   given by the labels (a model that never takes the wrong side: what a perfect side reader would
   add); and the labels' own detection with the model's side.
4. With --curve: a learning curve. Each fold is scored by a model trained on a fraction of the
   other folds' story groups (--draws random draws per fraction); out-of-fold F1 at the given
   setting. A flat curve says more labelled stories of the same kind will not lift this model.

Reads no checking-half gold (the cache holds the tuning half only). numpy and the trainer.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from own_source import put_first  # noqa: E402

put_first(Path(__file__).resolve().parents[1])  # this repository's src first (a PYTHONPATH naming another is said on stderr)
import train_stance_model as T  # noqa: E402

from coincide.nlp.stance_model import ROLES, reading_sign  # noqa: E402

FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def load(cache: str) -> tuple[list[dict], list[str]]:
    stories = json.loads(Path(cache).read_text(encoding="utf-8"))
    roles = ROLES[:6]  # the trainer's default roles (continuation left out)
    stories = [dict(s, candidates=[c for c in s["candidates"] if c["role"] in roles]) for s in stories]
    names = [n for n in T.feature_names(stories, T.MIN_STORIES) if not n.startswith("tgt_")]
    return stories, names


def out_of_fold(stories: list[dict], names: list[str], lam: float, fraction: float = 1.0,
                rng: np.random.Generator | None = None) -> np.ndarray:
    """Each story's candidates scored by a model trained on the other folds (the trainer's
    oof_probabilities), on `fraction` of their story groups drawn with `rng`."""
    def narrow(train: list[dict]) -> list[dict]:
        groups = sorted({T._group(s["path"]) for s in train})
        keep = set(rng.choice(groups, size=max(1, round(fraction * len(groups))), replace=False))
        return [s for s in train if T._group(s["path"]) in keep]

    oof = T.oof_probabilities(stories, names, lam, narrow if fraction < 1.0 else None)
    return np.vstack([p for p in oof if len(p)])


def labels(stories: list[dict]) -> np.ndarray:
    """Each candidate's class index, as the trainer's matrix() gives it ("both" counts as support)."""
    return np.array([T.CLASSES.index("support" if c["label"] == "both" else c["label"])
                     for s in stories for c in s["candidates"]], dtype=int)


def decisions(stories: list[dict], P: np.ndarray, threshold: float, margin: float, gate: str) -> collections.Counter:
    cands = [c for s in stories for c in s["candidates"]]
    out: collections.Counter = collections.Counter()
    for p, c in zip(P, cands):
        if c["covered"] or c["label"] == "none":
            continue
        side = 1 if p[1] >= p[2] else 2
        # "both": the holder takes each side in the sentence (two positions), either is right
        want = side if c["label"] == "both" else 1 if c["label"] == "support" else 2
        if side != want:
            out["the other side preferred"] += 1
            continue
        if p[side] < threshold:
            out["below the threshold"] += 1
        elif (p[side] - p[3 - side]) < margin * (p[side] + p[3 - side]):
            out["stopped by the margin"] += 1
        elif T.decide(np.array([p]), threshold, margin, gate, [c["features"]])[0] == "none":
            out["stopped by the lexicon gate"] += 1
        else:
            out["given"] += 1
    return out


def side_accuracy(stories: list[dict], P: np.ndarray) -> list[tuple[str, int, int]]:
    cands = [c for s in stories for c in s["candidates"]]
    sided = [(p, c) for p, c in zip(P, cands) if c["label"] in ("support", "oppose")]

    def reading(prefix):
        def sign(c, p):
            a, b = c["features"].get(prefix + "support", 0.0), c["features"].get(prefix + "oppose", 0.0)
            return 1 if a > b else -1 if b > a else 0
        return sign

    readers = [("the model's argmax", lambda c, p: 1 if p[1] >= p[2] else -1),
               ("the lexicons' tone (reading_sign)", lambda c, p: reading_sign(c["features"]))]
    prefixes = sorted({k.rsplit("_", 1)[0] + "_" for _, c in sided for k in c["features"]
                       if k.startswith("tgt_") and k.endswith(("_support", "_oppose")) and not k.startswith("tgt_vo_")})
    readers += [(p, reading(p)) for p in prefixes]
    rows = []
    for name, f in readers:
        read = right = 0
        for p, c in sided:
            s = f(c, p)
            if s == 0:
                continue
            read += 1
            right += (s == 1) == (c["label"] == "support")
        rows.append((name, read, right))
    return rows


def best(fast: T.FastScore, P: np.ndarray, gates=T.GATES, max_wrong: float = T.MAX_WRONG) -> tuple[tuple, dict]:
    """The best setting of the grid by F1 with wrong stances under max_wrong."""
    top = None
    for t, m, g in itertools.product(T.THRESHOLDS, T.MARGINS, gates):
        fig = fast.figures(P, t, m, g)
        if fig["wrong"] >= max_wrong * fig["predicted"]:
            continue
        if top is None or fig["f1"] > top[1]["f1"] + 1e-12:
            top = ((t, m, g), fig)
    return top


def fmt(fig: dict) -> str:
    return (f"found {fig['found']}/{fig['gold']}, right {fig['right']}/{fig['predicted']}, wrong {fig['wrong']}, "
            f"F1 {fig['f1']:.4f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", required=True, help="the trainer's candidate cache (train_stance_model.py --cache)")
    ap.add_argument("--setting", default=None, metavar="LAMBDA,THRESHOLD,MARGIN,GATE",
                    help="the operating point (default: the shipped stance-model.json's)")
    ap.add_argument("--curve", action="store_true", help="also the learning curve (about 5 minutes)")
    ap.add_argument("--draws", type=int, default=3, help="random draws per fraction of the learning curve")
    args = ap.parse_args(argv)
    if args.setting:
        lam_s, t_s, m_s, gate = args.setting.split(",")
        lam, threshold, margin = float(lam_s), float(t_s), float(m_s)
    else:
        shipped = json.loads(T.OUT.read_text(encoding="utf-8"))
        lam = shipped["trained_on"]["lambda"]
        threshold, margin, gate = shipped["threshold"], shipped["margin"], shipped["gate"]
    stories, names = load(args.cache)
    signs = [reading_sign(c["features"]) for s in stories for c in s["candidates"]]
    fast = T.FastScore(stories, signs)
    P = out_of_fold(stories, names, lam)
    y = labels(stories)
    print(f"{len(stories)} tuning stories, {len(y)} candidates, {len(names)} features; setting lambda {lam}, "
          f"threshold {threshold}, margin {margin}, gate {gate}")
    print(f"out of fold at that setting: {fmt(fast.figures(P, threshold, margin, gate))}")

    print("\n1. the gold-sided candidates (not covered by a rule position), by what the model did")
    table = decisions(stories, P, threshold, margin, gate)
    for k, v in table.most_common():
        print(f"   {v:5d}  {k}")

    print("\n2. side accuracy on the gold-sided candidates (support vs oppose)")
    print("   | reading | reads | right | share |")
    print("   | --- | ---: | ---: | ---: |")
    for name, read, right in side_accuracy(stories, P):
        print(f"   | {name} | {read} | {right} | {right / max(read, 1):.3f} |")

    print(f"\n3. ceilings of the whole output (best grid setting, wrong stances under {T.MAX_WRONG:.0%})")
    own = np.where(P[:, 1] >= P[:, 2], 1, 2)
    detect = 1.0 - P[:, 0]
    oracle_side = np.zeros_like(P)
    oracle_side[:, 0] = P[:, 0]
    oracle_side[np.arange(len(y)), np.where(y > 0, y, own)] = detect
    oracle_detect = np.zeros_like(P)
    oracle_detect[:, 0] = (y == 0).astype(float)
    oracle_detect[np.arange(len(y)), own] = (y > 0).astype(float)
    for name, Q, gates in (("the model", P, T.GATES),
                           ("the model's detection, the labels' side", oracle_side, ("none",)),
                           ("the labels' detection, the model's side", oracle_detect, ("none",))):
        found = best(fast, Q, gates)
        if found is None:  # every setting over the bar: the best F1 whatever its wrong stances
            found = best(fast, Q, gates, max_wrong=2.0)
            name += f" (no setting under {T.MAX_WRONG:.0%} wrong; the best over it)"
        print(f"   {name}: {found[0]}: {fmt(found[1])}")

    if args.curve:
        print("\n4. learning curve (out-of-fold F1 at the setting; each fold trained on a fraction of the others)")
        for frac in FRACTIONS:
            f1s = []
            for draw in range(1 if frac == 1.0 else args.draws):
                Q = out_of_fold(stories, names, lam, frac, np.random.default_rng(100 + draw))
                f1s.append(fast.figures(Q, threshold, margin, gate)["f1"])
            print(f"   {frac:.2f} of the training stories: F1 {np.mean(f1s):.4f} ({', '.join(f'{v:.4f}' for v in f1s)})",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
