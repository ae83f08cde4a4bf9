"""The SQLite archive: one file, WAL mode, one writer connection and a reader per thread."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from ..errors import CoincideError
from ..records import ErrorRecord, StoryRecord

MIGRATIONS = ["sqlite_001_initial.sql"]


class StoreError(CoincideError):
    """The archive cannot be opened or written."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    def __init__(self, path: str | Path):
        self.path = str(path)
        self._write_lock = threading.Lock()
        self._local = threading.local()
        try:
            self._writer = self._connect()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the archive: {exc}") from None

    # -- connections -------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

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

    # -- schema ------------------------------------------------------------------------------
    def _migrate(self) -> None:
        w = self._writer
        w.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
        done = {row[0] for row in w.execute("SELECT version FROM schema_migrations")}
        for version, name in enumerate(MIGRATIONS, start=1):
            if version in done:
                continue
            sql = resources.files("coincide.store").joinpath("migrations", name).read_text(encoding="utf-8")
            with self._write_lock:
                w.execute("BEGIN IMMEDIATE")
                try:
                    # re-check under the lock: another process may have migrated meanwhile
                    if not w.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                        for statement in _split_sql(sql):
                            w.execute(statement)
                        w.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
                    w.execute("COMMIT")
                except BaseException:
                    w.execute("ROLLBACK")
                    raise

    def schema_version(self) -> int:
        return self.reader().execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0]

    # -- writing -----------------------------------------------------------------------------
    def add(self, record: StoryRecord) -> str:
        """Store one analysed story in one transaction: "added", "unchanged" or "replaced"."""
        story = record.story
        data = record.to_dict()
        with self._write_lock:
            w = self._writer
            w.execute("BEGIN IMMEDIATE")
            try:
                row = w.execute("SELECT pipeline_version FROM stories WHERE id = ?", (story.id,)).fetchone()
                if row is not None and row[0] == record.pipeline_version:
                    w.execute("DELETE FROM failures WHERE source = ?", (story.source,))
                    w.execute("COMMIT")
                    return "unchanged"
                if row is not None:
                    w.execute("DELETE FROM stories WHERE id = ?", (story.id,))
                    w.execute("DELETE FROM search_index WHERE story_id = ?", (story.id,))
                self._insert(w, record, data)
                w.execute("DELETE FROM failures WHERE source = ?", (story.source,))
                w.execute("COMMIT")
            except BaseException:
                w.execute("ROLLBACK")
                raise
        return "added" if row is None else "replaced"

    def add_failure(self, error: ErrorRecord) -> None:
        with self._write_lock:
            self._writer.execute(
                "INSERT INTO failures (source, code, message, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET code = excluded.code, message = excluded.message, at = excluded.at",
                (error.source, error.code, error.message, _now()),
            )

    def _insert(self, w: sqlite3.Connection, record: StoryRecord, data: dict[str, Any]) -> None:
        s = record.story
        sid = s.id
        w.execute(
            "INSERT INTO stories (id, source, title, published, dateline, byline, language, body, pipeline_version, record, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, s.source, s.title, s.published, s.dateline, s.byline, s.language, s.body,
             record.pipeline_version, json.dumps(data, ensure_ascii=False), _now()),
        )
        w.executemany(
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, a.id, a.name, a.kind, a.country, a.role, a.code, json.dumps(a.aliases, ensure_ascii=False), len(a.mentions))
             for a in record.actors],
        )
        w.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, i, q.speaker, json.dumps(q.speakers), q.kind, q.text, q.span[0], q.span[1], q.cue, q.addressee)
             for i, q in enumerate(record.quotes)],
        )
        w.executemany(
            "INSERT INTO positions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, i, p.holder, p.stance, p.issue, p.statement, p.span[0], p.span[1], p.quote)
             for i, p in enumerate(record.positions)],
        )
        w.executemany(
            "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, i, r.actors[0], r.actors[1], r.relation, r.issue, r.basis,
              r.span[0] if r.span else None, r.span[1] if r.span else None)
             for i, r in enumerate(record.relations) if len(r.actors) >= 2],
        )
        w.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, i, e.type, e.source, e.target, e.date, e.location, e.span[0], e.span[1])
             for i, e in enumerate(record.events)],
        )
        w.executemany(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sid, i, f.value, f.unit, f.about, f.qualifier, f.place, f.source, f.span[0], f.span[1])
             for i, f in enumerate(record.figures)],
        )
        rows = [(sid, "story", 0, f"{s.title or ''}\n{s.body}")]
        rows += [(sid, "quote", i, q.text) for i, q in enumerate(record.quotes)]
        rows += [(sid, "position", i, f"{p.issue}\n{p.statement}") for i, p in enumerate(record.positions)]
        w.executemany("INSERT INTO search_index (story_id, section, idx, text) VALUES (?, ?, ?, ?)", rows)

    # -- reading -----------------------------------------------------------------------------
    def has(self, story_id: str, pipeline_version: str | None = None) -> bool:
        row = self.reader().execute("SELECT pipeline_version FROM stories WHERE id = ?", (story_id,)).fetchone()
        return row is not None and (pipeline_version is None or row[0] == pipeline_version)

    def count(self, table: str = "stories") -> int:
        if table not in {"stories", "actors", "quotes", "positions", "relations", "events", "figures", "failures"}:
            raise ValueError(table)
        return self.reader().execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def record(self, story_id: str) -> dict[str, Any] | None:
        row = self.reader().execute("SELECT record FROM stories WHERE id = ?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def records(self) -> Iterator[dict[str, Any]]:
        for row in self.reader().execute("SELECT record FROM stories ORDER BY published, id"):
            yield json.loads(row[0])

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search; the query is taken as words (FTS5 syntax is quoted away)."""
        words = [w for w in query.replace('"', " ").split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        rows = self.reader().execute(
            "SELECT i.story_id, i.section, i.idx, snippet(search_index, 3, '[', ']', '…', 12) AS snippet,"
            " s.title, s.published FROM search_index i JOIN stories s ON s.id = i.story_id"
            " WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.reader().execute("SELECT * FROM failures ORDER BY source")]


def _split_sql(sql: str) -> list[str]:
    """Statements of a migration file (no semicolons inside strings in our migrations)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
