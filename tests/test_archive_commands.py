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


@pytest.mark.parametrize("args, problem, allowed", [
    (["events", "--type", "FOO"], "'FOO' is not a PLOVER type", "AGREE, AID, ASSAULT"),
    (["events", "--since", "garbage"], "not a date: 'garbage'", "YYYY, YYYY-MM or YYYY-MM-DD"),
    (["compare", "RUS", "USA", "--until", "17/06/2013"], "not a date: '17/06/2013'", "YYYY-MM-DD"),
    (["events", "--country", "Russia"], "not an ISO3 country code", "GBR"),
])
def test_a_bad_filter_value_is_an_error_listing_what_is_allowed(db, args, problem, allowed):
    status, out, err = coincide(*args, "--db", db)
    assert status == 2 and problem in err and allowed in err and not out


def test_a_truncated_list_says_how_many_and_how_to_see_more(db):
    status, out, err = coincide("events", "--limit", "2", "--db", db)
    total = len(coincide("events", "--all", "--json", "--db", db)[1].splitlines())
    assert status == 0 and total > 2
    assert f"showing 2 of {total} events" in err and "--all" in err
    assert len(out.splitlines()) == 2 + 2  # header, rule, two rows
    status, out, err = coincide("quotes", "Obama", "--limit", "1", "--db", db)
    assert "showing 1 of" in err
    status, out, err = coincide("quotes", "Obama", "--all", "--db", db)
    assert "showing" not in err


def test_dates_leave_undated_stories_out_unless_asked(tmp_path):
    from coincide.records import StoryRecord
    from coincide.store import open_store

    import json as _json

    path = str(tmp_path / "u.db")
    record = _json.loads(coincide("analyze", str(EXAMPLE), "--json")[1])
    record["story"]["published"] = None
    for e in record["events"]:
        e["date"] = None
    with open_store(path) as store:
        store.add(StoryRecord.from_dict(record))
    assert coincide("compare", "RUS", "USA", "--db", path)[1].count("COINCIDE") == 1
    for cmd in (["compare", "RUS", "USA"], ["positions", "Putin"], ["events"]):
        status, out, _ = coincide(*cmd, "--since", "2030-01-01", "--db", path)
        assert status == 0 and "COINCIDE" not in out and "support" not in out and "CONSULT" not in out, cmd
        status, out, _ = coincide(*cmd, "--since", "2030-01-01", "--undated", "--db", path)
        assert "COINCIDE" in out or "support" in out or "CONSULT" in out, cmd


def test_analyse_is_an_alias_of_analyze():
    status, out, _ = coincide("analyse", str(EXAMPLE), "--json")
    assert status == 0 and json.loads(out)["story"]["title"].startswith("US-Russia")


@pytest.mark.parametrize("args", [["events"], ["search", "Geneva"], ["export"]])
def test_events_search_export_refuse_a_missing_archive(args, tmp_path):
    missing = tmp_path / "missing.db"
    status, out, err = coincide(*args, "--db", str(missing))
    assert status == 2 and "no archive there" in err and not missing.exists()


def test_csv_export_writes_one_file_per_section_with_names_beside_ids(db, tmp_path):
    import csv

    folder = tmp_path / "csv"
    status, _, err = coincide("export", "--format", "csv", "--output", str(folder), "--db", db)
    assert status == 0, err
    files = {p.name for p in folder.iterdir()}
    assert files == {f"{n}.csv" for n in ("stories", "actors", "quotes", "positions", "relations", "events", "figures")}
    read = {n[:-4]: list(csv.DictReader(open(folder / n, encoding="utf-8"))) for n in files}
    assert len(read["stories"]) == 1 and read["stories"][0]["published"].startswith("2013-06-17")
    actors = {(a["story_id"], a["actor_id"]): a["name"] for a in read["actors"]}
    assert read["quotes"] and all(q["speaker_name"] == actors.get((q["story_id"], q["speaker"]), "") for q in read["quotes"])
    assert all(p["holder_name"] == actors[(p["story_id"], p["holder"])] for p in read["positions"])
    assert {r["relation"] for r in read["relations"]} <= {"coincide", "diverge"} and read["relations"]
    assert all(r["actor_a_name"] and r["actor_b_name"] for r in read["relations"])
    consult = next(e for e in read["events"] if e["type"] == "CONSULT" and e["target_name"])
    assert consult["source_country"] and consult["text"]
    fig = read["figures"][0]
    assert float(fig["value"]) > 0 and fig["unit"] and "value" in fig and "kind" not in fig
    assert all(int(a["mentions"]) >= 1 for a in read["actors"])
