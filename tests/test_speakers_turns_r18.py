"""Round 18 (issue 13): whom a pronoun that says something stands for in a story with several
speakers. Invented sentences, the whole pipeline on the real model; each case names the pattern."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_of



@pytest.mark.parametrize("text, fragment, speaker", [
    # a plural people noun, subject of a sentence with no speech verb, then "They said" in the next
    # sentence: the group speaks through the pronoun
    ("The harbor board voted to close the port last week after a short debate.\n\n"
     "But throughout the spring, dock workers within both unions criticized the decision. They said the "
     "vote was rushed, and support for a delay would have been higher with more time.",
     "the vote was rushed", "dock workers"),
])
def test_plural_subject_speaks_through_the_next_they(nlp, text, fragment, speaker):
    assert (speaker_of(analyse(nlp, text), fragment) or "") == speaker
