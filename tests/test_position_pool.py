"""scripts/position_pool.py: positions a rule moves on unlabelled stories, as blind items, and keep
rule BL's decision over their labels (session 47)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
import position_pool as pp  # noqa: E402


@pytest.mark.parametrize("rows, verdict", [
    ([("added", "yes")] * 3, "kept"),
    ([("added", "yes"), ("added", "yes"), ("added", "no"), ("removed", "no")], "kept"),
    ([("added", "yes"), ("added", "no"), ("added", "no")], "not kept"),  # a third right: under two thirds
    ([("added", "yes"), ("added", "yes"), ("removed", "yes"), ("removed", "yes"), ("removed", "yes")], "not kept"),  # net -1
    ([("added", "yes"), ("added", "yes")], "inconclusive"),  # too few to say
])
def test_the_decision(rows, verdict):
    assert pp.decide(rows)[0] == verdict


def _analysis(path: Path, positions: list[tuple[str, str, str, tuple[int, int]]]) -> None:
    body = "Blair backed the plan.\n\nBrown opposed the tax. Kennedy backed the tax."
    record = {"story": {"source": "s1.txt", "body": body},
              "actors": [{"id": "a1", "name": "Blair"}, {"id": "a2", "name": "Brown"}, {"id": "a3", "name": "Kennedy"}],
              "positions": [{"holder": h, "stance": s, "issue": i, "statement": i, "span": list(sp)} for h, s, i, sp in positions]}
    path.write_text(json.dumps(record) + "\n" + json.dumps({"error": "bad input", "source": "s2.txt"}) + "\n")


def test_items_and_score_round_trip(tmp_path, capsys):
    base, rule = tmp_path / "base.jsonl", tmp_path / "rule.jsonl"
    _analysis(base, [("a1", "support", "plan", (0, 22)), ("a2", "oppose", "tax", (24, 46))])
    # the rule adds Kennedy's position, relabels Brown's, keeps Blair's and adds a neutral one (not counted)
    _analysis(rule, [("a1", "support", "plan", (0, 22)), ("a2", "oppose", "new tax", (24, 46)),
                     ("a3", "support", "tax", (47, 70)), ("a3", "neutral", "plan", (47, 70))])
    lab = tmp_path / "lab"
    assert pp.main(["items", str(base), f"x={rule}", "--dir", str(lab)]) == 0
    key = [json.loads(x) for x in (lab / "key.jsonl").read_text().splitlines()]
    items = [json.loads(x) for x in (lab / "items.jsonl").read_text().splitlines()]
    assert sorted((k["change"], k["holder"], k["issue"]) for k in key) == [
        ("added", "Brown", "new tax"), ("added", "Kennedy", "tax"), ("removed", "Brown", "tax")]
    assert all("change" not in i and "rule" not in i for i in items)  # the reader sees neither
    assert all("Brown opposed the tax" in i["context"] for i in items)  # the paragraph around the words
    answers = {"Kennedy": "yes", "Brown": "yes"}
    (lab / "labels.jsonl").write_text("".join(json.dumps({"item": k["item"], "label": answers[k["holder"]]}) + "\n" for k in key))
    capsys.readouterr()
    assert pp.main(["score", "--dir", str(lab)]) == 0  # read back from the files written
    assert capsys.readouterr().out.strip().endswith("added right 1.00, net +1: kept")
    assert pp.main(["export", "--dir", str(lab)]) == 0
    exported = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted((e["change"], e["holder"], e["label"]) for e in exported) == [
        ("added", "Brown", "yes"), ("added", "Kennedy", "yes"), ("removed", "Brown", "yes")]


def test_a_missing_label_is_an_error(tmp_path):
    lab = tmp_path / "lab"
    lab.mkdir()
    (lab / "key.jsonl").write_text(json.dumps({"item": 1, "rule": "x", "change": "added"}) + "\n")
    (lab / "labels.jsonl").write_text("")
    with pytest.raises(SystemExit, match="no label for items"):
        pp.main(["score", "--dir", str(lab)])
