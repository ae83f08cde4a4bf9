"""The knowledge base: the Phoenix/PETRARCH actor and agent dictionaries (MIT, shipped in
coincide/data/phoenix with their licence), read once per process.

Lookups:
  lookup(phrase)     -> the entries a name phrase can mean, best first ("u.s." -> USA country)
  agent(phrase)      -> the agent code of a title or role word ("prime minister" -> ~GOV)
  to_iso3(code)      -> ISO 3166-1 alpha-3 of a CAMEO actor code ("RUSGOV" -> RUS, "TMP" -> TLS)

Phrases are normalised the same way on both sides (`norm`): lower case, underscores to spaces,
white space squeezed, so a span of the document and a dictionary phrase meet as plain strings and
matching a story costs a few dict look-ups per token, never a scan of the dictionary.

The file format (TABARI/PETRARCH):
    NAME_  [CODE]            an entry with its code on the same line (maybe several codes)
    NAME_  # comment         an entry whose codes follow
    +SYNONYM                 another phrase for the entry above
    <tab>[CODE YYMMDD-YYMMDD] a dated role; `>YYMMDD` from, `<YYMMDD` until, no date = default
    !SET! = A, B, C          (agents) a substitution set used inside agent phrases
    PHRASE {PLURAL} [~CODE]  (agents)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Iterable

from . import lexicon

DATA_PACKAGE = "coincide"
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENT_FILE = "Phoenix.agents.txt"

# CAMEO country codes that are not ISO 3166-1 alpha-3. Kosovo has no ISO code; XKX is the
# user-assigned code the EU and the World Bank use.
CAMEO_TO_ISO3 = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "KSV": "XKX", "SER": "SRB", "BUR": "MMR"}

# Sector codes after the country code that name a part of the state, not a party or a movement.
GOVERNMENT_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY")
# First three letters of codes that are not countries (regions, IGOs, NGOs, companies ...).
NON_COUNTRY = {"IGO", "NGO", "MNC", "INT", "ELI", "---", "UIS", "IMG", "NGM", "REB", "OPP", "CVL"}
# Bare sector codes: an entry coded [MED] ("Reuters", "New York Times") is a news outlet of no
# stated country, not a country.
NON_COUNTRY |= set("MED BUS EDU REL GOV MIL COP SPY LEG JUD PTY LAB AGR DEV ENV HLH HRI REF MOD RAD UAF CRM JRN SET".split())

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_TWO_DIGIT_PIVOT = 30  # Phoenix writes 6-digit dates: 00-30 are 2000s, the rest 1900s


def norm(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())


@dataclass(frozen=True)
class Role:
    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Entry:
    """One dictionary entry: a referent with its phrases and its (dated) codes."""

    key: str  # the entry line's phrase, normalised
    roles: list[Role] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    source: str = ""
    person: bool = False  # a named individual (dated roles, or from the CountryInfo rulers lists)
    country_level: bool = False  # a country itself (code is a bare country code)

    @property
    def name(self) -> str:
        return display(self.key)

    def code_for(self, day: date | None = None) -> str | None:
        return code_for(self.roles, day)

    def kind(self, day: date | None = None) -> str | None:
        if self.country_level:
            return "country"
        if self.person:
            return "person"
        return kind_of_code(self.code_for(day))

    def country(self, day: date | None = None) -> str | None:
        return to_iso3(self.code_for(day))


@dataclass(frozen=True)
class Match:
    """What a phrase means: the entry and whether the phrase names a whole country."""

    entry: Entry
    place: bool = False  # a city or region of a country entry ("Damascus"), not the country name


def display(key: str) -> str:
    words = []
    for w in key.split():
        if "." in w and len(w) <= 5:
            words.append(w.upper())
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def parse_day(text: str) -> date | None:
    text = text.strip()
    if not text.isdigit():
        return None
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), max(1, int(text[6:])))
        if len(text) == 6:
            yy = int(text[:2])
            year = 2000 + yy if yy <= _TWO_DIGIT_PIVOT else 1900 + yy
            return date(year, max(1, int(text[2:4])), max(1, int(text[4:])))
    except ValueError:
        return None
    return None


def parse_role(text: str) -> Role | None:
    parts = text.split()
    if not parts:
        return None
    code = parts[0].strip()
    if code == "---":
        return None
    rng = "".join(parts[1:])
    if not rng:
        return Role(code)
    if rng.startswith(">"):
        return Role(code, start=parse_day(rng[1:]))
    if rng.startswith("<"):
        return Role(code, end=parse_day(rng[1:]))
    if "-" in rng:
        a, b = rng.split("-", 1)
        return Role(code, start=parse_day(a), end=parse_day(b))
    return Role(code)


def code_for(roles: list[Role], day: date | None) -> str | None:
    """The code in force on `day`: a dated role containing it, else the undated default; with no
    day, the open-ended (current) role, else the default, else the latest dated one."""
    if not roles:
        return None
    dated = [r for r in roles if r.dated]
    default = next((r for r in roles if not r.dated), None)
    if day is not None:
        hits = [r for r in dated if r.contains(day)]
        if hits:
            # the narrowest range is the most specific statement about that day
            return min(hits, key=lambda r: ((r.end or date.max) - (r.start or date.min))).code
        if default:
            return default.code
        return max(dated, key=lambda r: r.end or r.start or date.min).code
    open_ended = [r for r in dated if r.end is None]
    if open_ended:
        return max(open_ended, key=lambda r: r.start or date.min).code
    if default:
        return default.code
    return max(dated, key=lambda r: r.end or r.start or date.min).code


def to_iso3(code: str | None) -> str | None:
    """The country of a CAMEO actor code, or None for IGOs, NGOs, regions and bare sectors."""
    if not code or len(code) < 3 or code.startswith("~"):
        return None
    head = code[:3]
    head = CAMEO_TO_ISO3.get(head, head)
    return head if head in _country_codes() else None


def kind_of_code(code: str | None) -> str | None:
    if not code:
        return None
    if code[:3] in ("IGO", "NGO", "MNC"):
        return "organization"
    iso = to_iso3(code)
    if iso is None:
        return "organization" if len(code) > 3 else None
    sector = code[3:6]
    if not sector:
        return "country"
    if sector in GOVERNMENT_SECTORS:
        return "government"
    return "organization"


def _read(name: str) -> Iterable[str]:
    return resources.files(DATA_PACKAGE).joinpath("data").joinpath("phoenix").joinpath(name).read_text(encoding="utf-8", errors="replace").splitlines()


def parse_actor_lines(lines: Iterable[str], source: str = "") -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    # True while the current entry is still collecting synonyms; a code line closes the block,
    # and a block whose phrases precede its codes shares them (TABARI groups synonyms that way).
    for raw in lines:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, _, comment = raw.partition("#")
        codes = [parse_role(c) for c in _CODE_RE.findall(body)]
        phrase = _CODE_RE.sub("", body).strip()
        indented = raw[:1] in ("\t", " ")
        if phrase.startswith("+"):
            if current is not None:
                p = norm(phrase[1:].strip("_ "))
                if p:
                    current.phrases.append(p)
                current.roles.extend(r for r in codes if r)
            continue
        if indented and not phrase:
            if current is not None:
                current.roles.extend(r for r in codes if r)
            continue
        if not phrase or phrase.startswith("!") or "{" in phrase:
            continue
        key = norm(phrase.strip("_ "))
        if not key:
            continue
        current = Entry(key=key, source=source, phrases=[key])
        current.roles.extend(r for r in codes if r)
        if "countryinfo" in comment.lower() or "rulers" in comment.lower():
            current.person = True
        entries.append(current)
    for e in entries:
        # a country's code changes with its regime ([USRGEO <910409] [GEO >911221]); a person's
        # roles are dated too, but never a bare country code
        if not e.person and any(len(r.code) == 3 and r.code not in NON_COUNTRY for r in e.roles):
            e.country_level = True
        elif any(r.dated for r in e.roles):
            e.person = True
    return entries


# Words too common in country names to show that a synonym is a name of the country itself.
_GENERIC = frozenset(
    "of the and republic democratic islamic people's peoples federal federation kingdom united "
    "north northern south southern east eastern west western new saint st. st arab city islands "
    "island state states great".split()
)
_DEMONYM_SUFFIXES = ("an", "ans", "ese", "ish", "i", "ch", "ic", "ean", "ian")
# Country words whose stem the tests in country_names cannot tie to the country's name ("Danish",
# "Swiss", "Dutch"), or that Phoenix does not list at all ("Swedish"), and former names Phoenix
# files as places ("Kampuchea", "Zaire"): names of the country, not of a city or region in it.
IRREGULAR_DEMONYMS = {
    "swedish": "SWE", "danish": "DNK", "dane": "DNK", "swiss": "CHE", "dutch": "NLD",
    "filipino": "PHL", "burmese": "MMR", "malagasy": "MDG", "icelandic": "ISL", "nepali": "NPL",
    "kazakh": "KAZ", "azeri": "AZE", "slovenian": "SVN", "djiboutian": "DJI",
    "kampuchea": "KHM", "kampuchean": "KHM", "zaire": "COD", "zairean": "COD", "zairian": "COD",
}


def country_names(entry: Entry) -> set[str]:
    """The synonyms of a country entry that name the country (or its people), not its cities.

    Phoenix lists "PARIS", "LYON", "ALSACE" under FRANCE next to "FRENCH": a city in a story is
    where something happened, the country is an actor. A synonym names the country when it shares
    a word stem with a name already accepted (RUSSIA ~ RUSSIAN), is a demonym of it (FRENCH ~
    FRANCE), contains it, or spells its initials (U.S., USA, UK).
    """
    canon = entry.key
    words = {w for w in canon.split() if w not in _GENERIC}
    initials = "".join(w[0] for w in canon.replace("-", " ").split() if w not in ("of", "the", "and"))
    accepted = {canon}

    def stem_hit(w: str) -> bool:
        n = min(4, len(w))
        return any(a[:n] == w[:n] and len(a) >= n for a in words) if n >= 3 else False

    for _ in range(2):  # a second pass picks up names that share a stem with a synonym only
        for p in entry.phrases:
            if p in accepted:
                continue
            letters = re.sub(r"[^a-z]", "", p.removeprefix("the "))
            pw = [w for w in p.split() if w not in _GENERIC]
            ok = (
                canon in p
                or _run_of(p.removeprefix("the ").split(), canon.split())
                or any(stem_hit(w) for w in pw)
                or (len(letters) >= 2 and len(letters) <= len(initials) and initials.startswith(letters) and len(p.split()) <= 2 and len(p) <= 8)
                or (
                    len(pw) == 1
                    and pw[0].endswith(_DEMONYM_SUFFIXES)
                    and any(pw[0][:2] == a[:2] for a in words)
                )
            )
            if ok:
                accepted.add(p)
                words.update(pw)
    return accepted


def _run_of(short: list[str], long: list[str]) -> bool:
    """ "united states" of "united states of america": two or more leading words of the name
    itself, which the stem test misses when every word is generic."""
    return 2 <= len(short) < len(long) and long[: len(short)] == short and short[-1] not in ("of", "the", "and")


# The office words of a portfolio's title ("home minister", "ministry of health", "education
# secretary"), and the words before them that rank an office instead of naming its field.
OFFICE_WORDS = frozenset(("minister", "ministry", "secretary"))
OFFICE_RANKS = frozenset(("prime", "chief", "first", "deputy", "vice", "junior", "state", "cabinet", "government"))


@dataclass
class KnowledgeBase:
    entries: list[Entry]
    phrases: dict[str, list[Match]]
    agents: dict[str, str]
    max_words: int
    countries: dict[str, Entry]  # ISO3 -> the country's entry

    def lookup(self, phrase: str) -> list[Match]:
        return self.lookup_key(norm(phrase))

    def lookup_key(self, key: str) -> list[Match]:
        found = self.phrases.get(key)
        if found:
            return found
        # Phoenix lists demonyms in the singular: "Russians", "Americans" are the countries too
        if key.endswith("s") and len(key) > 4:
            return [m for m in self.phrases.get(key[:-1], []) if m.entry.country_level and not m.place]
        return []

    def best(self, phrase: str) -> Match | None:
        found = self.lookup(phrase)
        return found[0] if found else None

    def agent(self, phrase: str) -> str | None:
        return self.agents.get(norm(phrase))

    @functools.cached_property
    def portfolios(self) -> frozenset[str]:
        """The fields of the offices the agents list: the X of "X minister", "X ministry",
        "X secretary", "minister of X", "secretary for X" ("home", "health", "treasury")."""
        found = set()
        for phrase in self.agents:
            words = phrase.split()
            if len(words) == 2 and words[1] in OFFICE_WORDS and words[0] not in OFFICE_RANKS:
                found.add(words[0])
            elif len(words) == 3 and words[0] in OFFICE_WORDS and words[1] in ("of", "for"):
                found.add(words[2])
        return frozenset(found)

    def country_name(self, iso3: str) -> str | None:
        entry = self.countries.get(iso3)
        return entry.name if entry else None


def _priority(m: Match) -> tuple:
    e = m.entry
    # a country's own name beats everything; then organisations and bodies; people last, because
    # Phoenix lists people under their surname too ("JORDAN" the country vs a minister Jordan)
    if not e.roles:
        return (9, 9)  # an entry without a code tells nothing
    if e.country_level and not m.place:
        rank = 0
    elif not e.person and not m.place:
        rank = 1
    elif e.person:
        rank = 2
    else:
        rank = 3
    return (rank, ACTOR_FILES.index(e.source) if e.source in ACTOR_FILES else 9)


def parse_agents(lines: Iterable[str]) -> dict[str, str]:
    sets: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for raw in lines:
        body = raw.partition("#")[0].strip()
        if not body:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.+)$", body)
        if m:
            sets[m.group(1)] = [norm(x) for x in m.group(2).split(",") if x.strip()]
            continue
        codes = _CODE_RE.findall(body)
        if not codes:
            continue
        code = codes[-1].strip()
        plural = re.search(r"\{([^}]*)\}", body)
        phrase = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", body).strip()
        forms = [phrase]
        if plural and plural.group(1).strip():
            forms.append(plural.group(1).strip())
        elif not plural:
            # the file leaves regular plurals out and expects the coder to make them (PETRARCH
            # 0.5); an empty {} says the noun has none ("POLICE {}")
            forms.append(regular_plural(phrase))
        for form in forms:
            for expanded in _expand(form, sets):
                p = norm(expanded)
                if p and p not in out:
                    out[p] = code
    return out


def regular_plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word: SOLDIER -> SOLDIERS, AUTHORITY ->
    AUTHORITIES, CHURCH -> CHURCHES (the phrase keeps its underscores and sets)."""
    body = phrase.rstrip("_ ")
    tail = phrase[len(body):]
    low = body.lower()
    if not low or not low[-1].isalpha():
        return phrase
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        plural = body[:-1] + ("IES" if body[-1].isupper() else "ies")
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        plural = body + ("ES" if body[-1].isupper() else "es")
    elif low.endswith("man"):
        plural = body[:-3] + body[-3:].replace("a", "e").replace("A", "E")
    else:
        plural = body + ("S" if body[-1].isupper() else "s")
    return plural + tail


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!(\w+)!", phrase)
    if not m or m.group(1) not in sets:
        return [phrase]
    out = []
    for alt in sets[m.group(1)]:
        out.extend(_expand(phrase[: m.start()] + alt.upper() + phrase[m.end():], sets))
    return out


@functools.lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(_load().countries)


@functools.lru_cache(maxsize=1)
def _load() -> KnowledgeBase:
    entries: list[Entry] = []
    for name in ACTOR_FILES:
        entries.extend(parse_actor_lines(_read(name), source=name))
    short = {norm(k): [norm(v) for v in vs] for k, vs in lexicon.table("actors", "short_forms").items()}
    for e in entries:
        e.phrases.extend(short.get(e.key, ()))
    countries: dict[str, Entry] = {}
    for e in entries:
        if e.country_level and e.source == ACTOR_FILES[0]:
            for r in e.roles:
                if len(r.code) == 3:
                    countries.setdefault(CAMEO_TO_ISO3.get(r.code, r.code), e)
    phrases: dict[str, list[Match]] = {}
    for e in entries:
        names = country_names(e) if e.country_level else None
        for p in dict.fromkeys(e.phrases):
            place = names is not None and p not in names
            phrases.setdefault(p, []).append(Match(e, place=place))
            if names is not None and not place and "." in p:
                # "U.K." is written "UK" as often as not
                bare = p.replace(".", "").replace(" ", "")
                if len(bare) >= 2 and bare != p:
                    phrases.setdefault(bare, []).append(Match(e))
    for p, ms in phrases.items():
        seen: set[int] = set()
        ms[:] = [m for m in sorted(ms, key=_priority) if not (id(m.entry) in seen or seen.add(id(m.entry)))]
    for word, iso in IRREGULAR_DEMONYMS.items():
        e = countries.get(iso)
        if e is None:
            continue
        ms = phrases.setdefault(word, [])
        ms[:] = [Match(e)] + [m for m in ms if m.entry is not e]
    agents = parse_agents(_read(AGENT_FILE))
    max_words = max((len(p.split()) for p in phrases), default=1)
    return KnowledgeBase(entries, phrases, agents, min(max_words, 8), countries)


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First words of the dictionary's named individuals ("bernie" of BERNIE_PAUL_, "john", "philippe"),
    each opening at least two entries so that one odd entry ("TEA_...") does not make a given name;
    lower case. Honorifics and titles that open entries ("sir", "general") are the caller's to remove."""
    counts: dict[str, int] = {}
    for e in _load().entries:
        words = e.key.split()
        if e.person and len(words) >= 2 and words[0].isalpha():
            counts[words[0]] = counts.get(words[0], 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 2)


@functools.lru_cache(maxsize=1)
def body_final_words() -> frozenset[str]:
    """Last words of more of the dictionary's organisation entries than of its named individuals
    ("foundation", "media", "productions"; not "morris", which ends more people's names): a name
    that ends with one is a body's, whatever word opens it. Lower case."""
    bodies: dict[str, int] = {}
    people: dict[str, int] = {}
    for e in _load().entries:
        words = e.key.split()
        if words and words[-1].isalpha():
            counts = people if e.person else bodies
            counts[words[-1]] = counts.get(words[-1], 0) + 1
    return frozenset(w for w, n in bodies.items() if n > people.get(w, 0))


def knowledge_base() -> KnowledgeBase:
    """The knowledge base, parsed once per process (about half a second)."""
    return _load()


__all__ = ["Entry", "KnowledgeBase", "Match", "Role", "code_for", "given_names", "knowledge_base", "norm", "to_iso3", "kind_of_code"]
