"""coincide_events: the noun "appeal" as attractiveness (WordNet appeal.n.02: "broaden his appeal",
"a speech with its appeal to traditional values") asks nobody for anything and is no DEMAND; an
appeal for something, or to somebody to act, stays. Invented sentences through the whole
pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Mr Jones hopes to broaden his appeal among young voters.",
        "The delegates cheered Mr Brown's speech, with its appeal to traditional Labour values.",
    ],
)
def test_appeal_as_attraction_is_no_demand(nlp, text):
    found, shown = event_types(nlp, text)
    assert "DEMAND" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "The mayor made an appeal for calm after the riots.",
        "Labour MPs made a direct appeal to the two ministers to stop arguing.",
    ],
)
def test_an_appeal_for_something_stays_a_demand(nlp, text):
    found, shown = event_types(nlp, text)
    assert "DEMAND" in found, shown
