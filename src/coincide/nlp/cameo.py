"""PETRARCH's CAMEO verb-pattern dictionary, matched over the spaCy dependency parse.

The dictionary (`data/phoenix/CAMEO.2.0.txt`, Open Event Data Alliance, MIT) is the event
coders' own: ~400 verb blocks, each a set of synonymous verbs with a default CAMEO code and
patterns that refine it by the words around the verb. Its header and PETRARCH's documentation
(docs/source/dictionaries.rst, `read_verb_dictionary`) give the format, read here as follows:

- `&NAME` then `+PHRASE` lines: a synonym set (synset). Regular plurals are added unless the
  set's name or the phrase ends in `_`.
- `--- NAME [code] ---` opens a verb block; each verb line is `VERB {irregular forms} [code]`
  (the block's code when it has none; `---` is no event). `+WORD_WORD` is a multi-word verb.
- `- before * after [code] # comment` is a pattern: `*` is the verb; words before it are looked
  for on the subject's side, words after it in what the verb governs; `{A B}` is a phrase of
  consecutive words, `(PREP A B)` a prepositional phrase, `&SET` any phrase of the set; `$`, `+`,
  `^` and `%` mark source, target, skipped and compound slots, which the parse supplies instead.
- `[a:b]`: code a from source to target and b back; `[:b]` only the target acting on the source
  ("appeared before the court" is the court's legal action, 173).

Matching: a verb token's lemma selects its blocks; a pattern holds when all its words are found
in their region (a plural or inflected form matches through the lemma); of the patterns that
hold, the one naming most words decides (ties: the dictionary's order), else the verb's own code.
A pattern coded `---` says the verb is no event in that company ("fight in the polls").

CAMEO codes become PLOVER types with the crosswalk `data/plover/CAMEO2PLOVER-2021.txt` (PLOVER
0.8, CC BY-SA 4.0), read back into the PLOVER 0.5 types of the gold-standard records and the
story JSON: REQUEST is DEMAND (and CAMEO 02 "Appeal", which the table leaves out, too), ACCUSE is
INVESTIGATE in its `investigate` mode and DISAPPROVE otherwise, and ASSAULT coded from CAMEO 19
("Fight": conventional military force) is FIGHT. CAMEO 01 (public statements) is no event.

The dictionary is read once per process (`verb_dictionary()`); reading it takes ~0.1 s.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

DATA_PACKAGE = "coincide"

# a phrase is a tuple of lowercase words; an item is the set of phrases any of which will do
Phrase = tuple[str, ...]
Item = frozenset


@dataclass(frozen=True)
class Pattern:
    code: str | None  # CAMEO code, None: no event
    swap: bool  # the code is the target's act on the source ("[:173]")
    pre: tuple[Item, ...]
    post: tuple[Item, ...]
    preps: tuple[tuple[str, tuple[Item, ...]], ...]
    words: int  # how many words it names: the more, the more specific
    text: str


@dataclass(frozen=True)
class Verb:
    block: str
    code: str | None
    rest: Phrase  # the words after the first of a multi-word verb ("wage" + ("war",))


@dataclass(frozen=True)
class Match:
    code: str | None
    swap: bool
    block: str
    pattern: str | None  # the pattern's text, None when the verb's own code decided


@dataclass
class VerbDictionary:
    synsets: dict[str, Item]
    verbs: dict[str, list[Verb]]  # first word of the verb, lowercase -> its entries
    patterns: dict[str, list[Pattern]]  # block -> patterns in file order
    # block -> (pattern, first words of each pre item, of each post item, (prep, first words of its items))
    # most specific first (then file order), so the first pattern that holds is the one to take
    compiled: dict[str, list[tuple]] = None

    def compile(self) -> "VerbDictionary":
        def firsts(item: Item) -> frozenset:
            return frozenset(p[0] for p in item)

        self.compiled = {}
        for block, pats in self.patterns.items():
            rows = []
            for i, pat in enumerate(pats):
                if pat.words == 0:
                    continue
                rows.append((-pat.words, i, pat, [firsts(it) for it in pat.pre], [firsts(it) for it in pat.post],
                             [(prep, [firsts(it) for it in items]) for prep, items in pat.preps]))
            rows.sort(key=lambda r: (r[0], r[1]))
            rows = [r[2:] for r in rows]
            # each pattern filed under the words that can start one of its items (the first post
            # item, else the first pre item, else its preposition): a verb looks only at patterns
            # filed under a word it has around it
            index: dict[str, list[int]] = {}
            for k, (pat, pre, post, preps) in enumerate(rows):
                key = post[0] if post else pre[0] if pre else frozenset([preps[0][0]])
                for w in key:
                    index.setdefault(w, []).append(k)
            self.compiled[block] = (rows, index)
        return self


def _strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].rstrip()


def _plurals(word: str) -> list[str]:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("ss", "sh", "ch", "x")):
        return [word + "es"]
    return [word + "s"]


def _code(raw: str) -> tuple[str | None, bool]:
    """'[042:043]' -> ('042', False); '[:173]' -> ('173', True); '[---]' -> (None, False)."""
    raw = raw.strip("[] ")
    first, _, second = raw.partition(":")
    first, second = first.strip(), second.strip()
    if first and not first.startswith("-"):
        return first, False
    if second and not second.startswith("-"):
        return second, True
    return None, False


def parse_dictionary(lines: list[str]) -> VerbDictionary:
    synsets: dict[str, set[Phrase]] = {}
    verbs: dict[str, list[Verb]] = {}
    patterns: dict[str, list[Pattern]] = {}
    block = None
    block_code: str | None = None
    current_set: str | None = None
    in_patterns = False
    for raw in lines:
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            current_set = None
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("&") and " " not in line:
            current_set = line[1:]
            synsets.setdefault(current_set.rstrip("_"), set())
            continue
        if current_set is not None and line.startswith("+") and not in_patterns:
            phrase = line[1:].strip()
            no_plural = current_set.endswith("_") or phrase.endswith("_")
            words = tuple(w.lower() for w in re.split(r"[ _]+", phrase.strip("_")) if w)
            target = synsets[current_set.rstrip("_")]
            target.add(words)
            if not no_plural and words:
                for pl in _plurals(words[-1]):
                    target.add(words[:-1] + (pl,))
            continue
        if not in_patterns:
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            block = m.group(1)
            block_code = _code(m.group(2))[0]
            patterns.setdefault(block, [])
            continue
        if block is None:
            continue
        if line.startswith("-"):
            pat = _parse_pattern(line[1:], synsets)
            if pat is not None:
                patterns[block].append(pat)
            continue
        # a verb line: VERB {forms} [code], or +MULTI_WORD {forms} [code]
        vm = re.match(r"^\+?([A-Z][A-Z'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line)
        if vm:
            words = tuple(w.lower() for w in vm.group(1).strip("_").split("_") if w)
            code = _code(vm.group(3))[0] if vm.group(3) else block_code
            if words:
                verbs.setdefault(words[0], []).append(Verb(block, code, words[1:]))
    return VerbDictionary({k: frozenset(v) for k, v in synsets.items()}, verbs, patterns)


def _item(tok: str, synsets: dict[str, set[Phrase]]) -> Item | None:
    if tok.startswith("&"):
        s = synsets.get(tok[1:].rstrip("_"))
        return frozenset(s) if s else None
    words = tuple(w.lower() for w in re.split(r"[ _]+", tok.strip("_")) if w)
    return frozenset([words]) if words else None


def _parse_pattern(body: str, synsets) -> Pattern | None:
    """One PETRARCH verb pattern line ("* (AGAINST $) [173]") -> a Pattern, or None when it cannot
    match. One piece because it is a small tokenizer and one left-to-right pass over its tokens
    whose state (star seen, inside a prepositional phrase, preposition pending) each step reads and
    sets; split, that state would have to travel between the parts."""
    m = re.search(r"\[([^\]]*)\]", body)
    if not m:
        return None
    code, swap = _code(m.group(1))
    text = body[: m.start()].strip()
    if "*" not in text:
        return None
    # phrases {A B} and prepositional phrases (P A B) become single tokens before splitting
    tokens: list[tuple[str, str]] = []  # (kind, value): word | phrase | pp-open | pp-close | star
    for t in re.findall(r"\{[^}]*\}|\(|\)|\*+|[^\s(){}]+", text):
        if t.startswith("{"):
            tokens.append(("phrase", t.strip("{} ")))
        elif t in "()":
            tokens.append((t, t))
        elif t.startswith("*"):
            tokens.append(("star", t))
        else:
            tokens.append(("word", t))
    pre: list[Item] = []
    post: list[Item] = []
    preps: list[tuple[str, list[Item]]] = []
    seen_star = False
    in_pp: list[Item] | None = None
    pp_prep_pending = False
    words = 0
    for kind, val in tokens:
        if kind == "star":
            seen_star = True
            continue
        if kind == "(":
            in_pp = []
            pp_prep_pending = True
            continue
        if kind == ")":
            in_pp = None
            continue
        if val in ("$", "+", "^", "%") or val.startswith(("$", "^")):
            # the dictionary's slot markers: "$" the source, "+" the target; a target before the
            # verb ("+ * ROCKET") or a source after it ("+ INSPECTOR * (INTO $)") means the
            # subject is acted on, as a "[:code]" does
            if (val == "+" and not seen_star) or (val.startswith("$") and seen_star):
                swap = True
            continue
        if in_pp is not None and pp_prep_pending and kind == "word" and not val.startswith("&"):
            preps.append((val.lower(), in_pp))
            pp_prep_pending = False
            words += 1
            continue
        item = _item(val.replace(" ", "_"), synsets) if kind == "phrase" else _item(val, synsets)
        if item is None:
            if val.startswith("&"):
                return None  # an undefined synset: PETRARCH skips the pattern too
            continue
        # a synset counts by its shortest phrase: any one phrase of the set (next(iter(...)))
        # depended on the process's hash seed, and so did which of two patterns was more specific
        words += min(len(p) for p in item)
        if in_pp is not None:
            in_pp.append(item)
        elif seen_star:
            post.append(item)
        else:
            pre.append(item)
    return Pattern(code, swap, tuple(pre), tuple(post), tuple((p, tuple(i)) for p, i in preps), words, text)


@functools.lru_cache(maxsize=1)
def verb_dictionary() -> VerbDictionary:
    text = resources.files(DATA_PACKAGE).joinpath("data", "phoenix", "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    return parse_dictionary(text.splitlines()).compile()


# ---------------------------------------------------------------- the CAMEO -> PLOVER crosswalk


@functools.lru_cache(maxsize=1)
def crosswalk() -> dict[str, tuple[str, str | None, str | None]]:
    """CAMEO code -> (PLOVER 0.8 type, mode, context), as the 2021 table gives them."""
    text = resources.files(DATA_PACKAGE).joinpath("data", "plover", "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str | None, str | None]] = {}
    for line in text.splitlines():
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        body = m.group(2).split("#", 1)[0]
        parts = [p.strip() for p in body.split(",")]
        kind = parts[0].upper() if parts and parts[0] else None
        if not kind or kind.startswith("~"):
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        context = parts[2].split(";")[0].strip() if len(parts) > 2 and parts[2] else None
        out.setdefault(m.group(1), (kind, mode, context or None))
    return out


def plover(code: str | None) -> tuple[str, str | None, str | None] | None:
    """The PLOVER (0.5) type, mode and context of a CAMEO code; None when it is no event."""
    if not code:
        return None
    if code.startswith("01"):
        return None  # public statements: saying is no event
    if code.startswith("02"):
        return ("DEMAND", None, None)  # "Appeal": PLOVER's REQUEST, which the table leaves out
    table = crosswalk()
    found = None
    for k in (code, code[:3], code[:2]):
        if k in table:
            found = table[k]
            break
    if found is None:
        return None
    kind, mode, context = found
    if kind == "REQUEST":
        kind = "DEMAND"
    elif kind == "ACCUSE":
        kind = "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
        mode = None if mode in ("investigate", "disapprove") else mode
    elif kind == "ASSAULT" and code.startswith("19"):
        kind = "FIGHT"
    return kind, mode, context


# ---------------------------------------------------------------- matching over the parse

# Clauses of their own: their words are not the verb's company.
_CLAUSE_DEPS = {"conj", "cc", "advcl", "relcl", "parataxis", "punct", "mark"}
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _forms(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


# What a verb phrase holds in PETRARCH's reading: its objects, particles, adverbs and
# prepositional phrases, not the clauses below it (a complement's verb is coded on its own).
_COMPANY_DEPS = {"dobj", "dative", "attr", "oprd", "prt", "acomp", "npadvmod", "advmod", "prep", "agent", "nsubjpass"}
_NESTED_CLAUSES = {"relcl", "advcl", "parataxis", "ccomp", "xcomp", "acl", "conj", "cc", "punct"}


def _right_region(verb: Token) -> list[Token]:
    """The verb's company: what it governs in its own clause, without clauses of their own."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in _COMPANY_DEPS and (c.i > verb.i or c.dep_ in ("dobj", "prt", "nsubjpass"))]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NESTED_CLAUSES)
    return sorted(out, key=lambda t: t.i)


def _subject_region(verb: Token) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subj and verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "csubj")]
    return sorted((t for s in subj for t in s.subtree), key=lambda t: t.i)


def _find_phrase(region: list[Token], item: Item, after: int = -1) -> int | None:
    """The position of the first token of a phrase of `item` in `region` past token index `after`."""
    best = None
    for phrase in item:
        n = len(phrase)
        for k in range(len(region) - n + 1):
            if region[k].i <= after:
                continue
            if all(phrase[j] in _forms(region[k + j]) and (j == 0 or region[k + j].i == region[k + j - 1].i + 1) for j in range(n)):
                end = region[k + n - 1].i
                best = end if best is None else min(best, end)
                break
    return best


def _has_phrase(region: list[Token], item: Item) -> bool:
    return _find_phrase(region, item) is not None


def _in_order(region: list[Token], items: tuple[Item, ...]) -> bool:
    """The items occur in the region in the pattern's order, other words between them allowed."""
    at = -1
    for it in items:
        found = _find_phrase(region, it, at)
        if found is None:
            return False
        at = found
    return True


def _has_pp(region: list[Token], prep: str, items: tuple[Item, ...], verb: Token) -> bool:
    """A pattern's prepositional phrase is one the verb takes, or its object or its clause's word
    next to it: "accused X of having contempt for victims of crime" has no "(FOR &CRIME)" of its own."""
    for t in region:
        if t.lower_ == prep and t.dep_ in ("prep", "agent", "dative", "prt", "advmod", "mark") and _near_verb(t, verb):
            sub = sorted(_phrase_words(t), key=lambda x: x.i)
            if all(_has_phrase(sub, it) for it in items):
                return True
    return False


def _phrase_words(prep: Token) -> list[Token]:
    """The words of a prepositional phrase, without a clause inside it ("of having contempt for
    victims of crime" names no crime of the accused)."""
    out: list[Token] = []
    stack = [c for c in prep.children if c.dep_ not in ("pcomp",)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("pcomp", "relcl", "acl", "ccomp", "advcl"))
    return out


def _near_verb(prep: Token, verb: Token) -> bool:
    """The preposition hangs from the verb, or from its object or particle."""
    head = prep.head
    return head.i == verb.i or (head.head.i == verb.i and head.dep_ in ("dobj", "obj", "nsubjpass", "attr", "prt", "dative"))


def _verb_entries(verb: Token, vd: VerbDictionary) -> list[Verb]:
    lemma = verb.lemma_.lower()
    entries = vd.verbs.get(lemma) or vd.verbs.get(verb.lower_) or []
    out = []
    right = None
    for e in entries:
        if not e.rest:
            out.append(e)
            continue
        right = right if right is not None else _right_region(verb)
        if _has_phrase([t for t in right if t.i > verb.i][: len(e.rest) + 2], frozenset([e.rest])):
            out.insert(0, e)  # a multi-word verb is more specific than its first word
    return out


def match_verb(verb: Token) -> Match | None:
    """The CAMEO code the dictionary gives this verb in its clause, or None if it has no entry."""
    vd = verb_dictionary()
    entries = _verb_entries(verb, vd)
    if not entries:
        return None
    right = _right_region(verb)
    subject = _subject_region(verb)
    # the words present, to rule out at once the patterns naming a word that is not there
    right_words = {w for t in right for w in _forms(t)}
    subject_words = {w for t in subject for w in _forms(t)}
    best: tuple[int, Pattern, Verb] | None = None
    present = right_words | subject_words
    for e in entries:
        rows, index = vd.compiled.get(e.block, ((), {}))
        candidates = sorted({k for w in present for k in index.get(w, ())})
        for k in candidates:
            pat, pre, post, preps = rows[k]
            if best is not None and pat.words <= best[0]:
                break  # the rest of the block is no more specific
            if not all(f & subject_words for f in pre) or not all(f & right_words for f in post):
                continue
            if not all(p in right_words and all(f & right_words for f in fs) for p, fs in preps):
                continue
            if _in_order(subject, pat.pre) and _in_order(right, pat.post) and all(
                _has_pp(right, p, items, verb) for p, items in pat.preps
            ):
                best = (pat.words, pat, e)
                break
        if e.rest and best is None:
            return Match(e.code, False, e.block, None)
    if best is not None:
        _, pat, e = best
        return Match(pat.code, pat.swap, e.block, pat.text)
    e = entries[0]
    return Match(e.code, False, e.block, None)
