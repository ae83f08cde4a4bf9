"""coincide_events: two wrong-type patterns of the BBC tuning judgments (round 26), each decided by
the PLOVER codebook or the CAMEO verb dictionary. Invented sentences through the pipeline with the
real model, read before the trained confidence filter (a rule's typing).

1. A retreat or concession told as still to come ("announced it would withdraw its troops", "will
   be freed") is CONCEDE: the codebook's AGREE says future RETREAT and CONCEDE "do not reduce to
   AGREE", and its CONCEDE codes "announced ... would withdraw troops" CONCEDE. Cooperation to come
   stays AGREE, and so does agreeing to a retreat ("agreed to lift embargoes", an AGREE of the PLOVER
   gold tune half).
2. "call" with a predicative complement names its object ("called the target 'hugely
   unambitious'"): no DEMAND, even with a "for" phrase near; the CAMEO dictionary's CALL block codes
   a name of blame as criticism (111, DISAPPROVE) and one of praise as a comment (013, no event);
   a name that judges nothing is no event either."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government announced it would withdraw its troops from the province next spring.",
        "The minister said the government would lift the curfew on the capital within a week.",
        "The rebels say all six hostages held in the mountains will be freed within days.",
    ],
)
def test_a_retreat_to_come_is_a_concession(nlp, text):
    found, shown = event_types(nlp, text, rules_only=True)
    assert "CONCEDE" in found and "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, France and Germany agreed to send troops to the region.",
        "The Dutch government announced it would send aid to the flood victims next week.",
        "The US Congress agreed to lift the embargo on medicine sales to Cuba.",
    ],
)
def test_cooperation_to_come_stays_an_agreement(nlp, text):
    found, shown = event_types(nlp, text, rules_only=True)
    assert "AGREE" in found and "CONCEDE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        'For the Scottish Greens, Mary Jones called the new recycling target "hugely unambitious".',
        'Union leader Bob Crow called the pay offer from the rail companies "a disgrace".',
        "The opposition leader Ali Hassan called the president a dictator.",  # the dictionary's "* DICTATOR"
    ],
)
def test_a_name_of_blame_is_a_criticism_not_a_call_for(nlp, text):
    found, shown = event_types(nlp, text, rules_only=True)
    assert "DISAPPROVE" in found and "DEMAND" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        'Farm minister Ann Green called the trade deal "an excellent result for farmers".',
        'A senior minister called all the female MPs "Betty" for years.',
    ],
)
def test_a_name_of_praise_or_no_judgement_is_no_event(nlp, text):
    found, shown = event_types(nlp, text, rules_only=True)
    assert "DEMAND" not in found and "DISAPPROVE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democrats called for an independent inquiry into the affair.",
        "Union leader Bob Crow called on the rail companies to improve their pay offer.",
    ],
)
def test_calling_for_stays_a_demand(nlp, text):
    found, shown = event_types(nlp, text, rules_only=True)
    assert "DEMAND" in found, shown
