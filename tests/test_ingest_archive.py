"""`coincide ingest` into a real archive: idempotent, and consistent after being killed half-way."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import SHARED

pytestmark = pytest.mark.slow  # ingests corpora, kills and restarts ingests and PostgreSQL

TEMPLATE = (
    "Council {n} votes on the budget\n\n"
    "The council of district {n} voted on Tuesday to approve a budget of {n} million pounds, its leader said. "
    "\"This budget protects services,\" said council leader Mary Jones. The opposition group said the plan "
    "would raise taxes and called for a new vote. Around {n}00 residents protested outside the town hall.\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Real BBC politics stories when the shared data is there, else stories written here."""
    folder = tmp_path_factory.mktemp("corpus")
    bbc = SHARED / "data" / "bbc-politics"
    files = sorted(bbc.glob("*.txt"))[:24] if bbc.is_dir() else []
    if files:
        for f in files:
            (folder / f.name).write_bytes(f.read_bytes())
    else:
        for n in range(1, 25):
            (folder / f"story{n:03d}.txt").write_text(TEMPLATE.format(n=n), encoding="utf-8")
    # The same story under another headline, as two feeds carry it: stored once, both inputs kept.
    first = sorted(folder.glob("*.txt"))[0].read_text(encoding="utf-8")
    (folder / "zz_same_story.txt").write_text("Another headline for it\n\n" + first.split("\n", 1)[1], encoding="utf-8")
    return folder


def distinct(corpus) -> int:
    return len(list(corpus.glob("*.txt"))) - 1


def ingest(folder, db, **kw):
    return subprocess.Popen([sys.executable, "-m", "coincide", "ingest", str(folder), "--db", str(db), "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def consistent(db) -> tuple[int, int]:
    """(stories, orphans): rows of extraction tables whose story is missing."""
    conn = sqlite3.connect(db)
    stories = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
    orphans = 0
    for table in ("actors", "quotes", "positions", "relations", "events", "figures"):
        orphans += conn.execute(f"SELECT COUNT(*) FROM {table} WHERE story_id NOT IN (SELECT id FROM stories)").fetchone()[0]
    orphans += conn.execute("SELECT COUNT(*) FROM search_index WHERE story_id NOT IN (SELECT id FROM stories)").fetchone()[0]
    conn.close()
    return stories, orphans


def test_ingest_twice_keeps_each_story_once(corpus, tmp_path):
    db = tmp_path / "a.db"
    first = ingest(corpus, db)
    _, err = first.communicate(timeout=900)
    assert first.returncode == 0, err
    n = distinct(corpus)
    assert consistent(db) == (n, 0)
    second = ingest(corpus, db)
    _, err = second.communicate(timeout=900)
    assert second.returncode == 0
    assert f"{n + 1} unchanged" in err.decode()
    assert f"holds {n} stories from {n + 1} inputs" in err.decode()
    assert consistent(db) == (n, 0)


@pytest.mark.parametrize("kill_after_stories", [0, 1, 6, 13])
def test_killed_ingest_resumes_to_a_consistent_archive(corpus, tmp_path, kill_after_stories):
    db = tmp_path / "k.db"
    proc = ingest(corpus, db, start_new_session=True)
    deadline = time.time() + 600
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                if kill_after_stories == 0 or consistent(db)[0] >= kill_after_stories:
                    break  # 0: as soon as the archive file exists, mid-schema or mid-first-story
            except sqlite3.OperationalError:
                pass  # schema not there yet
        time.sleep(0.05)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    try:
        stories, orphans = consistent(db)
    except sqlite3.OperationalError as exc:
        # killed before the first migration committed: an archive with no tables holds no story
        assert "no such table" in str(exc)
        stories, orphans = 0, 0
    assert orphans == 0
    n = distinct(corpus)
    assert stories <= n
    again = ingest(corpus, db)
    _, err = again.communicate(timeout=900)
    assert again.returncode == 0, err
    assert consistent(db) == (n, 0)


def test_two_ingests_at_once_lose_and_double_nothing(corpus, tmp_path):
    db = tmp_path / "two.db"
    a, b = ingest(corpus, db), ingest(corpus, db)
    _, err_a = a.communicate(timeout=900)
    _, err_b = b.communicate(timeout=900)
    assert a.returncode == 0 and b.returncode == 0, (err_a, err_b)
    assert consistent(db) == (distinct(corpus), 0)


@pytest.mark.parametrize("refuse, status, stored_all_but", [("%budget%", 2, None), ("Council 3 %", 1, 1)])
def test_database_refusals_are_clear_and_resumable(tmp_path, refuse, status, stored_all_but):
    """A database that refuses one story fails that story only; one that refuses every story stops
    the ingest with a clear message, and a later run resumes."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(1, 7):
        (folder / f"s{n}.txt").write_text(TEMPLATE.format(n=n), encoding="utf-8")
    db = tmp_path / "r.db"
    from coincide.store import open_store

    open_store(str(db)).close()  # an empty archive, then a database rule that refuses some stories
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON stories WHEN NEW.title LIKE '{refuse}' "
                 "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END")
    conn.commit()
    conn.close()
    run = ingest(folder, db)
    _, err = run.communicate(timeout=900)
    assert run.returncode == status, err
    if status == 2:
        assert b"run the ingest again to resume" in err
    else:
        assert b"could not be stored" in err and consistent(db) == (6 - stored_all_but, 0)
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER refuse")
    conn.commit()
    conn.close()
    again = ingest(folder, db)
    again.communicate(timeout=900)
    assert again.returncode == 0 and consistent(db) == (6, 0)


def test_postgres_restart_mid_ingest_ends_clearly_and_resumes(tmp_path, corpus):
    """The server goes away in the middle of an ingest: the run ends with a clear message, what was
    stored is whole, and the next run stores the rest."""
    import psycopg

    from postgres_server import TempPostgres

    try:
        server = TempPostgres()
        url = server.start()
    except RuntimeError as exc:
        pytest.skip(f"needs PostgreSQL server binaries: {exc}")
    try:
        proc = ingest(corpus, url)
        deadline = time.time() + 600
        while time.time() < deadline and proc.poll() is None:
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    if conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] >= 3:
                        break
            except psycopg.Error:
                pass  # schema not there yet
            time.sleep(0.1)
        server._run("pg_ctl", "-D", f"{server.dir}/data", "-l", f"{server.dir}/log", "-m", "fast", "-w", "restart",
                    "-o", f"-c listen_addresses=127.0.0.1 -p {server.port} -k {server.dir} -c fsync=off")
        _, err = proc.communicate(timeout=900)
        if proc.returncode != 0:
            assert any(m in err for m in (b"again to resume", b"could not be stored", b"cannot connect to the archive")), err
            assert b"Traceback" not in err
        again = ingest(corpus, url)
        _, err = again.communicate(timeout=900)
        assert again.returncode == 0, err
        with psycopg.connect(url, autocommit=True) as conn:
            stories = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
            orphans = conn.execute("SELECT COUNT(*) FROM quotes WHERE story_id NOT IN (SELECT id FROM stories)").fetchone()[0]
        assert (stories, orphans) == (distinct(corpus), 0)
    finally:
        server.stop()


def test_a_full_disk_stops_the_ingest_clearly_and_resumably(corpus, tmp_path, settings):
    """SQLite's real "database or disk is full", made by capping the file's pages on the writer."""
    from coincide.archive import ingest_paths
    from coincide.store import StoreError, open_store

    db = str(tmp_path / "full.db")
    with open_store(db) as store:
        pages = store.scalar("PRAGMA page_count")
        store._writer.execute(f"PRAGMA max_page_count = {pages + 12}")
        done = []
        with pytest.raises(StoreError, match="full.*run the ingest again to resume"):
            for result in ingest_paths([str(corpus)], store, settings):
                done.append(result.status)
        assert "failed" in done or done == []
    assert consistent(db)[1] == 0
    again = ingest(corpus, db)
    _, err = again.communicate(timeout=900)
    assert again.returncode == 0, err
    assert consistent(db) == (distinct(corpus), 0)
