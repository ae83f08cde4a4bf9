"""coincide_events: "offer" whose object is a programme (an agenda, a programme, a choice) and whose
recipient, if any, is the public at large describes a party's platform, no PLOVER AGREE; an offer
of something to another actor stays. Invented sentences through the whole pipeline with the real
model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair told party members the Tories offered a hard right agenda.",
        "Mr Howard said the Liberal Democrats offered a soft left programme.",
    ],
)
def test_a_programme_offered_is_no_agreement(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "The government offered the unions a new deal.",
        "Britain has offered to send troops to help the relief effort.",
    ],
)
def test_an_offer_to_an_actor_stays(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" in found, shown
