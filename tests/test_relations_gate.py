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

# raised in round 6 (issuer6u): a bare act is a matter of its own ("urged Akin to withdraw"),
# 162/275 = 0.589 [151/275 = 0.549 in round 5, on the same 72 stories]
# round 20 (issuer20p): the tuning half grew to 87 stories (the fourth draw: 76 relations, 30 of them
# one basil telling's two camps on immigration reform, whose positions name different targets, so
# the matter-by-matter logic finds 8 of the 76): 170/351 = 0.484; 0.47 is five relations under
# session 27 (issuer27p): the tuning half grew to 201 stories (the fifth draw: 460 relations, labelled
# without a second reader, some labellers pairing every court and party mechanically; docs/
# positions-labelling.md): 291/811 = 0.359 (the 87 stories as before); 0.35 is seven relations under
TUNE_RECALL_FLOOR = 0.35
# raised in round 5 (issuer6r): a relation between two story actors that one gold holder was
# placed on is no longer counted, a gold holder's names narrow its placement, and two members of
# one party who agree are one side: 257/296 = 0.868 [288/346 = 0.832 on the same 72 stories before]
# session 27 (issuer27p, 201 tuning stories): 453/537 = 0.844; 0.835 is about four right under
TUNE_PRECISION_FLOOR = 0.835
CHECK_RECALL_FLOOR = 0.37  # measured 47/117 = 0.402 in round 6 [46/117] (the half never read for rules)
# raised in round 5 (issuer6r), as the tuning floor: 66/90 = 0.733 [66/109 = 0.606 before]
CHECK_PRECISION_FLOOR = 0.70


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
