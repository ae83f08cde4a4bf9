"""Across stories: an actor's positions, and where two actors coincide or diverge.

Works on story records (dicts, as the archive stores them and `analyze --json` prints them), so the
same code answers from the archive or from files given with --from. A person counts for their
country (Putin speaks for Russia), so `compare RUS USA` includes what Putin and Obama said.

Actors are matched across stories by identity evidence the stories themselves give (`ActorIndex`),
never by a list of synonyms:

* one actor record's name and aliases are one actor (the actors component saw them co-refer);
* names that differ only in number, a leading "the" or a trailing "party" are one ("Conservative
  Party", "the Conservatives"; "Lib Dem", "Lib Dems");
* a multi-word name that abbreviates another word by word is one ("Lib Dem" ~ "Liberal Democrat");
* countries with the same ISO3 code are one ("UK", "Britain"). Other Phoenix codes are roles, not
  identities (GBRELI is both Blair and Brown), so they join nothing;
* two organisation names that stand as the affiliation of the same person in the same role, for at
  least two different people ("Tory leader Michael Howard" / "Conservative leader Michael Howard",
  "Tory co-chairman Liam Fox" / "Conservative co-chairman Liam Fox") are one. One person is not
  enough: a defector is "Tory MP" in one story and "Labour MP" in the next.

People speak for their party as they speak for their country: a person whom the stories name in a
party office ("Tory leader Michael Howard", "Labour's election chief Alan Milburn", "Charles
Kennedy, the Lib Dem leader") in at least two stories, and in that party's offices in four of five
stories that name any, counts for that party, so `compare Labour "Liberal Democrats"` includes what
Blair and Kennedy said.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any, Iterable

from .errors import CoincideError


class ActorLookupError(CoincideError):
    """An actor name matched nothing, or more than one actor."""


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", (text or "").lower()).strip()


def name_key(text: str) -> str:
    """A name without number, article or a trailing 'party': "The Tories" -> "tory"."""
    words = _norm(text).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    if words:
        last = words[-1]
        if last.endswith("ies") and len(last) > 4:
            last = last[:-3] + "y"
        elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
            last = last[:-1]
        words[-1] = last
    return " ".join(words)


def _abbreviates(short: str, long: str) -> bool:
    """Word-by-word truncation of a name of two words or more: "lib dem" ~ "liberal democrat"."""
    a, b = short.split(), long.split()
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    return all(x == y or (len(x) >= 3 and y.startswith(x)) for x, y in zip(a, b))


# Words that end a left context without being a role ("Mr Blair and Gordon Brown", "he said").
_NOT_ROLE = frozenset(
    "and or but said says told with of to by for from that has had have is was will would the a an "
    "on in at as than then when while former ex".split()
)
_AFFILIATION = re.compile(r"(?:^|[^\w'-])((?:[A-Z][\w'-]*\s+){1,3}?)((?:[a-z][\w-]*\s+){1,4})$")
# "Labour's Alan Milburn": a possessive organisation straight before the name
_POSSESSIVE = re.compile(r"(?:^|[^\w'-])((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['\u2019]s\s+$")
# "Charles Kennedy, the Lib Dem leader,": the office in apposition after the name
_APPOSED = re.compile(r"^,\s+(?:the\s+)?((?:[A-Z][\w'-]*\s+){1,3}?)((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*[,.;)]")
# "Labour's record and party leader Michael Howard": words that end one phrase and start another
_NOT_IN_OFFICE = frozenset("former ex and or but with to by for from that of than".split())
# Offices held in a party: the last word of a role that ties a person to the organisation before it.
# "Labour attacked Michael Howard" has a verb there, and no tie.
PARTY_OFFICES = frozenset(
    "leader chairman co-chairman chairwoman chair spokesman spokeswoman spokesperson secretary minister "
    "mp mep msp am peer lord chief candidate member president deputy chancellor whip councillor activist "
    "backbencher frontbencher treasurer strategist organiser director head figure veteran politician "
    "campaigner official".split()
)


def _offices_around(body: str, span: list[int]) -> list[tuple[str, list[str]]]:
    """(organisation key, role words) stated next to one mention of a person: "Tory leader X",
    "Labour's X", "X, the Lib Dem leader,"."""
    out = []
    left = body[max(0, span[0] - 60): span[0]]
    m = _AFFILIATION.search(left)
    if m:
        org = re.sub(r"['\u2019]s$", "", m.group(1).strip())
        out.append((name_key(org), m.group(2).split()))
    else:
        m = _POSSESSIVE.search(left)
        if m:
            out.append((name_key(m.group(1)), []))
    m = _APPOSED.search(body[span[1]: span[1] + 60])
    if m and m.group(2).split():
        out.append((name_key(m.group(1)), m.group(2).split()))
    return out


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        while self.parent.setdefault(k, k) != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class ActorIndex:
    """Which actor names across a set of stories are one actor (see the module's docstring)."""

    def __init__(self, records: list[dict[str, Any]]):
        uf = _UnionFind()
        self.kinds: dict[str, Counter] = defaultdict(Counter)  # key -> kinds seen
        self.surfaces: dict[str, set[str]] = defaultdict(set)  # key -> normalised surface names
        self.stories: Counter = Counter()  # key -> stories naming it
        surname_of: dict[str, Counter] = defaultdict(Counter)  # one-word alias -> person keys using it
        by_code: dict[str, str] = {}
        for r in records:
            seen = set()
            for a in r.get("actors") or []:
                key = name_key(a.get("name", ""))
                if not key:
                    continue
                uf.find(key)
                kind = a.get("kind") or ""
                self.kinds[key][kind] += 1
                self.surfaces[key].add(_norm(a.get("name", "")))
                seen.add(key)
                for alias in a.get("aliases") or []:
                    akey = name_key(alias)
                    if not akey or akey == key:
                        continue
                    if kind == "person" and len(akey.split()) == 1:
                        # a surname alone is shared by relatives and namesakes: attach it below, by majority
                        surname_of[akey][key] += 1
                        continue
                    uf.union(key, akey)
                    self.surfaces[akey].add(_norm(alias))
                code = a.get("code")
                if kind == "country" and code:
                    if code in by_code:
                        uf.union(key, by_code[code])
                    else:
                        by_code[code] = key
            for key in seen:
                self.stories[key] += 1
        keys = list(self.kinds)
        non_person = [k for k in keys if self.kinds[k].most_common(1)[0][0] != "person"]
        for x, y in combinations(non_person, 2):
            if _abbreviates(x, y) or _abbreviates(y, x):
                uf.union(x, y)
        for x, y in self._affiliations(records, set(non_person)):
            uf.union(x, y)
        for surname, owners in surname_of.items():
            # "Blair" is Tony Blair when nearly every story that shortens a name to it means him
            (owner, n), total = owners.most_common(1)[0], sum(owners.values())
            if n >= 0.8 * total and surname in self.kinds:
                uf.union(owner, surname)
        self._uf = uf
        self.members: dict[str, set[str]] = defaultdict(set)
        for k in keys:
            self.members[uf.find(k)].add(k)
        self.surname_of = surname_of
        self.party_people = self._party_people()

    def _affiliations(self, records: list[dict[str, Any]], orgs: set[str]) -> list[tuple[str, str]]:
        """Pairs of organisation names attested as the same person's affiliation in the same role;
        on the way, each person's party offices, story by story (self._offices)."""
        seen: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, role) -> org keys
        self._offices: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # person -> org -> story ids
        for r in records:
            story_id = (r.get("story") or {}).get("id") or str(id(r))
            body = (r.get("story") or {}).get("body") or ""
            for a in r.get("actors") or []:
                if a.get("kind") != "person":
                    continue
                person = name_key(a.get("name", ""))
                for span in a.get("mentions") or []:
                    for org, role in _offices_around(body, span):
                        if org not in orgs:
                            continue
                        if not role or (role[-1] in PARTY_OFFICES and not set(role) & _NOT_IN_OFFICE):
                            self._offices[person][org].add(story_id)
                        if role and role[-1] not in _NOT_ROLE and not set(role) & {"former", "ex"}:
                            seen[(person, " ".join(role))].add(org)
        support: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (person, _role), found in seen.items():
            for pair in combinations(sorted(found), 2):
                support[pair].add(person)
        return [pair for pair, people in support.items() if len(people) >= 2]

    def _party_people(self) -> dict[str, set[str]]:
        """Organisation root -> name keys of the people who speak for it: named in its offices in
        two stories or more, and in four of five of the stories naming them in any party's office
        (a defector, "Tory MP" in one story and "Labour MP" in the next, speaks for neither)."""
        out: dict[str, set[str]] = defaultdict(set)
        for person, offices in self._offices.items():
            by_root: dict[str, set[str]] = defaultdict(set)
            for org, stories in offices.items():
                if self.kinds[org].most_common(1)[0][0] == "organization":
                    by_root[self.root(org)] |= stories
            if not by_root:
                continue
            root, stories = max(by_root.items(), key=lambda kv: len(kv[1]))
            every = set().union(*by_root.values())
            if len(stories) >= 2 and len(stories) >= 0.8 * len(every):
                out[root] |= self.group(person)
        return out

    def root(self, key: str) -> str:
        return self._uf.find(key)

    def group(self, key: str) -> set[str]:
        return self.members.get(self.root(key), {key})


@dataclass
class ActorQuery:
    """Which actors of a story a user's name stands for."""

    text: str
    country: str | None = None  # an ISO3 code: every actor affiliated to it
    names: set[str] = field(default_factory=set)  # normalised surface names, e.g. for the quote store
    keys: set[str] = field(default_factory=set)  # name keys (see name_key) of every name of the actor
    people: set[str] = field(default_factory=set)  # name keys of the people who speak for an organisation

    @property
    def label(self) -> str:
        return self.country or sorted(self.names)[0] if (self.country or self.names) else self.text

    def names_word(self, word: str) -> bool:
        """Whether a bare word names this actor ("Tory" for the Conservatives)."""
        key = name_key(word)
        return bool(key) and (key in self.keys or _norm(word) in self.names)

    def matches(self, actor: dict[str, Any]) -> bool:
        if self.country and (actor.get("country") or "").upper() == self.country:
            return True
        if _norm(actor.get("name", "")) in self.names or name_key(actor.get("name", "")) in self.keys:
            return True
        if actor.get("kind") == "person" and name_key(actor.get("name", "")) in self.people:
            return True
        # a person's one-word alias ("Blair") is no identity; longer aliases are
        aliases = [x for x in actor.get("aliases") or [] if actor.get("kind") != "person" or len(_norm(x).split()) > 1]
        return any(name_key(x) in self.keys for x in aliases)


def resolve_actor(text: str, records: list[dict[str, Any]], index: ActorIndex | None = None) -> ActorQuery:
    """A name, alias or ISO3 code -> an ActorQuery; a clear error when unknown or ambiguous."""
    want = _norm(text)
    if not want:
        raise ActorLookupError("an actor name is empty")
    countries = {(a.get("country") or "").upper() for r in records for a in r.get("actors") or []} - {""}
    if re.fullmatch(r"[A-Za-z]{3}", text) and text.upper() in countries:
        return ActorQuery(text, country=text.upper())
    index = index or ActorIndex(records)
    want_key = name_key(text)

    def query(roots: set[str]) -> ActorQuery:
        keys = set().union(*(index.members[r] for r in roots))
        names = set().union(*(index.surfaces[k] for k in keys))
        people = set().union(*(index.party_people.get(r, set()) for r in roots))
        return ActorQuery(text, names=names, keys=keys, people=people)

    roots = {r: index.members[r] for r in set(index.members)}
    if want_key in index.kinds:
        exact = {index.root(want_key)}
    else:  # a person's surname alias ("Howard" for Michael Howard): whoever is called so
        exact = {index.root(k) for k in index.surname_of.get(want_key, {})}
    if len(exact) == 1:
        return query(exact)
    words = set(want_key.split())
    partial = exact or {r for r, keys in roots.items() if any(words <= set(k.split()) for k in keys)}
    if not partial:
        close = difflib.get_close_matches(want_key, list(index.kinds), n=5, cutoff=0.8)
        partial = {index.root(k) for k in close}
    if not partial:
        hint = difflib.get_close_matches(want, sorted({s for v in index.surfaces.values() for s in v}), n=3, cutoff=0.5)
        raise ActorLookupError(
            f"no actor called {text!r} in the stories" + (f"; did you mean {', '.join(sorted(hint))}?" if hint else "")
        )
    if len(partial) > 1:
        # One actor named in many stories often has short and long names ("Blair", "Tony Blair"):
        # they are one when every candidate's words sit inside the longest.
        names = {r: max(roots[r], key=len) for r in partial}
        longest = max(names.values(), key=len)
        if all(set(n.split()) <= set(longest.split()) for n in names.values()):
            return query(partial)
        raise ActorLookupError(f"{text!r} is ambiguous: {', '.join(sorted(names.values())[:8])}; say which")
    return query(partial)


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


def _direction(position: dict[str, Any]) -> int:
    """-1 when the statement asks for less of its issue ("lower taxes", "cut immigration"), +1 for
    more ("higher taxes"), 0 when it says neither. Only words before the issue's own words count,
    and only those the label left out ("tax cut" already says which way)."""
    issue_words = _norm(position.get("issue") or "").split()
    words = _norm(position.get("statement") or "").split()

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


def _proposal_owner(position: dict[str, Any]) -> tuple[str, str] | None | bool:
    """Whose proposal a position is about: ("holder", id) for "his plans", ("name", key) for "the Tory
    plans", None for "the plans"; False when the issue is not a proposal."""
    words = _norm(position.get("issue") or "").split()
    if not words or not any(words[-1] == h or words[-1] == h + "s" for h in PROPOSAL_HEADS):
        return False
    statement = (position.get("statement") or "").split()
    first = statement[0].lower() if statement else ""
    if first in _POSSESSIVE_PRONOUNS:
        return ("holder", position.get("holder") or "")
    names = [w for w in statement[:4] if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
    if names:
        return ("name", name_key(re.sub(r"['\u2019]s?$", "", names[0])))
    return None


_PROPOSAL_WORD = re.compile(r"\b(?:%s)s?\b" % "|".join(sorted(PROPOSAL_HEADS)))


def _plan_owners(body: str, actors: dict[str, dict[str, Any]], position: dict[str, Any]) -> tuple[set[str], list[str]]:
    """Whose proposal a position is about, named right before its head ("the Tory plans", "Mr
    Howard's proposals"): the actors mentioned there other than the holder, and the capitalised
    words there (a party's adjective, "Tory", is a modifier and no mention of the party)."""
    span = position.get("span")
    if not span or not _proposal_owner(position):
        return set(), []
    m = _PROPOSAL_WORD.search(body[span[0]:span[1]].lower())
    if not m:
        return set(), []
    head_at = span[0] + m.start()
    window = max(span[0], head_at - 25)
    owners = set()
    for aid, actor in actors.items():
        if aid == position.get("holder"):
            continue
        if any(window <= s and e <= head_at for s, e in actor.get("mentions") or []):
            owners.add(aid)
    words = [re.sub(r"['\u2019]s?$", "", w) for w in body[window:head_at].split() if w[:1].isupper()]
    return owners, [w for w in words if w]


def _pairs(pos_a: dict[str, list], pos_b: dict[str, list]):
    """Pairs of positions to compare: on the same issue; and, within one story, on one proposal
    worded differently."""
    for key in set(pos_a) & set(pos_b):
        for sa, x in pos_a[key]:
            for sb, y in pos_b[key]:
                yield sa, x, sb, y
    proposals_b: dict[int, list[tuple[str, dict, Any]]] = defaultdict(list)  # story -> b's proposals
    for key_b, items_b in pos_b.items():
        for sb, y in items_b:
            owner = _proposal_owner(y)
            if owner is not False:
                proposals_b[id(sb)].append((key_b, y, owner))
    for key_a, items_a in pos_a.items():
        for sa, x in items_a:
            ox = _proposal_owner(x)
            if ox is False:
                continue
            for key_b, y, oy in proposals_b.get(id(sa), ()):
                if key_b != key_a and (ox is None or oy is None or ox == oy):
                    yield sa, x, sa, y


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


def _want(position: dict[str, Any]) -> float:
    """Which way the holder wants the matter to go: +1 more of it (or for it), -1 less (or against
    it); +-0.5 for "not more" / "not less" (opposing a rise is not asking for a cut)."""
    stance = {"support": 1, "oppose": -1}.get(position.get("stance") or "", 0)
    way = matter_key(position.get("issue") or "")[1] or _direction(position)
    if not stance:
        return 0.0
    if not way:
        return float(stance)
    return float(way) if stance > 0 else -0.5 * way


def _relation(x: float, y: float) -> str | None:
    """Coincide when two holders want the same way, diverge when opposite ways; opposing a rise
    and asking for a cut are neither."""
    if not x or not y:
        return None
    if abs(x) == abs(y):
        return "coincide" if x == y else ("diverge" if abs(x) == 1 else None)
    full, half = (x, y) if abs(x) == 1 else (y, x)
    return "diverge" if full == (1 if half < 0 else -1) else None


_DEFINITE = frozenset("the this that these those his her its their our my your".split())


def _portable(position: dict[str, Any]) -> bool:
    """Whether a position means the same matter outside its story. "The plans", "his policies",
    "the claim he had reneged" point at something the story names; a one-word label then says too
    little to meet another story's position. Several-word labels ("tax cut", "ID card") travel."""
    if len(issue_key(position.get("issue") or "").split()) > 1:
        return True
    words = _norm(position.get("statement") or "").split()
    return bool(words) and words[0] not in _DEFINITE and "s" not in words[:3] and len(words) <= 4


_BASIS_RANK = {"stated": 0, "inferred": 1, "across": 2}
CORRECTABLE_POSITION_FIELDS = ("stance", "issue", "holder")


def corrected_positions(record: dict[str, Any]) -> list[dict[str, Any]]:
    """A story's positions as analysts corrected them (record["corrections"], as the archive
    attaches them): a field given its right value takes it; a position marked wrong is left out,
    since a wrong stance is worse than a missing one. Corrected positions carry `corrected: True`."""
    fixes: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for c in record.get("corrections") or []:
        if c.get("section") == "positions":
            fixes[c.get("idx")].append(c)
    if not fixes:
        return list(record.get("positions") or [])
    by_name = {_norm(a.get("name", "")): a["id"] for a in record.get("actors") or []}
    out = []
    for i, p in enumerate(record.get("positions") or []):
        if i not in fixes:
            out.append(p)
            continue
        p = dict(p, corrected=True)
        for c in fixes[i]:
            field_name = c.get("field")
            if c.get("verdict") == "wrong" or field_name not in CORRECTABLE_POSITION_FIELDS:
                p = None
                break
            value = c.get("value")
            if field_name == "holder":
                value = by_name.get(_norm(value or "")) or (value if value in by_name.values() else None)
                if value is None:
                    p = None
                    break
            p[field_name] = value
        if p is not None:
            out.append(p)
    return out


def compare(
    records: Iterable[dict[str, Any]], a: ActorQuery, b: ActorQuery, issue: str | None = None,
    since: str | None = None, until: str | None = None, across: bool = True,
) -> list[IssueComparison]:
    """Where a and b coincide or diverge, by issue. A story naming both gives stated relations and
    pairs of positions; with `across`, positions from different stories on the same issue pair too."""
    found: dict[tuple[str, str], IssueComparison] = {}
    pos_a: dict[str, list[tuple[dict, dict]]] = defaultdict(list)  # issue key -> (story, position)
    pos_b: dict[str, list[tuple[dict, dict]]] = defaultdict(list)

    def note(label: str, relation: str, basis: str, sources: list[tuple[dict, Any]]) -> None:
        if issue and _norm(issue) not in _norm(label):
            return
        key = matter_key(label)[0] if label != "overall" else "overall"
        item = found.setdefault((key, relation), IssueComparison(label, relation))
        item.labels[label] = item.labels.get(label, 0) + 1
        setattr(item, basis, getattr(item, basis) + 1)
        for story, span in sources:
            text = _sentence_around(story.get("body") or "", span)
            if text and all(e.text != text for e in item.evidence):
                item.evidence.append(Evidence(
                    story.get("id", ""), story.get("title"), (story.get("published") or "")[:10] or None, text, basis))

    for r in records:
        story = r.get("story") or {}
        published = story.get("published") or ""
        if since and published and published[: len(since)] < since:
            continue
        if until and published and published[: len(until)] > until:
            continue
        actors = {x["id"]: x for x in r.get("actors") or []}
        in_a = {i for i, x in actors.items() if a.matches(x)}
        in_b = {i for i, x in actors.items() if b.matches(x)} - in_a
        positions = corrected_positions(r)
        for p in positions:
            if p.get("holder") in in_a:
                pos_a[matter_key(p["issue"])[0]].append((story, p))
            if p.get("holder") in in_b:
                pos_b[matter_key(p["issue"])[0]].append((story, p))
        if not in_a or not in_b:
            continue

        # opposing the other side's own plan ("Blair ridiculed the Tory plans") is a divergence
        # with them on it; backing it, a coincidence
        body = story.get("body") or ""
        for p in positions:
            mine, theirs, other = (in_a, in_b, b) if p.get("holder") in in_a else (in_b, in_a, a)
            if p.get("holder") not in mine:
                continue
            owners, owner_words = _plan_owners(body, actors, p)
            if not (owners & theirs or any(other.names_word(w) for w in owner_words)):
                continue
            relation = _relation(_want(p), 1.0)  # the owners want their own plan
            if relation:
                note(p["issue"], relation, "inferred", [(story, p.get("span"))])

        for rel in r.get("relations") or []:
            pair = rel.get("actors") or []
            if len(pair) == 2 and ((pair[0] in in_a and pair[1] in in_b) or (pair[0] in in_b and pair[1] in in_a)):
                spans = [rel.get("span")] + list(rel.get("evidence") or [])
                note(rel.get("issue") or "overall", rel["relation"], "stated" if rel.get("basis") == "stated" else "inferred",
                     [(story, s) for s in spans if s])

    for sa, x, sb, y in _pairs(pos_a, pos_b):
        same = sa is sb
        relation = _relation(_want(x), _want(y))
        if relation is None:
            continue
        if not same and not (across and _portable(x) and _portable(y)):
            continue
        note(x["issue"], relation, "inferred" if same else "across", [(sa, x.get("span")), (sb, y.get("span"))])
    for item in found.values():
        item.issue = sorted(item.labels.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
        # strongest evidence first: what is stated, then what one story shows, then across stories
        item.evidence.sort(key=lambda e: (_BASIS_RANK.get(e.basis, 3), e.published or "9999"))
    return sorted(found.values(), key=lambda c: (-c.strength, c.relation, c.issue))


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


def positions_of(records: Iterable[dict[str, Any]], who: ActorQuery) -> dict[str, list[dict[str, Any]]]:
    """An actor's positions across stories, by issue (issues grouped across stories by issue_key)."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    labels: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        story = r.get("story") or {}
        actors = {x["id"]: x for x in r.get("actors") or []}
        for p in corrected_positions(r):
            holder = actors.get(p.get("holder"))
            if holder and who.matches(holder):
                key = issue_key(p["issue"])
                labels[key][p["issue"]] += 1
                out[key].append({
                    "holder": holder.get("name"), "stance": p["stance"], "statement": p.get("statement"),
                    "issue": p["issue"], "story": story.get("title"),
                    "published": (story.get("published") or "")[:10] or None,
                    "evidence": _sentence_around(story.get("body") or "", p.get("span")),
                    "corrected": bool(p.get("corrected")),
                })
    named = {
        sorted(labels[k].items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]: v for k, v in out.items()
    }
    return dict(sorted(named.items(), key=lambda kv: -len(kv[1])))
