"""coincide_relations: where two actors' positions coincide or diverge.

Two sources, kept apart in `basis`:

* stated: the text says so.
  - a predicate of agreement over position nouns: "our opinions do not coincide", "their views
    differ", negation flipping the relation;
  - a position noun with a comparing adjective that somebody has: "a different perspective",
    "differing perspectives" (diverge), "a shared interest in X", "common ground" (coincide);
  - a noun of division or agreement between parties: "the rift between the two countries",
    "agreement between A and B";
  - a reciprocal verb with a plural subject: "we agreed to X", "A and B agreed on X";
  - a position given jointly to several actors: "both sides would work to develop talks".
  The parties come from the subject or owner: a conjunction, a quantified plural ("both sides"),
  "we"/"our" in a quotation (the speaker and the other party the context names), "their"
  (the reporting subject and the other party). Without a stated matter the issue is "overall".
* inferred: two different actors (different countries when both have one) with positions on the
  same issue, same stance -> coincide, opposite -> diverge; the evidence is both positions' spans.
  Neutral positions say nothing here.

One relation per (pair of parties, issue, relation); a stated one wins over an inferred one.
Actors are ordered as in doc._.actors.
"""

from __future__ import annotations

import bisect

import re
from dataclasses import dataclass
from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import grammar as G
from . import lexicon
from .doc_cache import doc_text
from .holders import FIRST_PERSON, THEY, Context, holders_of, quantified_plural, reporting_subject, resolved
from ..knowledge.entities import is_party_office, name_key, offices_around
from .issues import PREP_KEEP, REDUCING_VERBS, noun_label, stem, verb_label
from .knowledge import GOVERNMENT_SECTORS
from .mentions import actor_of_token
from .positions import PositionFinding
from ..records import Relation

COINCIDE = "coincide"
DIVERGE = "diverge"
OVERALL = "overall"


def _relation_of(key: str) -> dict[str, str]:
    """A table of agreement.toml written as `coincide = [...]`, `diverge = [...]`: word -> relation."""
    return lexicon.polarities("agreement", key)


# Nouns that name what someone thinks about a matter.
POSITION_NOUNS = lexicon.words("agreement", "position_nouns")
# Predicates over position nouns ("their views differ").
AGREEMENT_VERBS = _relation_of("verbs")
# Adjectives that compare two parties' position nouns ("differing perspectives", "common ground").
COMPARING_ADJ = _relation_of("comparing_adjectives")
# Nouns of division or agreement, with "between A and B" or owned by parties.
DIVISION_NOUNS = lexicon.words("agreement", "division_nouns")
AGREEMENT_NOUNS = lexicon.words("agreement", "agreement_nouns")
# Verbs that give a position noun to their subject ("share an interest", "hold the view").
HAVERS = lexicon.words("agreement", "havers")
# Words that make a division or agreement slight or absent: "the gap ... was now so narrow",
# "a narrowing gap", "little difference" say the parties are close, not apart.
SLIGHT = lexicon.words("agreement", "slight")


def _flip(rel: str) -> str:
    return DIVERGE if rel == COINCIDE else COINCIDE


def _span_of(tok_first: Token, tok_last: Token) -> tuple[int, int]:
    return (tok_first.idx, tok_last.idx + len(tok_last.text))


def _parties(ctx: Context, tok: Token) -> list[str]:
    """The two or more actors a plural subject or owner of a comparison stands for."""
    low = tok.lower_
    if low not in FIRST_PERSON and low not in ("our", "ours"):
        ids, joint = resolved(ctx, tok)
        if joint:
            return ids
    qi = ctx.quote_at(tok.idx)
    if low in FIRST_PERSON or low in ("our", "ours") or (
        low in ("all", "both") and any(g.lower_ in ("us", "we") for c in tok.children for g in c.children)
    ):
        anchors = ctx.speakers(qi)[:1] or ([actor_of_token(tok)] if actor_of_token(tok) else [])
        return ctx.context_pair(tok, anchors, None)
    if len(G.conjuncts(tok)) > 1 or quantified_plural(tok):
        ids, _ = holders_of(ctx, tok)
        return ids if len(ids) > 1 else []
    if low in THEY or low == "their":
        rep = reporting_subject(tok)
        anchors: list[str] = []
        if rep is not None:
            ids, _ = holders_of(ctx, rep)
            if len(ids) > 1:
                return ids
            anchors = ids
        if not anchors and qi is not None:
            anchors = ctx.speakers(qi)[:1]
        return ctx.context_pair(tok, anchors, None)
    return []


def _owner(noun: Token) -> Token | None:
    """Who has the position noun: its possessive, or the subject of the verb that has it."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in HAVERS:
        subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
    return None


def _matter(head: Token) -> tuple[str, tuple[int, int] | None]:
    """The matter a comparison is about: the object of on/over/about (incl. "on how to X")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "over", "about", "regarding"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    lab = noun_label(obj)
                    if lab:
                        return lab.text, None
                if obj.dep_ == "pcomp" and obj.pos_ in ("VERB", "AUX"):
                    lab = verb_label(obj)
                    if lab:
                        return lab.text, None
    return OVERALL, None


def _issues_at(found: list[PositionFinding], trigger: Token) -> list[PositionFinding]:
    return [f for f in found if f.trigger == trigger.idx]


def _slight(noun: Token) -> bool:
    if any(c.lower_ in SLIGHT for c in noun.children if c.dep_ in ("amod", "det", "advmod", "compound")):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return any(c.lower_ in SLIGHT for c in noun.head.children if c.dep_ in ("acomp", "attr", "oprd"))
    return False


Stated = tuple[list[str], str, str, tuple[int, int]]  # parties, relation, issue, span


def supposed(tok: Token) -> bool:
    """A relation word in a condition or a question says nothing about the parties: "if we
    disagree, we have to disqualify each other", "do they agree on the budget?"."""
    return G.in_condition(tok) or G.question(tok)


def _predicate_of_positions(tok: Token, ctx: Context, found: list[PositionFinding]) -> list[Stated] | None:
    """ "our opinions do not coincide", "their positions differ": a verb of agreement over position
    nouns, negation flipping it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in AGREEMENT_VERBS:
        return None
    subj = G.children(tok, "nsubj")
    if not subj or subj[0].lemma_.lower() not in POSITION_NOUNS or supposed(tok):
        return []
    owner = next((c for c in subj[0].children if c.dep_ == "poss"), None)
    parties = _parties(ctx, owner) if owner is not None else []
    if len(parties) < 2:
        return []
    rel = _flip(AGREEMENT_VERBS[lemma]) if G.is_negated(tok) else AGREEMENT_VERBS[lemma]
    issue, _ = _matter(subj[0])
    first = min([subj[0].left_edge, tok], key=lambda t: t.i)
    return [(parties, rel, issue, _span_of(first, tok))]


def _comparing_adjective(noun: Token) -> Token | None:
    return next(
        (c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in COMPARING_ADJ or
         c.dep_ == "amod" and c.lemma_.lower() in COMPARING_ADJ),
        None,
    )


def _compared_positions(tok: Token, ctx: Context, found: list[PositionFinding]) -> list[Stated] | None:
    """ "a different perspective", "differing perspectives", "a shared interest in X": a position noun
    with a comparing adjective (or shared), that parties have."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in POSITION_NOUNS:
        return None
    adj = _comparing_adjective(tok)
    verb_shares = tok.dep_ == "dobj" and tok.head.lemma_.lower() == "share"
    if adj is None and not verb_shares:
        return []
    rel = COMPARING_ADJ.get(adj.lower_, COMPARING_ADJ.get(adj.lemma_.lower())) if adj is not None else COINCIDE
    owner = _owner(tok)
    parties = _parties(ctx, owner) if owner is not None else []
    if len(parties) < 2:
        return []
    carrier = tok.head if tok.dep_ in ("dobj", "attr") else tok
    if G.is_negated(carrier):
        return []  # "we do not share an interest" is too rare to guess its reading
    mine = _issues_at(found, tok) if rel == COINCIDE else []
    if mine:
        return [(parties, COINCIDE, f.issue, f.span) for f in mine]
    issue, _ = _matter(tok)
    right = tok
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "over", "about"):
            right = prep.right_edge
    first = min([tok.left_edge, carrier], key=lambda t: t.i)
    return [(parties, rel, issue, _span_of(first, right))]


def _between(noun: Token) -> Token | None:
    """The object of "between" on a noun ("the rift between the two countries"); the last one."""
    found = None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            found = next((c for c in prep.children if c.dep_ == "pobj"), None) or found
    return found


def _division_between(tok: Token, ctx: Context, found: list[PositionFinding]) -> list[Stated] | None:
    """ "the rift between the two countries", "agreement between A and B"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not (lemma in DIVISION_NOUNS or lemma in AGREEMENT_NOUNS):
        return None
    rel = DIVERGE if lemma in DIVISION_NOUNS else COINCIDE
    parties: list[str] = []
    right = tok
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                parties = _parties(ctx, pobj)
                if not parties:
                    ids = [actor_of_token(c) for c in G.conjuncts(pobj)]
                    parties = [i for i in dict.fromkeys(ids) if i]
                right = prep.right_edge
    if len(parties) < 2 or G.question(tok) or _slight(tok):
        return []
    issue, _ = _matter(tok)
    between = _between(tok)
    if issue == OVERALL and between is not None:
        issue, _ = _matter(between)
    return [(parties, rel, issue, _span_of(tok.left_edge if tok.left_edge.i >= tok.i - 3 else tok, right))]


def _agreeing(tok: Token, ctx: Context, found: list[PositionFinding]) -> list[Stated] | None:
    """ "we agreed to X", "A and B agreed on X", "A disagreed with B on X"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in ("agree", "disagree"):
        return None
    subj = G.children(tok, "nsubj")
    if not subj or supposed(tok):
        return []
    rel = COINCIDE if lemma == "agree" else DIVERGE
    if G.is_negated(tok):
        if lemma == "disagree":
            return []  # "did not disagree" is no agreement
        rel = DIVERGE
    other = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    if other:
        parties: list[str] = []
        for t in (subj[0], other[0]):
            got, _ = holders_of(ctx, t)
            parties += [a for a in got if a not in parties]
    else:
        parties = _parties(ctx, subj[0])
    if len(parties) < 2:
        return []
    mine = _issues_at(found, tok) if rel == COINCIDE else []
    if mine:
        return [(parties, rel, f.issue, f.span) for f in mine]
    issue, _ = _matter(tok)
    right = max([t.right_edge for t in tok.children if t.dep_ == "prep"] + [tok], key=lambda t: t.i)
    return [(parties, rel, issue, _span_of(min(subj[0].left_edge, tok, key=lambda t: t.i), right))]


# "X criticised Y", "X praised Y" with an actor as the object: a side taken on a person, not on a
# matter. The labelled stories (eval/positions) relate two actors on a matter only: on the tuning
# half this reading found no labelled relation and added 3 wrong ones, so it is off; the verb rule
# reads what the other actor said or put forward ("X rejected Y's plan").
ACTOR_OBJECTS = False
# Verbs by which one actor takes a side on another or on what the other said or did.
RELATING_VERBS = lexicon.polarities("agreement", "relating_verbs")
# What someone said or put forward, held by its owner ("Y's remarks", "Y's plan").
OWNED_STATEMENTS = lexicon.words("agreement", "owned_statements")


def _relating_verb(tok: Token, ctx: Context, found: list[PositionFinding]) -> list[Stated] | None:
    """ "X criticised Y (over Z)", "X accused Y of Z", "X backed Y's plan", "Y was attacked by X":
    a verb of taking sides whose subject and object (or the object's owner, for what someone said
    or put forward) are two actors; support -> coincide, opposition -> diverge. Negated or
    questioned, it says nothing."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in RELATING_VERBS:
        return None
    if G.is_negated(tok) or supposed(tok):
        return []
    subj = G.children(tok, "nsubj")
    obj = G.children(tok, "dobj")
    if not subj and not obj:  # passive: "Y was criticised by X"
        passive = G.children(tok, "nsubjpass")
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subj, obj = agent, passive
    if not subj or not obj:
        return []
    takers, _ = holders_of(ctx, subj[0])
    target = obj[0]
    owner = owner_of(target)
    if owner is not None and target.lemma_.lower() in OWNED_STATEMENTS:
        other = None if bound_to_subject(owner, tok) else actor_of_token(owner)
    elif not ACTOR_OBJECTS:
        return []
    elif target.pos_ == "PROPN" or target.lower_ in THEY or target.pos_ == "PRON":
        got, _ = holders_of(ctx, target)
        other = got[0] if len(got) == 1 else None
    else:
        other = actor_of_token(target)
    if not takers or other is None:
        return []
    rel = COINCIDE if RELATING_VERBS[lemma] == "support" else DIVERGE
    issue = OVERALL
    for prep in tok.children:  # "over the plans", "of lying", "for the cuts"
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "over", "on", "about"):
            issue, _ = _matter(tok)
            if issue == OVERALL:
                for obj_ in prep.children:
                    lab = noun_label(obj_) if obj_.dep_ == "pobj" else verb_label(obj_) if obj_.dep_ == "pcomp" else None
                    if lab:
                        issue = lab.text
            break
    if issue == OVERALL and owner is not None:
        lab = noun_label(target)
        issue = lab.text if lab else OVERALL
    sent = tok.sent
    first = min(subj[0].left_edge, target.left_edge, tok, key=lambda t: t.i)
    last = max([tok.right_edge], key=lambda t: t.i)
    last = last if last.i < sent.end else sent[-1]
    return [([t, other], rel, issue, _span_of(first, last)) for t in takers if not unrelated(ctx, t, other, rel)]


# The rules of stated relations, in order: the first that applies to a word (returns a list, maybe
# empty, rather than None) is its reading.
STATED_RULES = (_predicate_of_positions, _compared_positions, _division_between, _agreeing, _relating_verb)


# Every stated rule starts at one of these lemmas: other words are passed over at once.
STATED_LEMMAS = frozenset(AGREEMENT_VERBS) | POSITION_NOUNS | DIVISION_NOUNS | AGREEMENT_NOUNS | {"agree", "disagree"} | frozenset(RELATING_VERBS)


def stated_relations(doc: Doc, ctx: Context, found: list[PositionFinding]) -> list[Stated]:
    out: list[Stated] = []
    for tok in doc:
        if tok.lemma_.lower() not in STATED_LEMMAS:
            continue
        for rule in STATED_RULES:
            got = rule(tok, ctx, found)
            if got is not None:
                out += got
                break
    # a position given to several actors at once: "both sides would work to ..."
    for f in found:
        if f.joint and len(f.holders) > 1 and f.stance in ("support", "oppose"):
            out.append((list(f.holders), COINCIDE, f.issue, f.span))
    return out


# -- matter identity: which positions of one story are about the same thing ------------------------

# Heads of nouns naming a measure put forward: two of them without clashing modifiers are one
# measure within a story ("the plans" ~ "the council tax plans" ~ "the proposal").
PROPOSAL_STEMS = frozenset(stem(w) for w in lexicon.words("agreement", "proposal_nouns"))
# Verbs whose object is the matter and which do it (support) or undo it (oppose).
MATTER_VERBS = lexicon.polarities("agreement", "matter_verbs")


@dataclass(frozen=True)
class Matter:
    """What one position is about, for pairing: the stem of its head noun (or "verb:head" when
    the act itself is the matter, "release tax records"; "verb:" for a bare act, "withdraw"),
    the stems of the head's modifiers, and whether the position's proposition does the matter
    (+1) or undoes it (-1: "withdraw the plans", "end the talks")."""

    head: str
    mods: frozenset[str]
    polarity: int
    # the actor the matter is, or whose statement or measure it is ("Braley", "his remarks",
    # "a request from Democrats"), when the target says so
    owner: str | None = None

    @property
    def proposal(self) -> bool:
        return self.head in PROPOSAL_STEMS


def _judged_object(trigger: Token | None) -> Token | None:
    """What an evaluation worded as an object complement judges: "called Friday's decision a huge
    win", "called the plan a disgrace" (the trigger "win" is the oprd, the judged thing the dobj)."""
    if trigger is None or trigger.dep_ != "oprd":
        return None
    return next((c for c in trigger.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _target(span, f: PositionFinding) -> Token | None:
    """The first noun the position's trigger governs: what the position is about."""
    trigger = next((t for t in span if t.idx == f.trigger), None)
    judged = _judged_object(trigger)
    if judged is not None and judged.i >= span.start and not any(actor_of_token(judged) == h for h in f.holders):
        return judged
    if trigger is not None and trigger.pos_ in ("NOUN", "PROPN") and not any(
            actor_of_token(trigger) == h for h in f.holders):
        return trigger  # an evaluation names its matter at the trigger ("his disgraceful remarks")
    for tok in span:
        if tok.idx > f.trigger and tok.pos_ in ("NOUN", "PROPN") and (trigger is None or _governed(tok, trigger)):
            return tok
    return None


def _owner_actor(tok: Token | None) -> str | None:
    """The actor a target is ("Mr Braley") or whose statement or measure it is ("his remarks")."""
    if tok is None:
        return None
    if tok.pos_ == "PROPN":
        return actor_of_token(tok)
    if tok.lemma_.lower() in OWNED_STATEMENTS:
        of = owner_of(tok)
        if of is not None:
            got = actor_of_token(of)
            return got or (earlier_decider(tok.doc, tok) if of.pos_ != "PRON" else None)
        return earlier_speaker(tok.doc, tok) or earlier_owner(tok.doc, tok) or earlier_decider(tok.doc, tok)
    return None


def matter_of(doc: Doc, f: PositionFinding) -> Matter | None:
    """The matter of a finding, from its grouped issue label (lemmas: "retract Nazi insult",
    "council tax plan", "intent of legislation") and the verbs of its own words."""
    words = [w for w in f.issue.lower().split() if w]
    if not words:
        return None
    polarity = -1 if f.key.startswith("-") else 1
    span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
    verbs = {t.lemma_.lower() for t in span if t.pos_ in ("VERB", "AUX")} if span is not None else set()
    if len(words) == 1 and words[0] in verbs:
        # a bare act is a matter of its own: "urged Akin to withdraw" and "refused to withdraw"
        # meet on withdrawing, whoever it is asked of (the act's doer is the story's one candidate)
        return Matter(f"{stem(words[0])}:", frozenset(), polarity)
    verb = None
    # a verbal label may start with its own subject ("Assad leave power"): the matter starts at the
    # verb, a verb of the span that governs the label's last word; in a span of a whole sentence the
    # label's words may be verbs elsewhere ("Labour, which plans to tax the rich, backed the tax plan")
    acts = _label_verbs(span, words) if span is not None else set()
    at = next((i for i, w in enumerate(words[:-1]) if w in acts), None)
    if at is not None:
        verb, words = words[at], words[at + 1:]
    for i, w in enumerate(words):
        if i and w in PREP_KEEP:  # "intent of legislation": the matter is the head before the preposition
            words = words[:i]
            break
    named = _actor_words(doc) if ACTOR_MODIFIERS_FREE else frozenset()
    # "the Indiana law" is the freedom law of Indiana: a modifier that names an actor of the story
    # says whose or where the matter is, not which kind it is, so it clashes with no other modifier
    head, mods = stem(words[-1]), frozenset(stem(w) for w in words[:-1] if w not in named)
    if verb is not None:
        act = MATTER_VERBS.get(verb)
        if act == "oppose":
            polarity = -polarity
        elif act is None:
            head = f"{stem(verb)}:{head}"  # "release tax records" is not "tax records"
    owner = _owner_actor(_target(span, f)) if span is not None and verb is None else None
    return Matter(head, mods, polarity, owner)


# A switch, so the reading can be measured off (see the commit that set it).
ACTOR_MODIFIERS_FREE = True


def _actor_words(doc: Doc) -> frozenset[str]:
    """The one-word names of the story's actors, lower case ("indiana", "obama"): read once a story."""
    got = doc.user_data.get(_ACTOR_WORDS)
    if got is None:
        got = frozenset(n.lower() for a in doc._.actors or [] for n in [a.name, *a.aliases] if n and " " not in n.strip())
        doc.user_data[_ACTOR_WORDS] = got
    return got


_ACTOR_WORDS = "coincide_relations_actor_words"  # doc.user_data key


def _label_verbs(span, words: list[str]) -> set[str]:
    """The label's words that are verbs of the span governing the label's last word ("release" in
    "release tax records")."""
    last = words[-1]
    return {
        t.lemma_.lower() for t in span
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in words[:-1]
        and any(d != t and last in (d.lemma_.lower(), d.lower_) for d in t.subtree)
    }


def same_matter(a: Matter, b: Matter) -> bool:
    """One matter: the same head, or one's head a modifier of the other's ("council tax" ~
    "council tax plans"), or two proposal nouns ("the bill" ~ "the measure"); in each case
    without modifiers that clash ("ID card plans" is not "council tax plans")."""
    compatible = not a.mods or not b.mods or bool(a.mods & b.mods)
    if a.owner and a.owner == b.owner:
        # "America Rising attacked Braley", "the party condemned his remarks": one actor's stand
        return True
    if a.head == b.head:
        return compatible
    if a.head in b.mods or b.head in a.mods:
        return True
    return a.proposal and b.proposal and compatible


# -- sides: who may be related to whom ------------------------------------------------------------

# Phoenix sectors of state bodies that are a side of their own, not their country's.
OWN_SIDE_SECTORS = frozenset({"JUD"})


def _per_story(ctx: Context, name: str) -> dict:
    """A memo of one story's reading (kept on its Context): the facts of one actor are asked once
    per pair of positions, and recomputing them per pair grew with the square of a long story."""
    return ctx.__dict__.setdefault(f"relations_{name}", {})


def _actor(ctx: Context, actor_id: str | None):
    """The story's actor of this id, by an index (a walk over every actor per look-up, as
    `Context.actor` does, grows with the story twice)."""
    index = _per_story(ctx, "actors")
    if not index:
        for a in reversed(ctx.doc._.actors or []):
            index[a.id] = a  # reversed: the first actor of an id wins, as in actor_by_id
    return index.get(actor_id)


def _memoised(name: str):
    """A function of (ctx, actor_id) computed once per story and actor."""
    def wrap(fn):
        def memo(ctx: Context, actor_id: str):
            seen = _per_story(ctx, name)
            if actor_id not in seen:
                seen[actor_id] = fn(ctx, actor_id)
            return seen[actor_id]
        memo.__doc__, memo.__name__ = fn.__doc__, fn.__name__
        return memo
    return wrap


@_memoised("sides")
def side_of(ctx: Context, actor_id: str) -> str:
    """The side an actor speaks for: a country, its government and those who hold a state office in
    it (a Phoenix government code) are one side; anyone else (a party, a union, an opposition
    politician, a company) is a side of its own, so Sanders and Trump can diverge."""
    a = _actor(ctx, actor_id)
    if a is None:
        return actor_id
    if a.code and len(a.code) >= 6 and a.code[3:6] in OWN_SIDE_SECTORS:
        # a court rules for or against its own government and overrules another court: the
        # judiciary is no spokesman of its country
        return f"name:{name_key(a.name)}" if name_key(a.name) else actor_id
    if a.country and a.kind in ("country", "government"):
        return a.country
    if a.country and a.code and len(a.code) >= 6 and a.code[3:6] in GOVERNMENT_SECTORS and a.code[3:6] != "PTY":
        return a.country
    # two actors of one name key are one side ("Lib Dems", "Lib Dem")
    return f"name:{name_key(a.name)}" if name_key(a.name) else actor_id


# "(R-Utah)", ", D-Mass.,": a party's letter and a state after a person's name (agreement.toml).
PARTY_LETTERS = {letter: frozenset(keys) for letter, keys in lexicon.table("agreement", "party_letters").items()}
_PARTY_TAG = re.compile(r"\s*[(,]\s*([A-Z])\s*[-\u2013]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*[),]")


@_memoised("party_keys")
def _party_keys(ctx: Context, actor_id: str) -> set[str]:
    """The organisations the story names an actor in an office of ("Tory leader X", "X, the Lib
    Dem leader,") or of whose party it gives the letter ("X (R-Utah)")."""
    a = _actor(ctx, actor_id)
    if a is None or a.kind != "person":
        return set()
    body = doc_text(ctx.doc)  # Doc.text joins every token on each read: once a story
    keys = {org for m in a.mentions for org, role in offices_around(body, m) if is_party_office(role)}
    for m in a.mentions:
        tag = _PARTY_TAG.match(body, m[1], m[1] + 30)
        if tag:
            keys |= PARTY_LETTERS.get(tag.group(1), frozenset())
    return keys


@_memoised("names")
def _names(ctx: Context, actor_id: str) -> set[str]:
    a = _actor(ctx, actor_id)
    return {name_key(n) for n in ([a.name] + list(a.aliases))} if a else set()


def members(ctx: Context, a: str, b: str) -> bool:
    """One actor belongs to the other: a person or body of a country and the country, a group and
    its member, a party and the person the story names in its office."""
    x, y = _actor(ctx, a), _actor(ctx, b)
    if x is None or y is None:
        return False
    for one, other in ((x, y), (y, x)):
        if one.kind == "country" and other.country and other.country == one.country:
            return True
        if one.kind == "group" and other.id in (one.members or []):
            return True
        # a conjunction is its conjuncts' group: "the Tories and Lib Dems", "AFT and AFL-CIO"
        parts = {name_key(p) for p in re.split(r",\s*|\s+and\s+|\s*&\s*", one.name) if p.strip()}
        if len(parts) > 1 and parts & _names(ctx, other.id):
            return True
    return bool(_party_keys(ctx, a) & _names(ctx, b)) or bool(_party_keys(ctx, b) & _names(ctx, a))


def _bench_of(ctx: Context, a: str, b: str) -> bool:
    """A judge and the court the judge's title names ("the district court judge", "the district
    court") are one bench: a court is a side of its own (OWN_SIDE_SECTORS), its judges are it."""
    x, y = _actor(ctx, a), _actor(ctx, b)
    if x is None or y is None or not all(t.code and t.code[3:6] in OWN_SIDE_SECTORS for t in (x, y)):
        return False
    wx, wy = set(name_key(x.name).split()), set(name_key(y.name).split())
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def unrelated(ctx: Context, a: str, b: str, rel: str) -> bool:
    """Pairs that are no relation: an actor with itself or its own side, or with its own country,
    party or group (a party and its MP on the same side say one thing; a rebel against their own
    party is a story of its own, not a relation between two sides)."""
    if a == b or side_of(ctx, a) == side_of(ctx, b) or members(ctx, a, b) or _bench_of(ctx, a, b):
        return True
    if rel == COINCIDE and _party_keys(ctx, a) & _party_keys(ctx, b):
        # two members of one party who agree are their party speaking, not two sides meeting;
        # two who disagree are a split in it, and stay
        return True
    return bool(_names(ctx, a) & _names(ctx, b) - {""})  # "Lib Dems" and "Lib Dem": one party


def _pole(f: PositionFinding, m: Matter) -> int:
    return (1 if f.stance == "support" else -1) * m.polarity


def _issue_of(f1: PositionFinding, f2: PositionFinding) -> str:
    """Both positions' words: the shared label, or both labels when the wordings differ."""
    return f1.issue if f1.issue == f2.issue else f"{f1.issue} / {f2.issue}"


def _matter_groups(items: list[tuple[PositionFinding, Matter]]) -> list[int]:
    """One group number per finding: findings on one matter (same key, or same_matter) chained.

    same_matter is read through indexes rather than on every pair (every pair grew with the square
    of a long story); the groups are the same, because each of its clauses joins whole classes:
    one key, one owner; one head and no modifiers (it meets every finding of that head) or one
    head and a shared modifier; a head and every finding that has it as a modifier; two proposals
    the same way as one head."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(members: list[int]) -> None:
        for i in members[1:]:
            parent[find(i)] = find(members[0])

    by: dict[tuple, list[int]] = {}
    for i, (f, m) in enumerate(items):
        by.setdefault(("key", f.key), []).append(i)
        if m.owner:
            by.setdefault(("owner", m.owner), []).append(i)
        for head in (m.head, "<proposal>") if m.proposal else (m.head,):
            by.setdefault(("head", head), []).append(i)
            by.setdefault(("bare" if not m.mods else "modified", head), []).append(i)
            for mod in m.mods:
                by.setdefault(("head+mod", head, mod), []).append(i)
        for mod in m.mods:
            by.setdefault(("mod", mod), []).append(i)
    for key, members in by.items():
        if key[0] in ("key", "owner", "head+mod"):
            join(members)
        elif key[0] == "bare":  # a head with no modifiers meets every finding of that head
            join(members + by[("head", key[1])])
        elif key[0] == "head" and key[1] != "<proposal>" and ("mod", key[1]) in by:
            join(members + by[("mod", key[1])])  # "council tax" ~ "council tax plans"
    return [find(i) for i in range(len(items))]


# A switch, so the reading can be measured off (see the commit that set it).
UNDECIDED_HOLDERS = True
# A switch, so the reading can be measured off (see the commit that set it).
ONE_VOICE = True


def _one_voice(ctx: Context, f1: PositionFinding, f2: PositionFinding, h1: str, h2: str) -> bool:
    """Two holders given one statement (the same span and trigger) by one subject or owner that
    stands for both ("They said they will clarify its language", of two state leaders) speak as one
    side there: the same words are no two positions that meet. Named together as parties ("both
    sides", "Britain and France agreed") they are the stated rule's (joint findings); two subjects
    in one sentence ("the French want it lifted ...; the Chinese want it lifted") are two voices."""
    if f1.joint or f2.joint or f1.span != f2.span or f1.trigger != f2.trigger:
        return False
    span = ctx.doc.char_span(f1.span[0], f1.span[1], alignment_mode="expand")
    if span is None:
        return False
    for t in span:
        if t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        ids = set(holders_of(ctx, t)[0])
        # a group actor stands for its members ("Long and Bosma": David Long, Brian Bosma)
        ids |= {m for i in ids for m in (getattr(_actor(ctx, i), "members", None) or [])}
        if {h1, h2} <= ids:
            return True
    return False


def inferred_relations(ctx: Context, found: list[PositionFinding]) -> list[tuple[list[str], str, str, list[tuple[int, int]]]]:
    """Two actors' positions on one matter: the same way -> coincide, opposite ways -> diverge.
    One relation per pair, matter and relation: the first two positions that show it."""
    items = []
    for f in found:
        if f.stance not in ("support", "oppose"):
            continue
        m = matter_of(ctx.doc, f)
        if m is not None:
            items.append((f, m))
    group = _matter_groups(items)
    per_holder = [(h, f, m, g) for (f, m), g in zip(items, group) for h in f.holders]
    # a holder who wants one matter both ways in one story (changed course, or is reported both
    # ways) has no side on it to meet another's: "planned to sign the bill" and later "asked
    # lawmakers to recall the bill"
    poles: dict[tuple, set[int]] = {}
    for h, f, m, g in per_holder:
        poles.setdefault((side_of(ctx, h), g), set()).add(_pole(f, m))
    undecided = {k for k, v in poles.items() if len(v) > 1} if UNDECIDED_HOLDERS else set()
    # pairs are only ever made within one matter group: read group by group (all pairs of the
    # story grew with its square), then put back in the order of the pairs of the whole story
    by_group: dict[int, list[int]] = {}
    for i, (h, f, m, g) in enumerate(per_holder):
        if (side_of(ctx, h), g) not in undecided:
            by_group.setdefault(g, []).append(i)
    out = []
    seen: set[tuple] = set()
    for members in by_group.values():
        for i, j in combinations(members, 2):
            (h1, f1, m1, g1), (h2, f2, m2, _) = per_holder[i], per_holder[j]
            if f1.key != f2.key and not same_matter(m1, m2):
                continue
            if ONE_VOICE and _one_voice(ctx, f1, f2, h1, h2):
                continue
            rel = COINCIDE if _pole(f1, m1) == _pole(f2, m2) else DIVERGE
            sig = (frozenset((side_of(ctx, h1), side_of(ctx, h2))), rel, g1)
            if sig in seen or unrelated(ctx, h1, h2, rel):
                continue
            seen.add(sig)
            out.append(((i, j), ([h1, h2], rel, _issue_of(f1, f2), sorted([f1.span, f2.span]))))
    return [found for _, found in sorted(out, key=lambda pair: pair[0])]


# Nouns of something said, and the determiners that point back to it: "those remarks", "the
# comments", "such rhetoric" are a statement the story has already told.
SPOKEN_STATEMENTS = lexicon.words("agreement", "spoken_statements")
_POINTING = frozenset({"those", "these", "that", "this", "such", "the"})
# Oracle (gold positions, scripts/eval_relations.py): tune +1 found, +1 right of +1 relation;
# check the same. A switch, as ACTOR_OBJECTS, so the reading can be measured off.
EARLIER_SPEAKER = True


def earlier_speaker(doc: Doc, noun: Token) -> str | None:
    """Whose "those remarks" are: a noun of something said, pointed back to ("those", "the") and
    with no owner of its own, is what the speaker of the latest quotation before its sentence
    said, when that quotation has one speaker."""
    if not EARLIER_SPEAKER or noun.lemma_.lower() not in SPOKEN_STATEMENTS:
        return None
    if not any(c.dep_ in ("det", "predet") and c.lower_ in _POINTING for c in noun.children):
        return None
    start, best = noun.sent.start_char, None
    for q in doc._.quotes or []:
        span = q.span if not isinstance(q, dict) else q.get("span")
        if span and span[1] <= start and (best is None or span[1] > best[0][1]):
            speakers = list(q.speakers or []) if not isinstance(q, dict) else list(q.get("speakers") or [])
            speaker = q.speaker if not isinstance(q, dict) else q.get("speaker")
            best = (span, list(dict.fromkeys(([speaker] if speaker else []) + speakers)))
    return best[1][0] if best is not None and len(best[1]) == 1 else None


# Oracle (gold positions): see the commit that set it. A switch, so it can be measured off.
EARLIER_OWNER = True


def earlier_owner(doc: Doc, noun: Token) -> str | None:
    """Whose "the plan" is: a statement or measure pointed back to ("the plan", "this decision")
    with no owner of its own is the one the story last gave an owner, in an earlier sentence
    ("Labour unveiled its tax plan. The Tories attacked the plan.")."""
    if not EARLIER_OWNER or not any(c.dep_ in ("det", "predet") and c.lower_ in _POINTING for c in noun.children):
        return None
    owned = _owned_nouns(doc).get(noun.lemma_.lower(), [])
    at = bisect.bisect_left(owned, noun.sent.start, key=lambda pair: pair[0])
    return actor_of_token(owned[at - 1][1]) if at else None


# Nouns of a decision and the verbs that make one: "the appeals court ruled ... Pepper called
# Friday's decision a huge win" (agreement.toml [decisions]).
DECISION_NOUNS = lexicon.words("agreement", "decision_nouns")
DECIDING_VERBS = lexicon.words("agreement", "deciding_verbs")
# A switch, so the reading can be measured off (see the commit that set it).
EARLIER_DECIDER = True


def earlier_decider(doc: Doc, noun: Token) -> str | None:
    """Whose "Friday's decision" or "the ruling" is, when no actor owns it in its own words: the
    actor the story last had decide or rule ("the appeals court ruled"), in an earlier sentence."""
    if not EARLIER_DECIDER or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    deciders = doc.user_data.get(_DECIDERS)
    if deciders is None:
        deciders = []
        for tok in doc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in DECIDING_VERBS:
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                actor = actor_of_token(subj) if subj is not None else None
                if actor:
                    deciders.append((tok.i, actor))
        doc.user_data[_DECIDERS] = deciders
    at = bisect.bisect_left(deciders, noun.sent.start, key=lambda pair: pair[0])
    return deciders[at - 1][1] if at else None


_DECIDERS = "coincide_deciders"  # doc.user_data key, read once a story


def _owned_nouns(doc: Doc) -> dict[str, list[tuple[int, Token]]]:
    """Every noun with an owner (`owner_of`), by lemma, in text order: read once a story, so that
    looking back for "the plan"'s owner costs a search, not a walk over the story before it (a
    walk per pointed-back noun grew with the square of a long story)."""
    owned = doc.user_data.get(_OWNED_NOUNS)
    if owned is None:
        owned = {}
        for tok in doc:
            if tok.pos_ == "NOUN":
                of = owner_of(tok)
                if of is not None:
                    owned.setdefault(tok.lemma_.lower(), []).append((tok.i, of))
        doc.user_data[_OWNED_NOUNS] = owned
    return owned


_OWNED_NOUNS = "coincide_owned_nouns"  # doc.user_data key, as the per-story caches of doc_cache.py


def owner_of(noun: Token) -> Token | None:
    """Whose a statement or a measure is: "Y's plan", "a request from Y", "the proposal by Y"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.i > noun.i:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and actor_of_token(pobj):
                return pobj
    return None


def _governed(noun: Token, trigger: Token) -> bool:
    """The noun is what the trigger is about, not a noun inside it: "defended his criticism of a
    requirement in the president's policy" is about the criticism, not the president's policy."""
    tok = noun
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == trigger.i:
            return True
        if tok.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def _path_polarity(noun: Token, trigger: Token) -> int:
    """-1 when a verb between the stance word and its matter undoes or reduces the matter ("cut",
    "withdraw", "scrap"), +1 otherwise; two such verbs cancel."""
    pole, tok = 1, noun
    for _ in range(8):
        if tok.head.i == tok.i or tok.head.i == trigger.i:
            break
        tok = tok.head
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (MATTER_VERBS.get(lemma) == "oppose" or lemma in REDUCING_VERBS):
            pole = -pole
    return pole


def bound_to_subject(owner: Token, verb: Token) -> bool:
    """ "Santorum defended his criticism": a singular possessive pronoun in a clause whose subject is
    one named person most often means that person, whatever a resolver says; "Republicans condemned
    his remarks" (a plural subject) is someone else's."""
    if owner.lower_ not in ("his", "her"):
        return False
    subj = G.children(verb, "nsubj")
    return bool(subj) and subj[0].pos_ == "PROPN" and subj[0].tag_ == "NNP"


def owned_relations(ctx: Context, found: list[PositionFinding]) -> list[Stated]:
    """ "X attacked Y's remarks", "X backed Y's plan": a position on a statement or measure that
    another actor owns (a possessive) relates the two; the owner stands by what is theirs, so
    support is coincide and opposition diverge."""
    out: list[Stated] = []
    doc = ctx.doc
    for f in found:
        if f.stance not in ("support", "oppose"):
            continue
        span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
        if span is None:
            continue
        trigger = next((t for t in span if t.idx == f.trigger), None)
        judged = _judged_object(trigger)
        judged_i = judged.i if judged is not None else -1
        for tok in span:
            if (tok.idx < f.trigger and tok.i != judged_i) or tok.lemma_.lower() not in OWNED_STATEMENTS:
                continue
            of = owner_of(tok)
            # the statement is the trigger itself when an evaluation is worded at it
            if trigger is None or not (tok.i == trigger.i or tok.i == judged_i or _governed(tok, trigger)):
                continue
            if of is not None:
                owner = None if bound_to_subject(of, trigger) else actor_of_token(of)
                if owner is None and of.pos_ != "PRON":  # "Friday's decision", "the court's ruling"
                    owner = earlier_decider(doc, tok)
            else:
                owner = earlier_speaker(doc, tok) or earlier_owner(doc, tok) or earlier_decider(doc, tok)
            if owner is None:
                continue
            # "committed to cutting Labour's spending plans": support for undoing the plans opposes them
            pole = (1 if f.stance == "support" else -1) * _path_polarity(tok, trigger)
            rel = COINCIDE if pole > 0 else DIVERGE
            for h in f.holders:
                if not unrelated(ctx, h, owner, rel):
                    out.append(([h, owner], rel, f.issue, f.span))
    return out


def findings_of_positions(doc: Doc, found: list[PositionFinding]) -> list[PositionFinding]:
    """Findings for the story's positions that no finding stands for (positions another component
    added to doc._.positions, such as a trained stance classifier's, with a sentence as span and a
    noun phrase as issue). The trigger is the word that governs the issue's head in the span, so
    the matter, its owner and owned statements read as they do for a rule finding."""
    out = []
    # each holder's finding spans: a position asks its own holder's, not every finding of the story
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for f in found:
        for h in f.holders:
            spans_of.setdefault(h, []).append(f.span)
    for p in doc._.positions or []:
        if p.stance not in ("support", "oppose") or not p.issue or not p.span:
            continue
        if any(start < p.span[1] and p.span[0] < end for start, end in spans_of.get(p.holder, ())):
            continue
        span = doc.char_span(p.span[0], p.span[1], alignment_mode="expand")
        if span is None:
            continue
        words = [w for w in p.issue.lower().split() if w]
        cut = next((i for i, w in enumerate(words) if i and w in PREP_KEEP), len(words))
        last = words[cut - 1] if words else ""
        heads = [t for t in span if t.pos_ in ("NOUN", "PROPN") and last in (t.lemma_.lower(), t.lower_)]
        if not heads:
            continue
        # the subject of its clause is what the clause says something of ("those remarks are well
        # over the line"): an evaluation worded at it, so the noun is its own trigger, as a rule
        # finding's "his disgraceful remarks"
        subject = heads[0].dep_ in ("nsubj", "nsubjpass")
        trigger = heads[0].head if not subject and heads[0].head != heads[0] and heads[0].head.i >= span.start else heads[0]
        out.append(PositionFinding((p.holder,), p.stance, p.issue, f"+{p.issue}", tuple(p.span), False,
                                   p.quote, trigger.idx))
    return out


def find_relations(doc: Doc, all_positions: bool = False) -> list[Relation]:
    found = list(doc._.position_findings or [])
    if all_positions:
        found += findings_of_positions(doc, found)
    return find_relations_from(doc, Context(doc), found)


def find_relations_from(doc: Doc, ctx: Context, found: list[PositionFinding]) -> list[Relation]:
    """Every relation of the story given these findings: stated in the text, on owned statements
    and inferred. scripts/eval_relations.py --oracle calls it with the gold positions placed in the
    story, so the oracle measures the component's own logic, stated rules included."""
    order = {a.id: i for i, a in enumerate(doc._.actors or [])}

    def ordered(ids: list[str]) -> list[str]:
        return sorted(dict.fromkeys(ids), key=lambda a: (order.get(a, len(order)), a))

    out: list[Relation] = []
    seen: set[tuple] = set()

    def add(pair: list[str], rel: str, issue: str, basis: str, span, evidence) -> None:
        pair = ordered(pair)
        if len(pair) != 2 or unrelated(ctx, pair[0], pair[1], rel):
            return
        sig = (tuple(sorted(side_of(ctx, a) for a in pair)), issue, rel)
        if sig in seen:
            return
        seen.add(sig)
        out.append(Relation(actors=pair, relation=rel, issue=issue, basis=basis, span=span, evidence=evidence))

    for parties, rel, issue, span in stated_relations(doc, ctx, found):
        for a, b in combinations(ordered(parties), 2):
            add([a, b], rel, issue, "stated", span, [span])
    for pair, rel, issue, span in owned_relations(ctx, found):
        add(pair, rel, issue, "stated", span, [span])
    for pair, rel, issue, spans in inferred_relations(ctx, found):
        # the span is where the first of the two positions is stated; both are the evidence
        add(pair, rel, issue, "inferred", spans[0], spans)
    return out


@Language.factory(
    "coincide_relations",
    requires=["doc._.position_findings"],
    assigns=["doc._.relations"],
    default_config={"all_positions": False},
)
def make_relations(nlp, name, all_positions):  # no annotations: spaCy validates them
    return RelationsComponent(all_positions=bool(all_positions))


class RelationsComponent:
    def __init__(self, all_positions: bool = False):
        # also relate the positions no finding stands for (findings_of_positions); off until the
        # positions that need it are measured here (coincide.toml [components.coincide_relations])
        self.all_positions = all_positions

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = find_relations(doc, self.all_positions)
        return doc
