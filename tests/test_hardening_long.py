"""Long stories: the look-ups that made actors and positions grow with the square of the story
(issue 8c, docs/benchmark.md) are indexes now; each must answer what the walk it replaced did.

Deterministic: random (seeded) inputs compared against the old walk written out here, and an
invented story through the real component. No timed test.
"""

from __future__ import annotations

import random

import pytest
import spacy

from coincide.nlp import register_extensions
from coincide.nlp.actors import ActorsComponent, Candidate, _name_words, _Overlaps, _Reader, _sub
from coincide.nlp.mentions import Mention, actor_by_id, mentions_in
from coincide.nlp.stance_model import _RuleSpans
from coincide.records import Actor, Position


@pytest.mark.parametrize("seed", range(8))
def test_candidates_a_phrase_overlaps_are_those_the_walk_found(seed):
    """_Overlaps.over against `[c for c in cands if c.start < j and i < c.end]`, while candidates
    are appended and widened as _merge_dictionary_matches does."""
    rng = random.Random(seed)
    cands = []
    for _ in range(rng.randint(0, 40)):
        start = rng.randint(0, 200)
        cands.append(Candidate(start, start + rng.randint(1, 5), "PERSON"))
    overlap = _Overlaps(cands)
    for _ in range(300):
        i = rng.randint(0, 210)
        j = i + rng.randint(1, 6)
        walked = [c for c in cands if c.start < j and i < c.end]
        assert [id(c) for c in overlap.over(i, j)] == [id(c) for c in walked]
        if not walked:
            cands.append(Candidate(i, j, None))
            overlap.file(cands[-1])
        else:
            c = rng.choice(walked)
            overlap.widen(c, min(c.start, i), max(c.end, j))


@pytest.mark.parametrize("seed", range(8))
def test_a_holders_rule_spans_overlap_as_the_walk_found(seed):
    """_RuleSpans.overlaps against `any(h == holder and s < end and e > start ...)`."""
    rng = random.Random(seed)
    holders = ["a1", "a2", "a3"]
    positions = []
    for _ in range(rng.randint(0, 30)):
        s = rng.randint(0, 500)
        positions.append(Position(holder=rng.choice(holders), stance="support", issue="x", statement="",
                                  span=(s, s + rng.randint(0, 80))))
    spans = _RuleSpans(positions)
    for _ in range(300):
        start = rng.randint(0, 600)
        end = start + rng.randint(0, 120)
        holder = rng.choice(holders + ["a4"])
        walked = any(p.holder == holder and p.span[0] < end and p.span[1] > start for p in positions)
        assert spans.overlaps(holder, start, end) == walked


@pytest.mark.parametrize("seed", range(4))
def test_mentions_in_a_range_are_those_the_filter_found(seed):
    rng = random.Random(seed)
    register_extensions()
    doc = spacy.blank("en")("An invented story .")
    ms = []
    for _ in range(rng.randint(0, 60)):
        s = rng.randint(0, 400)
        ms.append(Mention(s, s + rng.randint(1, 30), "a1", "name"))
    doc._.mentions = sorted(ms, key=lambda m: m.start)
    for _ in range(200):
        start = rng.randint(0, 420)
        end = start + rng.randint(0, 60)
        assert mentions_in(doc, start, end) == [m for m in doc._.mentions if m.start >= start and m.end <= end]


def test_actor_by_id_follows_the_list_as_it_grows_and_keeps_the_first_of_an_id():
    register_extensions()
    doc = spacy.blank("en")("An invented story .")
    first, again = Actor(id="a1", name="Ann Hale", kind="person"), Actor(id="a1", name="Other", kind="person")
    doc._.actors = [first, again]
    assert actor_by_id(doc, "a1") is first
    assert actor_by_id(doc, "a2") is None
    later = Actor(id="a2", name="Town Council", kind="organization")
    doc._.actors.append(later)  # events add actors to the list
    assert actor_by_id(doc, "a2") is later
    doc._.actors = [later]  # another list
    assert actor_by_id(doc, "a1") is None


SURNAMES_STORY = (
    "Council leader John Smith said the budget would pass. Mary Smith, his sister, said it would not. "
    "Smith later said he was sure. Peter Brand-Jones called the plan a failure, and Brand-Jones said "
    "so again on Friday. Anna Kovac said the vote was close; Kovac said she would vote against it. "
    "Hale opened the meeting. Ann Hale, the mayor, said it had started late.")


@pytest.mark.parametrize("words", [
    ["smith"], ["john", "smith"], ["mary", "smith"], ["brand", "jones"], ["jones"], ["peter", "brand", "jones"],
    ["kovac"], ["anna", "kovac"], ["hale"], ["ann", "hale"], ["nobody"], [],
])
def test_find_person_by_last_word_finds_what_a_walk_over_every_draft_found(parse, words):
    """After the whole story is read (names filed, some renamed to a longer form), the person a
    name matches is the one the old walk over every draft picked: the latest named of those whose
    name equals it or is a longer or shorter form of it."""
    reader = _Reader(parse(SURNAMES_STORY), ActorsComponent(), None)
    reader.run()
    walked = None
    for d in reader.drafts:
        if d.kind != "person":
            continue
        theirs = _name_words(d.name)
        if words == theirs or _sub(words, theirs) or _sub(theirs, words):
            if walked is None or d.last_token > walked.last_token:
                walked = d
    assert reader.find_person(words) is walked
    assert sum(d.kind == "person" for d in reader.drafts) >= 3  # the story does name people


def test_a_renamed_person_is_found_by_the_last_word_of_the_new_name(parse):
    reader = _Reader(parse(SURNAMES_STORY), ActorsComponent(), None)
    reader.run()
    kovac = reader.find_person(["kovac"])
    assert kovac is not None
    reader.rename(kovac, "Anna Kovac-Reed")
    assert reader.find_person(["kovac"]) is None
    assert reader.find_person(["reed"]) is kovac
    assert reader.find_person(["anna", "kovac", "reed"]) is kovac
