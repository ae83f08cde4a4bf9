"""coincide_events: one body's own discussion, or a document's topic, is no consultation.
Invented sentences through the whole pipeline with the real model: PLOVER CONSULT is between
actors, and a body meeting by itself has one participant (the settled reading of issue 14 for a
body's own meeting); a report that "discusses" a matter writes about it."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The Fire Brigades Union is discussing the offer next Tuesday.",
        "The Royal College of Nursing is holding specially arranged talks on Friday.",
        "The senate committee's report also discussed the passport scandal.",
    ],
)
def test_own_discussion_is_no_consult(nlp, text):
    found, shown = event_types(nlp, text)
    assert "CONSULT" not in found and "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        # a partner named, or two sides as the subject
        "The Fire Brigades Union discussed the offer with the home secretary on Tuesday.",
        "The French and German foreign ministers discussed the crisis in Paris.",
        # a verb that needs a counterpart
        "The government has been negotiating the return of the prisoners since 2003.",
    ],
)
def test_discussion_between_actors_stays(nlp, text):
    found, shown = event_types(nlp, text)
    assert "CONSULT" in found, shown
