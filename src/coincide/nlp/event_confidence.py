"""A learned confidence for each event: how likely it is to be of the right PLOVER type.

Six rounds of hand rules on the BBC politics samples moved the share of right events only a few
points: each rule fitted a few tuning lines, while most wrong events are acts that did not happen
(plans, reported promises, polls, hypotheticals, suspicions, generic people) spread over many rare
kinds. This reads the same signs in general terms and weighs them all at once, learned from the
hand judgments of eval/bbc-events-tuning.jsonl (scripts/train_event_confidence.py):

* what the event is: its PLOVER type and mode, the CAMEO root code of its trigger (Phoenix verb
  dictionary, coincide.nlp.cameo), noun or verb, what decided its type (the verb alone, an object,
  a dictionary pattern);
* the mood of its clause: tense and aspect, future, possible and obligation modals, negation, a
  condition, a question, the complement of a verb of intending, wishing, saying or thinking above
  it ("plans to", "promised to", "wants to", "said that", "suspected");
* where it is told: inside a quotation, in the headline or the first line, how long the sentence;
* who is in it: whether a source and a target are named, and what kind of actor each is (person,
  organisation, country, group), or a pronoun or a generic plural in the subject;
* the words around it, read from the parse (families the trainer switches on or off): the lemmas
  of the verbs that govern its clause (`gov=`) and of the word its verb hangs from (`head=`), the
  lemmas of its verb's dependents with their relation (`dep=`), each kept by the trainer only when
  enough judged events have it; and the parse's own contextual token vectors (`doc.tensor`, the
  tok2vec output the tagger and parser already computed) at the trigger, at the nearest governing
  verb, at the subject and averaged over the sentence (`t2v:`), each scaled to unit length;
* the type crossed with the signs whose meaning differs by type (`x:`, a family the trainer switches
  too): noun or verb, the rule that typed it, the kinds of its source and target, inside a
  quotation, under a verb of intending, saying or thinking ("x:AGREE|noun");
* where the trigger sits in the sentence's syntax (`role:`, a family the trainer switches too;
  developer 25c): for a noun trigger its relation (`role:noun_dep=dobj`; a conjunct's is its first
  conjunct's), its determiner (definite, indefinite, possessive, none), whether it is owned (a
  possessive, "his previous pledge", or an "of" phrase naming an actor, "the promises of the
  Conservative party"), whether it heads an "of" phrase of another noun, the preposition it is under
  and whether that hangs from a noun or a verb, an adjective on it ("empty promises"); for a verb
  trigger the relation of its clause (`role:clause=relcl`), a relative clause on a plural without
  "the" or on an indefinite noun ("Householders who injure intruders", "a charity, which she
  supports"), a relative word as its subject, an infinitive or gerund under a noun ("plans to lift",
  "efforts to deport": `role:under_noun`) or under a preposition of a verb ("by raising taxes").

A logistic regression (the project's trainer, scripts/train_stance_model.py) gives P(right); the
weights ship as lexicon/event-confidence.json. The events component gives each event this number
as `confidence` and keeps only events at or above `[components.coincide_events] min_confidence`
(default: the file's trained threshold), and force (ASSAULT, FIGHT, COERCE: the file's `exempt`)
whatever its confidence. The table of what each threshold buys is in docs/events-figures.md.
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..errors import ConfigError
from . import grammar
from . import lexicon
from . import plover as P
from .doc_cache import doc_text
from .mentions import actor_by_id

MODEL_FILE = "event-confidence.json"
# verbs whose complement is not (yet) an act: intending and wishing, saying and thinking
_INTENDING = frozenset(P.INTENT) | lexicon.words("verb-classes", "wishing")
_SAYING = lexicon.words("verb-classes", "reported_clause") | lexicon.words("speech")
_THINKING = lexicon.words("verb-classes", "cognition") | lexicon.words("belief")
_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})
_POSSIBLE = frozenset({"may", "might", "could", "can"})
_OBLIGATION = frozenset({"must", "should", "ought"})
_PRONOUNS = frozenset("i we you he she they it this that these those who which".split())
# where the contextual vectors are read (the `t2v:` family); a place the event lacks has none
VECTOR_PLACES = ("trigger", "governor", "subject", "sentence")
WORD_PREFIXES = ("gov=", "head=", "dep=")
VECTOR_PREFIX = "t2v:"
# The `x:` family: the event's type crossed with signs whose meaning differs by type (a noun is a
# sure FIGHT, "clashes", but a doubtful AGREE, "the deal"; a CAMEO pattern's AGREE was right in 0 of
# 10 where its other types were not; a quoted DEMAND is the demand itself, a quoted ASSAULT a
# report of one). The base signs weigh each sign alike for every type.
CROSS_PREFIX = "x:"
# The `role:` family (developer 25c): where the trigger sits in the sentence's syntax, read from the
# parse. Most wrong events of the BBC tuning judgments that should be none are not acts told: a noun
# that names a thing ("the empty promises of the Conservative party", "his current veto"), an act of
# generic agents in a relative clause ("Householders who injure intruders ..."), an act inside a plan
# ("plans ... to lift the arms embargo"), a habit ("a drugs charity, which she supports").
ROLE_PREFIX = "role:"
# a noun trigger's relations kept as they are; any other is `other` (a rare one says nothing)
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "compound", "conj", "appos", "ROOT", "npadvmod", "poss"})
# a verb's clause relations kept as they are (the clause a conjunct is in is its first conjunct's)
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "any", "some", "every", "each", "no", "another"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CROSSED = ("noun", "verb", "in_quote", "under_intending", "under_saying", "under_thinking")
_CROSSED_PREFIXES = ("rule=", "source=", "target=")
# The trainer reads every family (scripts/train_event_confidence.py sets this); a pipeline reads only
# the families its model weighs: the others would cost time for nothing
READ_EVERY_FAMILY = False


def _governing_verbs(tok: Token, depth: int = 4):
    """The verbs above a clause, nearest first, through complements and coordination."""
    cur = tok
    for _ in range(depth):
        if cur.head == cur or cur.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj"):
            return
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX", "NOUN"):
            yield cur


def _kind(doc: Doc, actor_id: str | None) -> str:
    actor = actor_by_id(doc, actor_id)
    return actor.kind if actor is not None else "none"


def _subject_token(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _unit(vector) -> list[float]:
    # unit length: a vector's direction is what the parse says of the word, and the trainer's
    # fixed-rate gradient descent (rate 0.5) is only sure to be stable on small inputs, not on 384
    # raw numbers of spread 0.75 each (not tried)
    norm = float((vector @ vector) ** 0.5)
    return [round(float(v) / norm, 4) for v in vector] if norm > 0 else [0.0] * len(vector)


def _vector_features(doc: Doc, sent: Span, trigger: Token, verb: Token, subject: Token | None) -> dict[str, float]:
    """The parse's contextual vectors around the event: empty when the model has no tok2vec output."""
    tensor = doc.tensor
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(doc) or tensor.shape[1] == 0:
        return {}
    governor = next(_governing_verbs(verb), None)
    places = {"trigger": tensor[trigger.i], "sentence": tensor[sent.start:sent.end].mean(axis=0)}
    if governor is not None:
        places["governor"] = tensor[governor.i]
    if subject is not None:
        places["subject"] = tensor[subject.i]
    f = {}
    for place, vector in places.items():
        for i, v in enumerate(_unit(vector)):
            f[f"{VECTOR_PREFIX}{place}:{i}"] = v
    return f


def _word_features(verb: Token) -> dict[str, float]:
    """The lemmas around the event's verb: the verbs above its clause, the word it hangs from, its dependents."""
    gov, head, dep = WORD_PREFIXES
    f = {f"{gov}{grammar.lemma(g)}": 1.0 for g in _governing_verbs(verb)}
    if verb.head != verb:
        f[f"{head}{verb.dep_}:{grammar.lemma(verb.head)}"] = 1.0
    for c in verb.children:
        if not c.is_punct:
            f[f"{dep}{c.dep_}:{grammar.lemma(c)}"] = 1.0
    return f


def _determiner_kind(noun: Token) -> str:
    """definite ("the talks"), indefinite ("a deal"), possessive ("his veto", "the party's pledge") or none."""
    for c in noun.children:
        if c.dep_ == "poss":
            return "possessive"
        if c.dep_ == "det":
            low = c.lower_
            if low in _DEFINITE:
                return "definite"
            if low in _INDEFINITE:
                return "indefinite"
            return "other"
    return "none"


def _first_conjunct(tok: Token) -> Token:
    """The first of a row of conjuncts ("injure or even kill": injure), whose relation the row shares."""
    cur = tok
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head == cur:
            break
        cur = cur.head
    return cur


def _noun_role(noun: Token) -> dict[str, float]:
    """A noun trigger's place: a thing named or an act told ("his previous pledge" against "the talks began")."""
    role = ROLE_PREFIX
    first = _first_conjunct(noun)
    dep = first.dep_ if first.dep_ in _NOUN_DEPS else "other"
    # its relation to the word it hangs from: an object ("attacked the promises"), a subject, inside a
    # prepositional phrase ("worried about plans"), a modifier of another noun ("the aid package")
    f = {f"{role}noun_dep={dep}": 1.0, f"{role}det={_determiner_kind(noun)}": 1.0}
    if first is not noun:
        f[f"{role}conj"] = 1.0
    if first.dep_ == "pobj" and first.head.dep_ == "prep":
        # the preposition and what it hangs from: "the threat of strikes" (of a noun) against "met
        # after the talks" (of a verb)
        f[f"{role}noun_prep={first.head.lower_ if first.head.lower_ in ('of', 'for', 'on', 'in', 'to', 'about', 'after', 'with', 'over', 'against') else 'other'}"] = 1.0
        f[f"{role}in_pp_of_{'noun' if first.head.head.pos_ in ('NOUN', 'PROPN') else 'verb'}"] = 1.0
    # owned: a possessive ("his party's previous pledge", "his veto") or an "of" phrase naming an
    # actor ("the promises of the Conservative party"): the noun names the owner's thing
    if any(c.dep_ == "poss" for c in noun.children):
        f[f"{role}owned=poss"] = 1.0
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    if o.ent_type_ in _ACTOR_ENTS or o.pos_ == "PROPN" or o.lower_ in _PRONOUNS:
                        f[f"{role}owned=of_actor"] = 1.0
                    else:
                        # it heads an "of" phrase of another noun ("the threat of strikes")
                        f[f"{role}of_noun"] = 1.0
    # described, not told: an adjective ("empty promises", "current veto", "global aid"; the plural
    # is the base's `tag=`)
    if any(c.dep_ == "amod" for c in noun.children):
        f[f"{role}amod"] = 1.0
    return f


def _verb_role(verb: Token) -> dict[str, float]:
    """A verb's clause: a main clause tells an act; a relative clause may tell a habit or what generic
    agents do; a verb under a noun ("plans to lift") tells a planned act."""
    role = ROLE_PREFIX
    first = _first_conjunct(verb)
    clause = first.dep_ if first.dep_ in _CLAUSE_DEPS else "other"
    f = {f"{role}clause={clause}": 1.0}
    if first is not verb:
        f[f"{role}conj"] = 1.0
    head = first.head
    if clause == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # a relative clause on a plural without "the" or on an indefinite noun: generic agents
        # ("Householders who injure intruders") or a habit ("a drugs charity, which she supports")
        kind = _determiner_kind(head)
        if (head.tag_ in ("NNS", "NNPS") and kind in ("none", "other")) or kind == "indefinite":
            f[f"{role}relcl_generic"] = 1.0
        # the relative word is the verb's subject ("who injure"): the head noun is its agent
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in first.children):
            f[f"{role}relcl_subject"] = 1.0
    # an infinitive or gerund under a noun: "plans to lift", "efforts to deport", "the idea of
    # raising taxes" (a pcomp under a preposition of a noun)
    if clause == "acl" and head.pos_ in ("NOUN", "PROPN"):
        f[f"{role}under_noun"] = 1.0
    elif clause == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
        f[f"{role}under_noun"] = 1.0
    # the clause itself is the object or complement of a preposition ("by raising taxes")
    if clause == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        f[f"{role}under_prep_of_verb"] = 1.0
    return f


def _role_features(trigger: Token, verb: Token, noun: bool) -> dict[str, float]:
    """The syntactic role of the event's trigger (a noun alone) or of its verb's clause."""
    return _noun_role(trigger) if noun else _verb_role(verb)


def _cross_features(event_type: str, signs: dict[str, float]) -> dict[str, float]:
    """The event's type crossed with its kind of trigger, its rule, its sides' kinds and its mood of telling."""
    return {f"{CROSS_PREFIX}{event_type}|{k}": 1.0 for k in signs
            if k in _CROSSED or k.startswith(_CROSSED_PREFIXES)}


def features(doc: Doc, sent: Span, trigger: Token, verb: Token, event, rule: str, noun: bool) -> dict[str, float]:
    """The signs of one event mention, by name (1.0 each; the trigger's own lemma as `lemma=`)."""
    from .cameo import match_verb

    f: dict[str, float] = {"bias": 1.0, f"type={event.type}": 1.0, f"mode={event.mode or 'none'}": 1.0,
                           f"rule={rule}": 1.0, "noun" if noun else "verb": 1.0,
                           f"lemma={grammar.lemma(trigger)}": 1.0}
    m = match_verb(verb) if verb.pos_ in ("VERB", "AUX") else None
    f[f"cameo={str(m.code)[:2] if m is not None and m.code else 'none'}"] = 1.0
    f[f"type_cameo={event.type}:{str(m.code)[:2] if m is not None and m.code else 'none'}"] = 1.0
    f[f"tag={verb.tag_}"] = 1.0
    aux = grammar.aux_words(verb)
    for name, words in (("future", _FUTURE), ("possible", _POSSIBLE), ("obligation", _OBLIGATION)):
        if aux & words:
            f[name] = 1.0
    if "have" in aux or "has" in aux or "had" in aux:
        f["perfect"] = 1.0
    if any(c.dep_ == "auxpass" for c in verb.children):
        f["passive"] = 1.0
    if grammar.is_negated(verb):
        f["negated"] = 1.0
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in verb.children) or any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in verb.children):
        f["conditional"] = 1.0
    if sent.text.rstrip().rstrip("'\"’”").endswith("?"):
        f["question"] = 1.0
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        f["infinitive"] = 1.0
    for g in _governing_verbs(verb):
        lem = grammar.lemma(g)
        if lem in _INTENDING:
            f["under_intending"] = 1.0
        elif lem in _SAYING:
            f["under_saying"] = 1.0
        elif lem in _THINKING:
            f["under_thinking"] = 1.0
    start = trigger.idx
    for q in doc._.quotes or []:
        if q.span[0] <= start < q.span[1]:
            f["in_quote"] = 1.0
            break
    if sent.start == 0 or "\n" in doc_text(doc)[max(0, sent.start_char - 2):sent.start_char]:
        f["first_line" if sent.start == 0 else "paragraph_start"] = 1.0
    n = sum(1 for t in sent if not t.is_punct and not t.is_space)
    f["long" if n > 30 else ("short" if n < 12 else "medium")] = 1.0
    for side, actor_id, code in (("source", event.source, event.source_code), ("target", event.target, event.target_code)):
        f[f"{side}={_kind(doc, actor_id) if actor_id else ('agent' if code else 'none')}"] = 1.0
    subj = _subject_token(verb)
    if subj is not None:
        if subj.lower_ in _PRONOUNS:
            f["subject=pronoun"] = 1.0
        elif subj.tag_ == "NNS" and not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            f["subject=generic_plural"] = 1.0
    f.update(_cross_features(event.type, f))
    model = load_model()
    if READ_EVERY_FAMILY or model.reads_words:
        f.update(_word_features(verb))
    if READ_EVERY_FAMILY or model.reads_roles:
        f.update(_role_features(trigger, verb, noun))
    if READ_EVERY_FAMILY or model.reads_vectors:
        f.update(_vector_features(doc, sent, trigger, verb, subj))
    return f


class Model:
    """P(right) of an event from its features: a two-class logistic regression."""

    def __init__(self, names: list[str], weights: list[float], threshold: float, meta: dict, exempt: frozenset[str] = frozenset()):
        self.index = {n: i for i, n in enumerate(names)}
        self.weights = weights
        self.threshold = threshold
        self.meta = meta
        # types kept whatever their confidence (force: it already needs evidence of force and has its own yardstick)
        self.exempt = exempt
        self.reads_words = any(n.startswith(WORD_PREFIXES) for n in names)
        self.reads_vectors = any(n.startswith(VECTOR_PREFIX) for n in names)
        self.reads_roles = any(n.startswith(ROLE_PREFIX) for n in names)

    def keeps(self, event_type: str, confidence: float, min_confidence: float) -> bool:
        return event_type in self.exempt or confidence >= min_confidence

    def confidence(self, feats: dict[str, float]) -> float:
        s = sum(self.weights[self.index[k]] * v for k, v in feats.items() if k in self.index)
        return 1.0 / (1.0 + math.exp(-s))


@functools.lru_cache(maxsize=1)
def load_model() -> Model:
    path = resources.files(lexicon.__name__).joinpath(MODEL_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Model(list(data["features"]), [float(w) for w in data["weights"]], float(data["threshold"]),
                     dict(data.get("trained_on") or {}), frozenset(data.get("exempt") or ()))
    except FileNotFoundError:
        raise ConfigError(f"event confidence: no file {MODEL_FILE} in coincide/nlp/lexicon "
                          "(make it with scripts/train_event_confidence.py)") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"event confidence {MODEL_FILE}: not a model file ({exc})") from None
