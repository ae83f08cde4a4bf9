"""Quality gate: the relation logic alone, on the gold positions of the hand-labelled stories
(eval/positions/), measured exactly as a developer runs it:

    .venv/bin/python scripts/eval_relations.py --oracle --json

Relations found end to end rest on the positions found (tests/test_positions_gate.py pins those);
here each labelled position is placed in its parsed story and coincide_relations derives the
relations from them, so a regression in matter identity, sides or polarity shows whatever the
positions do. Each floor is two or three relations under the figure measured on its line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_eval_script

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SCORE = DATA.parent / "tools" / "score.py"

TUNE_RECALL_FLOOR = 0.52  # measured 106/192 = 0.552 on the 52-story tuning half (29/75 on the 32 before round 4's labels)
TUNE_PRECISION_FLOOR = 0.83  # measured 202/233 = 0.867 (37/50 on the 32-story half)
CHECK_RECALL_FLOOR = 0.37  # measured 46/117 = 0.393 (the half never read for rules)
CHECK_PRECISION_FLOOR = 0.58  # measured 66/109 = 0.606


@pytest.fixture(scope="module")
def oracle():
    if not DATA.is_dir() or not SCORE.is_file():
        pytest.skip(f"../shared/data or score.py absent under {DATA.parent}: the relations gate needs them")
    return json.loads(run_eval_script("eval_relations.py", "--oracle-only", "--json"))


@pytest.mark.slow
@pytest.mark.parametrize("half, recall, precision", [
    ("tune", TUNE_RECALL_FLOOR, TUNE_PRECISION_FLOOR),
    ("check", CHECK_RECALL_FLOOR, CHECK_PRECISION_FLOOR),
])
def test_relation_logic_on_gold_positions(oracle, half, recall, precision):
    o = oracle[half]
    assert o["found"] / o["gold"] >= recall, o
    assert o["right"] / o["predicted"] >= precision, o
