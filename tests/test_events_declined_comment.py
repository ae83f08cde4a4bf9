"""coincide_events: refusing to confirm or deny a claim declines comment (CAMEO 011), a statement
and no rejection. Invented sentences through the whole pipeline with the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import event_types


@pytest.mark.parametrize(
    "text",
    [
        "The French minister again refused to deny the claim that he had met the rebels.",
        "The senator declined to deny reports that she would stand for the leadership.",
    ],
)
def test_refusing_to_deny_is_no_reject(nlp, text):
    found, shown = event_types(nlp, text)
    assert "REJECT" not in found, shown


def test_refusing_a_request_stays_reject(nlp):
    found, shown = event_types(nlp, "The French minister refused to sign the treaty.")
    assert "REJECT" in found, shown
