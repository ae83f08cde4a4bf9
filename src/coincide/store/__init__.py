"""The archive: analysed stories and their extractions, with full-text search.

    store = open_store("coincide.db")        # SQLite (default), nothing to start
    store.add(record)                          # -> "added" | "unchanged" | "replaced"

The store owns its connections: one writer, readers as needed (as Datasette's Database does).
"""

from __future__ import annotations

import os

from .sqlite import SQLiteStore

DEFAULT_DB = "coincide.db"
ENV_VAR = "COINCIDE_DB"

__all__ = ["open_store", "SQLiteStore", "DEFAULT_DB", "ENV_VAR", "default_db"]


def default_db() -> str:
    return os.environ.get(ENV_VAR) or DEFAULT_DB


def open_store(url: str | None = None):
    from ..errors import ConfigError

    url = url or default_db()
    if url.startswith(("postgresql://", "postgres://")):
        raise ConfigError(f"{url.split('@')[-1]}: PostgreSQL archives are not supported yet; use a SQLite file")
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SQLiteStore(url)
