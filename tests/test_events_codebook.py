"""coincide_events: the PLOVER codebook's lines the BBC politics tuning samples of the fifth round
(issue 14, seeds 601-604) showed the code crossing. Invented sentences through the whole pipeline
with the real model; each pattern has a case that was wrong before its rule and a case that keeps
the rule from reaching the sense it must leave alone."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def typed(nlp, text, word):
    """The types of the events whose trigger context holds `word`."""
    doc = analyse(nlp, text)
    return [e.type for e in doc._.events if word in (e.context or "").split()]


@pytest.mark.parametrize(
    "text, word, kind",
    [
        # a future meeting or aid named by a noun is AGREE ("References to future meetings,
        # summits, state visits ... should be coded as AGREE"; future CONSULT, SUPPORT, COOPERATE
        # and AID are AGREE)
        ("The chancellor will tour Kenya before chairing a meeting of the Commission for Africa.", "meeting", "AGREE"),
        ("The chancellor will tour Kenya on Tuesday and chair a meeting of the African Union on Friday.", "meeting", "AGREE"),
        ("The government will double Britain's aid to Kenya.", "aid", "AGREE"),
        # told as done: stays what it is
        ("The chancellor toured Kenya before chairing a meeting of the Commission for Africa.", "meeting", "CONSULT"),
        ("The government has doubled Britain's aid to Kenya.", "aid", "AID"),
        # the noun on another noun, not on the future verb: the summit is not what is to come
        ("Mr Chirac will miss an address to the summit from Iraqi interim leader Iyad Allawi.", "summit", "CONSULT"),
    ],
)
def test_codebook_types(nlp, text, word, kind):
    assert typed(nlp, text, word) == [kind]
