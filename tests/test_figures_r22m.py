"""coincide_figures, twenty-seventh round (issue 14, assignment 22m): the poll a share is "in".

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, twenty-seventh round")."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


@pytest.mark.parametrize(
    "text, value, word",
    [
        # "in" on the subject of the figure's clause
        ("The governor's approval rating in the latest statewide survey stands at 44 percent.", 44, "survey"),
        # "in" inside the figure's own phrase
        ("Three candidates have hovered near 12 percent of the vote in Iowa polls.", 12, "polls"),
        ("More than half of the nurses questioned in a new survey oppose the change.", 0.5, "survey"),
    ],
)
def test_a_finding_the_share_is_in_claims_it(nlp, text, value, word):
    figs = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert figs, [(f.value, f.source, f.source_text) for f in analyse(nlp, text)._.figures]
    f = figs[0]
    assert word in ((f.source_text or "") + " " + (f.source or "")).lower()


def test_a_speaker_still_claims_a_share_in_a_poll_phrase(nlp):
    # a reporting subject claims first: the poll in the share's phrase does not displace it
    text = "The minister said 30 percent of the voters in the latest survey were undecided."
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == 30]
    assert f.source_text is None or "survey" not in f.source_text
