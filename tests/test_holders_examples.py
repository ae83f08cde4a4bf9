"""Members a subject names as its examples hold what it holds (coincide.nlp.holders.named_examples,
issue 13): "Unions, including Unison and the GMB, backed ..." gives Unison and the GMB a position,
"Senators such as X and Y opposed ..." gives X and Y one. Invented sentences on the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def holder_names(doc):
    names = {a.id: a.name for a in doc._.actors}
    return {(names.get(p.holder), p.stance) for p in doc._.positions}


@pytest.mark.parametrize(
    "text, members, stance",
    [
        ("Several unions, including Unison and the GMB, backed the plan to raise the minimum wage.",
         ("Unison", "GMB"), "support"),
        ("Senators such as John Carter and Mary Olsen opposed the bill to cut farm subsidies.",
         ("John Carter", "Mary Olsen"), "oppose"),
    ],
)
def test_named_examples_of_a_subject_hold_its_position(nlp, text, members, stance):
    doc = analyse(nlp, text, published="2005-01-01")
    got = holder_names(doc)
    for member in members:
        assert any(name and member in name and s == stance for name, s in got), got


def test_a_prepositional_object_that_is_no_example_holds_nothing(nlp):
    # "with" names company, not members of the subject
    doc = analyse(nlp, "Several unions met with Unison and the GMB and backed the plan to raise the minimum wage.",
                  published="2005-01-01")
    assert not any(name and "Unison" in name for name, _ in holder_names(doc)), holder_names(doc)


def test_a_list_parsed_as_an_apposition_gives_every_name_the_position(nlp):
    # "A, B and C all urged": the parser hangs "B and C" on A as a coordinated apposition; B holds
    # the position as A does (listed_appositions)
    doc = analyse(nlp, "Mayor Alan Pryce of Leeds spoke on Monday. Alan Pryce, the Leeds Chamber of Commerce and "
                       "the bank Barclays all urged the council to reject the harbour tax.", published="2005-01-01")
    got = holder_names(doc)
    assert ("Alan Pryce", "support") in got and ("Leeds Chamber of Commerce", "support") in got, got


def test_an_apposition_that_renames_is_no_list(nlp):
    # "Ann Brook, the mayor of Leeds and a former judge": one person, described twice
    doc = analyse(nlp, "Ann Brook, the mayor of Leeds and a former judge, urged the council to reject the harbour tax.",
                  published="2005-01-01")
    assert {n for n, _ in holder_names(doc)} == {"Ann Brook"}, holder_names(doc)
