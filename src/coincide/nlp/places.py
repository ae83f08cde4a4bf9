"""Where an event happened: a place named in its clause, else the story's dateline.

A place is a GPE, LOC or FAC entity the event's words reach through a locative preposition ("in
Northern Ireland", "near the border", "outside Basra") or as its object ("visited Russia"). When a
place is part of the dateline ("Northern Ireland" in "ENNISKILLEN, Northern Ireland"), the dateline
is the fuller answer and is returned. Datelines are printed in capitals by convention; the location
gives them in ordinary case ("Enniskillen, Northern Ireland").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .doc_cache import sentence_ents
from .mentions import actor_by_id, actor_of_phrase

PLACE_LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "along", "within", "into", "on"}


ACRONYMS = {"US", "U.S.", "UK", "U.K.", "UAE", "DC", "D.C.", "UN", "U.N."}


def _title(word: str) -> str:
    if not word.isupper() or word in ACRONYMS:
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def dateline_location(dateline: str | None) -> str | None:
    """The dateline as a location string: capitals folded, the agency and dashes dropped."""
    if not dateline:
        return None
    text = re.split(r"\s[\u2014\u2013-]{1,2}\s|\(", dateline)[0].strip(" ,.-\u2014\u2013")
    if not text:
        return None
    parts = [" ".join(_title(w) for w in part.split()) for part in text.split(",")]
    return ", ".join(p for p in parts if p) or None


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


MOTION_VERBS = {"visit", "invade", "enter", "occupy", "reach", "tour", "attack", "shell", "bomb", "storm", "raid"}


def _reachable(place: Span, anchor: Token) -> bool:
    """True when the place hangs from the anchor through a locative preposition ("in Bosnia",
    "in the northern city of Kirkuk"), or is the object of a verb of going ("visited Russia")."""
    tok = place.root
    if tok.head == anchor and tok.dep_ in ("dobj", "npadvmod") and anchor.lemma_.lower() in MOTION_VERBS:
        return True
    if tok.head == anchor and tok.dep_ in ("compound", "amod", "nmod") and anchor.pos_ in ("NOUN", "PROPN"):
        return True
    steps = 0
    while tok.head != tok and steps < 6:
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in LOCATIVE and head.head == anchor:
            return True
        if (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "prep" and head.head.lower_ in LOCATIVE
                and head.head.head == anchor):
            return True  # "outside of Basra", "inside of the city"
        if head == anchor or head.pos_ in ("VERB", "AUX"):
            return False
        tok = head
        steps += 1
    return False


def place_spans(sent: Span, anchors: list[Token]) -> list[Span]:
    """GPE/LOC/FAC entities of the sentence that hang from one of the anchors."""
    out = []
    for ent in sentence_ents(sent):
        if ent.label_ in PLACE_LABELS and any(_reachable(ent, a) for a in anchors):
            out.append(ent)
    return out


def location_for(doc: Doc, sent: Span, anchors: list[Token], dateline: str | None) -> str | None:
    """The event's location: a place its clause names (with the dateline when that holds it), else
    the dateline."""
    places = place_spans(sent, anchors)
    full = dateline_location(dateline)
    if places:
        place = places[0]
        text = place.text
        if full and _norm(text) and _norm(text) in _norm(full):
            return full
        # "the city of Kirkuk", "Bam, Iran": keep a following ", Country" apposition
        nxt = doc[place.end : place.end + 2]
        if len(nxt) == 2 and nxt[0].text == "," and nxt[1].ent_type_ in ("GPE", "LOC"):
            ent2 = next((e for e in sentence_ents(sent) if e.start == nxt[1].i), None)
            if ent2 is not None:
                text = f"{text}, {ent2.text}"
        return text
    return full


def country_of_place(span: Span) -> str | None:
    """ISO3 of a place phrase through the actor it names (a country, or a person's country)."""
    actor = actor_by_id(span.doc, actor_of_phrase(span))
    return actor.country if actor else None
