"""Quality gate: positions and relations against the hand-labelled stories of eval/positions/
(266 stories since session 44: 201 tuning, 29 checking, and the blind checking sets check2, check3 and
check4 of 12 each; PolNeAR dev and train, basil-dev, bbc-politics; docs/positions-labelling.md), measured exactly
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
# weights of issuer28r (201 tuning stories with the second-read labels, out-of-fold wrong stances under 3%).
TUNE_RECALL_FLOOR = 0.385  # session 27 (issuer27p): the tuning half grew to 201 stories (the fifth draw: 114 stories, 678 positions, labelled blind) and the classifier was retrained on it: 0.396 (483/1221; main's weights on the 201: 0.364 = 444/1221); 0.385 is about thirteen found under. Before: round 20 (issuer20p): 87 tuning stories, 0.451 (245/543), floor 0.44; measured 0.490 (220/449, issuer11p: holders across the story, round 11); before: 0.472 (212/449, issuer10p: the round-10 frames; 0.452 = 203/449 after the reported commitment; 0.445 = 200/449, 72 stories, issuer6q; 0.403 issuer6p)
TUNE_PRECISION_FLOOR = 0.655  # session 28 (issuer28r, the classifier retrained on the second-read labels): 0.670 (622/929), 0.655 is about ten right under. Before: session 27 (issuer27p, 201 tuning stories, retrained classifier, in sample): 0.656 (626/954; main's weights 0.574 = 565/985), 0.645 is about ten right under. Before: round 20 (87 stories) 0.666 (327/491), floor 0.655; session 19 audit 0.698 (298/427); 0.712 (301/423, issuer11p); 0.703 (293/417, issuer10p); 0.711 = 273/384 issuer6q; 0.696 issuer6p
TUNE_F1_FLOOR = 0.485  # session 28 (issuer28r, retrained on the second-read labels): 0.498 (487/1228 found, 622/929 right); 0.485 is about twelve found under. Before: session 27 (issuer27p, 201 tuning stories, retrained classifier, in sample): 0.494 (main's weights on the 201: 0.445; the 87 old stories 0.543); 0.48 is about twelve found under. Before: round 21 (issuer21p, 87 stories) 0.544, floor 0.525; round 20 0.538; measured 0.580 (issuer11p); 0.565 (issuer10p); 0.548 issuer6q; 0.511 issuer6p
CHECK_RECALL_FLOOR = 0.445  # session 28 (issuer28r, retrained on the second-read labels): measured 0.460 (91/198; two fewer than 93, the price of its precision); 0.445 is two found under (89/198 = 0.449). Before: session 21 merge (issuer21p's three stance rules with issuer21s's surname rules): measured 0.470 (93/198); 0.455 is two found positions under (91/198 = 0.460); before: measured 0.455 (90/198, issuer17p: feelings, judgement-33.1 verbs, a naming verb's pointing pronoun; 0.44 is two found positions under); before: 0.444 (88/198, issuer15p: the by-agent of a passive a candidate holder); before: 0.434 (86/198, issuer11p: BBC multi-sentence quotations no longer hide the narrator's 'he'); before: 0.424 (84/198, issuer10p: the round-10 frames; 0.419 = 83/198 after the reported commitment; 0.414 = 82/198 merged main ab61a5f and issuer7p; 0.409 = 81/198 issuer6q; 0.384 issuer6p): three found positions under
CHECK_PRECISION_FLOOR = 0.72  # session 28 (issuer28r): measured 0.735 (111/151); two right fewer give 0.722. Before: session 21 merge: measured 0.696 (112/161); two right fewer give 0.683; before: measured 0.689 (111/161, issuer17q: the owner's reported commitment, an act on a plan; two right fewer give 0.677); before: 0.686 (109/159, issuer17p; 0.67 is two right positions under); before: 0.664 (101/152, issuer11p; not raised: at the floor's edge); 0.669 (99/148, issuer10p; 0.671 = 98/146 before "ask"; 0.664 = 97/146 merged main ab61a5f and issuer7p; 0.667 = 96/144 issuer6q; 0.685 of 130 issuer6p): about one fewer right position (0.701 of 107 before issuer6p, whose 23 more positions are 14 right)
CHECK_F1_FLOOR = 0.55  # session 28 (issuer28r): measured 0.566; two found and two right fewer give 0.554. Before: session 21 merge: measured 0.561; two found and two right fewer give 0.550; before: measured 0.548 (issuer17q; two found and two right fewer give 0.537); before: 0.547 (issuer17p; two found and two right fewer give 0.535); before: 0.534 (issuer15p); before: 0.525 (issuer11p); before: 0.519 (issuer10p: the round-10 frames; 0.515 after the reported commitment; 0.510 merged main ab61a5f and issuer7p; 0.507 issuer6q; 0.492 issuer6p)
WRONG_STANCE_CEILING = 0.05  # the bar, on the checking half: measured 4/151 = 0.026 (session 28, retrained on the second-read labels), 8/163 = 0.049 (session 27, retrained classifier; 6/163 before), 7/154 = 0.045 (issuer15p); 7/152 (issuer11p); 7/148 (issuer10p; 7/146 issuer7p; 7/144 issuer6q; 4/130 issuer6p)
# the tuning half's own ceiling since session 27: its 114 new stories had no second reader, and 47/954 = 0.049 there is in sample;
# one stance over gives 0.0503, so the tuning ceiling sits half a point above the bar (main's weights on the 201: 53/985 = 0.054)
TUNE_WRONG_STANCE_CEILING = 0.045  # session 28 (issuer28r): 36/929 = 0.039 (49/954 = 0.051 before the retraining on the second-read labels).
ALL_RELATIONS_RECALL_FLOOR = 0.05  # session 27 (issuer27p): 56/1007 = 0.056 over the 201 tuning stories (460 more gold relations from the fifth draw, some sides paired mechanically: docs/positions-labelling.md) and check3's 28; 0.05 is about six found under. Round 20 (issuer20p): 39/519 = 0.075, floor 0.07. Before: 35/392 = 0.089 end to end (issuer15p); 32/392 = 0.082 (issuer11p); 28/392 = 0.071 (issuer10p; 23/392 before), 101 stories (bounded by the positions found)
ALL_RELATIONS_PRECISION_FLOOR = 0.30  # measured 45/115 = 0.391 (issuer11p); before: 41/110 = 0.373 (issuer10p; 33/96 = 0.344 before)


# The same yardstick with the classifier off (the stance rules alone), so the rules cannot regress
# behind the classifier.
RULES_TUNE_F1_FLOOR = 0.33  # session 27 (issuer27p, 201 tuning stories, same rules): 0.342 (301/1221 found, 341/609 right); 0.33 is about eight found under. Before: round 20 (87 stories) 0.395 (161/543, 184/311), floor 0.38; 0.411 (issuer11p); 0.397 (issuer10p; 0.370 before); 0.361 before issuer6q's named examples
RULES_CHECK_F1_FLOOR = 0.41  # measured 0.433 (61/198 found, 70/96 right, issuer17p; two found and two right fewer give 0.420); before: 0.399 (55/198 found, 63/89 right, issuer11p); before: 0.390 (53/198 found, 61/85 right, issuer10p; 0.374 = 50/198, 59/82 issuer7p: signed text as holders; 0.368 before)
RULES_WRONG_STANCE_CEILING = 0.05  # measured 8/272 (tune), 1/89 (check; issuer11p); 7/266 (tune), 1/85 (check; issuer10p; 6/238, 1/82 before)


def manifest() -> list[dict]:
    return list(csv.DictReader((EVAL / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"))


def test_labelled_set_has_the_shape_the_figures_rest_on():
    """At least 60 stories, three sets, two countries, both halves filled, the checking half at
    least as large as the first draw's (29; the second draw, issue 13 round 4, added tuning
    stories only) and never the larger, the second and third checking sets check2 (session 19, 12
    stories labelled blind), check3 (session 27, 12) and check4 (session 44, 12) present, a basil event never split across halves, every gold file present,
    exhaustive and in score.py's format."""
    rows = manifest()
    assert len(rows) >= 60
    assert len({r["set"] for r in rows}) >= 3 and len({r["country"] for r in rows}) >= 2
    halves = defaultdict(int)
    for r in rows:
        halves[r["split"]] += 1
    # check2 (session 19), check3 (session 27) and check4 (session 44): checking sets labelled blind,
    # drawn apart from both halves
    assert set(halves) == {"tune", "check", "check2", "check3", "check4"} and halves["check"] >= 29 and halves["tune"] >= halves["check"]
    assert halves["check2"] >= 12 and halves["check3"] >= 12 and halves["check4"] >= 12
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
    assert f["wrong_stance_share"] <= TUNE_WRONG_STANCE_CEILING


# check2 (session 19): 12 stories labelled blind by a developer (eval/positions/draw_check2.py),
# then checked by a second reader who writes no positions rules (10 label faults fixed in 8 files).
# First measure after the label check: R 0.277 (23/83), P 0.500 (26/52), F1 0.357, wrong stances
# 8/52 = 0.154. Floors two found and two right under (21/83 = 0.253, 24/52 = 0.462); the wrong-stance
# ceiling one stance over (9/52 = 0.173): the bar (5%) is NOT met on this set, and this
# ceiling only stops it getting worse. A smaller, harder set than check: both are reported.
# Session 21 merge (the round-21 stance and surname rules): R 0.289 (24/83), P 0.529 (27/51), F1
# 0.374, wrong stances 7/51 = 0.137. Floors two found and two right under (22/83 = 0.265, 25/51 =
# 0.490, F1 0.345); the ceiling one stance over (8/51 = 0.157). Before: 0.25, 0.46, 0.32, 0.175.
# Session 27 (issuer27p, the classifier retrained on 201 tuning stories): R 0.313 (26/83), P 0.615
# (32/52), F1 0.415, wrong stances 4/52 = 0.077. Floors two found and two right under (24/83 = 0.289,
# 30/52 = 0.577, F1 0.385); the ceiling one stance over (5/52 = 0.096). Before: 0.26, 0.485, 0.34, 0.16.
# Session 28 (issuer28r, the classifier retrained on the second-read labels): R 0.325 (27/83), P 0.681
# (32/47), F1 0.440, wrong stances 3/47 = 0.064. Floors two found and two right under (25/83 = 0.301,
# 30/47 = 0.638, F1 0.409); the ceiling one stance over (4/47 = 0.085). Before: 0.285, 0.57, 0.38, 0.10.
# Session 46 (rule DM, an obligation on a matter in attributed speech): R 0.361 (30/83), P 0.694
# (34/49), F1 0.475, wrong stances 3/49 = 0.061. Floors two found and two right under (28/83 = 0.337,
# 32/49 = 0.653, F1 0.445); the ceiling one stance over (4/49 = 0.082). Before: 0.30, 0.635, 0.405, 0.09.
CHECK2_RECALL_FLOOR = 0.335
CHECK2_PRECISION_FLOOR = 0.65
CHECK2_F1_FLOOR = 0.44
CHECK2_WRONG_STANCE_CEILING = 0.085


# check3 (session 27): 12 stories labelled blind by two developers who write no positions rules
# (eval/positions/draw_check3.py), then read by a second one, still blind to the pipeline (28 label
# faults fixed in 7 files). First measure (main's weights): R 0.244 (20/82), P 0.420 (21/50), F1 0.309,
# wrong stances 8/50 = 0.160. With the classifier retrained on 201 tuning stories: R 0.232 (19/82),
# P 0.455 (20/44), F1 0.307, wrong stances 4/44 = 0.091. Floors two found and two right under
# (17/82 = 0.207, 18/44 = 0.409, F1 0.27); the ceiling one stance over (5/44 = 0.114). The issue's
# bar (5% wrong) is not met on this set; the ceiling only stops it getting worse.
# Session 28 (issuer28r, retrained on the second-read labels): R 0.256 (21/82), P 0.469 (23/49), F1
# 0.331, wrong stances 4/49 = 0.082. Floors two found and two right under (19/82 = 0.232, 21/49 =
# 0.429, F1 0.301); the ceiling one stance over (5/49 = 0.102). Before: 0.205, 0.40, 0.27, 0.115.
CHECK3_RECALL_FLOOR = 0.23
CHECK3_PRECISION_FLOOR = 0.425
CHECK3_F1_FLOOR = 0.30
CHECK3_WRONG_STANCE_CEILING = 0.105


# check4 (session 44): 12 stories drawn as check3 was, from stories no rule was read on
# (eval/positions/draw_check4.py), labelled blind by two helpers who write no rules and read by a
# third, still blind to the pipeline (9 label faults fixed in 6 files); committed before the code
# ran on it. First measure (main e23aa88): R 0.202 (19/94), P 0.432 (19/44), F1 0.275, wrong stances
# 5/44 = 0.114. Floors two found and two right under (17/94 = 0.181, 17/44 = 0.386, F1 0.246); the
# ceiling one stance over (6/44 = 0.136). The bar (5% wrong) is not met on this set; the
# ceiling only stops it getting worse.
CHECK4_RECALL_FLOOR = 0.18
CHECK4_PRECISION_FLOOR = 0.385
CHECK4_F1_FLOOR = 0.245
CHECK4_WRONG_STANCE_CEILING = 0.14


@pytest.mark.slow
@pytest.mark.parametrize("half, recall, precision, f1, wrong", [
    ("check", CHECK_RECALL_FLOOR, CHECK_PRECISION_FLOOR, CHECK_F1_FLOOR, WRONG_STANCE_CEILING),
    ("check2", CHECK2_RECALL_FLOOR, CHECK2_PRECISION_FLOOR, CHECK2_F1_FLOOR, CHECK2_WRONG_STANCE_CEILING),
    ("check3", CHECK3_RECALL_FLOOR, CHECK3_PRECISION_FLOOR, CHECK3_F1_FLOOR, CHECK3_WRONG_STANCE_CEILING),
    ("check4", CHECK4_RECALL_FLOOR, CHECK4_PRECISION_FLOOR, CHECK4_F1_FLOOR, CHECK4_WRONG_STANCE_CEILING),
])
def test_checking_sets_positions(figures, half, recall, precision, f1, wrong):
    """The checking half and the blind checking sets check2, check3 and check4, each against its own floors."""
    f = figures[half]
    assert f["stories"] == sum(r["split"] == half for r in manifest())
    assert f["positions_recall"] >= recall
    assert f["positions_precision"] >= precision
    assert f["positions_f1"] >= f1
    assert f["wrong_stance_share"] <= wrong


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
