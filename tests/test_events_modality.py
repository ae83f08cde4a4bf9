"""coincide_events: CAMEO and PLOVER code what happened, not what may happen (issue 14, second
BBC round). Invented sentences through the whole pipeline with the real model; each case names the
pattern it holds (grammar.possible, grammar.hypothetical), and the told cases beside them keep the
rule from dropping what the sentence does tell."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text, kind",
    [
        # possibility and ability (can, could, may, might): what may happen is not told
        ("Everyone can agree that the treaty is sensible.", "AGREE"),
        ("A similar offer might be made to the Indian government.", "AGREE"),
        ("Under the new law a citizen can be arrested without charge.", "COERCE"),
        ("The minister may visit the Chinese capital.", "CONSULT"),
        # "would" that no reporting verb puts in the past's future: a hypothetical
        ("French voters would reject the treaty by two to one.", "REJECT"),
        ("The tax rise would appeal to pensioners.", "DEMAND"),
    ],
)
def test_possible_or_hypothetical_is_not_told(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # reported intention: "said it would" is the past's future, coded as intent (CAMEO 03)
        ("The German government said it would provide food aid to the refugees.", "AGREE"),
        # a condition makes a possible act a threat (CAMEO 13), before the possibility rule
        ("The European Union may halt its mediation with Serbia if the fighting continues.", "THREATEN"),
        # a negated ability is a refusal
        ("Britain cannot accept the French proposal.", "REJECT"),
        # the act itself, told
        ("The French president met the German chancellor in Paris.", "CONSULT"),
    ],
)
def test_told_beside_the_modality_rules(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # neither side named by an actor or an agent, and nobody doing or suffering it
        ("The paltry figures being discussed were small.", "CONSULT"),
        ("The useless quangos are financed with billions of pounds of cash.", "AID"),
        ("The allegations, claims which are denied, were made last year.", "REJECT"),
    ],
)
def test_act_of_nobody_on_nothing_is_not_told(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # somebody does or suffers it, though no actor is named
        ("The teenager, who was stabbed in the park, died later.", "ASSAULT"),
        ("They were detained at the border last week.", "COERCE"),
        ("Angry pensioners condemned the plan.", "DISAPPROVE"),
    ],
)
def test_act_with_somebody_in_it_is_told(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        # a reported obligation is a demand only when it asks somebody else to act
        ("We need to break the link between arriving and claiming asylum, the minister said.", "DEMAND"),
        ("Nobody should doubt that the threat is real, he argued.", "DEMAND"),
        ("The French said they would not need to attend the meeting.", "DEMAND"),
        ("The judge said the police would have to find other evidence.", "DEMAND"),
        ("The spokesman said the Tories must be the party of the family.", "DEMAND"),  # what somebody should be
    ],
)
def test_obligation_asking_nobody_else_is_no_demand(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The minister said France must withdraw its proposal.", "DEMAND"),
        ("Mubarak said the United States must be ready to mediate between the two sides.", "DEMAND"),
        ("The union said there should be a proper inquiry into the deaths.", "DEMAND"),
    ],
)
def test_obligation_on_somebody_else_is_a_demand(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
