"""coincide_events: a gerund that completes a noun names a kind of act, no act told
(`_kind_of_act_a_noun_names`). Invented sentences through the whole pipeline with the real model;
the told cases beside them keep the rule from dropping what a sentence does tell."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        # a gerund with no subject of its own under a noun's "of" phrase: the kind of act the noun
        # ("way") is about, nobody recognised by anybody
        "The mayor said the festival was a way of recognising volunteers who serve the town.",
        "The charity said the award was a way of recognising volunteers.",
    ],
)
def test_a_gerund_completing_a_noun_names_a_kind_of_act(nlp, text):
    types, shown = event_types(nlp, text)
    assert "SUPPORT" not in types, shown


@pytest.mark.parametrize(
    "text,kind",
    [
        # the gerund under a verb's object: "made the mistake of" tells the subject's own act
        ("The governor made the mistake of criticising the judges in public.", "DISAPPROVE"),
        # a gerund under a verb's own preposition is no noun's complement
        ("The minister was praised for recognising the volunteers on Monday.", "SUPPORT"),
    ],
)
def test_a_gerund_of_a_told_act_stays(nlp, text, kind):
    types, shown = event_types(nlp, text)
    assert kind in types, shown
