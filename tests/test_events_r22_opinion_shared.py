"""coincide_events: "agree" as sharing a view is no AGREE (PLOVER AGREE is willingness or commitment
to cooperate), read in three more shapes (the twenty-second BBC round): a view shared about a
matter ("agreed about the causes"), a clause of how things are after a framing phrase before the
subject ("On the economy, the leaders agreed that the outlook was bleak"), and the noun "agreement"
as a state ("I'm in wholehearted agreement with Mr Smith"). Deals stay AGREE. Invented sentences through
the pipeline with the real model, read before the trained confidence filter (a rule's typing)."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers agreed about the causes of the crisis in the steel industry.",
        "On the economy, the party leaders agreed that the outlook was bleak.",
        "I'm in wholehearted agreement with Mr Smith on this one.",
    ],
)
def test_a_view_shared_is_no_agreement(nlp, text):
    found, shown = event_types(nlp, text, rules_only=True)
    assert "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, France and Germany agreed to send troops to the region.",
        "The two ministers agreed on a date for the next round of talks.",
        "The unions and the government reached an agreement on pensions.",
    ],
)
def test_a_deal_stays_an_agreement(nlp, text):
    found, shown = event_types(nlp, text, rules_only=True)
    assert "AGREE" in found, shown
