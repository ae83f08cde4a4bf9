"""The archive: analysed stories and their extractions, with full-text search.

    store = open_store("coincide.db")                     # SQLite (default): a file, nothing to start
    store = open_store("postgresql://user@host/coincide")  # PostgreSQL: same schema and behaviour
    store.add(record)                                       # -> "added" | "unchanged" | "replaced"

The store owns its connections: one writer, a reader per thread (as Datasette's Database does).
"""

from __future__ import annotations

import os

from .base import BaseStore, StoreError
from .sqlite import SQLiteStore

DEFAULT_DB = "coincide.db"
ENV_VAR = "COINCIDE_DB"

__all__ = ["open_store", "default_db", "BaseStore", "SQLiteStore", "StoreError", "DEFAULT_DB", "ENV_VAR"]


def default_db() -> str:
    return os.environ.get(ENV_VAR) or DEFAULT_DB


def open_store(url: str | None = None) -> BaseStore:
    url = url or default_db()
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SQLiteStore(url)
