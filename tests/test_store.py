"""The SQLite archive on a real file: idempotent adds, re-analysis, search, failures."""

from __future__ import annotations

import sqlite3

import pytest

from coincide.records import Actor, ErrorRecord, Position, Quote, Story, StoryRecord
from coincide.store import open_store


def make_record(body: str, version: str = "1", title: str = "A title") -> StoryRecord:
    import hashlib

    story = Story(id=hashlib.sha256(body.encode()).hexdigest(), source=f"{title}.txt", title=title,
                  published="2013-06-17T15:39:00", body=body)
    return StoryRecord(
        story=story,
        actors=[Actor(id="a1", name="Jane Minister", kind="person", country="GBR", role="Minister", mentions=[(0, 4)])],
        quotes=[Quote(speaker="a1", speakers=["a1"], kind="direct", text="We will not give up on the railways", span=(5, 40))],
        positions=[Position(holder="a1", stance="support", issue="railways", statement="not give up on the railways", span=(5, 40), quote=0)],
        pipeline_version=version,
    )


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


def test_add_then_again_is_unchanged(store):
    record = make_record("Jane said \"We will not give up on the railways\" on Monday.")
    assert store.add(record) == "added"
    assert store.add(record) == "unchanged"
    assert store.count() == 1
    assert store.count("quotes") == 1


def test_newer_pipeline_replaces_extractions_keeps_one_story(store):
    body = "Jane said \"We will not give up on the railways\" on Monday."
    store.add(make_record(body, version="1"))
    newer = make_record(body, version="2")
    newer.quotes.append(Quote(speaker=None, speakers=[], kind="indirect", text="more", span=(0, 4)))
    assert store.add(newer) == "replaced"
    assert store.count() == 1
    assert store.count("quotes") == 2
    assert store.record(newer.story.id)["pipeline_version"] == "2"


@pytest.mark.parametrize("query", ["railways", "railway", "give up", "Minister\" OR 1=1 --", "'; DROP TABLE stories; --"])
def test_search_takes_words_not_syntax(store, query):
    store.add(make_record("Jane said \"We will not give up on the railways\" on Monday."))
    hits = store.search(query)
    assert store.count() == 1  # nothing dropped, whatever the query
    if "railway" in query or "give up" in query:
        assert hits and hits[0]["title"] == "A title"


def test_failures_are_kept_and_cleared_by_a_later_success(store):
    store.add_failure(ErrorRecord(source="A title.txt", code="empty", message="empty file"))
    assert [f["code"] for f in store.failures()] == ["empty"]
    store.add(make_record("Some body text that is long enough.", title="A title"))
    assert store.failures() == []


def test_schema_is_versioned_and_reopening_keeps_data(store_url):
    path = store_url
    with open_store(path) as s:
        s.add(make_record("Body one is here."))
        version = s.schema_version()
    with open_store(path) as s:
        assert s.schema_version() == version >= 1
        assert s.count() == 1


def test_not_a_database_is_a_clear_error(tmp_path):
    from coincide.store import StoreError

    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(str(path))


def test_unreachable_postgres_is_a_clear_error_without_the_password():
    from coincide.store import StoreError

    with pytest.raises(StoreError, match=r"cannot connect") as info:
        open_store("postgresql://someone:secret@127.0.0.1:1/nothing")
    assert "secret" not in str(info.value)


def test_corrections_survive_reanalysis_and_export_as_gold(store):
    import io
    import json

    from coincide.export import export_corrections, export_csv

    body = "Jane said \"We will not give up on the railways\" on Monday."
    store.add(make_record(body, version="1"))
    sid = make_record(body).story.id
    store.add_correction(sid, "positions", 0, "stance", "value", value="oppose", note="she refuses", author="ana")
    assert store.add(make_record(body, version="2")) == "replaced"
    assert [c["value"] for c in store.corrections(sid)] == ["oppose"]
    out = io.StringIO()
    assert export_corrections(store, out) == 1
    gold = json.loads(out.getvalue())
    assert gold["machine"]["stance"] == "support" and gold["value"] == "oppose" and gold["pipeline_version"] == "2"
    table = io.StringIO()
    export_csv(store, table)
    assert "stance: value -> oppose" in table.getvalue()


def test_an_older_archive_is_migrated_and_keeps_its_stories(tmp_path):
    """An archive made by the first schema (as version 0.1 wrote it) is brought up to date on open."""
    from importlib import resources

    from coincide.store.base import split_sql
    from coincide.store.sqlite import SQLiteStore

    path = str(tmp_path / "old.db")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    first = resources.files("coincide.store").joinpath("migrations", SQLiteStore.migrations[0]).read_text()
    for statement in split_sql(first):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations VALUES (1, ?, '2026-11-01')", (SQLiteStore.migrations[0],))
    conn.execute("INSERT INTO stories (id, source, title, body, pipeline_version, record, ingested_at)"
                 " VALUES ('abc', 'old.txt', 'Old', 'An old body.', '0.0.1', '{}', '2026-11-01')")
    conn.commit()
    conn.close()
    with open_store(path) as new:
        assert new.schema_version() == len(SQLiteStore.migrations) >= 2
        assert new.count() == 1
        assert new.fetch("SELECT source, story_id FROM sources") == [{"source": "old.txt", "story_id": "abc"}]
