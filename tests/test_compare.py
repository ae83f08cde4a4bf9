"""Comparison across stories, on story records as the archive stores them."""

from __future__ import annotations

import pytest

from coincide.compare import ActorLookupError, compare, positions_of, resolve_actor


def story(sid, published, actors, positions=(), relations=()):
    body = "First sentence here. Second sentence there. Third one too."
    return {
        "story": {"id": sid, "title": f"Story {sid}", "published": published, "body": body},
        "actors": [dict(a, mentions=[[0, 5]]) for a in actors],
        "positions": [dict(p, statement=p["issue"], span=[0, 19]) for p in positions],
        "relations": list(relations),
    }


LEADERS = [
    {"id": "a1", "name": "Vera Petrova", "kind": "person", "country": "RUS", "aliases": ["Petrova"]},
    {"id": "a2", "name": "John Smith", "kind": "person", "country": "USA", "aliases": ["Smith"]},
    {"id": "a3", "name": "Russia", "kind": "country", "country": "RUS", "aliases": []},
]
RECORDS = [
    story("s1", "2013-06-17T10:00:00", LEADERS, [
        {"holder": "a1", "stance": "support", "issue": "violence"},
        {"holder": "a2", "stance": "support", "issue": "violence"},
        {"holder": "a1", "stance": "support", "issue": "arms supply"},
        {"holder": "a2", "stance": "oppose", "issue": "arms supply"},
        {"holder": "a2", "stance": "neutral", "issue": "elections"},
        {"holder": "a1", "stance": "neutral", "issue": "elections"},
    ], [{"actors": ["a2", "a1"], "relation": "diverge", "issue": "", "basis": "stated", "span": [21, 43]}]),
    story("s2", "2014-01-02T10:00:00", LEADERS[:2], [
        {"holder": "a1", "stance": "oppose", "issue": "violence"},
        {"holder": "a2", "stance": "support", "issue": "violence"},
    ]),
]


@pytest.mark.parametrize("text, expect", [("RUS", "country"), ("Petrova", "names"), ("vera petrova", "names"), ("Smith", "names")])
def test_resolve_by_code_alias_and_name(text, expect):
    q = resolve_actor(text, RECORDS)
    assert (q.country is not None) == (expect == "country")


def test_unknown_actor_says_so_with_a_hint():
    with pytest.raises(ActorLookupError, match="no actor called 'Petrov'.*Petrova|did you mean"):
        resolve_actor("Petrov", RECORDS)


def test_ambiguous_actor_says_so():
    records = RECORDS + [story("s3", None, [{"id": "a1", "name": "Anna Smith", "kind": "person", "country": "GBR", "aliases": ["Smith"]}])]
    with pytest.raises(ActorLookupError, match="ambiguous"):
        resolve_actor("Smith", records)


def test_people_count_for_their_country():
    rows = compare(RECORDS, resolve_actor("RUS", RECORDS), resolve_actor("USA", RECORDS))
    got = {(r.issue, r.relation) for r in rows}
    assert ("violence", "coincide") in got
    assert ("arms supply", "diverge") in got
    assert ("overall", "diverge") in got
    assert not any(r.issue == "elections" for r in rows)  # neutral on both sides is no agreement


def test_stated_relations_rank_first_and_dates_filter():
    rows = compare(RECORDS, resolve_actor("RUS", RECORDS), resolve_actor("USA", RECORDS))
    assert rows[0].stated == 1
    later = compare(RECORDS, resolve_actor("RUS", RECORDS), resolve_actor("USA", RECORDS), since="2014")
    assert {(r.issue, r.relation) for r in later} == {("violence", "diverge")}


def test_issue_filter_and_positions_by_issue():
    rows = compare(RECORDS, resolve_actor("RUS", RECORDS), resolve_actor("USA", RECORDS), issue="arms")
    assert [r.issue for r in rows] == ["arms supply"]
    found = positions_of(RECORDS, resolve_actor("Petrova", RECORDS))
    assert list(found)[0] == "violence" and len(found["violence"]) == 2
