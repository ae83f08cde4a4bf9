"""coincide_events: a negated "agree". Invented sentences through the whole pipeline with the real
model. Not agreeing with somebody or with a view is disagreement (the CAMEO verb dictionary's
DISAGREE, VERBAL_CONFLICT 110: PLOVER DISAPPROVE), not the refusal of a proposal (REJECT); the
public at large not agreeing is a state of opinion; a deal not agreed yet is no event."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The senator did not agree with the ministers who objected.",
        "The mayor said she did not agree with the bishops who had criticised the scheme.",
    ],
)
def test_not_agreeing_with_somebody_is_disagreement(nlp, text):
    found, shown = event_types(nlp, text)
    assert "DISAPPROVE" in found and "REJECT" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        # the public at large differing in view: a state of opinion, no actor's act
        "Many farmers say that a large number of voters do not agree with the party's policies.",
        # a deal not reached yet, told with a negated perfect
        "The ministry has not agreed a final price with the builders pending an audit.",
    ],
)
def test_opinion_of_the_public_and_deal_not_reached_are_no_events(nlp, text):
    found, shown = event_types(nlp, text)
    assert "REJECT" not in found and "DISAPPROVE" not in found and "AGREE" not in found, shown


@pytest.mark.parametrize(
    "text",
    [
        # a proposal refused, declared or told: the REJECT senses of a negated "agree"
        "The union has not agreed to the pay offer.",
        "Germany will not agree to the new terms.",
    ],
)
def test_refusing_a_proposal_stays_reject(nlp, text):
    found, shown = event_types(nlp, text)
    assert "REJECT" in found, shown
