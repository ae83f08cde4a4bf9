"""Holders of signed text (issue 13): a statement, letter or ad speaks for the maker it names ("a
statement from the union said", "the letter, signed by X, warns"; holders.artifact_makers), and a
letter or post printed before its signer's name on a line of its own is the signer's
(holders.signed_paragraphs). Invented texts on the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse

from coincide.nlp.holders import Context, holders_of, signed_paragraphs


def holder_names(doc):
    names = {a.id: a.name for a in doc._.actors}
    return {(names.get(p.holder), p.stance) for p in doc._.positions}


@pytest.mark.parametrize(
    "text, maker",
    [
        ("Unison criticised the plan on Monday. A statement from Unison said the union opposed the plan "
         "to cut nurses' pay.", "Unison"),
        ("Shell wrote to ministers on Monday. Shell's statement said the company supported the plan to "
         "tax carbon.", "Shell"),
    ],
)
def test_an_artifact_speaks_for_its_maker(nlp, text, maker):
    doc = analyse(nlp, text, published="2005-01-01")
    ctx = Context(doc)
    subjects = [t for t in doc if t.lower_ == "statement" and t.dep_ == "nsubj"]
    assert subjects
    names = {a.id: a.name for a in doc._.actors}
    assert any(maker in names.get(a, "") for a in holders_of(ctx, subjects[0])[0]), names


def test_an_artifact_without_a_maker_has_no_holder(nlp):
    doc = analyse(nlp, "A statement said the plan to cut nurses' pay was unfair.", published="2005-01-01")
    ctx = Context(doc)
    subject = next(t for t in doc if t.lower_ == "statement")
    assert holders_of(ctx, subject)[0] == []


LETTERS = """Letters to the editor.

LETTERS.

I oppose the plan to close the village school. It would force children to travel for an hour each day.

Margaret Ellison.

Leeds.

I support the new bypass around the town. Traffic in the centre has become unbearable.

Thomas Whitfield.

York.
"""


def test_a_letter_is_its_signers(nlp):
    doc = analyse(nlp, LETTERS, published="2005-01-01")
    names = {a.id: a.name for a in doc._.actors}
    signed = {doc.text[a:b].split()[1]: [names.get(x) for x in who] for (a, b), who in signed_paragraphs(doc).items()}
    assert signed.get("oppose") == ["Margaret Ellison"], signed
    assert signed.get("support") == ["Thomas Whitfield"], signed
    got = holder_names(doc)
    assert ("Margaret Ellison", "oppose") in got, got
    assert ("Thomas Whitfield", "support") in got, got


def test_a_name_inside_a_paragraph_signs_nothing(nlp):
    doc = analyse(nlp, "I oppose the plan to close the village school.\n\nMargaret Ellison said so at the meeting "
                       "on Monday.\n", published="2005-01-01")
    assert signed_paragraphs(doc) == {}
