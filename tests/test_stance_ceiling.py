"""scripts/stance_ceiling.py: the tables that say where the stance classifier loses positions,
on invented candidate caches (no pipeline run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _cache(tmp_path: Path, side_word: bool) -> Path:
    """Twenty stories of four candidates each: a support, an oppose and two with no position.
    With side_word, a word tells support ("w=welcome") from oppose ("w=condemn"); without, both
    sided candidates read alike ("w=remark") and only the labels know the side."""
    stories = []
    for i in range(20):
        cands = []
        for label in ("support", "oppose", "none", "none"):
            word = ("w=welcome" if label == "support" else "w=condemn") if side_word else "w=remark"
            feats = {"bias": 1.0, "role=quote_direct": 1.0}
            if label == "none":
                feats["w=weather"] = 1.0
            else:
                feats[word] = 1.0
            matches = [[0 if label == "support" else 1, label]] if label != "none" else []
            cands.append({"features": feats, "label": label, "matches": matches, "covered": False,
                          "holder": "A", "role": "quote_direct", "text": "invented"})
        stories.append({"path": f"bbc-politics/{i:03d}.txt", "gold": 2, "rule_found": [], "rule_right": 0,
                        "rule_predicted": 0, "candidates": cands, "golds": [{}, {}]})
    path = tmp_path / "cache.json"
    path.write_text(json.dumps(stories), encoding="utf-8")
    return path


def _run(cache: Path) -> str:
    return subprocess.run([sys.executable, str(REPO / "scripts" / "stance_ceiling.py"), "--cache", str(cache),
                           "--setting", "0.001,0.4,0.0,none"], capture_output=True, text=True, check=True,
                          cwd=REPO).stdout


def test_a_word_that_tells_the_sides_apart_gives_every_side_right(tmp_path):
    pytest.importorskip("numpy")
    out = _run(_cache(tmp_path, side_word=True))
    assert "| the model's argmax | 40 | 40 | 1.000 |" in out
    assert "the other side preferred" not in out
    assert "   40  given" in out


def test_with_no_sign_of_the_side_only_the_labels_side_reaches_the_ceiling(tmp_path):
    pytest.importorskip("numpy")
    out = _run(_cache(tmp_path, side_word=False))
    # both sided candidates read alike: the model prefers one side for both, half of them wrong
    assert "| the model's argmax | 40 | 20 | 0.500 |" in out
    assert "   20  the other side preferred" in out
    # with the side given by the labels the classifier's detection finds every gold position
    line = next(x for x in out.splitlines() if "the model's detection, the labels' side" in x)
    assert "found 40/40" in line and "wrong 0" in line
