"""The story record's typed fields (records.py): the allowed values of kinds, stances, relations and
event types live in one place (Literal annotations), StoryRecord.from_dict refuses any other with
an error naming the field and the value, and the contract's comments list the same values."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from coincide import RecordError
from coincide.records import (SECTIONS, ActorKind, Basis, EventType, Position, QuoteKind, RelationKind, Stance,
                              StoryRecord, choices)

CONTRACT = Path(__file__).resolve().parents[1] / "docs" / "story-json.md"


def _record() -> dict:
    """An invented story, one item of each section."""
    body = "Ms Lane said the council backs the plan. The mayor opposed it."

    def span(words: str) -> list[int]:
        return [body.index(words), body.index(words) + len(words)]

    return {
        "story": {"id": "s1", "title": "Plan", "body": body},
        "actors": [{"id": "a1", "name": "Ann Lane", "kind": "person", "mentions": [span("Ms Lane")]},
                   {"id": "a2", "name": "the mayor", "kind": "government", "mentions": [span("The mayor")]}],
        "quotes": [{"speaker": "a1", "speakers": ["a1"], "kind": "indirect", "text": "the council backs the plan",
                    "span": span("the council backs the plan")}],
        "positions": [{"holder": "a1", "stance": "support", "issue": "the plan", "statement": "backs the plan",
                       "span": span("the council backs the plan"), "quote": 0},
                      {"holder": "a2", "stance": "oppose", "issue": "the plan", "statement": "opposed it", "span": span("The mayor opposed it.")}],
        "relations": [{"actors": ["a1", "a2"], "relation": "diverge", "issue": "the plan", "basis": "inferred"}],
        "events": [{"type": "DISAPPROVE", "source": "a2", "target": None, "actors": ["a2"], "date": None,
                    "location": None, "span": span("The mayor opposed it."), "mode": None}],
        "figures": [],
    }


def test_a_good_record_reads_back_to_the_same_json():
    data = _record()
    record = StoryRecord.from_dict(data)
    assert isinstance(record.positions[0], Position) and record.positions[1].stance == "oppose"
    again = record.to_dict()
    assert StoryRecord.from_dict(again).to_dict() == again
    assert again["relations"][0]["relation"] == "diverge" and again["quotes"][0]["span"] == data["quotes"][0]["span"]


@pytest.mark.parametrize("section, field, bad", [
    ("actors", "kind", "party-ish"), ("quotes", "kind", "DIRECT"), ("positions", "stance", "maybe"),
    ("relations", "relation", "agree"), ("relations", "basis", "guessed"), ("events", "type", "HUG"),
    ("positions", "stance", None),
])
def test_a_value_a_field_does_not_allow_is_an_error_naming_both(section, field, bad):
    data = _record()
    data[section][-1][field] = bad
    with pytest.raises(RecordError) as exc:
        StoryRecord.from_dict(data)
    message = str(exc.value)
    index = len(data[section]) - 1
    assert message.startswith(f"{section}[{index}].{field}: {bad!r} is not one of ")
    assert all(repr(v) in message or v in message for v in choices(SECTIONS[section])[field])


def test_a_missing_required_field_or_a_non_object_is_an_error_naming_the_item():
    data = _record()
    del data["positions"][1]["stance"]
    with pytest.raises(RecordError, match=r"positions\[1\]: .*stance"):
        StoryRecord.from_dict(data)
    data = _record()
    data["events"] = ["DISAPPROVE"]
    with pytest.raises(RecordError, match=r"events\[0\]: an object expected"):
        StoryRecord.from_dict(data)


def test_event_types_are_the_plover_types_the_event_rules_use():
    from coincide.nlp.plover import TYPES

    assert set(get_args(EventType)) == set(TYPES) and len(get_args(EventType)) == len(TYPES)


@pytest.mark.parametrize("key, kind", [('"kind": "person"', ActorKind), ('"kind": "direct"', QuoteKind),
                                       ('"stance": "support"', Stance), ('"relation": "coincide"', RelationKind),
                                       ('"basis": "stated"', Basis)])
def test_the_contract_lists_the_same_values(key, kind):
    """docs/story-json.md's comment beside each field lists the values (`// a | b | c`)."""
    line = next(line for line in CONTRACT.read_text(encoding="utf-8").splitlines() if key in line)
    listed = [re.sub(r"\s*\(.*", "", v).strip() for v in line.split("//", 1)[1].split("|")]
    assert set(listed) == set(get_args(kind)), line


def test_a_stored_record_this_version_refuses_still_shows_on_its_page(tmp_path):
    """A record stored with a value from_dict refuses (an older or newer coincide's) is no error
    page: the story page shows it from its JSON form."""
    from dataclasses import replace

    from coincide.store import open_store
    from test_web import Server

    record = StoryRecord.from_dict(dict(_record(), pipeline_version="test"))
    record.positions[1] = replace(record.positions[1], stance="maybe")  # dataclasses do not check
    db = str(tmp_path / "odd.db")
    with open_store(db) as store:
        store.add(record)
    srv = Server(db, token=None)
    try:
        status, _, body = srv.request("/stories/s1")
        assert status == 200 and "maybe" in body.decode() and "Ann Lane" in body.decode()
        status, data = srv.json("/api/stories/s1")
        assert status == 200 and data["positions"][1]["stance"] == "maybe"
    finally:
        srv.stop()
