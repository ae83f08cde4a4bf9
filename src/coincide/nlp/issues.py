"""Issue labels: a short canonical name for the matter a position is about.

A label must be the same when two actors (or two stories) speak of the same matter in different
words, so it is built from the parse, not from the wording:

* the proposition's head noun, lemmatised, with the modifiers that classify it (compound nouns and
  relational adjectives: "chemical weapon", "peace talk"), not those that grade it ("fierce",
  "bloody", "continuing");
* the first prepositional object when it narrows the matter ("violence in Syria", "talk in Geneva");
* light verbs of dealing with a matter are dropped ("securing chemical weapons" -> "chemical
  weapon"), so are verbs of ending or reducing it ("stopping the violence", "reduce the violence"
  -> "violence"), but those keep a direction in the grouping key, so "end the talks" never meets
  "hold talks" on the same issue; any other verb stays ("send weaponry", "Assad leave power");
* a generic object ("the issue", "the situation") gives way to the words that say how or what
  ("through political means", "peacefully").

Within a story, labels are then grouped (`group_issues`): positions whose head lemmas meet, or
whose head is a modifier of the other's ("negotiated peace talks" ~ "talks"), share the most
frequent label of the group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Token

from . import lexicon
from .grammar import direct_object, noun_lemma

# Verbs of dealing with a matter: the matter is the issue.
LIGHT_VERBS = lexicon.words("issues", "light_verbs")
# Verbs of ending or reducing a matter: the matter is the issue, with a "-" direction in the key.
REDUCING_VERBS = lexicon.words("issues", "reducing_verbs")
# Heads that name a container or a manner rather than the matter ("the negotiations table" is about
# negotiations; "a way to peace" about peace).
LIGHT_HEADS = lexicon.words("issues", "light_heads")
# Objects that do not say what the matter is.
GENERIC = lexicon.words("issues", "generic")
# Relational adjectives classify the noun (chemical, nuclear, civil, political); others grade it.
RELATIONAL_SUFFIXES = ("al", "ic", "ary", "ory", "ian", "ese", "ish", "an")
GRADING = lexicon.words("issues", "grading")
PREP_KEEP = frozenset("in on of for to against over with about between from".split())
# Prepositions whose phrase says what a noun is without narrowing where ("detention without
# trial"): read for the label's wording only, never as the cross-story key's cut (compare.issue_key).
PREP_PHRASE = PREP_KEEP | frozenset({"without"})
# Honorifics are no part of an owner's name ("Mr Blair's plans" -> "plan of Blair").
HONORIFIC_WORDS = lexicon.words("actors", "honorifics")
ANAPHORIC_HEADS = lexicon.words("parties", "anaphoric_heads")
# Heads that say there is a matter without saying which ("the plans", "the decision", "a call").
BARE_HEADS = lexicon.words("issues", "bare_heads")
# Whether a label that is still a bare head after completion gives its position no target (the
# issue's "a stance word with no target worth naming gives no position"). Measured both ways on the
# labelled set (docs/holders-and-labels.md); a module setting so the measurement can be repeated.
DROP_BARE = False
# Pronouns that point back to a matter named before ("opposed it", "backed this").
POINTING_PRONOUNS = frozenset("it this them these".split())
# How far back a bare head or a pointing pronoun looks for the matter named in full, in sentences.
ANTECEDENT_SENTENCES = 3
# A label longer than this is a clause, not a name for a matter.
MAX_WORDS = 9
STOP = frozenset("the a an this that these those some any all its their his her our your my".split())


def stem(word: str) -> str:
    """A crude derivational stem so "negotiate", "negotiated" and "negotiations" meet."""
    w = word.lower()
    for suffix in ("ations", "ation", "ated", "ates", "ate", "ings", "ing", "fully", "ful", "ly", "ies", "es", "s", "ed", "ion"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _classifying(mod: Token) -> bool:
    if mod.dep_ == "compound" and mod.pos_ in ("NOUN", "PROPN"):
        return True
    if mod.dep_ == "amod" and mod.tag_ in ("JJ",) and mod.lower_ not in GRADING:
        return mod.lower_.endswith(RELATIONAL_SUFFIXES) and not mod.lower_.endswith(("ful", "less"))
    return False


@dataclass
class Label:
    text: str  # the label, e.g. "chemical weapon"
    head: str  # stem of the head, e.g. "weapon"
    direction: str = "+"  # "-" when the proposition ends or reduces the matter
    modifiers: set[str] = field(default_factory=set)  # stems of every pre-modifier, for grouping

    @property
    def key(self) -> str:
        return f"{self.direction}{self.head}"


def _np_words(head: Token) -> tuple[list[str], set[str]]:
    """Classifying modifiers + head lemma; and the stems of every pre-modifier."""
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod")]
    all_stems = {stem(noun_lemma(c)) for c in mods if c.is_alpha}
    words = []
    for c in mods:
        if _classifying(c):
            words += _compound_words(c)
    return words + [noun_lemma(head)], all_stems


def _compound_words(c: Token, depth: int = 0) -> list[str]:
    """A classifying modifier with the classifying modifiers of its own: "stem cell research" is
    not "cell research", "house arrest powers" not "arrest powers"."""
    inner = []
    if c.dep_ == "compound" and depth < 2:
        for g in c.children:
            if g.i < c.i and g.dep_ in ("compound", "amod") and _classifying(g):
                inner += _compound_words(g, depth + 1)
    word = noun_lemma(c)
    doc = c.doc
    if c.i >= 2 and doc[c.i - 1].text == "-" and not doc[c.i - 2].whitespace_ and not doc[c.i - 1].whitespace_:
        word = f"{doc[c.i - 2].lower_}-{word}"
    return inner + [word]


def _pp(head: Token, skip: set[int]) -> str:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in PREP_PHRASE and prep.i > head.i and prep.i not in skip:
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and pobj.lower_ not in STOP and pobj.pos_ in ("NOUN", "PROPN"):
                words, _ = _np_words(pobj)
                return f"{prep.lower_} {' '.join(words)}"
            if pobj is not None and pobj.tag_ == "VBG":
                # "improvements in reporting fraud": a gerund's own phrase says what the noun is about
                act = _act_words(pobj)
                if len(act) > 1:
                    return f"{prep.lower_} {' '.join(act)}"
    return ""


def _act_words(verb: Token) -> list[str]:
    """A verb with its particle and object ("raise council tax", "report fraud"), lemmatised."""
    words = [verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"]
    obj = direct_object(verb)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in STOP:
        words += _np_words(obj)[0]
    return words


def _complement(head: Token) -> str:
    """What the noun's own clause says it is, when no prepositional phrase does:
    - its infinitive ("plans to raise council tax", "action to reach the goals"), which the small
      model also hangs on the noun as xcomp, relcl or advcl ("Plans to abolish quangos were ...");
    - "for X to Y" ("calls for the law change to be delayed");
    - a content clause ("claims that Blair fiddled the figures");
    - a relative clause whose subject is the noun ("policies which encouraged social mobility")."""
    for c in head.children:
        if c.i <= head.i or c.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(c.children)
        if c.dep_ in ("acl", "xcomp", "relcl", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in kids):
            act = _act_words(c)
            subj = next((g for g in kids if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN")), None)
            if subj is not None and any(g.dep_ == "mark" and g.lower_ == "for" for g in kids):
                chain = [g.lower_ for g in kids if g.dep_ in ("aux", "auxpass") and g.i < c.i] + [c.lower_]
                return "for " + " ".join(_np_words(subj)[0] + chain)
            if len(act) > 1:
                return "to " + " ".join(act)
            continue
        if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in kids):
            act = _act_words(c)
            subj = next((g for g in kids if g.dep_ in ("nsubj", "nsubjpass")), None)
            who = [] if subj is None else [subj.lower_] if subj.pos_ == "PRON" else _np_words(subj)[0]
            if len(act) > 1:
                # "a plea that the holder should not be a lawyer": the clause's negation is its sense
                neg = ["not"] if any(g.dep_ == "neg" for g in kids) else []
                return "that " + " ".join(who + neg + act)
            continue
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that", "who") for g in kids):
            act = _act_words(c)
            if len(act) > 1:
                neg = ["not"] if any(g.dep_ == "neg" for g in kids) else []
                return "that " + " ".join(neg + act)
    return ""


def _phrase(words: list[str]) -> str:
    """The label's words, cut to a name's length."""
    return " ".join(" ".join(words).split()[:MAX_WORDS])


AMOUNT_ENTS = frozenset("MONEY PERCENT QUANTITY CARDINAL".split())


def noun_label(head: Token, skip: set[int] = frozenset(), *, complete: bool = True) -> Label | None:
    amount = head.ent_type_ in AMOUNT_ENTS or head.like_num or head.pos_ == "NUM" or (
        any(c.dep_ == "nummod" for c in head.children) and any(t.tag_ == "$" for t in head.subtree)
    )
    if amount:
        # "£4bn in tax cuts": the amount is not the matter, what it is in or of is
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for", "on"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj != head:
                    return noun_label(pobj, skip)
        return None
    if head.lower_ in POINTING_PRONOUNS and head.tag_ != "WDT" and head.pos_ in ("PRON", "DET") and head.dep_ in ("dobj", "pobj", "nsubjpass"):
        # "The Tories opposed it": the matter the story named in full just before
        return _pointed_matter(head)
    bare = head.lemma_.lower() in BARE_HEADS
    if head.pos_ not in ("NOUN", "PROPN") or (head.lemma_.lower() in GENERIC and not bare) or head.lower_ in STOP:
        return None
    words, mods = _np_words(head)
    if head.lemma_.lower() in LIGHT_HEADS:
        inner = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        if inner:
            words = [noun_lemma(inner[-1])]
            key = stem(noun_lemma(inner[-1]))
            return Label(" ".join(words + ([_pp(head, skip)] if _pp(head, skip) else [])), key, "+", mods)
        pp = _pp(head, skip)
        if pp:
            return Label(pp.split(" ", 1)[1], stem(pp.split()[-1]), "+", mods)
    pp = _pp(head, skip) or _complement(head) or _owner(head)
    label = Label(_phrase(words + ([pp] if pp else [])), stem(noun_lemma(head)), "+", mods)
    if bare and not pp and len(words) == 1 and complete:
        label = _completed(head, label)
        if head.lemma_.lower() in GENERIC and is_bare(label):
            return None  # "the move" alone was never a matter (GENERIC): only completed it is one
    if DROP_BARE and is_bare(label):
        return None
    return label


def is_bare(label: Label | None) -> bool:
    """A label that is one bare head ("plan", "decision"): it names no matter of its own."""
    return label is not None and label.text in BARE_HEADS


def _completed(head: Token, label: Label) -> Label:
    """A bare head with nothing in its own phrase ("the plans", "the decision", "Blair's bill"):
    the same noun where the story last named it in full ("the plans to raise council tax" ...
    "the plans"), else its named owner ("plan of Blair"). The key keeps the head's stem, so
    grouping and the cross-story key are unchanged."""
    # the same noun anywhere before (as positions._antecedent_label reads "the plans"), looked up
    # in the story's index of nouns with words of their own, so a long story is read once
    found = None
    lemma = head.lemma_.lower()
    for i in reversed(_content_nouns(head.doc).get(lemma, ())):
        if i >= head.i:
            continue
        t = head.doc[i]
        if t.head == head or head in t.ancestors:
            continue
        lab = noun_label(t, complete=False)
        if lab is not None and not is_bare(lab) and len(lab.text.split()) > 1:
            found = lab
            break
    if found is not None:
        return Label(found.text, label.head, label.direction, label.modifiers | found.modifiers)
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            words = [t.text for t in c.subtree if t.pos_ == "PROPN" and t.lower_ not in HONORIFIC_WORDS]
            if words:
                return Label(_phrase([label.text, "of"] + words), label.head, label.direction, label.modifiers)
    return label


_CONTENT_DEPS = frozenset(("compound", "amod", "nmod", "prep", "acl", "poss", "relcl", "xcomp", "advcl"))


def _content_nouns(doc) -> dict[str, list[int]]:
    """Every common noun of the story with words of its own, by lemma, in story order: built once a
    Doc (kept in doc.user_data), so completing a bare head is a look-up, not a walk back over a
    long story per noun."""
    key = "coincide_issues_content_nouns"
    index = doc.user_data.get(key)
    if index is None:
        index = {}
        for t in doc:
            if t.pos_ == "NOUN" and any(c.dep_ in _CONTENT_DEPS for c in t.children):
                index.setdefault(t.lemma_.lower(), []).append(t.i)
        doc.user_data[key] = index
    return index


def _antecedent(tok: Token, same, sentences: int | None = ANTECEDENT_SENTENCES,
                own_sentence: bool = True) -> Label | None:
    """The nearest noun before tok, within `sentences` sentences before (None: the whole story),
    for which same(noun) holds and whose own label says more than its head; own_sentence=False
    starts the search at the sentence before."""
    doc = tok.doc
    first = tok.sent.start if sentences is not None else 0
    for _ in range(sentences or 0):
        if first > 0:
            first = doc[first - 1].sent.start
    last = tok.i if own_sentence else tok.sent.start
    for t in reversed(doc[first : last]):
        if t.pos_ != "NOUN" or not same(t):
            continue
        if t.head == tok or tok in t.ancestors:
            continue
        if not any(c.dep_ in _CONTENT_DEPS for c in t.children):
            continue
        found = noun_label(t, complete=False)
        if found is not None and not is_bare(found) and len(found.text.split()) > 1:
            return found
    return None


def _pointed_matter(pron: Token) -> Label | None:
    """ "The government unveiled plans to close 20 courts. The Tories opposed them": a pronoun
    object of a stance stands for the plan, bill or measure the story named in full just before
    (a bare head with its own phrase, in the ANTECEDENT_SENTENCES sentences before). Other
    nouns are not taken: "it" after "a nudge to the government" is more often the bill than the
    government, and a wrong matter is worse than none."""
    # the sentences before only: within its own sentence a pronoun is as often the subject's
    # ("the plan is good for families and we back it") as the matter's, and the clause's own
    # frame reads that
    return _antecedent(pron, lambda t: t.lemma_.lower() in BARE_HEADS, own_sentence=False)


def _owner(head: Token) -> str:
    """A named owner says whose matter it is: "the Home Office's powers" -> "power of Home Office"
    (a pronoun owner, "its reform", names nobody here)."""
    if head.lemma_.lower() in ANAPHORIC_HEADS:
        return ""  # "Blair's plans" are the plans the story named in full (positions._antecedent_label)
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            words = [t.text for t in c.subtree if t.pos_ == "PROPN" and t.lower_ not in HONORIFIC_WORDS]
            if words:
                return "of " + " ".join(words)
    return ""


def _manner(verb: Token) -> Label | None:
    """What a verb with a generic object says about how: "through political means", "peacefully"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("through", "by", "via", "with"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                lab = noun_label(pobj)
                if lab:
                    return lab
        if c.dep_ == "advmod" and c.lower_.endswith("ly") and len(c.text) > 5:
            # a manner is its own matter: it must not join a noun that shares its stem
            return Label(c.lower_, "adv:" + c.lower_, "+", set())
    return None


def verb_label(verb: Token, subject_name: str | None = None) -> Label | None:
    """The label of a verbal proposition ("stopping the violence", "Assad to leave power")."""
    lemma = verb.lemma_.lower()
    obj = direct_object(verb)
    xcomp = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if obj is None and xcomp and (lemma in LIGHT_VERBS or lemma in REDUCING_VERBS or any(c.dep_ == "prt" for c in verb.children)):
        # "end up helping X", "continue sending X": the matter is in the complement
        return verb_label(xcomp[0], subject_name)
    if any(c.dep_ == "prt" for c in verb.children):
        lemma = lemma + " " + next(c.lower_ for c in verb.children if c.dep_ == "prt")
    if lemma in LIGHT_VERBS or lemma in REDUCING_VERBS:
        direction = "-" if lemma in REDUCING_VERBS else "+"
        lab = noun_label(obj) if obj is not None else None
        if lab is None and obj is None:
            # "push the parties to the table": the matter is in the prepositional object
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "for", "towards", "toward", "on"):
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        lab = noun_label(pobj)
                        break
        if lab is None:
            lab = _manner(verb)
        if lab is None and obj is not None and obj.lemma_.lower() in GENERIC:
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "for", "towards", "toward"):
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        lab = noun_label(pobj)
                        break
        if lab is None:
            return None
        lab.direction = direction
        return lab
    parts = [subject_name] if subject_name else []
    parts.append(lemma)
    head = lemma
    mods: set[str] = set()
    if obj is not None and obj.lower_ not in STOP and obj.pos_ != "PRON":
        words, mods = _np_words(obj)
        parts += words
        # "give power back to the people", "hours of sports lessons": what the object is for or of
        pp = _pp(obj, set()) or _pp(verb, set())
        if pp:
            parts.append(pp)
        head = stem(noun_lemma(obj))
    elif verb.pos_ != "VERB":
        return None
    elif any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return None  # the object is a pronoun ("that I will not put at risk"): the matter is elsewhere
    else:
        pp = _pp(verb, set())
        if pp:
            parts.append(pp)
    # the verb and its own subject are part of the matter: "send weapons" is not "secure weapons"
    key = ":".join(stem(w) for w in ([subject_name] if subject_name else []) + [lemma.split()[0]])
    key = f"{key}:{head}" if obj is not None else key
    return Label(_phrase([p for p in parts if p]), key, "+", mods | {stem(lemma)})


def passive_label(verb: Token, subject: Token) -> Label | None:
    """The label of a passive proposition, whose grammatical subject is what the act is done to:
    "the advice should be published" is "publish advice", as its active "publish the advice" is."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in STOP:
        return None
    lemma = verb.lemma_.lower()
    words, mods = _np_words(subject)
    pp = _pp(subject, set())
    head = stem(noun_lemma(subject))
    return Label(_phrase([lemma, *words] + ([pp] if pp else [])), f"{stem(lemma)}:{head}", "+", mods | {stem(lemma)})


def group_issues(labels: list[Label | None]) -> list[str | None]:
    """One label per input, the same for every input on the same matter within this story.

    Two labels are the same matter when their keys (direction + head stem) are equal, or when one's
    head is a pre-modifier of the other's in the same direction ("peace talk" and "talk"; "negotiated
    peace talks" links "talk" and "negotiation"). Each group takes its most frequent label, the
    shorter on a tie.
    """
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    keys = {lab.key for lab in labels if lab}
    for lab in labels:
        if not lab:
            continue
        find(lab.key)
        for mod in lab.modifiers:
            other = f"{lab.direction}{mod}"
            if other in keys and other != lab.key:
                union(lab.key, other)
    members: dict[str, Counter] = defaultdict(Counter)
    for lab in labels:
        if lab:
            members[find(lab.key)][lab.text] += 1
    best = {
        root: sorted(counts.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0] for root, counts in members.items()
    }
    return [best[find(lab.key)] if lab else None for lab in labels]


def group_key(labels: list[Label | None]) -> list[str | None]:
    """The grouping root of each label (direction included), for comparing positions."""
    texts = group_issues(labels)
    # the root label text plus direction is a stable key inside one story
    return [f"{lab.direction}{t}" if lab and t else None for lab, t in zip(labels, texts)]
