"""Entities: one identity per real actor across the archive.

A story's actors are local (`a1`, `a2` ... of one record). The archive writer turns each of them
into *identities* (`Ident`): the actor's name key ("the Tories" -> "tory"), its multi-word aliases,
its country ("country:RUS", which a person holding an office speaks for), and the party a story
names it in an office of ("Tory leader Michael Howard" -> "tory"). It also counts, per name key,
the evidence the stories give: kinds, countries, aliases, offices (`name_evidence`).

`resolve()` then joins name keys into entities from that evidence alone, never from a list of
synonyms, and keeps the reason for every join:

* one actor record's name and aliases are one actor (the actors component saw them co-refer);
* names that differ only in number, a leading "the" or a trailing "party" share a key;
* country names with the same ISO3 code are one country ("UK", "Britain", "United Kingdom"); the
  Phoenix country dictionary gives every other name of it ("U.S.", "America", "Washington");
* a multi-word name that abbreviates another word by word is one ("Lib Dem" ~ "Liberal Democrat");
* two organisation names standing as the same role's affiliation for at least two people are one
  ("Tory leader Michael Howard" / "Conservative leader Michael Howard", and the same for Liam Fox);
* a surname alone ("Blair") is the person when nearly every story that shortens a name to it
  means that person;
* a middle initial does not make another person ("Donald J. Trump" is "Donald Trump"), unless
  several names drop to the same one ("George W. Bush", "George H. W. Bush");
* two places ("Nevada", "New Hampshire") are never joined by a story that read them as one actor
  (its country's government);
* analysts' merges and splits, stored as corrections by name key, come last and win.

A name the stories give as a one-word person ("Labour said") but also as an organisation, and
never as a surname of a fuller name, is an organisation: parties and organisations are never
persons.

Everything here is pure (records and counts in, identities out); the store keeps the counts and
the resolved tables (store/base.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Iterable

COUNTRY_PREFIX = "country:"
# Kinds a story gives an actor, and the entity kinds; "party" is an organisation named with a
# party office ("Tory leader", "Labour MP") or called a party.
NON_PERSON = ("organization", "country", "government", "group", "party")


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


def actor_key(actor: dict[str, Any]) -> str:
    """The name key of a story actor. A name the story writes in lower case is a common noun ("the
    government", "police", "ministers"): it means a different body in each country, so its key
    carries the country ("government:GBR"), or nothing joins it across stories."""
    name = " ".join((actor.get("name") or "").split())
    key = name_key(name)
    if key and name[:1].islower():
        country = _country_of(actor)
        return f"{key}:{country}" if country else ""
    return key


_FUNCTION_WORDS = frozenset("of the and for de du des la le".split())


def initials_of(short: str, long: str) -> bool:
    """An acronym of a name of two words or more: "EU" ~ "European Union", "NHS" ~ "National
    Health Service" (function words may be left out: "Bank of England" ~ "BoE")."""
    letters = short.replace(".", "").replace(" ", "")
    words = long.split()
    if len(words) < 2 or not 2 <= len(letters) <= 6 or not letters.isalpha():
        return False
    full = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in _FUNCTION_WORDS)
    return letters.lower() in (full, content)


def without_initials(key: str) -> str:
    """A person's name key without its one-letter middle words: "donald j trump" -> "donald trump",
    "george h w bush" -> "george bush"; a name of two words, or with no middle initial, is itself."""
    words = key.split()
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1 and w.isalpha())]
    return " ".join(kept) if len(kept) >= 2 else key


def middle_initials(person_keys: Iterable[str]) -> list[tuple[str, str]]:
    """(key with middle initials, the same name without them) for the person keys where the name
    without them is also a person's and no other key drops to it: "Donald J. Trump" is "Donald
    Trump", but "George W. Bush", "George H. W. Bush" and "George P. Bush" all drop to "George
    Bush", which is then none of them."""
    keys = set(person_keys)
    dropping: dict[str, list[str]] = defaultdict(list)
    for k in sorted(keys):
        plain = without_initials(k)
        if plain != k:
            dropping[plain].append(k)
    return [(fulls[0], plain) for plain, fulls in sorted(dropping.items()) if len(fulls) == 1 and plain in keys]


def abbreviates(short: str, long: str) -> bool:
    """Word-by-word truncation of a name of two words or more: "lib dem" ~ "liberal democrat"."""
    a, b = short.split(), long.split()
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    return all(x == y or (len(x) >= 3 and y.startswith(x)) for x, y in zip(a, b))


# -- offices: "Tory leader Michael Howard", "Labour's Alan Milburn", "Kennedy, the Lib Dem leader," --

# Words that end a left context without being a role ("Mr Blair and Gordon Brown", "he said").
_NOT_ROLE = frozenset(
    "and or but said says told with of to by for from that has had have is was will would the a an "
    "on in at as than then when while former ex".split()
)
# A role is lower-case words, or the capitalised abbreviations of parliamentary seats ("Labour MP").
_ROLE_WORD = r"(?:[a-z][\w-]*|M[ES]?Ps?|AMs?)"
_AFFILIATION = re.compile(r"(?:^|[^\w'-])((?:[A-Z][\w'-]*\s+){1,3}?)((?:%s\s+){1,4})$" % _ROLE_WORD)
_POSSESSIVE = re.compile(r"(?:^|[^\w'-])((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['\u2019]s\s+$")
_APPOSED = re.compile(r"^,\s+(?:the\s+)?((?:[A-Z][\w'-]*\s+){1,3}?)((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*[,.;)]")
# "Labour's record and party leader Michael Howard": words that end one phrase and start another
_NOT_IN_OFFICE = frozenset("former ex and or but with to by for from that of than".split())
# Offices held in a party: the last word of a role that ties a person to the organisation before it.
# Roles only a party has members in ("Labour MP", "Republican senator"): an organisation that two
# people hold one of is a party. "Commons leader" and "BBC correspondent" are offices, not membership.
MEMBER_ROLES = frozenset(
    "mp mep msp am candidate activist backbencher frontbencher councillor whip senator congressman "
    "congresswoman lawmaker legislator assemblyman assemblywoman deputy".split()
)
# Offices a party and many other bodies have ("Lib Dem leader", "Commons leader"): three people in
# them make an organisation a party, where two members (above) do.
LEADING_ROLES = frozenset("leader chairman co-chairman chairwoman chair spokesman spokeswoman spokesperson "
                          "president treasurer".split())
PARTY_OFFICES = frozenset(
    "leader chairman co-chairman chairwoman chair spokesman spokeswoman spokesperson secretary minister "
    "mp mep msp am peer lord chief candidate member president deputy chancellor whip councillor activist "
    "backbencher frontbencher treasurer strategist organiser director head figure veteran politician "
    "campaigner official".split()
)


def offices_around(body: str, span: Iterable[int]) -> list[tuple[str, list[str]]]:
    """(organisation key, role words) stated next to one mention of a person: "Tory leader X",
    "Labour's X", "X, the Lib Dem leader,"."""
    start, end = list(span)[:2]
    out = []
    left = body[max(0, start - 60): start]
    m = _AFFILIATION.search(left)
    if m:
        org = re.sub(r"['\u2019]s$", "", m.group(1).strip())
        out.append((name_key(org), m.group(2).lower().split()))
    else:
        m = _POSSESSIVE.search(left)
        if m:
            out.append((name_key(m.group(1)), []))
    m = _APPOSED.search(body[end: end + 60])
    if m and m.group(2).split():
        out.append((name_key(m.group(1)), m.group(2).split()))
    return out


def is_party_office(role: list[str]) -> bool:
    return not role or (role[-1] in PARTY_OFFICES and not set(role) & _NOT_IN_OFFICE)


def is_named_role(role: list[str]) -> bool:
    return bool(role) and role[-1] not in _NOT_ROLE and not set(role) & {"former", "ex"}


# -- per story: identities and evidence ----------------------------------------------------------

@dataclass(frozen=True)
class Ident:
    """One identity a story actor carries: its own name ("name"), another name of it ("alias"),
    the country it belongs to ("country"), or the party a story names it in an office of
    ("party"). `office`: the actor holds an office (a role or a Phoenix code), so it may speak for
    its country."""

    actor_id: str
    ident: str
    via: str
    office: bool


@dataclass
class NameEvidence:
    """What one story says about names: counted per story, summed across the archive."""

    kinds: Counter = field(default_factory=Counter)  # (key, kind, country or "") -> 1
    displays: dict[str, str] = field(default_factory=dict)  # key -> a surface name
    aliases: Counter = field(default_factory=Counter)  # (key, alias key, person 0/1) -> 1
    offices: Counter = field(default_factory=Counter)  # (person key, org key, role text, party office 0/1) -> 1


def _country_of(actor: dict[str, Any]) -> str | None:
    country = (actor.get("country") or "").upper()
    return country if re.fullmatch(r"[A-Z]{3}", country) else None


def _holds_office(actor: dict[str, Any]) -> bool:
    return actor.get("kind") != "person" or bool(actor.get("role") or actor.get("code"))


def story_idents(record: dict[str, Any]) -> list[Ident]:
    """Every identity of every actor of one story record."""
    body = (record.get("story") or {}).get("body") or ""
    out: dict[tuple[str, str], Ident] = {}

    def add(actor_id: str, ident: str, via: str, office: bool) -> None:
        if ident and (actor_id, ident) not in out:
            out[(actor_id, ident)] = Ident(actor_id, ident, via, office)

    for a in record.get("actors") or []:
        aid, kind, country = a.get("id"), a.get("kind") or "", _country_of(a)
        if not aid:
            continue
        office = _holds_office(a)
        if kind == "country" and country:
            add(aid, COUNTRY_PREFIX + country, "name", True)
        add(aid, actor_key(a), "name", office)
        for alias in a.get("aliases") or []:
            key = name_key(alias)
            if kind != "person" or len(key.split()) > 1:
                add(aid, key, "alias", office)
        if country and kind != "country":
            add(aid, COUNTRY_PREFIX + country, "country", office)
        if kind == "person":
            for span in a.get("mentions") or []:
                for org, role in offices_around(body, span):
                    if org and is_party_office(role):
                        add(aid, org, "party", True)
    return list(out.values())


def name_evidence(record: dict[str, Any]) -> NameEvidence:
    """The name-level evidence of one story: each fact counted once per story."""
    ev = NameEvidence()
    body = (record.get("story") or {}).get("body") or ""
    for a in record.get("actors") or []:
        key = actor_key(a)
        if not key:
            continue
        kind, country = a.get("kind") or "", _country_of(a) or ""
        ev.kinds[(key, kind, country)] = 1
        ev.displays.setdefault(key, _display(a.get("name") or "", country if ":" in key else None))
        if kind == "country" and country:
            ev.aliases[(key, COUNTRY_PREFIX + country, 0)] = 1
        for alias in a.get("aliases") or []:
            akey = name_key(alias)
            if akey and akey != key:
                ev.aliases[(key, akey, int(kind == "person"))] = 1
                ev.displays.setdefault(akey, _display(alias))
        if kind == "person":
            for span in a.get("mentions") or []:
                for org, role in offices_around(body, span):
                    if org:
                        ev.offices[(key, org, " ".join(role), int(is_party_office(role)))] = 1
    return ev


def _display(name: str, country: str | None = None) -> str:
    """A name as shown: white space squeezed, stray punctuation at its ends gone; a common noun
    with its country ("police (GBR)")."""
    text = " ".join(name.split()).strip(" -–—,;:")
    return f"{text} ({country})" if country else text


# -- across the archive: resolving keys into entities -------------------------------------------

class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.why: dict[str, str] = {}  # key -> the evidence that joined it to its group

    def find(self, k: str) -> str:
        while self.parent.setdefault(k, k) != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str, why: str) -> None:
        """b joins a's group because of `why` (kept on b, or on a when b joined something before)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, gone = (ra, rb) if ra < rb else (rb, ra)
            self.parent[gone] = keep
            self.why.setdefault(b if b not in self.why else a, why)


@dataclass
class Entity:
    key: str  # the group's representative name key, stable while its members are
    name: str
    kind: str
    country: str | None
    keys: dict[str, str]  # member key -> the evidence that joined it ("" for the representative)
    # its most used name's stories, an estimate: the store writes the exact count, each story
    # naming it by any name once, from the stories' actors (store/knowledge.py)
    stories: int = 0
    party: str | None = None  # the key of the party entity the person speaks for


@dataclass
class Evidence:
    """Archive-wide name evidence, as the store sums it (every count is a number of stories)."""

    kinds: dict[tuple[str, str, str], int]
    displays: dict[str, str]
    aliases: dict[tuple[str, str, int], int]
    offices: dict[tuple[str, str, str, int], int]
    merges: list[tuple[str, str]] = field(default_factory=list)  # analysts' merges, name keys
    splits: list[str] = field(default_factory=list)  # name keys an analyst set apart


def _key_kinds(ev: Evidence) -> tuple[dict[str, Counter], dict[str, Counter]]:
    kinds: dict[str, Counter] = defaultdict(Counter)
    countries: dict[str, Counter] = defaultdict(Counter)
    for (key, kind, country), n in ev.kinds.items():
        if n > 0:
            kinds[key][kind] += n
            if country:
                countries[key][country] += n
    return kinds, countries


def _decide_kind(key: str, seen: Counter, surnames: set[str]) -> str:
    """A key's kind by the stories' votes, except that a one-word "person" that is no surname of a
    fuller name and that some story gives as a non-person is that non-person ("Labour said"),
    unless the word is a given name and a person in four of five of its stories ("Bernie": a
    person called by the first name; not "Sylvia", a restaurant in two stories of three)."""
    if key.startswith(COUNTRY_PREFIX):
        return "country"
    top = seen.most_common(1)[0][0] if seen else "organization"
    others = Counter({k: n for k, n in seen.items() if k != "person"})
    if top == "person" and len(key.split()) == 1 and key not in surnames and others \
            and not (is_given_name(key) and seen["person"] >= 4 * sum(others.values())):
        return others.most_common(1)[0][0]
    return top or "organization"


def _in_order(ev: Evidence) -> Evidence:
    """The evidence in one fixed order, so that which name a group keeps as its first, the
    reason kept for each join and ties between equal counts never depend on the order a
    database returned its rows in (PostgreSQL's changes as rows are updated)."""
    def fixed(rows: dict) -> dict:
        return dict(sorted(rows.items(), key=lambda kv: tuple("" if x is None else str(x) for x in kv[0])))

    return Evidence(kinds=fixed(ev.kinds), displays=dict(sorted(ev.displays.items())), aliases=fixed(ev.aliases),
                    offices=fixed(ev.offices), merges=list(ev.merges), splits=list(ev.splits))


def resolve(ev: Evidence) -> list[Entity]:
    """Name keys -> entities, with the evidence for every join (see the module's docstring)."""
    ev = _in_order(ev)
    kinds, countries = _key_kinds(ev)
    stories_of: Counter = Counter()
    for (key, _kind, _country), n in ev.kinds.items():
        stories_of[key] += max(n, 0)
    uf = _UnionFind()
    for key in kinds:
        uf.find(key)
    # a surname alias of a fuller person name: attached below, by majority
    surname_of: dict[str, Counter] = defaultdict(Counter)
    for (key, akey, person), n in ev.aliases.items():
        if n <= 0:
            continue
        if person and len(akey.split()) == 1:
            surname_of[akey][key] += n
    surnames = set(surname_of)
    kind_of = {k: _decide_kind(k, kinds[k], surnames) for k in kinds}
    # every country an actor belongs to is an entity, named or not (Obama speaks for the USA
    # in a story that never names the USA itself)
    for seen in countries.values():
        for code in seen:
            kind_of.setdefault(COUNTRY_PREFIX + code, "country")
    for (key, akey, person), n in ev.aliases.items():
        if n <= 0 or (person and len(akey.split()) == 1):
            continue
        if akey.startswith(COUNTRY_PREFIX):
            uf.union(akey, key, f"a country of that ISO code ({akey[len(COUNTRY_PREFIX):]})")
            kind_of.setdefault(akey, "country")
            continue
        if (kind_of.get(akey, kind_of[key]) == "person") != (kind_of[key] == "person"):
            continue  # a party is never one of its people
        if is_place(key, ev.displays.get(key)) and is_place(akey, ev.displays.get(akey)):
            continue  # a story read two places as one actor (its country's government): they are two places
        # One story's co-reference ("the BBC ... BBC Radio 4") does not outweigh the stories that
        # name each on its own: a name that stands alone in many stories joins another only when
        # more than half of those stories tie them.
        alone = min(stories_of[key], stories_of[akey]) if akey in kind_of else 0
        if 2 * n <= alone:
            continue
        uf.union(key, akey, f"named as one actor in {n} stor{'y' if n == 1 else 'ies'}")
    non_person = sorted(k for k, kind in kind_of.items() if kind != "person" and not k.startswith(COUNTRY_PREFIX))
    by_initials: dict[str, list[str]] = defaultdict(list)
    for k in non_person:
        if len(k.split()) > 1:
            by_initials["".join(w[0] for w in k.split())].append(k)
            by_initials["".join(w[0] for w in k.split() if w not in _FUNCTION_WORDS)].append(k)
    # initials join their expansion only where some story ties the two (one actor named by both:
    # "the Public Accounts Committee (PAC)"): across the archive the same letters name other bodies
    # ("PAC" in US stories is a political action committee, "NHS" a misread "New Hampshire Sanders")
    tied = {frozenset((key, akey)) for (key, akey, _person), n in ev.aliases.items() if n > 0}
    for k in non_person:
        if len(k.split()) == 1 and (ev.displays.get(k) or "").replace(".", "").isupper():
            longs = sorted(set(by_initials.get(k, ())))
            if len(longs) == 1 and initials_of(k, longs[0]) and frozenset((k, longs[0])) in tied:
                uf.union(longs[0], k, f"'{ev.displays.get(k)}' is the initials of '{ev.displays.get(longs[0], longs[0])}'")
    by_shape: dict[tuple, list[str]] = defaultdict(list)
    for k in non_person:
        by_shape[tuple(w[0] for w in k.split())].append(k)
    for group in by_shape.values():
        for x, y in combinations(group, 2):
            if abbreviates(x, y) or abbreviates(y, x):
                uf.union(x, y, f"'{min(x, y, key=len)}' abbreviates '{max(x, y, key=len)}' word by word")
    for x, y, people in _affiliations(ev, set(non_person)):
        who = sorted(ev.displays.get(p, p) for p in people)
        uf.union(x, y, f"the affiliation of {', '.join(who[:3])} in the same office")
    for surname, owners in surname_of.items():
        (owner, n), total = owners.most_common(1)[0], sum(owners.values())
        if n >= 0.8 * total and surname in kind_of and kind_of[surname] == "person":
            uf.union(owner, surname, f"the surname of {ev.displays.get(owner, owner)} in {n} of {total} stories")
    by_party: dict[str, list[str]] = defaultdict(list)
    for k in non_person:
        party = party_of(k)
        if party:
            by_party[party].append(k)
    for party, keys in by_party.items():
        for k in keys[1:]:
            uf.union(keys[0], k, f"one party's names ('{ev.displays.get(keys[0], keys[0])}', '{ev.displays.get(k, k)}': parties.toml)")
    for full, plain in middle_initials(k for k, kind in kind_of.items() if kind == "person"):
        uf.union(plain, full, f"'{ev.displays.get(full, full)}' is '{ev.displays.get(plain, plain)}' with a middle initial")
    for a, b in ev.merges:
        uf.union(a, b, "merged by an analyst")
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for k in kind_of:
        groups[uf.find(k)][k] = uf.why.get(k, "")
    split = set(ev.splits)
    for root, members in list(groups.items()):
        for k in members.keys() & split:
            if len(members) > 1:
                del members[k]
                groups[k + " "] = {k: "set apart by an analyst"}
    entities = []
    for members in groups.values():
        if not members:
            continue
        entities.append(_entity(members, kind_of, kinds, countries, stories_of, ev.displays))
    _attach_parties(entities, ev)
    return entities


def _entity(members: dict[str, str], kind_of, kinds, countries, stories_of, displays) -> Entity:
    votes: Counter = Counter()
    nations: Counter = Counter()
    for k in members:
        votes[kind_of.get(k, "organization")] += stories_of[k] or 1
        nations.update(countries.get(k, {}))
    code = next((k[len(COUNTRY_PREFIX):] for k in members if k.startswith(COUNTRY_PREFIX)), None)
    kind = "country" if code else votes.most_common(1)[0][0]
    named = [k for k in members if not k.startswith(COUNTRY_PREFIX)]
    rep = max(named or members, key=lambda k: (stories_of[k], len(k.split()), k))
    if kind == "country" and code:
        # the name the stories use most ("Russia", "Britain"), unless it is an abbreviation
        # ("U.S."), then the ISO 3166 short name
        used = displays.get(rep, "") if named else ""
        name = used if len(used) > 3 and "." not in used and not used.isupper() else country_name(code)
        country = code
    else:
        name = displays.get(rep) or rep
        country = nations.most_common(1)[0][0] if nations else None
    stories = max((stories_of[k] for k in members), default=0)
    ordered = dict(sorted(members.items(), key=lambda kv: (kv[1] != "", kv[0])))
    return Entity(key=min(members), name=name, kind=kind, country=country, keys=ordered, stories=stories)


def is_given_name(key: str) -> bool:
    """Whether a one-word key is a given name: a Census given name that is no English word
    (lexicon given-names.toml: "bernie", "hillary" is not one) or a first word of the dictionary's
    named individuals ("hillary", "bernie")."""
    from ..nlp.knowledge import given_names
    from ..nlp.lexicon import words

    if key in words("actors", "honorifics") or key in words("actors", "person_titles"):
        return False  # "queen", "sir", "general" open the dictionary's entries as titles
    return key in words("given-names") or key in given_names()


def party_of(key: str) -> str | None:
    """The party a name key names, by the parties lexicon's table of one party's names ("tory",
    "conservative" -> "conservative"; "gop" -> "republican"), or None. `name_key` has already taken
    off the article, a last "party" and the plural. Keys with a country written in
    ("republican:GBR") are left alone: the table is of UK and US parties."""
    from ..nlp.lexicon import table

    tags = None if ":" in key else table("parties", "party_names").get(key)
    return tags[0] if tags else None


def is_place(key: str, display: str | None = None) -> bool:
    """A name the Phoenix country dictionary lists as a city or region of a country ("Nevada",
    "Moscow"), not as the country's own name: a story reads a place that acts ("Nevada voted") as
    its country's government, so two places may be one actor of a story; they are never one
    entity of the archive."""
    from ..nlp.knowledge import knowledge_base, norm

    phrases = knowledge_base().phrases
    for text in (key, norm(display) if display else None):
        found = phrases.get(text) if text else None
        if found and all(m.place for m in found):
            return True
    return False


def country_name(iso3: str) -> str:
    """The ISO 3166 common or official short name of a country (pycountry), else the Phoenix one."""
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    if found is not None:
        return getattr(found, "common_name", None) or found.name
    from ..nlp.knowledge import knowledge_base

    return knowledge_base().country_name(iso3) or iso3


def _affiliations(ev: Evidence, orgs: set[str]) -> list[tuple[str, str, set[str]]]:
    """Pairs of organisation keys attested as the same person's affiliation in the same role, by at
    least two people (one is not enough: a defector is "Tory MP" in one story, "Labour MP" in the next)."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (person, org, role, _party), n in ev.offices.items():
        words = role.split()
        if n > 0 and org in orgs and is_named_role(words):
            seen[(person, role)].add(org)
    support: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (person, _role), found in seen.items():
        for pair in combinations(sorted(found), 2):
            support[pair].add(person)
    return [(x, y, people) for (x, y), people in support.items() if len(people) >= 2]


def _attach_parties(entities: list[Entity], ev: Evidence) -> None:
    """A person speaks for the party whose offices the stories name them in: in two stories or
    more, and in four of five of the stories naming them in any party's office (a defector speaks
    for neither)."""
    entity_of = {k: e for e in entities for k in e.keys}
    by_person: dict[str, Counter] = defaultdict(Counter)
    for (person, org, _role, party), n in ev.offices.items():
        target = entity_of.get(org)
        if n > 0 and party and target is not None and target.kind in ("organization", "party"):
            owner = entity_of.get(person)
            if owner is not None and owner.kind == "person":
                by_person[owner.key][target.key] += n
    keyed = {e.key: e for e in entities}
    for person, parties in by_person.items():
        (party, n), total = parties.most_common(1)[0], sum(parties.values())
        if n >= 2 and n >= 0.8 * total:
            keyed[person].party = party
    members: dict[str, set[str]] = defaultdict(set)
    leaders: dict[str, set[str]] = defaultdict(set)
    for (person, org, role, _party), n in ev.offices.items():
        target = entity_of.get(org)
        last = role.split()[-1] if role.split() else ""
        if n > 0 and target is not None and last in MEMBER_ROLES:
            members[target.key].add(person)
        elif n > 0 and target is not None and last in LEADING_ROLES:
            leaders[target.key].add(person)
    for e in entities:
        named = any((ev.displays.get(k) or "").lower().endswith(" party") for k in e.keys)
        if e.kind == "organization" and (len(members[e.key]) >= 2 or len(leaders[e.key]) >= 3 or named):
            e.kind = "party"
