"""scripts/keep_rule.py: reading each measure's output and the side-by-side table, on lines in the
scripts' own formats (no pipeline run; the measuring itself is the scripts' own, tested with them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def kr():
    spec = importlib.util.spec_from_file_location("keep_rule", REPO / "scripts" / "keep_rule.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


POSITIONS = """half   stories  pos R  pos P pos F1  wrong  rel R  rel P rel F1
tune       201  0.399  0.669  0.500  0.039  0.059  0.432  0.104
       positions 490/1228 found, 625/934 right, 36 wrong stances, 8 traps hit; relations 48/810 found, 63/146 right
check       29  0.460  0.740  0.567  0.027  0.085  0.355  0.138
       positions 91/198 found, 111/150 right, 4 wrong stances, 1 traps hit; relations 10/117 found, 11/31 right
check2      12  0.325  0.681  0.440  0.064  0.020  0.250  0.036
       positions 27/83 found, 32/47 right, 3 wrong stances, 0 traps hit; relations 1/51 found, 1/4 right
"""
BASIL = """--- tune ---
quoted phrases inside an extracted quote: 120/125 = 0.960
group speakers right: 8/11 = 0.727
named persons right: 77/85
speakers: 0.906
--- check ---
group speakers right: 20/35 = 0.571
named persons right: 42/62
"""
TURNS = """317 articles (0 failed), 68.5 s
--- tune --- right 145/163 = 0.890 (description 2/3, group 2/4, pronoun 116/122)
--- caucus --- right 48/56 = 0.857 (member name 35/38, member pronoun 13/18)
--- caucus --- group right 20/37 = 0.541 (member name 16/28, member pronoun 4/9)
--- check2 --- right 60/83 = 0.723 (description 2/6, pronoun 51/68)
"""
POLNEAR = """838 articles, 106.8 s
--- ptune --- person 1822/1899 = 0.959 of found (1899/3507 found); group 451/564 = 0.800 of found (564/1612 found); left out: description 1272, pronoun 2013
--- pcheck --- person 2093/2209 = 0.947 of found (2209/4104 found); group 499/656 = 0.761 of found (656/1815 found); left out: description 1542, pronoun 2495
"""
ATTRIBUTION = """direct quotes F1: 0.951 (P 0.989 R 0.917)
speech attributions F1: 0.901 (P 0.947 R 0.858)
"""
FIGURES = """tune13 labels 116  reported 115  precision 0.887  recall 0.879  value recall 0.931  claimant right 0.843 (of 102 found)
checks labels 515  reported 497  precision 0.881  recall 0.850  value recall 0.944  claimant right 0.943 (of 438 found)
"""
BBC = """force tuning (seeds 501+, distinct events): 64 of 68 physical
random tuning: seeds 301-405 304 of 360; all seeds 1686 of 2200
checking sample seed 2026: random 25 of 40 right, force 23 of 30 physical
checking sample seed 2027: random 36 of 40 right, force 26 of 30 physical
"""


def test_positions_by_half_and_pooled(kr):
    halves = kr.read_positions(POSITIONS)
    assert halves["tune"] == (490, 1228, 625, 934, 36)
    assert halves["check2"] == (27, 83, 32, 47, 3)
    assert kr.pooled(halves) == (118, 281, 143, 197, 7)
    assert round(kr.f1(*halves["check"][:4]), 3) == 0.567


@pytest.mark.parametrize("reader, text, row, value", [
    ("read_basil", BASIL, "check persons", (42, 62)),
    ("read_basil", BASIL, "tune groups", (8, 11)),
    ("read_turns", TURNS, "caucus group", (20, 37)),
    ("read_turns", TURNS, "check2", (60, 83)),
    ("read_polnear_train", POLNEAR, "pcheck groups", (499, 656)),
    ("read_attribution", ATTRIBUTION, "speech attributions", 0.901),
    ("read_figures", FIGURES, "checks", (0.881, 0.850, 0.943)),
    ("read_bbc", BBC, "tuning lines", (1686, 2200)),
    ("read_bbc", BBC, "checking random (pooled)", (61, 80)),
    ("read_bbc", BBC, "checking force (pooled)", (49, 60)),
])
def test_each_measure_is_read(kr, reader, text, row, value):
    assert getattr(kr, reader)(text)[row] == value


def _side(path: Path, positions: str, basil: str) -> Path:
    path.mkdir()
    (path / "positions.log").write_text(positions, encoding="utf-8")
    (path / "basil.log").write_text(basil, encoding="utf-8")
    return path


def test_a_checking_figure_that_falls_is_marked(kr, tmp_path, capsys):
    base = _side(tmp_path / "base", POSITIONS, BASIL)
    worse = POSITIONS.replace("111/150 right", "111/151 right")  # one unlabelled position more on check
    better_tune = BASIL.replace("named persons right: 77/85", "named persons right: 78/85")
    new = _side(tmp_path / "new", worse, better_tune)
    table = {(m, r): mark for m, r, _, _, mark in kr.rows(base, new)}
    assert table[("positions", "check F1 (found, right, wrong)")] == "FALLS"
    assert table[("positions", "checking sets pooled F1")] == "FALLS"
    assert table[("positions", "tune F1 (found, right, wrong)")] == ""
    assert table[("basil", "tune persons")] == "rises"
    assert table[("basil", "check persons")] == ""
    assert kr.main(["--table", str(base), str(new)]) == 0
    assert "| positions | check F1 (found, right, wrong) | 0.567 (91/198, 111/150, 4) | 0.566 (91/198, 111/151, 4) | FALLS |" \
        in capsys.readouterr().out


def test_an_unknown_measure_is_refused_by_name(kr, tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        kr.main(["HEAD", "HEAD", "--out", str(tmp_path), "--only", "positions,speed"])
    assert e.value.code == 2
    assert "unknown measure(s): speed" in capsys.readouterr().err


def test_a_ref_that_names_no_commit_is_refused_by_name(kr, tmp_path):
    with pytest.raises(SystemExit) as e:
        kr.main(["HEAD", "no-such-branch-anywhere", "--out", str(tmp_path)])
    assert "'no-such-branch-anywhere' names no commit" in str(e.value.code)


def test_no_two_commits_write_one_file(kr, tmp_path):
    """The two commits' measures run at once: the records eval_speakers.py writes (basil, turns,
    PolNeAR train) go to each commit's own folder (the turns records once went to the script's
    default file for both and were garbled)."""
    a, b = tmp_path / "a", tmp_path / "b"
    for name in kr.MEASURES:
        for ca, cb in zip(kr.commands(tmp_path, a)[name], kr.commands(tmp_path, b)[name]):
            assert ca != cb or not any("eval_speakers" in part for part in ca), (name, ca)
    turns = kr.commands(tmp_path, a)["turns"][0]
    assert str(a / "turns.jsonl") in turns, turns
