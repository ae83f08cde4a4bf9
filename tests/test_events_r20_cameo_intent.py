"""coincide_events: an intent to cooperate (CAMEO 03, PLOVER AGREE) that only a CAMEO dictionary
pattern reads, with no promising or agreeing verb of the hand lexicon, is no AGREE: TABARI's
patterns of plans and errands ("announced plans to ...", "made a trip to ...") name no commitment
made to another actor. A promise, a pledge or an agreement the hand lexicon reads stays AGREE.
Invented sentences through the whole pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Peter Hain has announced plans to limit the number of new casinos in the UK to 12.",
        "The chancellor made a surprise trip to Afghanistan this week.",
    ],
)
def test_a_dictionary_idiom_of_plans_is_no_agreement(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "The government promised the unions a new pay deal on Tuesday.",
        "France agreed to send troops to the region.",
        "The chancellor pledged to cut taxes for small firms.",
    ],
)
def test_a_promise_the_hand_lexicon_reads_stays(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" in found, shown


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The leader of the Green Party has been arrested as part of a police inquiry into the march.", "COERCE"),
        ("The minister says he discussed the budget with the prime minister on Sunday and promised to help.", "CONSULT"),
    ],
)
def test_the_hand_reading_stands_where_a_dictionary_intent_read_over_it(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
