#!/usr/bin/env python3
"""Session 31's experiment (issue 14): does a non-linear ranker (gradient-boosted trees) over the event
confidence's own signs order the BBC tuning judgments better than the shipped logistic regression?

    pip install --target /tmp/sk --no-deps scikit-learn scipy joblib threadpoolctl narwhals   # not a dependency
    PYTHONPATH=/tmp/sk:src .venv/bin/python scripts/confidence_trees.py --cache C

C: a cache of scripts/train_event_confidence.py (--dry-run --cache C). Folds: one BBC seed held out at a
time, as the trainer; the ASSAULT/FIGHT/COERCE exemption as shipped. Prints, for each model and feature
set: out-of-fold AUC, the accuracy of kept events at the highest threshold that loses no PLOVER tune
record and no example gold event, the best at most 2/5/10/20% dropped, and a few fixed thresholds with
the PLOVER tune half's type found. The PLOVER check half and the BBC checking samples are not read.
Result and keep rule: docs/events-figures.md "Session 31".
"""
import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from own_source import put_first  # noqa: E402

put_first(REPO)  # this repository's src first (a PYTHONPATH naming another is said on stderr)
import train_event_confidence as trainer  # noqa: E402

FORCE = ("ASSAULT", "FIGHT", "COERCE")  # exempt from the threshold, as shipped
LAMBDA = 0.01  # the shipped file's
TREES = (dict(max_depth=3, learning_rate=0.05, max_iter=200, l2_regularization=1.0, min_samples_leaf=20),
         dict(max_depth=2, learning_rate=0.05, max_iter=300, min_samples_leaf=30))


def out_of_fold(seeds: np.ndarray, fit_predict) -> np.ndarray:
    """P(right) of each judged event by a model trained without its seed."""
    p = np.zeros(len(seeds))
    for seed in sorted(set(seeds)):
        held = seeds == seed
        p[held] = fit_predict(~held, held)
    return p


# The trainer's own bounds (train_event_confidence.type_found, example_found) take a linear model's
# weights; these two take any scoring function, so the trees are bounded the same way.
def plover_best_scores(plover: list[dict], score, names) -> list[float | None]:
    """Each PLOVER tune record's best score among its events of the gold type (None: no such event; a
    force event, exempt, counts as always kept)."""
    out = []
    for r in plover:
        events = [e for e in r["events"] if e["type"] == r["gold"]]
        if not events:
            out.append(None)
        elif any(e["type"] in FORCE for e in events):
            out.append(2.0)
        else:
            out.append(float(score(trainer.matrix([e["signs"] for e in events], names)).max()))
    return out


def example_bound(example: dict, score, names) -> float:
    """The highest threshold at which the example story keeps every gold event it finds with all kept."""
    scorer = trainer._shared_score()
    record, q = example["record"], score(trainer.matrix(example["signs"], names))
    found = sum(ok for _, ok in scorer.score_events(example["gold"], scorer.Analysis(record)))
    for threshold in sorted(set(q.tolist()), reverse=True):
        kept = dict(record, events=[e for e, s in zip(record["events"], q) if e["type"] in FORCE or s >= threshold])
        if sum(ok for _, ok in scorer.score_events(example["gold"], scorer.Analysis(kept))) >= found:
            return float(threshold)
    return 0.0


def report(name: str, p: np.ndarray, y: np.ndarray, exempt: np.ndarray, cache: dict, score, names) -> None:
    best = plover_best_scores(cache["plover_tune"], score, names)
    bound = min(min(b for b in best if b is not None), example_bound(cache["example"], score, names))
    right, dropped = trainer.kept(p, y, bound, exempt)
    shares = (0.02, 0.05, 0.10, 0.20)
    within = [trainer.best_within(p, y, exempt, share)[1] for share in shares]
    print(f"{name}: OOF AUC {trainer.auc(p, y):.3f}; bounded threshold {bound:.3f}: kept right {right:.3f}, dropped {dropped:.3f}; "
          + " ".join(f"<= {share}: {r:.3f}" for share, r in zip(shares, within)))
    for threshold in (0.3, 0.4, 0.5, 0.6):
        found = sum(1 for b in best if b is not None and b >= threshold) / len(cache["plover_tune"])
        right, dropped = trainer.kept(p, y, threshold, exempt)
        print(f"    {threshold}: kept right {right:.3f}, dropped {dropped:.3f}, PLOVER tune type found {found:.3f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", required=True, help="a cache written by scripts/train_event_confidence.py --cache")
    args = parser.parse_args(argv)
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        raise SystemExit("scikit-learn is not a dependency of coincide: install it apart (see the docstring)")
    cache = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    items = cache["items"]
    y = np.array([it["right"] for it in items])
    seeds = np.array([it["seed"] for it in items])
    exempt = trainer.exempted(items, FORCE)
    for feature_set in ("base", "words+vectors"):
        names = trainer.feature_names(items, feature_set)
        X = trainer.matrix([it["signs"] for it in items], names)
        p = out_of_fold(seeds, lambda train, held: trainer.predict(
            trainer.fit([it for it, t in zip(items, train) if t], names, LAMBDA), X[held]))
        w = trainer.fit(items, names, LAMBDA)
        report(f"logistic {feature_set} ({len(names)} features)", p, y, exempt, cache, lambda Z: trainer.predict(w, Z), names)
        for params in TREES:
            def fit_predict(train, held, params=params):
                model = HistGradientBoostingClassifier(random_state=0, **params).fit(X[train], y[train])
                return model.predict_proba(X[held])[:, 1]
            p = out_of_fold(seeds, fit_predict)
            model = HistGradientBoostingClassifier(random_state=0, **params).fit(X, y)
            report(f"trees {feature_set} {params}", p, y, exempt, cache, lambda Z: model.predict_proba(Z)[:, 1], names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
