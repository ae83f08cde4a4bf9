"""Round 20 (issue 13): a cue the parse joins to a verb inside another speaker's reported clause
("X tweeted that the plan was a disaster and asked voters ...", "X argued that the budget was a
failure, calling it ...") climbs to that verb's subject, a thing; the cue is the reporting
speaker's. Invented sentences, the whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def speaker_of_quote(doc, words):
    """The name of the speaker of the quote that is exactly `words` (the clause's own quote, not
    the reported clause around it that holds it too)."""
    by_id = {a.id: a.name for a in doc._.actors or []}
    for q in doc._.quotes:
        if q.text.strip(" .,") == words:
            return by_id.get(q.speaker)
    raise AssertionError(f"no quote {words!r}: {[q.text for q in doc._.quotes]}")


@pytest.mark.parametrize("text, fragment, name", [
    # a cue conjoined to the reported clause's verb
    ("Governor Tom Brandt tweeted that the plan was a disaster and asked voters to reject it.",
     "to reject it", "Tom Brandt"),
    # a participle hung on the reported clause
    ("Senator Jane Holloway argued that the budget was a failure, calling it a gift to the banks.",
     "it a gift to the banks", "Jane Holloway"),
])
def test_a_cue_joined_to_a_reported_clause_is_the_reporting_speakers(nlp, text, fragment, name):
    assert speaker_of_quote(analyse(nlp, text), fragment) == name


def test_a_reporting_source_that_cannot_speak_is_not_taken(nlp):
    # the speech verb's own source is a thing: nobody speaks for the joined cue
    text = "The report said the bridge was unsafe and urged the city to close it."
    assert speaker_of_quote(analyse(nlp, text), "to close it") is None
