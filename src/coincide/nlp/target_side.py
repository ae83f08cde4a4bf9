"""The side a holder's words take, composed along the parse from the holder's verb to the matter
(issue 13, round 9): a side relative to the target, not the tone of the words.

The tone of "vowed to fight discrimination" is negative (fight, discrimination) and its side is
for the act; "wants to cut benefits" has a good word in it and is against what it takes. The side
is the product of the words on the path from the clause's verb down to the judged object:

* the object's own valence (lexicon/valence.toml, VADER; lexicon/evaluation.toml's nouns), or
  that of an evaluative adjective on it ("the unfair tax");
* the verb that takes it: a verb of undoing, stopping or fighting (lexicon/stance.toml
  [reversing], and the [enacted] verbs of undoing) turns the side on the object into the other
  side on the act: undoing a bad thing is for the act;
* the attitude verbs above it (lexicon/stance.toml [verbs]: "wants to", "refused to"), composed as
  the rules compose chains (coincide.nlp.stance.compose), a negation as the rules read it
  (coincide.nlp.stance.negated); a hedge, a condition, a question or a negated verb of another kind
  on the path leaves no side.

The side is that of the act as worded (the proposition), as the rules give it ("has the intention
to scrap the tax" is support for scrapping it). This module only reads. coincide.nlp.stance_model
uses `composed_sides` (an act of undoing on a judged object) as the lexicons' reading of a
candidate before the tone, in the classifier's gate; `composed_reading` (every innermost side word
read down the path) is a target-aware feature (`tgt_comp_`) for a model trained with it: out of
fold on the tuning half neither it as a gate nor as a feature beat the tone (docs/positions-model.md,
round 9).
"""

from __future__ import annotations

from spacy.tokens import Token

from . import grammar as G
from . import lexicon
from . import stance as S

# Verbs whose object's side is the other way from the act's: [reversing] and the undoing verbs
# of [enacted] (repeal, scrap, abolish, ...).
REVERSING = lexicon.words("stance", "reversing") | frozenset(
    lemma for lemma, (pol, _frames) in S.ENACTED.items() if pol == S.OPPOSE
)


def _verb_key(verb: Token) -> str:
    """The verb as the word lists write it: with its particle where it has one ("sort out")."""
    prt = G.children(verb, "prt")
    return f"{G.lemma(verb)} {prt[0].lower_}" if prt else G.lemma(verb)


def reverses(verb: Token) -> bool:
    return verb.pos_ == "VERB" and (_verb_key(verb) in REVERSING or G.lemma(verb) in REVERSING)


def _reverses_below(tok: Token, below: Token) -> bool:
    """Whether `tok` undoes what `below` stands for: a verb of undoing and its object ("scrap the
    tax"), or its noun and the noun's prepositional object ("an end to the violence", "a ban on")."""
    if reverses(tok):
        return below.dep_ in ("dobj", "attr")
    return tok.pos_ == "NOUN" and G.lemma(tok) in REVERSING and below.dep_ == "prep"


# Links along which an attitude verb takes what is below it as its matter; a conjunct is a second
# verb of the same subject, not the first one's matter ("did not welcome it and will not back it").
_MATTER_DEPS = frozenset("xcomp ccomp dobj attr prep pobj pcomp acomp oprd advcl".split())


def judged(noun: Token) -> str | None:
    """Which way a noun phrase is judged by its own words: its head noun's valence or evaluation
    ("fraud", "discrimination"), else an evaluative adjective on it ("the unfair tax")."""
    head = G.noun_lemma(noun)
    side = S.EVALUATIVE_NOUNS.get(head) or S.VALENCE.get(noun.lower_) or S.VALENCE.get(head)
    if side:
        return side
    for mod in G.children(noun, "amod"):
        side = S.EVALUATIVE_ADJECTIVES.get(mod.lower_) or S.VALENCE.get(mod.lower_)
        if side:
            return side
    return None


def _top_in(verb: Token, scope_ids: set[int]) -> Token:
    """The highest word above `verb` still in the holder's words: the verb the holder speaks with
    when the candidate names none (a quotation's sentence)."""
    top = verb
    while top.head.i != top.i and top.head.i in scope_ids:
        top = top.head
    return top


def composed_sides(scope: list[Token], top: Token | None = None) -> list[tuple[str, Token]]:
    """(side, object) for each verb of undoing, stopping or fighting in `scope` (the holder's words)
    that takes a judged object: the side the holder takes on that act, composed from `top` (the
    holder's verb; by default the highest of the holder's words above the verb) down to it."""
    scope_ids = {t.i for t in scope}
    out = []
    for verb in scope:
        if not reverses(verb):
            continue
        obj = G.direct_object(verb)
        if obj is None:
            continue
        valence = judged(obj)
        path = G.path_down(top if top is not None else _top_in(verb, scope_ids), obj)
        if valence not in (S.SUPPORT, S.OPPOSE) or path is None:
            continue
        side = _side_up(path, valence)
        if side is not None:
            out.append((side, obj))
    return out


def _side_up(path: list[Token], inner: str) -> str | None:
    """The side of a word (path[-1]) read from its holder's verb (path[0]): each verb of undoing
    whose object the word is in turns it, each attitude verb composes with it (stance.compose), a
    hedge, condition, question or other negation on the way leaves none."""
    side: str | None = inner
    for k in range(len(path) - 2, -1, -1):
        tok, below = path[k], path[k + 1]
        verb = tok.pos_ in ("VERB", "AUX") and below.dep_ != "conj"
        if verb and (G.hedged(tok) or G.conditional(tok) or G.question(tok)):
            return None
        if _reverses_below(tok, below):
            if G.is_negated(tok):
                return None  # "did not stop the abuse": a non-event, no side
            side = S.flip(side)
            continue
        if not verb:
            continue
        lemma = G.lemma(tok)
        if lemma in S.VERBS and below.dep_ in _MATTER_DEPS:
            pol = S.VERBS[lemma][0]
            if G.is_negated(tok):
                pol = S.negated(pol, lemma, G.committed(tok))
            if pol not in (S.SUPPORT, S.OPPOSE):
                return None
            side = S.compose(pol, side)
        elif G.is_negated(tok):
            return None
        if side is None:
            return None
    return side


def composed_reading(scope: list[Token], polarity, top: Token | None = None) -> list[tuple[str, Token]]:
    """(side, word) for each innermost word of `scope` that takes a side by `polarity` (a function
    Token -> "support" | "oppose" | None: the lexicons' reading of one word), read from the
    holder's verb down to it (_side_up): "wants to cut benefits" is against (benefits good, cut
    turns it, want keeps it), "refused to back the plan" against. A side word with another below it
    in the holder's words only carries that one ("wants" in "wants to cut benefits"); a word not
    under the holder's verb is no part of what the holder takes a side on."""
    scope_ids = {t.i for t in scope}
    sided = {t.i: pol for t in scope if (pol := polarity(t)) in (S.SUPPORT, S.OPPOSE)}
    out = []
    def carries(t: Token) -> bool:
        """A side word below t, other than through a conjunct: t is then a carrier, not a side."""
        return any(d.i in sided and d.i in scope_ids for ch in t.children if ch.dep_ != "conj" for d in ch.subtree)

    for t in scope:
        if t.i not in sided or carries(t):
            continue
        inner: str | None = sided[t.i]
        if G.is_negated(t):
            inner = S.negated(inner, G.lemma(t), G.committed(t)) if t.pos_ == "VERB" else S.flip(inner)
        if inner not in (S.SUPPORT, S.OPPOSE):
            continue
        path = G.path_down(top if top is not None else _top_in(t, scope_ids), t)
        side = _side_up(path, inner) if path is not None else None
        if side is not None:
            out.append((side, t))
    return out
