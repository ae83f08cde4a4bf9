"""coincide_quotes: who said what, from quotation marks and from the parse.

Three passes over one Doc, each linear in its length:

1. Quotation marks. Every stretch between double quotation marks (straight or curly) is found on
   the characters, paragraph by paragraph. A paragraph that ends inside a quotation and a next
   paragraph that opens with a quotation mark make one stretch (the newspaper convention for a
   quotation running over several paragraphs). A stretch is *direct* when it stands as speech on its
   own (it opens a sentence or follows a colon, comma or cue verb, and it ends at punctuation or
   at its sentence's end), else it is a fragment ("do not “coincide” but ...").

2. Speakers of direct quotes. The cue is looked for in the words after the closing mark up to the
   sentence end ('"...," Obama said.'), then in the words before the opening mark back to the
   sentence start ('Putin said "..."'). Without either, the quote continues the speaker of the
   previous quotation of the same or the previous paragraph, else the speaker named in the previous
   sentence (its cue's subject, or its subject when that is a person).

   Rule for splits: one continuous quoted stretch is one quote, however many sentences it holds; a
   quotation interrupted by an attribution ('"We ...," Obama said. "We ..."') is two quotes, each
   attributed. The stretch is the unit because that is what the writer marked.

3. Reported speech from the parse. A cue verb (coincide.nlp.cues) with a reported clause (ccomp,
   or an infinitive for "vow"-type verbs) gives an indirect quote; the clause is the content, the
   verb's subject the source, its object the addressee of tell-type verbs. Conjoined cues each give
   their own quote ("X acknowledged that A but he said that B"). A reported clause holding a
   quoted fragment is kind *partial*. "according to X" gives kind *according_to* for the clause it
   modifies. A reported clause that lies inside a direct quotation is not repeated.

Speakers are actor ids through coincide.nlp.mentions (names, descriptions and pronouns resolved
by coincide_actors); a coordinated source ("Britain and France") or a group actor with `members`
lists every member in `speakers`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Quote
from . import cues as C
from ..errors import ConfigError
from . import lexicon
from .coref import ORGANIZATION_HEADS, QUOTE_MARK_RE, SPEAKER_NOUNS, agrees_with_pronoun
from .actors import add_party_forms
from .mentions import actor_at, actor_by_id, mention_at

OPEN_CURLY = "\u201c"
CLOSE_CURLY = "\u201d"
LOW_OPEN = "\u201e"
MARKS = {'"', OPEN_CURLY, CLOSE_CURLY, LOW_OPEN, "''", "``"}
# Before an opening straight quote: nothing, white space, or an opening bracket or dash.
OPENING_CONTEXT = set(" \t\n\u00a0([{\u2014\u2013-/")
SENTENCE_END = {".", "!", "?"}
# "“...” ― Sonya Herridge": a dash and a name after a quotation attribute it without a verb.
DASHES = {"\u2015", "\u2014", "\u2013", "-", "--"}
# A quotation that stands on its own ends with one of these inside its marks ...
CLAUSE_FINAL_INSIDE = set(".,!?;:\u2026\u2014\u2013-")
# ... or is followed by one of these.
CLAUSE_FINAL_AFTER = set(".,!?;:)\u2026\u2014\u2013-")
# What may stand right before a quotation that stands on its own.
CLAUSE_INITIAL_BEFORE = set(":,;.!?(\u2014\u2013-")
RELATIVE = {"who", "which", "that", "whom"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# A verb's objects: the one addressed, named or acted on, never who speaks.
OBJECTS = ("dobj", "dative", "iobj")
# Lower-case words inside a name ("the Friends of Abe", "Bank of England").
_NAME_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "de", "du", "von", "van", "&"})

# Right of an inverted cue ('"...," said Smith'), the speaker may come out as any of these.
INVERTED_SUBJECTS = ("nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "appos", "oprd", "dative")
NP_RIGHT_DEPS = {"compound", "flat", "nummod", "amod", "poss", "case"}
# A lawmaker's party and chamber (lexicon/coref.toml), and the heads of the names of a party's
# groups of lawmakers ("House Democrats", "Republican lawmakers").
PARTY_OF_WORD = {w: tags[0] for w, tags in lexicon.table("coref", "party_words").items()}
CHAMBER_OF_TITLE = {w: tags[0] for w, tags in lexicon.table("coref", "chamber_titles").items()}
GROUP_HEADS = lexicon.words("coref", "party_members") | lexicon.words("coref", "member_nouns")
SPOKESPERSON = lexicon.words("coref", "spokesperson_nouns")
# Things that speak for their maker: "a statement from the company said", "the campaign's ad says".
ARTIFACTS = lexicon.words("coref", "artifact_nouns")
# Documents that speak for whoever made them ("a report by the Audit Office said"), those whose
# "of" names whom they asked ("a poll of voters"), and the verbs by which a maker puts one out
# ("the council released a report that said"): lexicon/sources.toml.
DOCUMENTS = lexicon.words("sources", "document_nouns")
RESPONDENT_DOCUMENTS = lexicon.words("sources", "respondent_documents")
ISSUING_VERBS = lexicon.words("sources", "issuing_verbs")
CAUSING_VERBS = lexicon.words("sources", "causing_verbs")
# Nouns that can name who speaks when no actor holds them: WordNet's person nouns (coref's speaker
# nouns), the heads of bodies ("the ministry", "the campaign"), group heads, spokespersons, and the
# statements and ads that speak for whoever put them out. A noun outside these with no actor ("the
# move", "Rubio's tax plan", "time") is a thing, and never the speaker.
SPEAKING_NOUNS = SPEAKER_NOUNS | ORGANIZATION_HEADS | GROUP_HEADS | SPOKESPERSON | ARTIFACTS
# Pronouns that cannot stand for a speaker: demonstratives and the relatives of things
THING_PRONOUNS = frozenset({"that", "this", "these", "those", "which", "what", "whatever"})
# Actors that speak; a country or place does only as its government, below these
SPEAKING_KINDS = ("person", "organization", "group", "government")
# A lawmaker's home state after the name: "of Illinois", "of New York", "from South Carolina".
HOME_STATE = re.compile(r"\s+(?:of|from)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*,)")
# "Rep. Jane Doe, D-N.Y.," and "Sen. John Roe (R-Ohio)": the party tag right after the name
PARTY_TAG = re.compile(r"\s*,?\s*\(?\s*([DR])\s*[-\u2013]\s*[A-Z][A-Za-z]*\.?")
# "Jane Doe, a Republican of Idaho", "a conservative Republican who ...", and a definite one,
# "Jane Doe, the Texas Republican," "the committee's ranking Democrat", "the Senate's No. 2
# Democrat" (a rank's number among its words): the apposition's words
APPOSITION = re.compile(r"\s*,\s*(?:a|an|the)\s+((?:[A-Za-z0-9'\u2019.-]+\s+){0,3}[A-Za-z-]+)"
                        # with no article, a party word first and its state after ("Senator Jane
                        # Doe, Republican of Idaho," "Rep. John Roe, Democrat from Ohio")
                        r"|\s*,\s*((?:Republican|Democrat)(?=\s+(?:of|from)\s+[A-Z]))")


@dataclass
class Stretch:
    """A quoted stretch: content [start, end) without the marks; [outer_start, outer_end) with them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)  # one per paragraph it covers
    direct: bool = False
    closed: bool = True
    block: bool = False  # a paragraph set off as quoted by a lead-in ending with a colon, no marks


@dataclass
class Source:
    head: Token
    span: tuple[int, int]
    speakers: list[str]  # every actor speaking: the members when a group speaks
    group: str | None = None  # the group actor, when the source names one


@Language.factory(
    "coincide_quotes",
    requires=["token.dep", "token.lemma", "token.pos", "doc._.mentions", "doc._.coref_chains"],
    assigns=["doc._.quotes"],
    default_config={"beliefs": False, "inherit_paragraphs": 1, "extra_cues": []},
)
def make_quotes(nlp, name, beliefs, inherit_paragraphs, extra_cues):  # no annotations: spaCy validates them
    return QuoteFinder(beliefs=beliefs, inherit_paragraphs=inherit_paragraphs, extra_cues=extra_cues)


class QuoteFinder:
    def __init__(self, beliefs: bool = False, inherit_paragraphs: int = 1, extra_cues=()):
        # Belief verbs ("think", "hope") are attributions but not speech: off unless asked for.
        self.beliefs = beliefs
        # How many paragraphs back a quotation without its own cue may look for its speaker.
        self.inherit_paragraphs = inherit_paragraphs
        # A user's speech verbs on top of lexicon/speech.toml (lemmas; "point_out" for phrasal ones).
        if isinstance(extra_cues, str) or not all(isinstance(w, str) and w.strip() for w in extra_cues):
            raise ConfigError(f"[components.coincide_quotes] extra_cues must be a list of verbs, got {extra_cues!r}")
        self.cues = C.SPEECH | frozenset(w.lower() for w in extra_cues) | (C.BELIEF if beliefs else frozenset())

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = _Finder(doc, self).run()
        return doc


# --------------------------------------------------------------------------------------------
# pass 1: quotation marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph: stretches between line breaks, trimmed of white space."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _opens(text: str, i: int, para_start: int) -> bool:
    ch = text[i]
    if ch in (OPEN_CURLY, LOW_OPEN, "`"):
        return True
    if ch == CLOSE_CURLY:
        # a closing curly mark opening a paragraph is a typesetting slip for an opening one
        return i == para_start
    return i == 0 or text[i - 1] in OPENING_CONTEXT


def _clear_opener(ch: str) -> bool:
    return ch in (OPEN_CURLY, LOW_OPEN, "`")


def quoted_stretches(text: str, paras: list[tuple[int, int]] | None = None) -> list[Stretch]:
    """Quoted stretches, marks being straight or curly double quotes, and the two-apostrophe ''
    (with ``) pairs of some wire and archive texts."""
    paras = paras if paras is not None else paragraphs(text)
    out: list[Stretch] = []
    carry: Stretch | None = None  # a quotation left open at the end of the previous paragraph
    for p_index, (ps, pe) in enumerate(paras):
        marks = [(m.start(), m.end()) for m in QUOTE_MARK_RE.finditer(text, ps, pe)]
        open_at: tuple[int, int] | None = None
        current: Stretch | None = None
        if carry is not None:
            if marks and marks[0][0] == ps and _opens(text, ps, ps):
                # the quotation goes on in this paragraph
                current = carry
                open_at = marks[0]
                marks = marks[1:]
            else:
                carry.closed = False
                out.append(carry)
            carry = None
        for ms, me in marks:
            if open_at is None:
                if _opens(text, ms, ps):
                    open_at = (ms, me)
                continue
            if _clear_opener(text[ms]):
                # a new opening before a close: the earlier mark was stray, start again here
                current = None
                open_at = (ms, me)
                continue
            piece = (open_at[1], ms)
            if current is None:
                out.append(Stretch(open_at[1], ms, open_at[0], me, [piece]))
            else:
                current.pieces.append(piece)
                current.end, current.outer_end = ms, me
                out.append(current)
                current = None
            open_at = None
        if open_at is not None:
            piece = (open_at[1], pe)
            if current is None:
                current = Stretch(open_at[1], pe, open_at[0], pe, [piece])
            else:
                current.pieces.append(piece)
                current.end, current.outer_end = pe, pe
            nxt = paras[p_index + 1][0] if p_index + 1 < len(paras) else None
            if nxt is not None and QUOTE_MARK_RE.match(text, nxt) and _opens(text, nxt, nxt):
                carry = current
            else:
                current.closed = False
                out.append(current)
    if carry is not None:
        carry.closed = False
        out.append(carry)
    return [s for s in out if s.end > s.start and text[s.start:s.end].strip()]


# --------------------------------------------------------------------------------------------


class _Layout:
    """Where things are in the text: paragraphs, quoted stretches, tokens by character, the
    words framing a quotation, and which verbs are cues. Pass 1b (which stretches stand as direct
    speech) needs only these."""

    def __init__(self, doc: Doc, options: QuoteFinder):
        self.doc = doc
        self.text = doc.text
        self.options = options
        self.cue_set = options.cues
        self.cue_keys = options.cues | C.BELIEF  # phrasal verbs join their particle when either knows them
        self.paras = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paras]
        self.stretches = quoted_stretches(self.text, self.paras)
        self.starts = [s.outer_start for s in self.stretches]
        # token index by character, for the frames around quotation marks
        self.tok_starts = [t.idx for t in doc]
        self.kind_of = {a.id: a.kind for a in doc._.actors or []}
        self._with_principal: set[int] = set()  # quotes whose second speaker is the first's principal
        self._add_blocks()

    def _add_blocks(self) -> None:
        """ 'Trump lashed out on Twitter, saying:' then a paragraph with no quotation marks: a post
        or statement set off as its own paragraph is quoted by its layout, as a block quotation.
        Only the one paragraph right after a lead-in that ends with a colon and whose last
        sentence holds a speech verb; a paragraph with any quotation mark of its own is left to
        the marks."""
        text = self.text
        for p in range(1, len(self.paras)):
            ps, pe = self.paras[p]
            lead_s, lead_e = self.paras[p - 1]
            if not text[lead_s:lead_e].endswith(":") or QUOTE_MARK_RE.search(text, ps, pe):
                continue
            if text[ps:pe].rstrip().endswith(":") or self.stretch_containing(lead_e - 1, lead_e) is not None:
                continue
            lead = self._sentence_back(self.token_at(lead_e - 1), lead_s, SENTENCE_END | MARKS)
            if not any(self.is_cue(t, frame=True) for t in lead):
                continue
            k = bisect.bisect_left(self.starts, ps)
            self.stretches.insert(k, Stretch(ps, pe, ps, pe, [(ps, pe)], block=True))
            self.starts.insert(k, ps)

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def token_at(self, char: int) -> int:
        """Index of the token holding char (or the next one)."""
        i = bisect.bisect_right(self.tok_starts, char) - 1
        return max(0, i)

    def stretch_containing(self, start: int, end: int) -> Stretch | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.stretches[i].outer_start <= start and end <= self.stretches[i].outer_end:
            return self.stretches[i]
        return None

    def inside_direct_share(self, start: int, end: int) -> float:
        if end <= start:
            return 0.0
        covered = 0
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        for s in self.stretches[i:]:
            if s.outer_start >= end:
                break
            if s.direct:
                covered += max(0, min(end, s.outer_end) - max(start, s.outer_start))
        return covered / (end - start)

    def is_cue(self, tok: Token, frame: bool = False) -> bool:
        if tok.pos_ not in C.CUE_POS:
            return False
        lemma = C.cue_lemma(tok, self.cue_keys)
        if lemma not in self.cue_set:
            return False
        if lemma in C.QUOTE_FRAME_ONLY and not frame:
            return False
        if tok.lower_ == "told" and tok.i > 0 and tok.nbor(-1).lower_ == "all":
            return False  # "all told", the idiom
        # "did not say", "never said"; a "not" further off belongs to the parse of a quotation
        return not any(c.dep_ == "neg" and tok.i - 3 <= c.i < tok.i for c in tok.children)

    def classify(self) -> None:
        text = self.text
        for s in self.stretches:
            ps = self.paras[self.para_of(s.outer_start)][0]
            pe = self.paras[self.para_of(max(s.outer_end - 1, 0))][1]
            # only the characters next to the marks matter: look at those, never at the whole
            # paragraph, so a long paragraph full of quotations stays linear
            b = s.outer_start - 1
            while b >= ps and text[b].isspace():
                b -= 1
            a = s.outer_end
            while a < pe and text[a].isspace():
                a += 1
            before = text[max(ps, b - 1) : b + 1] if b >= ps else ""
            after = text[a : min(pe, a + 2)] if a < pe else ""
            content = text[s.start : s.end].rstrip()
            opens_clause = (
                not before
                or before[-1] in CLAUSE_INITIAL_BEFORE
                or before[-1] in MARKS
                or before.endswith("''")
                or self._cue_right_before(s.outer_start)
            )
            closes_clause = (
                not s.closed
                or not after
                or (content and content[-1] in CLAUSE_FINAL_INSIDE)
                or after[0] in CLAUSE_FINAL_AFTER
                or after[0] in MARKS
                or after.startswith("''")
                or after[0] in DASHES
            )
            # A long quotation that opens a sentence stays direct when the writer runs on after it
            # ('... just a tax increase" for the top bracket.'): its sentences are the speaker's.
            long_run = len(content.split()) >= 8 and bool(re.search(r"[.!?]\s", content))
            s.direct = s.block or bool(opens_clause and (closes_clause or long_run))

    def _cue_right_before(self, char: int) -> bool:
        """'Putin said "...', 'He told reporters "...', 'said that "...': a cue close before the mark."""
        i = self.token_at(char) - 1
        for j in range(i, max(i - 4, -1), -1):
            tok = self.doc[j]
            if tok.idx + len(tok.text) > char:
                continue
            if self.is_cue(tok, frame=True):
                return True
            if tok.text in SENTENCE_END or tok.text in MARKS:
                return False
            if tok.lower_ not in ("that", "reporters", "me", "him", "her", "us", "them", "simply", "then", "only"):
                # one object or adverb may sit between the cue and the mark
                if j < i:
                    return False
        return False

    def frame_after(self, s: Stretch) -> list[Token]:
        """Tokens after the closing mark up to the sentence end, the next quotation or the paragraph end."""
        doc = self.doc
        pe = self.paras[self.para_of(max(s.outer_end - 1, 0))][1]
        k = bisect.bisect_right(self.starts, s.outer_start)
        if k < len(self.stretches):
            pe = min(pe, self.stretches[k].outer_start)
        out: list[Token] = []
        i = self.token_at(s.outer_end)
        while i < len(doc) and doc[i].idx < s.outer_end:
            i += 1
        if s.closed and self.text[s.start:s.end].rstrip().endswith(".") and not (i < len(doc) and doc[i].text in DASHES):
            # a full stop inside the marks ends the sentence; attributions follow a comma, "?", "!"
            # or a dash ('"..." ― Sonya Herridge')
            return out
        while i < len(doc) and doc[i].idx < pe:
            tok = doc[i]
            if tok.text in SENTENCE_END:
                break
            if not tok.is_space:
                out.append(tok)
            i += 1
        return out

    def frame_before(self, s: Stretch) -> list[Token]:
        """Tokens before the opening mark back to the sentence start, a quotation or the paragraph start."""
        doc = self.doc
        ps = self.paras[self.para_of(s.outer_start)][0]
        k = bisect.bisect_left(self.starts, s.outer_start) - 1
        if k >= 0:
            ps = max(ps, self.stretches[k].outer_end)
        i = self.token_at(s.outer_start)
        while i >= 0 and doc[i].idx >= s.outer_start:
            i -= 1
        return self._sentence_back(i, ps, SENTENCE_END)

    def _lead_in(self, s: Stretch) -> list[Token]:
        """'Caddell continued:' closing the paragraph before a quotation that opens its own: the
        last sentence of that paragraph, when it ends with a colon."""
        p = self.para_of(s.outer_start)
        if p == 0 or self.paras[p][0] != s.outer_start:
            return []
        ps, pe = self.paras[p - 1]
        if not self.text[ps:pe].rstrip().endswith(":"):
            return []
        return self._sentence_back(self.token_at(pe - 1), ps, SENTENCE_END | MARKS)

    def _sentence_back(self, i: int, start: int, stops: set[str]) -> list[Token]:
        """The tokens from token i back to a stop word or to character `start`, in text order."""
        out: list[Token] = []
        while i >= 0 and self.doc[i].idx >= start:
            tok = self.doc[i]
            if tok.text in stops:
                break
            if not tok.is_space:
                out.append(tok)
            i -= 1
        out.reverse()
        return out



class _Sources(_Layout):
    """Who speaks: the source of a cue, its actor and noun phrase, the addressee, and the
    pronouns a quotation's speaker stands for."""

    def source_of(self, cue: Token, depth: int = 0) -> Token | None:
        """The token naming who speaks through this cue."""
        if cue.lower_ == "according":
            for child in cue.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return obj
            return None
        agent = self._agent(cue) if depth == 0 else None
        if agent is not None:
            return agent
        subject = self._subject(cue)
        if subject is not None:
            if subject.lower_ in RELATIVE and cue.dep_ == "relcl":
                return cue.head
            return subject
        if cue.dep_ == "relcl" and cue.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return cue.head
        controller = self._controller(cue)
        if controller is not None:
            return controller
        if depth < 3 and cue.dep_ in ("conj", "xcomp", "advcl") and cue.head != cue:
            # "X said A and added B", "X went on to say", "X attacked Y, saying ..."
            return self._above_a_thing(cue.head, self.source_of(cue.head, depth + 1))
        host = _participle_host(cue)
        if depth < 3 and host is not None:
            return self._above_a_thing(host, self.source_of(host, depth + 1))
        participle = cue.tag_ == "VBG"
        for child in cue.rights:
            if child.dep_ in INVERTED_SUBJECTS and child.pos_ in ("PROPN", "NOUN", "PRON") and not _is_time(child):
                if child.dep_ in OBJECTS and (participle or _names_its_object(cue, child)):
                    # "urging him to ...", "called X 'a smart guy'": the one addressed or named,
                    # never who speaks (a participle has no subject after it at all)
                    continue
                return child
        return None

    def _above_a_thing(self, verb: Token, found: Token | None) -> Token | None:
        """ "Trump tweeted that it was a disaster and asked ...", "X said the move was made by Y
        and said ...": where the climb from a conjoined or participle cue lands on a verb whose
        subject cannot speak (a thing, "it"), that verb is most likely inside the reported clause
        of a speech verb, which the parse joined the cue to: the cue is that speech verb's, and
        its speaker speaks. Only when such a speech verb holds the clause and its source can speak."""
        if found is None or self._speaker_rank(found) > 0:
            return found
        clause = verb
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head == clause or not self.is_cue(clause.head):
            return found
        above = self.source_of(clause.head, 3)
        if above is not None and self._speaker_rank(above) == 2:
            return above
        return found

    def _controller(self, cue: Token) -> Token | None:
        """Object control: "the victory led Republicans to declare", "the remark prompted her to
        call": an infinitive cue on a verb of causing (lexicon/sources.toml causing_verbs) that has
        an object before it is said by that object (the infinitive's understood subject), not by
        the verb's subject, which is often a thing. Only an object that can speak; not after a
        verb of asking ("urged voters to say": nobody has said it yet)."""
        if cue.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
            return None
        if cue.head.lemma_.lower() not in CAUSING_VERBS:
            return None
        for c in cue.head.children:
            if c.dep_ in ("dobj", "dative") and c.i < cue.i and self._speaker_rank(c) == 2:
                return c
        return None

    def _subject(self, cue: Token, inside: set[int] | None = None) -> Token | None:
        """The verb's subject (within `inside` when given). Where the parse gives it two, the one
        that can speak: a dateline, a time or a stray word read as a second subject ("12:15 p.m.:
        President X says", "Long Beach, Calif. At the debate, X said", "No wonder X said") is
        not who speaks when a person stands beside it."""
        subjects = [c for c in cue.children if c.dep_ in SUBJECTS and (inside is None or c.i in inside)]
        if len(subjects) < 2:
            return subjects[0] if subjects else None
        return max(subjects, key=self._speaker_rank)  # the first of the best rank

    def _speaker_rank(self, tok: Token) -> int:
        """2 for a noun or pronoun that can speak (an actor of a speaking kind, a person or body
        noun, a personal pronoun), 1 for a place or other named thing (a country speaks for its
        government), 0 for what cannot speak (a time, a thing, a word that is no noun)."""
        if _is_time(tok) or tok.pos_ not in ("PROPN", "NOUN", "PRON"):
            return 0
        actor = actor_at(self.doc, tok.idx, tok.idx + len(tok.text))
        if actor is not None:
            return 2 if self.kind_of.get(actor) in SPEAKING_KINDS else 1
        if tok.pos_ == "PRON":
            return 0 if tok.lower_ in THING_PRONOUNS else 2
        if tok.lemma_.lower() in SPEAKING_NOUNS or tok.lower_ in SPEAKING_NOUNS:
            return 2
        return 1 if tok.pos_ == "PROPN" else 0

    def _agent(self, cue: Token) -> Token | None:
        """A passive cue's speaker is its agent: "asked by X whether", "was told by aides that";
        the passive subject is the one spoken to. Only the cue's own agent: the agent of a verb a
        cue hangs on ("was joined on stage by X and joked", "was booed by X after telling") is not
        who speaks."""
        for child in cue.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj" and self._speaker_rank(obj) == 2:
                        return obj
        return None

    def source_record(self, head: Token) -> Source:
        doc = self.doc
        heads = [head] + [c for c in head.children if c.dep_ == "conj"]
        heads += [c for h in heads[1:] for c in h.children if c.dep_ == "conj"]
        speakers: list[str] = []
        lo, hi = None, None
        group = None
        for h in heads:
            s, e = self._np_chars(h)
            lo = s if lo is None else min(lo, s)
            hi = e if hi is None else max(hi, e)
            # "his wife, Jane Doe," / "one of the family's attorneys, Justin Bamberg,": the name in
            # the apposition before the owner inside the phrase
            actor = actor_at(doc, h.idx, h.idx + len(h.text))
            if actor is None:
                actor = self._appos_actor(h)
            if actor is None:
                actor = self._maker_of(h)
            if actor is None:
                actor = self._actor_of(h, s, e)
            if actor is None:
                actor = self._named_alike(s, e)
            owned = None
            if actor is None:
                made = unnamed_group(doc, h)
                if made is not None:
                    self.kind_of[made.id] = made.kind
                    actor = made.id
            elif actor_at(doc, h.idx, h.idx + len(h.text)) is None:
                owned = owned_group(doc, h, actor)
            if owned is not None:
                # the owned group speaks, its owner listed after it
                self.kind_of[owned[0].id] = owned[0].kind
                for a in (owned[0].id, owned[1]):
                    if a not in speakers:
                        speakers.append(a)
                continue
            if actor is None:
                continue
            found = actor_by_id(doc, actor)
            members = list(getattr(found, "members", None) or []) if found is not None else []
            if members and group is None:
                group = actor
            for a in members or [actor]:
                if a not in speakers:
                    speakers.append(a)
        if len(heads) > 1:
            # "Britain and France said": a group actor spanning the whole phrase names them together
            m = mention_at(doc, lo, hi)
            if m is not None and m.start <= lo and m.end >= hi:
                found = actor_by_id(doc, m.actor)
                if found is not None and getattr(found, "members", None):
                    group = m.actor
                    speakers = list(dict.fromkeys(list(found.members) + speakers))
        return Source(head, (lo, hi), speakers, group)

    def _named_alike(self, start: int, end: int) -> str | None:
        """ "Age Concern says ...", "Labour say ...": a source no mention holds whose words are a
        name spelled exactly as a name or alias of an actor of the story is that actor. The tagger
        named it elsewhere in the story and missed it here; one name is one actor. The mention is
        added, so the components after this one read the same speaker."""
        words = self.text[start:end].split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words or not all(w[:1].isupper() or w in _NAME_FUNCTION_WORDS for w in words):
            return None
        if not words[0][:1].isupper() or not words[-1][:1].isupper():
            return None
        name = " ".join(words)
        found = [a for a in self.doc._.actors or [] if name == a.name or name in (a.aliases or [])]
        if len({a.id for a in found}) != 1:
            return None
        first = self.text.index(words[0], start)
        last = self.text.rindex(words[-1], first, end) + len(words[-1])
        add_actor(self.doc, found[0], Mention(first, last, found[0].id, "alias"))
        return found[0].id

    def _maker_of(self, head: Token) -> str | None:
        """ "a statement from the Acme Corporation said", "the campaign's ad says", "a report by the
        Audit Office found": a statement, ad, letter or document speaks for whoever it is from (a
        "from"/"by"/"of" object, or its owner), else for whoever put it out, the subject of the
        verb of issuing it is the object of ("the council released a report that said")."""
        lemma = head.lemma_.lower()
        if lemma not in ARTIFACTS and lemma not in DOCUMENTS:
            return None
        # "a poll of likely voters": whom a poll asked is not who made it
        makers = ("from", "by") if lemma in RESPONDENT_DOCUMENTS else ("from", "by", "of")
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in makers:
                for o in c.children:
                    if o.dep_ == "pobj":
                        found = self._actor_of(o, *self._np_chars(o))
                        if found is not None:
                            return found
            elif c.dep_ == "poss":
                found = actor_at(self.doc, c.idx, c.idx + len(c.text))
                if found is not None:
                    return found
        return self._issuer_of(head)

    def _issuer_of(self, head: Token) -> str | None:
        """Who put out a document that is the object of a verb of issuing ("the council released a
        report that said", "Trump posted a video saying"): that verb's subject, when an actor holds it."""
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS:
            return None
        subject = self._subject(verb)
        if subject is None or subject.lower_ in RELATIVE:
            return None
        return self._actor_of(subject, *self._np_chars(subject))

    def _np_chars(self, head: Token) -> tuple[int, int]:
        m = mention_at(self.doc, head.idx, head.idx + len(head.text))
        if m is not None and m.start <= head.idx and m.end >= head.idx + len(head.text):
            return m.start, m.end
        left = head
        for tok in head.lefts:
            if tok.dep_ in ("punct", "cc", "preconj"):
                continue
            left = tok.left_edge if tok.left_edge.i < left.i else left
            break
        right = head
        for child in head.rights:
            if child.dep_ in NP_RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ in ("of", "for", "at")):
                right = child.right_edge
            else:
                break
        while left.i < head.i and (left.is_punct or left.is_space):
            left = self.doc[left.i + 1]
        while right.i > head.i and (right.is_punct or right.is_space):
            right = self.doc[right.i - 1]
        return left.idx, right.idx + len(right.text)

    def _appos_actor(self, head: Token) -> str | None:
        """The actor named in an apposition of `head` ("his wife, Jane Doe")."""
        for app in head.children:
            if app.dep_ == "appos":
                actor = self._actor_of(app, *self._np_chars(app))
                if actor is not None:
                    return actor
        return None

    def _actor_of(self, head: Token, s: int, e: int) -> str | None:
        actor = actor_at(self.doc, head.idx, head.idx + len(head.text))
        if actor is None:
            actor = actor_at(self.doc, s, e)
        return actor

    def addressee_of(self, cue: Token) -> str | None:
        if C.cue_lemma(cue) not in C.ADDRESSEE:
            return None
        for child in cue.children:
            if child.dep_ in ("dobj", "dative", "iobj"):
                s, e = self._np_chars(child)
                return self._actor_of(child, s, e)
        return None

    def _phrase_head(self, tok: Token, inside: set[int]) -> Token:
        while (
            tok.head != tok
            and tok.head.i in inside
            and tok.dep_ in ("compound", "flat", "amod", "det", "nmod", "poss")
            and tok.head.pos_ in ("PROPN", "NOUN")
        ):
            tok = tok.head
        return tok

    def _set_source(self, quote: Quote, head: Token) -> None:
        src = self.source_record(head)
        quote.source_span = src.span
        quote.speakers = src.speakers
        quote.speaker = src.group or (src.speakers[0] if src.speakers else None)

    def fill_pronouns(self, quotes: list[Quote]) -> None:
        """A "he"/"she" source that coincide_actors left unresolved takes the person named last
        before it: the speaker of the previous quotation or the last person mentioned outside
        quotation marks, whichever is nearer. Names inside quotation marks are skipped, since
        in '"Smith lied," she said' "she" is never Smith. A block quotation (a paragraph quoted
        by its layout alone, no marks) does not hide its names: it is less sure than marks, and
        the story goes on about whom such a post names ('..., saying:' / 'Justice Ruiz has
        embarrassed all.' / 'The justice replied. "...," she said')."""
        people = [
            m
            for m in (self.doc._.mentions or [])
            if m.via != "pronoun"
            and self.kind_of.get(m.actor) == "person"
            and ((st := self.stretch_containing(m.start, m.end)) is None or st.block)
        ]
        starts = [m.start for m in people]
        by_start = sorted(quotes, key=lambda q: q.span[0])
        last_quote: tuple[int, str] | None = None  # (position, speaker)
        for q in by_start:
            src = q.source_span
            if q.speaker is None and src is not None and self.text[src[0]:src[1]].strip().lower() in ("he", "she"):
                k = bisect.bisect_left(starts, src[0]) - 1
                mention = people[k] if k >= 0 else None
                pick = None
                if mention is not None and (last_quote is None or mention.start > last_quote[0]):
                    pick = mention.actor
                elif last_quote is not None:
                    pick = last_quote[1]
                if pick is not None:
                    q.speaker = pick
                    q.speakers = [pick]
            elif q.speaker is not None and len(q.speakers) == 1 and src is not None and self._named_inside(q, q.speaker):
                pronoun = self.text[src[0]:src[1]].strip().lower()
                if pronoun in ("he", "she"):
                    # with nobody else to stand for, the speaker names themself ("... like Trump?")
                    pick = self._other_person_before(people, starts, src[0], q.speaker, pronoun)
                    if pick is not None:
                        q.speaker = pick
                        q.speakers = [pick]
            if q.speaker is not None and len(q.speakers) == 1 and src is not None:
                if self.kind_of.get(q.speaker, "person") == "person":
                    last_quote = (src[0], q.speaker)



    def _named_inside(self, q: Quote, actor: str) -> bool:
        """ '"Carter has never read it," she said': the quotation names the actor by name, so it
        speaks of them, and a pronoun speaker is somebody else (a speaker names themself as "I")."""
        if q.kind != "direct":
            return False
        lo, hi = q.span
        for m in self.doc._.mentions or []:
            if m.start >= hi:
                break
            if m.actor == actor and m.start >= lo and m.via in ("name", "alias"):
                return True
        return False

    def _other_person_before(self, people, starts, at: int, not_actor: str, pronoun: str) -> str | None:
        """The person named last before `at` outside quotation marks, in that paragraph or the one
        before, who is not `not_actor` and whose gender, when the story shows one, fits the pronoun."""
        floor = self.para_of(at) - 1
        for k in range(bisect.bisect_left(starts, at) - 1, -1, -1):
            m = people[k]
            if self.para_of(m.start) < floor:
                break
            if m.actor != not_actor and agrees_with_pronoun(self.doc, m.actor, pronoun):
                return m.actor
        return None


# A quote's source no actor holds may still name a group: the nouns and adjectives that name it
# before its head ("Nuclear proliferation experts") and the words that only count its people
# ("several", "many": coref's group quantifiers), as coref.py names its speaking groups.
from .coref import NAMING_TAGS as GROUP_NAMING_TAGS, PERSONAL_BODIES, QUANTIFIERS as GROUP_QUANTIFIERS  # noqa: E402
from .mentions import Mention, add_actor  # noqa: E402
from ..records import Actor  # noqa: E402


def unnamed_group(doc: Doc, head: Token) -> Actor | None:
    """ "Senior shipping figures defended X and suggested", "The nurses walked out, saying", "Average
    commuters may listen and conclude": a plural noun naming people by role or affiliation
    (WordNet's person nouns, coref's speaker nouns) or bodies (coref's organisation heads) that the
    quotes component took as a quote's source, and that no actor holds, is a group actor named by
    its phrase. coref makes such a group only where the noun is the subject of a verb of the speech
    list or the object of "according to"; a source found through another cue (a verb of
    conjecture, a participle, a cue conjoined to the noun's verb) had nobody."""
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in SPEAKER_NOUNS | ORGANIZATION_HEADS:
        return None
    if head.dep_ == "nsubj" and sum(c.dep_ in SUBJECTS for c in head.head.children) > 1:
        return None  # a verb given two subjects is a parse that cannot be read (as coref's speaking groups)
    words, start = _group_name_words(head)
    return _group_actor(doc, " ".join(words), start, head)


def _group_name_words(head: Token) -> tuple[list[str], int]:
    """The words naming a group and where they start: the contiguous nouns and adjectives right
    before the head ("Senior shipping figures"), less the words that only count its people."""
    words, start, at = [head.text], head.idx, head.i - 1
    for c in reversed(list(head.lefts)):
        if c.i != at or c.dep_ not in ("compound", "amod", "nmod") or c.tag_ not in GROUP_NAMING_TAGS \
                or c.lower_ in GROUP_QUANTIFIERS:
            break
        words.insert(0, c.text)
        start, at = c.idx, c.i - 1
    return words, start


def _group_actor(doc: Doc, name: str, start: int, head: Token) -> Actor:
    """The group actor of this name (one a story, so the same phrase again is the same actor), with
    a mention from `start` to the end of `head`."""
    for a in doc._.actors or []:
        if a.kind == "group" and not a.members and a.name.lower() == name.lower():
            actor = a
            break
    else:
        taken = {a.id for a in doc._.actors or []}
        n = len(taken) + 1
        while f"a{n}" in taken:
            n += 1
        actor = Actor(id=f"a{n}", name=name, kind="group")
    add_actor(doc, actor, Mention(start, head.idx + len(head.text), actor.id, "description"))
    return actor


def owned_group(doc: Doc, head: Token, found: str) -> tuple[Actor, str] | None:
    """ "Trump's congressional allies urging", "Sanders' campaign announced", "Its hosts report":
    a plural noun of people, or the head of a body, owned by an actor (a possessive) speaks as the
    owner's group, not as the owner, who is listed after it. `found` is the actor the phrase gave
    (the owner, where nothing else in the phrase is an actor). The group is named as coref names
    an owned group: the owner's surname (or a body's name) and the phrase ("Trump congressional
    allies")."""
    lemma = head.lemma_.lower()
    plural_people = head.tag_ in ("NNS", "NNPS") and lemma in SPEAKER_NOUNS | ORGANIZATION_HEADS
    body = head.tag_ == "NN" and lemma in ORGANIZATION_HEADS | PERSONAL_BODIES
    if not (plural_people or body):
        return None
    owners = [c for c in head.children if c.dep_ == "poss" and c.i < head.i]
    if not owners:
        return None
    owner = actor_at(doc, owners[0].idx, owners[0].idx + len(owners[0].text))
    if owner is None or owner != found:
        return None
    owner_actor = actor_by_id(doc, owner)
    if owner_actor is None:
        return None
    words, _ = _group_name_words(head)
    owner_name = owner_actor.name.split()[-1] if owner_actor.kind == "person" else owner_actor.name
    return _group_actor(doc, " ".join([owner_name] + words), owners[0].left_edge.idx, head), owner

class _Groups(_Layout):
    """Who else speaks when one person speaks, as the story has it: the body a spokesperson
    speaks for, the group of a party's lawmakers a member is one voice of."""

    def member_groups(self, quotes: list[Quote]) -> None:
        """ "Rep. Jane Doe, D-N.Y., said ..." in a story that names "House Democrats": Doe speaks
        and the group is listed beside her in `speakers` (BASIL and readers take a member's quote
        as the caucus's). Only when the story ties the person to the party (a party tag, an
        apposition "a Republican of Idaho", a title "Democratic Sen.") and names a group of that
        party's lawmakers outside quotation marks; a group of another chamber than the person's
        title is never taken. A spokesperson's principal who is such a member brings the group
        too ("Brendan Buck, a spokesman for Speaker John Boehner (R-Ohio)": the Republicans')."""
        groups = self._party_groups()
        if groups:
            self._list_beside_person(quotes, lambda person: self._group_of(person, groups))
            self._list_beside_principal(quotes, lambda person: self._group_of(person, groups))

    def _list_beside_principal(self, quotes: list[Quote], other_of) -> None:
        """Each quote of a person speaking for another person (the two of `principals`) gets
        `other_of(principal)` listed after them."""
        cache: dict[str, str | None] = {}
        for q in quotes:
            if len(q.speakers) != 2 or not all(self.kind_of.get(a) == "person" for a in q.speakers):
                continue
            if id(q) not in self._with_principal:
                continue  # two people speaking together ("Obama and Romney said"), not a principal
            principal = q.speakers[1]
            if principal not in cache:
                cache[principal] = other_of(principal)
            if cache[principal] is not None and cache[principal] not in q.speakers:
                q.speakers = q.speakers + [cache[principal]]

    def principals(self, quotes: list[Quote]) -> None:
        """ "Lis Smith, a spokeswoman for the Obama campaign, said", "a Google spokesman, John
        Doe,", "White House spokesman Jay Carney": a spokesperson's words are those of whom they
        speak for, who is listed beside them in `speakers` (the person stays `speaker`)."""
        before = {id(q): len(q.speakers) for q in quotes}
        self._list_beside_person(quotes, self._principal_of)
        self._with_principal = {id(q) for q in quotes if len(q.speakers) > before[id(q)]}

    def _list_beside_person(self, quotes: list[Quote], other_of) -> None:
        """Each quote spoken by one person alone gets `other_of(person)` (asked once a person)
        listed after them in `speakers`, when there is one."""
        cache: dict[str, str | None] = {}
        for q in quotes:
            if len(q.speakers) != 1 or self.kind_of.get(q.speakers[0]) != "person":
                continue
            person = q.speakers[0]
            if person not in cache:
                cache[person] = other_of(person)
            if cache[person] is not None and cache[person] not in q.speakers:
                q.speakers = q.speakers + [cache[person]]

    def _principal_of(self, person: str) -> str | None:
        doc = self.doc
        for m in doc._.mentions or []:
            if m.actor != person or m.via == "pronoun" or self.stretch_containing(m.start, m.end) is not None:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            nouns = [c for c in root.children if c.dep_ in ("appos", "compound") and _speaks_for_others(c)]
            if root.dep_ == "appos" and _speaks_for_others(root.head):
                nouns.append(root.head)
            elif root.dep_ == "appos" and root.head.dep_ == "pobj" and _speaks_for_others(root.head.head.head):
                nouns.append(root.head.head.head)  # "a spokesman for Google, John Doe": parsed as Google's apposition
            for noun in nouns:
                found = self._spoken_for(noun, person)
                if found is not None:
                    return found
            found = self._owner_of_role(root, person)
            if found is not None:
                return found
        return None

    def _owner_of_role(self, root: Token, person: str) -> str | None:
        """ "its editor, Ben Smith", "the company's chief security officer Joe Sullivan": a person
        named as an organisation's officer, by a possessive on the role noun, speaks for it. Only
        an organisation (a country's or a party's member is one voice among many)."""
        roles = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
        roles += [c for c in root.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
        for role in roles:
            for c in role.subtree:
                if c.dep_ != "poss" or c.i >= role.i or c.i < role.i - 5:
                    continue
                actor = actor_at(self.doc, c.idx, c.idx + len(c.text))
                if actor is not None and actor != person and self.kind_of.get(actor) == "organization":
                    return actor
        return None

    def _spoken_for(self, noun: Token, person: str) -> str | None:
        """The actor a spokesperson noun speaks for: its "for"/"of" object, its owner ("Google's
        spokesman") or the name before it ("the White House spokesman")."""
        heads = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                heads += [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i:
                heads.append(c)
        for h in heads:
            # the actor must name the head itself: "the Obama campaign" is not Obama
            actor = actor_at(self.doc, h.idx, h.idx + len(h.text))
            if actor is not None and actor != person:
                return actor
        return None

    def _party_groups(self) -> list[tuple[str, str, str | None]]:
        """(actor id, party, chamber or None) of the groups of a party's lawmakers the story
        names, in the order of their first mention."""
        first: dict[str, int] = {}
        for m in self.doc._.mentions or []:
            if m.via == "name" and self.stretch_containing(m.start, m.end) is None:
                first[m.actor] = min(first.get(m.actor, m.start), m.start)
        out = []
        for a in self.doc._.actors or []:
            if a.id not in first or a.members:
                continue
            words = a.name.lower().split()
            if a.kind == "organization" and len(words) == 1 and words[0] in PARTY_OF_WORD and len(words[0]) > 1 and words[0].endswith("s"):
                # "Democrats", "Republicans": the party named by its members, after its lawmakers
                out.append((len(self.text) + first[a.id], a.id, PARTY_OF_WORD[words[0]], None))
                continue
            if a.kind != "group":
                continue
            if not words or words[-1] not in GROUP_HEADS:
                continue
            parties = {PARTY_OF_WORD[w] for w in words if w in PARTY_OF_WORD and len(w) > 1}
            chambers = {w for w in words if w in ("house", "senate")}
            if len(parties) == 1 and len(chambers) <= 1:
                out.append((first[a.id], a.id, parties.pop(), chambers.pop() if chambers else None))
        return [(a, p, c) for _, a, p, c in sorted(out)]

    def _party_in_title(self, m) -> str | None:
        """The party of a title phrase that modifies the name: "Republican presidential nominee
        Jane Doe", "Senate Democratic leader Jane Doe", "GOP Sen. Jane Doe" (a capitalised party
        word among the compounds and adjectives hung on the name, inside the mention or before it;
        "Republicans attacked Sen. Doe" is no title, as the verb is not in the name's phrase)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        todo, seen = [span.root], []
        while todo:
            t = todo.pop()
            seen.append(t)
            todo += [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i >= span.root.i - 6]
        for t in seen:
            if t.text[:1].isupper() and len(t.text) > 1 and t.lower_ in PARTY_OF_WORD:
                return PARTY_OF_WORD[t.lower_]
        return None

    def _group_of(self, person: str, groups: list[tuple[str, str, str | None]]) -> str | None:
        party, chamber = None, None
        for m in self.doc._.mentions or []:
            if m.actor != person or m.via != "name" or self.stretch_containing(m.start, m.end) is not None:
                continue
            before = self.text[max(0, m.start - 40):m.start].split()[-2:]
            words = [w.lower().strip(",") for w in before + self.text[m.start:m.end].split()[:2]]
            for w in words:
                chamber = CHAMBER_OF_TITLE.get(w, chamber)
            # "Democratic Sen. Jane Doe", "Republican Jane Doe": a party word right before
            for w in before:
                if w[:1].isupper() and len(w) > 1 and w.lower() in PARTY_OF_WORD:
                    party = PARTY_OF_WORD[w.lower()]
            party = self._party_in_title(m) or party
            rest = self.text[m.end:m.end + 90]
            # "Senator Jane Doe of Illinois, the Senate's No. 2 Democrat", "Paul Ryan of
            # Wisconsin, a Republican": the home state between the name and its party
            home = HOME_STATE.match(rest)
            if home:
                rest = rest[home.end():]
            rest = rest[:60]
            tag = PARTY_TAG.match(rest)
            if tag:
                party = PARTY_OF_WORD[tag.group(1).lower()]
            app = APPOSITION.match(rest)
            if app:
                for w in (app.group(1) or app.group(2)).split():
                    if w[:1].isupper() and len(w) > 1 and w.lower() in PARTY_OF_WORD:
                        party = PARTY_OF_WORD[w.lower()]
                        break
        if party is None:
            return None
        fits = [(a, c) for a, p, c in groups if p == party and (c is None or chamber is None or c == chamber)]
        if not fits:
            return None
        # a group of the person's own chamber first, then one of no chamber, then the first named
        fits.sort(key=lambda f: 0 if (f[1] is not None and f[1] == chamber) else 1 if f[1] is None else 2)
        return fits[0][0]


class _DirectQuotes(_Sources, _Groups):
    """Pass 2: quotations in marks with their cue and source, in the frame after or before them,
    or inherited from the paragraph's last speaker."""

    def direct_quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        last_by_para: dict[int, Quote] = {}
        for s in self.stretches:
            if not s.direct:
                continue
            after, before = self.frame_after(s), self.frame_before(s)
            cue, source = self._frame_attribution(after, first=True)
            if cue is None:
                cue, source = self._frame_attribution(before, first=False)
            if cue is None and not before:
                cue, source = self._frame_attribution(self._lead_in(s), first=False)
            quote = Quote(
                speaker=None,
                speakers=[],
                kind="direct",
                text="\n\n".join(self.text[a:b].strip() for a, b in s.pieces) if len(s.pieces) > 1 else self.text[s.start:s.end],
                span=(s.start, s.end),
            )
            if cue is not None:
                quote.cue, quote.cue_span = self._cue_text(cue)
                quote.addressee = self.addressee_of(cue)
            if source is not None:
                self._set_source(quote, source)
            else:
                self._inherit(quote, s, last_by_para)
            para = self.para_of(max(s.outer_end - 1, 0))
            last_by_para[para] = quote
            quotes.append(quote)
        return quotes

    def _cue_in(self, tokens: list[Token], last: bool) -> Token | None:
        seq = reversed(tokens) if last else tokens
        for tok in seq:
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                return tok
            if self.is_cue(tok, frame=True):
                return tok
        return None

    def _frame_attribution(self, frame: list[Token], first: bool) -> tuple[Token | None, Token | None]:
        """The cue and the source token in the words around a quotation, the source kept to those
        words: the parser often takes a word inside the quotation for the cue's subject."""
        if not frame:
            return None, None
        inside = {t.i for t in frame}
        lead = frame[0] if first else None
        if lead is not None and lead.text in DASHES and len(frame) > 1 and frame[1].pos_ == "PROPN":
            return lead, self._phrase_head(frame[1], inside)
        if not first and frame[-1].text == ":" and all(t.pos_ in ("PROPN", "PUNCT", "DET") for t in frame):
            names = [t for t in frame if t.pos_ == "PROPN"]
            if names:
                return frame[-1], self._phrase_head(names[0], inside)
        cue = self._cue_in(frame, last=not first)
        if cue is None:
            return None, None
        child = self._subject(cue, inside)
        if child is not None:
            if child.lower_ in RELATIVE and cue.dep_ == "relcl":
                return cue, cue.head
            return cue, child
        found = self.source_of(cue)
        if found is not None and found.i in inside:
            return cue, found
        if (
            found is not None
            and self.stretch_containing(found.idx, found.idx + 1) is None
            and self.para_of(found.idx) == self.para_of(cue.idx)
        ):
            # a source the parse finds in another paragraph is the parser's, not the writer's:
            # it runs a sentence over a paragraph break when a paragraph lacks its full stop
            return cue, found
        # the parse gave the cue no subject in these words: the nearest noun after or before the cue
        # names who speaks, unless it is the object of a preposition ('tweeted in response:', 'wrote
        # on Twitter', 'asked about journalists under Mr. Putin, had said'): a speaker is a verb's
        # subject, never where, when or about whom it spoke
        # Nor is it a thing ("recalled the freeze on pay:", "in an attempt to draw attention,
        # wrote"): with no noun that can speak, the quotation falls to the turn rules (_inherit)
        for tok in frame:
            if tok.i > cue.i and tok.pos_ in ("PROPN", "NOUN", "PRON") and not _is_time(tok) and not self._prep_object(tok, inside):
                head = self._phrase_head(tok, inside)
                if self._speaker_rank(head) > 0:
                    return cue, head
        for tok in reversed(frame):
            # 'X released a statement saying: "..."': the subject before the cue, not the
            # nearest noun (the statement)
            if tok.i < cue.i and tok.dep_ in SUBJECTS and tok.pos_ in ("PROPN", "PRON"):
                return cue, self._phrase_head(tok, inside)
        if found is not None:
            # the parse ran the sentence over a paragraph break (above): the first actor named
            # in the cue's own words is who speaks, as the subject of the clause opening them
            for tok in frame:
                if tok.i < cue.i and tok.pos_ == "PROPN" and not self._prep_object(tok, inside) and self.kind_of.get(actor_at(self.doc, tok.idx, tok.idx + len(tok.text))) in ("person", "organization", "group", "government"):
                    return cue, self._phrase_head(tok, inside)
        for tok in reversed(frame):
            if tok.i < cue.i and tok.pos_ in ("PROPN", "NOUN", "PRON") and not _is_time(tok) and not self._prep_object(tok, inside):
                head = self._phrase_head(tok, inside)
                if self._speaker_rank(head) > 0:
                    return cue, head
        return cue, None

    def _prep_object(self, tok: Token, inside: set[int]) -> bool:
        """Whether the phrase `tok` heads is the object of a preposition other than the passive's
        "by" ('was said by X' names the speaker): 'in response', 'on Twitter', 'under Mr. Putin'."""
        head = self._phrase_head(tok, inside)
        return head.dep_ == "pobj" and head.head.dep_ != "agent" and head.head.lower_ != "by"

    def _inherit(self, quote: Quote, s: Stretch, last_by_para: dict[int, Quote]) -> None:
        """A quotation with no cue of its own: the speaker of the quotation just before, else the
        one named in the previous sentence."""
        para = self.para_of(s.outer_start)
        for back in range(0, self.options.inherit_paragraphs + 1):
            if back == 1 and self._subject_before(quote, s):
                return
            prev = last_by_para.get(para - back)
            if prev is not None and prev.source_span is not None:
                quote.source_span = prev.source_span
                quote.speakers = list(prev.speakers)
                quote.speaker = prev.speaker
                quote.cue, quote.cue_span = prev.cue, prev.cue_span
                return
        i = self.token_at(s.outer_start)
        if i <= 0:
            return
        sent = self.doc[i - 1].sent if self.doc[i].idx >= s.outer_start else self.doc[i].sent
        if sent.start_char >= s.outer_start and sent.start > 0:
            sent = self.doc[sent.start - 1].sent
        if self.stretch_containing(sent.start_char, sent.end_char) is not None:
            return
        if self.para_of(sent.start_char) < para - self.options.inherit_paragraphs:
            return
        for tok in sent:
            if self.is_cue(tok, frame=True):
                head = self.source_of(tok)
                if head is not None:
                    self._set_source(quote, head)
                    quote.cue, quote.cue_span = self._cue_text(tok)
                    return
        root = sent.root
        # "The Acme Corporation issued a statement." then a quotation: whoever put out the
        # statement (ad, letter) speaks it, a body as much as a person
        issued = any(c.dep_ == "dobj" and c.lemma_.lower() in ARTIFACTS for c in root.children)
        for child in root.children:
            if child.dep_ in ("nsubj",):
                src = self.source_record(child)
                people = [a for a in src.speakers if self.kind_of.get(a) == "person" or issued]
                if people:
                    quote.source_span = src.span
                    quote.speakers = src.speakers
                    quote.speaker = src.speakers[0]
                return

    def _subject_before(self, quote: Quote, s: Stretch) -> bool:
        """ '"We will win," said Brook.' then 'Hale disagreed. "You will lose."': a quotation with
        no cue whose own paragraph names a person as a subject before it is that person's, not
        the previous paragraph's speaker's (a new paragraph introducing a speaker is a new turn)."""
        ps = self.paras[self.para_of(s.outer_start)][0]
        i = self.token_at(s.outer_start)
        while i >= 0 and self.doc[i].idx >= s.outer_start:
            i -= 1
        while i >= 0 and self.doc[i].idx >= ps:
            tok = self.doc[i]
            i -= 1
            if tok.dep_ not in SUBJECTS or self.stretch_containing(tok.idx, tok.idx + 1) is not None:
                continue
            src = self.source_record(tok)
            if len(src.speakers) == 1 and self.kind_of.get(src.speakers[0]) == "person":
                quote.source_span, quote.speakers, quote.speaker = src.span, src.speakers, src.speakers[0]
                return True
        return False

    def _cue_text(self, cue: Token) -> tuple[str, tuple[int, int]]:
        end_tok = cue
        if cue.lower_ == "according" and cue.i + 1 < len(self.doc):
            end_tok = self.doc[cue.i + 1]
        else:
            for child in cue.children:
                if child.dep_ == "prt" and child.i == cue.i + 1:
                    end_tok = child
        start, end = cue.idx, end_tok.idx + len(end_tok.text)
        return self.text[start:end], (start, end)



class _ReportedSpeech(_DirectQuotes):
    """Pass 3: reported speech from the parse (a cue with a clause, an infinitive or an object
    that is what was said) and "according to"."""

    def reported(self, direct_cues: set) -> list[Quote]:
        doc = self.doc
        out: list[Quote] = []
        for tok in doc:
            if tok.lower_ == "according" and tok.dep_ == "prep":
                q = self._according(tok)
            elif self.is_cue(tok):
                q = self._indirect(tok)
            else:
                continue
            for quote in q:
                if quote.cue_span in direct_cues and self.inside_direct_share(*quote.span) > 0.5:
                    continue
                if self.inside_direct_share(*quote.span) > 0.5:
                    continue
                out.append(quote)
        return out

    def _indirect(self, cue: Token) -> list[Quote]:
        lemma = C.cue_lemma(cue)
        contents: list[list[Token]] = []
        comps = [c for c in cue.children if c.dep_ == "ccomp"]
        if not comps and lemma in C.XCOMP:
            comps = [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > cue.i]
        for comp in comps:
            contents.append(list(comp.subtree))
        if not contents and lemma in C.OBJECT_CONTENT:
            contents += self._object_content(cue, lemma)
        if not contents and cue.dep_ in ("parataxis", "ccomp", "advcl") and cue.head.pos_ in ("VERB", "AUX"):
            # "A, he said, is B" and "A is B, he said": the parser hangs the cue under the
            # reported verb. The content is that verb's clause without the cue's phrase, and only
            # when commas or dashes set the cue's phrase off.
            own = {t.i for t in cue.subtree}
            lo, hi = cue.left_edge.i, cue.right_edge.i
            marks = (",", "\u2014", "\u2013", "--")
            set_off = any(0 <= k < len(self.doc) and self.doc[k].text in marks for k in (lo, lo - 1, hi, hi + 1))
            if set_off and not self.is_cue(cue.head):
                contents.append([t for t in cue.head.subtree if t.i not in own])
        if not contents:
            return []
        head = self.source_of(cue)
        if head is None:
            return []
        quotes = []
        for toks in contents:
            quote = self._content_quote(toks, cue)
            if quote is None:
                continue
            quote.cue, quote.cue_span = self._cue_text(cue)
            quote.addressee = self.addressee_of(cue)
            self._set_source(quote, head)
            quotes.append(quote)
        return quotes

    def _object_content(self, cue: Token, lemma: str) -> list[list[Token]]:
        """'called for a moratorium', 'called the charges fabricated', 'described the ad as
        dishonest': what was called for, called so or described so is the content."""
        out = []
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ == "for" and lemma == "call":
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        out.append(list(obj.subtree))
            if child.dep_ == "dobj" and lemma == "call":
                complements = [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > child.i]
                if complements:
                    out.append([t for t in self.doc[child.left_edge.i : complements[-1].right_edge.i + 1]])
            elif child.dep_ == "ccomp" and lemma == "call":
                out.append(list(child.subtree))
            if child.dep_ == "dobj" and lemma == "describe":
                # "described the ad as dishonest": the object and what it was described as
                as_ = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > child.i]
                if as_:
                    out.append([t for t in self.doc[child.left_edge.i : as_[0].right_edge.i + 1]])
        return out

    def _content_quote(self, toks: list[Token], cue: Token) -> Quote | None:
        """A Quote whose text is these tokens (trimmed of a leading "that" and of edge punctuation),
        its span running from the first to the last of them. Reported speech stays in its cue's
        paragraph: the parser sometimes runs a sentence on into a headline or the next paragraph."""
        ps, pe = self.paras[self.para_of(cue.idx)]
        toks = sorted((t for t in toks if ps <= t.idx < pe), key=lambda t: t.i)
        while toks and (toks[0].is_punct and toks[0].text not in MARKS or toks[0].is_space or (
            toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether", "if")
        ) or toks[0].dep_ == "cc"):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in MARKS:
            toks = toks[:-1]
        if not toks:
            return None
        runs: list[tuple[int, int]] = []
        for t in toks:
            end = t.idx + len(t.text)
            if runs and t.i == prev + 1:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((t.idx, end))
            prev = t.i
        cut = self._fragment_end(runs[0][0], runs[-1][1])
        if cut is not None:
            runs[-1] = (runs[-1][0], cut)
        start, end = runs[0][0], runs[-1][1]
        text = " ".join(self.text[a:b].strip(" ,") for a, b in runs) if len(runs) > 1 else self.text[start:end]
        return Quote(
            speaker=None,
            speakers=[],
            kind="partial" if self._has_fragment(start, end) else "indirect",
            text=text,
            span=(start, end),
        )

    def _fragment_end(self, start: int, end: int) -> int | None:
        """ 'calling the statement “a sad day for journalism, but a great day for us!”': the parse
        ends the reported words at a comma inside the quotation marks, but a quotation opened inside
        the content is the speaker's to its closing mark, so the content runs to that mark (kept
        to the paragraph, as the marks are paired there)."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        for s in self.stretches[i:]:
            if s.outer_start >= end:
                break
            if start <= s.outer_start and s.start < end < s.end and s.closed and len(s.pieces) == 1:
                return s.end
        return None

    def _has_fragment(self, start: int, end: int) -> bool:
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        for s in self.stretches[i:]:
            if s.outer_start >= end:
                break
            if not s.direct and s.outer_start >= start and s.outer_end <= end + 1:
                return True
        return False

    def _according(self, tok: Token) -> list[Quote]:
        source = self.source_of(tok)
        if source is None:
            return []
        head = tok.head
        if head == tok:
            return []
        inner = {t.i for t in tok.subtree}
        toks = [t for t in head.subtree if t.i not in inner]
        if head.pos_ not in ("VERB", "AUX"):
            # "..., according to X" hanging off a noun: the clause is the noun's sentence
            toks = [t for t in head.sent if t.i not in inner]
        quote = self._content_quote(toks, tok)
        if quote is None:
            return []
        quote.kind = "according_to"
        quote.cue, quote.cue_span = self._cue_text(tok)
        self._set_source(quote, source)
        return [quote]



class _Finder(_ReportedSpeech):
    """All passes over one Doc, in order."""

    def run(self) -> list[Quote]:
        self.classify()
        quotes: list[Quote] = []
        quotes += self.direct_quotes()
        direct_cues = {q.cue_span for q in quotes if q.cue_span}
        quotes += self.reported(direct_cues)
        self.fill_pronouns(quotes)
        self.principals(quotes)
        self.member_groups(quotes)
        # the groups coref and this pass made ("House Democrats", "congressional Republicans")
        # are named the party's way too, as the actors pass names the parties
        for actor in self.doc._.actors or []:
            add_party_forms(actor)
        quotes = one_per_span(self.doc, quotes)
        quotes.sort(key=lambda q: (q.span[0], q.span[1]))
        return quotes



def one_per_span(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """One quotation, one record: when two passes give the same stretch of words under two cues
    ('This would "restore ... while maintaining ...", they said' is found through "said" and
    through "maintaining", a speech verb inside the quoted words), the cue that reports it is kept:
    one outside the quoted words before one inside them, then one whose clause holds the words (the
    verb governs them), then the nearest."""
    by_span: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        by_span.setdefault(tuple(q.span), []).append(q)
    if all(len(v) == 1 for v in by_span.values()):
        return quotes

    def rank(q: Quote) -> tuple[int, int, int]:
        start, end = q.span
        if not q.cue_span:
            return (1, 1, 0)
        cs, ce = q.cue_span
        inside = start <= cs and ce <= end
        cue = doc.char_span(cs, ce, alignment_mode="expand")
        words = doc.char_span(start, end, alignment_mode="expand")
        governs = cue is not None and words is not None and any(cue.root.is_ancestor(t) for t in words)
        return (int(inside), int(not governs), min(abs(cs - end), abs(start - ce)))

    keep = {id(min(v, key=rank)) for v in by_span.values()}
    return [q for q in quotes if id(q) in keep]


def _participle_host(cue: Token) -> Token | None:
    """The verb a participle cue hangs on, whose subject speaks through it: 'began by crediting
    X and urging him' (a gerund after a preposition on the verb), 'endorsed X, urging voters'
    (the parse hangs the participle on the verb's object)."""
    if cue.tag_ != "VBG":
        return None
    if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.lower_ != "as" and cue.head.head.pos_ in ("VERB", "AUX"):
        # "quoted X as saying", "was described as saying": after "as" the participle is said of
        # the verb's object (or passive subject), not of its subject
        return cue.head.head
    if cue.dep_ == "acl" and cue.head.dep_ in OBJECTS and cue.head.head.pos_ in ("VERB", "AUX"):
        return cue.head.head
    return None


def _names_its_object(cue: Token, obj: Token) -> bool:
    """'called X "a smart guy"', 'urged X to ...': a verb's object with a predicate or a clause
    after it is the one named or addressed."""
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i for c in cue.children)


def _speaks_for_others(noun: Token) -> bool:
    """A spokesperson noun (lexicon/coref.toml spokesperson_nouns), one word or two ("press secretary")."""
    lemma = noun.lemma_.lower()
    if lemma in SPOKESPERSON:
        return True
    return any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in SPOKESPERSON for c in noun.children)


def _is_time(tok: Token) -> bool:
    """'said Thursday', 'told reporters last week': a date is never the speaker."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.dep_ == "npadvmod"

