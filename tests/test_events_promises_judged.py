"""coincide_events: a promise said to be worthless. Invented sentences through the whole pipeline
with the real model: a promise noun as the subject of a copula whose predicate is a negative word
of the valence lexicon is a criticism told (PLOVER DISAPPROVE), not the promise (AGREE); a promise
judged well stays the promise."""

from __future__ import annotations

from pipeline_helpers import event_types


def test_promise_called_worthless_is_disapprove(nlp):
    found, shown = event_types(nlp, 'The Greens and the Tories both say Mr Smith\'s pledges are "worthless".')
    assert "DISAPPROVE" in found and "AGREE" not in found, shown


def test_promise_judged_well_stays_agree(nlp):
    found, shown = event_types(nlp, "The Greens said Mr Smith's pledges were popular.")
    assert "DISAPPROVE" not in found, shown
