"""Per-document lookups that spaCy recomputes on every access, computed once per Doc.

`Doc.text` joins every token on each call and `Span.ents` scans every entity of the document, so
calling either per sentence or per token makes a component quadratic in the story's length.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    cached = doc.user_data.get("coincide_text")
    if cached is None:
        cached = doc.user_data["coincide_text"] = doc.text
    return cached


def sentence_ents(sent: Span) -> list[Span]:
    """The entities inside a sentence, as Span.ents gives them, without scanning the whole doc."""
    doc = sent.doc
    index = doc.user_data.get("coincide_ents")
    if index is None:
        ents = list(doc.ents)
        index = doc.user_data["coincide_ents"] = ([e.start for e in ents], ents)
    starts, ents = index
    i = bisect.bisect_left(starts, sent.start)
    out = []
    while i < len(ents) and ents[i].start < sent.end:
        if ents[i].end <= sent.end:
            out.append(ents[i])
        i += 1
    return out
