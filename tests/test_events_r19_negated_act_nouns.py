"""coincide_events: an event noun carried by a light verb and negated ("no complaint had been made",
"did not have a complaint made against him") tells no act. Force is kept: the force yardstick
counts a negated arrest as force on people. Invented sentences through the whole pipeline with
the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Mr Jenkins did not have a complaint made against him, but questions were raised.", "DISAPPROVE"),
        ("Officials said no protest had been staged by the unions.", "PROTEST"),
    ],
)
def test_a_negated_act_noun_is_no_event(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The opposition made a complaint against the minister.", "DISAPPROVE"),
        ("The unions staged a protest outside the embassy.", "PROTEST"),
    ],
)
def test_an_act_noun_told_stays(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown


def test_a_negated_arrest_is_kept_as_force(nlp):
    found, shown = event_types(nlp, "Police questioned the fans after the match, but no arrests have been made.")
    assert "COERCE" in found, shown
