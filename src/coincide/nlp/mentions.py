"""Lookups from text to actors, shared by every component after `coincide_actors`.

`doc._.mentions` is a list of Mention, sorted by start, one per stretch of text that refers to an
actor: names ("Russian President Vladimir Putin", "Putin"), descriptions ("the Russian leader",
"the White House"), and pronouns resolved to an actor ("he", "his"). `doc._.actors` is the list of
records.Actor they point to.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..records import Actor


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets into doc.text
    end: int
    actor: str  # records.Actor.id
    via: str  # name | alias | description | pronoun | demonym


def mentions(doc: Doc) -> list[Mention]:
    return doc._.mentions or []


def actor_by_id(doc: Doc, actor_id: str | None) -> Actor | None:
    if actor_id is None:
        return None
    return _actors_by_id(doc, doc._.actors or []).get(actor_id)


def _actors_by_id(doc: Doc, actors: list[Actor]) -> dict[str, Actor]:
    """Actor id -> the first actor of that id, once per actor list: a walk over every actor per
    look-up grew with the square of a long story. Rebuilt when the list is another or has grown
    (components append actors; none replaces one in place)."""
    cached = doc.user_data.get("coincide_actors_by_id")
    if cached is None or cached[0] is not actors or cached[1] != len(actors):
        index: dict[str, Actor] = {}
        for actor in actors:
            index.setdefault(actor.id, actor)
        cached = (actors, len(actors), index)
        doc.user_data["coincide_actors_by_id"] = cached
    return cached[2]


# A mention is a name or a description: longer than this is not one, which bounds the look-back.
LONGEST_MENTION = 400


def _starts(doc: Doc, ms: list[Mention]) -> list[int]:
    """Start offsets of the mentions, computed once per mention list (lookups are per token)."""
    cached = doc.user_data.get("coincide_mention_starts")
    if cached is None or cached[0] is not ms or cached[1] != len(ms):
        cached = (ms, len(ms), [m.start for m in ms])
        doc.user_data["coincide_mention_starts"] = cached
    return cached[2]


def mentions_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """Mentions that lie inside [start, end)."""
    ms = mentions(doc)
    i = bisect.bisect_left(_starts(doc, ms), start)
    out = []
    # by index: a slice ms[i:] would copy the rest of the story's mentions at every look-up
    while i < len(ms) and ms[i].start < end:
        if ms[i].end <= end:
            out.append(ms[i])
        i += 1
    return out


def mention_at(doc: Doc, start: int, end: int) -> Mention | None:
    """The mention that best covers [start, end): one containing it, else the longest inside it."""
    best = None
    ms = mentions(doc)
    starts = _starts(doc, ms)
    i = bisect.bisect_right(starts, start)
    while i > 0:
        i -= 1
        m = ms[i]
        if m.start < start - LONGEST_MENTION:
            break
        if m.end >= end:
            if best is None or (m.end - m.start) < (best.end - best.start):
                best = m
    if best is not None:
        return best
    inside = mentions_in(doc, start, end)
    return max(inside, key=lambda m: m.end - m.start) if inside else None


def actor_at(doc: Doc, start: int, end: int) -> str | None:
    m = mention_at(doc, start, end)
    return m.actor if m else None


def actor_of_token(token: Token) -> str | None:
    """The actor a token belongs to (the token inside a mention)."""
    return actor_at(token.doc, token.idx, token.idx + len(token.text))


def actor_of_phrase(span: Span) -> str | None:
    """The actor a noun phrase names: the mention holding its syntactic head, else any inside it."""
    head = span.root
    found = actor_of_token(head)
    if found:
        return found
    inside = mentions_in(span.doc, span.start_char, span.end_char)
    return inside[0].actor if inside else None


def add_actor(doc: Doc, actor: Actor, mention: Mention) -> None:
    """Append an actor made after coincide_actors (a group a later component finds speaking) and
    its mention, the mention list kept sorted by start; an actor already listed (the same group
    named again) gets the mention only. Both lists are replaced, not changed in place, so the
    look-up caches above see new lists and rebuild."""
    if all(a.id != actor.id for a in doc._.actors or []):
        doc._.actors = list(doc._.actors or []) + [actor]
    ms = list(doc._.mentions or [])
    ms.insert(bisect.bisect_right([m.start for m in ms], mention.start), mention)
    doc._.mentions = ms
