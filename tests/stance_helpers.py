"""Builds parsed Docs with hand-made actors, mentions and quotes, so the positions and relations
components are tested on their own rules, whatever the upstream components make of the text.
The parse is the real model's."""

from __future__ import annotations

import re

from coincide.nlp import register_extensions
from coincide.nlp.mentions import Mention
from coincide.records import Actor, Quote, Story


def build_doc(nlp, text, actors, pronouns=None, groups=None, quotes=()):
    """actors: {name: (kind, country)}; pronouns: {word: actor name} for every such word;
    groups: {phrase: [member names]}; quotes: [(speaker name, quoted text, kind)]."""
    register_extensions()
    doc = nlp(text)
    doc._.story = Story(body=text)
    recs = {}
    mentions = []
    for i, (name, (kind, country)) in enumerate(actors.items()):
        recs[name] = Actor(id=f"a{i + 1}", name=name, kind=kind, country=country)
    for name, members in (groups or {}).items():
        recs[name] = Actor(id=f"a{len(recs) + 1}", name=name, kind="group", country=None)
        recs[name].members = [recs[m].id for m in members]
    for name, actor in recs.items():
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            mentions.append(Mention(m.start(), m.end(), actor.id, "name"))
    for word, name in (pronouns or {}).items():
        for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
            mentions.append(Mention(m.start(), m.end(), recs[name].id, "pronoun"))
    mentions.sort(key=lambda m: (m.start, -m.end))
    for actor in recs.values():
        actor.mentions = [(m.start, m.end) for m in mentions if m.actor == actor.id]
    doc._.actors = list(recs.values())
    doc._.mentions = mentions
    qs = []
    for speaker, quoted, kind in quotes:
        start = text.index(quoted)
        sid = recs[speaker].id
        qs.append(Quote(speaker=sid, speakers=[sid], kind=kind, text=quoted, span=(start, start + len(quoted))))
    doc._.quotes = qs
    return doc, {a.id: name for name, a in recs.items()}
