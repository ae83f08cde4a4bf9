"""coincide_relations on small texts: stated relations from the words, inferred ones from positions."""

from __future__ import annotations

import pytest

from coincide.nlp.positions import PositionsComponent
from coincide.nlp.relations import RelationsComponent
from stance_helpers import build_doc

ACTORS = {
    "Blair": ("person", "GBR"),
    "Chirac": ("person", "FRA"),
    "Schroeder": ("person", "DEU"),
    "Brown": ("person", "GBR"),
    "Labour": ("organization", "GBR"),
    "the Tories": ("organization", "GBR"),
    "France": ("country", "FRA"),
    "Britain": ("country", "GBR"),
    "Germany": ("country", "DEU"),
}


@pytest.fixture(scope="module")
def model(parse):
    """The bare parser: conftest's `parse`, the model the settings name, loaded once a session."""
    return parse


def relations(model, text, **kw):
    doc, names = build_doc(model, text, kw.pop("actors", ACTORS), **kw)
    PositionsComponent()(doc)
    RelationsComponent()(doc)
    return [(frozenset(names[a] for a in r.actors), r.relation, r.issue, r.basis) for r in doc._.relations], doc


@pytest.mark.parametrize(
    "text, pair, relation, issue",
    [
        ("Blair told Chirac that their views on Iraq do not coincide.", {"Blair", "Chirac"}, "diverge", "Iraq"),
        ("Blair told Chirac that their positions differ.", {"Blair", "Chirac"}, "diverge", "overall"),
        ("There is a rift between Labour and the Tories over Europe.", {"Labour", "the Tories"}, "diverge", "Europe"),
        ("Blair and Chirac have different views on the budget.", {"Blair", "Chirac"}, "diverge", "budget"),
        ("Blair and Chirac share an interest in cutting emissions.", {"Blair", "Chirac"}, "coincide", "emission"),
        ("Blair and Chirac agreed on the need for reform.", {"Blair", "Chirac"}, "coincide", "reform"),
        ("Blair and Chirac would work to develop the treaty.", {"Blair", "Chirac"}, "coincide", "treaty"),
        ("Blair disagreed with Chirac on the budget.", {"Blair", "Chirac"}, "diverge", "budget"),
        ("Brown agreed with Chirac on the euro.", {"Brown", "Chirac"}, "coincide", "euro"),
        ("Blair and Schroeder disagree over the budget.", {"Blair", "Schroeder"}, "diverge", "budget"),
    ],
)
def test_stated(model, text, pair, relation, issue):
    got, _ = relations(model, text)
    assert (frozenset(pair), relation, issue, "stated") in got, got


def test_we_in_a_quotation_is_the_speaker_and_the_other_party(model):
    text = 'Blair met Chirac in Paris. "We have differing perspectives on the budget," Blair said.'
    quoted = "We have differing perspectives on the budget,"
    got, _ = relations(model, text, quotes=[("Blair", quoted, "direct")])
    assert (frozenset({"Blair", "Chirac"}), "diverge", "budget", "stated") in got, got


@pytest.mark.parametrize(
    "text, relation",
    [
        ("France supports the treaty. Germany backs the treaty.", "coincide"),
        ("France supports the treaty. Germany opposes the treaty.", "diverge"),
        ("France opposes the treaty. Germany rejected the treaty.", "coincide"),
    ],
)
def test_inferred_from_positions(model, text, relation):
    got, doc = relations(model, text)
    assert got == [(frozenset({"France", "Germany"}), relation, "treaty", "inferred")]
    rel = doc._.relations[0]
    assert len(rel.evidence) == 2 and all("treaty" in doc.text[s:e] for s, e in rel.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Blair supports the treaty. Britain opposes the treaty.",  # an actor and its own country: no relation
        "France supports the treaty. Germany has not urged anyone to sign the treaty.",  # neutral says nothing
        "France supports the treaty. Germany opposes the war.",  # different issues
    ],
)
def test_no_inferred_relation(model, text):
    got, _ = relations(model, text)
    assert [g for g in got if g[3] == "inferred"] == []


def test_one_relation_per_pair_issue_relation(model):
    text = "France supports the treaty. Germany backs the treaty. Germany has welcomed the treaty."
    got, doc = relations(model, text)
    assert got == [(frozenset({"France", "Germany"}), "coincide", "treaty", "inferred")]
    order = [a.id for a in doc._.actors]
    assert all(order.index(r.actors[0]) < order.index(r.actors[1]) for r in doc._.relations)


def test_agreeing_with_someone_is_no_position_on_the_matter(model):
    got, doc = relations(model, "Brown agreed with Chirac on the euro.")
    assert doc._.positions == []


def test_parties_of_one_country_are_sides_of_their_own(nlp):
    """Two UK parties are both GBR, yet they can disagree: organisations are compared as themselves."""
    from coincide.pipeline import analyze_story
    from coincide.records import Story

    body = ("Prime Minister Tony Blair said on Monday that Britain would hold the vote. "
            "Labour backed the smoking ban on Tuesday. The Conservatives rejected the smoking ban.")
    record = analyze_story(nlp, Story(source="parties.txt", body=body, published="2005-01-10T10:00:00"))
    names = {a.id: a.name for a in record.actors}
    got = {(frozenset(names[a] for a in r.actors), r.relation) for r in record.relations}
    assert (frozenset({"Labour", "Conservatives"}), "diverge") in got


@pytest.mark.parametrize("text", [
    'Blair attacked the Tories. But Blair said: "All the other countries could not agree on the way forward."',
    'Blair attacked the Tories. He said the two countries could not agree on the way forward.',
])
def test_other_countries_are_not_the_parties_named_before(model, text):
    got, _ = relations(model, text)
    assert not [g for g in got if g[0] == frozenset({"Blair", "the Tories"})], got


@pytest.mark.parametrize(
    "quoted",
    [
        "If we disagree, we have to say so,",  # a disagreement supposed, not told
        "If our views differ, we have to say so,",
        "If France rejects Germany's plan, we will act,",
    ],
)
def test_a_relation_word_in_a_condition_states_no_relation(model, quoted):
    text = f'Blair met Chirac in Paris. "{quoted}" Blair said.'
    got, _ = relations(model, text, quotes=[("Blair", quoted, "direct")])
    assert [g for g in got if g[3] == "stated"] == [], got


def test_the_same_words_told_state_the_relation(model):
    quoted = "We disagree on the budget,"
    got, _ = relations(model, f'Blair met Chirac in Paris. "{quoted}" Blair said.', quotes=[("Blair", quoted, "direct")])
    assert (frozenset({"Blair", "Chirac"}), "diverge", "budget", "stated") in got, got
