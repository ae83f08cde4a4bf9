"""The grammar every component reads from spaCy's dependency parse, written once.

Each function takes a Token of a parsed Doc (English, ClearNLP labels as spaCy's English models
give them) and answers one question about it. Components call these instead of walking the parse
themselves, so a fix to, say, negation reaches quotes, positions and relations at once.

    children(tok, *deps)        the token's dependents with those labels
    negation(tok)               "not", "neither" or None: "did not back", "neither backs nor opposes"
    hedged(tok)                 "might back", "is probably encouraging": a guess, not a stand
    committed(tok)              a present attitude or a declared refusal ("does not", "will not")
    conditional(tok)            inside or under an "if"/"unless"/"whether" clause
    in_condition(tok)           inside such a clause only (not a main clause that has one)
    advised(tok)                under "should"/"must"/"ought": the speaker's advice
    disowned(tok)               under a denial, a negated report, an obligation or an appearance
    question(tok)               in a sentence that ends with a question mark
    conjuncts(tok)              the token and everything coordinated with it
    own_tokens(root)            a phrase without its conjuncts (what one conjunct says)
    subject(tok)                who does it: climbing coordination and control; a passive's agent
    agent(tok)                  the "by" phrase of a passive verb ("was welcomed by Labour")
    direct_object(verb)         the noun a verb takes as its object
    reporting_subject(tok, ...) the subject of the verb that reports the clause holding tok
    noun_lemma(tok)             a noun's lemma, mended where the small model errs ("taxes")
    lemma(tok)                  a word's lemma in lower case, as every word list is written
    stance_prefixed(tok)        a name after "anti-"/"pro-": the object of a stance, no affiliation
    clause_verb(tok)            the verb of the clause a token is in
    reported_by(tok, ...)       the subject of the reporting verb over the clause holding tok, or of tok's own verb
    path_down(top, tok)         the tokens from top down to tok ("wants to scrap the tax": want, scrap, tax)

Events (coincide_events) may adopt these too: their own subject rule differs in what it wants
(the patient of a passive, a relative clause's head), and `subject` here is the agent's view, so
an event component keeps its reading of a passive and calls `conjuncts`, `negation`, `agent` and
`direct_object` for the rest.

The closed-class words the rules need (modal verbs, conditional conjunctions) are English grammar
and live here; open-class word lists (speech verbs, stance words) are data in coincide/nlp/lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon

# Modal verbs that make a stance a possibility, not a stance: "might back" says nothing yet.
HEDGES = frozenset("might may could".split())
HEDGING_ADVERBS = frozenset("probably possibly perhaps maybe apparently presumably supposedly".split())
# Modal verbs that turn a negated attitude into a refusal: "will not back" is opposition.
COMMITTING_MODALS = frozenset("will would shall can ca wo".split())
# Deontic modals: "Britain should join" said by someone is that someone's support.
DEONTIC = frozenset("should must ought".split())
CONDITIONAL_MARKS = frozenset("if unless whether".split())
# "anti-Syria", "pro-Western": a prefix that makes a name the object of a stance, not an affiliation.
STANCE_PREFIXES = frozenset({"anti", "pro"})
# Heads of an infinitive that make it the writer's forecast or somebody's duty ("is likely to want",
# "had to accept", "seems to be trying"), not the subject's own choice.
NOT_OWN_CHOICE = frozenset("have seem appear need likely unlikely expect".split())
# Verbs that deny what their clause says ("denied she would refuse").
DENIAL = lexicon.words("verb-classes", "denial")
# Texts an actor writes or signs, and the verbs of doing so (lexicon/stance.toml [authored_texts]).
_AUTHORED = lexicon.table("stance", "authored_texts")
AUTHORED_TEXTS = frozenset(_AUTHORED["texts"])
AUTHORING_VERBS = frozenset(_AUTHORED["verbs"])

# Dependency paths a clause climbs to reach the verb that governs it.
_DISOWN_PATH = frozenset("ccomp xcomp conj advcl acomp dobj pobj prep pcomp".split())
_CONDITION_PATH = frozenset("conj xcomp acomp dobj pobj prep acl".split())
_REPORT_PATH = frozenset("ccomp xcomp conj advcl".split())
# in_condition climbs clauses inside the condition too: "if orders to allow access were defied"
_INSIDE_CONDITION_PATH = _CONDITION_PATH | frozenset("ccomp relcl".split())


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


# ---- negation and modality --------------------------------------------------------------------


def negation(tok: Token) -> str | None:
    """ "not" for a plain negation, "neither" for "neither ... nor" (which leaves no side), else None."""
    for c in tok.children:
        if c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc"):
            return "neither"
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        ccs = {c.lower_ for c in tok.head.children if c.dep_ in ("cc", "preconj")}
        if ccs & {"nor", "neither"}:
            return "neither"
        # "does not support or oppose X": the negation covers both verbs joined by "or"
        if "or" in ccs and not any(c.dep_ == "aux" for c in tok.children) and negation(tok.head):
            return "not"
    for c in tok.children:
        if c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ in ("advmod", "neg")):
            return "not"
        if c.dep_ == "det" and c.lower_ == "no":
            return "not"
    return None


def is_negated(tok: Token) -> bool:
    return negation(tok) is not None


def aux_words(tok: Token) -> set[str]:
    """The auxiliaries of a verb, as lemmas and as written ("wo" of "won't" and "will")."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return {c.lemma_.lower() for c in auxes} | {c.lower_ for c in auxes}


def committed(tok: Token) -> bool:
    """A present attitude or a declared refusal, not a report of a past non-event."""
    for c in tok.children:
        if c.dep_ == "aux" and (c.lower_ in COMMITTING_MODALS or c.lemma_.lower() in COMMITTING_MODALS):
            return True
        if c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBP", "VBZ"):
            return True
    return tok.tag_ in ("VBP", "VBZ")


def hedged(tok: Token) -> bool:
    """ "might back", "could oppose", "is probably encouraging": a guess, not a stand."""
    return bool(aux_words(tok) & HEDGES) or any(
        c.dep_ == "advmod" and c.lower_ in HEDGING_ADVERBS for c in tok.children
    )


def conditional(tok: Token) -> bool:
    """Inside a condition ("if X backs it"), or under one ("if we don't get it, we will vote against")."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS for g in c.children):
            return True
    return _marked_condition_above(tok, _CONDITION_PATH)


def in_condition(tok: Token) -> bool:
    """Inside an "if"/"unless"/"whether" clause ("if court orders were defied"): what it says is
    supposed, not told. Unlike `conditional`, a main clause that has such a clause is not inside one."""
    return _marked_condition_above(tok, _INSIDE_CONDITION_PATH)


def _marked_condition_above(tok: Token, path: frozenset[str]) -> bool:
    """A condition's mark ("if", "unless") on the token or on a head reached through `path`
    dependencies (at most six steps up)."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in cur.children):
            return True
        if cur.dep_ in path and cur.head != cur:
            cur = cur.head
        else:
            break
    return False


def disowned(tok: Token) -> bool:
    """Under a denial or a negated report ("denied she would refuse", "didn't think I should"), under
    an obligation ("had to accept") or an appearance ("seems to be trying"): no stance of the subject's."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NOT_OWN_CHOICE:
        return True  # "is likely to want", "is expected to back": the writer's forecast
    cur = tok
    for _ in range(8):
        if cur.dep_ not in _DISOWN_PATH or cur.head == cur:
            return False
        via = cur.dep_
        cur = cur.head
        if via == "ccomp" and (cur.lemma_.lower() in DENIAL or negation(cur) == "not"):
            return True
        if via == "ccomp" and cur.dep_ == "relcl":
            return True  # "people who think we ought to promise X": their view, not the speaker's
    return False


def advised(tok: Token) -> bool:
    """Whether the verb (or one it hangs from by control) carries "should", "must" or "ought to":
    what somebody should do is the speaker's advice, not the subject's position."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in cur.children):
            return True
        if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
            cur = cur.head
            continue
        return False
    return False


def question(tok: Token) -> bool:
    """A question asks; it states nothing (the sentence ends with "?", before any closing quote)."""
    # closing quotes of either kind, nested ("... the question, 'Should they ...?'\u201d")
    return tok.sent.text.rstrip().rstrip("\u201d\u2019\"'").endswith("?")


# ---- phrases ----------------------------------------------------------------------------------


def conjuncts(tok: Token) -> list[Token]:
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


def own_tokens(root: Token, drop_leading: bool = True) -> list[Token]:
    """The root's subtree without its conjuncts, their conjunctions and a leading 'to'."""
    skip: set[int] = set()
    for c in root.children:
        if c.dep_ == "conj" or c.dep_ in ("cc", "preconj") and c.i > root.i or c.dep_ == "punct" and c.i > root.i:
            skip.update(t.i for t in c.subtree)
    toks = [t for t in root.subtree if t.i not in skip]
    if drop_leading:
        while toks and (toks[0].dep_ in ("aux", "mark") and toks[0].lower_ in ("to", "that") or toks[0].is_punct):
            toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ in ("cc",)):
        toks = toks[:-1]
    return toks


# ---- arguments --------------------------------------------------------------------------------


def agent(tok: Token) -> Token | None:
    """The agent of a passive verb: "was welcomed by Labour" -> Labour."""
    for prep in children(tok, "agent"):
        pobj = children(prep, "pobj")
        if pobj:
            return pobj[0]
    return None


def direct_object(verb: Token) -> Token | None:
    """The noun a verb takes as its object (or as its attribute: "is a mistake")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN"):
            return c
    return None


def judged_acts(verb: Token) -> list[tuple[Token, Token]]:
    """(object, act) for each gerund in a for-phrase after the verb's object: "criticised Blair for
    introducing the rules" -> (Blair, introducing). The phrase hangs on the verb or on the object;
    "for" + a noun ("for its cost") is no act."""
    objs = children(verb, "dobj")
    if not objs:
        return []
    return [(objs[0], act) for prep in children(verb, "prep") + children(objs[0], "prep")
            if prep.lower_ == "for" and prep.i > objs[0].i
            for act in children(prep, "pcomp") if act.tag_ == "VBG"]


def _object_controls(tok: Token) -> Token | None:
    """ "urged Muslims to vote", "called on Chirac to drop": the object is who would act; and
    "criticised Blair for introducing the rules": the object judged is who did the act."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "for" and tok.head.dep_ == "prep":
        prep = tok.head
        verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else (prep.head.head if prep.head.dep_ == "dobj" else None)
        return next((obj for obj, act in judged_acts(verb) if act == tok), None) if verb is not None else None
    if tok.dep_ != "xcomp" or tok.head == tok:
        return None
    ctrl = children(tok.head, "dobj") or [
        o for p in children(tok.head, "prep") if p.lower_ in ("on", "upon") for o in children(p, "pobj")
    ]
    return ctrl[0] if ctrl else None


def _finite_joined_to_report(tok: Token) -> bool:
    """ "Blair said Labour would set out plans and attacked the Tory plans": a finite verb cannot
    join a bare infinitive under "would", so it is joined to the reporting verb, whose subject acts."""
    head = tok.head
    return (
        tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def subject(tok: Token) -> tuple[Token | None, bool]:
    """Who does what `tok` says, climbing coordination and control, and whether that is the agent of
    a passive ("was welcomed by Labour" -> (Labour, True); a passive without "by" -> (None, True))."""
    cur = tok
    for _ in range(5):
        subj = children(cur, "nsubj")
        if subj:
            return subj[0], False
        if children(cur, "auxpass"):
            return agent(cur), True
        ctrl = _object_controls(cur)
        if ctrl is not None:
            return ctrl, False
        if _finite_joined_to_report(cur):
            cur = cur.head.head
            continue
        if cur.dep_ in ("conj", "xcomp", "acomp") and cur.head != cur:
            cur = cur.head
            continue
        if cur.dep_ == "acl" and cur.pos_ == "ADJ" and cur.head != cur:  # "an actor keen to ..."
            return cur.head, False
        if _authored_text_says(cur):
            cur = cur.head.head  # "tabled a motion opposing the bill": who tabled it
            continue
        break
    return None, False


def _authored_text_says(tok: Token) -> bool:
    """ "tabled a motion opposing the bill", "signed a letter calling for an inquiry": a participle on
    a text that an actor writes or signs says that actor's view."""
    text = tok.head
    return (tok.dep_ == "acl" and tok.tag_ == "VBG" and text.dep_ == "dobj" and text.lemma_.lower() in AUTHORED_TEXTS
            and text.head.lemma_.lower() in AUTHORING_VERBS and text.head.pos_ == "VERB"
            # "Turkey must issue a statement promising ...": a text somebody is to write says nothing yet
            and not advised(text.head))


def reporting_subject(tok: Token, reporting: frozenset[str]) -> Token | None:
    """The subject of the verb that reports the clause holding tok ("X said that they ..."), where
    the reporting verb's lemma is one of `reporting`."""
    cur = tok.head
    for _ in range(6):
        if cur.dep_ in _REPORT_PATH and cur.head != cur:
            cur = cur.head
            subj = children(cur, "nsubj")
            if subj and cur.lemma_.lower() in reporting:
                return subj[0]
        else:
            return None
    return None


def lemma(tok: Token) -> str:
    """A word's lemma in lower case (the word lists are written in lower case)."""
    return tok.lemma_.lower()


def noun_lemma(tok: Token) -> str:
    """A word's lemma for matching (a proper noun as written), mended where the small model errs."""
    if tok.pos_ == "PROPN":
        return tok.text
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if low == "means":  # "political means", not the verb's lemma
        return low
    # the small model reads "taxes" as a form of "taxi": a plural in -xes/-ches/-shes/-sses loses "es"
    if tok.tag_ == "NNS" and lemma.endswith("is") and low.endswith(("xes", "ches", "shes", "sses")):
        return low[:-2]
    return lemma


def stance_prefixed(tok: Token) -> bool:
    """A country word after "anti-" or "pro-" ("anti-Syria", "pro-Western"): for or against it."""
    doc = tok.doc
    if tok.lower_.split("-", 1)[0] in STANCE_PREFIXES and "-" in tok.text:
        return True
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in STANCE_PREFIXES:
        return True
    return tok.i >= 1 and doc[tok.i - 1].lower_ in ("anti-", "pro-")


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a token is in: the token itself if it is one, else its nearest verb
    head (at most eight steps up)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def reported_by(tok: Token, reporting: frozenset[str]) -> Token | None:
    """Who reports what tok says: the subject of tok's own verb when that verb reports ("He said
    £5m", "Labour estimates £4bn"), else the subject of the reporting verb over its clause ("the U.N.
    said 93,000 people were killed"), climbing clause links as `reporting_subject` does."""
    cur = clause_verb(tok)
    for _ in range(6):
        if cur is None:
            return None
        subj = children(cur, "nsubj")
        if subj and cur.lemma_.lower() in reporting:
            return subj[0]
        if cur.dep_ not in _REPORT_PATH or cur.head == cur:
            return None
        cur = cur.head
    return None


# ---- modality of acts (added for coincide_events, issue 14) -----------------------------------

# Modal verbs of possibility and ability: "can be arrested", "might be made", "could deliver"
# tell what may happen, not what did.
POSSIBILITY = frozenset("can could may might ca".split())
# The modal of a hypothetical or of a future seen from the past ("said it would consult").
WOULD = frozenset("would 'd".split())


def possible(tok: Token) -> bool:
    """Whether the verb (or one it hangs from by control or coordination) carries "can", "could",
    "may" or "might": an act that may happen, not one told ("everyone can agree", "a similar offer
    might be made", "people can be arrested")."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in POSSIBILITY for c in cur.children):
            return True
        if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
            cur = cur.head
            continue
        return False
    return False


def hypothetical(tok: Token, reporting: frozenset[str]) -> bool:
    """A "would" act that no reporting verb puts in the past's future: "British voters would
    reject the constitution", "would appeal to women" are supposed; "said it would consult" and
    "announced that it would start talks" report an intention, so they are not hypothetical.
    `reporting` is the caller's set of verbs that report a clause (lemmas)."""
    cur = tok
    has_would = False
    for _ in range(6):
        if any(c.dep_ == "aux" and c.lower_ in WOULD for c in cur.children):
            has_would = True
            break
        if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
            cur = cur.head
            continue
        return False
    if not has_would:
        return False
    for _ in range(6):
        if cur.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis") and cur.head != cur:
            cur = cur.head
            if cur.lemma_.lower() in reporting:
                return False
            continue
        return True
    return True


def denied_by_noun(tok: Token) -> bool:
    """Whether the clause of `tok` completes a negated noun of claim or evidence: "there is no
    suggestion he opposes it", "no sign that they met", "without evidence that he paid". The
    clause hangs from the noun (acl, ccomp) and the noun carries "no", "not" or "without"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("acl", "ccomp") and cur.head != cur and cur.head.pos_ == "NOUN":
            # (a relative clause describes the noun's thing: "without the tax cuts he was promising")
            noun = cur.head
            if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children):
                return True
            return noun.dep_ == "pobj" and noun.head.lower_ == "without"
        if cur.dep_ in ("xcomp", "conj") and cur.head != cur:
            cur = cur.head
            continue
        return False
    return False


def path_down(top: Token, tok: Token) -> list[Token] | None:
    """The tokens from `top` down to `tok` in the parse, both included ("wants to scrap the tax":
    want, scrap, tax), or None when `tok` is not under `top`: the words whose sides compose into
    the side `top`'s subject takes on `tok`."""
    path = [tok]
    while path[-1].i != top.i:  # spaCy makes a new Token object on each read: compare indices
        head = path[-1].head
        if head.i == path[-1].i:
            return None
        path.append(head)
    return path[::-1]
