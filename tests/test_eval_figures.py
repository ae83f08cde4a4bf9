"""scripts/eval_figures.py's claimant reading, on invented figures and labels (no pipeline run)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_figures", REPO / "scripts" / "eval_figures.py")
eval_figures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_figures)

NAMES = {"a1": "Jane Harlow", "a2": "Northfield Trust"}


@pytest.mark.parametrize("gold, got, referent, right", [
    # the label's own words
    ("the chancellor", {"source_text": "the chancellor"}, None, True),
    # a description resolved to the person it means: right only when the referent was labelled
    ("the chancellor", {"source": "a1"}, None, False),
    ("the chancellor", {"source": "a1"}, "Jane Harlow", True),
    ("the group", {"source": "a2"}, "Northfield Trust", True),
    # ... and to somebody else: wrong either way
    ("the chancellor", {"source": "a2"}, "Jane Harlow", False),
    # a pronoun label takes any source; no source is wrong
    ("She", {"source": "a2"}, None, True),
    ("the chancellor", {}, "Jane Harlow", False),
    # no claimant labelled: nothing to get wrong
    (None, {}, None, True),
])
def test_a_claimant_is_right_by_the_label_or_its_referent(gold, got, referent, right):
    assert eval_figures.claimant_ok(gold, got, NAMES, referent) is right


def test_referents_leave_out_the_descriptions_that_name_nobody(tmp_path):
    path = tmp_path / "referents.jsonl"
    rows = [{"story": "s/1.txt", "span": [5, 9], "claimant": "the chancellor", "referent": "Jane Harlow"},
            {"story": "s/1.txt", "span": [20, 24], "claimant": "a source", "referent": "none"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert eval_figures.load_referents(path) == {("s/1.txt", (5, 9)): "Jane Harlow"}
    assert eval_figures.load_referents(tmp_path / "absent.jsonl") == {}
