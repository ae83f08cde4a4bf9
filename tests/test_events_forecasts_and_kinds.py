"""coincide_events: the ninth BBC round (issue 14) tells non-acts apart before typing. Invented
sentences through the whole pipeline with the real model; each case names the grammatical pattern
it holds, and the told cases beside them keep each rule from dropping what a sentence does tell."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text, kind",
    [
        # a reported "will have to": a rule or a forecast of what people will face, no demand
        ("The home secretary said foreign students will have to pay a new fee.", "DEMAND"),
        # a party's own conference: one organisation gathering its members, nobody consulted
        ("Mr Smith made a speech to Labour's spring conference in Brighton.", "CONSULT"),
        ("Mr Smith spoke at the Labour Party conference in Brighton.", "CONSULT"),
    ],
)
def test_non_acts_are_no_events(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # a duty laid with "must" stays a demand
        ("The home secretary said foreign governments must pay the new fee.", "DEMAND"),
        # a conference of states or with others stays a consultation
        ("The French president attended the United Nations conference on climate in Bonn.", "CONSULT"),
        ("The Iranian foreign minister attended a conference with European envoys in Geneva.", "CONSULT"),
    ],
)
def test_told_beside_the_non_act_rules(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
