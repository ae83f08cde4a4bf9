"""Running the whole pipeline on a test's text: the one `analyse` every component test uses."""

from __future__ import annotations

from coincide.records import Story

# A Monday: "on Sunday" in a test sentence is the day before, and office holders are those of 2013.
MONDAY = "2013-06-17T15:39:00"


def analyse(nlp, text: str, published: str | None = MONDAY, dateline: str | None = None):
    """The Doc of `text` through the whole pipeline (`nlp`, the session fixture), as a story
    published at `published` with that dateline."""
    doc = nlp.make_doc(text)
    doc._.story = Story(body=text, published=published, dateline=dateline)
    return nlp(doc)


def event_types(nlp, text: str):
    """The types of the events found in `text`, and (type, context) pairs to show when a test fails."""
    doc = analyse(nlp, text)
    return [e.type for e in doc._.events], [(e.type, e.context) for e in doc._.events]


def speaker_of(doc, fragment):
    """The name of the actor given as speaker of the quote holding `fragment`."""
    by_id = {a.id: a.name for a in doc._.actors or []}
    for q in doc._.quotes:
        if fragment in q.text:
            return by_id.get(q.speaker)
    raise AssertionError(f"no quote holding {fragment!r}: {[q.text for q in doc._.quotes]}")


def speaker_names(doc, fragment):
    """The names of every actor given as a speaker of the quote holding `fragment` (a group quote
    can have several)."""
    by_id = {a.id: a.name for a in doc._.actors or []}
    for q in doc._.quotes:
        if fragment in q.text:
            return [by_id.get(s) for s in q.speakers]
    raise AssertionError(f"no quote holding {fragment!r}: {[q.text for q in doc._.quotes]}")
