"""Round 23 (issue 13): an "it" that speaks after a document was the subject ("The report ... It
said", "The memo ... '...,' it reads") is the document: it speaks for the maker the story names
("sent by X"), else for nobody named, never for a body or a country named near it. Invented
sentences, the whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_names


@pytest.mark.parametrize("text, fragment, maker", [
    # the agent of the verb the document is the passive subject of, two sentences back
    ("The memo, released by the Harbour Trust, was sent on Monday by port director Alan Price. "
     "Two workers were hurt at the pier.\n\n“We will close the east gate tomorrow,” it reads.\n\n"
     "“The west gate stays open for the ferries,” it said.",
     "close the east gate", "Alan Price"),
    ("The memo, released by the Harbour Trust, was sent on Monday by port director Alan Price. "
     "Two workers were hurt at the pier.\n\n“We will close the east gate tomorrow,” it reads.\n\n"
     "“The west gate stays open for the ferries,” it said.",
     "west gate stays open", "Alan Price"),
])
def test_a_documents_it_speaks_for_its_maker(nlp, text, fragment, maker):
    assert speaker_names(analyse(nlp, text), fragment) == [maker]


@pytest.mark.parametrize("text, fragment, body", [
    # no maker named: the organisations named near the "it" did not say it
    ("Investigators at the Leeds Port Authority found the losses in March. The report also gave details of "
     "breaches in which Harbour Board staff took files home. It said current Harbour Board officials had "
     "hidden the breaches from the council.", "hidden the breaches", "Harbour Board"),
])
def test_a_documents_it_is_no_body_named_near_it(nlp, text, fragment, body):
    assert body not in speaker_names(analyse(nlp, text), fragment)
