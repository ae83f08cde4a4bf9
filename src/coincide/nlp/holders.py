"""Who a subject stands for: the actors behind "Britain and France", "both leaders", "we" in a
quotation, "they" after "X and Y said". Shared by coincide_positions (who holds a position) and
coincide_relations (the parties a comparison is between).

* The subject's actor comes from coincide.nlp.mentions, so pronouns count when coincide_actors
  resolved them; a group actor stands for its members.
* "I"/"we" inside a quotation is the quote's speaker; a relative "who"/"which" is the noun its
  clause hangs on. Pronouns and descriptions reach their actor through coincide_coref's chains
  (doc._.coref_chains, which doc._.mentions agrees with).
* Signed text: a statement or letter that names its maker ("a statement from X said") speaks for
  it, and a letter or post printed before its signer's name on a line of its own is the signer's.
* A quantified plural ("both leaders", "the two sides", "they" standing for them) is the pair of
  actors the context names: the speaker or reporting subject, and the nearest other actor of the
  right kind.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from . import lexicon
from .doc_cache import doc_text
from .grammar import agent, conjuncts, reporting_subject as _reporting_subject_of
from .mentions import actor_by_id, actor_of_token, mention_at, mentions, mentions_in
from .quotes import paragraphs

FIRST_PERSON = frozenset("i we us me".split())
THEY = frozenset("they them".split())
RELATIVE_PRONOUNS = frozenset("who which that".split())
QUANTIFIERS = frozenset("both two all each".split())
# An actor named only as the topic or place of a sentence ("on Syria", "in Syria") is no party to it.
TOPIC_PREPS = frozenset("on in about over of at from into against toward towards across".split())
PERSON_NOUNS = lexicon.words("parties", "person_nouns")
COUNTRY_NOUNS = lexicon.words("parties", "country_nouns")
ORGANIZATION_NOUNS = lexicon.words("parties", "organization_nouns")
PARTY_NOUNS = PERSON_NOUNS | COUNTRY_NOUNS | ORGANIZATION_NOUNS | lexicon.words("parties", "side_nouns")
# Heads that are somebody, so their owner names who acts ("Russia's president", "the party's spokesman").
AGENT_HEADS = PARTY_NOUNS | lexicon.words("parties", "agent_heads")
# "the party said": a party the story names elsewhere (party_words say which organisations are parties)
PARTY_DESCRIPTIONS = lexicon.words("parties", "party_descriptions")
PARTY_WORDS = lexicon.words("parties", "party_words")
# Plural state agents that speak for a government ("Ministers insist ..."): "ministers" (Phoenix
# ~GOV), the one the issue names; "officials" and others were not measured, so they are not here.
GOVERNMENT_PLURALS = frozenset({"ministers"})
# Verbs whose subject a "they" in the reported clause may stand for: "X and Y said they would ...".
REPORTING = lexicon.tagged("speech", "reporting") | lexicon.tagged("belief", "reporting")
# Things that speak for whoever made them ("a statement from the committee said", "the letter, signed
# by nine executives, warns"): coref.toml's artifact nouns, the same list coincide_coref reads.
ARTIFACT_NOUNS = frozenset(lexicon.table("coref", "artifact_nouns"))
# How far back a signature reaches (paragraphs): a letter is a few paragraphs, never a whole page.
SIGNED_PARAGRAPHS = 6


def reporting_subject(tok: Token) -> Token | None:
    """The subject of the verb that reports the clause holding tok ("X said that they ...")."""
    return _reporting_subject_of(tok, REPORTING)


class Context:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.quotes = list(doc._.quotes or [])
        self.sents = list(doc.sents)
        self.sent_index = {s.start: i for i, s in enumerate(self.sents)}
        # the quotations by where they start, to find those around a character by a search: every
        # candidate holder asks, and a walk over all the story's quotations each time grew with the
        # square of a long story
        spans = [(tuple(self._span_of(q)), i) for i, q in enumerate(self.quotes) if self._span_of(q)]
        self._by_start = sorted(spans)
        self._starts = [sp[0] for sp, _ in self._by_start]
        self._longest = max((sp[1] - sp[0] for sp, _ in self._by_start), default=0)
        self._signed: dict[tuple[int, int], list[str]] | None = None

    def signers(self, char: int) -> list[str]:
        """Who signed the letter or post holding the character (signed_paragraphs), else []."""
        if self._signed is None:
            self._signed = signed_paragraphs(self.doc)
        for (start, end), who in self._signed.items():
            if start <= char < end:
                return who
        return []

    @staticmethod
    def _span_of(q):
        return q.span if not isinstance(q, dict) else q.get("span")

    def quote_at(self, char: int) -> int | None:
        """The shortest quotation holding the character (the first in story order among equals)."""
        best = None
        k = bisect.bisect_right(self._starts, char) - 1
        # no quotation starting further back than the longest one can reach the character
        while k >= 0 and self._starts[k] >= char - self._longest:
            (start, end), i = self._by_start[k]
            if char < end and (best is None or (end - start, i) < best):
                best = (end - start, i)
            k -= 1
        return best[1] if best is not None else None

    def quotes_overlapping(self, start: int, end: int) -> list[int]:
        """The quotations (their indexes, in story order) that hold a character of [start, end)."""
        k = bisect.bisect_left(self._starts, end) - 1
        out = []
        while k >= 0 and self._starts[k] >= start - self._longest:
            (q_start, q_end), i = self._by_start[k]
            if q_end > start:
                out.append(i)
            k -= 1
        return sorted(out)

    def _span(self, i: int) -> tuple[int, int]:
        return tuple(self.quotes[i].span)

    def speakers(self, qi: int | None) -> list[str]:
        if qi is None:
            return []
        q = self.quotes[qi]
        out = list(q.speakers or [])
        if q.speaker and q.speaker not in out:
            out.insert(0, q.speaker)
        return out

    def actor(self, actor_id: str | None):
        return actor_by_id(self.doc, actor_id)

    def party_key(self, actor_id: str) -> str:
        """Which side an actor is on: people and governments speak for their country, while
        organisations (parties, unions, agencies) are sides of their own within it."""
        a = self.actor(actor_id)
        if a and a.country and a.kind != "organization":
            return a.country
        return actor_id

    def context_pair(self, tok: Token, anchors: list[str], hint: str | None) -> list[str]:
        """The two parties a quantified plural ("both sides", "the two leaders") stands for."""
        si = self.sent_index.get(tok.sent.start, 0)
        skip_span = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
        out = []
        for a in anchors:
            actor = self.actor(a)
            if hint == "organization" and (actor is None or actor.kind != "organization"):
                continue  # "Howard said both parties ...": the speaker is no party
            if a and a not in out:
                out.append(a)
        keys = {self.party_key(a) for a in out}
        # the sentence itself first, names after the plural too ("both parties planned cuts -
        # Labour by 80,000 and the Tories by 100,000"), then up to three sentences before
        for j in range(si, max(-1, si - 4), -1):
            sent = self.sents[j]
            # the sentence's mentions by a search: a walk over the story's mentions per sentence
            # grew with the square of a long story
            for m in mentions_in(self.doc, sent.start_char, sent.end_char):
                if skip_span[0] <= m.start < skip_span[1]:
                    continue
                if j == si and m.start >= skip_span[1] and hint != "organization":
                    continue
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in TOPIC_PREPS:
                    continue
                actor = self.actor(m.actor)
                if actor is None or actor.kind == "group":
                    continue
                if hint == "person" and actor.kind != "person":
                    continue
                if hint == "organization" and actor.kind != "organization":
                    continue
                if hint == "country" and actor.kind not in ("country", "government"):
                    continue  # "the two countries" are states, not a prime minister and a party
                key = self.party_key(actor.id)
                if key in keys:
                    continue
                out.append(actor.id)
                keys.add(key)
                if len(out) == 2:
                    return out
        return out if len(out) == 2 else []


def plural_hint(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS:
        return "person"
    if lemma in COUNTRY_NOUNS:
        return "country"
    if lemma in ORGANIZATION_NOUNS:
        return "organization"
    return None


def quantified_plural(tok: Token) -> bool:
    """"both leaders", "the two sides": a plural that stands for parties named around it
    ("two-thirds of Britons" does not)."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in PARTY_NOUNS:
        return False
    if any(c.lower_ in ("other", "remaining") for c in tok.children):
        return False  # "all the other countries" are those not named
    return any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in QUANTIFIERS for c in tok.children)


def group_members(ctx: Context, actor_id: str | None) -> list[str]:
    """A group actor's members ("Britain and France", "the two leaders"), else []."""
    actor = ctx.actor(actor_id)
    if actor is None or actor.kind != "group":
        return []
    return [m for m in (getattr(actor, "members", None) or []) if m != actor_id]


def resolved(ctx: Context, tok: Token) -> tuple[list[str], bool]:
    """What coincide_actors says a token stands for: a group's members, or one actor."""
    a = actor_of_token(tok)
    if a is None:
        # a noun phrase whose head is no mention may still name one inside ("the U.S. president");
        # an owner does not act for what it owns ("Mr Blair's view backed ...") unless the head is
        # somebody ("Russia's president", "the party's spokesman")
        m = mention_at(ctx.doc, tok.left_edge.idx, tok.idx + len(tok.text))
        a = m.actor if m else None
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if a is not None and owners and tok.lemma_.lower() not in AGENT_HEADS and any(
            c.left_edge.idx <= m.start < c.right_edge.idx + len(c.right_edge.text) for c in owners
        ):
            a = None
    if a is None:
        a = described_party(ctx, tok) or _ministers(ctx, tok)
    members = group_members(ctx, a)
    if len(members) > 1:
        return members, True
    return ([a] if a else []), False


def _ministers(ctx: Context, tok: Token) -> str | None:
    """ "Ministers insist the plans would ...": bare plural state agents (Phoenix ~GOV, with no
    article, modifier, owner or phrase of their own) holding a position speak for the government,
    when the story has exactly one government actor to speak for. A holder rule only: last round's
    rule making them an actor in coincide_actors also changed speakers and cost two wrong stances;
    this one reads the story's government, never makes one."""
    if tok.lower_ not in GOVERNMENT_PLURALS or tok.tag_ != "NNS":
        return None
    if any(c.dep_ in ("det", "compound", "amod", "nmod", "poss", "prep", "nummod") for c in tok.children):
        return None  # "junior ministers", "EU ministers", "two ministers": somebody's, or some of them
    govs = [a for a in (ctx.doc._.actors or []) if a.kind == "government" and (a.code or "").endswith("GOV")]
    return govs[0].id if len(govs) == 1 else None


def _singular(word: str) -> str:
    word = word.strip(".,'’\"")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _is_party(actor) -> bool:
    # a party's members named as a group ("the Liberal Democrats") stand for it as well
    body = actor is not None and (actor.kind == "organization" or (actor.kind == "group" and not actor.members))
    return body and any(
        w in PARTY_WORDS for w in actor.name.lower().replace("-", " ").split())


def described_party(ctx: Context, tok: Token) -> str | None:
    """ "The party said it would cut taxes": a definite "the party" with no words of its own
    ("the ruling party", "the party's leader" are descriptions of their own) stands for the party
    of the quotation's speaker or of the reporting subject when their role names one ("Liberal
    Democrat leader Charles Kennedy said the party ..."), else for the party last the subject of
    a sentence (within four), else the party the story named last before it."""
    if tok.lemma_.lower() not in PARTY_DESCRIPTIONS or tok.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in tok.children):
        return None
    parties = [a for a in (ctx.doc._.actors or []) if _is_party(a)]
    if not parties:
        return None
    people = ctx.speakers(ctx.quote_at(tok.idx))[:1]
    rep = reporting_subject(tok)
    if rep is not None:
        people += resolved(ctx, rep)[0][:1]
    text = doc_text(ctx.doc)
    for pid in people:
        person = ctx.actor(pid)
        if person is None or person.kind != "person":
            continue
        # the words of the person's title in front of their name ("Liberal Democrat leader Charles
        # Kennedy", "Tory MP X") and their role
        titled = " ".join(text[max(0, s - 40):s] for s, _ in person.mentions) + " " + (person.role or "")
        said = {_singular(w) for w in titled.lower().replace("-", " ").split()}
        for party in parties:
            words = [_singular(w) for w in party.name.lower().replace("-", " ").split() if w != "party"]
            if words and all(w in said for w in words):
                return party.id
    # the party that was last the subject of a sentence, within the four before (a party named as
    # an object, "X attacked the Conservatives. The party ...", is less often the one meant), else
    # the party named last
    si = ctx.sent_index.get(tok.sent.start, 0)
    lo = ctx.sents[max(0, si - 4)].start_char
    ids = {p.id for p in parties}
    last = subject = None
    for m in mentions(ctx.doc):
        if m.start >= tok.idx:
            break
        if m.actor not in ids:
            continue
        last = m.actor
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.start >= lo and span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            subject = m.actor
    return subject or last


def listed_appositions(noun: Token) -> list[Token]:
    """ "The mayor, the city's Chamber of Commerce and the firm Acxiom all urged ...": a list of
    three or more names with commas is parsed as the first name with an apposition that has the
    rest as its conjuncts. An apposition that is itself coordinated ("X, A and B") renames nobody:
    it is the rest of the list, and each of its names holds what the subject holds. (An apposition
    without a conjunct, "Jack Straw, the foreign secretary", is the same actor and is left alone.)"""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "appos" and c.i > noun.i and c.pos_ in ("NOUN", "PROPN"):
            rest = conjuncts(c)
            if len(rest) > 1 and any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in c.subtree):
                out += rest
    return out


def named_examples(noun: Token) -> list[Token]:
    """The members a plural subject names as its examples ("unions, including Unite and the GMB,
    endorsed ...", "supporters such as Smith and Jones say ..."): each holds what the subject holds."""
    out: list[Token] = []
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "including" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)):
            heads = [c for c in prep.children if c.dep_ == "pobj"]
        elif prep.lower_ == "such":
            # "such as" parsed with "such" as the preposition and "as" under it
            heads = [g for c in prep.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        for head in heads:
            out += conjuncts(head)
    return out


def _signature(doc: Doc, start: int, end: int) -> str | None:
    """The actor a paragraph is no more than the name of ("Kathryn Kates."), else None."""
    name_end = end - 1 if doc_text(doc)[end - 1] == "." else end
    m = mention_at(doc, start, name_end)
    if m is None or m.start > start or m.end < name_end:
        return None
    actor = actor_by_id(doc, m.actor)
    return m.actor if actor is not None and actor.kind in ("person", "organization") else None


def signed_paragraphs(doc: Doc) -> dict[tuple[int, int], list[str]]:
    """Letters and posts signed after their text, as letters pages print them ("I despise ... .",
    then "Kathryn Kates." on a line of its own): the paragraphs before a name-only paragraph, back
    to the previous such name or to a paragraph of no sentence (a heading, a place line: "New
    York.", "LETTERS."), are the signer's words. Spans of the signed paragraphs -> [signer]."""
    text = doc_text(doc)  # spaCy's Doc.text joins every token at each read
    paras = paragraphs(text)  # a signature stands on a line of its own
    out: dict[tuple[int, int], list[str]] = {}
    for k, (start, end) in enumerate(paras):
        signer = _signature(doc, start, end)
        if signer is None:
            continue
        for j in range(k - 1, max(-1, k - 1 - SIGNED_PARAGRAPHS), -1):
            p_start, p_end = paras[j]
            words = text[p_start:p_end].split()
            if _signature(doc, p_start, p_end) or len(words) < 4:
                break  # the previous signature, its place line, or a heading
            out[(p_start, p_end)] = [signer]
    return out


def artifact_makers(noun: Token) -> list[Token]:
    """Who a statement, letter or ad names as its maker: "a statement from the committee", "the
    letter signed by nine executives", "the party's statement". What it says is theirs."""
    if noun.lemma_.lower() not in ARTIFACT_NOUNS:
        return []
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.tag_ == "VBN" and agent(c) is not None:
            out.append(agent(c))  # "the letter, signed by ..."
    return out


def holders_of(ctx: Context, subj: Token, depth: int = 0) -> tuple[list[str], bool]:
    """Actor ids a subject stands for, and whether they were named jointly."""
    low = subj.lower_
    before = subj.doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if before is not None and before.lower_ in ("like", "unlike") and depth < 2:
        # "Like Labour, the Lib Dems support ...": the parser makes the compared party the subject
        # and the real one its apposition
        appos = [c for c in subj.children if c.dep_ == "appos"]
        return holders_of(ctx, appos[0], depth + 1) if appos else ([], False)
    if low in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl" and subj.head.head != subj.head and depth < 2:
        # "Wal-Mart, which complained ...", "Jack Straw, who accused ...": the relative pronoun
        # stands for the noun the clause hangs on
        return holders_of(ctx, subj.head.head, depth + 1)
    qi = ctx.quote_at(subj.idx)
    if low in FIRST_PERSON or (low in ("all", "both", "each") and any(
        g.lower_ in ("us", "we") for c in subj.children if c.dep_ == "prep" for g in c.children
    )):
        # "we" in a quotation is the speaker (in a signed letter, its signer); who else it
        # includes is a guess we do not make here
        speakers = ctx.speakers(qi) if qi is not None else ctx.signers(subj.idx)
        if speakers:
            return speakers, len(speakers) > 1
        return resolved(ctx, subj)
    conj = [subj] + [c for c in conjuncts(subj) if c != subj] + named_examples(subj) + listed_appositions(subj)
    if len(conj) > 1:
        ids: list[str] = []
        for c in conj:
            for a in resolved(ctx, c)[0]:
                if a not in ids:
                    ids.append(a)
        return ids, len(ids) > 1
    found, joint = resolved(ctx, subj)
    if joint or (found and low not in THEY and not quantified_plural(subj)):
        return found, joint
    makers = artifact_makers(subj) if not found and depth < 2 else []
    if makers:
        ids = []
        for maker in makers:
            ids += [a for a in holders_of(ctx, maker, depth + 1)[0] if a not in ids]
        return ids, len(ids) > 1
    if low in THEY and depth < 2:
        rep = reporting_subject(subj)
        if rep is not None and (quantified_plural(rep) or len(conjuncts(rep)) > 1):
            return holders_of(ctx, rep, depth + 1)
        return found, False
    if quantified_plural(subj):
        anchors: list[str] = []
        rep = reporting_subject(subj)
        if rep is not None and depth < 2:
            anchors, _ = holders_of(ctx, rep, depth + 1)
        elif qi is not None:
            anchors = ctx.speakers(qi)[:1]
        pair = ctx.context_pair(subj, anchors[:1], plural_hint(subj))
        return pair, len(pair) == 2
    return found, False
