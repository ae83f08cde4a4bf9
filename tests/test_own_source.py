"""scripts/own_source.py: the measuring scripts import coincide from their own repository, and say
so when PYTHONPATH names another source tree (session 47 read main's figures as a worktree's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from own_source import other_sources  # noqa: E402


@pytest.fixture
def other_tree(tmp_path):
    """A second checkout's src: a directory holding a coincide package."""
    (tmp_path / "src" / "coincide").mkdir(parents=True)
    (tmp_path / "src" / "coincide" / "__init__.py").write_text("")
    return tmp_path / "src"


@pytest.mark.parametrize("entries, expected", [
    ([], []),
    (["REPO_SRC"], []),  # the script's own tree: nothing to say
    (["OTHER"], ["OTHER"]),
    (["NOT_A_TREE", "OTHER"], ["OTHER"]),  # a folder without coincide is no source tree
])
def test_other_sources(other_tree, tmp_path, entries, expected):
    names = {"REPO_SRC": REPO / "src", "OTHER": other_tree, "NOT_A_TREE": tmp_path}
    path = os.pathsep.join(str(names[e]) for e in entries)
    assert other_sources(REPO, path) == [names[e].resolve() for e in expected]


@pytest.mark.parametrize("script", ["eval_positions.py", "eval_speakers.py"])
def test_a_script_says_which_code_it_measures(other_tree, script):
    env = dict(os.environ, PYTHONPATH=str(other_tree))
    run = subprocess.run([sys.executable, str(REPO / "scripts" / script), "--help"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert f"not PYTHONPATH's {other_tree.resolve()}" in run.stderr
    own = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    quiet = subprocess.run([sys.executable, str(REPO / "scripts" / script), "--help"], env=own,
                           capture_output=True, text=True, timeout=120)
    assert "not PYTHONPATH" not in quiet.stderr
