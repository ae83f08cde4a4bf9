"""The PostgreSQL archive: the same schema and behaviour as SQLite, for when one machine is not
enough (several ingest workers writing, many readers)."""

from __future__ import annotations

import re
from typing import Any

from .base import BaseStore, StoreError


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


class PostgresStore(BaseStore):
    dialect = "postgresql"
    migrations = ["postgres_001_initial.sql", "both_002_sources.sql", "both_003_knowledge.sql", "both_004_workbench.sql",
                  "both_005_event_topics.sql", "both_006_counts.sql", "both_007_incremental.sql",
                  "both_008_event_idents.sql"]
    begin_write = "BEGIN"

    def __init__(self, url: str):
        self.url = url
        self.path = redact(url)
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL archives need psycopg: pip install 'psycopg[binary]'") from None
        self.driver_errors = (psycopg.Error,)
        super().__init__()

    def _connect(self):
        import psycopg

        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{redact(self.url)}: cannot connect to the archive: {str(exc).strip()}") from None

    def _limit_queries(self, conn, seconds: float) -> None:
        # the server cancels the statement itself, so a stuck client thread is not needed to stop it
        conn.execute("SELECT set_config('statement_timeout', %s, false)", (f"{int(seconds * 1000)}ms",))

    def _is_timeout(self, exc: Exception) -> bool:
        import psycopg

        return isinstance(exc, psycopg.errors.QueryCanceled)

    def _is_broken(self, conn) -> bool:
        return conn.closed or conn.broken

    def sql(self, statement: str) -> str:
        return statement.replace("?", "%s")

    def quotes_matching(self, words: list[str]) -> tuple[str, tuple]:
        """SQL keeping the quotes q whose text holds every word, through the full-text index."""
        return ("(q.story_id, q.idx) IN (SELECT story_id, idx FROM search_index WHERE section = 'quote'"
                " AND tsv @@ to_tsquery('english', ?))", (" & ".join(words),))

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        words = self.words(query)
        if not words:
            return []
        tsquery = " & ".join(words)
        return self.fetch(
            "SELECT i.story_id, i.section, i.idx,"
            " ts_headline('english', i.text, to_tsquery('english', ?), 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet,"
            " s.title, s.published FROM search_index i JOIN stories s ON s.id = i.story_id"
            " WHERE i.tsv @@ to_tsquery('english', ?)"
            " ORDER BY ts_rank(i.tsv, to_tsquery('english', ?)) DESC LIMIT ?",
            (tsquery, tsquery, tsquery, limit),
        )
