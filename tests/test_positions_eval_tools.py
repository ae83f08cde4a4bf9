"""The error-reading helpers of scripts/eval_positions.py and scripts/positions_errors.py, on
invented records: what a rule adds or removes per half is counted without listing any item, and
a relation whose two positions were both found is put down to the stances or to the wording."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import eval_positions as ev  # noqa: E402
from positions_errors import relation_gap  # noqa: E402


def _position(holder, stance, issue, span):
    return {"holder": holder, "stance": stance, "issue": issue, "span": list(span)}


def test_changed_positions_counts_each_half_apart():
    tune = [r["path"] for r in ev.manifest("tune")]
    check = [r["path"] for r in ev.manifest("check")]
    before = {p: {"positions": []} for p in tune + check}
    after = {p: {"positions": []} for p in tune + check}
    before[tune[0]]["positions"] = [_position("a1", "oppose", "parking charge", (0, 10))]
    after[tune[0]]["positions"] = [_position("a1", "support", "parking charge", (0, 10)),
                                   _position("a2", "oppose", "rail bill", (12, 20))]
    assert ev.changed_positions("tune", before, after) == (2, 1)
    assert ev.changed_positions("check", before, after) == (0, 0)


def test_relation_gap_reads_the_stances_against_the_kind():
    a = [_position("a1", "oppose", "parking charge", (0, 10))]
    b_same = [_position("a2", "oppose", "parking charges plan", (20, 30))]
    b_other = [_position("a2", "support", "parking charge", (20, 30))]
    assert relation_gap({"relation": "coincide"}, a, b_same) == "stances fit the kind, different issue wordings"
    assert relation_gap({"relation": "coincide"}, a, b_other) == "stances do not fit the kind, one issue wording"
    assert relation_gap({"relation": "diverge"}, a, b_other) == "stances fit the kind, one issue wording"


def test_wrong_stances_are_the_turned_and_the_trapped():
    """A position matching a gold one with its stance turned is a "flip", one matching a trap
    (absent_positions) a "trap"; a right one is neither (what eval_positions counts and
    positions_errors.py --wrong lists)."""
    from conftest import shared_path

    shared_path("tools", "score.py")
    score = ev.load_score()
    record = {"story": {"body": "Labour opposed the parking charge. The Tories backed the rail bill."},
              "actors": [{"id": "a1", "name": "Labour", "aliases": []}, {"id": "a2", "name": "The Tories", "aliases": []}],
              "positions": [_position("a1", "support", "parking charge", (7, 33)), _position("a2", "support", "rail bill", (35, 66)),
                            _position("a2", "oppose", "tax", (35, 66))]}
    gold = {"positions": [{"holder": "Labour", "stance": "oppose", "about": "parking charge"},
                          {"holder": "Tories", "stance": "support", "about": "rail bill"}],
            "absent_positions": [{"holder": "Tories", "stance": "oppose", "about": "tax"}]}
    got = score.Analysis(record)
    wrong = ev.wrong_stances(score, got, gold, record["positions"])
    assert [(p["issue"], why) for p, why in wrong] == [("parking charge", "flip"), ("tax", "trap")]
