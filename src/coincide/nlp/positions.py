"""coincide_positions: where each actor stands, from what they said and from what they are reported
to do or want.

A position is found at a *trigger*: a word of the stance lexicon (coincide.nlp.stance) in one of its
frames, e.g. "want" + infinitive, "called" + "for", "have the intention" + infinitive, "concerned"
+ clause. The trigger gives the polarity; the frame gives the *proposition* (what the actor is for
or against); the subject gives the *holder*.

* Chains compose: "want to try to resolve X" is support for resolving X; "refused to back X" is
  opposition to X; "agreed to push the parties to the table" is support for pushing them there.
* Negation and modality: see stance.negated. A hedged trigger ("might back"), a conditional ("if
  ...") or a question says nothing, so it gives no position.
* Coordination: each conjoined proposition is its own position ("an interest in reducing A,
  securing B and ensuring C" gives three); each conjoined subject is a holder ("Britain and
  France remained concerned").
* Holders: the subject's actor (through coincide.nlp.mentions, so pronouns count when
  coincide_actors resolved them). "I"/"we" inside a quotation is the quote's speaker. A quantified
  plural ("both leaders", "the two sides", "they" standing for them) is the pair of actors the
  context names: the speaker or reporting subject, and the nearest other actor of the right kind.
  A position a speaker ascribes to others belongs to those others: only the subject counts.
* A person keeps the position (the person's country field says whom they speak for).

The issue label comes from coincide.nlp.issues, grouped across the story's positions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .doc_cache import doc_text
from ..records import Position
from . import stance as S
from .issues import Label, group_issues, group_key, noun_label, stem, verb_label
from . import cues as C
from .mentions import actor_by_id, actor_of_token, mention_at, mentions

# Where the grouped findings wait for coincide_relations: plain data, so the Doc still serializes.
FOUND_KEY = "coincide_positions_found"

FIRST_PERSON = frozenset("i we us me".split())
THEY = frozenset("they them".split())
QUANTIFIERS = frozenset("both two all each".split())
PERSON_NOUNS = frozenset("leader president minister man woman men women premier chancellor".split())
COUNTRY_NOUNS = frozenset("country nation state government capital".split())
ORGANIZATION_NOUNS = frozenset("party".split())
PARTY_NOUNS = PERSON_NOUNS | COUNTRY_NOUNS | frozenset("side party camp ally rival counterpart".split())
# Heads that are somebody, so their owner names who acts ("Russia's president", "the party's spokesman").
AGENT_HEADS = PARTY_NOUNS | frozenset(
    "spokesman spokeswoman spokesperson secretary official officials minister ministers chief head director "
    "chairman envoy ambassador army forces troops police military people government administration "
    "cabinet delegation team office".split()
)
# An actor named only as the topic or place of a sentence ("on Syria", "in Syria") is no party to it.
TOPIC_PREPS = frozenset("on in about over of at from into against toward towards across".split())
BE = frozenset("be remain seem appear become stay look sound".split())
COPULAS = frozenset("be remain seem appear become stay".split())
CONDITIONAL = frozenset("if unless whether".split())
# Verbs that deny what their clause says.
DENIAL = frozenset("deny doubt dispute refute reject dismiss question".split())
# Verbs of knowing and noticing: "we must recognise that ..." is no position on a matter.
COGNITION = frozenset("recognise recognize remember realise realize understand consider accept acknowledge note".split())
# Verbs of what happens to somebody rather than what they do: "we will miss a chance" is no pledge.
NOT_CHOSEN = frozenset(
    "have do get see say know think miss lose fail need face suffer find feel happen seem receive "
    "become remain hear learn wonder hope expect".split()
)
# Verbs that put an owner's plan aside.
SHELVING = frozenset("suspend abandon drop shelve scrap withdraw ditch postpone delay freeze halt axe".split())
REPORTING = frozenset("say tell add announce acknowledge claim insist note state declare explain argue".split())


@dataclass
class Found:
    """One position before issue grouping."""

    holders: list[str]
    stance: str
    trigger: Token
    prop: list[Token]  # tokens of the proposition as worded
    label: Label | None
    span: tuple[int, int]
    quote: int | None
    joint: bool = False  # the holders were named together ("both sides", "Britain and France")


# ---------------------------------------------------------------------------------------------
# small parse helpers


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _is_negated(tok: Token) -> bool:
    return _negation(tok) is not None


def _negation(tok: Token) -> str | None:
    """"not" for a plain negation, "neither" for "neither ... nor" (which leaves no side), else None."""
    for c in tok.children:
        if c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc"):
            return "neither"
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        ccs = {c.lower_ for c in tok.head.children if c.dep_ in ("cc", "preconj")}
        if ccs & {"nor", "neither"}:
            return "neither"
        # "does not support or oppose X": the negation covers both verbs joined by "or"
        if "or" in ccs and not any(c.dep_ == "aux" for c in tok.children) and _negation(tok.head):
            return "not"
    for c in tok.children:
        if c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ in ("advmod", "neg")):
            return "not"
        if c.dep_ == "det" and c.lower_ == "no":
            return "not"
    return None


def _aux_lemmas(tok: Token) -> set[str]:
    return {c.lemma_.lower() for c in tok.children if c.dep_ in ("aux", "auxpass")} | {
        c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")
    }


def _committed(tok: Token) -> bool:
    """A present attitude or a declared refusal, not a report of a past non-event."""
    for c in tok.children:
        if c.dep_ == "aux" and (c.lower_ in S.COMMITTING_MODALS or c.lemma_.lower() in S.COMMITTING_MODALS):
            return True
        if c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBP", "VBZ"):
            return True
    return tok.tag_ in ("VBP", "VBZ")


def _hedged(tok: Token) -> bool:
    """ "might back", "could oppose", "is probably encouraging": a guess, not a stand."""
    return bool(_aux_lemmas(tok) & S.HEDGES) or any(
        c.dep_ == "advmod" and c.lower_ in S.HEDGING_ADVERBS for c in tok.children
    )


def _conditional(tok: Token) -> bool:
    """Inside a condition ("if X backs it"), or under one ("if we don't get it, we will vote against")."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL for g in c.children):
            return True
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in cur.children):
            return True
        if cur.dep_ in ("conj", "xcomp", "acomp", "dobj", "pobj", "prep", "acl") and cur.head is not cur:
            cur = cur.head
        else:
            break
    return False


def _disowned(tok: Token) -> bool:
    """Under a denial or a negated report ("denied she would refuse", "didn't think I should"), under
    an obligation ("had to accept") or an appearance ("seems to be trying"): no stance of the subject's."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("have", "seem", "appear", "need", "likely", "unlikely", "expect"):
        return True  # "is likely to want", "is expected to back": the writer's forecast
    cur = tok
    for _ in range(8):
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acomp", "dobj", "pobj", "prep", "pcomp") or cur.head is cur:
            return False
        via = cur.dep_
        cur = cur.head
        if via == "ccomp" and (cur.lemma_.lower() in DENIAL or _negation(cur) == "not"):
            return True
        if via == "ccomp" and cur.dep_ == "relcl":
            return True  # "people who think we ought to promise X": their view, not the speaker's
    return False


def _advised(tok: Token) -> bool:
    """Whether the verb (or one it hangs from by control) carries "should", "must" or "ought to":
    what somebody should do is the speaker's advice, not the subject's position."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in S.DEONTIC for c in cur.children):
            return True
        if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
            cur = cur.head
            continue
        return False
    return False


def _question(tok: Token) -> bool:
    return tok.sent.text.rstrip().rstrip("\u201d\"'").endswith("?")


def _conjuncts(tok: Token) -> list[Token]:
    """The token and everything coordinated with it, in text order."""
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in (tok.pos_, "VERB", "NOUN", "PROPN", "ADJ") and c not in out:
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _own_tokens(root: Token, drop_leading: bool = True) -> list[Token]:
    """The root's subtree without its conjuncts, their conjunctions and a leading 'to'."""
    skip: set[int] = set()
    for c in root.children:
        if c.dep_ in ("conj", "cc", "preconj") or (c.dep_ == "punct" and c.i > root.i):
            if c.dep_ == "conj" or c.dep_ in ("cc", "preconj") and c.i > root.i or c.dep_ == "punct":
                skip.update(t.i for t in c.subtree)
    toks = [t for t in root.subtree if t.i not in skip]
    if drop_leading:
        while toks and (toks[0].dep_ in ("aux", "mark") and toks[0].lower_ in ("to", "that") or toks[0].is_punct):
            toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ in ("cc",)):
        toks = toks[:-1]
    return toks


def _text(doc: Doc, toks: list[Token]) -> str:
    if not toks:
        return ""
    return doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


# ---------------------------------------------------------------------------------------------
# holders


class Context:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.quotes = list(doc._.quotes or [])
        self.sents = list(doc.sents)
        self.sent_index = {s.start: i for i, s in enumerate(self.sents)}

    def quote_at(self, char: int) -> int | None:
        best = None
        for i, q in enumerate(self.quotes):
            span = q.span if not isinstance(q, dict) else q.get("span")
            if span and span[0] <= char < span[1]:
                if best is None or (span[1] - span[0]) < (self._span(best)[1] - self._span(best)[0]):
                    best = i
        return best

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
            for m in mentions(self.doc):
                if m.start < sent.start_char or m.end > sent.end_char:
                    continue
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


def _plural_hint(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS:
        return "person"
    if lemma in COUNTRY_NOUNS:
        return "country"
    if lemma in ORGANIZATION_NOUNS:
        return "organization"
    return None


def _quantified_plural(tok: Token) -> bool:
    """"both leaders", "the two sides": a plural that stands for parties named around it
    ("two-thirds of Britons" does not)."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in PARTY_NOUNS:
        return False
    if any(c.lower_ in ("other", "remaining") for c in tok.children):
        return False  # "all the other countries" are those not named
    return any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in QUANTIFIERS for c in tok.children)


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the verb that reports the clause holding tok ("X said that they ...")."""
    cur = tok.head
    for _ in range(6):
        if cur.dep_ in ("ccomp", "xcomp", "conj", "advcl") and cur.head is not cur:
            cur = cur.head
            subj = _children(cur, "nsubj")
            if subj and cur.lemma_.lower() in REPORTING | {"think", "believe", "agree"}:
                return subj[0]
        else:
            return None
    return None


def _group_members(ctx: Context, actor_id: str | None) -> list[str]:
    """A group actor's members ("Britain and France", "the two leaders"), else []."""
    actor = ctx.actor(actor_id)
    if actor is None or actor.kind != "group":
        return []
    return [m for m in (getattr(actor, "members", None) or []) if m != actor_id]


def _resolved(ctx: Context, tok: Token) -> tuple[list[str], bool]:
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
    members = _group_members(ctx, a)
    if len(members) > 1:
        return members, True
    return ([a] if a else []), False


def holders_of(ctx: Context, subj: Token, depth: int = 0) -> tuple[list[str], bool]:
    """Actor ids a subject stands for, and whether they were named jointly."""
    low = subj.lower_
    before = subj.doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if before is not None and before.lower_ in ("like", "unlike") and depth < 2:
        # "Like Labour, the Lib Dems support ...": the parser makes the compared party the subject
        # and the real one its apposition
        appos = [c for c in subj.children if c.dep_ == "appos"]
        return holders_of(ctx, appos[0], depth + 1) if appos else ([], False)
    qi = ctx.quote_at(subj.idx)
    if low in FIRST_PERSON or (low in ("all", "both", "each") and any(
        g.lower_ in ("us", "we") for c in subj.children if c.dep_ == "prep" for g in c.children
    )):
        # "we" in a quotation is the speaker; who else it includes is a guess we do not make here
        speakers = ctx.speakers(qi)
        if speakers:
            return speakers, len(speakers) > 1
        return _resolved(ctx, subj)
    conj = [subj] + [c for c in _conjuncts(subj) if c is not subj]
    if len(conj) > 1:
        ids: list[str] = []
        for c in conj:
            for a in _resolved(ctx, c)[0]:
                if a not in ids:
                    ids.append(a)
        return ids, len(ids) > 1
    found, joint = _resolved(ctx, subj)
    if joint or (found and low not in THEY and not _quantified_plural(subj)):
        return found, joint
    if low in THEY and depth < 2:
        rep = _reporting_subject(subj)
        if rep is not None and (_quantified_plural(rep) or len(_conjuncts(rep)) > 1):
            return holders_of(ctx, rep, depth + 1)
        return found, False
    if _quantified_plural(subj):
        anchors: list[str] = []
        rep = _reporting_subject(subj)
        if rep is not None and depth < 2:
            anchors, _ = holders_of(ctx, rep, depth + 1)
        elif qi is not None:
            anchors = ctx.speakers(qi)[:1]
        pair = ctx.context_pair(subj, anchors[:1], _plural_hint(subj))
        return pair, len(pair) == 2
    return found, False


def _owner_of_told(ctx: Context, noun: Token, owner: Token, holders: list[str], joint: bool) -> tuple[list[str], bool]:
    """"He told Mr Brown of his intention to stand down": the teller states his own attitude; a
    pronoun resolved to the addressee is the nearest-name guess, and the subject is the likelier owner."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return holders, joint
    verb = prep.head
    if verb.lemma_.lower() not in ("tell", "inform", "warn", "remind", "assure"):
        return holders, joint
    addressee = _children(verb, "dobj")
    subj = _children(verb, "nsubj")
    if addressee and subj and set(holders) & set(holders_of(ctx, addressee[0])[0]):
        return holders_of(ctx, subj[0])
    return holders, joint


def _subject(tok: Token) -> tuple[Token | None, bool]:
    """The subject of a trigger, climbing coordination and control; and whether it is a passive agent."""
    cur = tok
    for _ in range(5):
        subj = _children(cur, "nsubj")
        if subj:
            return subj[0], False
        if _children(cur, "auxpass"):
            for prep in _children(cur, "agent"):
                pobj = _children(prep, "pobj")
                if pobj:
                    return pobj[0], True
            return None, True
        if cur.dep_ == "xcomp" and cur.head is not cur:
            # "urged Muslims to vote": the object, not the subject, is who would act
            ctrl = _children(cur.head, "dobj") or [
                o for p in _children(cur.head, "prep") if p.lower_ in ("on", "upon") for o in _children(p, "pobj")
            ]
            if ctrl:
                return ctrl[0], False
        if (
            cur.dep_ == "conj" and cur.tag_ in ("VBD", "VBZ") and cur.head.tag_ == "VB" and cur.head.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.head.children)
        ):
            # "Blair said Labour would set out plans and attacked the Tory plans": a finite verb cannot
            # join a bare infinitive under "would", so it is joined to the reporting verb, whose subject acts
            cur = cur.head.head
            continue
        if cur.dep_ in ("conj", "xcomp", "acomp") and cur.head is not cur:
            cur = cur.head
            continue
        if cur.dep_ == "acl" and cur.pos_ == "ADJ" and cur.head is not cur:  # "an actor keen to ..."
            return cur.head, False
        break
    return None, False


# ---------------------------------------------------------------------------------------------
# triggers and propositions


@dataclass
class Prop:
    root: Token
    tokens: list[Token]
    subject: Token | None = None  # the proposition's own subject ("urged Assad to leave")


def _frame_props(tok: Token, frame: str) -> list[Prop]:
    props: list[Prop] = []
    if frame == "xcomp" or frame == "acl":
        for x in _children(tok, frame):
            if frame == "acl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
                continue
            if x.pos_ in ("VERB", "AUX"):
                props += [Prop(r, _own_tokens(r)) for r in _conjuncts(x)]
    elif frame in ("dobj", "dobj+as", "dobj:policy"):
        objs = _children(tok, "dobj")
        if frame == "dobj+as" and not any(p.lower_ == "as" for p in _children(tok, "prep")):
            objs = []
        if frame == "dobj:policy" and not (objs and objs[0].pos_ == "NOUN" and objs[0].lemma_.lower() in S.POLICY_NOUNS):
            objs = []
        if objs and not _children(tok, "xcomp"):
            for r in _conjuncts(objs[0]):
                props.append(Prop(r, _own_tokens(r)))
            # "defended the supply of weapons to X": a verb-attached 'to' phrase belongs to the object
            for prep in _children(tok, "prep"):
                if prep.lower_ == "to" and prep.i > objs[0].i and props:
                    props[-1].tokens = props[-1].tokens + list(prep.subtree)
    elif frame == "obj+xcomp" or frame == "obj+notxcomp":
        objs = _children(tok, "dobj")
        xs = _children(tok, "xcomp")
        if not objs:  # "called on Chirac to drop the rebate"
            objs = [o for p in _children(tok, "prep") if p.lower_ in ("on", "upon") for o in _children(p, "pobj")]
        if frame == "obj+notxcomp":
            xs = [x for x in xs if _negation(x) == "not"]
        if objs and xs and xs[0].pos_ in ("VERB", "AUX"):
            for r in _conjuncts(xs[0]):
                props.append(Prop(r, list(objs[0].subtree) + _own_tokens(r), subject=objs[0]))
        # the parser often reads "wants Britain to join" as an infinitive clause with its own subject
        for x in _children(tok, "ccomp"):
            subj = _children(x, "nsubj")
            if subj and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
                for r in _conjuncts(x):
                    props.append(Prop(r, list(subj[0].subtree) + _own_tokens(r), subject=subj[0]))
    elif frame == "ccomp":
        for x in _children(tok, "ccomp"):
            props += [Prop(r, _own_tokens(r)) for r in _conjuncts(x)]
    elif frame.startswith("prep:"):
        word = frame[5:]
        for prep in _children(tok, "prep"):
            # a fronted phrase ("For the Liberal Democrats, X called ...") is no complement
            if prep.lower_ != word or prep.i < tok.i:
                continue
            for obj in _children(prep, "pobj", "pcomp"):
                props += [Prop(r, _own_tokens(r)) for r in _conjuncts(obj)]
    # "including by bringing X": an elaboration of the same stance
    for inc in tok.children:
        if inc.lower_ == "including" and frame != "prep:including":
            for prep in inc.children:
                for obj in _children(prep, "pobj", "pcomp") + ([prep] if prep.dep_ in ("pobj", "pcomp") else []):
                    props += [Prop(r, _own_tokens(r)) for r in _conjuncts(obj)]
    return [p for p in props if p.tokens]


def _trigger_entry(tok: Token) -> tuple[str, tuple[str, ...], str] | None:
    """(polarity, frames, kind) of a trigger word; kind is verb | noun | adj."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in S.VERBS:
        pol, frames = S.VERBS[lemma]
        return pol, frames, "verb"
    if tok.pos_ == "NOUN" and lemma in S.NOUNS:
        pol, frames = S.NOUNS[lemma]
        return pol, frames, "noun"
    low = tok.lower_
    if low in S.ADJECTIVES and tok.dep_ in ("acomp", "amod", "prep", "oprd", "xcomp") and low != "in favour":
        pol, frames = S.ADJECTIVES[low]
        return pol, frames, "adj"
    if lemma in ("favour", "favor") and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        pol, frames = S.ADJECTIVES["in favour"]
        return pol, frames, "adj"
    return None


def _frame_polarity(lemma: str, frame: str, default: str) -> str:
    return S.FRAME_POLARITY.get((lemma, frame), default)


def _propositions(tok: Token, depth: int = 0) -> list[tuple[str, Prop, list[Token]]]:
    """(polarity, proposition, chain of triggers) for a trigger, following stance-on-stance chains."""
    entry = _trigger_entry(tok)
    if entry is None:
        return []
    pol, frames, kind = entry
    out = []
    if kind == "adj" and tok.lower_ == "against":
        return [(S.OPPOSE, Prop(p, _own_tokens(p)), [tok]) for p in _children(tok, "pobj")]
    for frame in frames:
        fpol = _frame_polarity(tok.lemma_.lower(), frame, pol)
        for prop in _frame_props(tok, frame):
            inner = _trigger_entry(prop.root) if depth < 3 and prop.root.pos_ in ("VERB", "AUX") else None
            negated_prop = prop.root.pos_ in ("VERB", "AUX") and _negation(prop.root) is not None
            if inner is not None and prop.subject is None:
                nested = _propositions(prop.root, depth + 1)
                if nested:
                    for ipol, iprop, chain in nested:
                        if _hedged(prop.root):
                            continue
                        if negated_prop:  # "wants not to back X" = wants the opposite of backing
                            ipol = S.negated(ipol, prop.root.lemma_.lower(), True)
                        composed = S.compose(fpol, ipol) if ipol != S.NEUTRAL else None
                        if composed:
                            out.append((composed, iprop, [tok] + chain))
                        else:
                            out.append((None, iprop, [tok] + chain))  # consumed, no stance
                    continue
            if negated_prop:
                # "urged Muslims not to vote for Labour": support for not doing it is opposition to it
                if fpol != S.SUPPORT:
                    continue
                prop.tokens = [t for t in prop.tokens if not (t.dep_ == "neg" and t.head == prop.root)]
                while prop.tokens and prop.tokens[0].dep_ == "aux" and prop.tokens[0].lower_ == "to":
                    prop.tokens = prop.tokens[1:]  # "not to do deals" states "do deals", opposed
                out.append((S.OPPOSE, prop, [tok]))
                continue
            out.append((fpol, prop, [tok]))
        if out:
            break  # the first frame that matches is the reading
    return out


def _stance_after_modality(pol: str, tok: Token, carrier: Token | None) -> str | None:
    """Apply negation and hedging on the trigger (or the verb that carries a stance noun/adjective)."""
    where = [tok] + ([carrier] if carrier is not None else [])
    if any(_hedged(w) for w in where):
        return None
    if any(_negation(w) == "neither" for w in where):
        return S.NEUTRAL
    if any(_is_negated(w) for w in where):
        committed = any(_committed(w) or (w.dep_ == "conj" and _committed(w.head)) for w in where)
        return S.negated(pol, tok.lemma_.lower(), committed)
    return pol


def _carrier(tok: Token, kind: str) -> Token | None:
    """The verb that gives a stance noun or adjective to a subject ("have the intention", "remained concerned")."""
    if kind == "noun":
        if tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in S.NOUN_CARRIERS | BE:
            return tok.head
        return None
    if kind == "adj":
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "in":  # "is in favour of"
            head = head.head
        if head.lemma_.lower() in BE or head.pos_ in ("VERB", "AUX"):
            return head
    return None


def find_positions(doc: Doc) -> list[Found]:
    ctx = Context(doc)
    found: list[Found] = []
    consumed: set[int] = set()
    for tok in doc:
        if tok.i in consumed:
            continue
        entry = _trigger_entry(tok)
        if entry is None:
            continue
        pol, frames, kind = entry
        carrier = None
        if kind in ("noun", "adj"):
            carrier = _carrier(tok, kind)
            owner = [c for c in tok.children if c.dep_ == "poss"] if kind == "noun" else []
            if carrier is None and (not owner or tok.lemma_.lower() in S.NOUNS_NEED_CARRIER):
                continue
            if carrier is None and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in SHELVING:
                continue  # "has suspended its plan to cut staff": the owner no longer stands by it
        if _question(tok) or _conditional(tok) or (carrier is not None and _conditional(carrier)):
            continue
        if _disowned(carrier if carrier is not None else tok):
            continue
        if tok.lemma_.lower() in ("agree", "disagree") and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
        ):
            continue  # "agreed with Blair on the euro" relates two actors; it says nothing of the euro
        props = _propositions(tok)
        if not props and kind == "verb" and "dobj" in frames and _children(tok, "auxpass"):
            # "the plan was welcomed by Labour": the passive subject is the object of the stance
            props = [(pol, Prop(r, _own_tokens(r)), [tok]) for s in _children(tok, "nsubjpass") for r in _conjuncts(s)]
        if carrier is not None and props:
            # "have the intention to X, including by Y": Y elaborates the same stance
            for inc in carrier.children:
                if inc.lower_ == "including":
                    for prep in inc.children:
                        for obj in _children(prep, "pobj", "pcomp"):
                            props += [(props[0][0], Prop(r, _own_tokens(r)), [tok]) for r in _conjuncts(obj)]
        if not props:
            continue
        # who holds it
        if kind == "noun" and carrier is None:
            subj = owner[0]
        else:
            subj, _ = _subject(carrier if carrier is not None else tok)
        if subj is None:
            continue
        if subj.lower_ not in FIRST_PERSON and _advised(carrier if carrier is not None else tok):
            continue  # "UKIP should try to resolve its differences": advice to UKIP, not its stand
        holders, joint = holders_of(ctx, subj)
        if kind == "noun" and carrier is None and subj.pos_ == "PRON":
            holders, joint = _owner_of_told(ctx, tok, subj, holders, joint)
        if not holders:
            continue
        first = carrier if carrier is not None and carrier.i < tok.i else tok
        lead = [c for c in first.children if c.dep_ in ("aux", "neg", "auxpass") and c.i < first.i]
        start_tok = min([first] + lead, key=lambda t: t.i)
        for polarity, prop, chain in props:
            for t in chain[1:]:
                consumed.add(t.i)
            if polarity is None:
                continue
            stance = _stance_after_modality(polarity, tok, carrier)
            if stance is None:
                continue
            root_lemma = prop.root.lemma_.lower()
            if prop.root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in prop.root.children):
                # "hope to have made advances": a wish about an outcome already reached, no matter to take sides on
                continue
            if prop.root.pos_ in ("VERB", "AUX") and (
                root_lemma in COPULAS or root_lemma in C.SPEECH or root_lemma in C.BELIEF or root_lemma in COGNITION
            ):
                # "wants to be part of", "refused to say whether": a goal or a silence, not a matter
                continue
            toks = sorted(set(prop.tokens), key=lambda t: t.i)
            toks = [t for t in toks if not t.is_space]
            if not toks:
                continue
            subject_name = None
            own_subj = prop.subject
            if own_subj is None and prop.root.pos_ in ("VERB", "AUX"):
                own_subj = next((c for c in prop.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if own_subj is not None and own_subj.pos_ not in ("NOUN", "PROPN"):
                    own_subj = None
            if own_subj is not None:
                m = mention_at(doc, own_subj.idx, own_subj.idx + len(own_subj.text))
                subject_name = own_subj.text if m else own_subj.lemma_.lower()
            label = verb_label(prop.root, subject_name) if prop.root.pos_ in ("VERB", "AUX") else noun_label(prop.root)
            if label is not None and prop.root.pos_ == "NOUN":
                label = _antecedent_label(prop.root, label)
                if prop.root.lemma_.lower() in ANAPHORIC_HEADS and len(label.text.split()) > 1:
                    # "plans for a memorial" and "plans for pensioners" are two plans, not one "plan"
                    label = replace(label, head=" ".join(stem(w) for w in label.text.lower().split()))
            if label is None:
                continue
            s_char = min(start_tok.idx, toks[0].idx)
            e_char = toks[-1].idx + len(toks[-1].text)
            found.append(
                Found(
                    holders=holders,
                    stance=stance,
                    trigger=tok,
                    prop=toks,
                    label=label,
                    span=(s_char, e_char),
                    quote=ctx.quote_at(tok.idx),
                    joint=joint,
                )
            )
    found += _modal_positions(doc, ctx, {f.trigger.i for f in found} | consumed)
    found += _evaluative_positions(doc, ctx, {f.trigger.i for f in found} | consumed)
    return found


# Heads that a story names once in full and then by "the plans", "his bill", "the proposals".
ANAPHORIC_HEADS = frozenset("plan proposal bill scheme measure policy reform legislation package".split())
_CONTENT_DEPS = ("compound", "amod", "nmod", "prep")


def _antecedent_label(noun: Token, label: Label) -> Label:
    """ "The plans", "his bill": the label of the same noun where the story last named it in full
    ("the house arrest plans", "the ID cards bill"), so the matter means something outside the story.
    Only a noun phrase counts ("plans to cut X" says which way, which "the plans" cannot carry)."""
    lemma = noun.lemma_.lower()
    if lemma not in ANAPHORIC_HEADS or any(c.dep_ in _CONTENT_DEPS for c in noun.children):
        return label
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return label
    for t in reversed(noun.doc[: noun.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        if not any(c.dep_ in _CONTENT_DEPS for c in t.children):
            continue
        found = noun_label(t)
        if found is not None and len(found.text.split()) > len(label.text.split()):
            return found
    return label


# Verbs that report an evaluation as the subject's own view ("said the plan was unworkable").
EVAL_REPORTING = frozenset("say tell add insist argue claim believe think declare state admit maintain feel stress".split())
# Verbs that put an evaluation on an object: "described the tax as a con", "called the plan a disaster".
EVAL_NAMING_AS = frozenset("describe brand label dismiss condemn denounce attack criticise criticize".split())
EVAL_NAMING_OPRD = frozenset("call brand label dub".split())


def _evaluation(word: Token, of_act: bool) -> str | None:
    """The side an evaluative predicate takes ("unworkable" -> oppose), or None."""
    low, lemma = word.lower_, word.lemma_.lower()
    if word.pos_ == "ADJ" and low in S.EVALUATIVE_ADJECTIVES:
        return S.EVALUATIVE_ADJECTIVES[low]
    if word.pos_ == "NOUN" and lemma in S.EVALUATIVE_NOUNS:
        return S.EVALUATIVE_NOUNS[lemma]
    if of_act and low in S.EVALUATIVE_OF_ACTS:
        return S.EVALUATIVE_OF_ACTS[low]
    return None


def _evaluated_matter(ctx: Context, subj: Token) -> bool:
    """A plan, act or thing, not an actor: "Mr Howard was wrong" judges a person, which is no
    position on a matter; neither is a pronoun whose referent we do not know ("it was wrong")."""
    if subj.pos_ != "NOUN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if subj.lemma_.lower() in PARTY_NOUNS or _resolved(ctx, subj)[0]:
        return False
    return mention_at(ctx.doc, subj.idx, subj.idx + len(subj.text)) is None


def _evaluative_positions(doc: Doc, ctx: Context, taken: set[int]) -> list[Found]:
    """A speaker's evaluation of a plan or act: "X said the plan was unworkable" (oppose the plan),
    "it was vital to keep the rebate" in X's quotation (support keeping it), "X described the tax
    as a con". Only the speaker's own reported or quoted view counts, unhedged and unnegated: a
    wrong side is worse than none, so "not wrong", "could be dangerous" and questions give nothing."""
    out: list[Found] = []
    for tok in doc:
        if tok.i in taken:
            continue
        lemma = tok.lemma_.lower()
        matter: Token | None = None
        pol: str | None = None
        pred: Token | None = None
        head_verb = tok  # the verb whose subject (or quotation) holds the view
        if lemma in ("be", "seem", "remain") and tok.dep_ in ("ccomp", "ROOT"):
            preds = _children(tok, "acomp", "attr")
            if not preds:
                continue
            pred = preds[0]
            acts = [x for x in _children(pred, "xcomp", "acl", "relcl") + _children(tok, "xcomp")
                    if x.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)]
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is None:
                continue
            if subj.lower_ == "it" and acts:
                matter = acts[0]
            elif subj.dep_ == "csubj" and subj.pos_ in ("VERB", "AUX"):
                matter = subj
            elif not acts and _evaluated_matter(ctx, subj):
                matter = subj
            if matter is None:
                continue
            pol = _evaluation(pred, of_act=matter.pos_ in ("VERB", "AUX"))
            if pol is None or _negation(pred) is not None or _negation(tok) is not None:
                continue
            if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
                # "the case had been a fiasco", "this episode has been damaging": a verdict on how
                # past events went, not a side on a plan or act
                continue
            if tok.dep_ == "ccomp":
                rep = tok.head
                if rep.lemma_.lower() not in EVAL_REPORTING or _negation(rep) is not None or _hedged(rep):
                    continue
                if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would") for c in rep.children):
                    continue  # "Brown will claim the forecasts are wrong": the writer's forecast of a view
                if _conditional(rep) or _disowned(rep):
                    continue
                head_verb = rep
            else:
                qi = ctx.quote_at(tok.idx)
                if qi is None or not ctx.speakers(qi):
                    continue
        elif lemma in EVAL_NAMING_AS | EVAL_NAMING_OPRD and tok.pos_ == "VERB":
            objs = _children(tok, "dobj")
            if not objs or _negation(tok) is not None:
                continue
            cands = [o for p in _children(tok, "prep") if p.lower_ == "as" and lemma in EVAL_NAMING_AS
                     for o in _children(p, "pobj")] + (_children(tok, "oprd") if lemma in EVAL_NAMING_OPRD else [])
            if not cands:
                continue
            pred = cands[0]
            obj = objs[0]
            if obj.pos_ in ("VERB", "AUX"):
                matter = obj
            elif _evaluated_matter(ctx, obj):
                matter = obj
            else:
                continue
            pol = _evaluation(pred, of_act=False)
            if pol is None or _negation(pred) is not None:
                continue
        else:
            continue
        if _hedged(tok) or _question(tok) or _conditional(tok):
            continue
        subj_tok, passive = _subject(head_verb)
        if head_verb is tok and lemma in ("be", "seem", "remain"):
            holders, joint = ctx.speakers(ctx.quote_at(tok.idx)), False
            joint = len(holders) > 1
        else:
            if subj_tok is None or passive:
                continue
            holders, joint = holders_of(ctx, subj_tok)
        if not holders:
            continue
        if matter.pos_ in ("VERB", "AUX"):
            label = verb_label(matter, None)
        else:
            label = noun_label(matter)
        if label is None:
            continue
        toks = [t for t in _own_tokens(matter) if not t.is_space]
        if matter.pos_ in ("VERB", "AUX") and _negation(matter) is not None:
            # "it would be a mistake not to take X": judging the omission bad is support for doing it
            if _negation(matter) != "not":
                continue
            pol = S.flip(pol)
            toks = [t for t in toks if not (t.dep_ == "neg" and t.head == matter)]
            while toks and toks[0].dep_ == "aux" and toks[0].lower_ == "to":
                toks = toks[1:]
        if not toks:
            continue
        span_toks = toks + [pred, tok]
        start = min(t.idx for t in span_toks)
        end = max(t.idx + len(t.text) for t in span_toks)
        out.append(Found(holders, pol, pred, toks, label, (start, end), ctx.quote_at(tok.idx), joint))
    return out


def _modal_positions(doc: Doc, ctx: Context, taken: set[int]) -> list[Found]:
    """Positions a speaker takes without a stance word, inside a quotation only:
    an obligation ("Britain should join the euro", "we must not give in") and a first-person
    commitment ("we will cut taxes"). A prediction about others ("they will lose") is no stance.
    """
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB",) or tok.i in taken or _trigger_entry(tok) is not None:
            continue
        lemma = tok.lemma_.lower()
        if lemma in BE or lemma in NOT_CHOSEN or lemma in C.SPEECH or lemma in C.BELIEF or lemma in COGNITION:
            continue
        qi = ctx.quote_at(tok.idx)
        if qi is None or not ctx.speakers(qi):
            continue
        auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ == "conj":
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            auxes |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
        if subj is None:
            continue
        # "should" of a thing is mostly a forecast ("that should bring in money"); of an actor or of
        # "we" it is an obligation
        if subj.lower_ not in FIRST_PERSON and not _resolved(ctx, subj)[0]:
            continue
        deontic = bool(auxes & S.DEONTIC)
        committing = bool(auxes & {"will", "shall", "'ll", "’ll"}) and subj.lower_ in ("i", "we")
        if not (deontic or committing) or _question(tok) or _conditional(tok) or _hedged(tok) or _disowned(tok):
            continue
        # "we will take no risks": an object denied by "no" is what the speaker will not do
        no_object = any(
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in tok.children
        )
        stance = S.OPPOSE if _is_negated(tok) != no_object else S.SUPPORT
        toks = [t for t in _own_tokens(tok) if not t.is_space and t is not subj and t.dep_ not in ("aux", "neg") and t not in subj.subtree]
        if not toks:
            continue
        first_person = subj.lower_ in FIRST_PERSON
        subject_name = None if first_person else " ".join(t.text for t in subj.subtree if not t.is_punct)
        if not first_person and subj.pos_ == "PRON":
            # "he should apologise": who should, by name, so the matter is not "he apologise" in every story
            named = [ctx.actor(a) for a in _resolved(ctx, subj)[0]]
            if not named or named[0] is None:
                continue
            subject_name = named[0].name
        label = verb_label(tok, subject_name)
        if label is None:
            continue
        start = min([subj.left_edge] + [c for c in tok.children if c.dep_ in ("aux", "neg")], key=lambda t: t.i)
        prop = toks if first_person else sorted(set(toks) | set(subj.subtree), key=lambda t: t.i)
        out.append(Found(ctx.speakers(qi), stance, tok, prop, label, (start.idx, toks[-1].idx + len(toks[-1].text)), qi))
    return out


# Last words of names of texts, not of actors.
DOCUMENT_HEADS = frozenset("bill act treaty convention report agreement directive resolution charter manifesto".split())


def _is_document(actor) -> bool:
    return actor is not None and actor.kind != "person" and actor.name.split()[-1].lower() in DOCUMENT_HEADS


def positions_from(doc: Doc, found: list[Found]) -> tuple[list[Position], list[tuple[Found, str, str]]]:
    """Positions (one per holder) and, for relations, each Found with its issue label and key."""
    labels = [f.label for f in found]
    texts = group_issues(labels)
    keys = group_key(labels)
    out: list[Position] = []
    seen = set()
    annotated = []
    for f, text, key in zip(found, texts, keys):
        if text is None:
            continue
        annotated.append((f, text, key))
        statement = _text(doc, f.prop)
        for holder in f.holders:
            if _is_document(actor_by_id(doc, holder)):
                continue  # "The Prevention of Terrorism Bill proposes control orders": a text holds no view
            sig = (holder, f.stance, text, statement.lower())
            if sig in seen:
                continue
            seen.add(sig)
            out.append(Position(holder=holder, stance=f.stance, issue=text, statement=statement, span=f.span, quote=f.quote))
    return out, annotated


@Language.factory(
    "coincide_positions",
    requires=["doc._.actors", "doc._.mentions", "doc._.quotes"],
    assigns=["doc._.positions"],
)
def make_positions(nlp, name):  # no annotations: spaCy validates them
    return PositionsComponent()


class PositionsComponent:
    def __call__(self, doc: Doc) -> Doc:
        found = find_positions(doc)
        positions, annotated = positions_from(doc, found)
        doc._.positions = positions
        # relations reads the grouped findings; keeping them on the Doc avoids parsing twice
        doc.user_data[FOUND_KEY] = [
            {"holders": list(f.holders), "stance": f.stance, "issue": text, "key": key, "span": list(f.span),
             "joint": f.joint, "quote": f.quote, "trigger": f.trigger.idx}
            for f, text, key in annotated
        ]
        return doc
