"""Violence needs violence: ASSAULT, FIGHT and COERCE only with physical evidence (events._physical)."""

from __future__ import annotations

import pytest

from coincide.records import Story

FORCE = {"ASSAULT", "FIGHT", "COERCE"}


def types(nlp, text):
    doc = nlp.make_doc(text)
    doc._.story = Story(body=text, published="2005-03-01")
    return {e.type for e in nlp(doc)._.events}


@pytest.mark.parametrize(
    "text, kind",
    [
        # verbal attacks are criticism of whom or what they aim at
        ("The shadow chancellor attacked the government's spending plans.", "DISAPPROVE"),
        ("The minister blasted the unions for their stance on pensions.", None),
        # contests and sport are no force
        ("The Greens fought a very positive campaign in the north.", None),
        ("Celtic and Rangers clashed in the Scottish Cup final.", None),
        ("Labour will battle for every seat in the election.", None),
        # laws on things, not people
        ("The council wants to ban smoking in all pubs.", None),
        ("The agency is trying to curb emissions from transport.", None),
    ],
)
def test_words_are_not_blows(nlp, text, kind):
    got = types(nlp, text)
    assert not got & FORCE, got
    if kind:
        assert kind in got, got


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Gunmen attacked a police station in the north of the country.", None),  # armed attackers
        ("Rebels attacked the village with mortars.", None),  # an instrument
        ("Troops fought insurgents in the streets of the city.", "FIGHT"),
        ("Police arrested four men outside the embassy.", "COERCE"),  # harm by its sense
        ("A bomb killed three soldiers near the border.", None),
        ("The government jailed 52 members of the banned movement.", "COERCE"),
    ],
)
def test_force_with_evidence_stays(nlp, text, kind):
    got = types(nlp, text)
    assert got & FORCE, got
    if kind:
        assert kind in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The row blew up after the mayor's remarks to a reporter.",  # a thing of words blows up
        "The former police chief clashed with a campaigner on Thursday.",  # police inside a title is no armed force
        "The screening took place at the airport in July.",  # an idiom of happening
    ],
)
def test_no_force_in_idioms_and_titles(nlp, text):
    assert not types(nlp, text) & FORCE
