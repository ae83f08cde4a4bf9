"""A short smoke run of scripts/loadtest.py (a few clients for a few seconds) over a one-story
archive: the script works and the server answers concurrent search and compare requests without
an error. The real load figures (50 clients, 30 s, the BBC archive) are in docs/reliability.md."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLE
import pytest

pytestmark = pytest.mark.slow  # a load test against a running server

REPO = Path(__file__).resolve().parents[1]


def test_loadtest_smoke(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "syria.txt")
    db = tmp_path / "load.db"
    done = subprocess.run([sys.executable, "-m", "coincide", "ingest", str(folder), "--db", str(db), "--no-progress"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "loadtest.py"), "--db", str(db), "--clients", "4", "--seconds", "3"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    for kind in ("search", "compare"):
        assert report[kind]["requests"] > 0
        assert report[kind]["errors"] == 0
        assert report[kind]["p95_ms"] is not None
    assert len(report["actors"]) >= 2


def test_loadtest_refuses_a_remote_server(tmp_path):
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "loadtest.py"), "--db", str(tmp_path / "x.db"),
                          "--url", "http://192.0.2.1:8000"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "loopback" in run.stderr
