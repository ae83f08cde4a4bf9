"""coincide_events: the eleventh BBC round (issue 14). Invented sentences through the whole
pipeline with the real model; each case names the grammatical pattern it holds, and the told cases
beside them keep each rule from dropping what a sentence does tell."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        # intransitive "lead to" (no object, a "to" phrase): caused, nobody led or agreed to anything
        "Lord Smith's inquiry changed the rules and led to the creation of the Prison Complaints Authority.",
        "The Home Office review spawned new practices and led to the creation of the Police Complaints Authority.",
    ],
)
def test_lead_to_is_causing_no_act(nlp, text):
    types, shown = event_types(nlp, text)
    assert not [t for t, c in shown if c.split()[0] in ("led", "lead", "leads")], shown


def test_leading_people_somewhere_stays(nlp):
    # "lead" with an object is still somebody's act (here a delegation's visit)
    types, shown = event_types(nlp, "Mr Smith led a delegation to Paris for talks with the French president.")
    assert "CONSULT" in types, shown
