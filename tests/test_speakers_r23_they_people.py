"""Round 23 (issue 13): a "they" that speaks and that nothing resolved stands for the nearest plural
people noun before it (its sentence or the one before) that is a subject or a predicate there, even
where that noun does not speak itself: the inverted "On the other side are scholars and critics ...",
the subject of a relative clause ("the work that local historians did"). Invented sentences, the
whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_names


@pytest.mark.parametrize("text, fragment, group", [
    # a predicate of an inverted copula, with a conjunct: the nearest of the two
    ("The quarrel over the harbour has gone on for years.\n\nOn the other side of this quarrel are scholars and "
     "critics who consider the pier a success. They acknowledge that its costs were high.",
     "its costs were high", "critics"),
    # the subject of a relative clause; a nearer plural thing ("their records") is no speaker
    ("The plan threatens the work that local historians did in the archive. Had their records been kept, "
     "the old harbour would still stand, they argue.", "the old harbour would still stand", "local historians"),
])
def test_an_unresolved_they_is_the_nearest_people_noun(nlp, text, fragment, group):
    assert group in speaker_names(analyse(nlp, text), fragment)


@pytest.mark.parametrize("text, fragment", [
    # a people noun in an object or a prepositional phrase is not what "they" follows
    ("The plan worried the council. It was sent to fishermen in the harbour. They argue that the pier has "
     "ruined the trade.", "the pier has ruined"),
])
def test_a_people_noun_outside_subjects_is_not_taken(nlp, text, fragment):
    assert "fishermen" not in speaker_names(analyse(nlp, text), fragment)
