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


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a people named by its members (the tagger's NORP, plural) is a group ...
        ("Many Hindus said the temple should be rebuilt.", "Hindus", "group"),
        ("The survey found that Catholics backed the proposal by a wide margin.", "Catholics", "group"),
        # ... and a party named by its members stays an organisation
        ("The Tories said the tax was unfair.", "Tories", "organization"),
        ("Republicans voted against the measure on Tuesday.", "Republicans", "organization"),
    ],
)
def test_a_people_named_in_the_plural_is_a_group(nlp, text, name, kind):
    doc = nlp(text)
    actors = named(doc, name)
    assert actors and all(a.kind == kind for a in actors)


def test_two_peoples_coordinated_are_a_group_of_both(nlp):
    doc = nlp("Muslims and Christians marched together through the city on Sunday.")
    both = [a for a in doc._.actors if a.members]
    assert len(both) == 1 and both[0].kind == "group"
    assert sorted(a.name for a in doc._.actors if a.id in both[0].members) == ["Christians", "Muslims"]


def test_a_people_is_not_what_they_continues(nlp):
    # "they" goes on with the groups that wrote, not with the people spoken of before them
    doc = nlp("The senator called to ban Muslims from the country. The groups who wrote to her "
              "say they are concerned.")
    assert not [a for a in named(doc, "they") if a.name == "Muslims"]


@pytest.mark.parametrize(
    "text, words",
    [
        # a secretary's field, which the Phoenix agents list as an office's ("home minister",
        # "ministry of health"), is a word of the title, not a body (portfolio_of_a_title)
        ("Michael Howard would not back the Home Secretary's plans.", "Home"),
        ("The Health Secretary John Reid said the plan was sound.", "Health"),
        # two parties joined by a hyphen before a noun say between whom or whose it is
        # (pair_as_modifier)
        ("The candidate insisted on building a wall on the U.S.-Mexico border.", "U.S.-Mexico"),
        ("It is the failed Obama-Clinton foreign policy, Donald Trump said of Barack Obama and Hillary Clinton.",
         "Obama-Clinton"),
        # a name after "pro-" or "anti-" is what the phrase is for or against (after_a_stance_prefix)
        ("Correct the Record, a pro-Clinton super PAC, attacked Bernie Sanders.", "pro-Clinton"),
        ("Activists said pro-Trump forces tried to mobilize delegates.", "pro-Trump"),
    ],
)
def test_words_the_tagger_calls_a_name_that_are_no_actor(nlp, text, words):
    assert not named(nlp(text), words)


@pytest.mark.parametrize(
    "text, name",
    [
        # a field the story names on its own is a body there too; a party word stays the party's
        ("The Treasury said the Treasury secretary would decide.", "Treasury"),
        ("Labour secretary Jim Smith said the plan was sound.", "Labour"),
        # a hyphenated name of one body, or of a part that is no country, party or person
        ("The former Hewlett-Packard chief executive spoke in Iowa.", "Hewlett-Packard"),
        ("The AFL-CIO labor federation endorsed her.", "AFL-CIO"),
        # a body whose name carries a stance prefix writes it with a capital, or ends in a body's
        # word (the tagger's name of the newspaper ends at "Union")
        ("The leader of the Anti-Defamation League warned that such a ban would be wrong.", "Anti-Defamation League"),
        ("The pro-Christie Union Leader has run a string of editorials.", "pro-Christie Union"),
    ],
)
def test_names_beside_those_rules_stay_actors(nlp, text, name):
    assert named(nlp(text), name)


def test_a_name_with_a_hyphenated_word_after_it_is_no_pair(nlp):
    # "George Bush-style": the tagger's one person name ends in "style", which is nobody's surname
    doc = nlp("Britain could not afford the reckless, George Bush-style tax cutting spree, he said.")
    assert [a.kind for a in doc._.actors if "Bush" in a.name] == ["person"]


def test_a_country_word_after_a_stance_prefix_is_left_to_affiliation(nlp):
    doc = nlp("Anti-American protesters marched in Cairo.")
    assert [a.kind for a in named(doc, "Anti-American protesters")] == ["group"]
