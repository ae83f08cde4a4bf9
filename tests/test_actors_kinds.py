"""coincide_actors on the real spaCy model: actors of the right kind.

Each case is an invented sentence for one general rule: a name made of party words only
("Labour", "the Tories", "the Lib Dems") that the tagger calls a person is an organisation, so a
later "he" is not given to it, while a surname that is also a party word ("Green") stays the person
of that surname.
"""

from __future__ import annotations

import pytest

# the actors-only pipeline on the real model, and the helper that finds actors by mention text
from test_actors_names import named, nlp  # noqa: F401  (nlp is a fixture)


@pytest.mark.parametrize(
    "text, party",
    [
        ("Labour is counting on the politics of fear, Charles Kennedy said. He said Labour had failed.", "Labour"),
        ("Charles Kennedy said Labour had failed the country. He said voters were tired.", "Labour"),
        # a clipped party word beside a listed one
        ("The Lib Dems said the tax was unfair, and Charles Kennedy agreed.", "Lib Dems"),
    ],
)
def test_party_name_is_no_person(nlp, text, party):
    doc = nlp(text)
    actors = named(doc, party)
    assert actors and all(a.kind == "organization" for a in actors)
    # and a later "he" is the person who spoke, never the party
    assert all(a.kind == "person" for a in named(doc, "He"))


@pytest.mark.parametrize(
    "text, surname, full",
    [
        ("Sarah Green, the shadow minister, said the bill was flawed. Green told MPs the vote would be close.",
         "Green", "Sarah Green"),
        ("Judge Robert Green ruled on Monday. Green said the law was clear.", "Green", "Robert Green"),
    ],
)
def test_party_word_surname_stays_the_person(nlp, text, surname, full):
    doc = nlp(text)
    assert [a.name for a in named(doc, surname)] == [full]


def test_an_unknown_place_name_that_speaks_is_a_body(nlp):
    # the tagger calls "Bloomberg" a place here; no dictionary knows it, and a place does not
    # speak: as the object of "according to" it is an organisation (round 15)
    doc = nlp("The firm earned $4 million last year, according to Bloomberg.")
    actors = named(doc, "Bloomberg")
    assert actors and all(a.kind == "organization" for a in actors)


def test_an_unknown_place_name_that_does_not_speak_is_no_actor(nlp):
    doc = nlp("The firm opened a new office in Bloomberg last year.")
    assert not named(doc, "Bloomberg")


# Round 22c: a name the tagger calls a body, that a person noun titles or renames, is a person
# (invented sentences; each name is one the tagger reads as ORG or as a plural in this frame)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Anna Reed's former advisor Ed Balls, now a candidate, said the plan was costly.", "Ed Balls"),
        ("\u201cHe was very happy,\u201d his nephew Michery el Soheil added.", "Michery el Soheil"),
        ("One voter, Guadalupe Potocacetpl, 35, wore a green hat to the rally.", "Guadalupe Potocacetpl"),
    ],
)
def test_a_name_a_person_noun_titles_is_a_person(nlp, text, name):
    actors = named(nlp(text), name)
    assert actors and all(a.kind == "person" for a in actors)


def test_a_body_noun_before_a_name_keeps_it_a_body(nlp):
    # "retailer" is a WordNet person noun too, but a body's head (coref.toml organization_heads)
    actors = named(nlp("Strong results from the retailer Amazon lifted shares on Friday."), "Amazon")
    assert actors and all(a.kind == "organization" for a in actors)
