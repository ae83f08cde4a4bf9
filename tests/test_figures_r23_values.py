"""coincide_figures, twenty-eighth round (issue 14, assignment 23f): values missed.

Invented sentences only, on the real model and the whole pipeline; each row says the pattern it
reads (docs/events-figures.md, "Figures, twenty-eighth round: the values missed")."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def _people(nlp, text):
    return [(f.value, f.value_high) for f in analyse(nlp, text)._.figures if f.unit == "people"]


@pytest.mark.parametrize(
    "text, value, high",
    [
        # a range whose high end the parser makes a conjunct of the low end, the noun on the low end
        ("Between 100 and 150 protesters were there for the speech.", 100, 150),
        ("He said that between 100 and 150 others were there for the prayers.", 100, 150),
        # the number hung on the first of two coordinated adjectives before the noun
        ("The plan would raise taxes on 8 million low- and middle-income Americans.", 8e6, None),
        # a split-off "m" the parser tags a verb or makes the subject: still a million of the noun after
        ("The service employs 1.3m people across the country.", 1.3e6, None),
        ("About 1.5m people visited the site.", 1.5e6, None),
    ],
)
def test_plural_of_people_written_after_the_number(nlp, text, value, high):
    assert (value, high) in [(round(v, 3), h) for v, h in _people(nlp, text)], _people(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun of things after the number is no count of people
        "Between 100 and 150 schools were there on the list.",
        # a year before a plural of people is a date
        "In 2015 voters rejected the plan.",
    ],
)
def test_no_people_after_the_number(nlp, text):
    assert _people(nlp, text) == []
