"""coincide_figures, twentieth round (issue 14, assignment 19f): what a percentage or a sum counts.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, twentieth round")."""

from __future__ import annotations

import re

import pytest

from pipeline_helpers import analyse


def _about_holds(about: str | None, words: str) -> bool:
    """`about` holds these words, in order (as tests/test_figures.py reads it)."""
    return bool(re.search(r"\b" + r"\b.*\b".join(words.split()) + r"\b", about or ""))


@pytest.mark.parametrize(
    "text, value, about",
    [
        # a rate is counted per the noun after "a" or "per": that noun is part of what it counts
        ("New mothers are entitled to £102.80 a week until the baby is six months old.", 102.8, "a week"),
        ("The campaign spent $9 million ($31 a vote) on the race.", 31, "a vote"),
        ("Cleaners will earn $15 per hour under the new contract.", 15, "per hour"),
        ("Sales of the cars are growing 40 percent a year.", 40, "a year"),
    ],
)
def test_rate_counts_its_denominator(nlp, text, value, about):
    (f,) = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert _about_holds(f.about, about), (f.value, f.unit, f.about)


@pytest.mark.parametrize(
    "text, value",
    [
        # "a year ago" dates the amount; it is no rate
        ("The council paid £5m a year ago for the site.", 5e6),
        ("The bank lent the firm £2m a month before the crash.", 2e6),
    ],
)
def test_no_rate(nlp, text, value):
    (f,) = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert not re.search(r"\ba (year|month)\b", f.about or ""), (f.value, f.unit, f.about)


@pytest.mark.parametrize(
    "text, value, source_text",
    [
        # a share that says something is the figure's respondents; who reports them claims it
        ("The poll showed that 54 percent of nurses said they would strike.", 54, "The poll"),
        # and a second share in the respondents' clause is claimed by the same finder, not by them
        ("The poll showed that 54 percent of nurses said they would strike, while only 25 percent would accept the offer.",
         25, "The poll"),
        ("A new survey found that 61% of tenants said the rent was too high.", 61, "A new survey"),
        # with no reporting verb above the respondents nobody is named
        ("About 62 percent of voters said the economy was weak.", 62, None),
    ],
)
def test_respondents_are_no_claimant(nlp, text, value, source_text):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert (f.source, f.source_text) == (None, source_text), (f.source, f.source_text)
