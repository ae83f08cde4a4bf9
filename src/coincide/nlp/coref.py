"""coincide_coref: one coreference component, run after coincide_actors and before
coincide_quotes. Sets doc._.coref_chains (one Chain per actor: every stretch of text that refers to
it, in order) and rewrites doc._.mentions to agree with the chains, so every later component
(quotes, positions and their holders, relations) reads the same resolution.

coincide_actors finds the names and resolves the easy pronouns by salience. This component
checks and completes that with constraints a reader of news applies:

* Quotation marks. A "he"/"she" outside quotation marks never stands for a person named only
  inside them: in '"My son Seth signed it," he said' "he" is not Seth. Names inside a quotation
  are the speaker's words, not the narrator's referents.
* Gender agreement, learned within the story: a person named with a gendered honorific or noun
  ("Ms. Rice", "the congresswoman") has that gender; a person who is the only candidate for a
  "he" or a "she" takes its gender. A "she" then skips the men named since ("“...,” she told
  Mr. Rose": she is not Rose).
* Salience through the chain: a pronoun resolved is itself a mention of its actor, so a person
  who is talked about as "she" three sentences running stays the referent of the fourth.
* Ranking among the candidates that agree: the subject of the sentence (before the pronoun),
  then the subjects of the sentences before, then the actor named last (a nearest name that is
  no subject in the window gives way to a subject there); within the current
  paragraph and the one before it. When the pronoun's own sentence has no subject before it, the
  subject of the main clause of the sentence just before wins over the subject of a clause it
  reports ("Trump is a 'change agent,' Cole said. '...,' he said": Cole).
* Descriptions of bodies: "the company", "the firm", "the group", "the union" (singular, with
  "the") stand for the organisation named last before them, a subject first.
* Groups named by a noun: "federal prosecutors said", "her aides said" (a plural person noun,
  WordNet's, subject of a speech verb) is a group actor named by its phrase.

Chains are a pure function of the Doc (nothing is carried between stories).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Actor
from . import lexicon, register_extensions
from .actors import PARTY_WORDS, TITLE_QUALIFIERS, referential_it
from .cues import SPEECH, cue_lemma, speaks
from .mentions import Mention

MALE_WORDS = lexicon.words("coref", "male")
HONORIFICS = lexicon.words("actors", "honorifics")
FEMALE_WORDS = lexicon.words("coref", "female")
ORGANIZATION_HEADS = lexicon.words("coref", "organization_heads")
PARTY_MEMBERS = lexicon.words("coref", "party_members")
PARTY_MODIFIERS = lexicon.words("coref", "party_modifiers")
MEMBER_NOUNS = lexicon.words("coref", "member_nouns")
PERSON_HEADS = lexicon.words("actors", "person_titles") | lexicon.words("coref", "person_descriptions")
TITLE_NOUNS = lexicon.table("coref", "title_nouns")
AGENT_NOUNS = lexicon.words("coref", "agent_nouns")
# WordNet's nouns for a person or a kind of person (lemmas): "officials", "aides", "prosecutors"
PEOPLE_NOUNS = lexicon.words("people")
# A plural that speaks ("sources said", "according to allies") is read in its person sense, though
# the noun's commonest sense be another (WordNet, scripts/speaker_nouns_lexicon.py).
SPEAKER_NOUNS = PEOPLE_NOUNS | lexicon.words("speaker-nouns") | lexicon.words("coref", "plural_speakers")
# Heads a speaking plural group is named by: people nouns, and the plural of a body's head noun
# ("protest groups say", "unions said"), which speaks as the bodies' people as the singular stands
# for one body named before (round 15).
GROUP_SPEAKER_HEADS = SPEAKER_NOUNS | ORGANIZATION_HEADS
QUANTIFIERS = lexicon.words("coref", "group_quantifiers")
# the small words inside a surname of several words ("de Blasio", "Van Hollen", "bin Salman")
SURNAME_PARTICLES = lexicon.words("coref", "surname_particles")
# Tags of the words that name a group before its noun: nouns and adjectives, not participles
NAMING_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
ARTIFACT_NOUNS = lexicon.table("coref", "artifact_nouns")
PERSONAL_BODIES = lexicon.words("coref", "personal_bodies")
BODY_HEADS = ORGANIZATION_HEADS | lexicon.words("coref", "body_heads")
IT = frozenset({"it", "its"})
THEY = frozenset({"they", "their"})
HE = frozenset({"he", "him", "his", "himself"})
SHE = frozenset({"she", "her", "hers", "herself"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How many sentences back a pronoun or description looks for its antecedent.
WINDOW_SENTENCES = 4
QUOTE_MARKS = '"\u201c\u201d\u201e'
# Every mark of a double quotation, as coref and the quotes component read them: straight and curly
# marks, and the two-apostrophe '' (with ``) that archive and wire texts print for one (PolNeAR's
# New York Times stories: ''Obama doesn't get along with Putin,'' he said).
QUOTE_MARK_RE = re.compile("''|``|[" + re.escape(QUOTE_MARKS) + "]")
# A two-character mark read as the one-character mark it stands for
_MARK_AS = {"''": '"', "``": "\u201c"}


@dataclass
class Chain:
    """Every stretch of text that refers to one actor, in text order."""

    actor: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, via
    gender: str | None = None  # "m" | "f" for a person whose gender the story shows, else None


@Language.factory(
    "coincide_coref",
    requires=["doc._.actors", "doc._.mentions", "token.dep", "token.pos"],
    assigns=["doc._.coref_chains", "doc._.mentions"],
)
def make_coref(nlp, name):  # no annotations: spaCy's config validation cannot read postponed ones
    return CorefComponent()


class CorefComponent:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        resolver = _Resolver(doc)
        doc._.mentions = resolver.run()
        doc._.coref_chains = chains(doc._.mentions)
        for c in doc._.coref_chains:
            c.gender = resolver.gender_of(c.actor)
        spans = {c.actor: sorted({(s, e) for s, e, _ in c.mentions}) for c in doc._.coref_chains}
        for actor in doc._.actors or []:
            # the record's mentions are the chain's, so a pronoun taken from an actor leaves it
            actor.mentions = [list(x) for x in spans.get(actor.id, [])]
        members = {m for a in doc._.actors or [] for m in (a.members or [])}
        # "House" and "Republicans" of "House Republicans": words now the group's, no actors
        doc._.actors = [a for a in doc._.actors or [] if a.mentions or a.id in members]
        return doc


def chains(mentions: list[Mention]) -> list[Chain]:
    """The chains of a mention list: one per actor, ordered by first mention."""
    by_actor: dict[str, Chain] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        by_actor.setdefault(m.actor, Chain(m.actor)).mentions.append((m.start, m.end, m.via))
    return list(by_actor.values())


def surname(name: str) -> str:
    """A person's surname as the story's actors name it: the last word of the name ("" for none).
    One reading for every step that compares people by surname, so that they cannot drift apart."""
    words = name.split()
    return words[-1] if words else ""


def chain_of(doc: Doc, actor_id: str | None) -> Chain | None:
    for c in doc._.coref_chains or []:
        if c.actor == actor_id:
            return c
    return None


def agrees_with_pronoun(doc: Doc, actor_id: str | None, pronoun: str) -> bool:
    """Whether an actor may be what "he"/"she" stands for: its chain's gender, when the story
    shows one, is the pronoun's."""
    c = chain_of(doc, actor_id)
    low = pronoun.lower()
    if c is None or c.gender is None or low not in HE | SHE:
        return True
    return (c.gender == "m") == (low in HE)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of the text inside double quotation marks, paired within a paragraph."""
    out: list[tuple[int, int]] = []
    for para_start, para in _paragraphs(text):
        open_at = None
        for found in QUOTE_MARK_RE.finditer(para):
            i, end = found.start(), found.end()
            ch = _MARK_AS.get(found.group(), found.group())
            opening = ch in "\u201c\u201e" or (ch == '"' and open_at is None)
            if ch == "\u201d" and open_at is None and i == 0:
                opening = True  # a closing curly mark opening a paragraph is a slip for an opening one
            if open_at is None and opening:
                open_at = i
            elif open_at is not None and ch == '"' and _reopens(para, i, end):
                continue  # '..." of hope. "Labour is ...': the quotation goes on in a new sentence
            elif open_at is not None and ch != "\u201c":
                out.append((para_start + open_at, para_start + end))
                open_at = None
            elif ch == "\u201c":
                open_at = i
        if open_at is not None:  # runs on into the next paragraph
            out.append((para_start + open_at, para_start + len(para)))
    return out


def _reopens(para: str, i: int, end: int) -> bool:
    """A straight mark opening a sentence inside an open quotation: '"... the politics of hope.
    "Labour is counting on ...," he said.' Quoting several sentences, the BBC (and British style
    generally) opens each with a mark and closes only the last, so a mark after a sentence's end and
    a space, with a word right after it, continues the quotation: it closes nothing. (Read as a
    closing mark it ended the quotation there and made the true closing mark an opening one, so the
    narrator's "he said" after it fell inside a quotation and was never resolved.) The mark is
    para[i:end] (a two-apostrophe mark is two characters)."""
    before = para[:i].rstrip()
    return (i > 0 and para[i - 1].isspace() and before[-1:] in (".", "!", "?")
            and end < len(para) and (para[end].isalnum() or para[end] in "'\u2018"))


def _paragraphs(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


class _Resolver:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.actors = {a.id: a for a in doc._.actors or []}
        self.mentions: list[Mention] = sorted(doc._.mentions or [], key=lambda m: (m.start, -(m.end - m.start)))
        self._starts: list[int] | None = None
        # no mention is longer than this (an upper bound, raised by _insert): the mentions that can
        # overlap a stretch start within it before the stretch, so _drop_overlapping bisects
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self.quoted = quoted_ranges(self.text)
        self.quoted_starts = [s for s, _ in self.quoted]
        self.sents = [s for s in doc.sents]
        self.sent_starts = [s.start for s in self.sents]
        self.para_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        self.gender: dict[str, dict[str, int]] = {}

    # ---------------------------------------------------------------- where things are

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, char) - 1
        return i >= 0 and self.quoted[i][0] < char < self.quoted[i][1]

    def sent_index(self, tok_i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, tok_i) - 1)

    def para_of(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def window_start(self, tok: Token) -> int:
        """Character where the look-back of a pronoun at tok starts: WINDOW_SENTENCES sentences
        with words back, not before the paragraph before tok's."""
        n = self.sent_index(tok.i)
        seen = 0
        while n > 0 and seen < WINDOW_SENTENCES:
            n -= 1
            if any(not t.is_space for t in self.sents[n]):
                seen += 1
        start = self.sents[n].start_char
        para = self.para_of(tok.idx)
        # the paragraph before (blank lines between paragraphs are paragraphs of their own)
        floor_para = para - 1
        while floor_para > 0 and not self.text[self.para_starts[floor_para]:self.para_starts[floor_para + 1]].strip():
            floor_para -= 1
        return max(start, self.para_starts[max(floor_para, 0)])

    def root_of(self, m: Mention) -> Token | None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None

    def is_subject(self, tok: Token | None) -> bool:
        if tok is None:
            return False
        return tok.dep_ in SUBJECT_DEPS or (
            tok.dep_ in ("compound", "appos", "nmod") and tok.head.dep_ in SUBJECT_DEPS and tok.head.i > tok.i - 4
        )

    # ---------------------------------------------------------------- gender

    def vote(self, actor: str, g: str, weight: int = 1) -> None:
        votes = self.gender.setdefault(actor, {})
        votes[g] = votes.get(g, 0) + weight

    def gender_of(self, actor: str) -> str | None:
        votes = self.gender.get(actor) or {}
        m, f = votes.get("m", 0), votes.get("f", 0)
        if m > f:
            return "m"
        if f > m:
            return "f"
        return None

    def learn_gender_from_words(self) -> None:
        """Gendered honorifics and nouns in or right before a person's names."""
        for m in self.mentions:
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person" or m.via == "pronoun":
                continue
            words = [w.lower().strip(",") for w in self.text[m.start:m.end].split()[:3]]
            before = self.text[max(0, m.start - 12):m.start].split()
            if before:
                words.append(before[-1].lower())
            for w in words:
                if w in MALE_WORDS:
                    self.vote(m.actor, "m", 2)
                elif w in FEMALE_WORDS:
                    self.vote(m.actor, "f", 2)
            for w in (a.role or "").lower().split():
                if w in MALE_WORDS:
                    self.vote(m.actor, "m", 2)
                elif w in FEMALE_WORDS:
                    self.vote(m.actor, "f", 2)

    def learn_gender_from_pronouns(self, pronouns: list[Token]) -> None:
        """A "he" or "she" with one person named before it in its own sentence and the one before
        gives that person its gender (a wider window would give it to the only person of a
        paragraph that speaks of somebody named further back)."""
        for tok in pronouns:
            floor = self.sents[max(0, self.sent_index(tok.i) - 1)].start_char
            cands = {m.actor for m in self.candidates(tok, named_only=True) if m.start >= floor}
            if len(cands) == 1:
                self.vote(next(iter(cands)), "m" if tok.lower_ in HE else "f")

    # ---------------------------------------------------------------- candidates

    def candidates(self, tok: Token, named_only: bool = False, kinds: tuple[str, ...] = ("person",)) -> list[Mention]:
        """Mentions of actors of these kinds before tok in its window, outside quotation marks
        (unless tok is inside the same quotation), latest first."""
        lo, hi = self.window_start(tok), tok.idx
        tok_quoted = self.in_quote(tok.idx)
        out = []
        i = self._bisect(lo)
        for m in self.mentions[i:]:
            if m.start >= hi:
                break
            a = self.actors.get(m.actor)
            if a is None or a.kind not in kinds:
                continue
            if named_only and m.via == "pronoun":
                continue
            if self.in_quote(m.start) and not tok_quoted:
                continue
            out.append(m)
        out.reverse()
        return out

    def agrees(self, actor: str, tok: Token) -> bool:
        g = self.gender_of(actor)
        if g is None:
            return True
        return (g == "m") == (tok.lower_ in HE)

    def rank(self, tok: Token, cands: list[Mention]) -> str | None:
        """The subject of tok's sentence before it; else the latest subject before; else the
        actor named last."""
        if not cands:
            return None
        si = self.sent_index(tok.i)
        subjects = []
        for m in cands:
            root = self.root_of(m)
            if root is not None and root.i < tok.i and self.is_subject(root):
                subjects.append((self.sent_index(root.i) == si, m))
        if any(s for s, _ in subjects):
            return self.own_subject_before(tok, cands)
        if subjects:
            return subjects[0][1].actor
        return cands[0].actor

    # ---------------------------------------------------------------- the passes

    def run(self) -> list[Mention]:
        doc = self.doc
        pronouns = [t for t in doc if t.lower_ in HE or t.lower_ in SHE]
        pronouns = [t for t in pronouns if t.pos_ == "PRON" or t.tag_ in ("PRP", "PRP$")]
        self.missed_surnames()
        self.learn_gender_from_words()
        self.learn_gender_from_pronouns([t for t in pronouns if not self.in_quote(t.idx)])
        for tok in pronouns:
            if self.in_quote(tok.idx):
                continue  # inside a quotation "he" is as often somebody the speaker speaks of
            self.resolve_person_pronoun(tok)
        self.party_groups()
        self.campaigns()
        self.speaking_groups()
        for tok in doc:
            if tok.lower_ in BODY_HEADS and tok.tag_ == "NN":
                if tok.lower_ in ORGANIZATION_HEADS:
                    self.resolve_organization_description(tok)
                self.resolve_body_by_head(tok)
            elif tok.lower_ in PERSON_HEADS and tok.tag_ == "NN" and tok.dep_ in SUBJECT_DEPS:
                self.resolve_person_description(tok)
                self.description_turn(tok)
            elif tok.lemma_.lower() in PEOPLE_NOUNS and tok.tag_ == "NN" and tok.dep_ == "nsubj":
                self.description_turn(tok)
            elif tok.lower_ in ARTIFACT_NOUNS and tok.tag_ == "NN" and tok.dep_ in SUBJECT_DEPS:
                self.resolve_artifact(tok)
            elif tok.lower_ in IT and not self.in_quote(tok.idx) and referential_it(tok):
                self.resolve_body_pronoun(tok, ("organization", "government", "country"))
            elif tok.lower_ in THEY and not self.in_quote(tok.idx) and tok.dep_ in ("nsubj", "poss"):
                self.resolve_body_pronoun(tok, ("group", "organization"), plural=True)
        self.mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return self.mentions

    def _mention_index_at(self, start: int, end: int) -> int | None:
        i = self._bisect(start)
        while i < len(self.mentions) and self.mentions[i].start == start:
            if self.mentions[i].end == end:
                return i
            i += 1
        return None

    def missed_surnames(self) -> None:
        """ "... and Jim Talent\n\nRomney released a statement": a capitalised word standing alone
        (a proper noun, or a subject the tagger took for a common noun: "Trump later said")
        (no proper noun beside it, but for an honorific before it: "Mr Hague, who ..."), outside
        quotation marks, that is the surname of exactly one person the story named before, is that person, when the tagger left it without an actor
        (a paragraph lacking its full stop runs names together for the parser)."""
        doc = self.doc
        people: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        words: dict[str, list[str]] = {}
        for m in self.mentions:
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person" or len(a.name.split()) < 2:
                continue
            people.setdefault(surname(a.name), set()).add(a.id)
            first[a.id] = min(first.get(a.id, m.start), m.start)
            words[a.id] = [w.lower() for w in a.name.split()]
        for tok in doc:
            # the tagger takes a surname opening a sentence for a common noun too ("Trump later
            # said", "Swers said because ..."), or for a verb or a preposition ("Schilling
            # describes", "From said"): as the subject of a speech verb it is still the name
            named_like = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.dep_ == "nsubj") \
                or (tok.dep_ == "nsubj" and cue_lemma(tok.head) in SPEECH)
            if not named_like or not tok.is_title or tok.text not in people or self.in_quote(tok.idx):
                continue
            if self._tail_surname(tok, people[tok.text], first, words):
                continue
            honorific = tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in HONORIFICS
            if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in ((tok.i + 1,) if honorific else (tok.i - 1, tok.i + 1))):
                continue
            end = tok.idx + len(tok.text)
            i = self._bisect(tok.idx)
            if any(m.start <= tok.idx < m.end for m in self.mentions[max(0, i - 3):i + 1]):
                continue
            named = [a for a in people[tok.text] if first[a] < tok.idx]
            if len(named) == 1:
                self._insert(Mention(doc[tok.i - 1].idx if honorific else tok.idx, end, named[0], "alias"))

    def _tail_surname(self, tok: Token, ids: set[str], first: dict[str, int], words: dict[str, list[str]]) -> bool:
        """ "Marine Le Pen ... Le Pen told CNN", "Mario Vargas Llosa ... Vargas Llosa said": a surname
        of two words or more (particles and all: "de Blasio") repeated alone, which the tagger
        leaves without a person (it reads "Le Pen" as a building, "Vargas Llosa" as a title), is the
        one person named before whose name ends in those words. `tok` is the run's last word; the
        run is every capitalised word or name particle before it (an honorific before the run is
        kept in the mention, "Mr. Vargas Llosa"). Returns whether the run named that person (else
        the one-word reading is tried, as before)."""
        doc = self.doc
        lo = tok.i
        while lo > 0 and not doc[lo - 1].is_space and doc[lo - 1].lower_.rstrip(".") not in HONORIFICS and (
                doc[lo - 1].lower_ in SURNAME_PARTICLES or (doc[lo - 1].is_title and doc[lo - 1].pos_ == "PROPN")):
            lo -= 1
        if lo == tok.i or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            return False
        tail = [t.lower_ for t in doc[lo:tok.i + 1]]
        named = [a for a in ids if first[a] < doc[lo].idx and len(words[a]) > len(tail) and words[a][-len(tail):] == tail]
        if len(named) != 1:
            return False
        start = doc[lo - 1].idx if lo > 0 and doc[lo - 1].lower_.rstrip(".") in HONORIFICS else doc[lo].idx
        end = tok.idx + len(tok.text)
        if not self._covered(start, end):
            self._insert(Mention(start, end, named[0], "alias"))
        return True

    def resolve_person_pronoun(self, tok: Token) -> None:
        start, end = tok.idx, tok.idx + len(tok.text)
        at = self._mention_index_at(start, end)
        current = self.mentions[at].actor if at is not None else None
        cands = [m for m in self.candidates(tok) if self.agrees(m.actor, tok)]
        ok_actors = {m.actor for m in cands}
        if current is not None and (self.actors.get(current) is None or self.actors[current].kind != "person"):
            return
        main = self.main_subject_before(tok, cands)
        turn = self.previous_speaker(tok, cands)
        if turn is not None and turn != current and not self.blocked_by_own_subject(tok, cands):
            if at is not None:
                self._delete(at)
            self._insert(Mention(start, end, turn, "pronoun"))
            return
        own = self.own_subject_before(tok, cands)
        if current is not None and current in ok_actors and main in (None, current) and own in (None, current):
            # coincide_actors' choice stands (it agrees and was named outside quotations), unless the
            # window names it nowhere as a subject and names another person who agrees as one
            subject = None if self.blocked_by_own_subject(tok, cands) else self.salient_subject(tok, cands, current)
            if subject is not None:
                self._delete(at)
                self._insert(Mention(start, end, subject, "pronoun"))
            return
        pick = None if self.blocked_by_own_subject(tok, cands) else main or self.rank(tok, cands)
        if at is not None:
            self._delete(at)
        if pick is not None:
            self._insert(Mention(start, end, pick, "pronoun"))

    def salient_subject(self, tok: Token, cands: list[Mention], current: str) -> str | None:
        """ "Mr. Obama has ... secured a deal ... A president who authorized the raid that killed
        Osama bin Laden ... Where he used to boast ...": coincide_actors' nearest name, when the
        window names that person nowhere as a subject (an object, a prepositional or relative
        clause's object), gives way to the latest subject of the window that agrees (a subject is
        what a story follows; the nearest name is only the nearest: rank's order, which the
        shortcut for coincide_actors' choice skipped). A subject with the choice's surname is no
        other person (a namesake, or one person the actors step named twice: "X.\n\nTrump" beside
        "Trump"), so the choice stands."""
        subjects = []
        for m in cands:  # latest first
            root = self.root_of(m)
            if root is None or root.i >= tok.i:
                continue
            if m.actor == current and root.dep_ == "pobj" and root.head.dep_ == "agent":
                return None  # "written by Alan Price": a passive's agent is its doer, a subject in all but form
            if not self.is_subject(root):
                continue
            if m.actor == current:
                return None  # the choice was a subject too
            if self._surname(m.actor) == self._surname(current):
                return None  # one person the actors step named twice ("X. Trump", "Trump"): no other subject
            subjects.append(m.actor)
        return subjects[0] if subjects else None

    def _surname(self, actor: str) -> str:
        a = self.actors.get(actor)
        return surname(a.name).lower() if a is not None else ""

    def previous_speaker(self, tok: Token, cands: list[Mention]) -> str | None:
        """Quote turns: '"...," Tobias said.' / a paragraph naming others, none as a subject
        ('But what if Clinton wins? Would Obama ...?') / '"...," he said.': a he/she that says a
        quotation, whose look-back window holds no subject of its gender, is the one who spoke
        last (the subject of a speech verb outside quotation marks) in the two paragraphs before
        the window, when that speaker agrees; a name that is no subject is not a turn."""
        if tok.dep_ != "nsubj" or cue_lemma(tok.head) not in SPEECH:
            return None
        sent = self.sents[self.sent_index(tok.i)]
        if not any(t.text in QUOTE_MARKS or t.text in ("''", "``") for t in sent):
            return None
        for m in cands:
            root = self.root_of(m)
            opens = root is not None and not self.text[root.sent.start_char:m.start].strip()
            if root is not None and root.i < tok.i and (self.is_subject(root) or opens):
                return None  # a subject in the window decides (rank), or a name opening a sentence the parser misread
        lo = self.window_start(tok)
        for t in self.doc.char_span(lo, tok.idx, alignment_mode="expand") or []:
            if t.pos_ != "PROPN" or self.in_quote(t.idx) or not (t.dep_ in SUBJECT_DEPS or t.is_sent_start):
                continue
            m = self._mention_at(t.idx)
            held = m is not None and self.actors.get(m.actor) is not None and self.actors[m.actor].kind == "person"
            if not held and t.tag_ != "NNPS":
                # a singular name as a subject (or opening a sentence the parser misread) that no
                # person holds ("Reynolds says ..." read as a body, "Jolly, who was elected ...")
                # may be the "he"/"she" itself: nearer than a turn; "Republicans" is not
                return None
        para, seen = self.para_of(lo), 0
        while para > 0 and seen < 2:  # blank lines between paragraphs are paragraphs of their own
            para -= 1
            end = self.para_starts[para + 1] if para + 1 < len(self.para_starts) else len(self.text)
            seen += bool(self.text[self.para_starts[para]:end].strip())
        floor = self.para_starts[para]
        i = self._bisect(lo)
        for m in reversed(self.mentions[:i]):
            if m.start < floor:
                break
            a = self.actors.get(m.actor)
            if a is None or a.kind != "person" or self.in_quote(m.start) or not self.agrees(m.actor, tok):
                continue
            root = self.root_of(m)
            if root is None or root.dep_ != "nsubj" or cue_lemma(root.head) not in SPEECH:
                continue
            return m.actor
        return None

    def own_subject_before(self, tok: Token, cands: list[Mention]) -> str | None:
        """The nearest subject before tok in its own sentence, when it is a candidate: 'While
        saying he admired Mr Crane's leadership, he criticised ...': the second "he" is the first
        one (the subject of the clause before), not the owner named nearer ("Mr Crane's"), which
        coincide_actors' salience takes. When that nearest subject sits inside a clause another
        subject governs and tok is outside it, the governing subject: 'While Comey said there was
        evidence that Clinton was careless, he said ...' is Comey (rule W, session 42)."""
        si = self.sent_index(tok.i)
        subjects = []
        for m in cands:  # latest first
            root = self.root_of(m)
            if root is None or root.i >= tok.i or self.sent_index(root.i) != si:
                continue
            if self.is_subject(root):
                subjects.append((m, root))
        if not subjects:
            return None
        nearest, inner = subjects[0]
        # 'While Comey said there was clear evidence that Clinton was careless, he said ...': a
        # subject inside the clause another subject governs is what that one said or thought; a
        # pronoun outside that clause goes on with the governing subject (coreferee's salience)
        for m, outer in subjects[1:]:
            verb = self.verb_of_subject(outer)
            span = range(verb.left_edge.i, verb.right_edge.i + 1)
            if inner.i in span and tok.i not in span and verb.i < inner.i:
                return m.actor
        return nearest.actor

    @staticmethod
    def verb_of_subject(root: Token) -> Token:
        """The verb whose subject a mention's root is (the root itself, or the subject it names
        by apposition or compound: is_subject's readings)."""
        subject = root if root.dep_ in SUBJECT_DEPS else root.head
        return subject.head

    def main_subject_before(self, tok: Token, cands: list[Mention]) -> str | None:
        """The subject of the main clause of the sentence just before tok's, when it is a candidate
        and tok's own sentence has no subject candidate before it: 'He suggested
        the claim that Lord Falconer had drafted it. "...," he said' is still about the one who
        suggested, and 'Trump is a "change agent," Cole said. "...," he said' about Cole. A subject
        of a reported clause is what somebody said, not whom the story follows (coreferee ranks
        by the same salience of the governing clause)."""
        si = self.sent_index(tok.i)
        prev = si - 1
        # a quotation of several sentences before "he said" is one turn ('"It was a narrow victory.
        # It was almost a split decision," he said'): the sentence just before it is the narrator's
        # last, so sentences wholly inside quotation marks are passed over, as blank ones are
        while prev > 0 and (all(t.is_space for t in self.sents[prev]) or self._quoted_sentence(prev)):
            prev -= 1
        for m in cands:  # latest first
            root = self.root_of(m)
            if root is None or root.i >= tok.i or not self.is_subject(root):
                continue
            if self.sent_index(root.i) == si:
                return None  # a subject in tok's own sentence decides (rank's first rule)
            if self.sent_index(root.i) != prev:
                return None  # only the sentence just before: further back, the nearer name is likelier
            verb = self.verb_of_subject(root)
            while verb.dep_ == "conj":
                verb = verb.head
            if verb.dep_ == "ROOT":
                return m.actor
        return None

    def _quoted_sentence(self, n: int) -> bool:
        """Whether every word of sentence n lies inside quotation marks."""
        words = [t for t in self.sents[n] if not t.is_space and not t.is_punct]
        return bool(words) and all(self.in_quote(t.idx) for t in words)

    def blocked_by_own_subject(self, tok: Token, cands: list[Mention]) -> bool:
        """ "Hutchinson said his son ...": when the pronoun's own sentence has a named subject
        before it that is no candidate (an actor of another kind, or a name nobody resolved), the
        pronoun most likely stands for that subject; a person named further back is no better
        than nothing."""
        sent = self.sents[self.sent_index(tok.i)]
        own = set()
        for m in cands:
            own.update(range(m.start, m.end))
        for t in sent:
            if t.i >= tok.i:
                break
            if t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN" and t.idx not in own and not self.in_quote(t.idx):
                return True
        return False

    def resolve_organization_description(self, tok: Token) -> None:
        """ "the company said", "the firm warned": the organisation named last before."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return
        if any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            return  # "the oil company", "the Japanese firm": a description of its own
        if any(c.dep_ == "prep" for c in tok.rights):
            return  # "the group of seven": not a description of one named body
        start = min(c.idx for c in tok.children if c.dep_ == "det")
        end = tok.idx + len(tok.text)
        if any(m.start <= tok.idx < m.end for m in self.mentions[max(0, self._bisect(tok.idx) - 3):self._bisect(end) + 1]):
            return  # coincide_actors already knows what it stands for
        if self.in_quote(tok.idx):
            return
        # a body with a name of its own (spaCy's ORG), not a party's members ("Democrats")
        cands = [m for m in self.candidates(tok, named_only=True, kinds=("organization",))
                 if (r := self.root_of(m)) is not None and r.ent_type_ == "ORG"]
        pick = self.rank(tok, cands)
        if pick is not None:
            self._insert(Mention(start, end, pick, "description"))

    def resolve_body_by_head(self, tok: Token) -> None:
        """ "The campaign says", "the ministry said": a bare singular description of a body that
        is a speech cue's subject speaks as the body named last before it whose name has the same
        head noun ("the Clinton campaign", "Clinton's campaign" -> "Clinton campaign"; "the
        Ministry of Defence"; a party's name, "the Liberal Democrats", for "the party"). The
        name's own head, not the nearest body: "the campaign" after "the Democratic Party" is
        still the campaign. Only where it speaks, as a description elsewhere ("the campaign has
        entered its final week") is as often the activity."""
        if not speaks(tok) or self.in_quote(tok.idx):
            return
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return
        if any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children):
            return  # "the oil ministry", "Trump's campaign": named by its own words
        if any(c.dep_ == "prep" for c in tok.rights):
            return  # "the committee of inquiry": a name of its own
        start = min(c.idx for c in tok.children if c.dep_ == "det")
        end = tok.idx + len(tok.text)
        if self._covered(start, end):
            return
        head = tok.lemma_.lower()
        i = self._bisect(tok.idx)
        for m in reversed(self.mentions[:i]):
            a = self.actors.get(m.actor)
            if m.start >= start or a is None or a.kind in ("person", "country"):
                continue
            words = {w.lower() for w in a.name.replace("'s", " ").replace("-", " ").split()}
            # a party's name ("Labour", "the Liberal Democrats") has "party" as its head unwritten
            if head in words or (head == "party" and words & PARTY_WORDS):
                self._insert(Mention(start, end, a.id, "description"))
                return

    def _offsets(self) -> list[int]:
        """The mentions' start offsets, kept beside the list (rebuilt only when the list was
        replaced), so that a look-up is a bisection."""
        if self._starts is None or len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return self._starts

    def _bisect(self, char: int) -> int:
        """Index of the first mention starting at or after char."""
        return bisect.bisect_left(self._offsets(), char)

    def _insert(self, m: Mention) -> None:
        i = self._bisect(m.start)
        self.mentions.insert(i, m)
        self._starts.insert(i, m.start)
        self._longest = max(self._longest, m.end - m.start)

    def _delete(self, i: int) -> None:
        # the offsets beside the list lose the same entry: rebuilding them on each deletion made
        # a story's pronouns times its mentions (quadratic on a long story)
        offsets = self._offsets()
        del self.mentions[i]
        del offsets[i]

    def _drop_overlapping(self, start: int, end: int) -> None:
        """Drop the mentions that overlap [start, end), keeping the others in order: only those
        starting in [start - longest, end) can, so the slice between is found by bisection
        instead of filtering the whole list for each phrase (quadratic on a long story)."""
        lo, hi = self._bisect(start - self._longest), self._bisect(end)
        kept = [m for m in self.mentions[lo:hi] if m.end <= start or m.start >= end]
        self.mentions[lo:hi] = kept
        self._starts[lo:hi] = [m.start for m in kept]

    def resolve_person_description(self, tok: Token) -> None:
        """ "the presumptive Republican nominee said", "the minister told delegates": a definite
        description of a person in office, as a subject, that coincide_actors left alone: the
        person named in the window whose role shares a word with it. (Falling back on the
        person who was the subject last gained one tuning-half speaker and one position and
        nothing on the checking half, so it is not done.)"""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return
        if any(c.dep_ in ("poss", "prep") for c in tok.children) or self.in_quote(tok.idx):
            return  # "his son", "the leader of the opposition": somebody of their own
        start = min(c.idx for c in tok.children if c.dep_ == "det")
        end = tok.idx + len(tok.text)
        if any(m.start <= tok.idx < m.end for m in self.mentions[max(0, self._bisect(tok.idx) - 3):self._bisect(end) + 1]):
            return
        words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        # "the prime minister", "the deputy leader": the qualifier makes another office, which the
        # role must have too ("Home Office Minister Lord Falconer" is no prime minister)
        qualifiers = words & TITLE_QUALIFIERS
        cands = self.candidates(tok, named_only=True)
        pick = None
        for m in cands:
            role = set((self.actors[m.actor].role or "").lower().split()) | self.titles_of(m.actor)
            if role & words and qualifiers <= role:
                pick = m.actor
                break
        if pick is None and tok.lower_ in AGENT_NOUNS:
            pick = self.body_of_earlier_agent(tok)
        if pick is not None:
            self._insert(Mention(start, end, pick, "description"))

    def description_turn(self, tok: Token) -> None:
        """Quote turns for a description: '"...," Trump told ABC. "...," the candidate said.' A
        singular definite description of a person (a title or a WordNet person noun: "the
        candidate", "the former pollster") that says a quotation, left unresolved, is the person
        who spoke last (the subject of a speech verb outside quotation marks) in its window and
        the two paragraphs before, when that person agrees with the noun's gender. A description
        brought in as new ("a spokesman for ...", then "the spokesman") is somebody else."""
        if not speaks(tok) or tok.dep_ != "nsubj" or self.in_quote(tok.idx):
            return
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return
        if any(c.dep_ in ("poss", "prep", "appos", "relcl") for c in tok.children):
            return  # "his son", "the head of the union", "the nominee, Jane Doe,": somebody of their own
        sent = self.sents[self.sent_index(tok.i)]
        if not any(t.text in QUOTE_MARKS or t.text in ("''", "``") for t in sent):
            return
        start = min(c.idx for c in tok.children if c.dep_ == "det")
        end = tok.idx + len(tok.text)
        if any(m.start <= tok.idx < m.end for m in self.mentions[max(0, self._bisect(start) - 3):self._bisect(end) + 1]):
            return
        lo = self.window_start(tok)
        for t in self.doc.char_span(lo, tok.idx, alignment_mode="expand") or []:
            if t.lower_ == tok.lower_ and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                return  # the description was brought in as somebody new
        gender = "m" if tok.lower_ in MALE_WORDS else "f" if tok.lower_ in FEMALE_WORDS else None
        speaker = self.last_speaker_before(start, lo, ("person",))
        if speaker is None:
            return
        g = self.gender_of(speaker)
        if gender is not None and g is not None and g != gender:
            return
        self._insert(Mention(start, end, speaker, "description"))

    def last_speaker_before(self, start: int, lo: int, kinds: tuple[str, ...]) -> str | None:
        """The actor of one of these kinds who spoke last before start (the subject of a speech verb,
        outside quotation marks) in the window opening at lo and the two paragraphs before it."""
        para, seen = self.para_of(lo), 0
        while para > 0 and seen < 2:
            para -= 1
            stop = self.para_starts[para + 1] if para + 1 < len(self.para_starts) else len(self.text)
            seen += bool(self.text[self.para_starts[para]:stop].strip())
        floor = self.para_starts[para]
        for m in reversed(self.mentions[:self._bisect(start)]):
            if m.start < floor:
                break
            a = self.actors.get(m.actor)
            if a is None or a.kind not in kinds or self.in_quote(m.start):
                continue
            root = self.root_of(m)
            if root is None or root.dep_ != "nsubj" or cue_lemma(root.head) not in SPEECH:
                continue
            return m.actor
        return None

    def body_of_earlier_agent(self, tok: Token) -> str | None:
        """ "A spokesperson for Google says ... “...,” the spokesperson said": an unnamed agent
        introduced as "a/an NOUN for|of|at BODY" or "a BODY NOUN" in the window is what "the
        NOUN" stands for, and speaks for that body, so the body is the referent."""
        lo = self.window_start(tok)
        for t in reversed(self.doc[:tok.i]):
            if t.idx < lo:
                break
            if t.lower_ != tok.lower_ or self.in_quote(t.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                continue
            heads = [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                     for o in c.children if o.dep_ == "pobj"]
            heads += [c for c in t.children if c.dep_ in ("compound", "poss") and c.i < t.i]
            for h in heads:
                i = self._bisect(h.idx)
                for m in self.mentions[max(0, i - 3):i + 2]:
                    if m.start <= h.idx < m.end and self.actors.get(m.actor) is not None and \
                            self.actors[m.actor].kind in ("organization", "government", "country", "group"):
                        return m.actor
            return None
        return None

    def resolve_artifact(self, tok: Token) -> None:
        """ "The Romney campaign retorted with an ad of its own. The ad says: ...": "the ad" as a
        subject stands for whoever brought in "an ad" (or "its ad", or "a commercial", a name of
        the same thing) in the window: the maker that phrase names itself ("an FBI summary", "a note
        from Trump": rule R), else the subject of the verb it is the object of, directly or through a
        preposition ("released a statement", "hit back with an ad"). Brought in by nothing in the
        window, it stands for the one who spoke last (last_speaker_before: rule AT)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or self.in_quote(tok.idx):
            return
        start = min(c.idx for c in tok.children if c.dep_ == "det")
        end = tok.idx + len(tok.text)
        if any(m.start <= tok.idx < m.end for m in self.mentions[max(0, self._bisect(tok.idx) - 3):self._bisect(end) + 1]):
            return
        names = set(ARTIFACT_NOUNS[tok.lower_])
        lo = self.window_start(tok)
        for t in reversed(self.doc[:tok.i]):
            if t.idx < lo:
                break
            if t.lower_ not in names or self.in_quote(t.idx):
                continue
            maker = self._maker_named_with(t)
            if maker is not None:
                # "an FBI summary", "a letter sent by Goodlatte and Gowdy": the phrase names its maker
                self._insert(Mention(start, end, maker, "description"))
                return
            if not any(c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "its", "his", "her", "their") for c in t.children):
                continue
            verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else None
            if verb is None or verb.pos_ not in ("VERB", "AUX"):
                return
            for subj in verb.children:
                if subj.dep_ not in SUBJECT_DEPS:
                    continue
                i = self._bisect(subj.idx)
                for m in self.mentions[max(0, i - 3):i + 2]:
                    if m.start <= subj.idx < m.end and m.actor in self.actors:
                        self._insert(Mention(start, end, m.actor, "description"))
                        return
            return
        # brought in by nothing in the window ("Fox News confirmed that ... According to the
        # statement"): the one who spoke last put it out (rule AT, session 45)
        speaker = self.last_speaker_before(start, lo, ("person", "organization", "government", "group"))
        if speaker is not None:
            self._insert(Mention(start, end, speaker, "description"))

    def _maker_named_with(self, noun: Token) -> str | None:
        """The actor an artifact's own phrase names as its maker: a compound or possessive name
        ("an FBI summary", "Trump's note"), or the object of "from" or "by" on the noun or on a
        participle that hangs on it ("a note from Trump", "a letter sent by Goodlatte")."""
        heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        found = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
        for h in heads:
            for prep in h.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
                    found += [c for c in prep.children if c.dep_ == "pobj"]
        if noun.dep_ == "dobj":
            # the parser hangs "from X" right after the object on the verb ("handed a note from X")
            for prep in noun.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i == noun.right_edge.i + 1:
                    found += [c for c in prep.children if c.dep_ == "pobj"]
        for c in found:
            m = self._mention_at(c.idx)
            if m is not None and m.actor in self.actors and not self.in_quote(c.idx):
                return m.actor
        return None

    def titles_of(self, actor: str) -> set[str]:
        """The nouns a title written before the person's name gives them ("Gov. Mike Pence":
        governor), for a later description ("the governor said") to match."""
        if not hasattr(self, "_titles"):
            self._titles: dict[str, set[str]] = {}
        if actor not in self._titles:
            out: set[str] = set()
            for m in self.mentions:
                if m.actor != actor or m.via == "pronoun":
                    continue
                words = self.text[max(0, m.start - 20):m.start].split()[-1:] + self.text[m.start:m.end].split()[:1]
                for w in words:
                    out.update(TITLE_NOUNS.get(w.lower().strip(","), ()))
            self._titles[actor] = out
        return self._titles[actor]

    def resolve_body_pronoun(self, tok: Token, kinds: tuple[str, ...], plural: bool = False) -> None:
        """ "Ford cut 500 jobs. Later it warned in a statement ...": a referential "it"/"its" (or
        "they"/"their" for a group) that coincide_actors left alone, when the subject of a
        sentence in its window is a body of that kind. Subjects only: "it" after "a nudge to the
        government" is more often the bill than the government. With `plural` ("they"), an
        organisation is a candidate only when named by a plural noun ("Democrats", "the Tories"):
        "they" agrees in number, "Google" takes "it"."""
        start, end = tok.idx, tok.idx + len(tok.text)
        if self._mention_index_at(start, end) is not None:
            return
        if plural and self.plural_thing_before(tok):
            return
        cands = []
        for m in self.candidates(tok, kinds=kinds):
            root = self.root_of(m)
            if plural and self.actors[m.actor].kind != "group" and (root is None or root.tag_ not in ("NNS", "NNPS")):
                continue
            if root is not None and self.is_subject(root) and root.i < tok.i:
                cands.append(m)
        if cands:
            self._insert(Mention(start, end, cands[0].actor, "pronoun"))

    def _main_clause(self, subject: Token) -> bool:
        """Whether a subject is that of its sentence's main verb (or a verb coordinated with it)."""
        verb = subject.head
        while verb.dep_ == "conj":
            verb = verb.head
        return verb.dep_ == "ROOT"

    def plural_thing_before(self, tok: Token) -> bool:
        """ "While the e-mails portrayed X as ..., they suggest ...": the nearest plural subject
        before "they" in its sentence or the one before is a thing no actor names, so "they" is
        those things, not a body named further back. In the sentence before, only its main
        clause's subject counts: "Facebook officials say they are reviewing posts ... to determine
        whether users' comments are infringing on German law. Sometimes, they say, ...": the
        comments are what the officials' reported clause is about, and "they" goes on with the
        main clause's subject."""
        floor = self.sents[max(0, self.sent_index(tok.i) - 1)].start
        own = self.sents[self.sent_index(tok.i)].start
        for t in reversed(self.doc[floor:tok.i]):
            if t.i < own and t.dep_ in SUBJECT_DEPS and not self._main_clause(t):
                continue  # the sentence before: only its main clause's subject is what "they" continues
            if t.dep_ in SUBJECT_DEPS and t.tag_ in ("NNS", "NNPS") and not self.in_quote(t.idx):
                i = self._bisect(t.idx)
                return not any(m.start <= t.idx < m.end for m in self.mentions[max(0, i - 3):i + 2])
        return False

    def party_groups(self) -> None:
        """ "House Republicans", "Senate Democrats", "Democratic lawmakers", "GOP senators": a
        party's members in a chamber, or lawmakers of a party, are one group actor named by the
        phrase (without its article), whichever words of it coincide_actors took for bodies."""
        doc = self.doc
        by_name: dict[str, Actor] = {}
        for a in self.actors.values():
            if a.kind == "group" and not a.members:
                by_name[a.name.lower()] = a
        for tok in doc:
            if tok.tag_ not in ("NNS", "NNPS"):
                continue
            low = tok.lower_
            mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i >= tok.i - 3]
            if low in PARTY_MEMBERS:
                if not mods or not all(m.lower_ in PARTY_MODIFIERS for m in mods):
                    continue
            elif low in MEMBER_NOUNS:
                if not mods or not any(m.lower_ in PARTY_MODIFIERS for m in mods):
                    continue
            else:
                continue
            first = min(m.i for m in mods)
            span = doc[first:tok.i + 1]
            if any(self.in_quote(t.idx) for t in span):
                continue
            name = " ".join(t.text for t in span)
            actor = by_name.get(name.lower())
            if actor is None:
                actor = Actor(id=self._new_id(), name=name, kind="group", country=self._country_of(span))
                doc._.actors = list(doc._.actors or []) + [actor]
                self.actors[actor.id] = actor
                by_name[name.lower()] = actor
            # the words of the phrase stand for the group now, not for "House" or "Republicans"
            self._drop_overlapping(span.start_char, span.end_char)
            self._insert(Mention(span.start_char, span.end_char, actor.id, "name"))

    def campaigns(self) -> None:
        """ "the Obama campaign", "Romney's campaign": a person's campaign is a body of its own that
        speaks through spokespeople and statements, not the person, so the phrase names one
        organisation actor ("Obama campaign"), one per person, and the person's name inside it is
        no mention of the person. Only a campaign named by a person the story knows (a compound or
        possessive proper noun inside a person's mention), or by a name the tagger calls a person's
        where the story names nobody of it ("The Trump administration said", _unnamed_owner); "a
        campaign against the levy" is not one.
        ("her campaign said" as the campaign of the person "her" stands for and "the campaign said"
        as the campaign named last were tried in round 6: turns +1/+1, but the relation logic on
        gold positions lost precision on its tuning half under the gate, so they are not done.)"""
        doc = self.doc
        by_person: dict[tuple[str, str], Actor] = {}  # (person id, body noun) -> the body
        for tok in doc:
            head = tok.lemma_.lower()
            if tok.tag_ != "NN" or self.in_quote(tok.idx):
                continue
            # a person's office or team is a body only where it speaks ("his office in the
            # Capitol" is a place)
            if head != "campaign" and not (head in PERSONAL_BODIES and speaks(tok)):
                continue
            person, start = self._campaign_owner(tok)
            if person is not None:
                owner = person.id
            else:
                owner, start = self._unnamed_owner(tok)
                if owner is None:
                    continue
            actor = by_person.get((owner, head))
            if actor is None:
                name = f"{surname(person.name) if person is not None else owner} {head}"
                actor = Actor(id=self._new_id(), name=name, kind="organization",
                              country=person.country if person is not None else None)
                doc._.actors = list(doc._.actors or []) + [actor]
                self.actors[actor.id] = actor
                by_person[(owner, head)] = actor
            end = tok.idx + len(tok.text)
            self._drop_overlapping(start, end)
            self._insert(Mention(start, end, actor.id, "name"))

    def _campaign_owner(self, tok: Token) -> tuple[Actor | None, int]:
        """The person whose campaign `tok` is, and where the phrase starts: the proper noun right
        before ("Obama campaign", "Romney's campaign"; by position, as the parser hangs "Obama" of
        "Obama campaign spokeswoman" on the spokeswoman)."""
        doc = self.doc
        j = tok.i - 1
        if j >= 0 and doc[j].tag_ == "POS":
            j -= 1
        if j < 0:
            return None, tok.idx
        owner = doc[j]
        if owner.tag_ == "PRP$" and speaks(tok):
            # "his campaign said": the campaign of the person the possessive pronoun was resolved
            # to, only where the campaign is the one speaking (round 6 took every "her campaign",
            # and the positions' relations lost precision)
            m = self._mention_at(owner.idx)
            actor = self.actors.get(m.actor) if m is not None else None
            return (actor, owner.idx) if actor is not None and actor.kind == "person" else (None, tok.idx)
        if owner.pos_ != "PROPN":
            return None, tok.idx
        i = self._bisect(owner.idx)
        start = owner.idx
        for m in self.mentions[max(0, i - 3):i + 3]:
            a = self.actors.get(m.actor)
            if m.start <= owner.idx < m.end and a is not None:
                start = min(m.start, start)
                if a.kind == "person":
                    return a, start
        # the tagger often takes "the Obama campaign" for a body named Obama: the owner is still
        # the person of that surname when the story names exactly one
        named = [a for a in self.actors.values() if a.kind == "person" and surname(a.name) == owner.text]
        return (named[0], start) if len(named) == 1 else (None, tok.idx)

    def _unnamed_owner(self, tok: Token) -> tuple[str | None, int]:
        """ "The Trump administration said", "the Biden campaign argued", where the story names no
        person of that surname: the proper noun right before the body noun (no possessive, outside
        quotation marks) is still a person's name when the tagger calls it a person's and no actor
        of another kind (a country, a place, a party) holds it: "the Bush administration", not
        "the Labour campaign" nor a referendum's "Yes campaign". Returns the surname as written and
        where the name starts (the phrase's mention covers it), or None and the body noun's start."""
        doc = self.doc
        j = tok.i - 1
        if j < 0 or doc[j].pos_ != "PROPN" or not doc[j].is_title or doc[j].ent_type_ != "PERSON":
            return None, tok.idx
        k = j
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and doc[k - 1].ent_type_ == "PERSON":
            k -= 1  # "the George W. Bush administration"
        if self._mention_at(doc[j].idx) is not None or (k > 0 and doc[k - 1].tag_ == "POS"):
            return None, tok.idx
        return doc[j].text, doc[k].idx

    def speaking_groups(self) -> None:
        """ "officials said", "federal prosecutors wrote", "Mr. Rubio's advisers said": a plural
        noun naming people by role or affiliation (WordNet's people nouns) that is the subject of
        a speech verb, and that no actor covers yet, is one group actor named by the phrase with
        its modifiers ("federal prosecutors", "Senate Republican leaders") and, for a possessive
        owner, the owner's surname ("Rubio advisers"). One actor per name in a story, so a later
        "they" (resolve_body_pronoun) or the same phrase again finds it. "people" and "others"
        (coref.toml `[plural_speakers]`, round 15) are no person nouns in WordNet but speak the same
        way ("people familiar with the talks said", "others argue")."""
        doc = self.doc
        by_name = {a.name.lower(): a for a in self.actors.values() if a.kind == "group" and not a.members}
        for tok in doc:
            if tok.tag_ not in ("NNS", "NNPS") or self.in_quote(tok.idx) or tok.lemma_.lower() not in GROUP_SPEAKER_HEADS:
                continue
            if not speaks(tok) and not self.speaks_as_they_next(tok):
                continue
            if tok.dep_ == "nsubj" and sum(c.dep_ in SUBJECT_DEPS for c in tok.head.children) > 1:
                continue  # a verb given two subjects is a parse that cannot be read
            if self._covered(tok.idx, tok.idx + len(tok.text)):
                continue
            name_words, start = self._group_phrase(tok)
            if name_words is None:
                continue
            name = " ".join(name_words)
            actor = by_name.get(name.lower())
            if actor is None:
                actor = Actor(id=self._new_id(), name=name, kind="group")
                doc._.actors = list(doc._.actors or []) + [actor]
                self.actors[actor.id] = actor
                by_name[name.lower()] = actor
            self._insert(Mention(start, tok.idx + len(tok.text), actor.id, "description"))

    def speaks_as_they_next(self, tok: Token) -> bool:
        """ "Members within both unions criticized the decision. They said the vote was rushed":
        a plural people noun, the subject of a sentence, speaks when the next sentence's "they"
        is the subject of a speech verb outside quotation marks and no other plural subject comes
        between (the group "they" of resolve_body_pronoun then finds the group actor)."""
        if tok.dep_ != "nsubj":
            return False
        si = self.sent_index(tok.i)
        nxt = si + 1
        while nxt < len(self.sents) and all(t.is_space for t in self.sents[nxt]):
            nxt += 1
        if nxt >= len(self.sents):
            return False
        later = [t for t in self.sents[si] if t.i > tok.i] + list(self.sents[nxt])
        for t in later:
            if t.dep_ in SUBJECT_DEPS and t.tag_ in ("NNS", "NNPS"):
                return False  # another plural subject is nearer the "they"
            if t.lower_ == "they" and t.dep_ == "nsubj" and t.sent == self.sents[nxt] and not self.in_quote(t.idx):
                return cue_lemma(t.head) in SPEECH
        return False

    def _covered(self, start: int, end: int) -> bool:
        i = self._bisect(start)
        return any(m.start < end and start < m.end for m in self.mentions[max(0, i - 3):i + 3])

    def _group_phrase(self, head: Token) -> tuple[list[str] | None, int]:
        """The words naming a group and where its phrase starts: the contiguous compounds and
        adjectives before the head ("Senate Republican leaders"), and a possessive owner's surname
        ("his aides" -> "Obama aides", when "his" is resolved). Quantifiers ("some", "many") and
        coordinated adjectives ("current and former") name nobody and are left out; a possessive
        nobody resolves leaves the phrase unnamed."""
        words, start, owner = [], head.idx, None
        at = head.i - 1  # the modifiers stand right before the head, one after the other
        for c in reversed(list(head.lefts)):
            if c.right_edge.i != at:  # an owner ends with its "'s"
                break
            if c.dep_ in ("compound", "amod", "nmod") and c.tag_ in NAMING_TAGS and c.lower_ not in QUANTIFIERS \
                    and not any(g.dep_ == "conj" for g in c.children):
                words.insert(0, c.text)
                start = c.idx
            elif c.dep_ == "poss":
                m = self._mention_at(c.idx)
                actor = self.actors.get(m.actor) if m is not None else None
                if actor is None or actor.kind != "person":
                    return None, start
                owner = surname(actor.name)
                start = c.left_edge.idx
            else:
                break
            at = c.left_edge.i - 1 if c.dep_ == "poss" else c.i - 1
        words.append(head.text)
        if owner:
            words.insert(0, owner)
        return words, start

    def _mention_at(self, char: int) -> Mention | None:
        i = self._bisect(char)
        return next((m for m in self.mentions[max(0, i - 3):i + 3] if m.start <= char < m.end), None)

    def _new_id(self) -> str:
        taken = set(self.actors)
        n = len(taken) + 1
        while f"a{n}" in taken:
            n += 1
        return f"a{n}"

    def _country_of(self, span: Span) -> str | None:
        """The country the story's chamber or party belongs to: that of the people named in it
        when they share one."""
        countries = {a.country for a in self.actors.values() if a.kind == "person" and a.country}
        return countries.pop() if len(countries) == 1 else None


