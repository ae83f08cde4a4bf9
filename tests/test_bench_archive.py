"""The archive bench's grower (scripts/bench_archive.py) on a small real archive: the copies are
stories the queries see, and their entities are resolved (a bench of an archive whose copies were
left out of the sums would time the wrong thing)."""

from __future__ import annotations

import importlib.util

from coincide import query
from coincide.records import StoryRecord
from conftest import REPO


def _grower():
    spec = importlib.util.spec_from_file_location("bench_archive", REPO / "scripts" / "bench_archive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.grow


def record(sid: str) -> StoryRecord:
    body = "Tony Blair backed the plan. Michael Howard opposed the plan."
    return StoryRecord.from_dict({
        "story": {"id": sid, "title": sid, "published": "2005-01-10T00:00:00", "body": body},
        "actors": [
            {"id": "a1", "name": "Tony Blair", "kind": "person", "country": "GBR", "mentions": [[0, 10]]},
            {"id": "a2", "name": "Michael Howard", "kind": "person", "country": "GBR", "mentions": [[28, 42]]},
        ],
        "positions": [
            {"holder": "a1", "stance": "support", "issue": "the plan", "statement": "backed the plan", "span": [0, 27]},
            {"holder": "a2", "stance": "oppose", "issue": "the plan", "statement": "opposed the plan", "span": [28, 60]},
        ],
        "pipeline_version": "1",
    })


def test_grown_copies_are_counted_for_their_entities(tmp_path):
    from coincide.store import open_store

    with open_store(str(tmp_path / "a.db")) as store:
        store.add(record("s1"))
        store.add(record("s2"))
        store.refresh_entities()
        before = store.scalar("SELECT COUNT(*) FROM entity_positions")
        assert _grower()(store, 8) == 8
        assert store.count() == 8
        assert store.scalar("SELECT COUNT(*) FROM entity_positions") == 4 * before
        blair = query.find_entity(store, "Tony Blair")
        assert store.scalar("SELECT stories FROM entities WHERE id = ?", (blair.id,)) == 8
        assert query.compare(store, blair, query.find_entity(store, "Michael Howard")), "the copies pair too"
