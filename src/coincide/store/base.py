"""What every archive backend shares: the schema's tables, writing a story in one transaction,
and the read queries. A backend supplies connections, its migrations and full-text search.

SQL here uses `?` placeholders; a backend whose driver wants another style rewrites them.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Iterator

from ..errors import CoincideError
from ..records import ErrorRecord, StoryRecord
from .knowledge import STORY_TABLES, KnowledgeStore

TABLES = {"stories", "actors", "quotes", "positions", "relations", "events", "figures", "failures", "corrections", "sources",
          "entities", "entity_keys", *STORY_TABLES}


class StoreError(CoincideError):
    """The archive cannot be opened, read or written; the message names it and says why."""


class QueryTimeout(StoreError):
    """A read query ran past the store's query_timeout and was stopped by the database."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def split_sql(sql: str) -> list[str]:
    """Statements of a migration file (our migrations have no semicolons inside strings)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


class BaseStore(KnowledgeStore):
    dialect = "base"
    migrations: list[str] = []
    begin_write = "BEGIN"
    # Seconds a query on a reader connection may run before the database stops it (None: no
    # limit). A server sets it so one pathological query cannot hold a worker thread for ever;
    # the writer is never limited, so an ingest is not cut off half-way.
    query_timeout: float | None = None

    def __init__(self) -> None:
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._writer = self._connect()
        self._migrate()

    # -- connections: one writer, a reader per thread -----------------------------------------
    def _connect(self):
        raise NotImplementedError

    def sql(self, statement: str) -> str:
        return statement

    # the driver's own exception class(es); a backend sets them
    driver_errors: tuple = ()

    def _is_broken(self, conn) -> bool:
        """True when a connection can no longer be used (the server restarted, say)."""
        return False

    def _failed(self, exc: Exception) -> StoreError:
        return StoreError(f"{self.path}: the database failed: {str(exc).strip()}. What was stored is complete; "
                          "run the command again to resume.")

    def reader(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._is_broken(conn):
            conn = self._local.conn = None
        if conn is None:
            conn = self._local.conn = self._connect()
            if self.query_timeout:
                self._limit_queries(conn, self.query_timeout)
        return conn

    def _limit_queries(self, conn, seconds: float) -> None:
        """Make the database stop queries on conn after `seconds` (backend-specific)."""

    def _is_timeout(self, exc: Exception) -> bool:
        return False

    def _timeout_error(self, exc: Exception) -> Exception:
        if self._is_timeout(exc):
            return QueryTimeout(f"{self.path}: a query ran longer than {self.query_timeout:g} s and was stopped")
        return exc

    def close(self) -> None:
        self._writer.close()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _read(self, statement: str, params: tuple, conn, take):
        """Run a read; on a reader whose server went away (a restart), reconnect and try once more."""
        for attempt in (1, 2):
            use = conn or self.reader()
            try:
                return take(use.execute(self.sql(statement), params))
            except Exception as exc:
                error = self._timeout_error(exc)
                if error is not exc:
                    raise error from None
                if not isinstance(exc, self.driver_errors):
                    raise
                if attempt == 1 and conn is None and self._is_broken(use):
                    continue
                raise self._failed(exc) from None

    def fetch(self, statement: str, params: tuple = (), conn=None) -> list[dict[str, Any]]:
        def rows(cur):
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

        return self._read(statement, params, conn, rows)

    def scalar(self, statement: str, params: tuple = (), conn=None):
        def first(cur):
            row = cur.fetchone()
            return row[0] if row else None

        return self._read(statement, params, conn, first)

    def _write(self, w, statement: str, params: tuple = ()):
        return w.execute(self.sql(statement), params)

    def _write_many(self, w, statement: str, rows: list[tuple]) -> None:
        if rows:
            w.cursor().executemany(self.sql(statement), rows)

    # -- schema --------------------------------------------------------------------------------
    def _migrate(self) -> None:
        w = self._writer
        w.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
        applied = []
        for version, name in enumerate(self.migrations, start=1):
            if self.scalar("SELECT 1 FROM schema_migrations WHERE version = ?", (version,), conn=w):
                continue
            text = resources.files("coincide.store").joinpath("migrations", name).read_text(encoding="utf-8")
            with self._transaction() as w:
                # re-checked inside the transaction: another process may have migrated meanwhile
                if not self.scalar("SELECT 1 FROM schema_migrations WHERE version = ?", (version,), conn=w):
                    for statement in split_sql(text):
                        w.execute(statement)
                    self._write(w, "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now()))
                    applied.append(name)
        if "both_003_knowledge.sql" in applied:
            # an archive from before the knowledge layer: its tables filled from the stored records
            self._fill_knowledge()
        elif "both_005_event_topics.sql" in applied:
            self._fill_event_topics()

    def schema_version(self) -> int:
        return self.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") or 0

    class _Transaction:
        def __init__(self, store: "BaseStore"):
            self.store = store

        def __enter__(self):
            store = self.store
            store._write_lock.acquire()
            try:
                if store._is_broken(store._writer):
                    # the server came back after a restart: a new connection, the work goes on
                    store._writer = store._connect()
                store._writer.execute(store.begin_write)
            except BaseException as exc:
                store._write_lock.release()
                if isinstance(exc, store.driver_errors):
                    raise store._failed(exc) from None
                raise
            return store._writer

        def __exit__(self, kind, exc, tb):
            store = self.store
            try:
                if not store._is_broken(store._writer):
                    store._writer.execute("ROLLBACK" if kind else "COMMIT")
            except store.driver_errors as failure:
                raise store._failed(failure) from None
            finally:
                store._write_lock.release()
            if exc is not None and isinstance(exc, store.driver_errors):
                raise store._failed(exc) from None
            return False

    def _transaction(self) -> "_Transaction":
        return self._Transaction(self)

    # -- writing -------------------------------------------------------------------------------
    def add(self, record: StoryRecord) -> str:
        """Store one analysed story in one transaction: "added", "unchanged" or "replaced"."""
        story = record.story
        with self._transaction() as w:
            stored = self.scalar("SELECT pipeline_version FROM stories WHERE id = ?", (story.id,), conn=w)
            if stored is not None and stored == record.pipeline_version:
                self._note_source(w, story.source, story.id, story.title)
                return "unchanged"
            if stored is not None:
                # corrections live in their own table keyed by story, so they survive this
                self._forget_story(w, story.id)
                self._write(w, "DELETE FROM search_index WHERE story_id = ?", (story.id,))
                for table in ("actors", "quotes", "positions", "relations", "events", "figures"):
                    self._write(w, f"DELETE FROM {table} WHERE story_id = ?", (story.id,))
                self._write(w, "DELETE FROM stories WHERE id = ?", (story.id,))
            self._insert(w, record)
            self._note_source(w, story.source, story.id, story.title)
        return "added" if stored is None else "replaced"

    def _note_source(self, w, source: str | None, story_id: str, title: str | None) -> None:
        if source is None:
            return
        self._write(w, "DELETE FROM failures WHERE source = ?", (source,))
        self._write(
            w,
            "INSERT INTO sources (source, story_id, title, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source) DO UPDATE SET story_id = excluded.story_id, title = excluded.title, seen_at = excluded.seen_at",
            (source, story_id, title, now()),
        )

    def add_source(self, source: str, story_id: str, title: str | None = None) -> None:
        """One more input found to hold a story already stored (a duplicate): kept, not re-analysed."""
        with self._transaction() as w:
            self._note_source(w, source, story_id, title)

    def add_failure(self, error: ErrorRecord) -> None:
        with self._transaction() as w:
            self._write(
                w,
                "INSERT INTO failures (source, code, message, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET code = excluded.code, message = excluded.message, at = excluded.at",
                (error.source, error.code, error.message, now()),
            )

    def _insert(self, w, record: StoryRecord) -> None:
        s = record.story
        sid = s.id
        as_dict = record.to_dict()
        self._write(
            w,
            "INSERT INTO stories (id, source, title, published, dateline, byline, language, body, pipeline_version, record, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, s.source, s.title, s.published, s.dateline, s.byline, s.language, s.body,
             record.pipeline_version, json.dumps(as_dict, ensure_ascii=False), now()),
        )
        self._count_names(w, as_dict, 1)
        self._write_facts(w, sid, as_dict)
        self._write_many(w, "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (sid, a.id, a.name, a.kind, a.country, a.role, a.code, json.dumps(a.aliases, ensure_ascii=False), len(a.mentions))
            for a in record.actors])
        self._write_many(w, "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (sid, i, q.speaker, json.dumps(q.speakers), q.kind, q.text, q.span[0], q.span[1], q.cue, q.addressee)
            for i, q in enumerate(record.quotes)])
        self._write_many(w, "INSERT INTO positions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (sid, i, p.holder, p.stance, p.issue, p.statement, p.span[0], p.span[1], p.quote)
            for i, p in enumerate(record.positions)])
        self._write_many(w, "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (sid, i, r.actors[0], r.actors[1], r.relation, r.issue, r.basis,
             r.span[0] if r.span else None, r.span[1] if r.span else None)
            for i, r in enumerate(record.relations) if len(r.actors) >= 2])
        self._write_many(w, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (sid, i, e.type, e.source, e.target, e.date, e.location, e.span[0], e.span[1])
            for i, e in enumerate(record.events)])
        self._write_many(w, "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (sid, i, f.value, f.unit, f.about, f.qualifier, f.place, f.source, f.span[0], f.span[1])
            for i, f in enumerate(record.figures)])
        rows = [(sid, "story", 0, f"{s.title or ''}\n{s.body}")]
        rows += [(sid, "quote", i, q.text) for i, q in enumerate(record.quotes)]
        rows += [(sid, "position", i, f"{p.issue}\n{p.statement}") for i, p in enumerate(record.positions)]
        self._write_many(w, "INSERT INTO search_index (story_id, section, idx, text) VALUES (?, ?, ?, ?)", rows)

    # -- reading -------------------------------------------------------------------------------
    def has(self, story_id: str, pipeline_version: str | None = None) -> bool:
        stored = self.scalar("SELECT pipeline_version FROM stories WHERE id = ?", (story_id,))
        return stored is not None and (pipeline_version is None or stored == pipeline_version)

    def count(self, table: str = "stories") -> int:
        if table not in TABLES:
            raise ValueError(f"no table {table!r}")
        return self.scalar(f"SELECT COUNT(*) FROM {table}")

    def record(self, story_id: str) -> dict[str, Any] | None:
        text = self.scalar("SELECT record FROM stories WHERE id = ?", (story_id,))
        return json.loads(text) if text else None

    def records(self, with_corrections: bool = False) -> Iterator[dict[str, Any]]:
        """Every story record; with_corrections attaches analysts' corrections as record["corrections"]."""
        fixes: dict[str, list] = {}
        if with_corrections:
            for c in self.corrections():
                fixes.setdefault(c["story_id"], []).append(c)
        for row in self.fetch("SELECT record FROM stories ORDER BY published, id"):
            record = json.loads(row["record"])
            if fixes.get(record["story"]["id"]):
                record["corrections"] = fixes[record["story"]["id"]]
            yield record

    def failures(self) -> list[dict[str, Any]]:
        return self.fetch("SELECT source, code, message, at FROM failures ORDER BY source")

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        raise NotImplementedError

    def stories(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return self.fetch(
            "SELECT id, source, title, published, dateline, language, pipeline_version FROM stories"
            " ORDER BY published DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        )

    @staticmethod
    def _where(conditions: list[tuple[str, tuple]]) -> tuple[str, tuple]:
        """A WHERE clause from (condition, parameters) pairs, leaving out those with no parameters
        given; every value goes in as a parameter, never into the SQL text."""
        kept = [(sql, params) for sql, params in conditions if all(p not in (None, "") for p in params)]
        if not kept:
            return "", ()
        return "WHERE " + " AND ".join(f"({sql})" for sql, _ in kept), tuple(p for _, ps in kept for p in ps)

    def actors(self, country: str | None = None, kind: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Actors across stories, one row per name, most widely reported first."""
        clause, params = self._where([("country = ?", (country and country.upper(),)), ("kind = ?", (kind,))])
        return self.fetch(
            f"SELECT name, kind, country, MAX(role) AS role, COUNT(DISTINCT story_id) AS stories,"
            f" SUM(mentions) AS mentions FROM actors {clause}"
            f" GROUP BY name, kind, country ORDER BY stories DESC, mentions DESC, name LIMIT ?",
            (*params, limit),
        )

    def quotes(self, speaker_names: set[str] | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Quotes, newest first; speaker_names (lower case) keeps those whose speaker has one of them."""
        names = sorted(speaker_names or ())
        if speaker_names is not None and not names:
            return []
        where = f"WHERE LOWER(a.name) IN ({', '.join('?' for _ in names)})" if names else ""
        return self.fetch(
            "SELECT q.story_id, q.idx, q.kind, q.text, q.cue, q.span_start, q.span_end, a.name AS speaker,"
            " s.title, s.published FROM quotes q JOIN stories s ON s.id = q.story_id"
            " LEFT JOIN actors a ON a.story_id = q.story_id AND a.actor_id = q.speaker"
            f" {where} ORDER BY s.published DESC, q.story_id, q.idx LIMIT ?",
            (*names, limit),
        )

    def events(self, type: str | None = None, since: str | None = None, until: str | None = None,
               actor: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Events by date; `actor` is a part of the source's or target's name, or their ISO3 code."""
        name = f"%{actor.lower()}%" if actor else None
        code = actor.upper() if actor else None
        clause, params = self._where([
            ("e.type = ?", (type and type.upper(),)),
            ("COALESCE(e.date, s.published) >= ?", (since,)),
            ("COALESCE(e.date, s.published) <= ?", (until and until + "\uffff",)),
            ("LOWER(src.name) LIKE ? OR LOWER(tgt.name) LIKE ? OR src.country = ? OR tgt.country = ?",
             (name, name, code, code)),
        ])
        return self.fetch(
            "SELECT e.story_id, e.idx, e.type, e.date, e.location, e.span_start, e.span_end,"
            " src.name AS source, src.country AS source_country, tgt.name AS target, tgt.country AS target_country,"
            " s.title, s.published, s.source AS story_source FROM events e JOIN stories s ON s.id = e.story_id"
            " LEFT JOIN actors src ON src.story_id = e.story_id AND src.actor_id = e.source"
            " LEFT JOIN actors tgt ON tgt.story_id = e.story_id AND tgt.actor_id = e.target"
            f" {clause} ORDER BY COALESCE(e.date, s.published), e.story_id, e.idx LIMIT ?",
            (*params, limit),
        )

    # -- corrections: analysts' verdicts, kept apart from the machine's output ------------------
    def add_correction(self, story_id: str, section: str, idx: int, field: str, verdict: str,
                       value: str | None = None, note: str | None = None, author: str | None = None) -> int:
        if not self.has(story_id):
            raise StoreError(f"no story {story_id!r} in the archive")
        with self._transaction() as w:
            self._write(
                w,
                "INSERT INTO corrections (story_id, section, idx, field, verdict, value, note, author, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (story_id, section, idx, field, verdict, value, note, author, now()),
            )
            if section == "positions":
                self._write_facts(w, story_id, json.loads(self.scalar("SELECT record FROM stories WHERE id = ?", (story_id,), conn=w)))
            return self.scalar("SELECT MAX(id) FROM corrections", conn=w)

    def corrections(self, story_id: str | None = None) -> list[dict[str, Any]]:
        if story_id:
            return self.fetch("SELECT * FROM corrections WHERE story_id = ? ORDER BY id", (story_id,))
        return self.fetch("SELECT * FROM corrections ORDER BY id")

    @staticmethod
    def words(query: str) -> list[str]:
        """The query as plain words: search syntax of either backend is not passed through."""
        return [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
