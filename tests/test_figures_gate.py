"""Quality gate: coincide_figures on the hand-labelled figures (eval/figures/labels.jsonl).

Measured with `.venv/bin/python scripts/eval_figures.py`: 521 figures in 400 sentences of 57
bbc-politics and PolNeAR stories. The first 38 stories are split by story into tune (171) and
check (162); the third round of issue 14 labelled 188 more in 19 stories of neither half as a
second tuning set, tune2, before reading the code's errors on them. A figure is right when value
(and a range's high end), unit and what is counted (`about`) agree with the label. Measured tune
P 0.871 R 0.871, tune2 P 0.936 R 0.856, check P 0.844 R 0.802 (at the start of the third round:
tune 0.813 / 0.818, check 0.800 / 0.765; tune2 with the carried-over commits 0.841 / 0.741 on its
first 143 labels). Each floor sits about two figures under the measurement, so a real regression
fails and parser noise does not.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import REPO, SHARED

FLOORS = {
    # half: (precision floor, recall floor)
    "tune": (0.86, 0.86),  # two figures under 0.871 / 0.871
    "tune2": (0.925, 0.845),  # two figures under 0.936 / 0.856
    "tune3": (0.72, 0.75),  # provisional, under 0.738 / 0.767 (fourth round, first rule)
    "check": (0.83, 0.79),  # two figures under 0.844 / 0.802; the issue asks 0.85, not reached on this half
}


def test_labelled_figures():
    for folder in ("bbc-politics", "polnear"):
        if not (SHARED / "data" / folder).is_dir():
            pytest.skip(f"{SHARED / 'data' / folder} is absent: the figures gate reads the labelled stories there")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "eval_figures.py")], capture_output=True, text=True,
                            check=True, cwd=REPO)
    got = {m.group(1): (float(m.group(2)), float(m.group(3)))
           for m in re.finditer(r"^(tune3|tune2|tune|check)\s+labels \d+\s+reported \d+\s+precision ([\d.]+)\s+recall ([\d.]+)", result.stdout, re.M)}
    assert set(got) == set(FLOORS), result.stdout
    for half, (p_floor, r_floor) in FLOORS.items():
        assert got[half][0] >= p_floor, (half, result.stdout)
        assert got[half][1] >= r_floor, (half, result.stdout)
