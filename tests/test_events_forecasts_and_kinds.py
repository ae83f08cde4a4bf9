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
        # a reported copula with a bare adjective: how a thing should be, no act asked
        ("The chairman said it should be obvious.", "DEMAND"),
        # a present-tense relative clause on a bare plural: a kind of people, no act told
        ("Parents who refuse to pay the fine could lose their benefits.", "REJECT"),
        ("Workers who threaten their managers face dismissal.", "THREATEN"),
        # a participle clause on an indefinite pronoun
        ("Anyone convicted of fraud can be barred from office.", "SANCTION"),
        ("Officials said on Tuesday that voters who support the opposition are being followed.", "SUPPORT"),
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
        # a duty laid with "must" stays a demand, and so does a copula asking for readiness to act
        ("The home secretary said foreign governments must pay the new fee.", "DEMAND"),
        ("The chairman said Iran must be ready to negotiate.", "DEMAND"),
        # a relative clause with a past tense, or on counted or named people, tells an act
        ("Parents who refused to pay the fine lost their benefits.", "REJECT"),
        ("The workers who threaten their managers were dismissed.", "THREATEN"),
        # a conference of states or with others stays a consultation
        ("The French president attended the United Nations conference on climate in Bonn.", "CONSULT"),
        ("The Iranian foreign minister attended a conference with European envoys in Geneva.", "CONSULT"),
    ],
)
def test_told_beside_the_non_act_rules(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
