"""coincide_events: a meeting of a commission, or of a body's members, among themselves is one
body sitting (the settled reading of issue 14: "a committee or commission sitting by itself", "its
members meeting among themselves"), no CONSULT and, to come, no AGREE; a meeting with an outside
participant stays. Invented sentences through the whole pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Mr Brown will chair a meeting of the Commission for Trade in Geneva next week.",
        "A meeting of Labour members is due to be held next week to discuss a replacement.",
        "A meeting of local Labour members was held in Leeds on Friday.",
    ],
)
def test_a_body_sitting_by_itself_is_no_event(nlp, text):
    found, shown = event_types(nlp, text)
    assert "CONSULT" not in found and "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Mr Brown will hold a meeting with the unions next week.", "AGREE"),
        ("The minister met members of the union on Monday.", "CONSULT"),
    ],
)
def test_a_meeting_with_others_stays(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
