"""coincide_events: the PLOVER codebook's lines the BBC politics tuning samples of the fifth round
(issue 14, seeds 601-604) showed the code crossing. Invented sentences through the whole pipeline
with the real model; each pattern has a case that was wrong before its rule and a case that keeps
the rule from reaching the sense it must leave alone."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def typed(nlp, text, word):
    """The types of the events whose trigger context holds `word`."""
    doc = analyse(nlp, text)
    return [e.type for e in doc._.events if word in (e.context or "").split()]


@pytest.mark.parametrize(
    "text, word, kind",
    [
        # a future meeting or aid named by a noun is AGREE ("References to future meetings,
        # summits, state visits ... should be coded as AGREE"; future CONSULT, SUPPORT, COOPERATE
        # and AID are AGREE)
        # (a meeting with an outside participant: a commission sitting by itself is no event, the
        # settled reading of issue 14 that round 19 put in [own_bodies])
        ("The chancellor will tour Kenya before chairing a meeting with the Kenyan president.", "meeting", "AGREE"),
        ("The chancellor will tour Kenya on Tuesday and chair a meeting of the African Union on Friday.", "meeting", "AGREE"),
        ("The government will double Britain's aid to Kenya.", "aid", "AGREE"),
        # told as done: stays what it is
        ("The chancellor toured Kenya before chairing a meeting with the Kenyan president.", "meeting", "CONSULT"),
        ("The government has doubled Britain's aid to Kenya.", "aid", "AID"),
        # the noun on another noun, not on the future verb: the summit is not what is to come
        ("Mr Chirac will miss an address to the summit from Iraqi interim leader Iyad Allawi.", "summit", "CONSULT"),
        # "agree" sharing a view (a clause of how things are, or one person with nobody's deal):
        # no willingness or commitment to cooperate, so no AGREE, and negated no REJECT
        ("The two presidents agreed that there is some cause for optimism in the region.", "agreed", None),
        ("The deputy speaker agreed it was a matter of concern.", "agreed", None),
        ("Mr Jones agreed and said the figures had to be read in context.", "agreed", None),
        ("I usually agree with Mr Smith, and he is right here.", "agree", None),
        ("In principle I agree with him, but the bill goes too far.", "agree", None),
        ("I rarely find myself agreeing with the senator.", "agreeing", None),
        # negated, a disagreement voiced: the CAMEO dictionary's DISAGREE (110), DISAPPROVE, no
        # proposal refused (tests/test_events_negated_agreement.py)
        ("I do not agree with the senators who have objected to the plan.", "agree", "DISAPPROVE"),
        # deals stay deals: something to be done, something agreed to, a passive, a thing agreed
        ("The two leaders agreed that the talks would resume in March.", "agreed", "AGREE"),
        ("The minister agreed to key changes in the bill.", "agreed", "AGREE"),
        ("It was agreed the issue can be tackled at a later date.", "agreed", "AGREE"),
        ("The unions agreed the new pay deal on Monday.", "agreed", "AGREE"),
        # not talking about a matter, with nobody to talk with: declined comment (CAMEO 011), no REJECT
        ("The minister would not discuss reports that the party had repaid the loan.", "discuss", None),
        ('"We cannot discuss who was responsible for the leak," said the spokesman.', "discuss", None),
        # a partner refused stays a refusal; talks held stay talks
        ("The minister would not discuss the pay offer with the unions.", "discuss", "REJECT"),
        ("The minister discussed the pay offer with the unions.", "discussed", "CONSULT"),
        # a gerund with no subject of its own, subject of a present-tense verb: what such acts are
        ("The judges ruled that detaining foreign suspects without trial is unlawful.", "detaining", None),
        # an act that failed to happen: not done (cooperation failed is refused, above)
        ("The lawyer argued that failing to investigate the death breached the convention.", "investigate", None),
        ("The party had failed to oppose the government's plans.", "oppose", None),
        # done, and a past act named by a gerund, stay
        ("The party opposed the government's plans.", "opposed", "REJECT"),
        ("The police investigated the death of the prisoner.", "investigated", "INVESTIGATE"),
        ("Criticising the minister had brought the newspaper trouble before.", "Criticising", "DISAPPROVE"),
    ],
)
def test_codebook_types(nlp, text, word, kind):
    """`kind` None: no event on that word."""
    assert typed(nlp, text, word) == ([kind] if kind else [])
