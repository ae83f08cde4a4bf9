"""One story's facts (compare.story_facts) read from a typed StoryRecord: the position facts and
pairs of an invented story, pinned, with and without analysts' corrections, and the same facts
as the archive writer stores them in a real SQLite file."""

from __future__ import annotations

import dataclasses
import json

import pytest

from coincide.compare import Correction, corrected_positions, story_facts
from coincide.records import StoryRecord
from coincide.store import open_store

BODY = ("Labour backed lower taxes on Monday. The Tories wanted higher taxes. "
        "Mr Brown attacked the Tory plans for schools. Mr Howard said his proposals would work. "
        "Mr Brown also opposed tax cuts.")


def at(text: str, nth: int = 0) -> list[int]:
    i = -1
    for _ in range(nth + 1):
        i = BODY.index(text, i + 1)
    return [i, i + len(text)]


TAX = [{"topic": "macroeconomics", "subtopics": ["taxation"], "words": ["tax"]}]
RECORD = {
    "story": {"id": "inv1", "title": "Invented", "published": "2005-03-01", "body": BODY},
    "actors": [
        {"id": "a1", "name": "Labour", "kind": "organization", "mentions": [at("Labour")]},
        {"id": "a2", "name": "the Tories", "kind": "organization", "mentions": [at("The Tories")]},
        {"id": "a3", "name": "Gordon Brown", "kind": "person", "mentions": [at("Mr Brown"), at("Mr Brown", 1)]},
        {"id": "a4", "name": "Michael Howard", "kind": "person", "mentions": [at("Mr Howard")]},
    ],
    "positions": [
        {"holder": "a1", "stance": "support", "issue": "tax", "statement": "lower taxes", "span": at("lower taxes"),
         "topics": TAX},
        {"holder": "a2", "stance": "support", "issue": "tax", "statement": "higher taxes", "span": at("higher taxes")},
        {"holder": "a3", "stance": "oppose", "issue": "plan", "statement": "the Tory plans for schools",
         "span": at("the Tory plans for schools")},
        {"holder": "a4", "stance": "support", "issue": "proposal", "statement": "his proposals",
         "span": at("his proposals")},
        {"holder": "a3", "stance": "oppose", "issue": "tax cut", "statement": "tax cuts", "span": at("tax cuts"),
         "topics": TAX},
    ],
    "relations": [{"actors": ["a1", "a2"], "relation": "diverge", "issue": "tax", "basis": "stated",
                   "span": at("The Tories wanted higher taxes."), "evidence": [at("lower taxes")]}],
}
# the stance of position 1 corrected, position 3 given to another holder by name, position 4 wrong
CORRECTIONS = [
    {"section": "positions", "idx": 1, "field": "stance", "verdict": "value", "value": "oppose"},
    {"section": "positions", "idx": 3, "field": "holder", "verdict": "value", "value": "Gordon Brown"},
    {"section": "positions", "idx": 4, "field": "stance", "verdict": "wrong", "value": None},
]

S0, S1, S2 = "Labour backed lower taxes on Monday.", "The Tories wanted higher taxes.", \
    "Mr Brown attacked the Tory plans for schools."
S3, S4 = "Mr Howard said his proposals would work.", "Mr Brown also opposed tax cuts."
TAXES = ["macroeconomics", "taxation"]
# (idx, holder, stance, issue, statement, matter, want, portable, sentence, topics, corrected), as
# the dict-reading story_facts gave them before records were typed (the same, field for field)
FACTS = [
    (0, "a1", "support", "tax", "lower taxes", "tax", -1.0, True, S0, TAXES, False),
    (1, "a2", "support", "tax", "higher taxes", "tax", 1.0, True, S1, [], False),
    (2, "a3", "oppose", "plan", "the Tory plans for schools", "plan", -1.0, False, S2, [], False),
    (3, "a4", "support", "proposal", "his proposals", "proposal", 1.0, False, S3, [], False),
    (4, "a3", "oppose", "tax cut", "tax cuts", "tax", 0.5, True, S4, TAXES, False),
]
# (actor_a, actor_b, owner_key, matter, label, relation, basis, sentences, topics)
PAIRS = [
    ("a1", "a2", None, "tax", "tax", "diverge", "stated", [S1, S0], []),
    ("a3", None, "tory", "plan", "plan", "diverge", "inferred", [S2], []),  # "the Tory plans": owned by a word
    ("a1", "a2", None, "tax", "tax", "diverge", "inferred", [S0, S1], TAXES),  # lower against higher taxes
    ("a1", "a3", None, "tax", "tax", "diverge", "inferred", [S0, S4], TAXES),  # lower taxes against opposing a cut
]
CORRECTED_FACTS = [
    FACTS[0],
    (1, "a2", "oppose", "tax", "higher taxes", "tax", -0.5, True, S1, [], True),
    FACTS[2],
    (3, "a3", "support", "proposal", "his proposals", "proposal", 1.0, False, S3, [], True),
]
CORRECTED_PAIRS = PAIRS[:2]  # wanting lower taxes and opposing higher ones are neither; position 4 left out


def typed(record=RECORD) -> StoryRecord:
    return StoryRecord.from_dict(record)


def rows(items) -> list[tuple]:
    return [dataclasses.astuple(i) for i in items]


@pytest.mark.parametrize("corrections, facts, pairs", [
    ([], FACTS, PAIRS),
    (CORRECTIONS, CORRECTED_FACTS, CORRECTED_PAIRS),
], ids=["machine", "corrected"])
def test_story_facts_of_a_typed_record(corrections, facts, pairs):
    got_facts, got_pairs = story_facts(typed(), [Correction(**c) for c in corrections])
    assert rows(got_facts) == facts
    assert rows(got_pairs) == pairs


def test_corrections_leave_the_record_as_it_was():
    """Corrected positions are copies: the record the archive stores keeps the machine's reading."""
    record = typed()
    numbered = corrected_positions(record, [Correction(**c) for c in CORRECTIONS])
    assert [(n.idx, n.position.holder, n.corrected) for n in numbered] == [
        (0, "a1", False), (1, "a2", True), (2, "a3", False), (3, "a3", True)]
    assert [p.holder for p in record.positions] == ["a1", "a2", "a3", "a4", "a3"]
    assert record.positions[1].stance == "support"


def test_a_correction_naming_an_unknown_holder_leaves_the_position_out():
    """A holder the story does not name cannot hold the position: it is left out, not guessed."""
    fix = Correction("positions", 0, "holder", "value", "Somebody Else")
    facts, _ = story_facts(typed(), [fix])
    assert [f.idx for f in facts] == [1, 2, 3, 4]


def test_corrections_of_another_section_do_not_touch_positions():
    fix = Correction("quotes", 0, "speaker", "wrong")
    facts, pairs = story_facts(typed(), [fix])
    assert rows(facts) == FACTS and rows(pairs) == PAIRS


def test_the_archive_stores_the_same_facts(tmp_path):
    """The archive writer (store/knowledge.py) reads the stored record and its corrections into the
    same facts: position_facts and pair_facts of a real SQLite archive, before and after correcting."""
    with open_store(str(tmp_path / "facts.db")) as store:
        store.add(typed(dict(RECORD, pipeline_version="t")))

        def stored():
            facts = store.fetch("SELECT idx, holder, stance, issue, statement, matter, want, portable, sentence,"
                                " corrected FROM position_facts WHERE story_id = 'inv1' ORDER BY idx")
            pairs = store.fetch("SELECT actor_a, actor_b, owner_key, matter, label, relation, basis, sentences"
                                " FROM pair_facts WHERE story_id = 'inv1' ORDER BY n")
            return ([(f["idx"], f["holder"], f["stance"], f["issue"], f["statement"], f["matter"], f["want"],
                      bool(f["portable"]), f["sentence"], bool(f["corrected"])) for f in facts],
                    [tuple(p[k] for k in ("actor_a", "actor_b", "owner_key", "matter", "label", "relation", "basis"))
                     + (json.loads(p["sentences"]),) for p in pairs])

        def expected(facts, pairs):
            return [f[:9] + f[10:] for f in facts], [p[:8] for p in pairs]

        assert stored() == expected(FACTS, PAIRS)
        for c in CORRECTIONS:
            store.add_correction("inv1", c["section"], c["idx"], c["field"], c["verdict"], c["value"])
        assert stored() == expected(CORRECTED_FACTS, CORRECTED_PAIRS)


def test_a_stored_stance_this_version_does_not_know_still_gives_its_facts(tmp_path):
    """A record an older or newer coincide wrote ("maybe" for a stance) is stored with its facts, as
    the dict-reading code stored them: the position with no way wanted, and no pair from it."""
    record = typed(dict(RECORD, pipeline_version="t"))
    record.positions = [record.positions[0], dataclasses.replace(record.positions[1], stance="maybe")]
    with open_store(str(tmp_path / "odd.db")) as store:
        store.add(record)
        got = store.fetch("SELECT idx, stance, want FROM position_facts WHERE story_id = 'inv1' ORDER BY idx")
        pairs = store.fetch("SELECT basis FROM pair_facts WHERE story_id = 'inv1'")
    assert [(f["idx"], f["stance"], f["want"]) for f in got] == [(0, "support", -1.0), (1, "maybe", 0.0)]
    assert [p["basis"] for p in pairs] == ["stated"]  # the stated relation only; "maybe" pairs with nobody
