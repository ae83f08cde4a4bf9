-- The same SQL on SQLite and PostgreSQL.
-- The knowledge layer: what the archive writer decides once, so that queries read indexed tables
-- and never the records. Kept in step with each story's record by the writer (store/base.py); an
-- archive made before this version is filled in from its stored records when it is opened.

-- Every identity of every story actor (knowledge/entities.py, `story_idents`): its name key, its
-- other names, its country ("country:RUS"), the party the story names it in an office of.
CREATE TABLE actor_idents (
    story_id  TEXT NOT NULL,
    actor_id  TEXT NOT NULL,
    ident     TEXT NOT NULL,
    via       TEXT NOT NULL,             -- name | alias | country | party
    office    INTEGER NOT NULL,          -- 1: holds an office in the story (speaks for its country)
    PRIMARY KEY (story_id, actor_id, ident)
);
CREATE INDEX actor_idents_ident ON actor_idents (ident, via, story_id);

-- Positions as the comparisons read them (compare.py, `story_facts`), analysts' corrections applied.
CREATE TABLE position_facts (
    story_id   TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    holder     TEXT NOT NULL,
    stance     TEXT NOT NULL,
    issue      TEXT NOT NULL,
    statement  TEXT NOT NULL,
    matter     TEXT NOT NULL,            -- the issue's matter across stories ("tax" for "tax cut")
    want       REAL NOT NULL,            -- +1 more of the matter, -1 less, +-0.5 not less/more, 0 none
    portable   INTEGER NOT NULL,         -- 1: the label means the same outside its story
    sentence   TEXT,
    topics     TEXT NOT NULL,            -- ' topic1 topic2 ' (see position_topics)
    published  TEXT,
    corrected  INTEGER NOT NULL,
    PRIMARY KEY (story_id, idx)
);
CREATE INDEX position_facts_holder ON position_facts (story_id, holder);
CREATE INDEX position_facts_matter ON position_facts (matter);

CREATE TABLE position_topics (
    story_id   TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    topic      TEXT NOT NULL,
    words      TEXT,                     -- JSON list: the words that decided the topic
    PRIMARY KEY (story_id, idx, topic)
);
CREATE INDEX position_topics_topic ON position_topics (topic, story_id);

-- Two actors of one story related on a matter: a stated relation, two positions, a stance on the
-- other's plan. owner_key: a plan's owner named only by a word ("the Tory plans").
CREATE TABLE pair_facts (
    story_id   TEXT NOT NULL,
    n          INTEGER NOT NULL,
    actor_a    TEXT NOT NULL,
    actor_b    TEXT,
    owner_key  TEXT,
    matter     TEXT NOT NULL,
    label      TEXT NOT NULL,
    relation   TEXT NOT NULL,
    basis      TEXT NOT NULL,
    sentences  TEXT NOT NULL,            -- JSON list
    topics     TEXT NOT NULL,
    published  TEXT,
    PRIMARY KEY (story_id, n)
);
CREATE INDEX pair_facts_a ON pair_facts (story_id, actor_a);
CREATE INDEX pair_facts_b ON pair_facts (story_id, actor_b);
CREATE INDEX pair_facts_owner ON pair_facts (owner_key);

-- Name-level evidence, each fact counted once per story and summed (knowledge/entities.py,
-- `name_evidence`); a replaced story's counts are taken back first.
CREATE TABLE name_kinds (
    key        TEXT NOT NULL,
    kind       TEXT NOT NULL,
    country    TEXT NOT NULL,
    stories    INTEGER NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (key, kind, country)
);
CREATE TABLE name_displays (
    key        TEXT PRIMARY KEY,
    display    TEXT NOT NULL
);
CREATE TABLE name_aliases (
    key        TEXT NOT NULL,
    alias      TEXT NOT NULL,
    person     INTEGER NOT NULL,
    stories    INTEGER NOT NULL,
    PRIMARY KEY (key, alias, person)
);
CREATE TABLE name_offices (
    person     TEXT NOT NULL,
    org        TEXT NOT NULL,
    role       TEXT NOT NULL,
    party      INTEGER NOT NULL,
    stories    INTEGER NOT NULL,
    PRIMARY KEY (person, org, role, party)
);

-- Entities, resolved from the evidence above by the writer after each ingest (`refresh_entities`).
CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    country    TEXT,
    party_id   INTEGER,
    stories    INTEGER NOT NULL,
    mentions   INTEGER NOT NULL,
    names      INTEGER NOT NULL
);
CREATE INDEX entities_kind ON entities (kind, stories);
CREATE INDEX entities_country ON entities (country);
CREATE INDEX entities_party ON entities (party_id);
CREATE TABLE entity_keys (
    key        TEXT PRIMARY KEY,
    entity_id  INTEGER NOT NULL,
    evidence   TEXT NOT NULL             -- why this name joined its entity ('' for the first name)
);
CREATE INDEX entity_keys_entity ON entity_keys (entity_id);

-- Analysts' merges and splits, by name key: kept across re-ingest and re-analysis.
CREATE TABLE entity_corrections (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL,            -- merge | split
    key_a      TEXT NOT NULL,
    key_b      TEXT,
    author     TEXT,
    at         TEXT NOT NULL
);

CREATE TABLE knowledge_state (
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL
);
INSERT INTO knowledge_state (name, value) VALUES ('entities_stale', '1')
;

-- Per entity, what the queries count, summed once per refresh of the entities (one row per way a
-- matter is wanted, per topic, per setting of who speaks for whom), so that a comparison or an
-- entity's positions read a few rows whatever the size of the archive. mode: office_holders |
-- everyone | nobody ([knowledge] speak_for). topic '' is every topic.
CREATE TABLE entity_ways (
    mode       TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    topic      TEXT NOT NULL,
    matter     TEXT NOT NULL,
    want       REAL NOT NULL,
    portable   INTEGER NOT NULL,
    stance     TEXT NOT NULL,
    label      TEXT NOT NULL,            -- one of the issue labels (the newest)
    n          INTEGER NOT NULL,
    example    TEXT NOT NULL             -- 'published|story_id|idx' of the newest position
);
CREATE INDEX entity_ways_entity ON entity_ways (entity_id, mode, topic);

-- The newest positions of an entity per matter (at most five), as evidence.
CREATE TABLE entity_examples (
    mode       TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    topic      TEXT NOT NULL,
    matter     TEXT NOT NULL,
    story_id   TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    rank       INTEGER NOT NULL
);
CREATE INDEX entity_examples_entity ON entity_examples (entity_id, mode, topic, matter);

-- Two entities related in one story (pair_facts), counted per matter, relation, basis and label.
CREATE TABLE entity_pairs (
    mode       TEXT NOT NULL,
    entity_a   INTEGER NOT NULL,
    entity_b   INTEGER NOT NULL,
    topic      TEXT NOT NULL,
    matter     TEXT NOT NULL,
    relation   TEXT NOT NULL,
    basis      TEXT NOT NULL,
    label      TEXT NOT NULL,
    n          INTEGER NOT NULL,
    examples   TEXT NOT NULL             -- up to three 'published|story_id|n', newest first, joined by ' '
);
CREATE INDEX entity_pairs_ab ON entity_pairs (entity_a, entity_b, mode, topic);

CREATE TABLE pair_topics (
    story_id   TEXT NOT NULL,
    n          INTEGER NOT NULL,
    topic      TEXT NOT NULL,
    PRIMARY KEY (story_id, n, topic)
);
;

-- Which entity each position counts for, per mode (its holder's names, party, country).
CREATE TABLE entity_positions (
    mode       TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    story_id   TEXT NOT NULL,
    idx        INTEGER NOT NULL
);
CREATE INDEX entity_positions_entity ON entity_positions (entity_id, mode);

-- Which entity each end of a pair (pair_facts) counts for, per mode; side a or b.
CREATE TABLE entity_pair_ends (
    mode       TEXT NOT NULL,
    side       TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    story_id   TEXT NOT NULL,
    n          INTEGER NOT NULL
);
CREATE INDEX entity_pair_ends_story ON entity_pair_ends (story_id, n, side, mode)
