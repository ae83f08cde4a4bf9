"""The archive writer's part of the knowledge layer: per story, the identities of its actors, its
positions' facts and its related pairs (written in the story's own transaction); across the
archive, the entities resolved from summed name evidence (`refresh_entities`, after an ingest).

Reads of these tables are in query.py. Both dialects run the same SQL.
"""

from __future__ import annotations

import json
from typing import Any

from ..compare import Correction, story_facts
from ..knowledge.entities import COUNTRY_PREFIX, Evidence, actor_key, name_evidence, resolve, story_idents
from ..records import StoryRecord

# Tables derived from one story's record (and its corrections): replaced with the story.
STORY_TABLES = ("actor_idents", "position_facts", "position_topics", "pair_facts", "pair_topics", "event_days",
                "event_topics", "event_idents")
# Summed per entity when the entities are resolved (`_aggregate`).
ENTITY_TABLES = ("entity_positions", "entity_pair_ends", "entity_ways", "entity_examples", "entity_pairs",
                 "entity_quotes", "entity_events", "entity_edges", "topic_counts", "event_months")
# The per-entity tables with a row per story fact: a story with rows there is in the sums.
COUNTED_BY_STORY = ("entity_positions", "entity_pair_ends", "entity_quotes", "entity_events")
# Who speaks for an entity ([knowledge] speak_for): which identities of a story actor count.
MODES = {
    "office_holders": "(i.via <> 'country' OR i.office = 1)",
    "everyone": "1 = 1",
    "nobody": "i.via IN ('name', 'alias')",
}
# A refresh redoes everything when more than this share of the archive's stories changed: past
# it, narrowing each statement to the changed stories costs more than it saves.
REDO_ALL = 0.3
# Name evidence summed over stories.
NAME_TABLES = ("name_kinds", "name_displays", "name_display_counts", "name_aliases", "name_offices")


class KnowledgeStore:
    """Mixed into BaseStore: needs its _write, _write_many, scalar, fetch and _transaction."""

    # -- per story, inside the story's transaction ---------------------------------------------
    def _count_names(self, w, record: dict[str, Any], sign: int) -> None:
        """Add (sign 1) or take back (sign -1) one story's name evidence."""
        ev = name_evidence(record)
        mentions = {}
        for a in record.get("actors") or []:
            k = actor_key(a)
            mentions[k] = mentions.get(k, 0) + len(a.get("mentions") or [])
        self._write_many(w, "INSERT INTO name_kinds (key, kind, country, stories, mentions) VALUES (?, ?, ?, ?, ?)"
                         " ON CONFLICT (key, kind, country) DO UPDATE SET stories = name_kinds.stories + excluded.stories,"
                         " mentions = name_kinds.mentions + excluded.mentions",
                         [(k, kind, country, sign, sign * mentions.get(k, 0)) for (k, kind, country) in ev.kinds])
        self._write_many(w, "INSERT INTO name_aliases (key, alias, person, stories) VALUES (?, ?, ?, ?)"
                         " ON CONFLICT (key, alias, person) DO UPDATE SET stories = name_aliases.stories + excluded.stories",
                         [(k, a, p, sign) for (k, a, p) in ev.aliases])
        self._write_many(w, "INSERT INTO name_offices (person, org, role, party, stories) VALUES (?, ?, ?, ?, ?)"
                         " ON CONFLICT (person, org, role, party) DO UPDATE SET stories = name_offices.stories + excluded.stories",
                         [(p, o, r, party, sign) for (p, o, r, party) in ev.offices])
        # how each story writes a name: the archive shows the spelling most stories use, whatever
        # the order they came in (chosen at each refresh into name_displays)
        self._write_many(w, "INSERT INTO name_display_counts (key, display, stories) VALUES (?, ?, ?)"
                         " ON CONFLICT (key, display) DO UPDATE SET stories = name_display_counts.stories + excluded.stories",
                         [(k, d, sign) for k, d in sorted(ev.displays.items())])
        self._mark_stale(w)

    def _mark_stale(self, w, story_id: str | None = None) -> None:
        self._write(w, "UPDATE knowledge_state SET value = '1' WHERE name = 'entities_stale'")
        if story_id is not None:
            # the next refresh redoes this story's rows (and the sums of the entities it touches)
            self._write(w, "INSERT INTO knowledge_dirty (story_id) VALUES (?) ON CONFLICT (story_id) DO NOTHING",
                        (story_id,))

    def _write_facts(self, w, story_id: str, record: dict[str, Any]) -> None:
        """One story's identities, position facts and pairs (its analysts' corrections applied)."""
        self._count_story(w, story_id, -1)  # facts already written (a correction re-derives them)
        for table in STORY_TABLES:
            self._write(w, f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
        self._mark_stale(w, story_id)  # the per-entity sums no longer hold
        published = (record.get("story") or {}).get("published")
        corrections = self.fetch("SELECT section, idx, field, verdict, value FROM corrections WHERE story_id = ?"
                                 " AND section = 'positions'", (story_id,), conn=w)
        facts, pairs = story_facts(StoryRecord.from_dict(record, strict=False), [Correction(**c) for c in corrections])
        idents = story_idents(record)
        self._write_many(w, "INSERT INTO actor_idents (story_id, actor_id, ident, via, office) VALUES (?, ?, ?, ?, ?)",
                         [(story_id, i.actor_id, i.ident, i.via, int(i.office)) for i in idents])
        # each event under every identity of its source and target, with its day and type as in
        # event_days below (migrations/both_008_event_idents.sql)
        by_actor: dict[str, set[str]] = {}
        for i in idents:
            by_actor.setdefault(i.actor_id, set()).add(i.ident)
        self._write_many(w, "INSERT INTO event_idents (ident, story_id, idx, day, type) VALUES (?, ?, ?, ?, ?)",
                         sorted({(ident, story_id, n, e.get("date") or published or "", e.get("type") or "")
                                 for n, e in enumerate(record.get("events") or [])
                                 for end in (e.get("source"), e.get("target")) if end
                                 for ident in by_actor.get(end, ())}))
        self._write_many(w, "INSERT INTO position_facts (story_id, idx, holder, stance, issue, statement, matter, want,"
                         " portable, sentence, topics, published, corrected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(story_id, f.idx, f.holder, f.stance, f.issue, f.statement, f.matter, f.want, int(f.portable),
                           f.sentence, _topic_field(f.topics), published, int(f.corrected)) for f in facts])
        words = {}
        for i, p in enumerate(record.get("positions") or []):
            for t in p.get("topics") or []:
                if isinstance(t, dict) and t.get("topic"):
                    for topic in (t["topic"], *(t.get("subtopics") or [])):
                        words[(i, topic)] = json.dumps(t.get("words") or [], ensure_ascii=False)
        self._write_many(w, "INSERT INTO position_topics (story_id, idx, topic, words) VALUES (?, ?, ?, ?)",
                         [(story_id, f.idx, t, words.get((f.idx, t))) for f in facts for t in f.topics])
        self._write_many(w, "INSERT INTO pair_facts (story_id, n, actor_a, actor_b, owner_key, matter, label, relation,"
                         " basis, sentences, topics, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(story_id, n, p.actor_a, p.actor_b, p.owner_key, p.matter, p.label, p.relation, p.basis,
                           json.dumps(p.sentences, ensure_ascii=False), _topic_field(p.topics), published)
                          for n, p in enumerate(pairs)])
        self._write_many(w, "INSERT INTO pair_topics (story_id, n, topic) VALUES (?, ?, ?)",
                         [(story_id, n, t) for n, p in enumerate(pairs) for t in sorted(set(p.topics))])
        # the day each event is dated by, for the workbench's events lists (migrations/both_004_workbench.sql)
        countries = {a.get("id"): a.get("country") for a in record.get("actors") or []}
        self._write_many(w, "INSERT INTO event_days (story_id, idx, type, day, source_country, target_country)"
                         " VALUES (?, ?, ?, ?, ?, ?)",
                         [(story_id, i, e.get("type") or "", e.get("date") or published or "",
                           countries.get(e.get("source")), countries.get(e.get("target")))
                          for i, e in enumerate(record.get("events") or [])])
        self._write_many(w, "INSERT INTO event_topics (story_id, idx, topic) VALUES (?, ?, ?)",
                         _event_topic_rows(story_id, record))
        self._count_story(w, story_id, 1)

    def _count_story(self, w, story_id: str, sign: int) -> None:
        """Add (sign 1) or take back (sign -1) one story's share of the archive-wide counts
        (topic_counts, event_months), so that they hold after every write without a pass over the
        archive; `_archive_counts` sums them in full on a full refresh."""
        self._write(w, "INSERT INTO topic_counts (topic, positions, stories, support, oppose)"
                       " SELECT t.topic, ? * COUNT(*), ?, ? * SUM(CASE WHEN p.stance = 'support' THEN 1 ELSE 0 END),"
                       " ? * SUM(CASE WHEN p.stance = 'oppose' THEN 1 ELSE 0 END)"
                       " FROM position_topics t JOIN position_facts p ON p.story_id = t.story_id AND p.idx = t.idx"
                       " WHERE t.story_id = ? GROUP BY t.topic ON CONFLICT (topic) DO UPDATE SET"
                       " positions = topic_counts.positions + excluded.positions, stories = topic_counts.stories + excluded.stories,"
                       " support = topic_counts.support + excluded.support, oppose = topic_counts.oppose + excluded.oppose",
                    (sign, sign, sign, sign, story_id))
        self._write(w, "INSERT INTO event_months (month, type, n) SELECT SUBSTR(d.day, 1, 7), d.type, ? * COUNT(*)"
                       " FROM event_days d WHERE d.story_id = ? GROUP BY SUBSTR(d.day, 1, 7), d.type"
                       " ON CONFLICT (month, type) DO UPDATE SET n = event_months.n + excluded.n", (sign, story_id))
        if sign < 0:
            self._write(w, "DELETE FROM topic_counts WHERE positions = 0")
            self._write(w, "DELETE FROM event_months WHERE n = 0")

    def _fill_event_topics(self) -> None:
        """Fill event_topics of an archive made before it, from the stored records, a few hundred
        stories per transaction so a large archive never holds one long lock."""
        ids = [r["id"] for r in self.fetch("SELECT id FROM stories ORDER BY id", conn=self._writer)]
        for start in range(0, len(ids), 500):
            with self._transaction() as w:
                for story_id in ids[start:start + 500]:
                    try:
                        record = json.loads(self.scalar("SELECT record FROM stories WHERE id = ?", (story_id,), conn=w) or "{}")
                    except ValueError:
                        continue
                    self._write(w, "DELETE FROM event_topics WHERE story_id = ?", (story_id,))
                    self._write_many(w, "INSERT INTO event_topics (story_id, idx, topic) VALUES (?, ?, ?)",
                                     _event_topic_rows(story_id, record))

    def _forget_story(self, w, story_id: str) -> None:
        """Take a stored story's knowledge back before it is replaced."""
        old = self.scalar("SELECT record FROM stories WHERE id = ?", (story_id,), conn=w)
        if old:
            try:
                self._count_names(w, json.loads(old), -1)
            except (ValueError, TypeError):
                pass  # a record this version cannot read contributed nothing it can take back
        self._count_story(w, story_id, -1)
        for table in STORY_TABLES:
            self._write(w, f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
        self._mark_stale(w, story_id)

    def refresh_story_facts(self, story_id: str) -> None:
        """Re-derive one story's facts (after an analyst corrected one of its positions)."""
        with self._transaction() as w:
            text = self.scalar("SELECT record FROM stories WHERE id = ?", (story_id,), conn=w)
            if text:
                self._write_facts(w, story_id, json.loads(text))

    def _fill_knowledge(self) -> None:
        """Fill the knowledge tables of an archive made before them, from its stored records,
        one story per transaction so a large archive never holds one long lock."""
        ids = [r["id"] for r in self.fetch("SELECT id FROM stories ORDER BY id", conn=self._writer)]
        for story_id in ids:
            with self._transaction() as w:
                if self.scalar("SELECT 1 FROM actor_idents WHERE story_id = ?", (story_id,), conn=w):
                    continue
                try:
                    record = json.loads(self.scalar("SELECT record FROM stories WHERE id = ?", (story_id,), conn=w) or "{}")
                except ValueError:
                    continue
                if record.get("actors") is None and record.get("positions") is None:
                    continue
                self._count_names(w, record, 1)
                self._write_facts(w, story_id, record)
        if ids:
            self.refresh_entities()

    def rebuild_knowledge(self) -> int:
        """Derive every knowledge table again from the stored records (after an upgrade that
        changed how names or facts are read); analysts' corrections are kept. Returns the stories."""
        with self._transaction() as w:
            for table in (*STORY_TABLES, *NAME_TABLES, *ENTITY_TABLES):
                self._write(w, f"DELETE FROM {table}")
        self._fill_knowledge()
        self.refresh_entities(full=True)
        return self.count()

    # -- across the archive ----------------------------------------------------------------------
    def entities_stale(self) -> bool:
        return self.scalar("SELECT value FROM knowledge_state WHERE name = 'entities_stale'") == "1"

    def refresh_entities(self, if_stale: bool = False, full: bool | None = None) -> int:
        """Resolve name keys into entities from the summed evidence and the analysts' merges and
        splits, and sum what the queries count per entity, in one transaction. Returns the number
        of entities.

        An entity keeps its id while its main name stays, so a refresh redoes only the stories
        written since the last one and those naming an entity whose names or party changed, and
        the sums of the entities they touch (`full=False`); `full=True` redoes everything. By
        default the refresh is full when more than REDO_ALL of the archive changed."""
        if if_stale and not self.entities_stale():
            return -1
        with self._transaction() as w:
            found = sorted(resolve(self._evidence(w)), key=lambda e: e.key)
            old_ids = {r["key"]: r["id"] for r in self.fetch("SELECT id, key FROM entities", conn=w)}
            old = self._entity_shapes(w)
            next_id = max(old_ids.values(), default=0) + 1
            ids = {}
            for e in found:
                if e.key in old_ids:
                    ids[e.key] = old_ids[e.key]
                else:
                    ids[e.key], next_id = next_id, next_id + 1
            self._write_entities(w, found, ids)
            # an entity changed when its names or its party did: every story naming it is redone
            new = self._entity_shapes(w)
            changed = {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}
            keys = sorted({k for i in changed for k in (old.get(i, ((), None))[0] + new.get(i, ((), None))[0])})
            self._write(w, "DELETE FROM knowledge_dirty_entities")
            self._write_many(w, "INSERT INTO knowledge_dirty_entities (entity_id) VALUES (?)", [(i,) for i in sorted(changed)])
            for chunk in range(0, len(keys), 500):
                part = keys[chunk:chunk + 500]
                marks = ", ".join("?" * len(part))
                for sql in (f"SELECT DISTINCT story_id FROM actor_idents WHERE ident IN ({marks})",
                            f"SELECT DISTINCT story_id FROM pair_facts WHERE owner_key IN ({marks})"):
                    self._write(w, "INSERT INTO knowledge_dirty (story_id) SELECT x.story_id FROM (" + sql + ") x"
                                   # the WHERE keeps SQLite from reading ON CONFLICT as a join's ON
                                   " WHERE 1 = 1 ON CONFLICT (story_id) DO NOTHING", tuple(part))
            dirty = self.scalar("SELECT COUNT(*) FROM knowledge_dirty", conn=w) or 0
            stories = self.scalar("SELECT COUNT(*) FROM stories", conn=w) or 0
            if full is None:
                full = not old_ids or dirty > REDO_ALL * stories
            self._aggregate(w, only_changed=not full)
            self._write(w, "DELETE FROM knowledge_dirty")
            self._write(w, "DELETE FROM knowledge_dirty_entities")
            self._write(w, "UPDATE knowledge_state SET value = '0' WHERE name = 'entities_stale'")
        return len(found)

    def _evidence(self, w) -> Evidence:
        """The summed name evidence and the analysts' corrections, as `resolve` reads them."""
        ev = Evidence(
            kinds={(r["key"], r["kind"], r["country"]): r["stories"] for r in self.fetch(
                "SELECT key, kind, country, stories FROM name_kinds WHERE stories > 0", conn=w)},
            displays=self._displays(w),
            aliases={(r["key"], r["alias"], r["person"]): r["stories"] for r in self.fetch(
                "SELECT key, alias, person, stories FROM name_aliases WHERE stories > 0", conn=w)},
            offices={(r["person"], r["org"], r["role"], r["party"]): r["stories"] for r in self.fetch(
                "SELECT person, org, role, party, stories FROM name_offices WHERE stories > 0", conn=w)},
        )
        for c in self.fetch("SELECT action, key_a, key_b FROM entity_corrections ORDER BY id", conn=w):
            if c["action"] == "merge" and c["key_b"]:
                ev.merges.append((c["key_a"], c["key_b"]))
            elif c["action"] == "split":
                ev.splits.append(c["key_a"])
        return ev

    def _displays(self, w) -> dict[str, str]:
        """Each name key's spelling: the one most stories use (ties: the first in sort order),
        written into name_displays for the queries."""
        best: dict[str, tuple[int, str]] = {}
        for r in self.fetch("SELECT key, display, stories FROM name_display_counts WHERE stories > 0", conn=w):
            mine = (-r["stories"], r["display"])
            if r["key"] not in best or mine < best[r["key"]]:
                best[r["key"]] = mine
        chosen = {k: d for k, (_n, d) in sorted(best.items())}
        self._write(w, "DELETE FROM name_displays")
        self._write_many(w, "INSERT INTO name_displays (key, display) VALUES (?, ?)", list(chosen.items()))
        return chosen

    def _entity_shapes(self, w) -> dict[int, tuple[tuple[str, ...], int | None]]:
        """Per entity id, what its sums depend on: its name keys and its party."""
        keys: dict[int, list[str]] = {}
        for r in self.fetch("SELECT entity_id, key FROM entity_keys", conn=w):
            keys.setdefault(r["entity_id"], []).append(r["key"])
        return {r["id"]: (tuple(sorted(keys.get(r["id"], ()))), r["party_id"])
                for r in self.fetch("SELECT id, party_id FROM entities", conn=w)}

    def _write_entities(self, w, found: list, ids: dict[str, int]) -> None:
        mentions = {r["key"]: r["n"] for r in self.fetch(
            "SELECT key, SUM(mentions) AS n FROM name_kinds WHERE stories > 0 GROUP BY key", conn=w)}
        self._write(w, "DELETE FROM entity_keys")
        self._write(w, "DELETE FROM entities")
        self._write_many(w, "INSERT INTO entities (id, key, name, kind, country, party_id, stories, mentions, names)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(ids[e.key], e.key, e.name, e.kind, e.country, ids.get(e.party) if e.party else None,
                           e.stories, sum(mentions.get(k, 0) for k in e.keys),
                           sum(1 for k in e.keys if not k.startswith(COUNTRY_PREFIX))) for e in found])
        self._write_many(w, "INSERT INTO entity_keys (key, entity_id, evidence) VALUES (?, ?, ?)",
                         [(k, ids[e.key], why) for e in found for k, why in e.keys.items()])
        # An entity's stories are the stories naming it by any of its names, each once: "Tories" and
        # "Conservatives" are one entity reported in 151 stories of the three folders, where the
        # largest name's count said 112 and the names' sum 198 (a story using both). Read
        # through the indexes of both tables, about 0.1 s on 1,466 stories.
        self._write(w, "UPDATE entities SET stories = (SELECT COUNT(DISTINCT i.story_id) FROM entity_keys k"
                       " JOIN actor_idents i ON i.ident = k.key AND i.via = 'name' WHERE k.entity_id = entities.id)")

    def _aggregate(self, w, only_changed: bool = False) -> None:
        """Sum, per entity, the positions and pairs the queries count (see the migrations' entity_*
        tables). In full, one pass over the facts: its cost grows with the archive, a query's then
        with the distinct matters of two entities only.

        With `only_changed`, the rows of the stories in knowledge_dirty are redone. An entity those
        stories counted for before (a replaced story), or one whose names changed, has all its
        sums redone; otherwise a new story only adds to its entities' sums on its own matters, so
        only those (entity, matter) and (entity, entity, matter) sums are redone."""
        story_tables = COUNTED_BY_STORY
        if not only_changed:
            for table in ENTITY_TABLES:
                self._write(w, f"DELETE FROM {table}")
            self._story_rows(w, "")
            self._entity_sums(w, ways="", pairs="")
            self._edge_sums(w, "")
            self._archive_counts(w)
            return
        changed = " IN (SELECT story_id FROM knowledge_dirty)"
        self._touched_entities(w, story_tables)  # before: what the changed stories counted for
        for table in story_tables:
            self._write(w, f"DELETE FROM {table} WHERE story_id" + changed)
        self._story_rows(w, " AND f.story_id" + changed)
        whole = " IN (SELECT entity_id FROM knowledge_dirty_entities)"
        self._write(w, "INSERT INTO knowledge_dirty_matters (entity_id, matter) SELECT DISTINCT ep.entity_id, p.matter"
                       " FROM entity_positions ep JOIN position_facts p ON p.story_id = ep.story_id AND p.idx = ep.idx"
                       f" WHERE ep.story_id{changed} AND ep.entity_id NOT{whole}")
        self._write(w, "INSERT INTO knowledge_dirty_pairs (entity_a, entity_b, matter)"
                       " SELECT DISTINCT a.entity_id, b.entity_id, f.matter FROM entity_pair_ends a JOIN entity_pair_ends b"
                       " ON b.story_id = a.story_id AND b.n = a.n AND b.side = 'b' AND b.mode = a.mode"
                       " JOIN pair_facts f ON f.story_id = a.story_id AND f.n = a.n"
                       f" WHERE a.side = 'a' AND a.story_id{changed} AND a.entity_id NOT{whole} AND b.entity_id NOT{whole}")
        one_matter = ("{m} IN (SELECT matter FROM knowledge_dirty_matters) AND EXISTS (SELECT 1 FROM"
                      " knowledge_dirty_matters d WHERE d.entity_id = {e} AND d.matter = {m})")
        one_pair = ("{m} IN (SELECT matter FROM knowledge_dirty_pairs) AND EXISTS (SELECT 1 FROM knowledge_dirty_pairs d"
                    " WHERE d.entity_a = {a} AND d.entity_b = {b} AND d.matter = {m})")
        for table in ("entity_ways", "entity_examples"):
            self._write(w, f"DELETE FROM {table} WHERE entity_id{whole}")
            self._write(w, f"DELETE FROM {table} WHERE entity_id IN (SELECT entity_id FROM knowledge_dirty_matters)"
                           " AND " + one_matter.format(m=f"{table}.matter", e=f"{table}.entity_id"))
        for column in ("entity_a", "entity_b"):
            self._write(w, f"DELETE FROM entity_pairs WHERE {column}{whole}")
        self._write(w, "DELETE FROM entity_pairs WHERE entity_a IN (SELECT entity_a FROM knowledge_dirty_pairs) AND "
                       + one_pair.format(m="entity_pairs.matter", a="entity_pairs.entity_a", b="entity_pairs.entity_b"))
        if self.scalar("SELECT 1 FROM knowledge_dirty_entities LIMIT 1", conn=w):
            # (skipped when none: the pairs' condition on either end reads every pair end)
            self._entity_sums(w, ways="ep.entity_id" + whole, pairs=f"(a.entity_id{whole} OR b.entity_id{whole})")
        self._entity_sums(w, ways=one_matter.format(m="p.matter", e="ep.entity_id"),
                          pairs=one_pair.format(m="f.matter", a="a.entity_id", b="b.entity_id"))
        # the network: the edges of the entities redone whole are redone whole; the changed stories'
        # other edges are added to their pairs' counts. (An edge's ends are entities its story has
        # rows for, so every edge of a replaced or corrected story has an end redone whole: what
        # is added comes from new stories only.)
        if self.scalar("SELECT 1 FROM knowledge_dirty_entities LIMIT 1", conn=w):
            for column in ("entity_a", "entity_b"):
                self._write(w, f"DELETE FROM entity_edges WHERE {column}{whole}")
            self._edge_sums(w, "{}" + whole)
        self._edge_sums(w, "{}" + whole, added=True)
        self._write(w, "DELETE FROM knowledge_dirty_matters")
        self._write(w, "DELETE FROM knowledge_dirty_pairs")

    def _touched_entities(self, w, story_tables: tuple[str, ...]) -> None:
        """Add to knowledge_dirty_entities every entity with a row of a changed story."""
        for table in story_tables:
            self._write(w, "INSERT INTO knowledge_dirty_entities (entity_id) SELECT DISTINCT x.entity_id FROM"
                           f" {table} x WHERE x.story_id IN (SELECT story_id FROM knowledge_dirty)"
                           " ON CONFLICT (entity_id) DO NOTHING")

    def _story_rows(self, w, only: str) -> None:
        """Which entity each position, pair end, quote and event counts for, per mode (`only`
        narrows the facts to some stories)."""
        for mode, cond in MODES.items():
            party = "" if mode == "nobody" else (
                " UNION SELECT e.party_id, {key} FROM {facts} JOIN actor_idents i ON i.story_id = f.story_id"
                " AND i.actor_id = f.{actor} JOIN entity_keys k ON k.key = i.ident JOIN entities e ON e.id = k.entity_id"
                " WHERE e.party_id IS NOT NULL AND i.via IN ('name', 'alias')" + only)
            own = (" SELECT k.entity_id, {key} FROM {facts} JOIN actor_idents i ON i.story_id = f.story_id"
                   f" AND i.actor_id = f.{{actor}} JOIN entity_keys k ON k.key = i.ident WHERE {cond}{only}")
            held = (own + party).format(key="f.story_id, f.idx", facts="position_facts f", actor="holder")
            self._write(w, f"INSERT INTO entity_positions (mode, entity_id, story_id, idx) SELECT ?, x.* FROM ({held}) x", (mode,))
            ends_a = (own + party).format(key="f.story_id, f.n", facts="pair_facts f", actor="actor_a")
            ends_b = (own + party).format(key="f.story_id, f.n", facts="pair_facts f", actor="actor_b")
            ends_b += (" UNION SELECT k.entity_id, f.story_id, f.n FROM pair_facts f JOIN entity_keys k"
                       " ON k.key = f.owner_key WHERE 1 = 1" + only)
            for side, ends in (("a", ends_a), ("b", ends_b)):
                self._write(w, "INSERT INTO entity_pair_ends (mode, side, entity_id, story_id, n)"
                               f" SELECT ?, ?, x.* FROM ({ends}) x", (mode, side))
            if mode == "office_holders":
                # an actor's page: its quotes and events, newest first (migrations/both_004_workbench.sql)
                said = (own + party).format(key="f.story_id, f.idx", facts="quotes f", actor="speaker")
                self._write(w, "INSERT INTO entity_quotes (mode, entity_id, story_id, idx, published)"
                               f" SELECT ?, x.entity_id, x.story_id, x.idx, COALESCE(s.published, '') FROM ({said}) x"
                               " JOIN stories s ON s.id = x.story_id", (mode,))
                for side in ("source", "target"):
                    did = (own + party).format(key="f.story_id, f.idx", facts="events f", actor=side)
                    self._write(w, "INSERT INTO entity_events (mode, side, entity_id, story_id, idx, day)"
                                   f" SELECT ?, ?, x.entity_id, x.story_id, x.idx, d.day FROM ({did}) x"
                                   " JOIN event_days d ON d.story_id = x.story_id AND d.idx = x.idx", (mode, side))

    def _archive_counts(self, w) -> None:
        """Counts over the whole archive (migrations/both_006_counts.sql), summed again in full: one
        grouping of the positions' topics and one of the events' days (between full refreshes, each
        story write keeps them: `_count_story`)."""
        self._write(w, "DELETE FROM topic_counts")
        self._write(w, "DELETE FROM event_months")
        # the topic choices and the events chart of every workbench page (query.topics, events_by_month)
        self._write(w, "INSERT INTO topic_counts (topic, positions, stories, support, oppose)"
                       " SELECT t.topic, COUNT(*), COUNT(DISTINCT t.story_id),"
                       " SUM(CASE WHEN p.stance = 'support' THEN 1 ELSE 0 END), SUM(CASE WHEN p.stance = 'oppose' THEN 1 ELSE 0 END)"
                       " FROM position_topics t JOIN position_facts p ON p.story_id = t.story_id AND p.idx = t.idx"
                       " GROUP BY t.topic")
        self._write(w, "INSERT INTO event_months (month, type, n) SELECT SUBSTR(d.day, 1, 7), d.type, COUNT(*)"
                       " FROM event_days d GROUP BY SUBSTR(d.day, 1, 7), d.type")

    def _edge_sums(self, w, within: str, added: bool = False) -> None:
        """Who supports or criticises whom, per pair of entities (`within`: a condition on an entity
        id column, `{}`, that narrows the sums to pairs with one such end). With `added`, the edges
        of the new stories in knowledge_dirty between two entities outside `within` are added to
        the pairs' counts (no count holds those stories yet)."""
        from ..query import network_edges

        if not added:
            # the workbench's /network over the whole archive, or over the stories naming an
            # entity `within` narrows to (the edges of an entity come from where it is named)
            edges, params = network_edges(stories="SELECT i.story_id FROM actor_idents i JOIN entity_keys k"
                                          " ON k.key = i.ident WHERE " + within.format("k.entity_id") if within else "")
            self._write(w, "INSERT INTO entity_edges (entity_a, entity_b, kind, n, stories) SELECT * FROM"
                           f" ({edges}) g" + (f" WHERE {within.format('g.a')} OR {within.format('g.b')}" if within else ""),
                        params)
            return
        edges, params = network_edges(stories="SELECT story_id FROM knowledge_dirty")
        outside = f" WHERE NOT ({within.format('g.a')} OR {within.format('g.b')})" if within else " WHERE 1 = 1"
        self._write(w, "INSERT INTO entity_edges (entity_a, entity_b, kind, n, stories) SELECT * FROM"
                       f" ({edges}) g{outside} ON CONFLICT (entity_a, entity_b, kind) DO UPDATE SET"
                       " n = entity_edges.n + excluded.n, stories = entity_edges.stories + excluded.stories", params)

    def _entity_sums(self, w, ways: str, pairs: str) -> None:
        """Per entity, its ways of standing and examples, and its pairs (`ways`, `pairs`: conditions
        that narrow the sums, on the positions `ep`/`p` and on the pair ends `a`, `b` and facts `f`)."""
        where = f" WHERE {ways}" if ways else ""
        newest = "MAX(COALESCE(p.published, '') || '|' || p.story_id || '|' || p.idx)"
        for topic, join, pick in (("''", "", ""), ("t.topic", " JOIN position_topics t ON t.story_id = p.story_id AND t.idx = p.idx", ", t.topic")):
            self._write(w, "INSERT INTO entity_ways (mode, entity_id, topic, matter, want, portable, stance, label, n, example)"
                           f" SELECT ep.mode, ep.entity_id, {topic}, p.matter, p.want, p.portable, p.stance, MAX(p.issue), COUNT(*), {newest}"
                           " FROM entity_positions ep JOIN position_facts p ON p.story_id = ep.story_id AND p.idx = ep.idx"
                           f"{join}{where} GROUP BY ep.mode, ep.entity_id{pick}, p.matter, p.want, p.portable, p.stance")
            self._write(w, "INSERT INTO entity_examples (mode, entity_id, topic, matter, story_id, idx, rank)"
                           " SELECT mode, entity_id, topic, matter, story_id, idx, rn FROM ("
                           f"SELECT ep.mode, ep.entity_id, {topic} AS topic, p.matter, p.story_id, p.idx, ROW_NUMBER() OVER"
                           f" (PARTITION BY ep.mode, ep.entity_id{pick}, p.matter ORDER BY p.published DESC, p.story_id, p.idx) AS rn"
                           " FROM entity_positions ep JOIN position_facts p ON p.story_id = ep.story_id AND p.idx = ep.idx"
                           f"{join}{where}) x WHERE rn <= 5")
        newest = "MAX(COALESCE(f.published, '') || '|' || f.story_id || '|' || f.n)"
        narrow = f" AND {pairs}" if pairs else ""
        for topic, join, pick in (("''", "", ""), ("t.topic", " JOIN pair_topics t ON t.story_id = f.story_id AND t.n = f.n", ", t.topic")):
            self._write(w, "INSERT INTO entity_pairs (mode, entity_a, entity_b, topic, matter, relation, basis, label, n, examples)"
                           f" SELECT a.mode, a.entity_id, b.entity_id, {topic}, f.matter, f.relation, f.basis, f.label, COUNT(*), {newest}"
                           " FROM entity_pair_ends a JOIN entity_pair_ends b ON b.story_id = a.story_id AND b.n = a.n"
                           " AND b.side = 'b' AND b.mode = a.mode JOIN pair_facts f ON f.story_id = a.story_id AND f.n = a.n"
                           f"{join} WHERE a.side = 'a' AND a.entity_id <> b.entity_id{narrow}"
                           # never an actor with its own country or party: Blair counts for Britain,
                           # so a pair of Blair and Britain is no relation between Blair and Britain
                           " AND NOT EXISTS (SELECT 1 FROM entity_pair_ends x WHERE x.story_id = a.story_id"
                           " AND x.n = a.n AND x.mode = a.mode AND ((x.side = 'a' AND x.entity_id = b.entity_id)"
                           " OR (x.side = 'b' AND x.entity_id = a.entity_id)))"
                           f" GROUP BY a.mode, a.entity_id, b.entity_id{pick}, f.matter, f.relation, f.basis, f.label")

    def add_entity_correction(self, action: str, key_a: str, key_b: str | None = None, author: str | None = None) -> int:
        """An analyst's merge (key_a, key_b) or split (key_a): stored, then the entities re-resolved."""
        from .base import now

        with self._transaction() as w:
            new_id = (self.scalar("SELECT COALESCE(MAX(id), 0) FROM entity_corrections", conn=w) or 0) + 1
            self._write(w, "INSERT INTO entity_corrections (id, action, key_a, key_b, author, at) VALUES (?, ?, ?, ?, ?, ?)",
                        (new_id, action, key_a, key_b, author, now()))
        self.refresh_entities()
        return new_id


def _topic_field(topics: list[str]) -> str:
    # spaces around every id, so `topics LIKE '% defence %'` finds one whole id in both dialects
    return " " + " ".join(topics) + " " if topics else ""


def _event_topic_rows(story_id: str, record: dict[str, Any]) -> list[tuple]:
    """(story_id, idx, topic) for each event's own topics and subtopics, once each."""
    rows = set()
    for i, e in enumerate(record.get("events") or []):
        for t in (e.get("topics") or []) if isinstance(e, dict) else []:
            if isinstance(t, dict) and t.get("topic"):
                rows.update((story_id, i, topic) for topic in (t["topic"], *(t.get("subtopics") or [])) if topic)
    return sorted(rows)
