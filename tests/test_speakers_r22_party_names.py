"""Round 22 (issue 13): a person's party group, named the way the field names it. Invented
sentences, the whole pipeline on the real model; each case names the pattern.

R1: a party actor ("Republicans", "GOP") is also called by the party's other names ("Republican
Party", "GOP"), a group of its lawmakers ("House Democrats") also "Democratic lawmakers".
A2: a lawmaker's party stated after the home state ("Senator Jane Doe of Illinois, a Democrat,")
ties the lawmaker to the story's group of that party's lawmakers."""

from __future__ import annotations

import pytest

from coincide.nlp.actors import party_forms
from pipeline_helpers import analyse, speaker_names


@pytest.mark.parametrize("name, kind, forms", [
    ("Republicans", "organization", ["Republican Party", "GOP"]),
    ("GOP", "organization", ["Republican Party"]),
    ("Democrats", "organization", ["Democratic Party"]),
    ("the Democratic Party", "organization", []),
    ("House Democrats", "group", ["Democratic lawmakers"]),
    ("congressional Republicans", "group", ["Republican lawmakers"]),
    ("GOP senators", "group", ["Republican senators"]),
    # not a party's lawmakers: voters, a party committee, both parties, a faction
    ("Republican primary voters", "group", []),
    ("National Republican Congressional Committee", "organization", []),
    ("Democrats and Republicans", "group", []),
    ("liberal Democrats", "group", []),
    ("Republicans", "person", []),
])
def test_party_forms(name, kind, forms):
    assert party_forms(name, kind) == forms


def test_party_actor_is_named_by_the_party_adjective(nlp):
    # "Republicans" in the story: the actor also answers to "Republican Party" and "GOP"
    doc = analyse(nlp, "Republicans in the state legislature rejected the budget on Tuesday, saying "
                       "\"this plan taxes every family in the state.\"")
    parties = [a for a in doc._.actors if a.name == "Republicans"]
    assert parties and "Republican Party" in parties[0].aliases


@pytest.mark.parametrize("text, speakers", [
    # a definite apposition after the home state: "of Illinois, the Senate's No. 2 Democrat"
    ("Senate Democrats met on Tuesday. Senator Harold Briggs of Illinois, the chamber's No. 2 Democrat, "
     "was doubtful.\n\n\u201cThe president will not work with us,\u201d Mr. Briggs said.",
     ["Harold Briggs", "Senate Democrats"]),
    # an indefinite one: "of Wisconsin, a Republican"
    ("House Republicans met on Tuesday. Representative Dale Fenner of Wisconsin, a Republican, "
     "was doubtful.\n\n\u201cThe president will not work with us,\u201d Mr. Fenner said.",
     ["Dale Fenner", "House Republicans"]),
])
def test_party_after_home_state(nlp, text, speakers):
    assert speaker_names(analyse(nlp, text), "will not work with us") == speakers


def test_home_state_with_no_party_is_no_tie(nlp):
    # "of Wisconsin, who ..." states no party: no group is listed beside him
    text = ("House Republicans met on Tuesday. Representative Dale Fenner of Wisconsin, who chairs the "
            "panel, was doubtful.\n\n\u201cThe president will not work with us,\u201d Mr. Fenner said.")
    assert speaker_names(analyse(nlp, text), "will not work with us") == ["Dale Fenner"]

