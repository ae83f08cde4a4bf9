"""coincide_actors on the real spaCy model: a group named with a place is of that place's country.

Each case is an invented sentence for one general rule (round 17): the plural of a body's head noun
("groups", "organisations") that Phoenix lists under no agent, tied to a country by "in"/"of" a
place, a country adjective or a possessive, is a group actor of that country, as Phoenix attaches
an agent to the code of the country it names; with no country named it is left alone.
"""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse
from test_actors_names import nlp  # noqa: F401  (nlp is a fixture)


@pytest.mark.parametrize("text, phrase, country", [
    ("Opposition groups in Syria said they would boycott the talks.", "Opposition groups in Syria", "SYR"),
    ("Syrian opposition groups rejected the plan on Monday.", "Syrian opposition groups", "SYR"),
    ("Kenya's aid organisations warned of a famine.", "Kenya's aid organisations", "KEN"),
])
def test_bodies_named_with_a_place_are_a_group_of_its_country(nlp, text, phrase, country):
    doc = analyse(nlp, text)
    at = text.index(phrase)
    groups = [a for a in doc._.actors if (at, at + len(phrase)) in [tuple(m) for m in a.mentions]]
    assert groups and groups[0].kind == "group" and groups[0].country == country, \
        [(a.name, a.kind, a.country, a.mentions) for a in doc._.actors]


@pytest.mark.parametrize("text", [
    "Opposition groups said they would boycott the talks.",
    # "from" a place: somebody else's, leaving it (as for "forces from Panama")
    "Opposition groups from Syria met in Geneva on Monday.",
])
def test_bodies_named_with_no_country_of_their_own_make_no_group_here(nlp, text):
    doc = analyse(nlp, text)
    assert not [a for a in doc._.actors if a.kind == "group"], [(a.name, a.kind) for a in doc._.actors]
