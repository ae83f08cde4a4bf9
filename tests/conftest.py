"""Shared fixtures. Tests that need ../shared (gold, data sets, tools) skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "syria-g8-2013.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data next to the repository")
    return path


def run_eval_script(name: str, *args: str) -> str:
    """Run scripts/NAME as a developer runs it (the quality gates) and return what it printed;
    its output is shown when a gate fails, and a failed run fails the gate."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(REPO / "scripts" / name), *args],
                          capture_output=True, text=True, timeout=1800)
    print(done.stdout)
    print(done.stderr[-2000:])
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="session")
def settings():
    from coincide.config import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def nlp(settings):
    """The whole coincide pipeline on the real model, loaded once per test session."""
    from coincide.pipeline import get_nlp

    return get_nlp(settings)


@pytest.fixture(scope="session")
def parse(settings):
    """The bare spaCy model (parser and NER, none of coincide's components): text -> Doc."""
    import spacy

    return spacy.load(settings["nlp"]["model"])


@pytest.fixture(scope="session")
def postgres_admin_url():
    """A real PostgreSQL server: COINCIDE_TEST_POSTGRES, or a throwaway one started here."""
    import os

    url = os.environ.get("COINCIDE_TEST_POSTGRES")
    if url:
        yield url
        return
    from postgres_server import TempPostgres

    try:
        server = TempPostgres()
        url = server.start()
    except RuntimeError as exc:
        pytest.skip(f"PostgreSQL tests need a server: {exc}")
    yield url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """An empty archive on each backend: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    import uuid

    import psycopg

    admin = request.getfixturevalue("postgres_admin_url")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield admin.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
