"""coincide_figures: claimed quantities about people and things, with who claims them.

Like GDELT's counts and amounts, but each figure keeps its evidence. A figure is a number in the
text ("93,000", "two", "2.5 million", "$12M", "two-thirds", and "millions" / "thousands" read as at
least 1,000,000 / 1,000) that counts something: its unit is the noun it counts ("people",
"troops", "dollars"), its `about` the verb or noun saying what happened to them ("killed",
"displaced", "arrested", "deaths"). Numbers in dates, ages and ordinals are not figures, and a
count of something that is neither people, forces nor money needs an event verb to be kept.

`qualifier` is the hedge in front ("at least", "nearly", "more than", "about"); `place` the actor
of the place it is about ("in Syria's conflict"); `source` who claims it ("according to a U.N.
estimate", the speaker of the quote holding it, or the subject of the reporting verb above it);
`since` the start of the period it covers ("since March 2011" -> "2011-03").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .doc_cache import doc_text, sentence_ents
from ..records import Figure
from .cues import SPEECH
from .dates import parse_published, resolve
from .mentions import actor_by_id, mentions_in

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
# "millions have been displaced": a plural scale word alone is a lower bound
PLURAL_SCALES = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
                 "billions": 1_000_000_000, "tens": 10}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2}
QUALIFIERS = [
    "at least", "at most", "more than", "less than", "fewer than", "up to", "as many as", "as few as",
    "nearly", "almost", "about", "around", "approximately", "roughly", "some", "over", "under", "just over",
    "just under", "close to", "an estimated", "estimated", "upwards of", "no fewer than", "no more than",
]
PEOPLE = set(
    """
    people person persons civilian civilians soldier soldiers troop troops refugee refugees child children
    woman women man men protester protesters demonstrator demonstrators prisoner prisoners member members
    fighter fighters militant militants rebel rebels police policeman policemen officer officers student students
    worker workers resident residents villager villagers immigrant immigrants migrant migrants official officials
    victim victims casualty casualties death deaths body bodies national nationals personnel serviceman servicemen
    citizen citizens activist activists supporter supporters journalist journalists hostage hostages detainee
    detainees inhabitant inhabitants family families youth youths guerrilla guerrillas peacekeeper peacekeepers
    """.split()
)
MONEY_UNITS = {"$": "dollars", "dollar": "dollars", "dollars": "dollars", "euro": "euros", "euros": "euros",
               "€": "euros", "£": "pounds", "pound": "pounds", "pounds": "pounds", "yen": "yen", "usd": "dollars"}
IMPACT = set(
    """
    kill die wound injure displace arrest detain flee evacuate abduct kidnap deport execute jail imprison
    release free missing dead displaced homeless starve rescue deploy send withdraw protest demonstrate march
    strike capture seize destroy shell bomb attack torture expel cost pledge donate provide give spend
    lose raise fund allocate grant lend injured wounded killed
    """.split()
)
SOURCE_NOUNS = {"estimate", "count", "figure", "figures", "tally", "report", "data", "statistics", "toll"}


@Language.factory("coincide_figures", requires=["token.dep", "doc.ents"], assigns=["doc._.figures"])
def make_figures(nlp, name):  # no annotations: spaCy's config validation cannot read postponed ones
    return FiguresComponent()


class FiguresComponent:
    def __call__(self, doc: Doc) -> Doc:
        ref = parse_published(getattr(doc._.story, "published", None))
        figures: list[Figure] = []
        for sent in doc.sents:
            figures.extend(sentence_figures(doc, sent, ref))
        doc._.figures = figures
        return doc


def parse_value(words: list[str]) -> float | None:
    """The number a run of number words and digits names: "93,000", "2.5 million", "two-thirds"."""
    if "-" in words:
        words = ["".join(words)]
    total = 0.0
    current = None
    for raw in words:
        w = raw.lower().strip().replace(",", "")
        if not w:
            continue
        m = re.fullmatch(r"\$?(\d+(?:\.\d+)?)([kmb]|bn)?", w)
        if m:
            current = float(m.group(1)) * (SCALES[m.group(2)] if m.group(2) else 1)
            continue
        if "-" in w:
            parts = w.split("-")
            if len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in FRACTIONS:
                return WORD_NUMBERS[parts[0]] * FRACTIONS[parts[1]]
            if len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in WORD_NUMBERS:
                current = (current or 0) + WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]]
                continue
            return None
        if w in WORD_NUMBERS and w != "hundred":
            current = (current or 0) + WORD_NUMBERS[w]
        elif w in SCALES and w not in ("k", "m", "b", "bn"):
            scale = SCALES[w]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = None
        elif w in PLURAL_SCALES:
            current = (current or 1) * PLURAL_SCALES[w]
        elif w in ("a", "an", "and"):
            continue
        else:
            return None
    if current is not None:
        total += current
    return total if total or words else None


def _number_run(tok: Token) -> list[Token]:
    """The tokens of the number a NUM token belongs to ("2.5 million", "twenty - five")."""
    run = [tok]
    i = tok.i
    doc = tok.doc
    # "two-thirds" is three tokens
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in FRACTIONS:
        return [tok, doc[i + 1], doc[i + 2]]
    while i + 1 < len(tok.doc) and tok.doc[i + 1].like_num and tok.doc[i + 1].ent_iob_ != "B":
        i += 1
        run.append(tok.doc[i])
    return run


def _qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    before = doc_text(doc)[max(0, doc[start].idx - 24) : doc[start].idx].lower()
    before = re.sub(r"\s+", " ", before).rstrip(" $")
    for q in sorted(QUALIFIERS, key=len, reverse=True):
        if before.endswith(" " + q) or before == q:
            return q, doc[start].idx - len(q) - (1 if doc[start].text.startswith("$") else 1)
    return None, doc[start].idx


def _counted(num: Token) -> Token:
    """The noun a number counts: its head for "93,000 people", itself for "millions"."""
    if num.dep_ in ("nummod", "quantmod", "compound") and num.head.pos_ in ("NOUN", "PROPN", "NUM"):
        head = num.head
        if head.dep_ in ("nummod", "compound") and head.head.pos_ == "NOUN":
            head = head.head
        return head
    return num


def _about(noun: Token) -> Token | None:
    """What happened to the counted: the verb it is subject or object of, a participle after it."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            return c
        if c.dep_ == "amod" and c.lemma_.lower() in IMPACT:
            return c
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and head.pos_ in ("VERB", "AUX", "ADJ"):
        if head.lemma_.lower() == "be":
            for c in head.children:
                if c.dep_ in ("acomp", "attr") and c is not noun:
                    return c
        return head
    if noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "NOUN"):
        return head.head
    return None


def _unit(counted: Token, num_tokens: list[Token], money: bool) -> str | None:
    for t in num_tokens + [counted]:
        u = MONEY_UNITS.get(t.text.lower()) or MONEY_UNITS.get(t.text[:1])
        if u:
            return u
    if money:
        return "dollars"
    if counted in num_tokens:
        return None
    low = counted.lower_
    if low in ("person", "persons"):
        return "people"
    return low


def _place(doc: Doc, verb: Token | None, counted: Token) -> str | None:
    for holder in [t for t in (verb, counted) if t is not None]:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout", "inside", "from"):
                span = doc[c.i : c.right_edge.i + 1]
                for m in mentions_in(doc, span.start_char, span.end_char):
                    actor = actor_by_id(doc, m.actor)
                    if actor is not None and actor.kind in ("country", "government", None) or (
                        actor is not None and actor.kind not in ("person",)
                    ):
                        return m.actor
    return None


def _source(doc: Doc, sent: Span, start: int, end: int, verb: Token | None) -> str | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            span = doc[tok.i + 2 : max(tok.right_edge.i + 1, tok.i + 3)]
            for t in doc[tok.i + 1].children:
                span = doc[t.left_edge.i : t.right_edge.i + 1]
            found = mentions_in(doc, span.start_char, span.end_char)
            if found:
                return found[0].actor
    for q in doc._.quotes or []:
        qs, qe = q.span
        if qs <= start and end <= qe and q.speaker:
            return q.speaker
    # the subject of a reporting verb above the figure ("the U.N. said 93,000 people ...")
    tok = verb
    for _ in range(6):
        if tok is None or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in SPEECH or tok.lemma_.lower() in ("estimate",):
            for c in tok.children:
                if c.dep_ == "nsubj":
                    found = mentions_in(doc, doc[c.left_edge.i].idx, c.right_edge.idx + len(c.right_edge))
                    if found:
                        return found[0].actor
    return None


def _since(sent: Span, ref) -> str | None:
    for ent in sentence_ents(sent):
        if ent.label_ == "DATE":
            # "since March 2011", "since it erupted in March 2011"
            window = ent.doc[max(sent.start, ent.start - 5) : ent.start]
            if any(t.lower_ == "since" for t in window) and not any(t.is_punct for t in window):
                return resolve(ent.text, ref)
    return None


def sentence_figures(doc: Doc, sent: Span, ref) -> list[Figure]:
    out: list[Figure] = []
    seen: set[int] = set()
    for tok in sent:
        if tok.i in seen:
            continue
        low = tok.lower_
        is_plural_scale = low in PLURAL_SCALES and tok.pos_ in ("NOUN", "NUM") and low != "tens"
        fraction = re.fullmatch(r"[a-z]+-(thirds?|quarters?|halfs?|fifths?)", low)
        if not (tok.like_num or tok.pos_ == "NUM" or is_plural_scale or fraction or tok.text[:1] in "$€£" and any(ch.isdigit() for ch in tok.text)):
            continue
        if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT") or tok.lower_ in ("one",) and tok.dep_ not in ("nummod",):
            continue
        run = _number_run(tok)
        seen.update(t.i for t in run)
        words = [t.text for t in run]
        if doc[run[0].i - 1].text in "$€£" if run[0].i > 0 else False:
            money = True
        else:
            money = tok.ent_type_ == "MONEY"
        value = parse_value([w for w in words if w not in "$€£"])
        if value is None or value == 0:
            continue
        counted = _counted(run[-1])
        is_fraction = run[-1].lower_ in FRACTIONS and len(run) > 1
        if is_fraction:
            # "two-thirds of the population have fled": a share, counted by what it is a share of
            verb = _about(run[-1]) or _about(run[0])
            if verb is None or verb.lemma_.lower() not in IMPACT:
                continue
            qualifier, qstart = _qualifier(doc, run[0].i)
            start = qstart if qualifier else run[0].idx
            end = verb.idx + len(verb) if verb.i > run[-1].i else run[-1].idx + len(run[-1])
            out.append(Figure(value=value, unit="share", about=verb.text.lower(), qualifier=qualifier,
                              place=_place(doc, verb, run[-1]), source=_source(doc, sent, start, end, verb),
                              since=_since(sent, ref), span=(start, end), text=doc_text(doc)[start:end]))
            continue
        if counted.i in (t.i for t in run) and not is_plural_scale and not money:
            # a bare number ("the 18 most important cities" has a noun; "one of" does not)
            if counted.pos_ == "NUM" and counted.head.pos_ in ("NOUN",):
                counted = counted.head
            else:
                continue
        unit = _unit(counted, ([doc[run[0].i - 1]] if run[0].i > 0 else []) + run, money)
        verb = _about(counted)
        about = verb.lemma_.lower() if verb is not None else None
        if about is not None and verb is not None:
            about = verb.text.lower()
        impact = verb is not None and verb.lemma_.lower() in IMPACT
        if is_plural_scale and unit is None:
            unit = "people" if impact else None
        if not (money or (unit in PEOPLE) or unit == "people" or impact):
            continue
        qualifier, qstart = _qualifier(doc, run[0].i)
        if is_plural_scale and qualifier is None:
            qualifier = "at least"
        if unit in PEOPLE and unit != "people" and unit not in ("troops",):
            pass
        phrase = [run[0].i, counted.i] + ([verb.i] if verb is not None else [])
        start_tok = doc[min(phrase)]
        end_tok = doc[max(phrase)]
        start = min(qstart, start_tok.idx) if qualifier else start_tok.idx
        start = max(start, sent.start_char)
        end = end_tok.idx + len(end_tok)
        out.append(
            Figure(
                value=value,
                unit=unit,
                about=about,
                qualifier=qualifier,
                place=_place(doc, verb, counted),
                source=_source(doc, sent, start, end, verb),
                since=_since(sent, ref),
                span=(start, end),
                text=doc_text(doc)[start:end],
            )
        )
    return out
