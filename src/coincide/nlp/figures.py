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
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .doc_cache import doc_text, sentence_ents
from ..records import Figure
from .cues import SPEECH
from . import lexicon
from .dates import parse_published, resolve
from .grammar import children, reported_by
from .knowledge import knowledge_base
from .mentions import actor_by_id, mentions_in

# The words of English this component reads are data: lexicon/figures.toml, one table each (its
# comments say what each is read for and where it came from). The names below keep their types
# (dicts of ints or floats, sets, frozensets, a list) so the code and whoever imports them read
# them as before.
_LEXICON = "figures"


def _values(key: str) -> dict:
    """A table of words and their numbers, as written (a fresh dict: some are added to below)."""
    return dict(lexicon.table(_LEXICON, key))


def _ratios(key: str) -> dict[str, float]:
    """A table of words and [numerator, denominator] pairs, divided here so that a third is exactly
    1 / 3 (TOML would need the float written to 17 digits)."""
    return {word: num / den for word, (num, den) in lexicon.table(_LEXICON, key).items()}


WORD_NUMBERS = _values("number_words")
SCALES = _values("scales")
# "millions have been displaced": a plural scale word alone is a lower bound
PLURAL_SCALES = _values("plural_scales")
FRACTIONS = _ratios("fractions")
QUALIFIERS = list(lexicon.table(_LEXICON, "qualifiers")[lexicon.WORDS])
PEOPLE = set(lexicon.words(_LEXICON, "people"))
MONEY_UNITS = dict(lexicon.table(_LEXICON, "money_units"))
IMPACT = set(lexicon.words(_LEXICON, "impact"))
# Of the IMPACT verbs, those only people suffer.
PEOPLE_SUFFER = lexicon.words(_LEXICON, "people_suffer")
# Of the IMPACT verbs, those that make a count of things (no people, no money) a figure.
THINGS_HARMED = lexicon.words(_LEXICON, "things_harmed")
# Verbs whose subject claims the figure under them: speech verbs and "estimate".
REPORTING = SPEECH | lexicon.words(_LEXICON, "reporting_verbs")
# Verbs of findings: a survey, a poll, a report or data "show" or "find" a figure as a person says it
# ("the latest poll showed Trump at 31 percent", "a survey found 40% ..."); read for claimants only
# (a bare number that finds is no count of people, as one that says is).
CLAIMED_BY = REPORTING | lexicon.words(_LEXICON, "finding_verbs")
# Findings a figure is read "in" (a poll, a survey, their average): read for claimants only.
FINDING_NOUNS = lexicon.words(_LEXICON, "finding_nouns")


@Language.factory("coincide_figures", requires=["token.dep", "doc.ents"], assigns=["doc._.figures"])
def make_figures(nlp, name):  # no annotations: spaCy's config validation cannot read postponed ones
    return FiguresComponent()


class FiguresComponent:
    def __call__(self, doc: Doc) -> Doc:
        ref = parse_published(getattr(doc._.story, "published", None))
        figures: list[Figure] = []
        counted_before: dict[float, Token] = {}  # the story's counts of people so far, by value
        for sent in doc.sents:
            figures.extend(sentence_figures(doc, sent, ref, counted_before))
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
        if w == "dozen":
            current = (current or 1) * 12  # "two dozen" is 24, "a dozen" 12
        elif w in WORD_NUMBERS and w != "hundred":
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
    # "twenty-five", "Thirty-three" are three tokens and one number (not 20 and 5; a range of
    # digits, "10-15", is read elsewhere)
    if i + 2 < len(doc) and tok.lower_ in WORD_NUMBERS and doc[i + 1].text == "-" and not tok.whitespace_ \
            and not doc[i + 1].whitespace_ and doc[i + 2].lower_ in WORD_NUMBERS and WORD_NUMBERS[tok.lower_] >= 20:
        return [tok, doc[i + 1], doc[i + 2]]
    while i + 1 < len(tok.doc) and (tok.doc[i + 1].like_num and tok.doc[i + 1].ent_iob_ != "B" or tok.doc[i + 1].lower_ == "dozen"):
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
                if c.dep_ in ("acomp", "attr") and c != noun:
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


def _source(doc: Doc, sent: Span, start: int, end: int, verb: Token | None) -> dict[str, str | None]:
    """Who claims a figure: `source`, the actor ("according to a U.N. estimate", the speaker of the
    quote holding it, the subject of the reporting verb above it), and `source_text`, the
    claimant's own words when they name no actor: a survey, a poll, a report or a document ("a
    survey found", "exit polls showed", "according to Budget documents") is a source no actor
    list holds. A pronoun is no such source (it names nobody)."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            span = doc[tok.i + 2 : max(tok.right_edge.i + 1, tok.i + 3)]
            for t in doc[tok.i + 1].children:
                span = doc[t.left_edge.i : t.right_edge.i + 1]
            return _claimant(doc, span, start, end)
    for q in doc._.quotes or []:
        qs, qe = q.span
        if qs <= start and end <= qe and q.speaker:
            return {"source": q.speaker, "source_text": None}
        # a quotation whose source the quotes component found but no actor list holds ("a paper
        # had this to say: ...", "a third source said that ..."): the source's own words claim it
        if qs <= start and end <= qe and q.source_span is not None:
            src = doc.char_span(*q.source_span, alignment_mode="expand")
            # (a share that says something is respondents, not a source: read below)
            if src is not None and not _counts_speakers(src.root):
                found = _claimant(doc, src, start, end)
                if found["source"] or found["source_text"]:
                    return found
    # a finding the figure is read "in" ("he fell to 10 percent in the latest poll", "backed by 34%
    # in the polling average"): the poll claims it, as when it "shows" the figure
    fig = doc.char_span(start, end, alignment_mode="expand")
    heads = [verb] if verb is not None else []
    if fig is not None:
        # the path from the figure up to its clause's verb ("backed by 34% in the average": "in"
        # hangs on "%"; "fell to 10 percent in the poll": on "fell")
        heads = [fig.root]
        for a in fig.root.ancestors:
            heads.append(a)
            if a == verb or a.pos_ in ("VERB", "AUX"):
                break
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in FINDING_NOUNS:
                        return _claimant(doc, doc[obj.left_edge.i : obj.i + 1], start, end)
    # the subject of a reporting verb above the figure ("the U.N. said 93,000 people ...", "a
    # survey found 40% ..."), read by the grammar shared with quotes and positions
    subj = reported_by(verb, CLAIMED_BY) if verb is not None else None
    for _ in range(2):
        # "The survey showed that 54 percent of soldiers said they would vote ...": a share or a
        # count that says something is the figure's respondents, not who claims it; the one that
        # reports them is the subject of the reporting verb above (if any)
        if subj is None or not _counts_speakers(subj):
            break
        said = subj.head
        subj = reported_by(said.head, CLAIMED_BY) if said.dep_ in ("ccomp", "xcomp", "conj", "advcl") and said.head != said else None
    if subj is not None:
        return _claimant(doc, doc[subj.left_edge.i : subj.right_edge.i + 1], start, end)
    # who made the claim the figure is in ("the claims made by Michael Howard that he could save
    # £35bn", "released a statement confirming ... the 216 paid staffers")
    maker = _claim_maker(fig.root) if fig is not None else None
    if maker is not None:
        found = _claimant(doc, doc[maker.left_edge.i : maker.right_edge.i + 1], start, end)
        if found["source"] or found["source_text"]:
            return found
    # who proposes, offers or plans the figure when nobody reports it ("Labour has offered £22bn
    # savings", "unveiled a draft bill proposing that 70% of members be elected", "his party's plans
    # to raise the top rate to 50%"): the proposer puts the figure forward and so claims it
    proposer = _proposer(fig.root) if fig is not None else None
    if proposer is not None:
        found = _claimant(doc, doc[proposer.left_edge.i : proposer.right_edge.i + 1], start, end)
        if found["source"] or found["source_text"]:
            return found
    return {"source": None, "source_text": None}


# Verbs and nouns of proposing (CAMEO 03's offers, pledges and promises, with the verbs and nouns
# of putting a plan forward): the figure in what they put forward is the proposer's.
PROPOSE_VERBS = lexicon.words(_LEXICON, "propose_verbs")
PROPOSAL_NOUNS = lexicon.words(_LEXICON, "proposal_nouns")


def _proposer(tok: Token) -> Token | None:
    """Who puts a figure forward, climbing at most six steps from it: the noun subject of a verb of
    proposing ("has offered £960m"), or the owner of a noun of proposing the figure is in (its
    possessor, "his party's plans to ...", else the subject of the verb it is the object of, "has
    unveiled a draft bill proposing ...", "are speeding up plans to ..."). A verb of saying on the
    way stops the climb (its subject is read as the reporter above); "propose" is one, and counts
    as proposing. A pronoun names nobody here: None."""
    for a in list(tok.ancestors)[:6]:
        low = a.lemma_.lower()
        if a.pos_ == "VERB" and low in PROPOSE_VERBS:
            subj = _subject_of(a)
            if subj is not None:
                return subj
            if a.dep_ in ("acl", "relcl") and a.head.pos_ in ("NOUN", "PROPN") and a.head.lemma_.lower() in PROPOSAL_NOUNS:
                continue  # "a draft bill proposing ...": the bill's owner proposes (read next)
        if a.pos_ in ("VERB", "AUX") and low in SPEECH:
            return None
        if a.pos_ == "NOUN" and (low in PROPOSAL_NOUNS or a.lower_ in PROPOSAL_NOUNS):
            owner = [c for c in a.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
            if owner:
                return owner[0]
            if a.dep_ == "dobj":
                return _subject_of(a.head)
    return None


# Nouns of claiming, and the participles that tell who made such a claim ("made by", "issued by").
CLAIM_MAKING = lexicon.words(_LEXICON, "claim_making_verbs")
CLAIM_NOUNS = lexicon.words(_LEXICON, "claim_nouns")


def _claim_maker(tok: Token) -> Token | None:
    """"the claims made by Michael Howard that he could save £35 billion", "a statement confirming
    it will double the 216 staffers", released by Chris Carr: a noun of claiming whose clause holds
    the figure is claimed by the agent of the participle on it ("made by"), its possessor, or the
    subject of the verb it is the object of ("released a statement"). A verb of saying with a
    subject on the way stops the climb (the reporter above is read first); None when the noun has
    none of these or no noun of claiming is met within seven steps."""
    for a in list(tok.ancestors)[:7]:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in SPEECH and children(a, "nsubj"):
            return None
        if a.pos_ == "NOUN" and a.lower_ in CLAIM_NOUNS:
            for c in a.children:
                if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
                    return c
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in CLAIM_MAKING:
                    agents = [o for ag in children(c, "agent") for o in children(ag, "pobj") if o.pos_ in ("NOUN", "PROPN")]
                    if agents:
                        return agents[0]
            if a.dep_ == "dobj":
                subj = [c for c in children(a.head, "nsubj") if c.pos_ in ("NOUN", "PROPN")]
                return subj[0] if subj else None
            return None
    return None


def _subject_of(verb: Token) -> Token | None:
    """A verb's noun subject, or, for a conjunct verb with none of its own, the first conjunct's
    ("Ministers boast of ... and are speeding up plans")."""
    subj = [c for c in children(verb, "nsubj") if c.pos_ in ("NOUN", "PROPN")]
    if not subj and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not children(verb, "nsubj"):
        subj = [c for c in children(verb.head, "nsubj") if c.pos_ in ("NOUN", "PROPN")]
    return subj[0] if subj else None


def _counts_speakers(subj: Token) -> bool:
    """Whether a reporting verb's subject is itself a count or a share ("54 percent of soldiers",
    "two in three voters", "1,000 doctors"): a number in its noun phrase's own words."""
    words = [subj] + [c for c in subj.children if c.dep_ in ("nummod", "quantmod", "compound")]
    return any(t.like_num or t.lower_ in ("%", "percent") for t in words)


# Findings that claim figures when they are the claimant's head noun, though an actor made or
# ordered them ("a recent report from Bloomberg", "exit polls conducted for the AP"): read for
# claimants only.
FINDINGS_MADE = lexicon.words(_LEXICON, "findings_made")


def _possessor(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at [start, end) owns what follows: a possessive pronoun ("his review"),
    a word parsed as a possessor, or a name with a possessive ending after it ("POLITICO's")."""
    toks = doc.char_span(start, end, alignment_mode="expand")
    if toks is None or len(toks) == 0:
        return False
    if any(t.dep_ == "poss" or t.tag_ == "PRP$" for t in toks):
        return True
    last = toks[-1]
    return last.i + 1 < len(doc) and doc[last.i + 1].lower_ in ("'s", "’s", "'", "’")


def _finding_with_maker(span: Span, found: list) -> bool:
    """Whether a claimant's words are a finding (a poll, a survey, a report, an analysis) that names
    who made it only in a modifier ("POLITICO's analysis", "a recent report from Bloomberg New
    Energy Finance", "early results of exit polls conducted for the AP", "his year-long review"):
    the finding claims the figure, and its words (which hold the maker's name too) say so. The
    finding noun is a common noun at the span's head or the object of "of" on it ("results of
    exit polls"); a maker named before it in its phrase, not as its possessor ("a CNN/ORC poll",
    "A Reuters rolling poll"), names the poll by its maker, so the actor stays the claimant there,
    as it does where the maker's mention covers the finding ("the Washington Post-ABC News Poll")."""
    root = span.root
    heads = [root] + [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for noun in heads:
        if noun.pos_ != "NOUN" or noun.lower_ not in FINDINGS_MADE:
            continue
        covered = any(m.start <= noun.idx < m.end for m in found)
        # a maker named before the noun in its own phrase, not as a possessor ("The latest
        # Reuters/Ipsos poll", "A Reuters rolling poll"), is the poll's name
        named_before = any(noun.left_edge.idx <= m.start and m.end <= noun.idx and not _possessor(span.doc, m.start, m.end)
                           for m in found)
        if not covered and not named_before:
            return True
    return False


def _claimant(doc: Doc, span: Span, start: int, end: int) -> dict[str, str | None]:
    """The actor named in a claimant's words, else the words themselves: not a pronoun alone, and
    not words that hold the figure (start, end) itself ("46 percent of voters said": the figure
    counts who speak, nobody is named as claiming it)."""
    found = mentions_in(doc, span.start_char, span.end_char)
    holds_figure = span.start_char < end and start < span.end_char
    if found and (holds_figure or not _finding_with_maker(span, found)):
        return {"source": found[0].actor, "source_text": None}
    if found:
        # a finding made by an actor claims the figure by its own words ("a report from X")
        return {"source": None, "source_text": span.text}
    words = [t for t in span if not t.is_punct]
    if not words or all(t.pos_ == "PRON" for t in words) or holds_figure:
        return {"source": None, "source_text": None}
    return {"source": None, "source_text": span.text}


def _since(sent: Span, ref) -> str | None:
    for ent in sentence_ents(sent):
        if ent.label_ == "DATE":
            # "since March 2011", "since it erupted in March 2011"
            window = ent.doc[max(sent.start, ent.start - 5) : ent.start]
            if any(t.lower_ == "since" for t in window) and not any(t.is_punct for t in window):
                return resolve(ent.text, ref)
    return None


# ---------------------------------------------------------------- amounts and percentages
# Money and percentages are read from the text, not the tokens: the tokenizer splits "£119m" into
# "£ 119 m" and "£4bn" into "£ 4bn", and the entity recogniser calls "50 per cent" MONEY.
CURRENCY_SYMBOLS = dict(lexicon.table(_LEXICON, "currency_symbols"))
CURRENCY_WORDS = dict(lexicon.table(_LEXICON, "currency_words"))

# The world's currencies from ISO 4217 (pycountry): the last word of each name ("Indian Rupee",
# "Swiss Franc", "Mexican Peso") read after a number, and each alpha-3 code before or after one
# ("CHF 20m", "500m INR"). Names that are no currency word (funds, metals, units of account) and
# words that are ordinary English ("real", "won", "mark", "sum") stay out; so do codes that are
# English words in capitals ("ALL", "TOP", "TRY"). Only the word is kept as the unit ("francs"),
# as "dollars" already stands for every dollar.
_NOT_CURRENCY_WORDS = lexicon.words(_LEXICON, "not_currency_words")
_NOT_CURRENCY_CODES = lexicon.words(_LEXICON, "not_currency_codes")
# Currency words whose plural is the word itself.
_INVARIANT = lexicon.words(_LEXICON, "invariant_currency_words")


def _iso_currencies() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    words: dict[str, str] = {}
    codes: dict[str, str] = {}
    known = lexicon.table(_LEXICON, "iso_known_units")
    for cur in pycountry.currencies:
        word = cur.name.split()[-1].lower()
        if not word.isalpha() or word in _NOT_CURRENCY_WORDS:
            continue
        unit = known.get(cur.alpha_3) or (word if word in _INVARIANT else word + "s")
        words.setdefault(word, unit)
        words.setdefault(word if word in _INVARIANT else word + "s", unit)
        if cur.alpha_3 not in _NOT_CURRENCY_CODES:
            codes[cur.alpha_3] = unit
    words.update(lexicon.table(_LEXICON, "iso_extra_words"))  # "yuan", the renminbi's unit, as the news names it
    return words, codes


ISO_WORDS, ISO_CODES = _iso_currencies()
for _w, _u in ISO_WORDS.items():
    CURRENCY_WORDS.setdefault(_w, _u)
CURRENCY_WORDS.update({c.lower(): u for c, u in ISO_CODES.items()})
_CUR_WORDS = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS if w.isalpha() and w.islower() and w.upper() not in ISO_CODES), key=len, reverse=True))
_CUR_CODES = "|".join(sorted(ISO_CODES, key=len, reverse=True))

MAGNITUDES = _values("magnitudes")
_NUMWORD = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|point)"
_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|{_NUMWORD}(?:[\s-]+{_NUMWORD})*)"
_MAG = r"(?:bn|tn|mn|m|k|b|thousand|million|billion|trillion)"
AMOUNT_RE = re.compile(
    rf"(?P<sym>US\$|[£$€¥₹₽₩₺₪])\s?(?P<n1>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<m1>{_MAG})\b)?"
    rf"|\b(?P<n2>{_NUM})(?:\s?(?P<m2>{_MAG}))?(?:\s(?-i:[A-Z][a-z]+|US|UK)){{0,2}}\s?(?P<cur>{_CUR_WORDS}|(?-i:{_CUR_CODES}))\b"
    rf"|\b(?P<iso>(?-i:{_CUR_CODES}))\s?(?P<n3>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<m3>{_MAG})\b)?"
    # "a six-percentage-point lead", "a 5-percent rise": the compound adjective is hyphenated
    rf"|\b(?P<n4>{_NUM})[\s-]?(?P<pct>%|per\s?cent\b|percent\b|percentage[\s-]points?\b)"
    # "won by more than ten points", "a 12-point lead": a margin in points (kept only as a margin, below)
    rf"|\b(?P<n5>{_NUM})[\s-](?P<pts>points?)\b"
    rf"|\b(?:(?P<ps0>tens|hundreds) of )?(?P<ps>hundreds|thousands|millions|billions) of (?P<cur2>pounds|dollars|euros)\b"
    # "a third of voters", "half of all pensioners", "nearly half of the £11m": a share, read up to
    # the "of" that says what it is a share of ("two-thirds" is read with the counts of people)
    rf"|\b(?:(?P<fa>an?|one)\s+(?P<fr>half|third|quarter|fifth|tenth)|(?P<fh>half))(?=\s+of\b)",
    re.I,
)
_BY_MARGIN_RE = re.compile(r"\bby\s+(?:(?:more|less|fewer)\s+than\s+|(?:over|almost|nearly|about|around|roughly|some|just|only|at\s+least|as\s+many\s+as|up\s+to)\s+)*(?:an?\s+)?$", re.I)
_MARGIN_NOUN_RE = re.compile(r"\s*(?:leads?|margins?|advantages?|gaps?|deficits?|swings?|edges?)\b", re.I)
_INDEX_RE = re.compile(r"\b(?:Dow|FTSE|Nasdaq|S&P|index|indices|Nikkei|DAX)\b")
SHARE_WORDS = _ratios("share_words")


def _words_value(text: str) -> float | None:
    """'one point three' -> 1.3, 'nine' -> 9, '1,313' -> 1313."""
    t = text.lower().replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        pass
    if " point " in f" {t} ":
        whole, _, frac = t.partition("point")
        w = parse_value(whole.split()) if whole.strip() else 0.0
        digits = "".join(str(WORD_NUMBERS.get(x, "")) for x in frac.split())
        return None if w is None or not digits else w + float("0." + digits)
    return parse_value(re.split(r"[\s-]+", t))


# A range's low end, read backwards from the amount that is its high end: "between £2bn and £3bn",
# "10-15%", "from 5% to 7%", "10 to 15 per cent". "and" joins a range only after "between" ("£2bn
# and £3bn" alone are two figures).
_LOW_RE = re.compile(
    # (a hedge may stand between "from" and the low end: "from about 12 percentage points to 8")
    rf"(?:\b(?P<pre>between|from)\s+(?:(?:about|around|roughly|nearly|almost|some|approximately)\s+)?)?(?P<sym>US\$|[£$€¥])?(?P<n>\d[\d,]*(?:\.\d+)?|\b{_NUMWORD})"
    rf"(?:\s?(?P<m>{_MAG})\b)?\s?(?P<pct>%|per\s?cent\b|percent\b|percentage[\s-]points?\b)?(?P<join>\s*(?:-|–|—|\bto\b|\band\b)\s*)$",
    re.I,
)
# A high end after an amount that has only its low end's digits: "£2-3bn", "$5 to 10 million".
_HIGH_RE = re.compile(rf"^\s*(?:-|–|—|to\b)\s*(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<m>{_MAG})\b)?", re.I)


def _dated(tok: Token) -> bool:
    """Whether a number the entity recogniser calls a date or time is one: its entity holds a word
    of a date (a month, a weekday, "July 14") or a time, not only the range's own words ("between
    57 and 60 percent" is tagged DATE up to "57")."""
    if tok.ent_iob_ == "O":
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    words = [t for t in tok.doc[start:end] if not t.like_num and not t.is_punct]
    return any(t.lower_ not in ("between", "from", "and", "to", "about", "around", "some") for t in words) or not words


def _amounts(sent: Span) -> list[tuple[int, int, float, str, float | None]]:
    """(start, end, value, high value or None, unit) of each amount of money, each percentage and
    each range of them in the sentence; a range's value is its low end."""
    # One piece because it is two ordered passes over the same matches: read each single amount
    # (with its exceptions: a part of a period, an article, "m" without a currency), then join
    # a single with the high end that follows it into a range; the second pass reads what the first kept.
    text = sent.text
    singles = []
    for m in AMOUNT_RE.finditer(text):
        g = m.groupdict()
        if g["fr"] or g["fh"]:
            # "the first half of 2015", "the last quarter of the year": a part of a period of time
            if re.search(r"\b(?:first|second|third|fourth|last|latter|final|early|other)\s+$", text[:m.start()], re.I) or \
                    re.match(r"\s+of\s+(?:the\s+|this\s+|that\s+|next\s+)?(?:\d{4}\b|year|month|week|decade|century|season|term|day)", text[m.end():], re.I):
                continue
            if re.match(r"\s+of\s+an?\s+(?:hundred|thousand|million|billion)\b", text[m.end():], re.I):
                continue  # "a quarter of a million students": a number, read with the counts
            singles.append(dict(start=m.start(), end=m.end(), value=SHARE_WORDS[(g["fr"] or g["fh"]).lower()],
                                unit="share", scale=1.0, high=None))
            continue
        if g["ps"]:
            # "millions of dollars": at least a million (the qualifier says so)
            num, mag, unit = "1", g["ps"][:-1], CURRENCY_WORDS[g["cur2"].lower()]
            if mag == "hundred":
                num, mag = "100", None
            if g["ps0"]:
                # "hundreds of millions of dollars": at least a hundred million
                num = "10" if g["ps0"].lower() == "tens" else "100"
        elif g["sym"] or g["iso"]:
            num, mag = (g["n1"], g["m1"]) if g["sym"] else (g["n3"], g["m3"])
            unit = CURRENCY_SYMBOLS.get(g["sym"].lower()) if g["sym"] else CURRENCY_WORDS[g["iso"].lower()]
        elif g["cur"]:
            num, mag, unit = g["n2"], g["m2"], CURRENCY_WORDS[g["cur"].lower()]
            if g["cur"].lower() == "p" and not re.fullmatch(r"\d+(?:\.\d+)?", num or ""):
                continue  # "p" is pence only right after digits ("25p")
            if g["cur"].lower() == "p" and (re.match(r"\.?\s?m\b", text[m.end():], re.I) or re.search(r"\d[:.]$", text[:m.start("n2")])):
                continue  # a clock time: "9:42 p.m.", "10.30pm" are no pence
        elif g["pts"]:
            # a margin in points is one in percentage points: only after "by" ("won by more than ten
            # points", "trailed by 8 points") or before a word of a margin ("a 12-point lead"); points
            # of an index ("the Dow fell 200 points") or of a plan are none
            num, mag, unit = g["n5"], None, "points"
            if not (_BY_MARGIN_RE.search(text[:m.start()]) or _MARGIN_NOUN_RE.match(text[m.end():])) or _INDEX_RE.search(text):
                continue
        else:
            num, mag = g["n4"], None
            unit = "points" if "point" in g["pct"].lower() else "percent"
        mstart = m.start()
        # "a three pence rise": the article is no part of the number
        art = re.match(r"an?\s+", num, re.I)
        if art and len(num.split()) > 1:
            num, mstart = num[art.end():], mstart + art.end()
        value = _words_value(num)
        if value is None or value == 0:
            continue
        scale = MAGNITUDES[mag.lower()] if mag else 1.0
        # "m" after a number is a million only beside a currency ("£119m"), never metres alone
        value *= scale
        if not num[:1].isdigit() and num.split()[0].lower() == "a" and len(num.split()) == 1:
            continue
        singles.append(dict(start=mstart, end=m.end(), value=value, unit=unit, scale=scale, high=None))
    out = []
    for a in singles:
        if not a["high"] and a["scale"] == 1.0 and a["unit"] not in ("percent", "points"):
            h = _HIGH_RE.match(text[a["end"]:])
            hv = _words_value(h.group("n")) if h else None
            if hv:
                hs = MAGNITUDES[h.group("m").lower()] if h.group("m") else 1.0
                a["value"] *= hs if a["value"] * hs <= hv * hs else 1.0
                a["high"], a["end"] = hv * hs, a["end"] + h.end()
        low = _LOW_RE.search(text[max(0, a["start"] - 40):a["start"]])
        if low and (low.group("pct") and a["unit"] not in ("percent", "points") or low.group("sym") and a["unit"] in ("percent", "points")):
            # "revenue dipping 1.3 percent to $191.6 million": a change and the level it reached, no
            # range; a range's two ends are of one unit
            low = None
        if low and not a["high"] and (low.group("join").strip().lower() != "and" or (low.group("pre") or "").lower() == "between"):
            lstart = a["start"] - len(low.group(0))
            # "from 40 percent on July 14 to 46 percent": the day of a date is no low end
            lnum = sent.start_char + lstart + (low.start("n") - low.start(0))
            ltok = sent.doc.char_span(lnum, lnum + len(low.group("n")), alignment_mode="expand")
            if ltok is not None and any(t.ent_type_ in ("DATE", "TIME") and _dated(t) for t in ltok):
                out.append(a)
                continue
            prev = out[-1] if out and out[-1]["end"] <= a["start"] and out[-1]["end"] >= lstart else None
            lv = _words_value(low.group("n"))
            merge = prev is not None and prev["unit"] == a["unit"] and not prev["high"]
            if merge:
                lv = prev["value"]
            elif lv is not None:
                ls = MAGNITUDES[low.group("m").lower()] if low.group("m") else (a["scale"] if lv * a["scale"] <= a["value"] else 1.0)
                lv *= ls
            # a range is written low to high ("$500 to $2,000"); "46 percent to 39 percent" without
            # "from" is a score of two, and only "from" runs downwards ("cut from £20m to £15m")
            descending = lv is not None and lv > a["value"] and (low.group("pre") or "").lower() != "from"
            if lv and not descending:
                if merge:
                    out.pop()
                a["value"], a["high"] = min(lv, a["value"]), max(lv, a["value"])
                a["start"] = lstart
        out.append(a)
    return [(sent.start_char + a["start"], sent.start_char + a["end"], a["value"], a["high"], a["unit"]) for a in out]


def _root_of(doc: Doc, start: int, end: int) -> Token | None:
    """The token of a character range whose head lies outside it."""
    toks = [t for t in doc[0:0].doc if start <= t.idx < end] if False else None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head == t:
            return t
    return span[-1]


_QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split() if w not in ("to", "than", "of", "an", "as", "no"))
PARTICLES = frozenset(("back", "out", "up", "down", "off", "away", "over", "in"))
COMPARISON_PREPS = frozenset(("above", "over", "under", "below", "exceeding", "beyond"))
CONTAINER_NOUNS = set(lexicon.words(_LEXICON, "container_nouns"))
_NP_DEPS = {"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case"}


_PCT_WORDS = frozenset(("%", "percent", "percentage", "point"))


def _next_to_amount_word(t: Token) -> bool:
    doc = t.doc
    return any(0 <= j < len(doc) and (doc[j].lower_ in _PCT_WORDS or doc[j].like_num) for j in (t.i - 1, t.i + 1))


def _phrase(tok: Token, with_preps: bool = True, with_possessor: bool = True) -> str:
    """A noun with its modifiers and, if asked, one "of/on/in/for" phrase after it."""
    left = [c for c in tok.lefts if c.dep_ in _NP_DEPS and c.pos_ not in ("DET", "NUM", "SYM")
            and (with_possessor or c.dep_ != "poss")]
    words = [t for l in left for t in l.subtree if t.pos_ not in ("DET", "NUM", "SYM") and not t.like_num
             and not re.match(r"[£$€]?\d", t.text) and t.lower_ not in MAGNITUDES
             # the amount's own words in a hyphenated compound ("a six-percentage-point lead")
             and not (t.lower_ in _PCT_WORDS or t.tag_ == "HYPH" and _next_to_amount_word(t))] + [tok]
    words = sorted(set(words), key=lambda t: t.i)
    text = " ".join(t.text for t in words)
    if with_preps:
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "on", "in", "for"):
                objs = children(c, "pobj")
                if objs:
                    text += f" {c.lower_} {_phrase(objs[0], with_preps=False)}"
                break
    return text.lower()


_OPEN_ASIDE = {"-": "-", "–": "–", "—": "—", "(": ")"}


def _restated_noun(doc: Doc, first: int, last: int) -> Token | None:
    """"income tax - currently 40% -", "the top rate (now 45p)": an amount alone between dashes or
    in brackets, but for an adverb of time or a hedge, right after a noun (no number of its own)
    restates that noun's size, so that noun is what it measures."""
    i = first - 1
    while i >= 0 and doc[i].pos_ == "ADV" and first - i <= 2:
        i -= 1
    if i < 1 or doc[i].text not in _OPEN_ASIDE or last + 1 >= len(doc) or doc[last + 1].text != _OPEN_ASIDE[doc[i].text]:
        return None
    noun = doc[i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.like_num or any(t.like_num for t in noun.lefts) \
            or noun.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME"):
        return None
    # "$10 billion per annum (£5.5bn)": a noun in another amount's own phrase restates that
    # amount, not a thing of its own
    if any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in doc[max(noun.i - 3, 0):noun.i]):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head  # "the top rate of duty (now 45p)": the noun the "of" phrase is on
    return noun


def _about_amount(root: Token, span_toks: set[int], unit: str) -> str | None:
    """What an amount or a percentage is of: the noun phrase counted, with the verb it goes with."""
    # One piece because it is an ordered list of places to look (the noun the amount modifies, its
    # preposition, an apposition, a clause on it, the noun it is "of", then its verb), each commented
    # where it stands; the parts found are joined (the verb first, no part twice).
    parts: list[str] = []
    head = root.head
    doc = root.doc
    first = min(span_toks)
    restated = _restated_noun(doc, first, max(span_toks))
    if restated is not None:
        return _phrase(restated)
    # "$10 billion per annum (£5.5bn)": an amount in apposition to the rate word of another amount
    # ("per annum", "a year") restates that amount, so it measures what that one measures
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "per" and head.head.head.i not in span_toks \
            and (head.head.head.like_num or head.head.head.ent_type_ == "MONEY"):
        other = head.head.head
        return _about_amount(other, {t.i for t in other.subtree if t.i < head.head.i}, unit)
    # "a maximum of £2,500", "a total of $3m": a container noun right before the amount, however the
    # parser hung the amount (lists and line breaks often hang it on the next line's noun)
    container = doc[first - 2] if first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lemma_.lower() in CONTAINER_NOUNS else None
    if container is not None:
        head = doc[first - 1]
    # "girls were 12% more likely than boys to stay": an amount on "more" or "less" before an
    # adjective measures that comparison (the parser hangs it on "more", which is also a
    # qualifier's word, so it must be read before the qualifiers are climbed over)
    if container is None and root.dep_ == "npadvmod" and head.lower_ in ("more", "less") and head.dep_ == "advmod" \
            and head.head.pos_ in ("ADJ", "ADV") and head.head.i == head.i + 1:
        compared = head.head
        subj = [c for c in children(compared.head, "nsubj") if c.pos_ in ("NOUN", "PROPN")] if compared.dep_ == "acomp" else []
        return " ".join(([_phrase(subj[0], with_preps=False)] if subj else []) + [head.lower_, compared.lower_])
    # "grew to close to 66 percent": the parser may make the qualifier's word ("close", "up") the
    # amount's verb; the qualifier belongs to the amount, what it measures is above it
    while first - 3 <= head.i < first and head.lower_ in _QUALIFIER_WORDS and head.pos_ in ("VERB", "ADJ", "ADV") and head.head.i != head.i:
        head = head.head
    # "a 30 percent effective tax rate": the amount measures an adjective on a noun; that noun is
    # what it measures (the parser hangs the amount on the adjective)
    if container is None and root.dep_ in ("npadvmod", "nummod", "amod") and head.pos_ == "ADJ" and head.dep_ == "amod" \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i and head.i not in span_toks:
        head = head.head
    # "£3bn EU rebate", "35 percent tariffs", "a 29% drop in ...": the amount modifies a noun
    if container is None and root.dep_ in ("compound", "nmod", "nummod", "amod", "quantmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN") and head.i > root.i and head.i not in span_toks:
        # "his £71,433 minister's salary", "a $15 dollar-an-hour minimum wage": the noun the amount
        # is on may itself premodify a later noun (compound, nmod, possessor); a sum of money or
        # a percentage measures the head of the whole noun phrase, not a modifier inside it
        while head.dep_ in ("compound", "nmod", "poss") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
            head = head.head
        parts.append(_phrase(head))
        root, head = head, head.head
    # "the richest 20%", "the poorest tenth": a superlative on a share names the group it is
    if unit in ("percent", "share"):
        # and so does a comparative ("the lower 95 percent", "the upper 10 percent")
        parts.extend(c.lower_ for c in root.lefts if c.dep_ == "amod" and c.tag_ in ("JJS", "JJR") and c.i not in span_toks)
    # "62.6 percent of the vote", "£4bn in tax cuts", "$1.2 million on digital ads"
    for c in root.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "on", "for") and c.i not in span_toks:
            objs = children(c, "pobj")
            if objs and not objs[0].like_num and objs[0].pos_ != "PRON" and not (c.lower_ == "in" and objs[0].ent_type_ in ("GPE", "LOC", "DATE")):
                parts.append(_phrase(objs[0]))
            break
    # "Ted Cruz ($311,000)": the amount in apposition to what it went to
    if root.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
        parts.append(_phrase(head, with_preps=False))
    # "$103 million raised by ...", "the $5,000 a year people would save": a clause on the amount
    for c in root.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            parts.append(c.text.lower())
    # "fines of up to £2,500", "grants of £2,000": the amount is what a noun is "of"; a container
    # noun ("a maximum of", "a sum of", "an average of") passes the question on to its own head
    through_container = False
    if container is not None or head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        noun = container if container is not None else head.head
        hops = 0
        while noun.lemma_.lower() in CONTAINER_NOUNS and hops < 4:
            nxt = noun.head
            while nxt.pos_ in ("ADP", "ADV") and nxt.head != nxt:
                nxt = nxt.head
            if nxt == noun:
                break
            noun = nxt
            hops += 1
        through_container = hops > 0
        if noun.pos_ in ("NOUN", "PROPN"):
            parts.append(_phrase(noun, with_preps=False))
            head = noun.head
        else:
            head = noun
    elif head.dep_ == "prep" and head.lower_ in ("by", "to", "at") and head.head.pos_ in ("VERB", "NOUN"):
        head = head.head
    elif head.dep_ == "prep" and head.lower_ in COMPARISON_PREPS and head.head.pos_ in ("NOUN", "PROPN") and head.head.i not in span_toks:
        # "incomes above $1 million", "donations of over £5,000": a bound on a noun measures that noun
        noun = head.head
        parts.append(_phrase(noun, with_preps=False))
        head = noun.head
    elif head.pos_ in ("ADP", "ADV", "PART") and head.lower_ != "of":
        # "earning up to £820,000", "rose from 40 percent", "made on average $35,000": the amount
        # hangs from a preposition or particle; climb over them (at most three) to their verb
        nxt = head
        for _ in range(3):
            if nxt.pos_ not in ("ADP", "ADV", "PART") or nxt.head == nxt or nxt.lower_ == "of":
                break
            nxt = nxt.head
            if nxt.lower_ in ("high", "low", "much", "many", "little", "few") and nxt.dep_ in ("acomp", "advmod", "amod") and nxt.head.pos_ in ("VERB", "AUX"):
                # "goes as high as 39.6 percent", "cost as much as $5m": the comparison of equality
                # passes the amount on to its verb
                nxt = nxt.head
                break
        # a copula too ("debt should be under 40%", "the fund is down 15.9 percent"): its subject
        # is what the amount measures (read below)
        if nxt.pos_ == "VERB" or nxt.lemma_ == "be":
            head = nxt
    # the verb it is the object or subject of ("spent", "raised", "think"), and the noun that verb describes
    if head.pos_ in ("VERB", "AUX", "ADJ") and head.lemma_ != "be":
        verb = head
        for c in verb.rights:
            if c.dep_ == "prep" and c.lower_ in ("on", "for", "in") and not parts:
                objs = children(c, "pobj")
                if objs:
                    parts.append(_phrase(objs[0]))
        if verb.lemma_.lower() in RANKING_VERBS and head == verb:
            # "followed by Ben Carson at 14 percent", "trailed by Labour on 30%": in a ranking the
            # amount at the verb is the share of the one named in its "by" phrase
            parts.extend(_phrase(o, with_preps=False) for a in children(verb, "agent") for o in children(a, "pobj")
                         if o.i not in span_toks and o.pos_ in ("NOUN", "PROPN") and not o.like_num)
        if through_container and not parts:
            # "face fines up to a maximum of £2,500", "buy vaccines at a cost of $20 each": a container
            # passed on to the verb measures the verb's object
            parts.extend(_phrase(o, with_preps=False) for o in children(verb, "dobj") if o.i not in span_toks and o.pos_ in ("NOUN", "PROPN"))
        # a phrasal verb is said with its particle ("clawed back", "paid out")
        # (the parser often calls the particle an adverb right after the verb)
        prt = [c.lower_ for c in verb.rights if c.i not in span_toks and (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLES)]
        parts.insert(0, " ".join([verb.text.lower()] + prt[:1]))
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            parts.insert(0, _phrase(verb.head, with_preps=False))
        else:
            subj = [c for c in children(verb, "nsubj", "nsubjpass") if c.i not in span_toks and c.pos_ in ("NOUN", "PROPN")]
            # "turnout was down 30 percent": a share's subject is what it is a share of; money's
            # subject is who pays or gets it, the figure's source or place, not what it counts
            if subj and not parts[1:] and unit in ("percent", "points"):
                parts.append(_phrase(subj[0], with_preps=False))
            elif subj and not parts[1:] and subj[0].dep_ == "nsubjpass" and _changes(verb):
                # "the state pension to be increased from £79.60": a passive verb of change's
                # subject is what changes, the thing the money measures, not who pays
                parts.append(_phrase(subj[0], with_preps=False))
    elif head.lemma_ == "be":
        subj = [c for c in children(head, "nsubj") if c.i not in span_toks and c.pos_ in ("NOUN", "PROPN")]
        if subj:
            parts.append(_phrase(subj[0], with_preps=False))
        elif root.dep_ == "nsubj":
            # "13 percent were unsure", "41 percent is unheard of": the amount is the subject, so
            # what the copula says of it is what it measures (as for a count: "4 in 10 are angry")
            parts.extend(c.lower_ for c in head.children if c.dep_ in ("acomp", "attr") and c.i not in span_toks)
        elif head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN") and any(c.tag_ in ("WDT", "WP") for c in children(head, "nsubj")):
            # "the corporate tax rate, which, at 35 percent, is the highest": the relative pronoun
            # stands for the noun the clause is on
            parts.append(_phrase(head.head, with_preps=False))
    kept: list[str] = []
    for p in parts:
        if p and not any(p in k for k in kept):
            kept.append(p)
    return " ".join(kept) or None


RANKING_VERBS = lexicon.words(_LEXICON, "ranking_verbs")
CHANGE_VERBS = lexicon.words(_LEXICON, "change_verbs")


def _changes(verb: Token) -> bool:
    return verb.lemma_.lower() in CHANGE_VERBS


def _about_of_clause(root: Token, span_toks: set[int]) -> str | None:
    """An amount the parse hangs on nothing that names what it measures (a list after a colon,
    "Golden Nugget by 29 percent; Resorts by 17.6 percent", "17.7 percent at X, 5.5 percent at Y")
    measures the change its clause tells: the subject of the verb it hangs from, climbing to the
    sentence's root, with that verb (for money the verb says what the sum did, the subject often
    who paid or got it)."""
    v = root
    for _ in range(8):
        if v.pos_ in ("VERB", "AUX") and v.i not in span_toks:
            subj = [c for c in children(v, "nsubj", "nsubjpass") if c.i not in span_toks and c.pos_ in ("NOUN", "PROPN")]
            if subj:
                return f"{_phrase(subj[0], with_preps=False)} {v.text.lower()}"
        if v.head.i == v.i:
            break
        v = v.head
    return None


def _named_before(doc: Doc, first: int, root: Token | None) -> str | None:
    """The person, party or group named right before "at", "on" or "with" that an amount hangs on
    ("Smith at 41 percent", "the Conservatives on 30%"): the name's words, lower case, else None."""
    if root is None or first < 2 or doc[first - 1].lower_ not in ("at", "on", "with") or root.head.i != first - 1:
        return None
    name = doc[first - 2]
    ent = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    if ent is None or ent.label_ not in ("PERSON", "ORG", "NORP") or ent.end != first - 1:
        return None
    return " ".join(t.lower_ for t in ent if t.lower_ != "the")


_NOT_NAMING_ENTS = frozenset(("MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"))


def _named_nearest_before(doc: Doc, sent: Span, first: int) -> str | None:
    """The noun, name or adjective written nearest before an amount in its clause, across
    punctuation, prepositions, conjunctions, determiners, pronouns, auxiliaries and other amounts
    (their numbers and unit words), stopping at a full verb (the clause's verb is no name of what
    is measured); its phrase, lower case, else None."""
    if first - 2 >= sent.start and doc[first - 1].lower_ in SCORE_JOINERS \
            and (doc[first - 2].like_num or doc[first - 2].lower_ in _PCT_WORDS):
        # "backed the merger, 72 percent to 8 percent": the second of a score pair is read with
        # the pair (the lead and preference readings), never as the thing named before the first
        return None
    for i in range(first - 1, sent.start - 1, -1):
        t = doc[i]
        if t.pos_ == "VERB":
            return None
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.like_num or t.ent_type_ in _NOT_NAMING_ENTS \
                or t.lower_ in _PCT_WORDS or t.lower_ in MAGNITUDES or t.lower_ in MONEY_UNITS or re.match(r"[£$€]?\d", t.text):
            continue
        return _phrase(t, with_preps=False) if t.pos_ != "ADJ" else t.lower_
    return None


def _with_nearest_before(doc: Doc, sent: Span, first: int, about: str) -> str:
    """`about` with the thing named nearest before the amount added after it (compared by words,
    so "increase" is no part of "increased")."""
    nearest = _named_nearest_before(doc, sent, first)
    return f"{about} {nearest}" if nearest is not None and f" {nearest} " not in f" {about} " else about


def _verb_only(sent: Span, about: str) -> bool:
    """An `about` that names no thing: only the words of a verb of the sentence (with its particle)."""
    words = about.split()
    verbs = {t.lower_ for t in sent if t.pos_ in ("VERB", "AUX") or t.dep_ == "prt"}
    return bool(words) and all(w in verbs for w in words)


RATE_WORDS = frozenset(("a", "an", "per", "each"))


def _rate_after(doc: Doc, last: int) -> str | None:
    """The noun a rate is counted per, written right after the amount ("£102.80 a week", "$174 a
    vote", "$20 per hour"): the article or "per" with the noun, else None."""
    i = last + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in RATE_WORDS:
        return None
    noun = doc[i + 1]
    # the article or "per" is the noun's own ("a week", "per hour"), and the noun is one of them
    # (singular, with no "of" phrase: "a share of" is a part, not a rate); "a year ago" and "a
    # month before" date the amount, they are no rate
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not (doc[i].head == noun or noun.head == doc[i]) \
            or (i + 2 < len(doc) and doc[i + 2].lower_ in ("ago", "earlier", "later", "before", "after", "of")):
        return None
    return f"{doc[i].lower_} {noun.lower_}"


# the units of `_amounts` that are no currency; every other unit it gives is one
NOT_MONEY_UNITS = frozenset(("percent", "points", "share"))


def _converted_amount(doc: Doc, earlier: list[Figure], start_char: int, unit: str) -> Figure | None:
    """The figure of money an amount converts: the amount opens a bracket ("(" and at most a hedge
    word before it, "(about $9m)") that follows that figure's last character, in another currency."""
    if unit in NOT_MONEY_UNITS:
        return None
    before = doc_text(doc)[max(0, start_char - 40):start_char]
    m = re.search(r"\(\s*(?:[a-z]+\s+)?$", before)
    if m is None:
        return None
    open_at = start_char - len(before) + m.start()
    for f in reversed(earlier):
        if f.unit not in NOT_MONEY_UNITS and f.unit != unit and not doc_text(doc)[f.span[1]:open_at].strip():
            return f
    return None


def amount_figures(doc: Doc, sent: Span, ref) -> tuple[list[Figure], set[int]]:
    """Money and percentages in a sentence, and the tokens they take."""
    out: list[Figure] = []
    taken: set[int] = set()
    roots: dict[int, Figure] = {}
    for start, end, value, high, unit in _amounts(sent):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        toks = {t.i for t in span}
        taken |= toks
        root = _root_of(doc, start, end)
        about = _about_amount(root, toks, unit) if root is not None else None
        named = _named_before(doc, span.start, root) if unit in ("percent", "points") else None
        if about is None and root is not None:
            about = _about_of_clause(root, toks)
            # (a name right before "at" / "on" / "with" is read below, and said first)
            if about is not None and named is None:
                # "Smith routed Jones, 58 percent to 35 percent", "in the poorest districts it was
                # 20%", "to a maximum of 28 percent": the clause's subject and verb are a guess from
                # afar; the thing named nearest before the amount is named with them
                about = _with_nearest_before(doc, sent, span.start, about)
        if about is not None and root is not None and named is None and _verb_only(sent, about):
            # "The top 1 percent would see ...", "compared to Hillary Clinton's 76 percent", "an
            # increase of almost $200 million": a reading that found only a verb names no thing;
            # the thing named nearest before the amount is named with it
            about = _with_nearest_before(doc, sent, span.start, about)
        if named is not None and named not in (about or ""):
            # "showed Smith at 41 percent, Jones at 13 percent", "Labour on 35%": in a list of results
            # the share at a name written right before it is that name's (what the clause says stays)
            about = " ".join(x for x in (named, about) if x)
        if about is None and root is not None and root.dep_ == "conj":
            # "sales fell 13% in New York and 16% in Ireland": a conjunct amount of the unit of an
            # amount before it, in the phrase it is joined to, continues that one and measures the
            # same thing (the parser joins it to the amount or to the amount's noun)
            joined = root.head
            earlier = [f for i, f in roots.items() if joined.left_edge.i <= i <= joined.right_edge.i and f.unit == unit and f.about]
            if earlier:
                about = earlier[-1].about
        if root is not None and _gapped(root):
            # "revenue is up at five casinos: Golden Nugget by 29 percent; Resorts by 17.6 percent",
            # "fell by 17.7 percent at Taj Mahal, 5.5 percent at Bally's": a clause whose verb is
            # left out (gapping) keeps the verb and subject of the first amount of its unit
            earlier = [f for f in roots.values() if f.unit == unit and f.about]
            if earlier:
                about = earlier[0].about
        if about is None and root is not None:
            # "Rubio and Cruz, 11 and 8 percent", "support Sanders by 4 percentage points", "the
            # unemployment rate at 5 percent", "a tire, that's $250": an amount every reading
            # above left without a noun (a list item, a fragment, a misparse) measures the thing
            # named nearest before it in its clause
            about = _named_nearest_before(doc, sent, span.start)
        rate = _rate_after(doc, max(toks))
        if rate is not None and rate not in (about or ""):
            # "£102.80 a week", "$174 a vote": a rate is counted per the noun after "a" or "per"
            about = " ".join(x for x in (about, rate) if x)
        qualifier, qstart = _qualifier(doc, span.start)
        fstart = max(sent.start_char, qstart if qualifier else start)
        converted = _converted_amount(doc, out, fstart, unit)
        if converted is not None and converted.about:
            # "offered £960m ($1.8bn)", "an extra £4bn ($7.4bn)": a sum in brackets right after a sum
            # in another currency is the same money converted, so it measures what that one measures
            about = converted.about
        verb = root.head if root is not None and root.head.pos_ in ("VERB", "AUX") else None
        out.append(Figure(value=value, unit=unit, about=about, qualifier=qualifier,
                          place=_place(doc, verb, root) if root is not None else None,
                          **_source(doc, sent, fstart, end, verb or root), since=_since(sent, ref),
                          span=(fstart, end), text=doc_text(doc)[fstart:end], value_high=high))
        if root is not None:
            roots[root.i] = out[-1]
    _score_pairs(doc, roots)
    return out, taken


LEAD_VERBS = lexicon.words(_LEXICON, "lead_verbs")
LEAD_ADVERBS = lexicon.words(_LEXICON, "lead_adverbs")
# verbs of preferring or backing one option (the object) to another (after "to", "over" or
# "against"): a poll's pair of shares after one measures the two options, said by the people who
# prefer ("Evangelicals who prefer Carson to Trump 33% to 18%"); the subject is the people counted,
# not a side
PREFER_VERBS = lexicon.words(_LEXICON, "prefer_verbs")
PREFER_OVER = frozenset(("to", "over", "against"))
# what joins the two shares of a score (a range reads low to high; a score may fall)
SCORE_JOINERS = frozenset(("to", "-", "–", "versus", "vs", "vs."))


def _people_of(verb: Token) -> Token | None:
    """The people a verb of preferring is said of: its subject, or the noun a relative clause on it
    is on ("Evangelicals who prefer")."""
    subj = [c for c in children(verb, "nsubj") if c.pos_ in ("NOUN", "PROPN")]
    if subj:
        return subj[0]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _sides_of_lead(tok: Token) -> tuple[Token, Token, Token] | None:
    """The two sides of a lead ("Smith leads Jones", "Smith is ahead of Jones"): (the word of the
    lead, its subject, the other side), the verb found climbing from `tok` (at most five steps)."""
    verb = tok
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    subj = [c for c in children(verb, "nsubj") if c.pos_ in ("NOUN", "PROPN")]
    if not subj:
        return None
    if verb.lemma_.lower() in LEAD_VERBS:
        other = [c for c in children(verb, "dobj") if c.pos_ in ("NOUN", "PROPN")]
        return (verb, subj[0], other[0]) if other else None
    for adv in verb.children:
        if adv.dep_ in ("advmod", "acomp") and adv.lower_ in LEAD_ADVERBS:
            other = [o for p in adv.children if p.dep_ == "prep" and p.lower_ == "of" for o in children(p, "pobj")
                     if o.pos_ in ("NOUN", "PROPN")]
            return (adv, subj[0], other[0]) if other else None
    return None


def _verb_before(doc: Doc, first_share: Token, verbs: frozenset[str]) -> Token | None:
    """The nearest verb before a share in its sentence if it is one of `verbs` (None when another
    verb comes first): the parser often hangs a score on a verb it does not belong to ("Evangelicals
    who prefer Carson to Trump 33% to 18%" on "showing" before them)."""
    for i in range(first_share.i - 1, first_share.sent.start - 1, -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX"):
            return t if t.lemma_.lower() in verbs else None
    return None


def _sides_of_preference(tok: Token) -> tuple[Token, Token, Token | None, Token | None] | None:
    """The sides of a preference before a pair of shares: (the verb, the option preferred, the
    option it is preferred to or None, the people who prefer or None); the verb found climbing from
    `tok` (at most five steps) or, failing that, the nearest verb before it."""
    verb = tok
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.lemma_.lower() not in PREFER_VERBS:
        verb = _verb_before(tok.doc, tok, PREFER_VERBS)
    if verb is None:
        return None
    chosen = [c for c in children(verb, "dobj") if c.pos_ in ("NOUN", "PROPN")]
    if not chosen:
        return None
    other = [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in PREFER_OVER
             for o in children(p, "pobj") if o.pos_ in ("NOUN", "PROPN")]
    return verb, chosen[0], (other[0] if other else None), _people_of(verb)


def _score_pairs(doc: Doc, roots: dict[int, Figure]) -> None:
    """"Smith leads Jones, 46%-35%", "Smith is well ahead of Jones 46 percent to 39 percent": a pair
    of shares joined by "to", "versus" or a dash (a score, not a range: the code reads a range low
    to high) after a lead measures its two sides in the order they are named, the subject first;
    after a verb of preferring, the option preferred first and the one it is preferred to second,
    each with the verb and the people who prefer."""
    ordered = sorted(roots.items(), key=lambda kv: kv[1].span[0])
    for (i, first), (_, second) in zip(ordered, ordered[1:]):
        if first.unit != "percent" or second.unit != "percent" or first.value_high or second.value_high:
            continue
        if doc_text(doc)[first.span[1]:second.span[0]].strip().lower() not in SCORE_JOINERS:
            continue
        sides = _sides_of_lead(doc[i])
        if sides is not None:
            lead, subj, other = sides
            first.about = f"{_phrase(subj, with_preps=False)} {lead.lower_}"
            second.about = f"{_phrase(other, with_preps=False)} {lead.lower_}"
            continue
        preference = _sides_of_preference(doc[i])
        if preference is None:
            continue
        verb, chosen, other, people = preference
        said_by = f" {_phrase(people, with_preps=False)}" if people is not None else ""
        first.about = f"{_phrase(chosen, with_preps=False)} {verb.lower_}{said_by}"
        if other is not None:
            second.about = f"{_phrase(other, with_preps=False)} {verb.lower_}{said_by}"


_NAMED = frozenset(("ORG", "GPE", "PERSON", "FAC", "NORP", "LOC"))


def _gapped(root: Token) -> bool:
    """An amount in a clause with no verb of its own after a first one: "by N" on a name ("Resorts
    by 17.6 percent": "by" is said of a verb of change, so a name under it stands for the left-out
    verb's subject), or an amount in apposition to a name "at" which it was ("at Taj Mahal, 5.5
    percent at Bally's")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ in ("PROPN", "NOUN") and head.head.ent_type_ in _NAMED:
        return True
    return root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "at" and head.ent_type_ in _NAMED


PEOPLE_SUFFIXES = ("ers", "ians", "ists", "ants", "ents", "ees", "ans")
# Endings shared by agent nouns and many things ("senators", "donors", "Mormons" against "sectors",
# "errors", "cantons", "nations", "casinos"): people only when the Phoenix agents dictionary lists
# the noun ("Latinos" is a proper noun, read as a nationality or group).
AGENT_CONFIRMED_SUFFIXES = ("ors", "ons", "inos")
# Agent nouns read as people by their lemma beside PEOPLE ("voters", "pensioners", "households").
PEOPLE_LEMMAS = lexicon.words(_LEXICON, "people_lemmas")


def _listed_people(tok: Token) -> bool:
    """People by a list, not by an ending: the PEOPLE words, a few agent nouns, a plural nationality
    or party ("Latinos", "Democrats"). Shared by is_people and _by_ending_only, so that the two
    agree on what the ending rule leaves alone."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in PEOPLE or lemma in PEOPLE or lemma in PEOPLE_LEMMAS:
        return True
    return tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNPS")


def is_people(tok: Token) -> bool:
    """A noun naming people (or households): the PEOPLE list, a nationality or party ("Latinos",
    "Democrats"), or a plural agent noun ("pensioners", "voters", "viewers")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if _listed_people(tok):
        return True
    if tok.tag_ in ("NNS", "NNPS") and low.endswith(AGENT_CONFIRMED_SUFFIXES):
        return knowledge_base().agent(low) is not None
    return tok.tag_ in ("NNS", "NNPS") and low.endswith(PEOPLE_SUFFIXES) and lemma not in NOT_PEOPLE


def counts_people(tok: Token) -> bool:
    """The noun of a count of people: is_people, or a plural whose commonest WordNet sense is a kind
    of person (_wordnet_person). Kept apart from is_people, which coincide_events also reads for
    its acts' slots."""
    if _by_ending_only(tok):
        # "three events", "40 documents", "500 computers": an ending shared with agent nouns
        # ("-ents" as "students", "-ers" as "voters") names people only when WordNet's commonest
        # sense of the word is a person; the ending alone stays with is_people, which events read
        return _wordnet_person(tok)
    return is_people(tok) or (tok.tag_ in ("NNS", "NNPS") and _wordnet_person(tok))


def _by_ending_only(tok: Token) -> bool:
    """Whether is_people holds of `tok` by its agent-noun ending alone: no PEOPLE word, no
    nationality or party, no plural the Phoenix agents confirm."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if _listed_people(tok):
        return False
    if tok.tag_ in ("NNS", "NNPS") and low.endswith(AGENT_CONFIRMED_SUFFIXES):
        return False
    # "two others": no noun of its own (WordNet has none), it stands for what came before and keeps
    # the ending's reading as before
    return tok.tag_ == "NNS" and low.endswith(PEOPLE_SUFFIXES) and lemma not in NOT_PEOPLE and lemma != "other"


def _wordnet_person(tok: Token) -> bool:
    """A plural whose commonest WordNet sense is a kind of person ("40,000 pupils", "1,237
    delegates", "two judges"; not "schools", "tankers": lexicon/people.toml), or a plural whose
    person sense follows only abstract ones ("justices", "lives": its [abstract_first] table). A
    capitalised plural in a headline ("100 Delegates") is tagged a proper noun and keeps its
    capital and its "s" in the lemma."""
    people = lexicon.words("people")
    lemma = tok.lemma_.lower()
    if lemma in people:
        return True
    # A plural of a noun whose senses before the person are all abstract ("justice", "life"): the
    # abstract senses are not counted, so "four justices", "six million lives" count people. With
    # an "of" complement the noun is a kind or a part ("two types of tax"), not people.
    if tok.tag_ == "NNS" and lemma in lexicon.words("people", "abstract_first") \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    return tok.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in people


# Plurals that end like agent nouns and count no people.
NOT_PEOPLE = lexicon.words(_LEXICON, "not_people")


def _year_in_name(tok: Token, run: list[Token]) -> bool:
    """"the 2016 Committee": a year inside a name is no count."""
    return len(run) == 1 and re.fullmatch(r"(19|20)\d\d", tok.text) is not None and tok.head.pos_ == "PROPN"


def sentence_figures(doc: Doc, sent: Span, ref, counted_before: dict[float, Token] | None = None) -> list[Figure]:
    """A sentence's figures: amounts of money and percentages (amount_figures), then counts. One
    piece because it is one pass over the sentence's numbers, each an ordered list of filters and
    readings (a number run, its range, a share of something, a bare number, a scale, the unit, what
    it counts, people) where each step reads what the one before found. `counted_before` holds the
    nouns of the counts of people of the story's earlier sentences by value, and is added to."""
    if counted_before is None:
        counted_before = {}
    # the last count of people of the sentence before (its noun), for a count that leaves it out
    prev_noun = counted_before.pop("previous sentence", None)
    out, seen = amount_figures(doc, sent, ref)
    people_nouns: list[Token] = []  # the nouns of the counts of people read so far in the sentence
    for tok in sent:
        if tok.i in seen:
            continue
        low = tok.lower_
        share = _share_subject(doc, tok, sent)
        if share is not None:
            # "Two-thirds support the plan", "nearly half said", "less than a third agreed": a share
            # with no "of" that does what a verb says is a share of those who do it
            value, first, verb = share
            last = max(first.i, tok.i + 2 if doc[tok.i].lower_ in WORD_NUMBERS else tok.i)
            seen.update(range(first.i, last + 1))
            qualifier, qstart = _qualifier(doc, first.i)
            start = max(sent.start_char, qstart if qualifier else first.idx)
            end = max(verb.idx + len(verb), doc[last].idx + len(doc[last]))
            out.append(Figure(value=value, unit="share", about=verb.text.lower(), qualifier=qualifier,
                              place=_place(doc, verb, doc[last]), **_source(doc, sent, start, end, verb),
                              since=_since(sent, ref), span=(start, end), text=doc_text(doc)[start:end]))
            continue
        is_plural_scale = low in PLURAL_SCALES and tok.pos_ in ("NOUN", "NUM") and low != "tens"
        fraction = re.fullmatch(r"[a-z]+-(thirds?|quarters?|halfs?|fifths?)", low)
        if not (tok.like_num or tok.pos_ == "NUM" or is_plural_scale or low == "dozen" and tok.dep_ == "nummod" or fraction or tok.text[:1] in "$€£" and any(ch.isdigit() for ch in tok.text)):
            continue
        if is_plural_scale and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].lower_ in PLURAL_SCALES:
            continue  # "hundreds of thousands": read with the scale it multiplies
        ratio = _ratio(doc, tok, sent, ref)
        if ratio is not None:
            figure, used = ratio
            out.append(figure)
            seen.update(used)
            continue
        if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT") or tok.lower_ in ("one",) and tok.dep_ not in ("nummod",):
            continue
        run = _number_run(tok)
        seen.update(t.i for t in run)
        words = [t.text for t in run]
        if doc[run[0].i - 1].text in "$€£" if run[0].i > 0 else False:
            money = True
        else:
            # the entity recogniser's MONEY with no currency word or sign in it ("fewer than 8
            # million" after a count of viewers) is money only when no count of people came before
            money = tok.ent_type_ == "MONEY" and not (people_nouns and not _currency_in_entity(tok))
        value = parse_value([w for w in words if w not in "$€£"])
        if value is None or value == 0:
            continue
        mag = doc[run[-1].i + 1] if run[-1].i + 1 < sent.end else None
        split_noun = None
        noun_after = mag.head if mag is not None and mag.head.i > mag.i else run[-1].head
        if mag is not None and run[-1].whitespace_ == "" and mag.lower_ in ("m", "mn", "bn", "k"):
            # the parser tags a split-off "m" as a verb or a noun and hangs it anywhere ("employs
            # 1.3m people": "m" a verb modifying "people"; "1.5m people visited": "m" the subject):
            # the noun is the plural of people written after it (round 23f)
            after = _people_noun_after(mag)
            noun_after = after if after is not None else noun_after
        if mag is not None and run[-1].whitespace_ == "" and mag.lower_ in ("m", "mn", "bn", "k") and noun_after.pos_ == "NOUN" \
                and noun_after.i > mag.i and counts_people(noun_after):
            # "11m voters", "2.5m pensioners": the tokenizer splits the magnitude off; before a noun
            # of people it is a million, never metres
            value *= MAGNITUDES[mag.lower_]
            run = run + [mag]
            split_noun = noun_after
        if is_plural_scale and run[0].i >= sent.start + 2 and doc[run[0].i - 1].lower_ == "of" and doc[run[0].i - 2].lower_ in ("tens", "hundreds"):
            # "tens of thousands of families", "hundreds of thousands": the lower bound is ten or a
            # hundred of the scale
            value *= PLURAL_SCALES[doc[run[0].i - 2].lower_]
            run = [doc[run[0].i - 2], doc[run[0].i - 1]] + run
        part = _part_of_scale(doc, run)
        if part is not None:
            # "half a million children", "a quarter of a million students": a part of the scale (the
            # tokenizer leaves "half a", "a quarter of a" outside the number)
            value *= part[0]
            run = part[1] + run
        high, high_run = _count_range(doc, run, value)
        if high is not None:
            # the noun is counted by the high end's number ("2,000 and 3,000 people")
            value, high = high
            seen.update(t.i for t in high_run)
            run = run + high_run
        counted = split_noun if split_noun is not None else _counted(run[-1])
        part_of = None
        people_by_act = False
        elided = False
        is_fraction = run[-1].lower_ in FRACTIONS and len(run) > 1
        if is_fraction:
            # "two-thirds of the population have fled": a share, counted by what it is a share of
            verb = _about(run[-1]) or _about(run[0])
            of = [p for c in run[-1].children if c.dep_ == "prep" and c.lower_ == "of" for p in children(c, "pobj")]
            if (verb is None or verb.lemma_.lower() not in IMPACT) and not of:
                continue
            qualifier, qstart = _qualifier(doc, run[0].i)
            start = qstart if qualifier else run[0].idx
            end = verb.idx + len(verb) if verb is not None and verb.i > run[-1].i else run[-1].idx + len(run[-1])
            # "two-thirds of Britons support ...": a share of what, and what it does
            about = " ".join(x for x in ((_phrase(of[0], with_preps=False) if of else None), verb.text.lower() if verb is not None else None) if x)
            out.append(Figure(value=value, unit="share", about=about, qualifier=qualifier,
                              place=_place(doc, verb, run[-1]), **_source(doc, sent, start, end, verb),
                              since=_since(sent, ref), span=(start, end), text=doc_text(doc)[start:end]))
            continue
        if counted.i in (t.i for t in run) and not is_plural_scale and not money:
            # a bare number ("the 18 most important cities" has a noun; "one of" does not): the
            # first reading of BARE_NUMBER_READINGS whose pattern it fits says what it counts
            bare = _read_bare_number(counted, _BareContext(value, people_nouns, prev_noun, counted_before))
            if bare is None:
                continue
            counted, part_of, people_by_act, elided = bare.counted, bare.part_of, bare.people_by_act, bare.elided
        scale_tok = counted
        if is_plural_scale:
            # "millions of children": the scale counts what it is "of"
            of = [p for c in counted.children if c.dep_ == "prep" and c.lower_ == "of" for p in children(c, "pobj")]
            if of:
                counted = of[0]
        if _year_in_name(tok, run):
            continue
        unit = _unit(counted, ([doc[run[0].i - 1]] if run[0].i > 0 else []) + run, money)
        verb = _about(scale_tok if is_plural_scale else part_of if part_of is not None else counted)
        about = verb.text.lower() if verb is not None else None
        impact = verb is not None and verb.lemma_.lower() in IMPACT
        if is_plural_scale and unit is None:
            unit = "people" if impact else None
        # "the seven member council", "a 12 man jury": a singular noun after a number above one,
        # modifying another noun, tells the size of that noun, no count of people
        size_of = value > 1 and counted.tag_ in ("NN", "NNP") and counted.dep_ in ("compound", "amod", "nmod") and counted.head.pos_ in ("NOUN", "PROPN")
        people = (counted not in run and counts_people(counted) and not size_of) or people_by_act
        if not people and not money and counted not in run and counted.tag_ in ("NNS", "NNPS") and verb is not None \
                and verb.lemma_.lower() in PEOPLE_SUFFER and verb.pos_ == "VERB":
            # "two GRS operators were killed": only people are killed, wounded or arrested, so the
            # plural such a verb is said of counts people the lexicons do not know as people
            people = True
        if people:
            people_nouns.append(counted)
            if not people_by_act and counted not in run:
                counted_before.setdefault(value, counted)
            # a count of people: the unit is people, what they are and what happened to them is `about`
            # ("people" is what is counted as much as "soldiers" is: "3,000 people estimated"); a bare
            # number read as people by its act has no noun of its own
            unit = "households" if counted.lemma_.lower() == "household" else "people"
            if elided:
                # the left-out noun is shared, its owner is not: "Unison's 800,000 workers and
                # Amicus' 20,000" counts Amicus' workers, so the number's own possessor replaces the noun's
                owner = " ".join(t.text for c in part_of.lefts if c.dep_ == "poss" for t in c.subtree)
                noun = " ".join(x for x in (owner.lower(), _phrase(counted, with_preps=False, with_possessor=False)) if x)
            else:
                noun = None if people_by_act and about else _phrase(counted, with_preps=False)
            about = " ".join(x for x in (noun, about) if x)
        elif money and counted.pos_ == "NOUN" and counted not in run and counted.lower_ not in MONEY_UNITS:
            # "a billion-dollar cash machine": money written in words before a noun phrase measures
            # that phrase, as a sum in figures does ("a $15 minimum wage")
            about = " ".join(x for x in (_phrase(counted, with_preps=False), about) if x)
        if not (money or people or unit == "people" or impact):
            continue
        if not (money or people or unit == "people") and verb.lemma_.lower() not in THINGS_HARMED:
            # a count of things is news when they are destroyed or seized ("shelled 12 villages"),
            # not when they are given, sent or spent ("sent to the 659 constituencies", "five
            # countries spend", "an 800-page report released")
            continue
        qualifier, qstart = _qualifier(doc, run[0].i)
        if is_plural_scale and qualifier is None:
            qualifier = "at least"
        if unit in PEOPLE and unit != "people" and unit not in ("troops",):
            pass
        # an elided noun stands earlier in the sentence: the figure's words are the number's own
        phrase = [run[0].i, counted.i if not elided else run[-1].i] + ([verb.i] if verb is not None else [])
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
                **_source(doc, sent, start, end, verb),
                since=_since(sent, ref),
                span=(start, end),
                text=doc_text(doc)[start:end],
                value_high=high,
            )
        )
    if people_nouns:
        counted_before["previous sentence"] = people_nouns[-1]
    return out


def _share_subject(doc: Doc, tok: Token, sent: Span) -> tuple[float, Token, Token] | None:
    """A share word with no "of" after it ("half", "a third", "two-thirds", "three-fourths") that is
    the subject of a verb other than "be" (or, as the parser often reads "a third agreed", its
    adverbial noun): (the share, its first token, the verb), else None. A part of a period ("the
    second half") is none: only "a", "one" or a number may go before the share word."""
    if tok.lower_ in WORD_NUMBERS and tok.i + 2 < sent.end and doc[tok.i + 1].text == "-" \
            and doc[tok.i + 2].lower_ in ("thirds", "quarters", "fifths", "fourths"):
        tok = doc[tok.i + 2]  # "two-thirds" is three tokens: the share word says what the share does
    low = tok.lower_
    if tok.dep_ not in ("nsubj", "nsubjpass", "npadvmod") or tok.head.pos_ != "VERB" or tok.head.i < tok.i \
            or tok.head.lemma_.lower() == "be" or (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of"):
        return None
    if tok.dep_ == "npadvmod" and children(tok.head, "nsubj", "nsubjpass"):
        return None  # "they agreed a third": an adverbial noun beside a subject is no subject
    prev = doc[tok.i - 1] if tok.i > sent.start else None
    if low in ("thirds", "quarters", "fifths", "fourths") and prev is not None and prev.text == "-" and tok.i - 2 >= sent.start \
            and doc[tok.i - 2].lower_ in WORD_NUMBERS:
        first = doc[tok.i - 2]
        return WORD_NUMBERS[first.lower_] * FRACTIONS.get(low, 0.25), first, tok.head
    if low in SHARE_WORDS and tok.tag_ == "NN":
        if low == "half" and (prev is None or prev.lower_ not in ("the", "first", "second", "other", "latter", "last")):
            return 0.5, tok, tok.head
        if prev is not None and prev.lower_ in ("a", "one"):
            return SHARE_WORDS[low], prev, tok.head
    return None


def _elided_noun(num: Token, noun: Token) -> bool:
    """A bare number after a noun, outside that noun's own phrase ("voters over 60" is an age), that
    stands where a noun phrase stands (the object or subject, active or passive, of a verb, the object of a
    preposition, a conjunct, an adverbial noun: "and five million thereafter") and is no year
    ("from 2011 to 2016"): its noun is left out."""
    if num.i < noun.i or noun.left_edge.i <= num.i <= noun.right_edge.i or re.fullmatch(r"1[89]\d\d|20\d\d", num.text):
        return False
    # a passive subject stands where a noun phrase stands too ("2,200 refugees were admitted and
    # 10,000 are expected")
    return num.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "npadvmod", "appos") and num.ent_type_ not in ("DATE", "TIME", "ORDINAL", "PERCENT")


def _definite_bare(num: Token) -> bool:
    """A bare number with "the", "these", "those", "all" or "both" before it that stands where a
    noun phrase stands ("the US agreed to release the four", "the 12 were held"): a group the story
    named before. No year, date or measure."""
    if re.fullmatch(r"1[89]\d\d|20\d\d", num.text) or num.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
        return False
    if num.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos"):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "all", "both") for c in num.children)


def _people_noun_after(num: Token) -> Token | None:
    """The plural noun of people written right after a number, however the parser hung the two:
    "between 100 and 150 others were there" (the high end a conjunct of the low one, the noun on the
    low end), "8 million low- and middle-income Americans" (the number on the first adjective),
    "1.3m people" (the split-off "m" tagged a verb). Only adjectives, hyphens, conjunctions, numbers
    and compound nouns may stand between; a noun of things, a magnitude, anything else, or a noun
    with a number of its own before this one ends the search with None. No date, year or measure."""
    doc = num.doc
    if num.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY") or re.fullmatch(r"1[89]\d\d|20\d\d", num.text):
        return None
    sent_end = num.sent.end
    k = num.i + 1
    while k < sent_end and k <= num.i + 6:
        t = doc[k]
        if t.tag_ in ("NNS", "NNPS"):
            if not counts_people(t):
                return None
            if any(c.dep_ == "nummod" and c.i < num.i and c != num.head for c in t.children):
                return None  # "3 of 5 voters": the noun has a number of its own before this one
            return t
        if not (t.tag_ in ("JJ", "JJR", "HYPH", "CC", "CD") or (t.tag_ in ("NN", "NNP") and t.dep_ in ("compound", "npadvmod"))) \
                or t.lower_ in ("m", "mn", "bn", "k"):
            return None
        k += 1
    return None


def _currency_in_entity(tok: Token) -> bool:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is None or any(t.text in CURRENCY_SYMBOLS or t.lower_ in CURRENCY_WORDS for t in ent)


def _suffered_by_people(num: Token) -> bool:
    """A bare number (no noun, no "of") with a participle or adjective of a verb only people suffer
    after it ("the 53 wounded", "thirty injured", "12 dead"), or that is the object of such a verb
    ("killed 14") or its passive subject ("two were arrested")."""
    if num.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
        return False  # "two of the soldiers": a part of a group, read elsewhere
    for c in num.children:
        if c.dep_ in ("acl", "amod") and c.i == num.i + 1 and (c.lemma_.lower() in PEOPLE_SUFFER or c.lower_ == "dead"):
            return True
    head = num.head
    return head.pos_ == "VERB" and head.lemma_.lower() in PEOPLE_SUFFER and (
        (num.dep_ == "dobj" and head.i < num.i) or num.dep_ == "nsubjpass")


def _bare_subject_of_act(num: Token) -> bool:
    """A bare number (no noun, no "of") that is the subject of a verb only people do: speech and
    belief verbs, or a verb whose object is "their" something ("2 million have made their
    choice")."""
    if num.dep_ != "nsubj" or num.head.pos_ != "VERB" or num.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
        return False
    verb = num.head
    if verb.lemma_.lower() in REPORTING:
        return True
    return any(p.lower_ in ("their", "themselves") for o in children(verb, "dobj") for p in o.subtree)


# Intransitive acts only people do in the news: a bare number doing one counts people ("nearly
# 40,000 voted", "about 60,000 attended", "200 died")
PEOPLE_DO = lexicon.words(_LEXICON, "people_do")
def _does_what_people_do(num: Token) -> bool:
    """A bare number that is the subject of an act only people do (PEOPLE_DO: "nearly 40,000
    voted", "about 60,000 attended"); a part of a group of things is none ("three of the four
    cantons voted")."""
    return num.dep_ == "nsubj" and num.head.pos_ == "VERB" and num.head.lemma_.lower() in PEOPLE_DO \
        and num.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children)


COUNT_NOUNS = lexicon.words(_LEXICON, "count_nouns")


def _number_of_people(num: Token) -> Token | None:
    """The noun of people a bare number measures when its verb's subject is "the number of"
    them: "the number of people ... projected to swell to 65 million, from 49 million", "the
    number of migrants rose to 12,000", "the number of voters was 2 million". None otherwise."""
    if num.dep_ == "pobj" and num.head.lower_ in ("to", "from", "at", "by", "of", "around", "about"):
        verb = num.head.head
    elif num.dep_ in ("attr", "dobj"):
        verb = num.head
    else:
        return None
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = children(verb, "nsubj", "nsubjpass")
        if subj:
            if subj[0].lemma_.lower() not in COUNT_NOUNS:
                return None
            people = [p for c in subj[0].children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in children(c, "pobj") if counts_people(p)]
            return people[0] if people else None
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head  # "is projected to swell to": the subject is on the verb above
    return None


class _BareContext(NamedTuple):
    """What a bare number's readings may read beyond the number: its value, the nouns of the counts
    of people read so far in its sentence, the last one of the sentence before, and the nouns of the
    story's earlier counts of people by value."""
    value: float
    people_nouns: list
    prev_noun: Token | None
    counted_before: dict


class _BareReading(NamedTuple):
    """A bare number read: the token it counts (a noun, or the number itself when its act says it
    counts people), the number itself when it stands for a part or the noun is taken from
    elsewhere, whether its act alone makes it people and whether its noun is left out (elided)."""
    counted: Token
    part_of: Token | None = None
    people_by_act: bool = False
    elided: bool = False


class _BareRow(NamedTuple):
    """One reading of a bare number: its name, the test of the pattern (a match, falsy when the
    number does not fit) and the reading made from the number, its context and that match."""
    name: str
    test: object  # (num, ctx) -> match
    read: object  # (num, ctx, match) -> _BareReading


def _people_it_is_part_of(num: Token) -> Token | None:
    return next((p for c in num.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in children(c, "pobj") if counts_people(p)), None)


# A bare number's readings, walked in order; the first whose test matches reads it, and a number
# no row matches is no figure. The order matters: a noun named by the grammar (its head, its
# "of") before one understood from the context, an elided noun (which names the people) before a
# reading of people by their act alone.
BARE_NUMBER_READINGS: tuple[_BareRow, ...] = (
    # a number word the parser makes the head's modifier from the other side ("the 18 most
    # important cities"): the noun it hangs on is what it counts
    _BareRow("noun it modifies",
             lambda num, ctx: num.pos_ == "NUM" and num.head.pos_ in ("NOUN",),
             lambda num, ctx, m: _BareReading(num.head)),
    # "two of the security contractors": a part of a group of people counts people; the number is
    # what the verb is said of
    _BareRow("part of a group of people",
             lambda num, ctx: _people_it_is_part_of(num),
             lambda num, ctx, people: _BareReading(people, part_of=num)),
    # "the 53 wounded", "thirty injured", "a gunman who killed 14", "two were arrested": only
    # people are killed, wounded or arrested, so a bare number said to suffer it counts people
    _BareRow("suffers what only people suffer",
             lambda num, ctx: _suffered_by_people(num),
             lambda num, ctx, m: _BareReading(num, part_of=num, people_by_act=True)),
    # "More than 2 million have already made their choice": a bare number doing what people do
    # (saying, believing, acting on "their" own) counts people
    _BareRow("subject of a speech, belief or 'their' act",
             lambda num, ctx: _bare_subject_of_act(num),
             lambda num, ctx, m: _BareReading(num, part_of=num, people_by_act=True)),
    # "the number of people collecting Social Security is projected to swell to 65 million": the
    # number a count of people rises or falls to counts those people
    _BareRow("what 'the number of' people comes to",
             lambda num, ctx: _number_of_people(num),
             lambda num, ctx, people: _BareReading(people, part_of=num)),
    # "Amicus has 1.2 million members and the TGWU has 800,000", "24 million viewers, compared
    # with fewer than 8 million": a bare number after a count of people in the same sentence
    # leaves out that count's noun (ellipsis), so it counts those people; people come whole, so a
    # fraction ("1,000 adults ... a margin of error of 3.1") is no such count
    _BareRow("noun left out after a count of people in its sentence",
             lambda num, ctx: bool(ctx.people_nouns) and ctx.value == int(ctx.value) and _elided_noun(num, ctx.people_nouns[-1]),
             lambda num, ctx, m: _BareReading(ctx.people_nouns[-1], part_of=num, elided=True)),
    # "Clinton now has 1,163 delegates to Sanders' 844. With superdelegates her lead is 1,630 to
    # Sanders' 870": a bare number standing as a noun phrase in the sentence after a count of
    # people, with none of its own before it, leaves that noun out (a definite one is left to the
    # next row)
    _BareRow("noun left out after a count of people in the sentence before",
             lambda num, ctx: ctx.prev_noun is not None and not ctx.people_nouns and ctx.value == int(ctx.value)
             and _elided_noun(num, ctx.prev_noun) and not _definite_bare(num),
             lambda num, ctx, m: _BareReading(ctx.prev_noun, part_of=num, elided=True)),
    # "All four Britons will be returned ... the US agreed to release the four", "12 detainees ...
    # the 12 were being held": a definite bare number is a group named before, and the same number
    # of people counted earlier in the story names it
    _BareRow("definite number of a group counted before",
             lambda num, ctx: ctx.value in ctx.counted_before and _definite_bare(num),
             lambda num, ctx, m: _BareReading(ctx.counted_before[ctx.value], part_of=num, elided=True)),
    # "nearly 40,000 voted", "about 60,000 attended": a bare number doing what only people do
    # counts people (after the elided noun, which names them better)
    _BareRow("subject of an act only people do",
             lambda num, ctx: _does_what_people_do(num),
             lambda num, ctx, m: _BareReading(num, part_of=num, people_by_act=True)),
    # "between 100 and 150 others were there", "8 million low- and middle-income Americans": the
    # parser hangs the number away from the plural of people written right after it, which is
    # still what it counts (last: every reading of the grammar goes first; round 23f)
    _BareRow("plural of people written right after, hung elsewhere",
             lambda num, ctx: _people_noun_after(num),
             lambda num, ctx, noun: _BareReading(noun)),
)


def _read_bare_number(num: Token, ctx: _BareContext) -> _BareReading | None:
    """The first of BARE_NUMBER_READINGS that fits a bare number, read; None when none does."""
    for row in BARE_NUMBER_READINGS:
        match = row.test(num, ctx)
        # a match is True or a token (a token's truth is its text's length, so compare, not test)
        if match is not None and match is not False:
            return row.read(num, ctx, match)
    return None



def _part_of_scale(doc: Doc, run: list[Token]) -> tuple[float, list[Token]] | None:
    """"half a million", "a quarter of a million", "a third of a billion": (the part, its tokens
    before the scale word) or None."""
    i = run[0].i
    if len(run) != 1 or run[0].lower_ not in SCALES or i < 2 or doc[i - 1].lower_ != "a":
        return None
    if doc[i - 2].lower_ == "half":
        return 0.5, [doc[i - 2], doc[i - 1]]
    if i >= 4 and doc[i - 2].lower_ == "of" and doc[i - 3].lower_ in SHARE_WORDS and doc[i - 4].lower_ in ("a", "one"):
        return SHARE_WORDS[doc[i - 3].lower_], [doc[i - 4], doc[i - 3], doc[i - 2], doc[i - 1]]
    return None


def _ratio(doc: Doc, tok: Token, sent: Span, ref) -> tuple[Figure, set[int]] | None:
    """"4 in 10 voters", "one in 13 pupils", "more than six in 10 said", "eight out of 10 voters":
    the pollsters' and statisticians' way of writing a share, N of every M. A share (N/M) of the plural noun written
    right after M, with the verb it goes with; (figure, token indices used) or None. M is a whole
    number above N and no year ("3 in 2015" is a date)."""
    run = _number_run(tok)
    j = run[-1].i + 1
    # "out of" says the same as "in": "eight out of 10 voters"
    width = 2 if j + 2 < sent.end and doc[j].lower_ == "out" and doc[j + 1].lower_ == "of" else 1
    if j + width >= sent.end or (width == 1 and doc[j].lower_ != "in") or not doc[j + width].like_num:
        return None
    low = parse_value([t.text for t in run])
    den_run = _number_run(doc[j + width])
    den = parse_value([t.text for t in den_run])
    if not low or not den or den <= low or den != int(den) or den >= 1000:
        return None
    # the noun counted: the words after M up to the first plural noun ("Democratic and Republican
    # primary voters"), only modifiers between
    k = den_run[-1].i + 1
    noun = None
    while k < sent.end and doc[k].tag_ in ("JJ", "NNP", "NN", "NNS", "NNPS", "CC", "HYPH"):
        if doc[k].tag_ in ("NNS", "NNPS"):
            noun = doc[k]
            break
        k += 1
    last = noun if noun is not None else den_run[-1]
    verb = _about(noun) if noun is not None else None
    if verb is None:
        # "4 in 10 are angry", "six in 10 said": the verb the share's words hang from
        for t in (doc[j + width], tok, last):
            v = t.head
            while v.pos_ not in ("VERB", "AUX") and v.head != v and v.i != v.head.i and v.dep_ not in ("ROOT",):
                v = v.head
            if v.pos_ in ("VERB", "AUX"):
                verb = v
                break
    if verb is not None and verb.lemma_.lower() == "be":
        verb = next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.i > last.i), verb)
    about = " ".join(x for x in ((doc_text(doc)[doc[den_run[-1].i + 1].idx : noun.idx + len(noun)].lower() if noun is not None else None),
                                 (verb.text.lower() if verb is not None else None)) if x) or None
    qualifier, qstart = _qualifier(doc, run[0].i)
    start = max(qstart if qualifier else run[0].idx, sent.start_char)
    end = last.idx + len(last)
    figure = Figure(value=low / den, unit="share", about=about, qualifier=qualifier, place=_place(doc, verb, last),
                    **_source(doc, sent, start, end, verb), since=_since(sent, ref), span=(start, end),
                    text=doc_text(doc)[start:end])
    return figure, {t.i for t in run} | set(range(j, j + width)) | {t.i for t in den_run} | ({noun.i} if noun is not None else set())


def _count_range(doc: Doc, run: list[Token], value: float) -> tuple[tuple[float, float] | None, list[Token]]:
    """A count's high end: "2,000-3,000 people", "20 to 30 soldiers", "between 2,000 and 3,000"
    ("and" only after "between"), "2 to 3 million" (the low end takes the high end's magnitude).
    ((low, high), the high end's tokens), or (None, []) when the number is no range's low end."""
    j = run[-1].i + 1
    if j + 1 >= len(doc) or not doc[j + 1].like_num:
        return None, []
    joiner = doc[j].lower_
    between = run[0].i > 0 and doc[run[0].i - 1].lower_ == "between"
    if not (joiner in ("-", "–", "—", "to") or (joiner == "and" and between)):
        return None, []
    high_run = _number_run(doc[j + 1])
    hv = parse_value([t.text for t in high_run])
    if not hv:
        return None, []
    scale = SCALES.get(high_run[-1].lower_) if len(high_run) > 1 else None
    if scale and value * scale <= hv and not any(t.lower_ in SCALES for t in run):
        value *= scale
    if hv <= value:  # written high to low: two counts, no range
        return None, []
    return (value, hv), high_run
