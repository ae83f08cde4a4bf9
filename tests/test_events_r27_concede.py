"""coincide_events: a retreat or concession told as still to come ("announced it would withdraw its
troops", "will be freed") is CONCEDE, a wrong-type pattern of the BBC tuning judgments (rounds 26-27)
decided by the PLOVER codebook: its AGREE says future RETREAT and CONCEDE "do not reduce to AGREE",
and its CONCEDE codes "announced ... would withdraw troops" CONCEDE. Cooperation to come stays
AGREE, and so does agreeing to a retreat ("agreed to lift embargoes", an AGREE of the PLOVER gold
tune half). Invented sentences through the pipeline with the real model, read before the trained
confidence filter (a rule's typing)."""

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


