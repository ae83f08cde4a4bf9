"""coincide_events: a "visit" whose objects are all places of a map in the plural (seats,
constituencies, towns, places; through "a mixture of") is a campaigner's tour that meets nobody, no
PLOVER CONSULT and no AGREE to come; a visit to a country, a leader or one named place stays a
visit. Invented sentences through the whole pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The party leader is visiting a mixture of coastal seats and inner-city areas this week.",
        "The candidate will visit marginal constituencies across the north.",
        "Yesterday she visited towns in Kent and Sussex.",
        "Next week he will visit places such as Leeds where his party hopes to gain.",
    ],
)
def test_a_tour_of_places_is_no_visit(nlp, text):
    found, shown = event_types(nlp, text)
    assert not {"CONSULT", "AGREE"} & set(found), shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The foreign secretary will visit Thailand and Indonesia this week.", "AGREE"),
        ("The prime minister visited the Pakistani president in Islamabad.", "CONSULT"),
    ],
)
def test_a_visit_to_a_country_or_a_leader_stays(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
