"""Round 19 (issue 13): a surname ending in "s" before a bare possessive mark ("Reyes’ campaign"),
which the tagger reads as a plural common noun, is the person of that surname named before, so
what they own speaks as theirs. Invented sentences, the whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_names


@pytest.mark.parametrize("text, fragment, owner", [
    # the curly mark after the surname of a person named in the sentence before
    ("Senator Tom Reyes spoke in Ohio. Reyes’ campaign launched a new ad on Tuesday and announced it "
     "would seek a recount.", "would seek a recount", "Tom Reyes"),
])
def test_a_surname_before_a_possessive_mark_is_its_person(nlp, text, fragment, owner):
    assert owner in speaker_names(analyse(nlp, text), fragment)


@pytest.mark.parametrize("text", [
    # no person of that surname named before: no person made of it
    "The Harbour Board met in Ohio. Owners’ groups launched a new ad on Tuesday and announced they would sue.",
])
def test_a_plural_before_a_possessive_mark_is_no_person(nlp, text):
    doc = analyse(nlp, text)
    assert not any(a.kind == "person" for a in doc._.actors or [])
