"""coincide_events: telephoning the public at large is canvassing, no consultation
(`_calls_the_public`, the `public_at_large` table of lexicon/verb-classes.toml). Invented sentences
through the whole pipeline with the real model; a call to an actor stays."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        # the callee as the passive subject, a call to come
        "Residents in marginal seats will be telephoned by party workers before polling day.",
        # the callee as the object, counted through an "of" phrase
        "Both parties are still phoning the thousands of voters who asked not to be called.",
    ],
)
def test_telephoning_the_public_is_no_consultation(nlp, text):
    types, shown = event_types(nlp, text)
    assert "CONSULT" not in types and "AGREE" not in types, shown


def test_telephoning_an_actor_stays(nlp):
    types, shown = event_types(nlp, "The prime minister telephoned the French president on Sunday.")
    assert "CONSULT" in types, shown
