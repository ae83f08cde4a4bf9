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


def event_types(nlp, text: str, rules_only: bool = False):
    """The types of the events found in `text`, and (type, context) pairs to show when a test fails.
    rules_only: the events the rules give, before the trained confidence filter (min_confidence 0),
    for tests of a rule's typing; the filter has its own tests (test_event_confidence.py)."""
    events = rule_events(nlp, text) if rules_only else analyse(nlp, text)._.events
    return [e.type for e in events], [(e.type, e.context) for e in events]


def rule_events(nlp, text: str):
    """The events of `text` with every event kept (the events component run again at min_confidence 0)."""
    from coincide.nlp.events import EventsComponent

    return EventsComponent(0.0)(analyse(nlp, text))._.events


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
