"""The same per-story function on every engine: one process, a process pool, a local Dask cluster.
Each gives the same records in the same order."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE
from test_ingest_archive import TEMPLATE

pytestmark = pytest.mark.slow  # worker pools and Dask clusters, each loading the model


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("engines")
    for n in range(1, 9):
        (folder / f"s{n:02d}.txt").write_text(TEMPLATE.format(n=n), encoding="utf-8")
    (folder / "s05_empty.txt").write_text("", encoding="utf-8")
    (folder / "s99.txt").write_bytes(EXAMPLE.read_bytes())
    return folder


def analyze(folder, *extra):
    done = subprocess.run([sys.executable, "-m", "coincide", "analyze", str(folder), "--json", "--no-progress", *extra],
                          capture_output=True, text=True, timeout=900)
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()], done.stderr


@pytest.fixture(scope="module")
def serial(folder):
    return analyze(folder)


@pytest.mark.parametrize("extra", [("--workers", "2"), ("--engine", "dask", "--workers", "2")], ids=["pool", "dask"])
def test_engines_agree_with_one_process(folder, serial, extra):
    status, records, err = analyze(folder, *extra)
    assert status == serial[0] == 1, err  # the empty file fails on every engine
    assert records == serial[1]


def test_unreachable_scheduler_is_a_clear_error(folder):
    status, _, err = analyze(folder, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert status == 2
    assert "Dask scheduler" in err


def test_dask_ingest_writes_to_postgresql(folder, postgres_admin_url):
    """The cluster analyses, this process writes: a local two-worker Dask cluster into PostgreSQL."""
    import uuid

    import psycopg

    name = f"dask_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = postgres_admin_url.rsplit("/", 1)[0] + "/" + name
    done = subprocess.run([sys.executable, "-m", "coincide", "ingest", str(folder), "--db", url, "--engine", "dask",
                           "--workers", "2", "--no-progress"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 1, done.stderr  # the empty file fails, the rest is stored
    with psycopg.connect(url, autocommit=True) as conn:
        stories = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        failures = conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0]
    assert (stories, failures) == (len(list(folder.glob("*.txt"))) - 1, 1)
