"""scripts/positions_combine.py (issue 13, round 22b) reads the shipped merge of rule and classifier
positions from outside: it wraps stance_model.model_positions to keep, per story, the rule positions
and every classifier position with a flag saying whether the shipped merge suppressed it. Its
tables and offline merges are only worth reading if that capture is faithful, so on a few tuning
stories (real pipeline, real model): the rule positions plus the unsuppressed classifier positions
are exactly the record's positions, and the offline "shipped (sentence)" merge scores exactly what
eval_positions scores on the records."""

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import eval_positions as ev  # noqa: E402

pytestmark = pytest.mark.skipif(not (ev.DATA.is_dir() and ev.SCORE.is_file()),
                                reason=f"../shared/data or score.py absent under {ev.SHARED}")

KEYS = ("holder", "stance", "issue", "span")


@pytest.fixture(scope="module")
def captured():
    import positions_combine as pc
    from coincide.nlp import stance_model as SM

    original = SM.model_positions
    kept = pc.capture()
    try:
        rows = ev.manifest("tune")[:4]
        records = ev.run_pipeline(rows)
    finally:
        SM.model_positions = original  # the wrapper must not outlive this module's tests
    items = [{"manifest_path": row["path"], "gold": row["gold"], "record": records[row["path"]],
              **kept[records[row["path"]]["story"]["body"]]} for row in rows]
    return pc, items


def _as_set(positions):
    return sorted(json.dumps([p[k] for k in KEYS]) for p in positions)


def test_capture_restores_the_shipped_function(captured):
    from coincide.nlp import stance_model as SM

    assert SM.model_positions.__name__ == "model_positions"


def test_rules_plus_unsuppressed_classifier_positions_are_the_record(captured):
    _, items = captured
    assert any(it["model"] for it in items), "no classifier position in the stories read: pick others"
    for it in items:
        merged = it["rules"] + [m for m in it["model"] if not m["suppressed"]]
        assert _as_set(merged) == _as_set(it["record"]["positions"]), it["manifest_path"]


def test_offline_shipped_merge_scores_as_eval_positions(captured, capsys):
    pc, items = captured
    score = ev.load_score()
    total = ev.Counts()
    for it in items:
        gold = json.loads((ev.EVAL / it["gold"]).read_text(encoding="utf-8"))
        total.add(ev.score_one(score, gold, it["record"]))
    c = total.figures()["counts"]
    pc.variants(items)
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("shipped (sentence)"))
    found, gold_n, right, predicted = map(int, re.search(r"(\d+)/(\d+) found, (\d+)/(\d+) right", line).groups())
    assert (found, gold_n, right, predicted) == (c["found_gold"], c["gold_positions"], c["right"], c["predicted"])
