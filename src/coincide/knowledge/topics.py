"""Topics: the Comparative Agendas Project's major topics, fed by the Phoenix issue phrases, plus
topics a user defines in the settings, matched over lemmas.

    taxonomy = load_taxonomy()                       # once per process (cached)
    taxonomy.match_text("asylum seekers and council tax")
    # [TopicHit(topic='macroeconomics', label='Macroeconomics', words=['council tax'], subtopics=['taxation']),
    #  TopicHit(topic='immigration', label='Immigration', words=['asylum seekers'], subtopics=[])]
    taxonomy.match_tokens(doc[3:12])                 # spaCy tokens: their lemmas are used too

Data: `data/topics/cap.toml` (topics, subtopics, hand-written terms and exclusions, and which
Phoenix issue codes feed which topic) and `data/phoenix/Phoenix.IssueCoding.txt` (Open Event Data,
MIT). Provenance of each list is at the head of cap.toml; docs/topics.md has the measurement.

Matching is whole words only, so "plan" or "play part" never yields a fragment of a topic. A text
word matches a term word when its lower-case form, its lemma (when spaCy gave one) or a light plural
fold of either equals the term word's; a term word written with a capital letter ("EU", "ID",
"Labour") matches only that spelling, so acronyms and names do not fire on common words. The
longest phrase wins within a topic, and an exclusion ("trade union" in foreign trade, "Labour" in
labour) that wins there blocks that topic at that place, not the others.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable, Mapping, Sequence

from ..errors import ConfigError

# dotted acronyms ("e.e.c.", "U.S.") first, else runs of letters and digits; hyphens, apostrophes
# and other punctuation separate words, as spaCy's tokenizer does
_WORD_RE = re.compile(r"(?:[^\W_]\.){2,}|[^\W_]+")
# a term's words may carry a part-of-speech mark ("n:judge")
_TERM_WORD_RE = re.compile(r"(?:[nv]:)?(?:(?:[^\W_]\.){2,}|[^\W_]+)")
_FOLD_RE = re.compile(r"[\W_]+")
# -s words that are not plurals, or whose singular is another word ("arms" is not "arm")
_NO_FOLD = frozenset({"aids", "arms", "news", "politics", "economics", "series", "species", "means",
                      "physics", "ethics", "statistics", "lords", "commons", "customs", "whereabouts"})


def _plural_fold(word: str) -> str:
    """A light, symmetric plural fold (applied to text and terms alike, so its misses cost nothing
    but a missed plural): "seekers" -> "seeker", "taxes" -> "tax", "policies" -> "policy"."""
    if len(word) <= 3 or word in _NO_FOLD or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _term_key(word: str) -> str | None:
    pos = ""
    if word[:2] in ("n:", "v:"):  # "n:judge": the noun only ("a judge", not "judged by results")
        pos, word = "/" + word[0], word[2:]
    folded = _FOLD_RE.sub("", word)
    if not folded:
        return None
    if folded != folded.lower():
        return "=" + folded  # capitalised in the term: this spelling only
    return _plural_fold(folded) + pos


# spaCy coarse tags -> the part-of-speech mark a term word may ask for
_POS_MARK = {"NOUN": ("/n",), "PROPN": ("/n",), "VERB": ("/v",), "AUX": ("/v",)}


@functools.lru_cache(maxsize=65536)  # a story repeats its words; the keys of a word never change
def _text_keys(surface: str, lemma: str | None, pos: str | None = None) -> frozenset[str]:
    folded = _FOLD_RE.sub("", surface)
    if not folded:
        return frozenset()
    base = {_plural_fold(folded.lower())}
    if lemma:
        lemma_folded = _FOLD_RE.sub("", lemma).lower()
        if lemma_folded:
            base.add(_plural_fold(lemma_folded))
    # no part of speech known (a plain string): any mark may match
    marks = ("/n", "/v") if pos is None else _POS_MARK.get(pos, ())
    return frozenset({"=" + folded} | base | {k + m for k in base for m in marks})


@dataclass
class TopicHit:
    """One topic of a piece of text, with the words (as written there) that decided it."""

    topic: str
    label: str
    words: list[str] = field(default_factory=list)
    subtopics: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "words": list(self.words), "subtopics": list(self.subtopics)}


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    description: str = ""
    code: int | None = None
    parent: str | None = None  # a subtopic's major topic
    user: bool = False


@dataclass(frozen=True)
class _Entry:
    topic: str  # the major topic (or the user topic)
    subtopic: str | None
    exclude: bool
    source: str  # "cap", "phoenix:CODE", "user"


@dataclass
class _Token:
    keys: frozenset[str]
    start: int
    end: int


def keyed_token(token: Any) -> _Token:
    """A spaCy token with the keys the matcher compares (white space gets none)."""
    keys = frozenset() if token.is_space else _text_keys(token.text, token.lemma_, token.pos_ or None)
    return _Token(keys, token.idx, token.idx + len(token.text))


class Taxonomy:
    """Topics and the phrase index that finds them. Build it with load_taxonomy()."""

    def __init__(self) -> None:
        self.topics: dict[str, Topic] = {}
        self.subtopics: dict[str, Topic] = {}
        self.phoenix_map: dict[str, tuple[str, str | None]] = {}
        self._index: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}
        self.max_len = 0

    # -- building -----------------------------------------------------------------------------

    def add_topic(self, topic: Topic) -> None:
        (self.subtopics if topic.parent else self.topics)[topic.id] = topic

    def add_term(self, phrase: str, entry: _Entry) -> None:
        keys = tuple(k for k in (_term_key(w) for w in _TERM_WORD_RE.findall(phrase)) if k)
        if not keys:
            return
        bucket = self._index.setdefault(keys[0], [])
        if (keys, entry) not in bucket:
            bucket.append((keys, entry))
        self.max_len = max(self.max_len, len(keys))

    def label(self, topic_id: str) -> str:
        topic = self.topics.get(topic_id) or self.subtopics.get(topic_id)
        return topic.label if topic else topic_id

    # -- matching -----------------------------------------------------------------------------

    def match_text(self, text: str) -> list[TopicHit]:
        """Topics of a plain or lemmatised string (no spaCy needed)."""
        tokens = [_Token(_text_keys(m.group(), None), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        return self._match(tokens, text)

    def match_tokens(self, tokens: Iterable[Any]) -> list[TopicHit]:
        """Topics of spaCy tokens (a Span, a Doc, or a list of Tokens of one Doc)."""
        toks = list(tokens)
        if not toks:
            return []
        return self._match([keyed_token(t) for t in toks], toks[0].doc.text)

    def match_keyed(self, tokens: Sequence["_Token"], text: str) -> list[TopicHit]:
        """Topics of tokens already keyed with keyed_token (a component keys a Doc once and
        matches many spans of it)."""
        return self._match(tokens, text)

    def _match(self, tokens: Sequence[_Token], text: str) -> list[TopicHit]:
        tokens = [t for t in tokens if t.keys]
        candidates: dict[str, list[tuple[int, int, _Entry]]] = {}
        for i, tok in enumerate(tokens):
            for key in tok.keys:
                for seq, entry in self._index.get(key, ()):
                    n = len(seq)
                    if i + n <= len(tokens) and all(seq[j] in tokens[i + j].keys for j in range(1, n)):
                        candidates.setdefault(entry.topic, []).append((i, i + n, entry))
        hits: list[TopicHit] = []
        for topic_id, found in candidates.items():
            # longest first at each place; an exclusion beats a term of the same length
            found.sort(key=lambda c: (c[0], -(c[1] - c[0]), not c[2].exclude))
            words: list[str] = []
            subtopics: list[str] = []
            end = 0
            for start, stop, entry in found:
                if start < end:
                    continue
                end = stop
                if entry.exclude:
                    continue
                word = text[tokens[start].start:tokens[stop - 1].end]
                if word not in words:
                    words.append(word)
                if entry.subtopic and entry.subtopic not in subtopics:
                    subtopics.append(entry.subtopic)
            if words:
                hits.append(TopicHit(topic_id, self.label(topic_id), words, subtopics))
        order = {tid: n for n, tid in enumerate(self.topics)}
        hits.sort(key=lambda h: order.get(h.topic, len(order)))
        return hits


# -- loading ----------------------------------------------------------------------------------


def _data_text(*parts: str) -> str:
    node = resources.files("coincide").joinpath("data")
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def parse_phoenix_issues(text: str) -> list[tuple[str, str, bool]]:
    """(phrase, Phoenix code, is_exclusion) for each line of Phoenix.IssueCoding.txt.

    A phrase without a [CODE] takes its <ISSUE CATEGORY>; "~" and "~~" lines are exclusions of
    that category. "n:"/"v:" mark parts of speech (we match lemmas, so they are dropped); "+"
    joins words that are written apart, hyphenated or run together ("asylum+seeker").
    """
    out: list[tuple[str, str, bool]] = []
    category = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r'<ISSUE CATEGORY="([^"]+)"', line)
        if m:
            category = m.group(1)
            continue
        if line.startswith("</ISSUE") or category is None:
            continue
        exclude = line.startswith("~")
        line = line.lstrip("~").strip()
        m = re.match(r"^(.*?)\s*\[([A-Z_\-]+)\]\s*$", line)
        phrase, code = (m.group(1), m.group(2)) if m else (line, category)
        phrase = re.sub(r"\b[nv]:", "", phrase).strip()
        if not phrase:
            continue
        variants = {phrase.replace("+", " ")}
        if "+" in phrase:
            variants.add(re.sub(r"\+\s*", "", phrase))
        for v in sorted(variants):
            out.append((v, category if exclude else code, exclude))
    return out


def _phoenix_category_of_codes(text: str) -> dict[str, str]:
    """Every Phoenix code (bracketed ones and categories) -> the category it appears under."""
    codes: dict[str, str] = {}
    category = None
    for line in text.splitlines():
        m = re.match(r'\s*<ISSUE CATEGORY="([^"]+)"', line)
        if m:
            category = m.group(1)
            codes.setdefault(category, category)
            continue
        for code in re.findall(r"\[([A-Z_\-]+)\]", line):
            codes.setdefault(code, category or code)
    return codes


def phoenix_codes() -> set[str]:
    """All issue codes of the shipped Phoenix file (each must be mapped in cap.toml)."""
    return set(_phoenix_category_of_codes(_data_text("phoenix", "Phoenix.IssueCoding.txt")))


def _freeze(user_topics: Mapping[str, Any] | None) -> str:
    return json.dumps(user_topics or {}, sort_keys=True)


def load_taxonomy(user_topics: Mapping[str, Any] | None = None) -> Taxonomy:
    """The CAP taxonomy with the Phoenix phrases, plus `user_topics` (the settings' [topics]
    table: NAME -> {terms = [...], label = "...", exclude = [...]}). Built once per process and
    set of user topics."""
    return _load(_freeze(user_topics))


@functools.lru_cache(maxsize=8)
def _load(frozen_user_topics: str) -> Taxonomy:
    tax = Taxonomy()
    cap = tomllib.loads(_data_text("topics", "cap.toml"))
    for tid, spec in cap.items():
        tax.add_topic(Topic(tid, spec["label"], spec.get("description", ""), spec.get("code")))
        _add_terms(tax, spec, tid, None)
        for sid, sub in spec.get("subtopics", {}).items():
            tax.add_topic(Topic(sid, sub["label"], sub.get("description", ""), sub.get("code"), parent=tid))
            _add_terms(tax, sub, tid, sid)
    phoenix_text = _data_text("phoenix", "Phoenix.IssueCoding.txt")
    for phrase, code, exclude in parse_phoenix_issues(phoenix_text):
        where = tax.phoenix_map.get(code)
        if where is None:
            continue  # an unmapped code: tests/test_topics.py makes sure there is none
        tax.add_term(phrase, _Entry(where[0], where[1], exclude, f"phoenix:{code}"))
    for name, spec in json.loads(frozen_user_topics).items():
        validate_user_topic(name, spec)
        if name not in tax.topics:
            tax.add_topic(Topic(name, spec.get("label") or name, spec.get("description", ""), user=True))
        for term in spec["terms"]:
            tax.add_term(term, _Entry(name, None, False, "user"))
        for term in spec.get("exclude", []):
            tax.add_term(term, _Entry(name, None, True, "user"))
    return tax


def _add_terms(tax: Taxonomy, spec: Mapping[str, Any], topic: str, subtopic: str | None) -> None:
    for term in spec.get("terms", []):
        tax.add_term(term, _Entry(topic, subtopic, False, "cap"))
    for term in spec.get("exclude", []):
        tax.add_term(term, _Entry(topic, subtopic, True, "cap"))
    for code in spec.get("phoenix", []):
        tax.phoenix_map[code] = (topic, subtopic)


USER_TOPIC_KEYS = {"terms": list, "label": str, "description": str, "exclude": list}


def validate_user_topic(name: str, spec: Any, where: str = "settings") -> None:
    """A user topic's name is free; its keys are checked (terms: a non-empty list of strings)."""
    if not isinstance(spec, Mapping):
        raise ConfigError(f"{where}: [topics.{name}] must be a table with terms = [...]")
    for key, value in spec.items():
        if key not in USER_TOPIC_KEYS:
            raise ConfigError(f"{where}: [topics.{name}] unknown key {key!r} (known: {', '.join(sorted(USER_TOPIC_KEYS))})")
        if not isinstance(value, USER_TOPIC_KEYS[key]):
            raise ConfigError(f"{where}: [topics.{name}] {key} must be {USER_TOPIC_KEYS[key].__name__}, got {value!r}")
    terms = spec.get("terms")
    if not terms:
        raise ConfigError(f"{where}: [topics.{name}] needs terms = [\"...\", ...] (a non-empty list of strings)")
    for key in ("terms", "exclude"):
        for term in spec.get(key, []):
            if not isinstance(term, str) or not _WORD_RE.search(term):
                raise ConfigError(f"{where}: [topics.{name}] {key} must be a list of words or phrases, got {term!r}")
