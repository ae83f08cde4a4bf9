"""Quality gate: coincide_figures on the hand-labelled figures (eval/figures/labels.jsonl).

Measured with `.venv/bin/python scripts/eval_figures.py`: 281 figures in 225 sentences of 33
bbc-politics and PolNeAR stories, split by story into tune (137) and check (144). A figure is right
when value (and a range's high end), unit and what is counted (`about`) agree with the label.
Measured tune P 0.856 R 0.869, check P 0.799 R 0.771 (at the start of the second round of issue
14, on the same labels: tune 0.635 / 0.723, check 0.716 / 0.701). Each floor sits one to three
figures under the measurement, so a real regression fails and parser noise does not.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import REPO, SHARED

TUNE_PRECISION_FLOOR = 0.84  # two figures under 0.856
TUNE_RECALL_FLOOR = 0.85  # two figures under 0.869
CHECK_PRECISION_FLOOR = 0.79  # one figure under 0.799; the issue asks 0.85, not reached on this half
CHECK_RECALL_FLOOR = 0.75  # three figures under 0.771; the issue asks 0.85, not reached on this half


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
