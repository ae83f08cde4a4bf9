"""Round 20 (issue 13): object control. An infinitive speech cue on a verb of causing with an
object before it ("the victory led Republicans to declare", "the remark prompted X to say") is
said by that object, not by the verb's subject (often a thing); after a verb of asking ("asked
the board to explain") nothing has been said by the object yet. Invented sentences, the whole
pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_of


@pytest.mark.parametrize("text, fragment, name", [
    ("The surprise victory in Iowa led many Republicans to declare that the race was over.",
     "the race was over", "Republicans"),
    ("The remark prompted Senator Jane Holloway to say that the plan was dead.",
     "the plan was dead", "Jane Holloway"),
])
def test_the_object_of_a_verb_of_causing_speaks_its_infinitive(nlp, text, fragment, name):
    assert speaker_of(analyse(nlp, text), fragment) == name


@pytest.mark.parametrize("text, fragment, name", [
    # a verb of asking: the one asked has said nothing yet; the asker is the only speaker
    ("Governor Tom Brandt asked the board to explain why the plan failed.", "why the plan failed", "Tom Brandt"),
    # no object: the subject's own infinitive
    ("Governor Tom Brandt promised to say more about the budget on Friday.", "more about the budget", "Tom Brandt"),
])
def test_no_object_of_a_verb_of_causing_no_control(nlp, text, fragment, name):
    assert speaker_of(analyse(nlp, text), fragment) == name
