"""coincide_figures, thirty-first round (issue 14, assignment 23i): money understood from the story.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, thirty-first round: money understood, the "or" range")."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def _money(nlp, text):
    return [(f.value, f.unit) for f in analyse(nlp, text)._.figures if f.unit in ("dollars", "pounds", "euros")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # a plural scale alone, the object of a verb of accepting, in a story of dollars
        ("The senator paid $5 to a friend. Later she was accepting millions from the bank lobby in donations.", 1e6, "dollars"),
        # "hundreds of thousands" given, in a story of pounds
        ("The fund got £3m last year. Its patron has given it hundreds of thousands.", 1e5, "pounds"),
        # a glued "K" before a noun of a sum given
        ("The club raised $40 in fees. Anyone who wrote a 20K check was made a patron.", 2e4, "dollars"),
        # the object of "cost", beside a count of people that stays one
        ("The party paid £5m in fines. Thousands marched, and the rally cost millions.", 1e6, "pounds"),
    ],
)
def test_money_understood_from_the_story(nlp, text, value, unit):
    assert (value, unit) in _money(nlp, text), _money(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no sum in the story: the currency is anybody's guess
        "The group spent millions on ads.",
        # two currencies in the story
        "The firm paid $3bn and £2bn in fines. It has given millions to charity.",
        # a scale "of" a noun counts that noun
        "The firm earned $3bn. Millions of voters gave to the campaign.",
    ],
)
def test_no_money_understood(nlp, text):
    assert not [v for v, _ in _money(nlp, text) if v == 1e6], _money(nlp, text)
