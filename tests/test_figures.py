"""coincide_figures on small texts with the real model and the whole pipeline."""

from __future__ import annotations

import pytest

from coincide.nlp.figures import parse_value
from coincide.nlp.mentions import actor_by_id
from pipeline_helpers import analyse


@pytest.mark.parametrize(
    "words, want",
    [
        (["93,000"], 93000), (["two"], 2), (["2.5", "million"], 2_500_000), (["$12M"], 12_000_000),
        (["millions"], 1_000_000), (["two", "-", "thirds"], 2 / 3), (["twenty-five"], 25),
        (["three", "hundred"], 300), (["banana"], None),
    ],
)
def test_parse_value(words, want):
    got = parse_value(words)
    assert (got is None and want is None) or abs(got - want) < 1e-9


def test_casualty_figure_with_qualifier_place_source_and_since(nlp):
    doc = analyse(
        nlp,
        "At least 93,000 people have been killed in Syria's conflict since it erupted in March 2011, "
        "according to a recent U.N. estimate.",
    )
    (f,) = [f for f in doc._.figures if f.value == 93000]
    assert (f.unit, f.about, f.qualifier, f.since) == ("people", "killed", "at least", "2011-03")
    assert actor_by_id(doc, f.place).country == "SYR"
    assert "U.N" in actor_by_id(doc, f.source).name or "United Nations" in actor_by_id(doc, f.source).name


@pytest.mark.parametrize(
    "text, value, unit, about, qualifier",
    [
        ("Millions have been displaced.", 1_000_000, "people", "displaced", "at least"),
        ("Police arrested more than 200 protesters.", 200, "protesters", "arrested", "more than"),
        ("Two soldiers were wounded in the attack.", 2, "soldiers", "wounded", None),
        ("The donors pledged $2.5 million for the camps.", 2_500_000, "dollars", "pledged", None),
        ("Nearly two-thirds of the population has fled.", 2 / 3, "share", "fled", "nearly"),
    ],
)
def test_figure(nlp, text, value, unit, about, qualifier):
    doc = analyse(nlp, text)
    got = [(f.unit, f.about, f.qualifier) for f in doc._.figures if abs(f.value - value) < 1e-6]
    assert got == [(unit, about, qualifier)], [(f.value, f.unit, f.about) for f in doc._.figures]


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in 1996 on June 17.",  # years and days are no figures
        "The 18 most important cities voted.",  # a count of things nothing happened to
        "He is 45 years old.",
    ],
)
def test_no_figure(nlp, text):
    assert analyse(nlp, text)._.figures == []


def test_speaker_of_the_quote_is_the_source(nlp):
    doc = analyse(nlp, '"More than 500 civilians were killed in the shelling," Amnesty International said.')
    (f,) = [f for f in doc._.figures if f.value == 500]
    assert f.source is not None and "Amnesty" in actor_by_id(doc, f.source).name
