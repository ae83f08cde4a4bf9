"""After an ingest, the entities are resolved again, but only the stories written since the last
refresh (and the stories naming an entity whose names or party changed) are redone, with the sums
of the entities they touch. The test: an archive grown batch by batch, with a story replaced and an
analyst's merge and split in between, ends with the same knowledge tables as one resolved whole."""

from __future__ import annotations

import pytest

from coincide import analyze_paths
from coincide.compare import story_facts
from coincide.records import StoryRecord
from coincide.store import open_store
from conftest import shared_path

# every table the knowledge layer sums per entity, with the columns that hold an entity id
TABLES = {
    "entities": ("id", "party_id"),
    "entity_keys": ("entity_id",),
    "entity_positions": ("entity_id",),
    "entity_pair_ends": ("entity_id",),
    "entity_ways": ("entity_id",),
    "entity_examples": ("entity_id",),
    "entity_pairs": ("entity_a", "entity_b"),
    "entity_quotes": ("entity_id",),
    "entity_events": ("entity_id",),
    "entity_edges": ("entity_a", "entity_b"),
    "topic_counts": (),
    "event_months": (),
}


@pytest.fixture(scope="module")
def records(settings):
    folder = shared_path("data", "bbc-politics")
    paths = sorted(folder.glob("*.txt"))[::26][:16]  # sixteen stories spread over the set
    out = [r for r in analyze_paths([str(p) for p in paths], settings) if isinstance(r, StoryRecord)]
    assert len(out) == len(paths)
    return out


def snapshot(store) -> dict[str, list[tuple]]:
    """Every row of every entity table, its entity ids written as the entities' keys (ids are
    handed out in the order entities first appear, so two archives number them differently)."""
    keys = {r["id"]: r["key"] for r in store.fetch("SELECT id, key FROM entities")}
    out = {}
    for table, id_columns in TABLES.items():
        rows = []
        for r in store.fetch(f"SELECT * FROM {table}"):
            row = dict(r)
            for c in id_columns:
                row[c] = keys.get(row[c]) if row[c] is not None else None
            rows.append(tuple(sorted((k, "" if v is None else str(v)) for k, v in row.items())))
        out[table] = sorted(rows)
    return out


def replaced(record: StoryRecord) -> StoryRecord:
    """The same story analysed again by a newer version that found one actor fewer."""
    data = record.to_dict()
    gone = data["actors"][-1]["id"]
    data["actors"] = data["actors"][:-1]
    for section, fields in (("quotes", ("speaker",)), ("positions", ("holder",)), ("events", ("source", "target"))):
        data[section] = [x for x in data.get(section) or [] if all(x.get(f) != gone for f in fields)]
    data["relations"] = [x for x in data.get("relations") or [] if gone not in (x.get("actors") or [])]
    data["pipeline_version"] = str(data.get("pipeline_version")) + "+1"
    return StoryRecord.from_dict(data)


def copied(record: StoryRecord, n: int) -> StoryRecord:
    """The same story under another id: new stories that name no new actor, so that the refresh
    only adds to the sums of entities it already knows."""
    data = record.to_dict()
    data["story"] = dict(data["story"], id=f"{data['story']['id']}-copy{n}")
    return StoryRecord.from_dict(data)


def two_people(store) -> tuple[str, str]:
    rows = store.fetch("SELECT key FROM entities WHERE kind = 'person' ORDER BY stories DESC, key LIMIT 2")
    assert len(rows) == 2
    return rows[0]["key"], rows[1]["key"]


def same_as_whole(store) -> None:
    """The tables after a refresh of what changed are those of resolving the whole archive again."""
    step_by_step = snapshot(store)
    store.rebuild_knowledge()
    whole = snapshot(store)
    for table in TABLES:
        assert step_by_step[table] == whole[table], table


def test_a_refresh_of_what_changed_equals_resolving_the_whole_archive(records, store_url, tmp_path):
    with open_store(store_url) as grown:
        for r in records[:8]:
            grown.add(r)
        grown.refresh_entities()
        for r in records[8:12]:
            grown.add(r)
        grown.refresh_entities(full=False)
        assert grown.scalar("SELECT COUNT(*) FROM entity_positions"), "the stories gave positions to sum"
        same_as_whole(grown)
        # an analyst corrects a position of a story that also relates two actors (its network edges
        # and its topics are counted already and must not be counted twice)
        positions = grown.fetch("SELECT story_id, idx FROM position_facts WHERE story_id IN (SELECT story_id FROM relations)"
                                " ORDER BY story_id, idx LIMIT 1")
        assert positions, "a story with positions relates two actors"
        grown.add_correction(positions[0]["story_id"], "positions", positions[0]["idx"], "stance", "wrong")
        grown.refresh_entities(full=False)
        same_as_whole(grown)
        a, b = two_people(grown)
        grown.add_entity_correction("merge", a, b)
        grown.add(replaced(records[1]))
        grown.refresh_entities(full=False)
        same_as_whole(grown)
        grown.add_entity_correction("split", a)
        for r in records[12:]:
            grown.add(r)
        assert grown.scalar("SELECT COUNT(*) FROM knowledge_dirty") == len(records) - 12
        grown.refresh_entities(full=False)
        assert grown.scalar("SELECT COUNT(*) FROM knowledge_dirty") == 0
        same_as_whole(grown)
        # most of the copies' entities keep their names and party: their sums are redone matter by
        # matter; the stories that relate two actors are among them, so pairs are summed that way too
        related = [r for r in records if story_facts(r)[1]]
        assert related, "some stories relate two actors"
        for n, r in enumerate([records[0], *related]):
            grown.add(copied(r, n))
        grown.refresh_entities(full=False)
        same_as_whole(grown)


def test_an_entity_is_named_by_the_spelling_most_stories_use_whatever_their_order(tmp_path):
    from test_knowledge_layer import actor, story

    spellings = ["Tory Party", "Tories", "Tories"]
    named = []
    for order in (spellings, spellings[::-1]):
        with open_store(str(tmp_path / f"{len(named)}.db")) as store:
            for n, name in enumerate(order):
                body = f"The {name} said no."
                store.add(story(f"s{n}", body, [actor("a1", name, "organization", body)]))
            store.refresh_entities()
            named.append(store.scalar("SELECT display FROM name_displays WHERE key = 'tory'"))
    assert named == ["Tories", "Tories"]
