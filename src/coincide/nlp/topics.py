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

import bisect
from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..knowledge.topics import Taxonomy, TopicHit, keyed_token, load_taxonomy

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
        try:
            return self._annotate(doc)
        finally:
            self._keyed_doc = self._keyed = self._text = None  # keep no Doc alive between calls

    def _annotate(self, doc: Doc) -> Doc:
        # quotes, events and sentences overlap: key every token once
        self._key(doc)
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
        first_last = self._token_range(doc, position.span)
        if first_last is None:
            return self.taxonomy.match_text(position.issue or "")
        hits = self.taxonomy.match_keyed(self._keyed[first_last[0]:first_last[1]], self._text)
        if hits or not SENTENCE_FALLBACK:
            return hits
        # "the proposals", "a freeze": the statement names no matter; its sentence usually does
        start, end = doc[first_last[0]].sent.start, doc[first_last[1] - 1].sent.end
        return self.taxonomy.match_keyed(self._keyed[start:end], self._text)

    def _span_topics(self, doc: Doc, span_offsets) -> list[TopicHit]:
        first_last = self._token_range(doc, span_offsets)
        if first_last is None:
            return []
        return self.taxonomy.match_keyed(self._keyed[first_last[0]:first_last[1]], self._text)

    def _token_range(self, doc: Doc, span_offsets) -> tuple[int, int] | None:
        """The tokens overlapping [start, end) characters, as doc.char_span(alignment_mode=
        "expand") would give, by bisection (char_span walks the whole Doc on every call)."""
        if getattr(self, "_keyed_doc", None) is not doc:  # called on its own, outside __call__
            self._key(doc)
        if not span_offsets or span_offsets[1] <= span_offsets[0]:
            return None
        first = bisect.bisect_right(self._ends, span_offsets[0])
        last = bisect.bisect_left(self._starts, span_offsets[1])
        return (first, last) if first < last else None

    def _key(self, doc: Doc) -> None:
        # One walk of the Doc: each walk makes a Python Token for every token, which on a long
        # story was most of this component's time; the offsets come from the keyed tokens.
        self._keyed_doc, self._keyed = doc, [keyed_token(t) for t in doc]
        self._text = doc.text  # Doc.text joins every token on each access
        self._starts = [t.start for t in self._keyed]
        self._ends = [t.end for t in self._keyed]


def _tally(hits: list[TopicHit], counts: Counter, words: dict[str, list[str]]) -> None:
    for hit in hits:
        counts[hit.topic] += 1
        seen = words.setdefault(hit.topic, [])
        for w in hit.words:
            if w not in seen and len(seen) < 10:
                seen.append(w)
