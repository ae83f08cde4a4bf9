"""Unions that act without a name (coincide.nlp.actors, issue 13): "five public sector unions will
hold talks" is a group of the story's country (Phoenix's LAB sector: TRADE_UNION, LABOR_UNION), so
"they" after it, and "the unions" later, hold the positions the sentence gives. Invented sentences
on the whole pipeline and the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def actor_at(doc, words):
    start = doc.text.index(words)
    for a in doc._.actors:
        if any(s <= start < e for s, e in a.mentions):
            return a
    return None


def holders(doc):
    names = {a.id: a.name for a in doc._.actors}
    return [(names.get(p.holder), p.stance, p.issue) for p in doc._.positions]


STORY = ("Nurses threaten strike\n\nFive public sector unions will meet Prime Minister Tony Blair in London on "
         "Friday. They want the government to scrap the plans to raise the pension age. Chancellor Gordon Brown "
         "said Britain could not afford the change. The unions said they opposed the plans to cut jobs.")


def test_unnamed_unions_that_act_are_a_group_of_the_storys_country(nlp):
    doc = analyse(nlp, STORY, published="2005-01-01")
    unions = actor_at(doc, "public sector unions")
    assert unions is not None and (unions.kind, unions.country, unions.code) == ("group", "GBR", "GBRLAB")
    # "the unions" later are the same ones; "they" after them is theirs
    assert actor_at(doc, "unions said") is unions
    assert actor_at(doc, "They want") is unions
    assert any(h == unions.name and stance == "support" for h, stance, _ in holders(doc)), holders(doc)


@pytest.mark.parametrize(
    "text, words",
    [
        # no country for the story: nobody's unions
        ("Five unions will meet on Friday.", "unions"),
        # unions that do not act (an object) are no actor
        ("Prime Minister Tony Blair met five unions in London.", "unions"),
        # the named members act, not the plural around them
        ("Prime Minister Tony Blair spoke in London. Other unions, including Unison, backed the plan.", "unions"),
    ],
)
def test_unions_that_do_not_act_for_a_known_country_are_no_group(nlp, text, words):
    doc = analyse(nlp, text, published="2005-01-01")
    a = actor_at(doc, words)
    assert a is None or a.code != "GBRLAB", (a.name, a.kind, a.code)
