"""coincide_figures, thirty-first round (issue 14, assignment 23i): the "or" range.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, thirty-first round: money understood, the "or" range")."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def _figures(nlp, text, unit):
    return [(f.value, f.value_high) for f in analyse(nlp, text)._.figures if f.unit == unit]


@pytest.mark.parametrize(
    "text, unit, value, high",
    [
        # a bare number joined by "or" to an amount takes its unit: one range, not the high end alone
        ("The merger would cut the company's tax rate to 12 or 13 percent, its chief said.", "percent", 12, 13),
        ("Only the richest 4 or 5 percent would pay the new levy.", "percent", 4, 5),
        # the same reading for a count of people
        ("Police said 20 or 30 protesters were arrested.", "people", 20, 30),
    ],
)
def test_or_joins_a_range_from_a_bare_low_end(nlp, text, unit, value, high):
    assert _figures(nlp, text, unit) == [(value, high)]


@pytest.mark.parametrize(
    "text, unit, expected",
    [
        # both ends written whole stay two figures (tune2's "60 percent or 70 percent")
        ("About 30% or 40% of the members left.", "percent", [(30, None), (40, None)]),
        # "or so" is a hedge, no range
        ("The 30 or so pastors met him on Monday.", "people", [(30, None)]),
    ],
)
def test_or_that_is_no_range(nlp, text, unit, expected):
    assert _figures(nlp, text, unit) == expected
