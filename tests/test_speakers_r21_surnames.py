"""Round 21 (issue 13): a person's surname repeated alone, which the tagger leaves without a
person, still names the person the story named before. Invented sentences, the whole pipeline on
the real model; each case names the pattern."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_of


@pytest.mark.parametrize("text, fragment, speaker", [
    # a surname of two words ("Le Bastard"), which the model reads as a title when it stands alone
    ("The far-right party's leader, Claudine Le Bastard, backed the plan on Tuesday.\n\n"
     "\"We will not give in to pressure,\" Le Bastard told reporters in Lyon.",
     "We will not give in", "Claudine Le Bastard"),
    # a surname the tagger takes for a verb, the subject of a speech verb
    ("The former pitcher Kurt Schilling was fired by the network on Wednesday.\n\n"
     "Schilling writes on his page that \"the network never liked my politics.\"",
     "never liked", "Kurt Schilling"),
])
def test_surname_alone_names_the_person(nlp, text, fragment, speaker):
    assert (speaker_of(analyse(nlp, text), fragment) or "") == speaker


def test_surname_of_two_people_names_neither(nlp):
    # two people end in the same two words: the surname alone is neither of them by this reading
    text = ("The far-right party's leader, Claudine Le Bastard, backed the plan on Tuesday. Her father, "
            "Pierre Le Bastard, opposed it.\n\n\"We will not give in to pressure,\" Le Bastard told reporters.")
    assert speaker_of(analyse(nlp, text), "We will not give in") is None


def test_lone_surname_is_the_person_named_more_often(nlp):
    # a namesake named once, after the story's main person was named three times: the surname
    # alone is still the main person (the namesake is called by the full name)
    text = ("Senator Bernard Kline spoke on Monday. Kline said the bill was bad. Kline voted no.\n\n"
            "His wife, Janet Kline, a teacher, attended the hearing.\n\n"
            "\"This bill is a disaster,\" Kline said.")
    assert speaker_of(analyse(nlp, text), "This bill is a disaster") == "Bernard Kline"
