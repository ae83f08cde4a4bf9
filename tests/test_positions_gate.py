"""Quality gate: positions and relations against the hand-labelled stories of eval/positions/
(81 stories, 52 tuning and 29 checking: PolNeAR dev, basil-dev, bbc-politics; docs/positions-labelling.md), measured exactly
as a developer runs it:

    .venv/bin/python scripts/eval_positions.py

Both halves are pinned: the tuning half (rules are written from its errors) and the checking half
(never read for rules). Each floor sits a little under the figure measured on its line, so an
honest change that costs a position or two passes and a regression fails. Raise a floor when the figure rises; never lower one to let a
change in. The set itself is checked without the data (its shape is what the figures rest on).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import run_eval_script

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SCORE = DATA.parent / "tools" / "score.py"
EVAL = REPO / "eval" / "positions"

# Default settings: the stance rules plus the trained stance classifier (docs/positions-model.md),
# weights of issuer4m (52 tuning stories, out-of-fold wrong stances under 3%).
TUNE_RECALL_FLOOR = 0.44  # round 20 (issuer20p): the tuning half grew to 87 stories (the fourth draw, 15 stories labelled blind, 94 positions); same code and weights: 0.451 (245/543), of which the 72 old stories 217/449 and the 15 new 28/94; 0.44 is six found positions under. Before: measured 0.490 (220/449, issuer11p: holders across the story, round 11); before: 0.472 (212/449, issuer10p: the round-10 frames; 0.452 = 203/449 after the reported commitment; 0.445 = 200/449, 72 stories, issuer6q; 0.403 issuer6p): about eleven found positions under
TUNE_PRECISION_FLOOR = 0.655  # round 20 (issuer20p, 87 tuning stories, same code and weights): 0.666 (327/491; the 15 new stories 29/64), 0.655 is about five right positions under. Before: session 19 audit (issuer19a: 9 rules kept as neutral dropped, no checking figure moved): measured 0.698 (298/427), two fewer right 0.693; before: 0.712 (301/423, issuer11p); before: 0.703 (293/417, issuer10p: the round-10 frames; 0.696 = 277/398 after the reported commitment, 4 of its 11 right; 0.705 = 273/387, issuer7p: signed text as holders; 0.711 = 273/384 issuer6q; 0.696 issuer6p): two fewer right positions at 398
TUNE_F1_FLOOR = 0.525  # round 21 (issuer21p): 0.539 (246/543, 328/492) after the quoted predicate read by its valence, 0.542 (248/543, 330/495) after the accusation by a bad word, 0.544 (249/543, 331/496) after the naming frame on any actor; the floor stays (about nine found under). Round 20 (issuer20p, 87 tuning stories, same code and weights): 0.538 (the 72 old stories 0.571, the 15 new 0.359). Before: measured 0.580 (issuer11p: holders, round 11); before: 0.565 (issuer10p: the round-10 frames; 0.546 before, 0.548 issuer6q: named examples of a subject as holders, retrained; 0.511 issuer6p)
CHECK_RECALL_FLOOR = 0.455  # session 21 merge (issuer21p's three stance rules with issuer21s's surname rules): measured 0.470 (93/198); 0.455 is two found positions under (91/198 = 0.460); before: measured 0.455 (90/198, issuer17p: feelings, judgement-33.1 verbs, a naming verb's pointing pronoun; 0.44 is two found positions under); before: 0.444 (88/198, issuer15p: the by-agent of a passive a candidate holder); before: 0.434 (86/198, issuer11p: BBC multi-sentence quotations no longer hide the narrator's 'he'); before: 0.424 (84/198, issuer10p: the round-10 frames; 0.419 = 83/198 after the reported commitment; 0.414 = 82/198 merged main ab61a5f and issuer7p; 0.409 = 81/198 issuer6q; 0.384 issuer6p): three found positions under
CHECK_PRECISION_FLOOR = 0.68  # session 21 merge: measured 0.696 (112/161); two right fewer give 0.683; before: measured 0.689 (111/161, issuer17q: the owner's reported commitment, an act on a plan; two right fewer give 0.677); before: 0.686 (109/159, issuer17p; 0.67 is two right positions under); before: 0.664 (101/152, issuer11p; not raised: at the floor's edge); 0.669 (99/148, issuer10p; 0.671 = 98/146 before "ask"; 0.664 = 97/146 merged main ab61a5f and issuer7p; 0.667 = 96/144 issuer6q; 0.685 of 130 issuer6p): about one fewer right position (0.701 of 107 before issuer6p, whose 23 more positions are 14 right)
CHECK_F1_FLOOR = 0.545  # session 21 merge: measured 0.561; two found and two right fewer give 0.550; before: measured 0.548 (issuer17q; two found and two right fewer give 0.537); before: 0.547 (issuer17p; two found and two right fewer give 0.535); before: 0.534 (issuer15p); before: 0.525 (issuer11p); before: 0.519 (issuer10p: the round-10 frames; 0.515 after the reported commitment; 0.510 merged main ab61a5f and issuer7p; 0.507 issuer6q; 0.492 issuer6p)
WRONG_STANCE_CEILING = 0.05  # measured 10/422 = 0.024 (tune), 7/154 = 0.045 (check, issuer15p); 10/423, 7/152 (issuer11p); 9/417 = 0.022 (tune), 7/148 = 0.047 (check, issuer10p; 9/387, 7/146 issuer7p; 7/144 issuer6q; 4/130 issuer6p); the bar
ALL_RELATIONS_RECALL_FLOOR = 0.07  # round 20 (issuer20p): 39/519 = 0.075, the same 39 found over 76 more gold relations (the fourth draw's tuning stories; check 11/117 and check2 1/51 unchanged); 0.07 is two found relations under. Before: measured 35/392 = 0.089 end to end (issuer15p; 0.08 is three under); before: 32/392 = 0.082 end to end (issuer11p); before: 28/392 = 0.071 end to end (issuer10p; 23/392 before), 101 stories (bounded by the positions found)
ALL_RELATIONS_PRECISION_FLOOR = 0.30  # measured 45/115 = 0.391 (issuer11p); before: 41/110 = 0.373 (issuer10p; 33/96 = 0.344 before)


# The same yardstick with the classifier off (the stance rules alone), so the rules cannot regress
# behind the classifier.
RULES_TUNE_F1_FLOOR = 0.38  # round 20 (issuer20p, 87 tuning stories, same code): 0.395 (161/543 found, 184/311 right); 0.38 is about four found under. Before: measured 0.411 (140/449 found, 164/272 right, issuer11p: holders round 11); before: 0.397 (134/449 found, 158/266 right, issuer10p: reported commitments, obligations with no actor subject, liking/loathing verbs, 'sponsor', 'ask X to'; 0.370 = 121/449, 140/238 before; 0.361 before issuer6q's named examples)
RULES_CHECK_F1_FLOOR = 0.41  # measured 0.433 (61/198 found, 70/96 right, issuer17p; two found and two right fewer give 0.420); before: 0.399 (55/198 found, 63/89 right, issuer11p); before: 0.390 (53/198 found, 61/85 right, issuer10p; 0.374 = 50/198, 59/82 issuer7p: signed text as holders; 0.368 before)
RULES_WRONG_STANCE_CEILING = 0.05  # measured 8/272 (tune), 1/89 (check; issuer11p); 7/266 (tune), 1/85 (check; issuer10p; 6/238, 1/82 before)


def manifest() -> list[dict]:
    return list(csv.DictReader((EVAL / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"))


def test_labelled_set_has_the_shape_the_figures_rest_on():
    """At least 60 stories, three sets, two countries, both halves filled, the checking half at
    least as large as the first draw's (29; the second draw, issue 13 round 4, added tuning
    stories only) and never the larger, the second checking set check2 (session 19, 12 stories
    labelled blind) present, a basil event never split across halves, every gold file present,
    exhaustive and in score.py's format."""
    rows = manifest()
    assert len(rows) >= 60
    assert len({r["set"] for r in rows}) >= 3 and len({r["country"] for r in rows}) >= 2
    halves = defaultdict(int)
    for r in rows:
        halves[r["split"]] += 1
    # check2 (session 19): a second checking set labelled blind, drawn apart from both halves
    assert set(halves) == {"tune", "check", "check2"} and halves["check"] >= 29 and halves["tune"] >= halves["check"]
    assert halves["check2"] >= 12
    by_event = defaultdict(set)
    for r in rows:
        by_event[r["group"]].add(r["split"])
    assert all(len(s) == 1 for s in by_event.values())
    for r in rows:
        gold = json.loads((EVAL / r["gold"]).read_text(encoding="utf-8"))
        assert gold.get("exhaustive") is True, r["gold"]
        for p in gold["positions"] + gold["absent_positions"]:
            assert p["holder"]
            for option in p.get("any", [p]):
                assert option["stance"] in ("support", "oppose") and option["about"], r["gold"]
        for rel in gold["relations"]:
            assert len(rel["actors"]) == 2 and rel["relation"] in ("coincide", "diverge"), r["gold"]


@pytest.fixture(scope="module")
def figures():
    if not DATA.is_dir() or not SCORE.is_file():
        pytest.skip(f"../shared/data or score.py absent under {DATA.parent}: the positions gate needs them")
    missing = [r["path"] for r in manifest() if not (DATA / r["path"]).is_file()]
    if missing:
        pytest.skip(f"{len(missing)} labelled stories absent from {DATA} (first: {missing[0]})")
    return json.loads(run_eval_script("eval_positions.py", "--json"))


@pytest.mark.slow
def test_tuning_half_positions(figures):
    f = figures["tune"]
    assert f["stories"] == sum(r["split"] == "tune" for r in manifest())
    assert f["positions_recall"] >= TUNE_RECALL_FLOOR
    assert f["positions_precision"] >= TUNE_PRECISION_FLOOR
    assert f["positions_f1"] >= TUNE_F1_FLOOR
    assert f["wrong_stance_share"] <= WRONG_STANCE_CEILING


@pytest.mark.slow
def test_checking_half_positions(figures):
    f = figures["check"]
    assert f["stories"] == sum(r["split"] == "check" for r in manifest())
    assert f["positions_recall"] >= CHECK_RECALL_FLOOR
    assert f["positions_precision"] >= CHECK_PRECISION_FLOOR
    assert f["positions_f1"] >= CHECK_F1_FLOOR
    assert f["wrong_stance_share"] <= WRONG_STANCE_CEILING


# check2 (session 19): 12 stories labelled blind by a developer (eval/positions/draw_check2.py),
# then checked by a second reader who writes no positions rules (10 label faults fixed in 8 files).
# First measure after the label check: R 0.277 (23/83), P 0.500 (26/52), F1 0.357, wrong stances
# 8/52 = 0.154. Floors two found and two right under (21/83 = 0.253, 24/52 = 0.462); the wrong-stance
# ceiling one stance over (9/52 = 0.173): the bar (5%) is NOT met on this set, and this
# ceiling only stops it getting worse. A smaller, harder set than check: both are reported.
# Session 21 merge (the round-21 stance and surname rules): R 0.289 (24/83), P 0.529 (27/51), F1
# 0.374, wrong stances 7/51 = 0.137. Floors two found and two right under (22/83 = 0.265, 25/51 =
# 0.490, F1 0.345); the ceiling one stance over (8/51 = 0.157). Before: 0.25, 0.46, 0.32, 0.175.
CHECK2_RECALL_FLOOR = 0.26
CHECK2_PRECISION_FLOOR = 0.485
CHECK2_F1_FLOOR = 0.34
CHECK2_WRONG_STANCE_CEILING = 0.16


@pytest.mark.slow
def test_second_checking_set_positions(figures):
    f = figures["check2"]
    assert f["stories"] == sum(r["split"] == "check2" for r in manifest())
    assert f["positions_recall"] >= CHECK2_RECALL_FLOOR
    assert f["positions_precision"] >= CHECK2_PRECISION_FLOOR
    assert f["positions_f1"] >= CHECK2_F1_FLOOR
    assert f["wrong_stance_share"] <= CHECK2_WRONG_STANCE_CEILING


@pytest.mark.slow
def test_relations_both_halves(figures):
    f = figures["all"]
    assert f["relations_recall"] >= ALL_RELATIONS_RECALL_FLOOR
    assert f["relations_precision"] >= ALL_RELATIONS_PRECISION_FLOOR


@pytest.fixture(scope="module")
def rules_figures(figures, tmp_path_factory):
    """eval_positions.py as a developer runs it with a settings file that turns the classifier off."""
    import os
    import subprocess
    import sys

    config = tmp_path_factory.mktemp("stance") / "off.toml"
    config.write_text("[components.coincide_positions]\nstance_model = false\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "eval_positions.py"), "--json"],
                          capture_output=True, text=True, timeout=1800, env=dict(os.environ, COINCIDE_CONFIG=str(config)))
    print(done.stdout)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.slow
def test_rules_alone_positions_both_halves(rules_figures):
    assert rules_figures["tune"]["positions_f1"] >= RULES_TUNE_F1_FLOOR
    assert rules_figures["check"]["positions_f1"] >= RULES_CHECK_F1_FLOOR
    for half in ("tune", "check"):
        assert rules_figures[half]["wrong_stance_share"] <= RULES_WRONG_STANCE_CEILING
