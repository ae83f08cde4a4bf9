"""The SQLite archive: one file, WAL mode, nothing to start."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from .base import BaseStore, StoreError


class _TimedConnection(sqlite3.Connection):
    """Remembers when its current statement started, for the progress handler's time limit."""

    started: float | None = None
    limit: float | None = None

    def execute(self, *args, **kwargs):
        self.started = time.monotonic()
        return super().execute(*args, **kwargs)


def _over_time(conn: _TimedConnection):
    # SQLite calls this every few thousand VM steps, also while rows are fetched; a true
    # return makes it stop the statement with "interrupted".
    def check() -> int:
        return int(conn.started is not None and time.monotonic() - conn.started > conn.limit)
    return check


class SQLiteStore(BaseStore):
    dialect = "sqlite"
    migrations = ["sqlite_001_initial.sql", "both_002_sources.sql", "both_003_knowledge.sql", "both_004_workbench.sql",
                  "both_005_event_topics.sql", "both_006_counts.sql", "both_007_incremental.sql",
                  "both_008_event_idents.sql"]
    # IMMEDIATE takes the write lock at BEGIN, so two ingests into one file queue instead of failing
    begin_write = "BEGIN IMMEDIATE"
    driver_errors = (sqlite3.Error,)

    # How long opening waits for another process that holds the file (a second ingest into one
    # archive): some of the locks opening takes are refused at once instead of waited for by the
    # driver's timeout (turning a new file to WAL wants it alone; a read that must become a write
    # while another process writes is refused to avoid a deadlock), so the open itself is retried.
    open_wait = 60.0

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.url = self.path
        deadline = time.monotonic() + self.open_wait
        pause = 0.05
        while True:
            try:
                super().__init__()
                return
            except sqlite3.OperationalError as exc:
                writer = getattr(self, "_writer", None)
                if writer is not None:
                    writer.close()
                if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                    raise StoreError(f"{self.path}: cannot open the archive: {exc}") from None
                time.sleep(pause)
                pause = min(pause * 2, 1.0)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: cannot open the archive: {exc}") from None

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=60, check_same_thread=False, isolation_level=None,
                                   factory=_TimedConnection)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot open the archive: {exc}") from None
        # switching to WAL wants the file alone; once it is WAL (it stays so), reading the mode is enough
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _limit_queries(self, conn: _TimedConnection, seconds: float) -> None:
        conn.limit = seconds
        conn.set_progress_handler(_over_time(conn), 10_000)

    def _is_timeout(self, exc: Exception) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)

    def quotes_matching(self, words: list[str]) -> tuple[str, tuple]:
        """SQL keeping the quotes q whose text holds every word, through the full-text index."""
        # the hits' keys from the FTS5 content table by row id: read through search_index, each hit
        # would load its whole text (query._hits says more)
        return ("(q.story_id, q.idx) IN (SELECT c.c0, c.c2 FROM search_index_content c WHERE c.id IN"
                " (SELECT rowid FROM search_index WHERE search_index MATCH ?) AND c.c1 = 'quote')",
                (" ".join(f'"{w}"' for w in words),))

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        words = self.words(query)
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words)
        return self.fetch(
            "SELECT i.story_id, i.section, i.idx, snippet(search_index, 3, '[', ']', '…', 12) AS snippet,"
            " s.title, s.published FROM search_index i JOIN stories s ON s.id = i.story_id"
            " WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
