-- The archive, version 1. A story is keyed by the sha256 of its clean body; its extractions are
-- replaced as a whole when a newer pipeline re-analyses it, so they always come from one version.
CREATE TABLE stories (
    id               TEXT PRIMARY KEY,
    source           TEXT,
    title            TEXT,
    published        TEXT,
    dateline         TEXT,
    byline           TEXT,
    language         TEXT,
    body             TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    record           TEXT NOT NULL,      -- the whole story record as JSON (the contract)
    ingested_at      TEXT NOT NULL
);
CREATE INDEX stories_published ON stories (published);

CREATE TABLE actors (
    story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    actor_id  TEXT NOT NULL,
    name      TEXT NOT NULL,
    kind      TEXT,
    country   TEXT,
    role      TEXT,
    code      TEXT,
    aliases   TEXT,                      -- JSON list
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (story_id, actor_id)
);
CREATE INDEX actors_name ON actors (name);
CREATE INDEX actors_country ON actors (country);

CREATE TABLE quotes (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    speaker     TEXT,
    speakers    TEXT,                    -- JSON list of actor ids
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    cue         TEXT,
    addressee   TEXT,
    PRIMARY KEY (story_id, idx)
);

CREATE TABLE positions (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    holder      TEXT NOT NULL,
    stance      TEXT NOT NULL,
    issue       TEXT NOT NULL,
    statement   TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    quote_idx   INTEGER,
    PRIMARY KEY (story_id, idx)
);
CREATE INDEX positions_issue ON positions (issue);

CREATE TABLE relations (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    actor_a     TEXT NOT NULL,
    actor_b     TEXT NOT NULL,
    relation    TEXT NOT NULL,
    issue       TEXT,
    basis       TEXT,
    span_start  INTEGER,
    span_end    INTEGER,
    PRIMARY KEY (story_id, idx)
);

CREATE TABLE events (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    source      TEXT,
    target      TEXT,
    date        TEXT,
    location    TEXT,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    PRIMARY KEY (story_id, idx)
);
CREATE INDEX events_type ON events (type);

CREATE TABLE figures (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT,
    about       TEXT,
    qualifier   TEXT,
    place       TEXT,
    source      TEXT,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    PRIMARY KEY (story_id, idx)
);

-- Inputs that could not be analysed, so a run can be reviewed and resumed.
CREATE TABLE failures (
    source      TEXT PRIMARY KEY,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    at          TEXT NOT NULL
);

-- Analysts' corrections, apart from the machine's output: keyed by story and item, never deleted
-- by a re-analysis.
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id    TEXT NOT NULL,
    section     TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    field       TEXT NOT NULL,
    verdict     TEXT NOT NULL,           -- wrong | value
    value       TEXT,
    note        TEXT,
    author      TEXT,
    at          TEXT NOT NULL
);
CREATE INDEX corrections_story ON corrections (story_id);

-- Full-text search over bodies, quotes and positions (kept in step by the store, not triggers,
-- so that a re-analysis replaces them in the same transaction).
CREATE VIRTUAL TABLE search_index USING fts5 (
    story_id UNINDEXED, section UNINDEXED, idx UNINDEXED, text,
    tokenize = 'porter unicode61'
);
