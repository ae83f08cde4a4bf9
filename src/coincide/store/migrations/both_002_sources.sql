-- The same SQL on SQLite and PostgreSQL.
-- Every input a story was read from: the same story can come from two files or feeds (stored once,
-- keyed by its body), and each input stays accounted for.
CREATE TABLE sources (
    source      TEXT PRIMARY KEY,
    story_id    TEXT NOT NULL,
    title       TEXT,
    seen_at     TEXT NOT NULL
);
CREATE INDEX sources_story ON sources (story_id);
INSERT INTO sources (source, story_id, title, seen_at) SELECT source, id, title, ingested_at FROM stories WHERE source IS NOT NULL
