"""coincide_topics: the topics (CAP major topics, and the user's own) of every position, quote and
event, each with the words that decided it; and the story's topics with how many items carry them.

Runs last, after positions, quotes and events exist. The fine `issue` label of a position stays;
`topics` sits beside it so that the same matter meets itself across stories ("council tax",
"local income tax" and "the property-based tax" are all macroeconomics/taxation).

- a position: its issue and statement (the statement's own tokens, so spaCy's lemmas count); when
  those name no topic ("the proposals", "a freeze"), the sentence around it;
- a quote: its text;
- an event: its span (the sentence the event was read from).

Each item gets `topics = [{"topic": id, "words": [...], "subtopics": [...]}]`; the Doc gets
`doc._.topics = [{"topic", "label", "count", "words"}]`, most frequent first.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.topics import Taxonomy, TopicHit, load_taxonomy

# a position whose issue and statement name no topic takes its sentence's (measured in
# docs/topics.md; scripts/eval_topics.py --no-fallback turns it off to measure again)
SENTENCE_FALLBACK = True

if not Doc.has_extension("topics"):
    Doc.set_extension("topics", default=None)


@Language.factory(
    "coincide_topics",
    requires=["token.lemma", "doc.sents"],
    assigns=["doc._.topics"],
    default_config={"user_topics": {}},
)
def make_topics(nlp, name, user_topics):  # no annotations: spaCy's config validation cannot read postponed ones
    return TopicsComponent(load_taxonomy(user_topics))


class TopicsComponent:
    """Sets `topics` on doc._.positions, doc._.quotes and doc._.events, and doc._.topics."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy

    def __call__(self, doc: Doc) -> Doc:
        counts: Counter[str] = Counter()
        words: dict[str, list[str]] = {}
        for position in doc._.positions or []:
            hits = self.position_topics(doc, position)
            position.topics = [h.to_dict() for h in hits]
            _tally(hits, counts, words)
        for quote in doc._.quotes or []:
            hits = self._span_topics(doc, quote.span)
            quote.topics = [h.to_dict() for h in hits]
            _tally(hits, counts, words)
        for event in doc._.events or []:
            hits = self._span_topics(doc, event.span)
            event.topics = [h.to_dict() for h in hits]
            _tally(hits, counts, words)
        doc._.topics = [
            {"topic": t, "label": self.taxonomy.label(t), "count": n, "words": words[t]}
            for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        return doc

    def position_topics(self, doc: Doc, position: Any) -> list[TopicHit]:
        # The issue label is made of the statement's own lemmas, so the statement's tokens (which
        # carry their part of speech: "a judge", not "judged by results") decide; the issue string
        # only when the statement has no tokens here.
        hits = self._span_topics(doc, position.span)
        if not hits and doc.char_span(*position.span, alignment_mode="expand") is None:
            hits = self.taxonomy.match_text(position.issue or "")
        if hits or not SENTENCE_FALLBACK:
            return hits
        # "the proposals", "a freeze": the statement names no matter; its sentence usually does
        span = doc.char_span(*position.span, alignment_mode="expand") if position.span else None
        if span is None:
            return []
        sents = {tok.sent.start: tok.sent for tok in (span[0], span[-1])} if len(span) else {}
        return self.taxonomy.match_tokens([tok for _, sent in sorted(sents.items()) for tok in sent])

    def _span_topics(self, doc: Doc, span_offsets) -> list[TopicHit]:
        if not span_offsets:
            return []
        span = doc.char_span(span_offsets[0], span_offsets[1], alignment_mode="expand")
        return self.taxonomy.match_tokens(span) if span is not None else []


def _tally(hits: list[TopicHit], counts: Counter, words: dict[str, list[str]]) -> None:
    for hit in hits:
        counts[hit.topic] += 1
        seen = words.setdefault(hit.topic, [])
        for w in hit.words:
            if w not in seen and len(seen) < 10:
                seen.append(w)
