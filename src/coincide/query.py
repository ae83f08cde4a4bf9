"""Questions to the archive, answered in SQL from the knowledge tables (both dialects): which
entity a name means, where two entities coincide or diverge, an entity's positions, the entities,
the topics. A query's cost grows with its answer, never with the archive: every one starts from an
indexed look-up of an entity's identities (store/knowledge.py, migrations/both_003_knowledge.sql).

The CLI, the web pages and the JSON API call these functions and nothing else.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from .compare import BASIS_RANK, Evidence, IssueComparison, relation_of
from .errors import CoincideError
from .knowledge.entities import COUNTRY_PREFIX, name_key

SpeakFor = Literal["office_holders", "everyone", "nobody"]
SPEAK_FOR = ("office_holders", "everyone", "nobody")


class ActorLookupError(CoincideError):
    """An actor name matched no entity, or more than one."""


@dataclass
class EntityRef:
    """An entity as the queries use it: its row and the identities its actors carry."""

    id: int
    key: str
    name: str
    kind: str
    country: str | None
    keys: list[str] = field(default_factory=list)  # the entity's name keys (and "country:XXX")
    people: list[str] = field(default_factory=list)  # name keys of the people who speak for it (a party)

    @property
    def label(self) -> str:
        return self.name


DATE_FORMATS = ("%Y-%m-%d", "%Y-%m", "%Y")


def is_date(value: str) -> bool:
    """Whether a --since/--until or ?since= value is a date the queries take: YYYY, YYYY-MM or YYYY-MM-DD."""
    from datetime import datetime

    for fmt in DATE_FORMATS:
        try:
            datetime.strptime(value, fmt)
            return True
        except ValueError:
            pass
    return False


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", (text or "").lower()).strip()


def _entity(store, entity_id: int) -> EntityRef:
    row = store.fetch("SELECT id, key, name, kind, country FROM entities WHERE id = ?", (entity_id,))[0]
    keys = [r["key"] for r in store.fetch("SELECT key FROM entity_keys WHERE entity_id = ? ORDER BY key", (entity_id,))]
    people = [r["key"] for r in store.fetch(
        "SELECT k.key FROM entities e JOIN entity_keys k ON k.entity_id = e.id WHERE e.party_id = ? ORDER BY k.key",
        (entity_id,))]
    return EntityRef(row["id"], row["key"], row["name"], row["kind"], row["country"], keys, people)


def _by_key(store, key: str) -> int | None:
    return store.scalar("SELECT entity_id FROM entity_keys WHERE key = ?", (key,))


def find_entity(store, text: str) -> EntityRef:
    """A name, alias, ISO3 code or country name -> one entity; a clear error when unknown or
    ambiguous. "United States", "U.S.", "USA", "America" and "Washington" all mean the country."""
    store.refresh_entities(if_stale=True)
    want = _norm(text)
    if not want:
        raise ActorLookupError("an actor name is empty")
    if re.fullmatch(r"[A-Za-z]{3}", text.strip()):
        found = _by_key(store, COUNTRY_PREFIX + text.strip().upper())
        if found:
            return _entity(store, found)
    key = name_key(text)
    found = _by_key(store, key)
    if found:
        return _entity(store, found)
    # an entity's own name as the archive shows it ("police (GBR)")
    named = store.fetch("SELECT id FROM entities WHERE LOWER(name) = ? LIMIT 2", (" ".join(text.split()).lower(),))
    if len(named) == 1:
        return _entity(store, named[0]["id"])
    country = _country_named(text)
    if country and _by_key(store, COUNTRY_PREFIX + country):
        return _entity(store, _by_key(store, COUNTRY_PREFIX + country))
    # a surname: the person most stories shorten to it
    owners = store.fetch("SELECT a.key, SUM(a.stories) AS n FROM name_aliases a WHERE a.alias = ? AND a.person = 1"
                         " AND a.stories > 0 GROUP BY a.key ORDER BY n DESC", (key,))
    ids = {_by_key(store, o["key"]) for o in owners} - {None}
    if len(ids) == 1:
        return _entity(store, ids.pop())
    if not ids:
        words = key.split()
        like = " AND ".join("(' ' || key || ' ') LIKE ?" for _ in words)
        rows = store.fetch(f"SELECT key, entity_id FROM entity_keys WHERE {like} LIMIT 50",
                           tuple(f"% {w} %" for w in words))
        ids = {r["entity_id"] for r in rows}
        if len(ids) > 1:
            # one actor often has short and long names ("Blair", "Tony Blair"): the same entity
            names = {i: store.scalar("SELECT name FROM entities WHERE id = ?", (i,)) for i in ids}
            longest = max(names.values(), key=len)
            if all(set(_norm(n).split()) <= set(_norm(longest).split()) for n in names.values()):
                ids = {max(names, key=lambda i: len(names[i]))}
    if len(ids) == 1:
        return _entity(store, ids.pop())
    if not ids:
        keys = [r["key"] for r in store.fetch("SELECT key FROM entity_keys WHERE key NOT LIKE ?", (COUNTRY_PREFIX + "%",))]
        hint = difflib.get_close_matches(key, keys, n=3, cutoff=0.6)
        raise ActorLookupError(f"no actor called {text!r} in the archive"
                               + (f"; did you mean {', '.join(sorted(hint))}?" if hint else ""))
    names = sorted(store.scalar("SELECT name FROM entities WHERE id = ?", (i,)) for i in ids)
    raise ActorLookupError(f"{text!r} is ambiguous: {', '.join(names[:8])}; say which")


def _country_named(text: str) -> str | None:
    """The ISO3 code of a country name, short form, demonym or capital (the Phoenix country
    dictionary), or None."""
    from .nlp.knowledge import knowledge_base

    kb = knowledge_base()
    for phrase in (text, text.split()[0] if text.split() else ""):
        match = kb.best(phrase) if phrase else None
        if match is not None and match.entry.country_level:
            return match.entry.country()
    return None


# -- who counts for an entity ---------------------------------------------------------------------

def _holders(who: EntityRef, speak_for: SpeakFor) -> tuple[str, tuple]:
    """SQL for the (story_id, actor_id) of every story actor that counts for an entity: its own
    names; the people a story names in its office, or whom the stories give to it as a party;
    office holders of a country (the `speak_for` setting)."""
    own = tuple(who.keys)
    cond = [f"(ident IN ({', '.join('?' for _ in own)})"]
    if speak_for == "nobody":
        cond.append(" AND via IN ('name', 'alias'))")
    elif speak_for == "office_holders":
        cond.append(" AND (via <> 'country' OR office = 1))")
    else:
        cond.append(")")
    params: tuple = own
    if who.people and speak_for != "nobody":
        cond.append(f" OR (ident IN ({', '.join('?' for _ in who.people)}) AND via IN ('name', 'alias'))")
        params += tuple(who.people)
    return f"SELECT DISTINCT story_id, actor_id FROM actor_idents WHERE {''.join(cond)}", params


def _filters(alias: str, topic: str | None, issue: str | None, since: str | None, until: str | None,
             label: str = "issue", undated: bool = False) -> tuple[str, tuple]:
    """Topic, issue words and dates as SQL (undated stories are left out when a date is given,
    unless `undated`)."""
    sql, params = [], []
    if topic:
        sql.append(f"{alias}.topics LIKE ?")
        params.append(f"% {topic} %")
    if issue:
        sql.append(f"LOWER({alias}.{label}) LIKE ?")
        params.append(f"%{_norm(issue)}%")
    dates, dp = _dates(f"{alias}.published", since, until, undated)
    return "".join(f" AND {s}" for s in sql) + dates, tuple(params) + dp


def _dates(expr: str, since: str | None, until: str | None, undated: bool = False) -> tuple[str, tuple]:
    """' AND ...' keeping what `expr` dates within since..until; an undated row is kept only with
    `undated` (a date range says nothing about a story without a date)."""
    cond, params = [], []
    if since:
        cond.append(f"{expr} >= ?")
        params.append(since)
    if until:
        cond.append(f"{expr} <= ?")
        params.append(until + "\uffff")
    if not cond:
        return "", ()
    sql = " AND ".join(cond)
    if undated:
        sql = f"({sql}) OR {expr} IS NULL OR {expr} = ''"
    return f" AND ({sql})", tuple(params)


# -- compare --------------------------------------------------------------------------------------

def compare(store, a: EntityRef, b: EntityRef, topic: str | None = None, issue: str | None = None,
            since: str | None = None, until: str | None = None, speak_for: SpeakFor = "office_holders",
            across: bool = True, evidence: int = 3, undated: bool = False) -> list[IssueComparison]:
    """Where a and b coincide or diverge, by matter: what stories state or show of the two
    (pairs of one story), then, with `across`, positions of the two from different stories.
    Without issue words or dates it reads the per-entity sums (a few rows whatever the archive's
    size); with them, the two entities' own positions and pairs."""
    found: dict[tuple[str, str], IssueComparison] = {}
    if not (issue or since or until):
        store.refresh_entities(if_stale=True)
        return _compare_summed(store, a, b, topic or "", speak_for, across, evidence)

    def item(matter: str, label: str, relation: str) -> IssueComparison:
        row = found.setdefault((matter, relation), IssueComparison(label, relation))
        return row

    for first, second in ((a, b), (b, a)):
        for row in _pair_rows(store, first, second, topic, issue, since, until, speak_for, evidence, undated):
            it = item(row["matter"], row["label"], row["relation"])
            if row["rn"] == 1:
                it.labels[row["label"]] = it.labels.get(row["label"], 0) + row["n_label"]
                setattr(it, row["basis"], getattr(it, row["basis"]) + row["n_label"])
            for text in json.loads(row["sentences"] or "[]")[:2]:
                if len(it.evidence) < 2 * evidence and all(e.text != text for e in it.evidence):
                    it.evidence.append(Evidence(row["story_id"], row["title"], (row["published"] or "")[:10] or None,
                                                text, row["basis"]))
    if across:
        _across(store, a, b, topic, issue, since, until, speak_for, item, undated)
    for it in found.values():
        it.issue = sorted(it.labels.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0] if it.labels else it.issue
        it.evidence.sort(key=lambda e: (BASIS_RANK.get(e.basis, 3), e.published or "9999"))
        del it.evidence[evidence:]
    return sorted(found.values(), key=lambda c: (-c.strength, c.relation, c.issue))


def _pair_rows(store, first: EntityRef, second: EntityRef, topic, issue, since, until, speak_for, evidence,
               undated=False):
    """One story's pairs with an actor of `first` on side a and one of `second` (or a word naming
    it) on side b: counts per matter, relation and basis, and the first rows as evidence."""
    ha, pa = _holders(first, speak_for)
    hb, pb = _holders(second, speak_for)
    keys = tuple(second.keys)
    extra, fp = _filters("f", topic, issue, since, until, label="label", undated=undated)
    sql = (
        "SELECT * FROM (SELECT f.story_id, f.matter, f.label, f.relation, f.basis, f.sentences, f.published, s.title,"
        " COUNT(*) OVER (PARTITION BY f.matter, f.relation, f.label, f.basis) AS n_label,"
        " ROW_NUMBER() OVER (PARTITION BY f.matter, f.relation, f.label, f.basis ORDER BY f.published DESC, f.story_id) AS rn"
        f" FROM ({ha}) ha JOIN pair_facts f ON f.story_id = ha.story_id AND f.actor_a = ha.actor_id"
        " JOIN stories s ON s.id = f.story_id"
        f" WHERE (f.actor_b IN (SELECT hb.actor_id FROM ({hb}) hb WHERE hb.story_id = f.story_id)"
        f" OR f.owner_key IN ({', '.join('?' for _ in keys)})){extra}) x WHERE rn <= ?"
    )
    return store.fetch(sql, (*pa, *pb, *keys, *fp, evidence))


def _across(store, a, b, topic, issue, since, until, speak_for, item, undated=False) -> None:
    """Positions of a and of b from different stories on one matter whose label travels: the way
    each wants the matter decides the relation (one example position of each way as evidence)."""
    sides = [_ways(store, who, topic, issue, since, until, speak_for, undated) for who in (a, b)]
    for matter in sides[0].keys() & sides[1].keys():
        for wa, xa in sides[0][matter].items():
            for wb, xb in sides[1][matter].items():
                relation = relation_of(wa, wb)
                if not relation or xa["story_id"] == xb["story_id"] and xa["n"] == xb["n"] == 1:
                    continue
                it = item(matter, xa["issue"], relation)
                it.labels[xa["issue"]] = it.labels.get(xa["issue"], 0) + 1
                it.across += min(xa["n"], xb["n"])
                for x in (xa, xb):
                    if x["sentence"] and all(e.text != x["sentence"] for e in it.evidence):
                        it.evidence.append(Evidence(x["story_id"], x["title"], (x["published"] or "")[:10] or None,
                                                    x["sentence"], "across"))


def _ways(store, who: EntityRef, topic, issue, since, until, speak_for, undated=False) -> dict[str, dict[float, dict]]:
    """matter -> want -> {n, and the newest position of that way}: portable positions only."""
    holders, hp = _holders(who, speak_for)
    extra, fp = _filters("p", topic, issue, since, until, undated=undated)
    rows = store.fetch(
        "SELECT * FROM (SELECT p.matter, p.want, p.issue, p.sentence, p.story_id, p.published, s.title,"
        " COUNT(*) OVER (PARTITION BY p.matter, p.want) AS n,"
        " ROW_NUMBER() OVER (PARTITION BY p.matter, p.want ORDER BY p.published DESC, p.story_id) AS rn"
        f" FROM ({holders}) h JOIN position_facts p ON p.story_id = h.story_id AND p.holder = h.actor_id"
        f" JOIN stories s ON s.id = p.story_id WHERE p.portable = 1 AND p.want <> 0{extra}) x WHERE rn = 1",
        (*hp, *fp))
    out: dict[str, dict[float, dict]] = defaultdict(dict)
    for r in rows:
        out[r["matter"]][float(r["want"])] = r
    return out


def _newest(example: str) -> tuple[str, str, int]:
    published, story_id, idx = example.split("|")
    return published, story_id, int(idx)


def _compare_summed(store, a: EntityRef, b: EntityRef, topic: str, mode: str, across: bool,
                    evidence: int) -> list[IssueComparison]:
    found: dict[tuple[str, str], IssueComparison] = {}
    wanted: list[tuple[IssueComparison, str, str, str]] = []  # (item, basis, story_id, pair n or idx)
    rows = store.fetch(
        "SELECT matter, relation, basis, label, n, examples FROM entity_pairs WHERE mode = ? AND topic = ?"
        " AND ((entity_a = ? AND entity_b = ?) OR (entity_a = ? AND entity_b = ?))",
        (mode, topic, a.id, b.id, b.id, a.id))
    for r in rows:
        it = found.setdefault((r["matter"], r["relation"]), IssueComparison(r["label"], r["relation"]))
        it.labels[r["label"]] = it.labels.get(r["label"], 0) + r["n"]
        setattr(it, r["basis"], getattr(it, r["basis"]) + r["n"])
        _, story_id, n = _newest(r["examples"])
        wanted.append((it, r["basis"], story_id, n, "pair"))
    if across:
        sides = []
        for who in (a, b):
            ways: dict[str, dict[float, dict]] = defaultdict(dict)
            for r in store.fetch("SELECT matter, want, label, SUM(n) AS n, MAX(example) AS example FROM entity_ways"
                                 " WHERE entity_id = ? AND mode = ? AND topic = ? AND portable = 1 AND want <> 0"
                                 " GROUP BY matter, want, label", (who.id, mode, topic)):
                seen = ways[r["matter"]].get(float(r["want"]))
                if seen is None or r["n"] > seen["n"]:
                    ways[r["matter"]][float(r["want"])] = dict(r, n=(seen or {}).get("n", 0) + r["n"])
                else:
                    seen["n"] += r["n"]
            sides.append(ways)
        for matter in sides[0].keys() & sides[1].keys():
            for wa, xa in sides[0][matter].items():
                for wb, xb in sides[1][matter].items():
                    relation = relation_of(wa, wb)
                    ea, eb = _newest(xa["example"]), _newest(xb["example"])
                    if not relation or (ea[1] == eb[1] and xa["n"] == xb["n"] == 1):
                        continue
                    it = found.setdefault((matter, relation), IssueComparison(xa["label"], relation))
                    it.labels[xa["label"]] = it.labels.get(xa["label"], 0) + 1
                    it.across += min(xa["n"], xb["n"])
                    wanted += [(it, "across", ea[1], ea[2], "position"), (it, "across", eb[1], eb[2], "position")]
    for it, basis, story_id, n, kind in wanted:
        if len(it.evidence) >= evidence + 2:
            continue
        if kind == "pair":
            row = store.fetch("SELECT f.sentences, f.published, s.title FROM pair_facts f JOIN stories s ON s.id = f.story_id"
                              " WHERE f.story_id = ? AND f.n = ?", (story_id, n))
            texts = json.loads(row[0]["sentences"] or "[]")[:2] if row else []
        else:
            row = store.fetch("SELECT p.sentence, p.published, s.title FROM position_facts p JOIN stories s ON s.id = p.story_id"
                              " WHERE p.story_id = ? AND p.idx = ?", (story_id, n))
            texts = [row[0]["sentence"]] if row and row[0]["sentence"] else []
        for text in texts:
            if all(e.text != text for e in it.evidence):
                it.evidence.append(Evidence(story_id, row[0]["title"], (row[0]["published"] or "")[:10] or None, text, basis))
    for it in found.values():
        it.issue = sorted(it.labels.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0] if it.labels else it.issue
        it.evidence.sort(key=lambda e: (BASIS_RANK.get(e.basis, 3), e.published or "9999"))
        del it.evidence[evidence:]
    return sorted(found.values(), key=lambda c: (-c.strength, c.relation, c.issue))


# -- an entity's positions ------------------------------------------------------------------------

def positions(store, who: EntityRef, topic: str | None = None, issue: str | None = None, since: str | None = None,
              until: str | None = None, speak_for: SpeakFor = "office_holders", per_issue: int = 5,
              limit: int = 50, offset: int = 0, undated: bool = False) -> dict[str, Any]:
    """An entity's positions grouped by matter, most held first: counts by stance, and the newest
    `per_issue` positions of each as evidence. {"total": matters, "issues": [...]}."""
    if not (issue or since or until):
        store.refresh_entities(if_stale=True)
        return _positions_summed(store, who, topic or "", speak_for, per_issue, limit, offset)
    holders, hp = _holders(who, speak_for)
    extra, fp = _filters("p", topic, issue, since, until, undated=undated)
    base = (f" FROM ({holders}) h JOIN position_facts p ON p.story_id = h.story_id AND p.holder = h.actor_id"
            f" WHERE 1 = 1{extra}")
    by_matter, order, page = _matters(store.fetch(
        f"SELECT p.matter, p.stance, COUNT(*) AS n{base} GROUP BY p.matter, p.stance", (*hp, *fp)), limit, offset)
    if page:
        rows = store.fetch(
            "SELECT * FROM (SELECT p.story_id, p.idx, p.matter, p.stance, p.issue, p.statement, p.sentence, p.published,"
            " p.corrected, p.topics, p.holder, a.name AS holder_name, s.title,"
            " ROW_NUMBER() OVER (PARTITION BY p.matter ORDER BY p.published DESC, p.story_id, p.idx) AS rn"
            f" FROM ({holders}) h JOIN position_facts p ON p.story_id = h.story_id AND p.holder = h.actor_id"
            " JOIN stories s ON s.id = p.story_id"
            " LEFT JOIN actors a ON a.story_id = p.story_id AND a.actor_id = p.holder"
            f" WHERE p.matter IN ({', '.join('?' for _ in page)}){extra}) x WHERE rn <= ?",
            (*hp, *page, *fp, per_issue))
        return _by_issue(who, by_matter, order, page, rows, limit, offset)
    return _by_issue(who, by_matter, order, page, [], limit, offset)


def _positions_summed(store, who: EntityRef, topic: str, mode: str, per_issue: int, limit: int,
                      offset: int) -> dict[str, Any]:
    by_matter, order, page = _matters(store.fetch(
        "SELECT matter, stance, SUM(n) AS n FROM entity_ways WHERE entity_id = ? AND mode = ? AND topic = ?"
        " GROUP BY matter, stance", (who.id, mode, topic)), limit, offset)
    if page:
        rows = store.fetch(
            "SELECT x.matter, p.story_id, p.idx, p.stance, p.issue, p.statement, p.sentence, p.published, p.corrected,"
            " p.topics, p.holder, a.name AS holder_name, s.title FROM entity_examples x"
            " JOIN position_facts p ON p.story_id = x.story_id AND p.idx = x.idx JOIN stories s ON s.id = p.story_id"
            " LEFT JOIN actors a ON a.story_id = p.story_id AND a.actor_id = p.holder"
            f" WHERE x.entity_id = ? AND x.mode = ? AND x.topic = ? AND x.matter IN ({', '.join('?' for _ in page)})"
            " AND x.rank <= ? ORDER BY x.matter, x.rank", (who.id, mode, topic, *page, per_issue))
        return _by_issue(who, by_matter, order, page, rows, limit, offset)
    return _by_issue(who, by_matter, order, page, [], limit, offset)


def _matters(counts: list[dict[str, Any]], limit: int, offset: int):
    """(matter, stance, n) rows -> stance counts by matter, the matters most held first, and the page."""
    by_matter: dict[str, Counter] = defaultdict(Counter)
    for r in counts:
        by_matter[r["matter"]][r["stance"]] += r["n"]
    order = sorted(by_matter, key=lambda m: (-sum(by_matter[m].values()), m))
    return by_matter, order, order[offset: offset + limit]


def _by_issue(who: EntityRef, by_matter: dict[str, Counter], order: list[str], page: list[str],
              rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """The positions answer: one entry per matter of the page, with its stance counts and examples."""
    items: dict[str, list] = defaultdict(list)
    for r in rows:
        items[r["matter"]].append(_position_item(r))
    issues = []
    for m in page:
        labels = Counter(i["issue"] for i in items[m])
        issues.append({"issue": labels.most_common(1)[0][0] if labels else m, "matter": m,
                       "total": sum(by_matter[m].values()), "stances": dict(sorted(by_matter[m].items())),
                       "items": items[m]})
    return {"actor": who.name, "total": len(order), "limit": limit, "offset": offset, "issues": issues}


def _position_item(r: dict[str, Any]) -> dict[str, Any]:
    return {
        # the story's actor id with its name beside it, as in every API record (holder_id: the old key)
        "holder": r["holder"], "holder_name": r["holder_name"], "holder_id": r["holder"], "stance": r["stance"],
        "issue": r["issue"], "statement": r["statement"],
        "evidence": r["sentence"], "story_id": r["story_id"], "idx": r["idx"], "story": r["title"],
        "published": (r["published"] or "")[:10] or None, "corrected": bool(r["corrected"]),
        "topics": (r["topics"] or "").split(),
    }


# -- entities ---------------------------------------------------------------------------------------

def entities(store, kind: str | None = None, country: str | None = None, party: str | None = None,
             limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Entities, most widely reported first: {"items": [...], "total": N, "limit": L, "offset": O}."""
    store.refresh_entities(if_stale=True)
    cond, params = [], []
    if kind:
        cond.append("e.kind = ?")
        params.append(kind)
    if country:
        cond.append("e.country = ?")
        params.append(country.upper())
    if party:
        cond.append("e.party_id = ?")
        params.append(find_entity(store, party).id)
    where = ("WHERE " + " AND ".join(cond)) if cond else ""
    total = store.scalar(f"SELECT COUNT(*) FROM entities e {where}", tuple(params))
    rows = store.fetch(
        "SELECT e.id, e.name, e.kind, e.country, p.name AS party, e.stories, e.mentions, e.names FROM entities e"
        f" LEFT JOIN entities p ON p.id = e.party_id {where}"
        " ORDER BY e.stories DESC, e.mentions DESC, e.name LIMIT ? OFFSET ?", (*params, limit, offset))
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


def entity_names(store, who: EntityRef) -> list[dict[str, Any]]:
    """Every name of an entity with the stories using it (each story once, whatever kinds its
    actors of that name were given) and why it joined the entity."""
    return store.fetch(
        "SELECT k.key, COALESCE(d.display, k.key) AS name, k.evidence,"
        " (SELECT COUNT(DISTINCT i.story_id) FROM actor_idents i WHERE i.ident = k.key AND i.via = 'name') AS stories"
        " FROM entity_keys k LEFT JOIN name_displays d ON d.key = k.key WHERE k.entity_id = ? AND k.key NOT LIKE ?"
        " ORDER BY stories DESC, k.key", (who.id, COUNTRY_PREFIX + "%"))


def offices_of(who: EntityRef) -> list[dict[str, Any]]:
    """A person's offices with their dates, as the Phoenix actor dictionary records them
    ("RUSGOV 2008-05-08 -"), when it knows the person; else nothing."""
    if who.kind != "person":
        return []
    from .nlp.knowledge import knowledge_base

    match = knowledge_base().best(who.name)
    if match is None or not match.entry.person:
        return []
    out = []
    for role in match.entry.roles:
        if role.dated:
            out.append({"code": role.code, "country": role.code[:3], "from": role.start and role.start.isoformat(),
                        "until": role.end and role.end.isoformat()})
    return sorted(out, key=lambda r: r["from"] or "")


def people_of(store, who: EntityRef) -> list[str]:
    """The names of the people the stories give to a party (they speak for it)."""
    return [r["name"] for r in store.fetch("SELECT name FROM entities WHERE party_id = ? ORDER BY stories DESC, name",
                                           (who.id,))]


def merge(store, a: str, b: str, author: str | None = None) -> EntityRef:
    """An analyst says two entities are one: stored by name key, kept across re-ingest."""
    x, y = find_entity(store, a), find_entity(store, b)
    if x.id == y.id:
        raise ActorLookupError(f"{a!r} and {b!r} are already one entity ({x.name})")
    store.add_entity_correction("merge", x.key, y.key, author)
    return find_entity(store, a)


def split(store, name: str, author: str | None = None) -> EntityRef:
    """An analyst says a name is not the entity it was joined to: that name becomes its own entity."""
    key = name_key(name)
    entity_id = _by_key(store, key)
    if entity_id is None:
        raise ActorLookupError(f"no name {name!r} in the archive (split takes one name of an entity, as `actors show` lists them)")
    if store.scalar("SELECT COUNT(*) FROM entity_keys WHERE entity_id = ?", (entity_id,)) < 2:
        raise ActorLookupError(f"{name!r} is an entity of one name: nothing to split")
    store.add_entity_correction("split", key, None, author)
    return _entity(store, _by_key(store, key))


def check_topic(store, topic: str | None) -> str | None:
    """A topic id as queries take it, or a clear error listing the topics there are: the shipped
    taxonomy's topics and subtopics, and any other topic the archive's records carry (a user's)."""
    if not topic:
        return None
    from .knowledge.topics import load_taxonomy

    tax = load_taxonomy()
    known = set(tax.topics) | set(tax.subtopics)
    want = topic.strip().lower().replace(" ", "_")
    if want in known:
        return want
    stored = {r["topic"] for r in store.fetch("SELECT DISTINCT topic FROM position_topics")}
    if topic in stored or want in stored:
        return topic if topic in stored else want
    raise ActorLookupError(f"no topic {topic!r}; topics: {', '.join(sorted(known | stored))}")


# -- topics -----------------------------------------------------------------------------------------

def topics(store, since: str | None = None, until: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Topics with how many positions and stories take them, busiest first."""
    if not (since or until):
        # over the whole archive: as summed when the entities were resolved (topic_counts)
        store.refresh_entities(if_stale=True)
        return store.fetch("SELECT topic, positions, stories, support, oppose FROM topic_counts"
                           " ORDER BY positions DESC, topic LIMIT ?", (limit,))
    extra, fp = _filters("p", None, None, since, until)
    return store.fetch(
        "SELECT t.topic, COUNT(*) AS positions, COUNT(DISTINCT t.story_id) AS stories,"
        " SUM(CASE WHEN p.stance = 'support' THEN 1 ELSE 0 END) AS support,"
        " SUM(CASE WHEN p.stance = 'oppose' THEN 1 ELSE 0 END) AS oppose"
        " FROM position_topics t JOIN position_facts p ON p.story_id = t.story_id AND p.idx = t.idx"
        f" WHERE 1 = 1{extra} GROUP BY t.topic ORDER BY positions DESC, t.topic LIMIT ?", (*fp, limit))


def topic_detail(store, topic: str, since: str | None = None, until: str | None = None, limit: int = 30) -> dict[str, Any]:
    """One topic: who holds which stance on it (by entity), and its positions by month."""
    store.refresh_entities(if_stale=True)
    extra, fp = _filters("p", None, None, since, until)
    base = (" FROM position_topics t JOIN position_facts p ON p.story_id = t.story_id AND p.idx = t.idx"
            f" WHERE t.topic = ?{extra}")
    holders = store.fetch(
        "SELECT e.id, e.name, e.kind, e.country, p.stance, COUNT(*) AS n" + base.replace(
            " WHERE", " JOIN actor_idents i ON i.story_id = p.story_id AND i.actor_id = p.holder AND i.via = 'name'"
            " JOIN entity_keys k ON k.key = i.ident JOIN entities e ON e.id = k.entity_id WHERE", 1)
        + " GROUP BY e.id, e.name, e.kind, e.country, p.stance ORDER BY n DESC, e.name", (topic, *fp))
    who: dict[int, dict[str, Any]] = {}
    for r in holders:
        # the entity's id beside its name, as in every API record
        row = who.setdefault(r["id"], {"id": r["id"], "name": r["name"], "kind": r["kind"], "country": r["country"], "stances": {}, "total": 0})
        row["stances"][r["stance"]] = row["stances"].get(r["stance"], 0) + r["n"]
        row["total"] += r["n"]
    months = store.fetch(
        "SELECT SUBSTR(COALESCE(p.published, 'undated'), 1, 7) AS month, p.stance, COUNT(*) AS n" + base
        + " GROUP BY SUBSTR(COALESCE(p.published, 'undated'), 1, 7), p.stance ORDER BY month", (topic, *fp))
    by_month: dict[str, dict[str, int]] = defaultdict(dict)
    for r in months:
        by_month[r["month"]][r["stance"]] = r["n"]
    ranked = sorted(who.values(), key=lambda r: (-r["total"], r["name"]))
    return {"topic": topic, "holders": ranked[:limit], "holders_total": len(ranked),
            "months": [{"month": m, **v} for m, v in sorted(by_month.items())]}


# -- quotes -----------------------------------------------------------------------------------------

def quotes(store, who: EntityRef, speak_for: SpeakFor = "office_holders", limit: int = 50,
           offset: int = 0) -> dict[str, Any]:
    """What an entity said (its people too, as for positions), newest first, with the total."""
    holders, hp = _holders(who, speak_for)
    base = f" FROM ({holders}) h JOIN quotes q ON q.story_id = h.story_id AND q.speaker = h.actor_id"
    total = store.scalar("SELECT COUNT(*)" + base, hp)
    rows = store.fetch(
        "SELECT q.story_id, q.idx, q.kind, q.text, q.cue, q.span_start, q.span_end, a.name AS speaker, s.title,"
        f" s.published{base} JOIN stories s ON s.id = q.story_id"
        " LEFT JOIN actors a ON a.story_id = q.story_id AND a.actor_id = q.speaker"
        " ORDER BY s.published DESC, q.story_id, q.idx LIMIT ? OFFSET ?", (*hp, limit, offset))
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


# -- the workbench's lists (web/workbench.py, the CLI): each a page of rows with its total --------
# Every list is {"items": [...], "total": N, "limit": L, "offset": O}. Filters narrow by indexed
# columns first (type, entity identities, topic); dates are compared as ISO text, so "2005" and
# "2005-03" work as bounds; an undated row is kept only with `undated`.

EVENT_SORTS = {"newest": "DESC", "oldest": "ASC"}
# Who backs or criticises whom (the network): PLOVER types that are one actor's stance on another.
SUPPORTING = ("SUPPORT", "AGREE", "COOPERATE", "AID")
CRITICISING = ("DISAPPROVE", "REJECT", "DEMAND", "THREATEN")


def _like_escape(text: str) -> str:
    """A user's words as a literal inside a LIKE pattern (escape character '!'): '%' and '_' match
    themselves, not any text."""
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _in(values) -> str:
    return ", ".join("?" for _ in values)


def _sort(sort: str | None, allowed: dict[str, str], what: str) -> str:
    sort = sort or next(iter(allowed))
    if sort not in allowed:
        raise CoincideError(f"sort: {sort!r} is not one of {', '.join(allowed)} (for {what})")
    return sort


def stories_list(store, sort: str = "newest", limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Stories by publication date (undated ones last) or by title."""
    sort = _sort(sort, {"newest": "", "oldest": "", "title": ""}, "stories")
    order = {"newest": _newest_first(store, "DESC"), "oldest": _newest_first(store, "ASC"), "title": "s.title, s.id"}[sort]
    rows = store.fetch(
        "SELECT s.id, s.source, s.title, s.published, s.dateline, s.language FROM stories s"
        f" ORDER BY {order} LIMIT ? OFFSET ?", (limit, offset))
    return {"items": rows, "total": store.count(), "limit": limit, "offset": offset, "sort": sort}


def _actor_events(actor: str) -> tuple[str, tuple]:
    """SQL for the (story_id, idx, day, type) of events whose source or target is the actor (whole
    words of any name an entity goes by, or an ISO3 code): read from the events' identities (event_idents), so
    the cost grows with the actor's events, not with how many story actors share an identity (a
    country code names every actor of that country). Whole words, because a part of a word is another
    actor: "US" is in "Russia", "Blair" in "Blairite"."""
    key = name_key(actor) or actor.lower()
    cond = "i.ident IN (SELECT k.key FROM entity_keys k WHERE (' ' || k.key || ' ') LIKE ? ESCAPE '!')"
    params = [f"% {_like_escape(key)} %"]
    if re.fullmatch(r"[A-Za-z]{3}", actor.strip()):
        cond = f"({cond} OR i.ident = ?)"
        params.append(COUNTRY_PREFIX + actor.strip().upper())
    return f"(SELECT DISTINCT i.story_id, i.idx, i.day, i.type FROM event_idents i WHERE {cond})", tuple(params)


def _event_where(store, type: str | None, actor: str | None, country: str | None, topic: str | None,
                 since: str | None, until: str | None, undated: bool) -> tuple[str, str, tuple]:
    """(from, conditions, parameters) over event_days d: the type and the dates read its indexes;
    an actor starts from its identities' events (`_actor_events`, which carry the day and the
    type, so only a country filter needs event_days beside them)."""
    source, params = " FROM event_days d", []
    if actor:
        sql, params = _actor_events(actor)
        source = (f" FROM {sql} x JOIN event_days d ON d.story_id = x.story_id AND d.idx = x.idx" if country
                  else f" FROM {sql} d")
        params = list(params)
    cond = ["1 = 1"]
    if country:
        cond.append("(d.source_country = ? OR d.target_country = ?)")
        params += [country.upper(), country.upper()]
    if type:
        types = [t.strip().upper() for t in type.split(",") if t.strip()]
        cond.append(f"d.type IN ({_in(types)})")
        params += types
    if topic:
        # an event's own topics (coincide_topics tags each event), read from the topic's index
        cond.append("(d.story_id, d.idx) IN (SELECT t.story_id, t.idx FROM event_topics t WHERE t.topic = ?)")
        params.append(topic)
    if since:
        cond.append("d.day >= ?" if not undated else "(d.day >= ? OR d.day = '')")
        params.append(since)
    if until:
        cond.append("d.day <= ?" if not undated else "(d.day <= ? OR d.day = '')")
        params.append(until + "\uffff")
    if not undated and (since or until):
        cond.append("d.day <> ''")
    return source, " AND ".join(cond), tuple(params)


def events(store, type: str | None = None, actor: str | None = None, country: str | None = None,
           topic: str | None = None, since: str | None = None, until: str | None = None, undated: bool = False,
           sort: str = "newest", limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """PLOVER events with their actors' names beside their ids and the sentence's words; newest
    (or oldest) first by the day each is dated by (event_days), undated ones last."""
    sort = _sort(sort, EVENT_SORTS, "events")
    source, where, params = _event_where(store, type, actor, country, topic, since, until, undated)
    way = EVENT_SORTS[sort]
    order = (f"d.day {way}, d.story_id {way}, d.idx {way}" if sort == "newest"
             else f"(d.day = '') ASC, d.day {way}, d.story_id {way}, d.idx {way}")
    if actor:
        # an actor's events are gathered from its identities (the costly part): counted with the
        # page in one pass rather than gathered twice
        page = store.fetch(f"SELECT d.story_id, d.idx, d.day, COUNT(*) OVER () AS total_n{source} WHERE {where}"
                           f" ORDER BY {order} LIMIT ? OFFSET ?", (*params, limit, offset))
        total = page[0]["total_n"] if page else store.scalar(f"SELECT COUNT(*){source} WHERE {where}", params)
    else:
        total = store.scalar(f"SELECT COUNT(*){source} WHERE {where}", params)
        page = store.fetch(f"SELECT d.story_id, d.idx, d.day{source} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                           (*params, limit, offset))
    rows = []
    if page:
        keys = " OR ".join("(e.story_id = ? AND e.idx = ?)" for _ in page)
        found = store.fetch(
            "SELECT e.story_id, e.idx, e.type, e.date, e.location, e.span_start, e.span_end, e.source,"
            " src.name AS source_name, src.country AS source_country, e.target, tgt.name AS target_name,"
            " tgt.country AS target_country, s.title, s.published,"
            " SUBSTR(s.body, e.span_start + 1, e.span_end - e.span_start) AS text"
            " FROM events e JOIN stories s ON s.id = e.story_id"
            " LEFT JOIN actors src ON src.story_id = e.story_id AND src.actor_id = e.source"
            f" LEFT JOIN actors tgt ON tgt.story_id = e.story_id AND tgt.actor_id = e.target WHERE {keys}",
            tuple(v for r in page for v in (r["story_id"], r["idx"])))
        by_key = {(r["story_id"], r["idx"]): r for r in found}
        rows = [by_key[(r["story_id"], r["idx"])] for r in page if (r["story_id"], r["idx"]) in by_key]
    return {"items": rows, "total": total, "limit": limit, "offset": offset, "sort": sort}


def events_by_month(store, type: str | None = None, actor: str | None = None, country: str | None = None,
                    topic: str | None = None, since: str | None = None, until: str | None = None,
                    undated: bool = False) -> list[dict[str, Any]]:
    """Events per month and PLOVER type ('undated' for events without a date), for the chart."""
    if not (actor or country or topic) and all(len(d or "") <= 7 for d in (since, until)):
        # as summed per month and type when the entities were resolved (event_months): exact when
        # the dates are whole years or months
        store.refresh_entities(if_stale=True)
        cond, params = ["1 = 1"], []
        if type:
            types = [t.strip().upper() for t in type.split(",") if t.strip()]
            cond.append(f"type IN ({_in(types)})")
            params += types
        for bound, op, value in (("since", ">=", since), ("until", "<=", until and until + "\uffff")):
            if value:
                cond.append(f"(month {op} ? OR month = '')" if undated else f"month {op} ? AND month <> ''")
                params.append(value)
        rows = store.fetch(f"SELECT month, type, n FROM event_months WHERE {' AND '.join(cond)}", tuple(params))
    else:
        source, where, params = _event_where(store, type, actor, country, topic, since, until, undated)
        rows = store.fetch(f"SELECT SUBSTR(d.day, 1, 7) AS month, d.type, COUNT(*) AS n{source} WHERE {where}"
                           " GROUP BY SUBSTR(d.day, 1, 7), d.type", params)
    return sorted(({"month": r["month"] or "undated", "type": r["type"], "n": r["n"]} for r in rows),
                  key=lambda r: (r["month"], r["type"]))


QUOTE_SORTS = {"newest": "DESC", "oldest": "ASC"}


def _newest_first(store, way: str = "DESC") -> str:
    """ORDER BY for stories newest (or oldest) first with undated ones last, read from the index
    stories (published, id) on SQLite (which puts NULL last when descending)."""
    if store.dialect == "sqlite" and way == "DESC":
        return "s.published DESC, s.id DESC"
    return f"s.published {way} NULLS LAST, s.id {way}"


def _page_of(store, keys_sql: str, params: tuple, detail_sql: str, key=("story_id", "idx"),
             page: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """A page's keys first (cheap: no wide columns), then its rows by those keys, in page order
    (`page`: the keys when already read)."""
    page = store.fetch(keys_sql, params) if page is None else page
    if not page:
        return []
    keys = " OR ".join(f"(x.{key[0]} = ? AND x.{key[1]} = ?)" for _ in page)
    found = store.fetch(detail_sql.format(keys=keys), tuple(v for r in page for v in (r[key[0]], r[key[1]])))
    by_key = {(r[key[0]], r[key[1]]): r for r in found}
    return [by_key[(r[key[0]], r[key[1]])] for r in page if (r[key[0]], r[key[1]]) in by_key]


_QUOTE_DETAIL = (
    "SELECT x.story_id, x.idx, x.kind, x.text, x.cue, x.span_start, x.span_end, x.speaker,"
    " a.name AS speaker_name, a.country AS speaker_country, s.title, s.published"
    " FROM quotes x JOIN stories s ON s.id = x.story_id"
    " LEFT JOIN actors a ON a.story_id = x.story_id AND a.actor_id = x.speaker WHERE {keys}")


def quotes_list(store, who: EntityRef | None = None, topic: str | None = None, words: str | None = None,
                since: str | None = None, until: str | None = None, undated: bool = False,
                speak_for: SpeakFor = "office_holders", sort: str = "newest", limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """Quotes by speaker (an entity), topic (of the positions a quote gives) and words, newest
    (or oldest) first by their story's date, undated last."""
    sort = _sort(sort, QUOTE_SORTS, "quotes")
    src, params, cond = "quotes q", [], []
    summed = who is not None and speak_for == "office_holders"
    if summed:
        # the entity's quotes as summed when the entities were resolved (entity_quotes)
        store.refresh_entities(if_stale=True)
        src = "entity_quotes eq JOIN quotes q ON q.story_id = eq.story_id AND q.idx = eq.idx"
        cond.append("eq.entity_id = ? AND eq.mode = ?")
        params += [who.id, speak_for]
    elif who is not None:
        holders, hp = _holders(who, speak_for)
        src = f"({holders}) h JOIN quotes q ON q.story_id = h.story_id AND q.speaker = h.actor_id"
        params += hp
    if topic:
        # driven by the topic's index (position_topics), not tested on every quote
        cond.append("(q.story_id, q.idx) IN (SELECT p.story_id, p.quote_idx FROM position_topics t JOIN positions p"
                    " ON p.story_id = t.story_id AND p.idx = t.idx WHERE t.topic = ? AND p.quote_idx IS NOT NULL)")
        params.append(topic)
    found = store.words(words or "")[:8]
    if found:
        # the full-text index, not a scan of every quote: "tax" finds "taxes" too (stemmed)
        sql, wp = store.quotes_matching(found)
        cond.append(sql)
        params += wp
    dates, dp = _dates("s.published", since, until, undated)
    where = " AND ".join(["1 = 1", *cond]) + dates
    params = (*params, *dp)
    count_from = f"{src} JOIN stories s ON s.id = q.story_id" if dates else src
    count_sql = f"SELECT COUNT(*) FROM {count_from} WHERE {where}"
    way = QUOTE_SORTS[sort]
    # by words, the matching quotes are read from the full-text index (the costly part): counted
    # with the page in one pass rather than read twice
    counted = ", COUNT(*) OVER () AS total_n" if found else ""
    if summed and not dates:
        keys = (f"SELECT q.story_id, q.idx{counted} FROM {src} WHERE {where}"
                f" ORDER BY eq.published {way}, eq.story_id {way}, eq.idx {way} LIMIT ? OFFSET ?")
    else:
        keys = (f"SELECT q.story_id, q.idx{counted} FROM {src} JOIN stories s ON s.id = q.story_id WHERE {where}"
                f" ORDER BY {_newest_first(store, way)}, q.idx LIMIT ? OFFSET ?")
    page = store.fetch(keys, (*params, limit, offset))
    total = page[0]["total_n"] if found and page else store.scalar(count_sql, params)
    rows = _page_of(store, keys, (), _QUOTE_DETAIL, page=page)
    return {"items": rows, "total": total, "limit": limit, "offset": offset, "sort": sort}


def entity_events(store, who: EntityRef, side: str = "source", speak_for: SpeakFor = "office_holders",
                  limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Events an entity is the source (or the target) of, newest first."""
    if side not in ("source", "target"):
        raise CoincideError(f"side: 'source' or 'target', not {side!r}")
    if speak_for == "office_holders":
        # as summed when the entities were resolved (entity_events): newest first from an index
        store.refresh_entities(if_stale=True)
        args = (who.id, speak_for, side)
        total = store.scalar("SELECT COUNT(*) FROM entity_events WHERE entity_id = ? AND mode = ? AND side = ?", args)
        rows = _page_of(
            store, "SELECT story_id, idx FROM entity_events WHERE entity_id = ? AND mode = ? AND side = ?"
                   " ORDER BY day DESC, story_id DESC, idx DESC LIMIT ? OFFSET ?", (*args, limit, offset),
            "SELECT x.story_id, x.idx, x.type, x.date, x.location, x.source, src.name AS source_name, x.target,"
            " tgt.name AS target_name, s.title, s.published,"
            " SUBSTR(s.body, x.span_start + 1, x.span_end - x.span_start) AS text"
            " FROM events x JOIN stories s ON s.id = x.story_id"
            " LEFT JOIN actors src ON src.story_id = x.story_id AND src.actor_id = x.source"
            " LEFT JOIN actors tgt ON tgt.story_id = x.story_id AND tgt.actor_id = x.target WHERE {keys}")
        return {"items": rows, "total": total, "limit": limit, "offset": offset}
    holders, hp = _holders(who, speak_for)
    base = (f" FROM ({holders}) h JOIN events e ON e.story_id = h.story_id AND e.{side} = h.actor_id"
            " JOIN stories s ON s.id = e.story_id"
            " LEFT JOIN actors src ON src.story_id = e.story_id AND src.actor_id = e.source"
            " LEFT JOIN actors tgt ON tgt.story_id = e.story_id AND tgt.actor_id = e.target")
    total = store.scalar("SELECT COUNT(*)" + base, hp)
    rows = store.fetch(
        "SELECT e.story_id, e.idx, e.type, e.date, e.location, e.source, src.name AS source_name, e.target,"
        " tgt.name AS target_name, s.title, s.published,"
        " SUBSTR(s.body, e.span_start + 1, e.span_end - e.span_start) AS text" + base
        + " ORDER BY (s.published IS NULL) ASC, s.published DESC, e.story_id, e.idx LIMIT ? OFFSET ?",
        (*hp, limit, offset))
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


def stance_by_month(store, who: EntityRef, topic: str | None = None, mode: SpeakFor = "office_holders") -> list[dict[str, Any]]:
    """An entity's positions per month and stance (from the positions counted for it)."""
    store.refresh_entities(if_stale=True)
    month = "COALESCE(SUBSTR(NULLIF(p.published, ''), 1, 7), 'undated')"
    extra, params = "", ()
    if topic:
        extra, params = " AND p.topics LIKE ?", (f"% {topic} %",)
    return store.fetch(
        f"SELECT {month} AS month, p.stance, COUNT(*) AS n FROM entity_positions x"
        " JOIN position_facts p ON p.story_id = x.story_id AND p.idx = x.idx"
        f" WHERE x.entity_id = ? AND x.mode = ?{extra} GROUP BY {month}, p.stance ORDER BY month",
        (who.id, mode, *params))


def allies(store, who: EntityRef, mode: SpeakFor = "office_holders", limit: int = 10) -> dict[str, list[dict[str, Any]]]:
    """The entities an entity most coincides and most diverges with (pairs of one story)."""
    store.refresh_entities(if_stale=True)
    rows = store.fetch(
        "SELECT x.other, e.name, x.relation, SUM(x.n) AS n FROM ("
        " SELECT entity_b AS other, relation, n FROM entity_pairs WHERE entity_a = ? AND mode = ? AND topic = ''"
        " UNION ALL"
        " SELECT entity_a AS other, relation, n FROM entity_pairs WHERE entity_b = ? AND mode = ? AND topic = '') x"
        " JOIN entities e ON e.id = x.other WHERE x.other <> ?"
        " GROUP BY x.other, e.name, x.relation ORDER BY n DESC, e.name",
        (who.id, mode, who.id, mode, who.id))
    out: dict[str, list] = {"coincide": [], "diverge": []}
    for r in rows:
        if r["relation"] in out and len(out[r["relation"]]) < limit:
            out[r["relation"]].append({"id": r["other"], "name": r["name"], "n": r["n"]})  # the entity's id beside its name
    return out


def network(store, topic: str | None = None, since: str | None = None, until: str | None = None,
            undated: bool = False, kind: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Who supports or criticises whom: SUPPORT-like and DISAPPROVE-like events from a source to a
    target, and the relations stories state between two actors (coincide, diverge), counted per
    pair of entities, strongest first."""
    kinds = ("supports", "criticises", "coincides", "diverges")
    if kind and kind not in kinds:
        raise CoincideError(f"kind: {kind!r} is not one of {', '.join(kinds)}")
    store.refresh_entities(if_stale=True)
    if not (topic or since or until):
        # the whole archive's edges, as summed when the entities were resolved (entity_edges)
        where, params = ("WHERE g.kind = ?", (kind,)) if kind else ("", ())
        total = store.scalar(f"SELECT COUNT(*) FROM entity_edges g {where}", params)
        rows = store.fetch(
            "SELECT g.entity_a AS source_id, ea.name AS source_name, g.entity_b AS target_id, eb.name AS target_name,"
            " g.kind, g.n, g.stories FROM entity_edges g JOIN entities ea ON ea.id = g.entity_a"
            f" JOIN entities eb ON eb.id = g.entity_b {where}"
            " ORDER BY g.n DESC, ea.name, eb.name, g.kind LIMIT ? OFFSET ?", (*params, limit, offset))
        return {"items": rows, "total": total, "limit": limit, "offset": offset}
    grouped, params = network_edges(topic, since, until, undated, kind)
    total = store.scalar(f"SELECT COUNT(*) FROM ({grouped}) g", params)
    rows = store.fetch(
        "SELECT g.a AS source_id, ea.name AS source_name, g.b AS target_id, eb.name AS target_name, g.kind, g.n, g.stories"
        f" FROM ({grouped}) g JOIN entities ea ON ea.id = g.a JOIN entities eb ON eb.id = g.b"
        " ORDER BY g.n DESC, ea.name, eb.name, g.kind LIMIT ? OFFSET ?", (*params, limit, offset))
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


def network_edges(topic: str | None = None, since: str | None = None, until: str | None = None, undated: bool = False,
                  kind: str | None = None, stories: str = "") -> tuple[str, tuple]:
    """SQL for the network's edges per pair of entities and kind: (a, b, kind, n, stories).
    `stories`: a query of story ids (no parameters) the edges are taken from, else every story."""
    ev_dates, evp = _dates("d.day", since, until, undated)
    rel_dates, rp = _dates("s.published", since, until, undated)
    if stories:
        ev_dates += f" AND d.story_id IN ({stories})"
        rel_dates += f" AND r.story_id IN ({stories})"
    ev_from, rel_topic = "event_days d", ""
    tp: tuple = ()
    if topic:
        # an event by its own topics, read from the topic's index first; a relation (which carries
        # none) by its story's positions' topics
        ev_from = "event_topics t JOIN event_days d ON d.story_id = t.story_id AND d.idx = t.idx AND t.topic = ?"
        rel_topic = " AND r.story_id IN (SELECT t.story_id FROM position_topics t WHERE t.topic = ?)"
        tp = (topic,)
    types = SUPPORTING + CRITICISING
    edges = (
        "SELECT e.story_id, e.source AS a, e.target AS b,"
        f" CASE WHEN e.type IN ({_in(SUPPORTING)}) THEN 'supports' ELSE 'criticises' END AS kind"
        f" FROM {ev_from} JOIN events e ON e.story_id = d.story_id AND e.idx = d.idx"
        f" WHERE d.type IN ({_in(types)}) AND e.source IS NOT NULL AND e.target IS NOT NULL{ev_dates}"
        " UNION ALL SELECT r.story_id, r.actor_a, r.actor_b, CASE WHEN r.relation = 'coincide' THEN 'coincides' ELSE 'diverges' END"
        f" FROM relations r JOIN stories s ON s.id = r.story_id WHERE 1 = 1{rel_dates}{rel_topic}")
    eparams = (*SUPPORTING, *tp, *types, *evp, *rp, *tp)
    # each end's entity looked up per edge (the edges drive: the identities are never scanned)
    entity = ("(SELECT k.entity_id FROM actor_idents i JOIN entity_keys k ON k.key = i.ident"
              " WHERE i.story_id = x.story_id AND i.actor_id = x.{end} AND i.via = 'name' LIMIT 1)")
    ends = (f"SELECT x.story_id, x.kind, {entity.format(end='a')} AS a, {entity.format(end='b')} AS b"
            f" FROM ({edges}) x" + (" WHERE x.kind = ?" if kind else ""))
    params = (*eparams, *((kind,) if kind else ()))
    grouped = ("SELECT y.a, y.b, y.kind, COUNT(*) AS n, COUNT(DISTINCT y.story_id) AS stories"
               f" FROM ({ends}) y WHERE y.a IS NOT NULL AND y.b IS NOT NULL AND y.a <> y.b GROUP BY y.a, y.b, y.kind")
    return grouped, params


def search_total(store, text: str) -> int:
    """How many hits a full-text search has in all (store.search gives a page of them)."""
    words = store.words(text)
    if not words:
        return 0
    if store.dialect == "sqlite":
        return store.scalar("SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?",
                            (" ".join(f'"{w}"' for w in words),))
    return store.scalar("SELECT COUNT(*) FROM search_index WHERE tsv @@ to_tsquery('english', ?)", (" & ".join(words),))


SEARCH_SORTS = ("relevance", "newest", "oldest")
SEARCH_SECTIONS = ("story", "quote", "position")  # the rows search_index holds per story (store/base.py)


def _hits(store, words: list[str], section: str | None, year: str | None, topic: str | None) -> dict[str, Any]:
    """The dialect's hits of a full-text search as SQL: `from` (with its parameters) gives one row
    per hit with the columns named in `cols` (row id, story id, section, idx) and the story s.

    On SQLite the hit's columns are read from the FTS5 table's own content table (search_index_content,
    columns c0..c3 in the order search_index declares them), by the row ids the index matched: read
    through the FTS5 table, every hit would load its whole text, the body of a story included."""
    if store.dialect == "sqlite":
        match = " ".join(f'"{w}"' for w in words)
        cols = {"id": "c.id", "story_id": "c.c0", "section": "c.c1", "idx": "c.c2"}
        # a hit's story date from the narrow (id, published) index, never the story's wide row
        src = "search_index_content c JOIN stories s INDEXED BY stories_id_published ON s.id = c.c0"
        # counted by row id alone; ranked (m.r, the index's bm25) only for a page by relevance
        ranked = ("(SELECT rowid AS id, rank AS r FROM search_index WHERE search_index MATCH ?) m"
                  " JOIN search_index_content c ON c.id = m.id JOIN stories s INDEXED BY stories_id_published ON s.id = c.c0")
        cond, params = ["c.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"], [match]
    else:
        tsquery = " & ".join(words)
        cols = {"id": "i.ctid", "story_id": "i.story_id", "section": "i.section", "idx": "i.idx"}
        src = "search_index i JOIN stories s ON s.id = i.story_id"
        cond, params = ["i.tsv @@ to_tsquery('english', ?)"], [tsquery]
    if section:
        cond.append(f"{cols['section']} = ?")
        params.append(section)
    if year:
        cond.append("s.published >= ? AND s.published < ?")
        params += [year, str(int(year) + 1)]
    if topic:
        cond.append(f"{cols['story_id']} IN (SELECT t.story_id FROM position_topics t WHERE t.topic = ?)")
        params.append(topic)
    out = {"from": f" FROM {src} WHERE {' AND '.join(cond)}", "params": tuple(params), "cols": cols}
    if store.dialect == "sqlite":
        if not year:
            ranked = ranked.replace(" JOIN stories s INDEXED BY stories_id_published ON s.id = c.c0", "")  # no story column is read
        if not (section or year or topic):
            ranked = "(SELECT rowid AS id, rank AS r FROM search_index WHERE search_index MATCH ?) m"
        out["ranked"] = f" FROM {ranked} WHERE {' AND '.join(['1 = 1', *cond[1:]])}"
    return out


def _search_page(store, words: list[str], hits: dict[str, Any], sort: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """A page of hits in order (relevance from the index's rank, or the story's date), with the
    snippet: the order is decided on narrow rows, the snippets made for the page's rows alone."""
    c = hits["cols"]
    dated = {"newest": _newest_first(store, "DESC"), "oldest": _newest_first(store, "ASC")}
    if store.dialect == "sqlite":
        match = " ".join(f'"{w}"' for w in words)
        if sort == "relevance":
            # the index's rank (bm25) of every hit, kept with its row id (m.r of _hits)
            keys = store.fetch(f"SELECT m.id{hits['ranked']} ORDER BY m.r, m.id LIMIT ? OFFSET ?",
                               (*hits["params"], limit, offset))
        else:
            keys = store.fetch(f"SELECT {c['id']} AS id{hits['from']} ORDER BY {dated[sort]}, {c['story_id']}, {c['idx']}"
                               " LIMIT ? OFFSET ?", (*hits["params"], limit, offset))
        if not keys:
            return []
        ids = [k["id"] for k in keys]
        rows = store.fetch(
            "SELECT i.rowid AS id, i.story_id, i.section, i.idx, snippet(search_index, 3, '[', ']', '…', 12) AS snippet,"
            " s.title, s.published, s.source FROM search_index i JOIN stories s ON s.id = i.story_id"
            f" WHERE search_index MATCH ? AND i.rowid IN ({_in(ids)})", (match, *ids))
        by_id = {r.pop("id"): r for r in rows}
        return [by_id[i] for i in ids if i in by_id]
    tsquery = " & ".join(words)
    order = {"relevance": ("ts_rank(i.tsv, to_tsquery('english', ?)) DESC", (tsquery,)),
             "newest": (dated["newest"], ()), "oldest": (dated["oldest"], ())}[sort]
    return store.fetch(
        "SELECT i.story_id, i.section, i.idx, ts_headline('english', i.text, to_tsquery('english', ?),"
        " 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet, s.title, s.published, s.source"
        f"{hits['from']} ORDER BY {order[0]}, i.story_id, i.section, i.idx LIMIT ? OFFSET ?",
        (tsquery, *hits["params"], *order[1], limit, offset))


def search(store, text: str, topic: str | None = None, year: str | None = None, section: str | None = None,
           sort: str = "relevance", limit: int = 20, offset: int = 0, facets: bool = True) -> dict[str, Any]:
    """Full-text search over bodies, quotes and positions: a page of hits (best first, or by the
    story's date), their total, and facets of the whole answer counted in SQL (by section, by the
    story's year, by the topics the story's positions take). The filters narrow the hits and the
    facets alike; the full-text index drives, so the cost grows with the hits, not the archive."""
    sort = _sort(sort, dict.fromkeys(SEARCH_SORTS, ""), "search")
    if section is not None and section not in SEARCH_SECTIONS:
        raise CoincideError(f"section: {section!r} is not one of {', '.join(SEARCH_SECTIONS)}")
    if year is not None and not re.fullmatch(r"\d{4}", year):
        raise CoincideError(f"year: not a year (YYYY): {year!r}")
    words = store.words(text or "")[:12]
    out = {"items": [], "total": 0, "limit": limit, "offset": offset, "sort": sort, "query": text,
           "facets": {"section": [], "year": [], "topic": []}}
    if not words:
        return out
    hits = _hits(store, words, section, year, topic)
    c, where, params = hits["cols"], hits["from"], hits["params"]
    # the hits read once (a materialized CTE): the total, the section and year facets, and the
    # topic facet (a story's topics: those its positions take, counted once per hit story)
    sql = (f"WITH h AS MATERIALIZED (SELECT {c['story_id']} AS story_id, {c['section']} AS section,"
           f" SUBSTR(s.published, 1, 4) AS year{where})"
           " SELECT 'count' AS facet, section AS value, year, COUNT(*) AS n FROM h GROUP BY section, year")
    if facets:
        sql += (" UNION ALL SELECT * FROM (SELECT 'topic', t.topic, NULL, COUNT(DISTINCT t.story_id) AS n"
                " FROM position_topics t WHERE t.story_id IN (SELECT story_id FROM h) GROUP BY t.topic"
                " ORDER BY n DESC, t.topic LIMIT 15) x")
    rows = store.fetch(sql, params)
    counts = [r for r in rows if r["facet"] == "count"]
    out["total"] = sum(r["n"] for r in counts)
    if not out["total"]:
        return out
    out["items"] = _search_page(store, words, hits, sort, limit, offset)
    if facets:
        by: dict[str, Counter] = {"section": Counter(), "year": Counter()}
        for r in counts:
            by["section"][r["value"]] += r["n"]
            if r["year"]:
                by["year"][r["year"]] += r["n"]
        out["facets"] = {
            "section": [{"value": v, "n": n} for v, n in sorted(by["section"].items(), key=lambda kv: (-kv[1], kv[0]))],
            "year": [{"value": v, "n": n} for v, n in sorted(by["year"].items(), reverse=True)],
            "topic": [{"value": r["value"], "n": r["n"]} for r in rows if r["facet"] == "topic"],
        }
    return out
    out["items"] = _search_page(store, words, hits, sort, limit, offset)
    if facets:
        by: dict[str, Counter] = {"section": Counter(), "year": Counter()}
        for r in counts:
            by["section"][r["section"]] += r["n"]
            if r["year"]:
                by["year"][r["year"]] += r["n"]
        out["facets"] = {
            "section": [{"value": v, "n": n} for v, n in sorted(by["section"].items(), key=lambda kv: (-kv[1], kv[0]))],
            "year": [{"value": v, "n": n} for v, n in sorted(by["year"].items(), reverse=True)],
            # a story's topics: those its positions take (position_topics), counted once per hit story
            "topic": store.fetch(
                "SELECT t.topic AS value, COUNT(DISTINCT t.story_id) AS n FROM position_topics t"
                f" WHERE t.story_id IN (SELECT {c['story_id']}{where}) GROUP BY t.topic ORDER BY n DESC, value LIMIT 15",
                params),
        }
    return out
