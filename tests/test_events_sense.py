"""coincide_events: word sense, read from the company a verb keeps (issue 14, second BBC round).
Invented sentences through the whole pipeline with the real model; each case names the sense it
holds apart, and the told cases keep each rule from dropping the event sense."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text, kind",
    [
        # plover.BY_COMPANY: an offer, a proposal, a signature, a commitment, an appeal only with
        # the company the CAMEO dictionary's patterns name
        ("The Liberal Democrats offered voters a clear choice.", "AGREE"),
        ("The changes proposed by the committee were complex.", "AGREE"),
        ("Thousands of people have signed up.", "SUPPORT"),
        ("He had committed adultery with her sister.", "AGREE"),
        ("The losing side will appeal against the ruling.", "DEMAND"),  # a court appeal asks nobody for anything
        ("The former home secretary accepted the inquiry's findings.", "AGREE"),  # acknowledging
    ],
)
def test_no_event_sense(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Syria offered its troops to Lebanon.", "AGREE"),  # goods of the hand tables
        ("Britain offered to send troops to Indonesia.", "AGREE"),  # an infinitive
        ("The Egyptian government proposed talks with Israel.", "AGREE"),  # an event noun
        ("The French president appealed for calm.", "DEMAND"),  # the event sense's preposition
        ("France and Germany signed a treaty of friendship.", "SUPPORT"),  # a dictionary pattern
        ("The German government committed itself to the treaty.", "AGREE"),
        ("Denmark accepted a formula for ending its fisheries dispute.", "AGREE"),  # a proposal of an act
        ("The Syrian government accepted the invitation to the conference.", "AGREE"),  # a dictionary pattern
    ],
)
def test_event_sense(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # plover.ON_SOMEBODY: meeting, recognising and funding act on somebody
        ("The chancellor said he had met his fiscal rules with a surplus.", "CONSULT"),
        ("The proposals have met with disapproval from campaigners.", "CONSULT"),
        ("The party had shown that these conditions had been met.", "CONSULT"),
        ("The minister said she recognised the concerns of council tax payers.", "SUPPORT"),
        ("The minister will use the money to fund redundancy payments.", "AID"),
        ("The former minister recalled a stream of remarks about women.", "SANCTION"),
        ("Scent has been released from machines to encourage gambling.", "RETREAT"),
    ],
)
def test_sense_acting_on_a_thing_is_no_event(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The Italian prime minister met the German chancellor in Rome.", "CONSULT"),
        ("The home secretary met his EU counterparts in Luxembourg.", "CONSULT"),
        ("The European Union demanded that Turkey recognise Cyprus.", "DEMAND"),
        ("Turkey recognised Cyprus on Monday.", "SUPPORT"),
        ("The Saudi government funded the rebels.", "AID"),
        ("Nine men have been arrested and freed on bail.", "RETREAT"),  # the men of both verbs
        ("Russia recalled its ambassador from Tbilisi.", "SANCTION"),
    ],
)
def test_sense_acting_on_somebody_is_an_event(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # CAMEO 011 and 016: declined comment and denials are statements, not rejections
        ("The spokesman declined to comment on the report.", "REJECT"),
        ("The minister denied his statement to parliament was drafted by officials.", "REJECT"),
        # a pattern naming only a preposition ("meet" "* (AT)": intent to meet) does not overrule
        ("The Pakistani president met the prime minister at Downing Street.", "AGREE"),
    ],
)
def test_statement_or_weak_pattern_is_not_the_type(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The court refused bail to the three men.", "REJECT"),
        ("The district administration denied land for the construction of a temple.", "REJECT"),
        ("The Pakistani president met the prime minister at Downing Street.", "CONSULT"),
    ],
)
def test_rejection_and_meeting_kept(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
