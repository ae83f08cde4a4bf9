"""Round 19 (issue 13): a document or statement given as a quote's source speaks for whoever made
it, when the story names them. Invented sentences, the whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse, speaker_names


@pytest.mark.parametrize("text, fragment, maker", [
    # the maker named by "by" in the document's own phrase
    ("A report by the National Audit Office said that the harbour scheme had wasted millions.",
     "harbour scheme had wasted", "National Audit Office"),
    # a statement in a relative clause on the object of a verb of issuing: who issued it
    ("The Harbour Board released a marketing video that said the new pier would double trade.",
     "new pier would double trade", "Harbour Board"),
])
def test_a_document_speaks_for_its_maker(nlp, text, fragment, maker):
    assert maker in speaker_names(analyse(nlp, text), fragment)


@pytest.mark.parametrize("text, fragment", [
    # the one who dismissed a report did not make it
    ("Senator Jane Doe dismissed a report that said the pier would fail.", "pier would fail"),
])
def test_a_document_named_by_someone_else_is_not_theirs(nlp, text, fragment):
    assert "Jane Doe" not in speaker_names(analyse(nlp, text), fragment)
