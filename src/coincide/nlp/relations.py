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

from itertools import combinations

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import grammar as G
from . import lexicon
from .holders import FIRST_PERSON, THEY, Context, holders_of, quantified_plural, reporting_subject, resolved
from .issues import noun_label, verb_label
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


def _predicate_of_positions(tok: Token, ctx: Context, found: list[PositionFinding]) -> list[Stated] | None:
    """ "our opinions do not coincide", "their positions differ": a verb of agreement over position
    nouns, negation flipping it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in AGREEMENT_VERBS:
        return None
    subj = G.children(tok, "nsubj")
    if not subj or subj[0].lemma_.lower() not in POSITION_NOUNS:
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
    if not subj:
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


# The rules of stated relations, in order: the first that applies to a word (returns a list, maybe
# empty, rather than None) is its reading.
STATED_RULES = (_predicate_of_positions, _compared_positions, _division_between, _agreeing)


# Every stated rule starts at one of these lemmas: other words are passed over at once.
STATED_LEMMAS = frozenset(AGREEMENT_VERBS) | POSITION_NOUNS | DIVISION_NOUNS | AGREEMENT_NOUNS | {"agree", "disagree"}


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


def inferred_relations(ctx: Context, found: list[PositionFinding]) -> list[tuple[list[str], str, str, list[tuple[int, int]]]]:
    out = []
    per_holder = []
    for f in found:
        if f.stance not in ("support", "oppose"):
            continue
        for h in f.holders:
            per_holder.append((h, f))
    for (h1, f1), (h2, f2) in combinations(per_holder, 2):
        if h1 == h2 or f1.key != f2.key:
            continue
        if ctx.party_key(h1) == ctx.party_key(h2):
            continue
        rel = COINCIDE if f1.stance == f2.stance else DIVERGE
        out.append(([h1, h2], rel, f1.issue, [f1.span, f2.span]))
    return out


def find_relations(doc: Doc) -> list[Relation]:
    ctx = Context(doc)
    found = list(doc._.position_findings or [])
    order = {a.id: i for i, a in enumerate(doc._.actors or [])}

    def ordered(ids: list[str]) -> list[str]:
        return sorted(dict.fromkeys(ids), key=lambda a: (order.get(a, len(order)), a))

    out: list[Relation] = []
    seen: set[tuple] = set()

    def add(pair: list[str], rel: str, issue: str, basis: str, span, evidence) -> None:
        pair = ordered(pair)
        if len(pair) != 2:
            return
        sig = (tuple(sorted(ctx.party_key(a) for a in pair)), issue, rel)
        if sig in seen:
            return
        seen.add(sig)
        out.append(Relation(actors=pair, relation=rel, issue=issue, basis=basis, span=span, evidence=evidence))

    for parties, rel, issue, span in stated_relations(doc, ctx, found):
        for a, b in combinations(ordered(parties), 2):
            add([a, b], rel, issue, "stated", span, [span])
    for pair, rel, issue, spans in inferred_relations(ctx, found):
        add(pair, rel, issue, "inferred", None, spans)
    return out


@Language.factory(
    "coincide_relations",
    requires=["doc._.position_findings"],
    assigns=["doc._.relations"],
)
def make_relations(nlp, name):  # no annotations: spaCy validates them
    return RelationsComponent()


class RelationsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = find_relations(doc)
        return doc
