"""coincide_events: a reported obligation is a DEMAND only when it lays a duty on somebody.
Invented sentences through the whole pipeline with the real model: "have" with an object of its
own is possession, not "have to"; a necessity that only may come is a forecast."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        # "have" with its own object: the infinitive hangs on the object ("years to prepare")
        'The senator said: "The agency has had three years to prepare for the new rules."',
        "The mayor said the council had two months to answer the complaint.",
        # a necessity under "may", "might" or "could": a forecast, nobody is asked anything
        "Farmers are warning ministers that the region may have to accept new pylons.",
        "The union said the hospital might have to close two wards.",
    ],
)
def test_no_duty_laid_is_no_demand(nlp, text):
    found, shown = event_types(nlp, text)
    assert "DEMAND" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jones said Iran has to stop the programme.",
        "Senator Jones said Mr Smith must return the documents.",
    ],
)
def test_duty_laid_stays_demand(nlp, text):
    found, shown = event_types(nlp, text)
    assert "DEMAND" in found, shown
