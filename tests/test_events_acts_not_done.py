"""coincide_events: the tenth BBC round (issue 14). Invented sentences through the whole pipeline
with the real model; each case names the grammatical pattern it holds, and the told cases beside
them keep each rule from dropping or retyping what a sentence does tell."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text, kind",
    [
        # an act in the complement of another verb's "would" (_supposed_consequence): a supposed
        # consequence, even when the sentence reports it
        ("Scrapping the levy would mean farmers giving charities more money, the union says.", "AID"),
        ("Her critics claimed the rules would make her refuse to sign the treaty.", "REJECT"),
        ("It would be up to each club to accept or refuse, said the referee.", "REJECT"),
        # the answerers of a poll as the subject (_poll_respondents): a poll's figure, no demand
        ("Most respondents said Mr Smith should return to the cabinet.", "DEMAND"),
        ("Nearly half those surveyed said Mr Smith should return to the cabinet.", "DEMAND"),
        ("One in four said Mr Smith should return to the cabinet.", "DEMAND"),
    ],
)
def test_non_acts_are_no_events(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # the "would" of the act itself, reported: a pledge or a refusal backshifted
        ("The minister said the government would give more money to the charity.", "AGREE"),
        ("The union said it would refuse the offer.", "REJECT"),
        # not agreeing with somebody is disagreement, DISAPPROVE (tests/test_events_negated_agreement.py)
        ("The senator did not agree with the ministers who objected.", "DISAPPROVE"),
        # a named speaker's "should" stays a demand
        ("Senator Jones said Mr Smith should return to the cabinet.", "DEMAND"),
        # cooperation told as done stays itself
        ("The French foreign minister visited Japan last week.", "CONSULT"),
        ("The Kenyan president met his Ugandan counterpart to discuss trade.", "CONSULT"),
        ("The charities monitored the camps and assisted the police.", "AID"),
        # backing to come is the stance itself (ARRANGED_IS_AGREE leaves SUPPORT out)
        ("The opposition parties are to back the government's plans for new prisons.", "SUPPORT"),
    ],
)
def test_told_beside_the_non_act_rules(nlp, text, kind):
    # the rules' typing, before the confidence filter (which drops some of these invented plans)
    found, shown = event_types(nlp, text, rules_only=True)
    assert kind in found, shown


@pytest.mark.parametrize(
    "text",
    [
        # be + to-infinitive: an arrangement to come
        "The French foreign minister is to visit Japan and Korea next week.",
        # the purpose clause of a verb with "will"
        "The Kenyan president will meet his Ugandan counterpart to discuss trade.",
        # a conjunct of a verb with "will"
        "The charities say they will monitor the camps and assist the police.",
    ],
)
def test_cooperation_to_come_is_agree(nlp, text):
    # PLOVER: cooperation (CONSULT, COOPERATE, AID) reported in the future is AGREE (_arranged)
    found, shown = event_types(nlp, text)
    assert "AGREE" in found and not {"CONSULT", "AID"} & set(found), shown
