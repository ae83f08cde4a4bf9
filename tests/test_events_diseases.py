"""coincide_events: a named disease that kills is an epidemic, no force used by anyone (PLOVER has
no event for it), as the natural hazards of plover.NATURAL_HAZARDS already are. Invented sentences
through the whole pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types

FORCE = {"ASSAULT", "FIGHT", "COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "Malaria is killing thousands of children in the region, the charity said.",
        "Cholera has killed 300 people in the province since March.",
        "HIV is ravaging southern Africa, killing teachers and nurses in their prime.",
    ],
)
def test_a_disease_that_kills_is_no_force(nlp, text):
    found, shown = event_types(nlp, text)
    assert not FORCE & set(found), shown


@pytest.mark.parametrize(
    "text",
    [
        "Rebels are killing thousands of villagers in the region, the charity said.",
        "Soldiers killed 300 protesters in the province in March.",
    ],
)
def test_people_who_kill_stay_force(nlp, text):
    found, shown = event_types(nlp, text)
    assert "ASSAULT" in found, shown
