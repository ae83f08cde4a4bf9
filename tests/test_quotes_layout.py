"""coincide_quotes, rules that read the layout and the quotation marks around reported words, on
sentences written for these tests, with the whole pipeline on the real model."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def quote_with(doc, fragment):
    for q in doc._.quotes:
        if fragment in q.text:
            return q
    return None


def speaker_name(doc, quote):
    by_id = {a.id: a.name for a in doc._.actors or []}
    return by_id.get(quote.speaker) if quote is not None else None


@pytest.mark.parametrize("text, fragment, speaker", [
    # a post set off as its own paragraph after a lead-in with a speech verb and a colon is
    # quoted by its layout, and the lead-in's subject speaks it
    ("Senator Tom Hale answered his critics on Twitter, saying:\n\nThe council has failed this town "
     "again. Shame on them!\n\nHale later deleted the post.", "Shame on them", "Tom Hale"),
    ("Senator Tom Hale spoke on Friday. He wrote:\n\nThe council has failed this town again.",
     "failed this town", "Tom Hale"),
])
def test_block_quotation_after_a_colon(nlp, text, fragment, speaker):
    doc = analyse(nlp, text)
    q = quote_with(doc, fragment)
    assert q is not None and q.kind == "direct", [x.text for x in doc._.quotes]
    assert speaker_name(doc, q) == speaker


@pytest.mark.parametrize("text", [
    # no speech verb in the lead-in: a list or an explanation follows, nobody's words
    "Senator Tom Hale spoke on Friday. These are the facts:\n\nThe council has failed this town again.",
    # the paragraph after the colon has quotation marks of its own: the marks decide
    "Senator Tom Hale said:\n\nThe vote was \u201ca farce\u201d for the town.",
])
def test_no_block_quotation(nlp, text):
    doc = analyse(nlp, text)
    blocks = [q.text for q in doc._.quotes if q.kind == "direct" and q.text.startswith("The ")]
    assert blocks == [], blocks


def test_reported_words_run_to_the_closing_mark(nlp):
    # "called X “A, but B!”": the parse ends the content at the comma inside the marks; the
    # quotation opened inside the content is the speaker's to its closing mark
    doc = analyse(nlp, "Senator Tom Hale called the ruling \u201ca sad day for the courts, but a good "
                       "day for lawyers!\u201d on Friday.")
    q = quote_with(doc, "sad day")
    assert q is not None and "good day for lawyers" in q.text, [x.text for x in doc._.quotes]
    assert speaker_name(doc, q) == "Tom Hale"


def test_described_as_is_what_was_said(nlp):
    # "described X as Y": the object and what it was described as are the speaker's words
    doc = analyse(nlp, "Senator Tom Hale described the new ad as \u201cdishonest and hypocritical\u201d on Monday.")
    q = quote_with(doc, "dishonest")
    assert q is not None and q.text.startswith("the new ad as"), [x.text for x in doc._.quotes]
    assert speaker_name(doc, q) == "Tom Hale"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a statement, ad or letter speaks for whom it is from ...
    ("A statement from the Acme Corporation said the ruling was wrong.", "ruling was wrong", "Acme Corporation"),
    ("According to a statement from the Acme Corporation, the ruling was wrong.", "ruling was wrong", "Acme Corporation"),
    # ... also as the subject of "read" right after a quotation
    ("\u201cWe will appeal,\u201d read a statement from the Acme Corporation.", "appeal", "Acme Corporation"),
    # whoever issued a statement speaks the quotation that follows, a body too
    ("The Acme Corporation issued a statement. \u201cWe will appeal the ruling.\u201d", "appeal", "Acme Corporation"),
    # a body that issued nothing does not speak a quotation without a cue
    ("The Acme Corporation cut jobs. \u201cWe will appeal the ruling.\u201d", "appeal", None),
])
def test_statements_speak_for_their_maker(nlp, text, fragment, speaker):
    doc = analyse(nlp, text)
    q = quote_with(doc, fragment)
    assert q is not None, [x.text for x in doc._.quotes]
    assert speaker_name(doc, q) == speaker
