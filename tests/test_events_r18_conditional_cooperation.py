"""coincide_events: an act of cooperation under a condition is no threat (PLOVER THREATEN is a
threat of coercion, force, a sanction or a withdrawal): promised ("will", or a reported "would"),
it is an offer, AGREE (a release or concession promised stays CONCEDE); only supposed (an
unreported "would"), it is no event. A conditional act of force, or a withdrawal, stays a threat.
Invented sentences through the whole pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text, kind",
    [
        ("If the unions accept the offer, we will support the reform.", "AGREE"),
        ("If the talks succeed, the government will release the prisoners.", "CONCEDE"),
    ],
)
def test_cooperation_promised_on_a_condition_is_an_offer(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found and "THREATEN" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "If anyone complains, the regulator would investigate that.",
        "If the figures were wrong, the watchdog would investigate the company.",
        "If asked, the police would cooperate with the inquiry.",
    ],
)
def test_cooperation_supposed_on_a_condition_is_no_threat(nlp, text):
    found, shown = event_types(nlp, text)
    assert "THREATEN" not in found, shown


def test_force_on_a_condition_stays_a_threat(nlp):
    # the rules' typing, before the confidence filter
    found, shown = event_types(nlp, "The army will attack the town if the rebels do not surrender.", rules_only=True)
    assert "THREATEN" in found, shown


def test_a_withdrawal_on_a_condition_stays_a_threat(nlp):
    found, shown = event_types(nlp, "The government will withdraw its troops from the region unless the rebels agree to a ceasefire.")
    assert "THREATEN" in found, shown


def test_a_reported_offer_on_a_condition_is_an_offer(nlp):
    found, shown = event_types(nlp, "The rebels said they would meet the envoy if he guaranteed their safety.")
    assert "AGREE" in found and "THREATEN" not in found, shown
