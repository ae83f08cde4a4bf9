"""Topic assignment against the hand labels (eval/topics/labels.jsonl), both halves.

Measured with `.venv/bin/python scripts/eval_topics.py` (docs/topics.md): tuning half F1 0.724
(P 0.760, R 0.691), checking half F1 0.582 (P 0.589, R 0.576). The floors sit 0.02 below, so a
change to the terms, the matcher or the items upstream (positions, quotes) that loses more than
about two labelled topics on a half fails here. Terms are tuned on the tuning half only; the
checking half is the honest figure.
"""

from __future__ import annotations

import importlib.util

from conftest import REPO, shared_path

FLOORS = {"tuning": 0.70, "checking": 0.56}


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_topics", REPO / "scripts" / "eval_topics.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topic_f1_on_both_halves(nlp):
    data = shared_path("data")
    shared_path("data", "bbc-politics")
    shared_path("data", "polnear", "text")
    ev = _eval_module()
    labels = ev.load_labels()
    records = ev.analyse(sorted({label["story"] for label in labels}), data)
    results, _ = ev.evaluate(labels, records)
    print(results)
    for half, floor in FLOORS.items():
        assert results[half]["f1"] >= floor, (half, results[half])
