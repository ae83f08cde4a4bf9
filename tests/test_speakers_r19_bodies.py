"""Round 19 follow-up (issue 13): a bare singular description of a body that is a speech cue's
subject ("the campaign says", "the ministry said") speaks as the body named last before it whose
name has the same head noun. Invented sentences, the whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_of


@pytest.mark.parametrize("text, fragment, head", [
    # a person's campaign named before: the campaign, not the person
    ("Senator Jane Holloway is running for governor. The Holloway campaign raised $2 million in May. "
     "The campaign says that most donations were under $50.", "most donations", "campaign"),
    # a ministry named with its own "of" phrase
    ("The Ministry of Fisheries opened an inquiry into the catch on Monday. "
     "The ministry said that the quotas would be cut next year.", "the quotas", "ministry"),
    # another body named in between is passed over: the head noun decides
    ("The Department of Transport published the figures. The Greenfield Union criticised them. "
     "The department said that the rail fares would rise.", "the rail fares", "department"),
])
def test_a_description_of_a_body_speaks_as_the_body_of_that_head(nlp, text, fragment, head):
    assert head in (speaker_of(analyse(nlp, text), fragment) or "").lower()


@pytest.mark.parametrize("text, fragment", [
    # no body of the story has that head: the description stands for nobody named
    ("The Department of Transport published the figures. "
     "The committee said that the rail fares would rise.", "the rail fares"),
])
def test_a_description_no_name_shares_speaks_as_no_body(nlp, text, fragment):
    assert "department" not in (speaker_of(analyse(nlp, text), fragment) or "").lower()
