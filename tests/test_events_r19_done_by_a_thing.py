"""coincide_events: a passive participle whose agent is a thing, not somebody and no actor ("rules
... backed by EU directives", "a plan backed by new evidence"), tells no act of an actor; an agent
that is somebody (a group, a person named in the agent's phrase) keeps the act, and force is kept
("killed by a roadside bomb"). Invented sentences through the whole pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The rules are run by a trade body and backed by EU directives on privacy.",
        "The plan was backed by new evidence from the Treasury.",
    ],
)
def test_backed_by_a_thing_is_no_support(nlp, text):
    found, shown = event_types(nlp, text)
    assert "SUPPORT" not in found, shown


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The plan was backed by the unions.", "SUPPORT"),
        ("Lord Smith's assessment was backed by his predecessor as cabinet secretary, Lord Jones.", "SUPPORT"),
        ("Three soldiers were killed by a roadside bomb near Basra.", "ASSAULT"),
    ],
)
def test_an_act_by_somebody_or_force_stays(nlp, text, kind):
    found, shown = event_types(nlp, text)
    assert kind in found, shown
