"""coincide_events: promises kept or broken through a quantity ("all of its promises") are no new
promise. Invented sentences through the whole pipeline with the real model: the verb tells what
became of promises made before, as the direct object ("kept its promise") is already read."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        # each typed AGREE (the promise, with its recipient) before the rule
        "Ottawa insists the Canadian government has met all of its promises to Mexico.",
        "The Greek prime minister claimed Greece had kept all of its promises to the European Union.",
    ],
)
def test_promises_kept_or_broken_are_no_agreement(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        # a promise made, with no verb of keeping or breaking over it
        "The French government promised Germany all of its support in the talks.",
        "Canada gave a pledge to Mexico on trade.",
    ],
)
def test_promises_made_stay(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" in found, shown
