"""Quality gate: coincide_figures on the hand-labelled figures (eval/figures/labels.jsonl).

Measured with `.venv/bin/python scripts/eval_figures.py`: 332 figures in 255 sentences of 38
bbc-politics and PolNeAR stories, split by story into tune (170) and check (162). A figure is right
when value (and a range's high end), unit and what is counted (`about`) agree with the label.
Measured tune P 0.813 R 0.818, check P 0.800 R 0.765 (the code at the start of the second round
of issue 14 on the same labels: tune 0.617 / 0.682, check 0.726 / 0.704). The tune floors are
under the first round's (0.84) because the label set grew by 159 harder figures (ranges, other
stories), not because the code fell: on the first round's 173 labels it measures tune 0.884 /
0.884, check 0.820 / 0.788. Each floor sits one to three figures under the measurement, so a real
regression fails and parser noise does not.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import REPO, SHARED

TUNE_PRECISION_FLOOR = 0.80  # two figures under 0.813
TUNE_RECALL_FLOOR = 0.80  # three figures under 0.818
CHECK_PRECISION_FLOOR = 0.79  # one to two figures under 0.800; the issue asks 0.85, not reached on this half
CHECK_RECALL_FLOOR = 0.75  # two to three figures under 0.765; the issue asks 0.85, not reached on this half


def test_labelled_figures():
    for folder in ("bbc-politics", "polnear"):
        if not (SHARED / "data" / folder).is_dir():
            pytest.skip(f"{SHARED / 'data' / folder} is absent: the figures gate reads the labelled stories there")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "eval_figures.py")], capture_output=True, text=True,
                            check=True, cwd=REPO)
    got = {m.group(1): (float(m.group(2)), float(m.group(3)))
           for m in re.finditer(r"^(tune|check)\s+labels \d+\s+reported \d+\s+precision ([\d.]+)\s+recall ([\d.]+)", result.stdout, re.M)}
    assert set(got) == {"tune", "check"}, result.stdout
    assert got["tune"][0] >= TUNE_PRECISION_FLOOR, result.stdout
    assert got["tune"][1] >= TUNE_RECALL_FLOOR, result.stdout
    assert got["check"][0] >= CHECK_PRECISION_FLOOR, result.stdout
    assert got["check"][1] >= CHECK_RECALL_FLOOR, result.stdout
