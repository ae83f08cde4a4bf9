"""The archive commands as a user runs them, over a real SQLite archive of the example story."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE

pytestmark = pytest.mark.slow  # builds an archive through the pipeline first


def coincide(*args):
    done = subprocess.run([sys.executable, "-m", "coincide", *args], capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("arch") / "a.db")
    status, _, err = coincide("ingest", str(EXAMPLE), "--db", path)
    assert status == 0, err
    return path


@pytest.mark.parametrize(
    "args, expect",
    [
        (["actors", "--country", "RUS"], "Vladimir Putin"),
        (["quotes", "Obama"], "resolve the issue through political means"),
        (["events", "--type", "CONSULT"], "CONSULT"),
        (["events", "--actor", "RUS", "--type", "AID"], "Bashar Assad"),
        (["events", "--actor", "obama"], "Barack Obama"),
        (["positions", "Putin"], "negotiation"),
        (["search", "weaponry"], "US-Russia positions"),
        (["compare", "RUS", "USA"], "COINCIDE"),
        (["compare", "United States", "Russia"], "COINCIDE on 4 issues"),
        (["compare", "Russia", "U.S."], "COINCIDE on 4 issues"),
        (["actors", "show", "U.S."], "a country of that ISO code"),
        (["positions", "Russia", "--speak-for", "everyone"], "Vladimir Putin: support"),
    ],
)
def test_readable_tables(db, args, expect):
    status, out, err = coincide(*args, "--db", db)
    assert status == 0, err
    assert expect in out


@pytest.mark.parametrize("args", [["actors"], ["quotes", "Putin"], ["events"], ["search", "Geneva"]])
def test_json_lines(db, args):
    status, out, _ = coincide(*args, "--db", db, "--json")
    assert status == 0
    assert out.strip() and all(json.loads(line) for line in out.splitlines())


def test_exports(db, tmp_path):
    status, out, _ = coincide("export", "--format", "gdelt-events", "--db", db)
    assert status == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows and all(len(r) == 61 for r in rows)  # the GDELT 2.0 event table's columns
    consult = next(r for r in rows if r[26] == "040")
    assert {consult[7], consult[17]} == {"USA", "RUS"} and consult[1] == "20130617"
    status, out, _ = coincide("export", "--format", "csv", "--db", db)
    assert out.splitlines()[0].startswith("story_id,published,title,section")
    status, out, _ = coincide("export", "--format", "jsonl", "--db", db)
    assert json.loads(out)["story"]["title"].startswith("US-Russia")


def test_unknown_actor_is_a_clear_error(db):
    status, _, err = coincide("compare", "Nobody Atall", "USA", "--db", db)
    assert status == 2 and "no actor called 'Nobody Atall'" in err


def test_events_actor_filter_keeps_only_that_actor(db):
    status, out, _ = coincide("events", "--actor", "Hezbollah-nobody", "--db", db)
    assert status == 0 and out.strip() == "nothing found"


@pytest.mark.parametrize("args", [["actors"], ["compare", "RUS", "USA"], ["positions", "Putin"], ["quotes", "Putin"], ["topics"]])
def test_a_read_command_refuses_a_missing_archive_and_creates_nothing(args, tmp_path):
    missing = tmp_path / "missing.db"
    status, out, err = coincide(*args, "--db", str(missing))
    assert status == 2 and "no archive there" in err and str(missing) in err
    assert not missing.exists()


def test_merge_and_split_from_the_command_line(db, tmp_path):
    import shutil

    copy = str(tmp_path / "copy.db")
    shutil.copy(db, copy)
    status, out, err = coincide("actors", "merge", "G-8", "Group of Eight Summit", "--author", "ana", "--db", copy)
    assert status == 0 and "one entity" in out, err
    status, out, _ = coincide("actors", "show", "G-8", "--db", copy)
    assert "merged by an analyst" in out
    status, out, err = coincide("actors", "split", "Group of Eight Summit", "--db", copy)
    assert status == 0, err
    status, out, _ = coincide("actors", "show", "G-8", "--db", copy)
    assert "Group of Eight" not in out
    status, _, err = coincide("actors", "merge", "G-8", "--db", copy)
    assert status == 2 and "takes 2 names" in err
