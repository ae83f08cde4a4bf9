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
