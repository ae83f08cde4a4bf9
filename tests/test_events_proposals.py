"""coincide_events: a proposal is coded by what is proposed, as the CAMEO verb dictionary's PROPOSE
patterns do. Invented sentences through the whole pipeline with the real model: proposing
cooperation is intent to cooperate (PLOVER AGREE); proposing a policy of one's own, with no act
between actors in it, is no event."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The ministers had proposed getting rid of the title of chief justice.",
        "The French government had initially proposed to merge the two agencies.",
    ],
)
def test_proposing_a_policy_is_no_agreement(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian government proposed talks with Israel.",
        "Russia proposed to hold talks with Georgia.",
    ],
)
def test_proposing_cooperation_is_agree(nlp, text):
    found, shown = event_types(nlp, text)
    assert "AGREE" in found, shown
