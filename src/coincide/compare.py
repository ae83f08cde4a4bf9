"""Where two actors coincide or diverge: the relation logic, one story at a time.

The archive writer calls `story_facts` on every story it stores: each position with the matter it
is about and the way its holder wants that matter to go, and every pair of the story's actors that
the story relates (a relation it states, two positions on one matter, a stance on the other side's
own plan). The queries (`query.py`) then pair positions across stories and read those pairs by
entity, in SQL, so nothing here reads the archive.

A position's matter is its issue label stemmed, without the narrowing phrase after a preposition
(`issue_key`), and without a head that only measures or moves it ("tax rate" and "tax cut" are both
about tax; `matter_key`). Which way a holder wants the matter decides the relation (`_want`,
`relation_of`): "lower taxes" against "higher taxes" diverge; opposing a rise and asking for a cut are
neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .knowledge.entities import name_key
from .records import Actor, Position, Relation, StoryRecord


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", (text or "").lower()).strip()


# A period ends a sentence unless it ends an initial ("U.S.", "J. Smith"), a title or a common
# abbreviation: those are followed by a capital too, so the capital alone cannot decide.
_ABBREV = frozenset(
    "mr mrs ms dr st gen lt col sgt capt cpl maj rev prof jr sr inc ltd co corp no nos vs etc fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec govt dept est approx rt hon".split()
)
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])|\n")


def sentence_bounds(body: str) -> list[tuple[int, int]]:
    """Sentence spans of a story body, without breaking at initials and abbreviations."""
    out, start = [], 0
    for m in _END.finditer(body):
        if m.group(0) != "\n" and body[m.start()] == ".":
            word = re.search(r"([\w.]*)$", body[start:m.start()]).group(1)
            last = word.rsplit(".", 1)[-1].lower()
            if len(last) == 1 or last in _ABBREV:
                continue
        end = m.end()
        if body[start:end].strip():
            out.append((start, end))
        start = end
    if body[start:].strip():
        out.append((start, len(body)))
    return out


def _sentence_around(body: str, span: list[int] | tuple[int, int] | None) -> str:
    """The whole sentence(s) a span lies in."""
    if not span:
        return ""
    start, end = span
    bounds = [b for b in sentence_bounds(body) if b[0] < max(end, start + 1) and b[1] > start]
    if not bounds:
        return ""
    return " ".join(body[bounds[0][0]:bounds[-1][1]].split())


def issue_key(label: str) -> str:
    """A label's matter across stories: its words stemmed, without the narrowing phrase that
    follows a preposition, so "violence in Syria" (one story) meets "violence" (another) and
    "negotiated talks" meets "negotiations talks"; "tax cut" and "spending cut" stay apart."""
    from .nlp.issues import PREP_KEEP, stem

    words = []
    for w in _norm(label).split():
        if w in PREP_KEEP and words:
            break
        words.append(stem(w))
    return " ".join(words) or _norm(label)


@dataclass
class Evidence:
    story_id: str
    title: str | None
    published: str | None
    text: str
    basis: str = "inferred"  # stated | inferred | across (two stories' positions)


@dataclass
class IssueComparison:
    issue: str
    relation: str  # coincide | diverge
    evidence: list[Evidence] = field(default_factory=list)
    stated: int = 0
    inferred: int = 0
    across: int = 0  # pairs of positions from different stories
    labels: dict[str, int] = field(default_factory=dict)  # the labels grouped here, a plain dict for JSON

    @property
    def strength(self) -> int:
        # what the text states outweighs what we infer from two positions in one story, which
        # outweighs two positions taken in different stories (perhaps months apart)
        return 4 * self.stated + 2 * self.inferred + self.across


# Words that say which way a matter should move. Labels drop them ("lower taxes" and "higher taxes"
# are both "tax"), so a position's stance is read on the matter itself before two are paired:
# supporting lower taxes opposes taxes, as supporting higher ones supports them.
_DOWN = frozenset(
    "lower less fewer smaller cheaper cut cuts cutting reduce reduces reducing reduced reduction curb curbing "
    "limit limiting stop stopping end ending halt halting scrap scrapping abolish abolishing tackle tackling "
    "combat combating combatting prevent preventing ease easing".split()
)
_UP = frozenset(
    "higher more bigger greater extra additional increased increase increasing raise raising rise "
    "boost boosting expand expanding".split()
)


def _direction(position: Position) -> int:
    """-1 when the statement asks for less of its issue ("lower taxes", "cut immigration"), +1 for
    more ("higher taxes"), 0 when it says neither. Only words before the issue's own words count,
    and only those the label left out ("tax cut" already says which way)."""
    issue_words = _norm(position.issue or "").split()
    words = _norm(position.statement or "").split()

    def in_issue(word: str) -> bool:
        return any(word == x or (len(x) >= 3 and word.startswith(x)) or (len(word) >= 3 and x.startswith(word))
                   for x in issue_words)

    for i, w in enumerate(words[:6]):
        if in_issue(w):
            before = [x for x in words[max(0, i - 3):i] if not in_issue(x)]
            downs = sum(x in _DOWN for x in before)
            ups = sum(x in _UP for x in before)
            return -1 if downs > ups else (1 if ups > downs else 0)
    return 0


# Heads of what somebody proposes. Within one story, "his anti-terror proposals" and "the house
# arrest plans" are the same proposal unless their owners differ ("the Tory plans", "Labour's plans").
PROPOSAL_HEADS = frozenset("plan proposal bill measure scheme reform legislation package".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my".split())


def _proposal_owner(position: Position) -> tuple[str, str] | None | bool:
    """Whose proposal a position is about: ("holder", id) for "his plans", ("name", key) for "the Tory
    plans", None for "the plans"; False when the issue is not a proposal."""
    words = _norm(position.issue or "").split()
    if not words or not any(words[-1] == h or words[-1] == h + "s" for h in PROPOSAL_HEADS):
        return False
    statement = (position.statement or "").split()
    first = statement[0].lower() if statement else ""
    if first in _POSSESSIVE_PRONOUNS:
        return ("holder", position.holder or "")
    names = [w for w in statement[:4] if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
    if names:
        return ("name", name_key(re.sub(r"['\u2019]s?$", "", names[0])))
    return None


_PROPOSAL_WORD = re.compile(r"\b(?:%s)s?\b" % "|".join(sorted(PROPOSAL_HEADS)))


def _plan_owners(body: str, actors: dict[str, Actor], position: Position) -> tuple[set[str], list[str]]:
    """Whose proposal a position is about, named right before its head ("the Tory plans", "Mr
    Howard's proposals"): the actors mentioned there other than the holder, and the capitalised
    words there (a party's adjective, "Tory", is a modifier and no mention of the party)."""
    span = position.span
    if not span or not _proposal_owner(position):
        return set(), []
    m = _PROPOSAL_WORD.search(body[span[0]:span[1]].lower())
    if not m:
        return set(), []
    head_at = span[0] + m.start()
    window = max(span[0], head_at - 25)
    owners = set()
    for aid, actor in actors.items():
        if aid == position.holder:
            continue
        if any(window <= s and e <= head_at for s, e in actor.mentions or []):
            owners.add(aid)
    words = [re.sub(r"['\u2019]s?$", "", w) for w in body[window:head_at].split() if w[:1].isupper()]
    return owners, [w for w in words if w]


def _same_proposal(x: Position, y: Position) -> bool:
    """Within one story, "his anti-terror proposals" and "the house arrest plans" are one proposal
    unless their owners differ ("the Tory plans", "Labour's plans")."""
    ox, oy = _proposal_owner(x), _proposal_owner(y)
    return ox is not False and oy is not False and (ox is None or oy is None or ox == oy)


# Heads that measure a matter rather than name one ("tax rate", "level of taxation" are about
# taxes), and heads that move it ("tax cut" is less tax, "tax rise" more).
_MEASURE_HEADS = frozenset("rate level burden".split())
_DOWN_HEADS = frozenset("cut reduction freeze curb".split())
_UP_HEADS = frozenset("rise increase hike boost".split())


@lru_cache(maxsize=65536)
def matter_key(issue: str) -> tuple[str, int]:
    """The matter an issue label is about, across stories, and the way its own head moves it:
    "tax cut" -> ("tax", -1), "tax rate for top earners" -> ("tax", 0), "violence" -> ("violence", 0)."""
    from .nlp.issues import stem

    key = issue_key(issue)
    words = key.split()
    if len(words) > 1:
        last = words[-1]
        if last in {stem(w) for w in _MEASURE_HEADS}:
            return " ".join(words[:-1]), 0
        if last in {stem(w) for w in _DOWN_HEADS}:
            return " ".join(words[:-1]), -1
        if last in {stem(w) for w in _UP_HEADS}:
            return " ".join(words[:-1]), 1
    return key, 0


def _want(position: Position) -> float:
    """Which way the holder wants the matter to go: +1 more of it (or for it), -1 less (or against
    it); +-0.5 for "not more" / "not less" (opposing a rise is not asking for a cut)."""
    stance = {"support": 1, "oppose": -1}.get(position.stance or "", 0)
    way = matter_key(position.issue or "")[1] or _direction(position)
    if not stance:
        return 0.0
    if not way:
        return float(stance)
    return float(way) if stance > 0 else -0.5 * way


def relation_of(x: float, y: float) -> str | None:
    """Coincide when two holders want the same way, diverge when opposite ways; opposing a rise
    and asking for a cut are neither."""
    if not x or not y:
        return None
    if abs(x) == abs(y):
        return "coincide" if x == y else ("diverge" if abs(x) == 1 else None)
    full, half = (x, y) if abs(x) == 1 else (y, x)
    return "diverge" if full == (1 if half < 0 else -1) else None


_DEFINITE = frozenset("the this that these those his her its their our my your".split())


def _portable(position: Position) -> bool:
    """Whether a position means the same matter outside its story. "The plans", "his policies",
    "the claim he had reneged" point at something the story names; a one-word label then says too
    little to meet another story's position. Several-word labels ("tax cut", "ID card") travel."""
    if len(issue_key(position.issue or "").split()) > 1:
        return True
    words = _norm(position.statement or "").split()
    return bool(words) and words[0] not in _DEFINITE and "s" not in words[:3] and len(words) <= 4


BASIS_RANK = {"stated": 0, "inferred": 1, "across": 2}
CORRECTABLE_POSITION_FIELDS = ("stance", "issue", "holder")


@dataclass(frozen=True)
class Correction:
    """An analyst's verdict on one field of a story's item, as the archive keeps it (the
    `corrections` table): `verdict` "value" gives the field its right `value`, "wrong" marks the
    item wrong."""

    section: str
    idx: int
    field: str | None
    verdict: str
    value: str | None = None


@dataclass(frozen=True)
class NumberedPosition:
    """A position of a story with its index in the record (the key corrections and the queries
    use), and whether an analyst corrected it."""

    idx: int
    position: Position
    corrected: bool = False


def corrected_positions(record: StoryRecord, corrections: Iterable[Correction] = ()) -> list[NumberedPosition]:
    """A story's positions as analysts corrected them: a field given its right value takes it; a
    position marked wrong is left out, since a wrong stance is worse than a missing one."""
    fixes: dict[int, list[Correction]] = defaultdict(list)
    for c in corrections:
        if c.section == "positions":
            fixes[c.idx].append(c)
    if not fixes:
        return [NumberedPosition(i, p) for i, p in enumerate(record.positions)]
    by_name = {_norm(a.name or ""): a.id for a in record.actors}
    out = []
    for i, p in enumerate(record.positions):
        if i not in fixes:
            out.append(NumberedPosition(i, p))
            continue
        changes: dict[str, Any] | None = {}
        for c in fixes[i]:
            if c.verdict == "wrong" or c.field not in CORRECTABLE_POSITION_FIELDS:
                changes = None
                break
            value = c.value
            if c.field == "holder":
                value = by_name.get(_norm(value or "")) or (value if value in by_name.values() else None)
                if value is None:
                    changes = None
                    break
            changes[c.field] = value
        if changes is not None:
            out.append(NumberedPosition(i, replace(p, **changes), corrected=True))
    return out


def timeline(rows: list[IssueComparison]) -> list[dict[str, Any]]:
    """How the relation changed over time: per month, the issues on which the two coincided and
    diverged, by the dates of the stories that give the evidence."""
    months: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"coincide": set(), "diverge": set()})
    for r in rows:
        for e in r.evidence:
            months[(e.published or "undated")[:7]][r.relation].add(r.issue)
    return [
        {"month": m, "coincide": sorted(v["coincide"]), "diverge": sorted(v["diverge"])}
        for m, v in sorted(months.items())
    ]


# -- one story's facts, as the archive writer stores them ----------------------------------------

@dataclass
class PositionFact:
    """A position as the queries read it: its matter, the way its holder wants it, whether its
    label means the same outside the story, and the sentence that gives it."""

    idx: int
    holder: str
    stance: str
    issue: str
    statement: str
    matter: str
    want: float
    portable: bool
    sentence: str
    topics: list[str] = field(default_factory=list)
    corrected: bool = False


@dataclass
class PairFact:
    """Two actors of one story related on a matter. `actor_b` is an actor of the story; for a
    stance on a plan the story only attributes by a word ("the Tory plans"), `owner_key` is that
    word's name key instead, which the queries meet with the owner's entity."""

    actor_a: str
    actor_b: str | None
    owner_key: str | None
    matter: str
    label: str
    relation: str
    basis: str  # stated | inferred
    sentences: list[str]
    topics: list[str] = field(default_factory=list)


def _topics_of(item: Position | Relation) -> list[str]:
    """The topic ids of an item, subtopics included as ids of their own ("macroeconomics",
    "taxation"), so a query names either."""
    out: set[str] = set()
    for t in getattr(item, "topics", None) or []:
        if isinstance(t, dict):
            out.add(t.get("topic") or "")
            out.update(t.get("subtopics") or [])
        else:
            out.add(str(t))
    return sorted(out - {""})


def story_facts(record: StoryRecord, corrections: Iterable[Correction] = ()) -> tuple[list[PositionFact], list[PairFact]]:
    """A story record and its analysts' corrections -> the facts the comparison queries read."""
    body = record.story.body or ""
    actors = {a.id: a for a in record.actors if a.id}
    numbered = corrected_positions(record, corrections)
    facts = []
    for n in numbered:
        p = n.position
        facts.append(PositionFact(
            idx=n.idx, holder=p.holder or "", stance=p.stance or "", issue=p.issue or "",
            statement=p.statement or "", matter=matter_key(p.issue or "")[0], want=_want(p),
            portable=_portable(p), sentence=_sentence_around(body, p.span), topics=_topics_of(p),
            corrected=n.corrected))
    return facts, _story_pairs(record, body, actors, [n.position for n in numbered])


def relation_label(issue: str) -> str:
    """The label a relation is filed under. A relation inferred from two positions worded
    differently carries both wordings ("council tax review / council tax"): file it under the one
    that says most (its matter key has the most words), so it meets the same matter elsewhere."""
    parts = [p.strip() for p in issue.split(" / ") if p.strip()]
    if len(parts) < 2:
        return issue
    return max(parts, key=lambda p: (len(issue_key(p).split()), -parts.index(p)))


def _story_pairs(record: StoryRecord, body: str, actors: dict[str, Actor],
                 positions: list[Position]) -> list[PairFact]:
    """The pairs of a story's actors the story relates, in three ordered steps (the order is the
    pairs' `n` in the archive): the relations it states or the pipeline inferred, the stances on
    another actor's plan, then two holders' positions on one matter."""
    out: list[PairFact] = []
    for rel in record.relations:
        pair = rel.actors or []
        if len(pair) != 2 or pair[0] == pair[1] or not rel.relation:
            continue
        label = relation_label(rel.issue or "overall")
        spans = [rel.span] + list(rel.evidence or [])
        out.append(PairFact(pair[0], pair[1], None, matter_key(label)[0] if label != "overall" else "overall", label,
                            rel.relation, "stated" if rel.basis == "stated" else "inferred",
                            _sentences(body, spans), _topics_of(rel)))
    # a stance on the other side's own plan ("Blair ridiculed the Tory plans"): the owners want
    # their own plan, so opposing it diverges from them and backing it coincides
    for p in positions:
        relation = relation_of(_want(p), 1.0)
        if not relation:
            continue
        owners, owner_words = _plan_owners(body, actors, p)
        fact = dict(matter=matter_key(p.issue)[0], label=p.issue, relation=relation, basis="inferred",
                    sentences=_sentences(body, [p.span]), topics=_topics_of(p))
        for owner in sorted(owners):
            out.append(PairFact(p.holder, owner, None, **fact))
        for key in sorted({name_key(w) for w in owner_words} - {""}):
            out.append(PairFact(p.holder, None, key, **fact))
    # two holders' positions on one matter, or on one proposal worded twice
    for i, x in enumerate(positions):
        for y in positions[i + 1:]:
            if not x.holder or x.holder == y.holder:
                continue
            mx, my = matter_key(x.issue)[0], matter_key(y.issue)[0]
            if mx != my and not _same_proposal(x, y):
                continue
            relation = relation_of(_want(x), _want(y))
            if relation:
                out.append(PairFact(x.holder, y.holder, None, mx, x.issue, relation, "inferred",
                                    _sentences(body, [x.span, y.span]),
                                    sorted(set(_topics_of(x)) | set(_topics_of(y)))))
    return out


def _sentences(body: str, spans: list) -> list[str]:
    out: list[str] = []
    for span in spans:
        text = _sentence_around(body, span) if span else ""
        if text and text not in out:
            out.append(text)
    return out
