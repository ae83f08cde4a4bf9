"""A trained stance classifier: positions the stance rules (coincide.nlp.positions) do not find.

The rules read a position at a stance word in one of its frames; most positions in news are given
without one ("X said the tax was a con", a turn of a quotation, an evaluation of a plan). The
classifier reads each sentence once per candidate holder and says support, oppose or nothing:

* Candidates (at most MAX_PER_SENTENCE a sentence, best role first): the speaker of a quotation
  the sentence stands in, the subject of a verb of saying in it, the subject of a stance word, the
  subject of its main verb. Each is an actor id (coincide.nlp.holders resolves pronouns, "we" in
  a quotation and relative pronouns through the coreference chains).
* Features that generalise beyond the stories it was trained on: the holder's role and kind,
  valence of the words in the holder's clause (lexicon/valence.toml, VADER), stance and evaluation
  words (lexicon/stance.toml, lexicon/evaluation.toml) with their polarity and negation, CAMEO
  verb classes of the clause's verbs (coincide.nlp.cameo, the Phoenix verb dictionary), negation,
  modality, condition and question (coincide.nlp.grammar); what the story says of the holder
  (how often named and quoted, the rules' positions it holds); and the content words of the
  holder's clause, but only words of at least five tuning stories (a word of one story says
  nothing of the next).
* A multinomial logistic regression (none / support / oppose) whose weights ship as
  lexicon/stance-model.json, made by scripts/train_stance_model.py (trained on the tuning half
  of eval/positions only; the file says what it was trained on and with which settings).

It is on by default ([components.coincide_positions] stance_model): a side is given only where
the lexicons read the holder's words the same way (the file's gate, chosen by cross-validation on
the tuning half), which keeps wrong sides under 5% on both halves (docs/positions-model.md). The
lexicons' reading is the side composed along the parse where an act of undoing takes a judged
object ("vowed to fight terrorism": for the act; coincide.nlp.target_side), else the tone of the
words (reading_sign).

A position is given when support or oppose has probability at least the file's threshold; its
span is the sentence it was read in (the classifier reads the whole sentence, so that is the
honest extent), its issue the object of the holder's clause. The rules come first: a candidate
whose holder already has a rule position in the sentence gives nothing.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
from dataclasses import dataclass, field
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..errors import ConfigError
from ..records import Position
from . import grammar as G
from . import holders as H
from . import lexicon
from . import stance as S
from . import target_side as T
from .doc_cache import doc_text
from .issues import noun_label, verb_label
from .mentions import mentions, mentions_in

MODEL_FILE = "stance-model.json"
# five, not three (issuer6p): a speaker reporting what a list of actors did ("X said A, B and C have
# announced ...") needs four; out of fold on the tuning half 0.437 -> 0.441 (none needs more)
MAX_PER_SENTENCE = 5
CLASSES = ("none", "support", "oppose")

SAYING = lexicon.words("speech") | lexicon.words("belief")
EVALUATION_ADJ = S.EVALUATIVE_ADJECTIVES
EVALUATION_NOUN = S.EVALUATIVE_NOUNS
# The four CAMEO quad classes (verbal/material cooperation/conflict) and the three verbal codes
# that are themselves stances: 10 demand, 11 disapprove, 12 reject (CAMEO manual, ch. 2).
_CAMEO_GROUPS = {"01": "vcoop", "02": "appeal", "03": "vcoop", "04": "vcoop", "05": "vcoop",
                 "06": "mcoop", "07": "mcoop", "08": "mcoop", "09": "vconf", "10": "demand",
                 "11": "disapprove", "12": "reject", "13": "vconf"}
ROLES = ("quote_direct", "quote_other", "report", "stance", "main", "mention", "continuation")
# The roles a model file made before `continuation` existed reads (a file lists its own roles).
DEFAULT_ROLES = ROLES[:6]
# Roles whose holder is the sentence's speaker: the one a following unattributed sentence continues.
_SPEAKING = ("quote_direct", "quote_other", "report")
# Where a named actor is what the sentence is about rather than who speaks in it.
_TARGET_DEPS = frozenset("dobj dative pobj poss attr oprd".split())
KINDS = ("person", "organization", "country", "group")


@dataclass
class Candidate:
    """One (holder, sentence) pair the classifier reads."""

    holder: str
    sent: Span
    role: str
    verb: Token | None  # the verb whose subject the holder is (None for a quotation's speaker)
    quote: int | None
    scope: list[Token] = field(default_factory=list)  # the words that are the holder's
    features: dict[str, float] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# candidates


def _quote_overlap(ctx: H.Context, sent: Span) -> list[tuple[int, list[Token]]]:
    """Quotations that hold words of the sentence, with those words."""
    out = []
    for qi in ctx.quotes_overlapping(sent.start_char, sent.end_char):
        q = ctx.quotes[qi]
        span = q.span if not isinstance(q, dict) else q.get("span")
        toks = [t for t in sent if span[0] <= t.idx < span[1] and not t.is_punct and not t.is_space]
        if len(toks) >= 3:
            out.append((qi, toks))
    return out


def _clause(verb: Token, subj: Token | None) -> list[Token]:
    """A verb's words without its subject: what the subject says, wants or does."""
    skip = {t.i for t in subj.subtree} if subj is not None else set()
    return [t for t in verb.subtree if t.i not in skip and not t.is_punct and not t.is_space]


def _named_as_target(head: Token) -> bool:
    """Whether a mention's head word is what the sentence is about (an object, an owner, a
    predicate), not who acts: the agent of a passive is the doer ("charter schools, promoted by
    Donald Trump and the administration": Trump promotes them, as the administration does)."""
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return False
    return head.dep_ in _TARGET_DEPS


def candidates(doc: Doc, rule_positions: list[Position], ctx: H.Context | None = None,
               targets: bool = True, composed: bool = True) -> list[Candidate]:
    """Every sentence's candidate holders, ranked by role, at most MAX_PER_SENTENCE a sentence.
    `targets=False` leaves out the target-link features (for a model that reads none of them);
    `composed=False` leaves out only their `tgt_comp_` family (a parse walk per candidate)."""
    ctx = ctx or H.Context(doc)
    out: list[Candidate] = []
    prev_speakers: list[tuple[str, int | None]] = []
    for sent in ctx.sents:
        found: dict[str, Candidate] = {}

        def add(holder: str, role: str, verb, qi, scope) -> None:
            if holder in found or not scope:
                return
            found[holder] = Candidate(holder, sent, role, verb, qi, scope)

        for qi, toks in _quote_overlap(ctx, sent):
            q = ctx.quotes[qi]
            role = "quote_direct" if getattr(q, "kind", None) == "direct" else "quote_other"
            for holder in ctx.speakers(qi):
                add(holder, role, None, qi, toks)
        for holder in ctx.signers(sent.start_char):
            # a letter or post signed after its text is its signer's own words, as a quotation is
            add(holder, "quote_direct", None, None, [t for t in sent if not t.is_punct and not t.is_space])
        ranked = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ in ("NOUN", "ADJ") and (lemma in S.NOUNS or tok.lower_ in S.ADJECTIVES)):
                continue
            if tok.pos_ in ("VERB", "AUX") and lemma in SAYING:
                role = "report"
            elif lemma in S.VERBS or lemma in S.ENACTED or lemma in S.NOUNS or tok.lower_ in S.ADJECTIVES:
                role = "stance"
            elif tok.dep_ == "ROOT":
                role = "main"
            else:
                continue
            subj, passive = G.subject(tok)
            if subj is None and tok.dep_ in ("acl", "relcl"):
                # a reduced passive relative names its agent: "the law, signed by Pence",
                # "plans, backed by the UK, to lift the embargo"
                subj = G.agent(tok)
            if subj is None:
                continue
            ranked.append((ROLES.index(role), tok.i, tok, subj, role))
        for _, _, tok, subj, role in sorted(ranked, key=lambda r: (r[0], r[1])):
            holders, _ = H.holders_of(ctx, subj)
            for holder in holders:
                add(holder, role, tok, ctx.quote_at(tok.idx), _clause(tok, subj))
        for m in mentions_in(doc, sent.start_char, sent.end_char):
            # an actor the sentence is about: named in it, not only as a topic or place ("on Syria")
            toks = [t for t in sent if m.start <= t.idx < m.end]
            if not toks or any(t.dep_ == "pobj" and t.head.lower_ in H.TOPIC_PREPS for t in toks):
                continue
            head = min(toks, key=lambda t: len(list(t.ancestors)))
            if _named_as_target(head):
                continue  # "Republicans criticized Mr. Braley": the object is a target, not a holder
            qi = ctx.quote_at(m.start)
            if qi is not None and m.actor not in ctx.speakers(qi):
                continue  # named inside somebody else's quotation
            for holder in H.group_members(ctx, m.actor) or [m.actor]:
                add(holder, "mention", None, ctx.quote_at(m.start),
                    [t for t in sent if not t.is_punct and not t.is_space and not m.start <= t.idx < m.end])
        if not any(c.role in _SPEAKING for c in found.values()):
            # a sentence with no speaker of its own after one with a speaker goes on with that
            # speaker's turn ("He said the plan was unfair. It would cost jobs."): the speaker is a
            # candidate for it, read over the whole sentence
            words = [t for t in sent if not t.is_punct and not t.is_space]
            for holder, qi in prev_speakers:
                add(holder, "continuation", None, qi, words)
        ordered = sorted(found.values(), key=lambda c: ROLES.index(c.role))
        out += ordered[:MAX_PER_SENTENCE]
        # only a speaker of this very sentence is continued by the next one: a chain of
        # unattributed sentences does not carry a speaker further
        prev_speakers = [(c.holder, c.quote) for c in ordered if c.role in _SPEAKING][:1]
    story = _story_features(doc, ctx, rule_positions)
    for i, c in enumerate(out):
        c.features = features(doc, ctx, c, targets, composed) | story.get(c.holder, {})
        if ctx.sent_index.get(c.sent.start, 99) < 2:
            c.features["lead"] = 1.0
    return out


def _story_features(doc: Doc, ctx: H.Context, rule_positions: list[Position]) -> dict[str, dict[str, float]]:
    """What the whole story says of each holder: how often it is named and quoted, and the rules'
    positions it holds elsewhere (a speaker with stated sides is likelier to take one again)."""
    out: dict[str, dict[str, float]] = {}

    def bump(holder: str, name: str) -> None:
        f = out.setdefault(holder, {})
        f[name] = f.get(name, 0.0) + 1.0

    for m in mentions(doc):
        bump(m.actor, "holder_mentions")
    for qi in range(len(ctx.quotes)):
        for h in ctx.speakers(qi):
            bump(h, "holder_quotes")
    for p in rule_positions:
        bump(p.holder, f"holder_rule_{p.stance}")
    return {h: {k: math.log1p(v) for k, v in f.items()} for h, f in out.items()}


# ---------------------------------------------------------------------------------------------
# features


def _cameo_group(tok: Token) -> str | None:
    from .cameo import match_verb

    m = match_verb(tok)
    if m is None or not m.code:
        return None
    return _CAMEO_GROUPS.get(str(m.code)[:2], "mconf")


def _negated_here(tok: Token) -> bool:
    """The word or the verb that carries it is negated ("not a good idea", "did not welcome")."""
    if G.is_negated(tok):
        return True
    head = tok.head
    return head != tok and tok.dep_ in ("acomp", "attr", "dobj", "amod", "oprd") and G.is_negated(head)


def _polarity(t: Token) -> str | None:
    """The side a word of the lexicons takes (valence, evaluation, stance verbs, nouns and
    adjectives, enacted stances), or None."""
    low, lemma = t.lower_, t.lemma_.lower()
    if t.pos_ == "VERB" and lemma in S.VERBS:
        return S.VERBS[lemma][0]
    if t.pos_ == "VERB" and lemma in S.ENACTED:
        return S.ENACTED[lemma][0]
    if t.pos_ == "NOUN" and lemma in S.NOUNS:
        return S.NOUNS[lemma][0]
    ev = (EVALUATION_ADJ.get(low) if t.pos_ == "ADJ" else None) or (EVALUATION_NOUN.get(lemma) if t.pos_ == "NOUN" else None)
    if ev:
        return ev
    if low in S.ADJECTIVES and t.pos_ in ("ADJ", "ADP"):
        return S.ADJECTIVES[low][0]
    return S.VALENCE.get(low) or S.VALENCE.get(lemma)


_NOMINAL = ("NOUN", "PROPN")
_SUBJECTS = ("nsubj", "nsubjpass")


def _target_link(t: Token) -> str:
    """How a stance-bearing word stands to a noun phrase (the likely target) in the parse:
    'mod' it modifies one ("a bad law"), 'pred' it is predicated of one's subject ("the plan is
    unworkable"), 'verb' it is a verb with a nominal object ("backs the plan"), 'obj' it is itself
    the object of a verb ("fight discrimination"), 'free' none of these (the tone of the clause)."""
    if t.dep_ in ("amod", "compound") and t.head.pos_ in _NOMINAL:
        return "mod"
    if t.dep_ in ("acomp", "attr", "oprd") and any(ch.dep_ in _SUBJECTS and ch.pos_ in _NOMINAL for ch in t.head.children):
        return "pred"
    if t.pos_ == "VERB" and any(ch.dep_ in ("dobj", "attr") and ch.pos_ in _NOMINAL for ch in t.children):
        return "verb"
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj") and t.head.pos_ in ("VERB", "ADP"):
        return "obj"
    return "free"


def target_features(c: Candidate, composed: bool = True) -> dict[str, float]:
    """Target-aware counts: each lexicon word of the holder's words by side (a negated word taking
    the other side) and by its link to a noun phrase (_target_link); and, for a verb of a side
    with an object of a side, both sides ("opposes the cuts": oppose x oppose), since the side on
    the target is then the verb's, not the sum of the tones."""
    counts: dict[str, float] = {}
    flip = {"support": "oppose", "oppose": "support"}
    for t in c.scope:
        pol = _polarity(t)
        if pol not in flip:
            continue
        if _negated_here(t):
            pol = flip[pol]
        name = f"tgt_{_target_link(t)}_{pol}"
        counts[name] = counts.get(name, 0.0) + 1.0
        if t.pos_ == "VERB":
            for ch in t.children:
                if ch.dep_ == "dobj" and ch.pos_ == "NOUN":
                    opol = S.VALENCE.get(ch.lower_) or S.VALENCE.get(ch.lemma_.lower())
                    if opol in flip:
                        key = f"tgt_vo_{pol}_{opol}"
                        counts[key] = counts.get(key, 0.0) + 1.0
    # the side of every innermost side word read down the path from the holder's verb (round 9:
    # out of fold no better than the tone; docs/positions-model.md), for a model trained with it:
    # the walk is skipped when the weights name none of the family (`composed=False`)
    if composed:
        for side, _word in T.composed_reading(c.scope, _polarity, _holder_verb(c)):
            counts[f"tgt_comp_{side}"] = counts.get(f"tgt_comp_{side}", 0.0) + 1.0
    return {k: math.log1p(v) for k, v in counts.items()}


def features(doc: Doc, ctx: H.Context, c: Candidate, targets: bool = True, composed: bool = True) -> dict[str, float]:
    f: dict[str, float] = {"bias": 1.0, f"role={c.role}": 1.0}
    actor = ctx.actor(c.holder)
    kind = getattr(actor, "kind", None) or "other"
    f[f"kind={kind if kind in KINDS else 'other'}"] = 1.0
    counts: dict[str, float] = {}

    def bump(name: str, by: float = 1.0) -> None:
        counts[name] = counts.get(name, 0.0) + by

    for t in c.scope:
        low, lemma = t.lower_, t.lemma_.lower()
        neg = "neg_" if _negated_here(t) else ""
        val = S.VALENCE.get(low) or S.VALENCE.get(lemma)
        if val:
            bump(f"{neg}valence_{val}")
        ev = (EVALUATION_ADJ.get(low) if t.pos_ == "ADJ" else None) or (EVALUATION_NOUN.get(lemma) if t.pos_ == "NOUN" else None)
        if ev:
            bump(f"{neg}eval_{ev}")
        if t.pos_ == "VERB" and lemma in S.VERBS:
            bump(f"{neg}stance_verb_{S.VERBS[lemma][0]}")
        elif t.pos_ == "VERB" and lemma in S.ENACTED:
            bump(f"{neg}enacted_{S.ENACTED[lemma][0]}")
        elif t.pos_ == "NOUN" and lemma in S.NOUNS:
            bump(f"stance_noun_{S.NOUNS[lemma][0]}")
        elif low in S.ADJECTIVES and t.pos_ in ("ADJ", "ADP"):
            bump(f"{neg}stance_adj_{S.ADJECTIVES[low][0]}")
        if t.pos_ == "NOUN" and lemma in S.POLICY_NOUNS:
            bump("policy_noun")
        if t.pos_ == "VERB":
            group = _cameo_group(t)
            if group:
                bump(f"{neg}cameo_{group}")
            if G.hedged(t):
                bump("hedged")
            if G.conditional(t):
                bump("conditional")
            if G.aux_words(t) & G.DEONTIC:
                bump(f"{neg}deontic")
            if G.aux_words(t) & {"will", "'ll", "wo", "shall"}:
                bump("will")
        if t.dep_ == "neg":
            bump("negation")
        if low in ("i", "we", "us", "our") and c.quote is not None:
            bump("first_person")
    scope = {t.i for t in c.scope}
    for t in c.sent:
        if t.i not in scope:
            val = S.VALENCE.get(t.lower_) or S.VALENCE.get(t.lemma_.lower())
            if val:
                bump(f"rest_valence_{val}")
    others = {m.actor for m in mentions_in(doc, c.sent.start_char, c.sent.end_char)} - {c.holder}
    if others:
        bump("other_actors", len(others))
    for name, n in counts.items():
        f[name] = math.log1p(n)
    for t in c.scope:
        # content words of the holder's clause; the trainer keeps only those of several stories
        if t.pos_ in ("VERB", "ADJ", "NOUN", "ADV") and t.is_alpha:
            f[f"w={t.lemma_.lower()}"] = 1.0
    sent_text = c.sent.text.strip()
    if sent_text.endswith("?") or sent_text.endswith('?"') or sent_text.endswith("?\u201d"):
        f["question"] = 1.0
    if c.verb is not None:
        if G.is_negated(c.verb):
            f["verb_negated"] = 1.0
        if G.hedged(c.verb):
            f["verb_hedged"] = 1.0
        if G.conditional(c.verb) or G.question(c.verb):
            f["verb_conditional"] = 1.0
        if c.verb.dep_ == "ROOT":
            f["verb_is_root"] = 1.0
    if c.quote is not None:
        f["in_quote"] = 1.0
    f["scope_len"] = math.log1p(len(c.scope)) / 4.0
    if targets:
        f.update(target_features(c, composed))
    f.update(path_features(c))
    return f


def path_features(c: Candidate) -> dict[str, float]:
    """The sides composed along the parse from the holder's verb to an act of undoing on a judged
    object (coincide.nlp.target_side: "vowed to fight terrorism" is for the act though its words
    are negative): `path_support`, `path_oppose` (log counts). The gate reads them before the tone
    (reading_sign)."""
    counts: dict[str, float] = {}
    for side, _obj in T.composed_sides(c.scope, _holder_verb(c)):
        counts[f"path_{side}"] = counts.get(f"path_{side}", 0.0) + 1.0
    return {k: math.log1p(v) for k, v in counts.items()}


def _holder_verb(c: Candidate) -> Token | None:
    """The verb the holder is the subject of, when it is among the holder's words."""
    return c.verb if c.verb is not None and any(t.i == c.verb.i for t in c.scope) else None


# ---------------------------------------------------------------------------------------------
# the model


# The lexicons' reading of the holder's words, by side: a feature counts for the side its words
# take, and a negated word counts for the other side ("did not welcome"). CAMEO 11 disapprove and
# 12 reject are themselves opposition.
_SIGN_SUPPORT = ("valence_support", "eval_support", "stance_verb_support", "enacted_support",
                 "stance_adj_support", "stance_noun_support", "neg_valence_oppose", "neg_eval_oppose",
                 "neg_stance_verb_oppose", "neg_enacted_oppose", "neg_stance_adj_oppose")
_SIGN_OPPOSE = ("valence_oppose", "eval_oppose", "stance_verb_oppose", "enacted_oppose",
                "stance_adj_oppose", "stance_noun_oppose", "cameo_disapprove", "cameo_reject",
                "neg_valence_support", "neg_eval_support", "neg_stance_verb_support",
                "neg_enacted_support", "neg_stance_adj_support")
GATES = ("none", "not_contrary", "agree")


def lexicon_sign(feats: dict[str, float]) -> int:
    """+1 when the lexicon words of the holder's scope lean to support, -1 to oppose, 0 neither."""
    score = sum(feats.get(k, 0.0) for k in _SIGN_SUPPORT) - sum(feats.get(k, 0.0) for k in _SIGN_OPPOSE)
    return (score > 1e-9) - (score < -1e-9)


def reading_sign(feats: dict[str, float]) -> int:
    """The side the holder's words take by the lexicons: the side composed along the parse where
    one is (path_features: relative to the target), else the tone (lexicon_sign)."""
    path = feats.get("path_support", 0.0) - feats.get("path_oppose", 0.0)
    if abs(path) > 1e-9:
        return 1 if path > 0 else -1
    return lexicon_sign(feats)


def gate_allows(gate: str, side: str, feats: dict[str, float]) -> bool:
    """Whether a side the model gives passes the lexicon gate. The classifier's wrong sides come
    where the tone of the words and the side differ (the side depends on the target), so
    'not_contrary' drops a side the lexicons read the other way and 'agree' keeps only a side the
    lexicons read the same way."""
    if gate == "none" or side == "none":
        return True
    sign = reading_sign(feats)
    want = 1 if side == "support" else -1
    return sign == want if gate == "agree" else sign != -want


@dataclass(frozen=True)
class Model:
    names: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per class of CLASSES
    threshold: float
    margin: float  # how much likelier the side given must be than the other side
    meta: dict
    gate: str = "none"  # GATES: whether the side must agree with the lexicons' reading
    roles: tuple[str, ...] = DEFAULT_ROLES  # the candidate roles the model was trained on
    # a threshold per role where the trainer calibrated one (else `threshold`), as (role, value)
    role_thresholds: tuple[tuple[str, float], ...] = ()

    @functools.cached_property
    def reads_targets(self) -> bool:
        return any(n.startswith("tgt_") for n in self.names)

    @functools.cached_property
    def reads_composed(self) -> bool:
        """Whether the weights name a `tgt_comp_` feature: only then is its parse walk worth making
        (as event_confidence reads only the families its model weighs)."""
        return any(n.startswith("tgt_comp_") for n in self.names)

    @functools.cached_property
    def index(self) -> dict[str, int]:
        return {n: i for i, n in enumerate(self.names)}

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        scores = []
        for row in self.weights:
            s = 0.0
            for name, v in feats.items():
                i = self.index.get(name)
                if i is not None:
                    s += row[i] * v
            scores.append(s)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(self, feats: dict[str, float]) -> tuple[str, float]:
        """(support | oppose | none, its probability): a side only at the threshold or above, and
        only when the other side is clearly less likely (a wrong side is worse than none)."""
        p = self.probabilities(feats)
        side = 1 if p[1] >= p[2] else 2
        other = 3 - side
        threshold = self.threshold
        for role, value in self.role_thresholds:
            if feats.get(f"role={role}"):
                threshold = value
        if p[side] >= threshold and (p[side] - p[other]) >= self.margin * (p[side] + p[other]) \
                and gate_allows(self.gate, CLASSES[side], feats):
            return CLASSES[side], p[side]
        return "none", p[0]


def model_from_dict(data: dict, source: str = MODEL_FILE) -> Model:
    try:
        names = tuple(data["features"])
        weights = tuple(tuple(float(x) for x in row) for row in data["weights"])
        threshold = float(data["threshold"])
        margin = float(data.get("margin", 0.0))
        gate = str(data.get("gate", "none"))
        roles = tuple(data.get("roles") or DEFAULT_ROLES)
        role_thresholds = tuple((str(r), float(v)) for r, v in sorted((data.get("role_thresholds") or {}).items()))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"stance model {source}: not a stance model file ({exc})") from None
    if len(weights) != len(CLASSES) or any(len(r) != len(names) for r in weights):
        raise ConfigError(f"stance model {source}: weights must be {len(CLASSES)} rows of {len(names)} numbers")
    if gate not in GATES:
        raise ConfigError(f"stance model {source}: gate must be one of {', '.join(GATES)}, not {gate!r}")
    if any(r not in ROLES for r in roles):
        raise ConfigError(f"stance model {source}: roles must be among {', '.join(ROLES)}, not {list(roles)!r}")
    return Model(names, weights, threshold, margin, dict(data.get("trained_on") or {}), gate, roles, role_thresholds)


@functools.lru_cache(maxsize=1)
def load_model() -> Model:
    path = resources.files(lexicon.__name__).joinpath(MODEL_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"stance model: no file {MODEL_FILE} in coincide/nlp/lexicon "
                          "(make it with scripts/train_stance_model.py)") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"stance model {MODEL_FILE}: not valid JSON: {exc}") from None
    return model_from_dict(data)


# ---------------------------------------------------------------------------------------------
# positions


def _issue(c: Candidate) -> str | None:
    """What the holder's clause is about, as a phrase that means something on its own: the object
    of the clause's first verb with one (down through its complements), else its first noun."""
    verbs = [c.verb] if c.verb is not None else []
    verbs += [t for t in c.scope if t.pos_ in ("VERB", "AUX") and t != c.verb]
    for v in verbs:
        for comp in [v] + [x for x in v.subtree if x.dep_ in ("ccomp", "xcomp") and x.pos_ in ("VERB", "AUX")]:
            obj = G.direct_object(comp)
            if obj is not None and obj.pos_ == "NOUN":
                lab = noun_label(obj)
                if lab is not None and len(lab.text) > 2:
                    return lab.text
            if comp != v or comp.pos_ == "VERB":
                lab = verb_label(comp) if comp.pos_ == "VERB" and comp.lemma_.lower() not in SAYING else None
                if lab is not None and len(lab.text.split()) > 1:
                    return lab.text
    for t in c.scope:
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "nsubj", "attr"):
            lab = noun_label(t)
            if lab is not None and len(lab.text) > 2:
                return lab.text
    return None


class _RuleSpans:
    """The rule positions' spans by holder, sorted by start with the furthest end reached so far,
    so "has this holder a rule position overlapping [start, end)" is one search, not a walk over
    every rule position per candidate (which grew with the square of a long story)."""

    def __init__(self, positions: list[Position]) -> None:
        spans: dict[str | None, list[tuple[int, int]]] = {}
        for p in positions:
            spans.setdefault(p.holder, []).append((p.span[0], p.span[1]))
        self.by_holder: dict[str | None, tuple[list[int], list[int]]] = {}
        for holder, pairs in spans.items():
            pairs.sort()
            starts, furthest, reach = [], [], None
            for s, e in pairs:
                reach = e if reach is None else max(reach, e)
                starts.append(s)
                furthest.append(reach)
            self.by_holder[holder] = (starts, furthest)

    def overlaps(self, holder: str | None, start: int, end: int) -> bool:
        """Whether a span of the holder's has s < end and e > start."""
        found = self.by_holder.get(holder)
        if found is None:
            return False
        starts, furthest = found
        k = bisect.bisect_left(starts, end)  # the spans starting before `end`
        return k > 0 and furthest[k - 1] > start


def model_positions(doc: Doc, rule_positions: list[Position], model: Model | None = None) -> list[Position]:
    """The classifier's positions for this Doc, leaving out holders that already have a rule
    position in the same sentence."""
    model = model or load_model()
    ctx = H.Context(doc)
    covered = _RuleSpans(rule_positions)
    out: list[Position] = []
    # the target links cost a walk over each stance word's parse; skipped when the weights read none,
    # and the composed sides (tgt_comp_) skipped unless the weights name one
    for c in candidates(doc, rule_positions, ctx, targets=model.reads_targets, composed=model.reads_composed):
        start, end = c.sent.start_char, c.sent.end_char
        if c.role not in model.roles:
            continue  # a role the model was not trained on
        if covered.overlaps(c.holder, start, end):
            continue
        side, _ = model.predict(c.features)
        if side == "none":
            continue
        issue = _issue(c)
        if issue is None:
            continue
        text = doc_text(doc)[start:end]  # doc.text is rebuilt on every read: once a story
        # the sentence without the white space around it, so the span is the words read
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        span = (start + lead, end - trail)
        statement = " ".join(t.text for t in c.scope)[:300]
        out.append(Position(holder=c.holder, stance=side, issue=issue, statement=statement, span=span, quote=c.quote))
    return out


def has_stance_word(tokens) -> bool:
    """Whether any of the words takes a side in the lexicons the features read (valence,
    evaluation, stance verbs, nouns and adjectives, enacted stances): a sentence with none gives
    the self-training its silver "none" examples (scripts/train_stance_model.py --silver-none)."""
    return any(_polarity(t) is not None for t in tokens)
