"""The knowledge layer on a real archive, SQLite and PostgreSQL: entities resolved by the writer,
analysts' merges and splits kept across re-analysis, an older archive migrated, and the example
story's countries found under every name."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coincide import query
from coincide.records import Relation, StoryRecord
from coincide.store import open_store
from conftest import EXAMPLE


def story(sid, body, actors, positions=(), version="1", published="2005-01-10T00:00:00"):
    return StoryRecord.from_dict({
        "story": {"id": sid, "title": sid, "published": published, "body": body},
        "actors": actors, "positions": list(positions), "pipeline_version": version,
    })


def actor(aid, name, kind, body="", country="GBR", aliases=(), role=None):
    at = body.find(name)
    return {"id": aid, "name": name, "kind": kind, "country": country, "aliases": list(aliases), "role": role,
            "mentions": [[at, at + len(name)]] if at >= 0 else []}


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


@pytest.fixture(scope="module")
def example_record():
    out = subprocess.run([sys.executable, "-m", "coincide", "analyze", str(EXAMPLE), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[0])


def test_a_party_the_tagger_called_a_person_is_an_organisation(store):
    # "Labour said" reads like a person to NER; another story names it as the organisation
    body = "Labour said it would act."
    store.add(story("s1", body, [actor("a1", "Labour", "person", body)]))
    store.add(story("s2", body + " ", [actor("a1", "Labour", "person", body)]))
    store.add(story("s3", "The Labour party met.", [actor("a1", "Labour", "organization")]))
    store.refresh_entities()
    assert query.find_entity(store, "Labour").kind in ("organization", "party")
    assert [e["kind"] for e in query.entities(store, kind="person")["items"]] == []


@pytest.mark.parametrize("name, person_stories, other_stories, kind", [
    # a given name that most stories make a person stays one (session 37: "Bernie" was an
    # organisation for 7 stories of 49); one that other stories often make a body does not
    ("Bernie", 4, 1, "person"),
    ("Sylvia", 1, 2, "organization"),
])
def test_a_given_name_most_stories_make_a_person_is_a_person(store, name, person_stories, other_stories, kind):
    body = f"{name} said it would act."
    for n in range(person_stories):
        store.add(story(f"p{n}", body + " " * n, [actor("a1", name, "person", body)]))
    for n in range(other_stories):
        store.add(story(f"o{n}", f"They met at {name}." + " " * n, [actor("a1", name, "organization")]))
    store.refresh_entities()
    assert query.find_entity(store, name).kind == kind


def test_a_surname_joins_the_person_it_shortens_with_the_evidence_kept(store):
    body = "Tony Blair spoke. Mr Blair left."
    store.add(story("s1", body, [actor("a1", "Tony Blair", "person", body, aliases=["Blair"], role="Prime Minister")]))
    store.add(story("s2", "Blair said no.", [actor("a1", "Blair", "person", "Blair said no.")]))
    store.refresh_entities()
    who = query.find_entity(store, "Blair")
    assert who.name == "Tony Blair" and who.kind == "person"
    names = {n["key"]: n for n in query.entity_names(store, who)}
    assert set(names) == {"tony blair", "blair"}
    assert "surname" in names["blair"]["evidence"]


def test_an_entity_counts_each_story_naming_it_once_by_any_of_its_names(store):
    # one party under two names (parties.toml): a story naming both counts once, and so does a
    # story whose two actors of one name were given two kinds (a body and a group)
    store.add(story("s1", "The Tories said no.", [actor("a1", "Tories", "organization", "The Tories said no.")]))
    body = "The Conservatives and the Tories met."
    store.add(story("s2", body, [actor("a1", "Conservatives", "organization", body),
                                 actor("a2", "Tories", "organization", body)]))
    body = "Conservatives said so. The Conservatives left."
    store.add(story("s3", body, [actor("a1", "Conservatives", "organization", body),
                                 actor("a2", "Conservatives", "group", body)]))
    store.refresh_entities()
    tories = query.find_entity(store, "Tories")
    assert tories.id == query.find_entity(store, "Conservatives").id
    row = next(e for e in query.entities(store)["items"] if e["id"] == tories.id)
    assert row["stories"] == 3
    assert {n["key"]: n["stories"] for n in query.entity_names(store, tories)} == {"tory": 2, "conservative": 2}
    # a replaced story that no longer names it takes its count back
    store.add(story("s1", "Labour said no.", [actor("a1", "Labour", "organization", "Labour said no.")], version="2"))
    store.refresh_entities()
    row = next(e for e in query.entities(store)["items"] if e["id"] == tories.id)
    assert row["stories"] == 2


def test_merge_and_split_are_corrections_that_survive_reanalysis(store):
    store.add(story("s1", "Downing Street said so.", [actor("a1", "Downing Street", "organization")]))
    store.add(story("s2", "Number 10 said so.", [actor("a1", "Number 10", "organization")]))
    store.refresh_entities()
    assert query.find_entity(store, "Downing Street").id != query.find_entity(store, "Number 10").id
    query.merge(store, "Downing Street", "Number 10", author="ana")
    assert query.find_entity(store, "Downing Street").id == query.find_entity(store, "Number 10").id
    # a newer pipeline re-analyses both stories: the merge stays
    store.add(story("s1", "Downing Street said so.", [actor("a1", "Downing Street", "organization")], version="2"))
    store.add(story("s2", "Number 10 said so.", [actor("a1", "Number 10", "organization")], version="2"))
    store.refresh_entities()
    assert query.find_entity(store, "Downing Street").id == query.find_entity(store, "Number 10").id
    query.split(store, "Number 10")
    assert query.find_entity(store, "Downing Street").id != query.find_entity(store, "Number 10").id


def test_a_replaced_story_takes_its_evidence_back(store):
    store.add(story("s1", "Acme said so.", [actor("a1", "Acme", "person")]))
    store.refresh_entities()
    assert query.find_entity(store, "Acme").kind == "person"
    store.add(story("s1", "Acme said so.", [actor("a1", "Acme", "organization")], version="2"))
    store.refresh_entities()
    assert query.find_entity(store, "Acme").kind == "organization"
    assert store.fetch("SELECT kind, stories FROM name_kinds WHERE key = 'acme' AND stories > 0") == [
        {"kind": "organization", "stories": 1}]


@pytest.mark.parametrize("a, b", [("United States", "Russia"), ("USA", "Russia"), ("Russia", "U.S."), ("America", "Moscow")])
def test_the_example_compares_the_same_under_every_name_of_its_countries(a, b, store, example_record):
    store.add(StoryRecord.from_dict(example_record))
    store.refresh_entities()

    def answer(x, y):
        rows = query.compare(store, query.find_entity(store, x), query.find_entity(store, y))
        return sorted((r.issue, r.relation, r.stated, r.inferred) for r in rows)

    reference = answer("RUS", "USA")
    assert ("violence", "coincide") in {(i, r) for i, r, *_ in reference}
    assert answer(a, b) == reference


def test_an_archive_from_before_the_knowledge_layer_is_filled_in_on_open(store_url, example_record):
    """Build a version-2 archive the way that version wrote it, then open it with this one."""
    from importlib import resources

    from coincide.store.base import split_sql

    first = open_store.__module__  # noqa: F841  (the store package is importable)
    if store_url.startswith("postgresql"):
        import psycopg

        names = ["postgres_001_initial.sql", "both_002_sources.sql"]
        conn = psycopg.connect(store_url, autocommit=True)
        mark = "%s"
    else:
        import sqlite3

        names = ["sqlite_001_initial.sql", "both_002_sources.sql"]
        conn = sqlite3.connect(store_url, isolation_level=None)
        mark = "?"
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    for version, name in enumerate(names, start=1):
        for statement in split_sql(resources.files("coincide.store").joinpath("migrations", name).read_text()):
            conn.execute(statement)
        conn.execute(f"INSERT INTO schema_migrations VALUES ({mark}, {mark}, '2026-11-27')", (version, name))
    s = example_record["story"]
    conn.execute(f"INSERT INTO stories (id, source, title, published, body, pipeline_version, record, ingested_at)"
                 f" VALUES ({mark}, 'old.txt', {mark}, {mark}, {mark}, '0.1', {mark}, '2026-11-27')",
                 (s["id"], s["title"], s["published"], s["body"], json.dumps(example_record)))
    conn.close()
    with open_store(store_url) as migrated:
        assert migrated.schema_version() == len(type(migrated).migrations)
        rows = query.compare(migrated, query.find_entity(migrated, "United States"), query.find_entity(migrated, "Russia"))
        assert ("violence", "coincide") in {(r.issue, r.relation) for r in rows}
        assert query.positions(migrated, query.find_entity(migrated, "Putin"))["total"] > 0


def test_a_person_the_phoenix_dictionary_knows_has_dated_offices(store, example_record):
    store.add(StoryRecord.from_dict(example_record))
    store.refresh_entities()
    offices = query.offices_of(query.find_entity(store, "Putin"))
    assert any(o["code"] == "RUSGOV" and o["from"] for o in offices)
    assert query.offices_of(query.find_entity(store, "RUS")) == []  # a country holds no office


def test_topics_filter_comparisons_and_count_positions(store):
    """Positions carry their topics (the coincide_topics component); the writer indexes them, so a
    comparison on a topic keeps only its matters, and `topics` counts who stands where."""
    def pos(aid, stance, issue, statement, topics):
        return {"holder": aid, "stance": stance, "issue": issue, "statement": statement, "span": [0, 5],
                "topics": [{"topic": t, "words": [issue], "subtopics": subs} for t, subs in topics]}

    body = "Labour and the Tories spoke."
    actors = [actor("a1", "Labour", "organization", body), actor("b1", "Tories", "organization", body)]
    store.add(story("s1", body, actors, [pos("a1", "support", "ID card", "ID cards", [("civil_rights", ["privacy"])]),
                                         pos("b1", "oppose", "ID card", "ID cards", [("civil_rights", ["privacy"])]),
                                         pos("a1", "support", "tax", "higher taxes", [("macroeconomics", ["taxation"])]),
                                         pos("b1", "support", "tax", "higher taxes", [("macroeconomics", ["taxation"])])]))
    store.refresh_entities()
    a, b = query.find_entity(store, "Labour"), query.find_entity(store, "Tories")
    assert {(r.issue, r.relation) for r in query.compare(store, a, b)} == {("ID card", "diverge"), ("tax", "coincide")}
    assert [(r.issue, r.relation) for r in query.compare(store, a, b, topic="privacy")] == [("ID card", "diverge")]
    assert [(r.issue, r.relation) for r in query.compare(store, a, b, topic="macroeconomics")] == [("tax", "coincide")]
    counts = {t["topic"]: t["positions"] for t in query.topics(store)}
    assert counts["civil_rights"] == counts["privacy"] == 2
    detail = query.topic_detail(store, "privacy")
    assert {h["name"]: h["stances"] for h in detail["holders"]} == {"Labour": {"support": 1}, "Tories": {"oppose": 1}}
    with pytest.raises(query.ActorLookupError, match="no topic 'astrology'"):
        query.check_topic(store, "astrology")


def test_an_actor_is_never_related_to_its_own_country(store):
    """A pair of a prime minister and his country in one story is no relation between the two
    entities: he speaks for it (a relation with a third actor still counts for both)."""
    body = "Tony Blair and Britain disagree with France."
    actors = [actor("a1", "Tony Blair", "person", body, role="Prime Minister"), actor("a2", "Britain", "country", body),
              actor("a3", "France", "country", body, country="FRA")]
    record = story("s1", body, actors)
    record.relations = [Relation(actors=["a1", "a2"], relation="diverge", issue="", basis="stated", span=(0, 20)),
                        Relation(actors=["a1", "a3"], relation="diverge", issue="", basis="stated", span=(0, 20))]
    store.add(record)
    store.refresh_entities()
    blair, britain, france = (query.find_entity(store, n) for n in ("Tony Blair", "Britain", "France"))
    assert query.compare(store, blair, britain) == []
    assert [r.relation for r in query.compare(store, britain, france)] == ["diverge"]
