-- The workbench's lists (query.py: events, quotes_list, allies, network).
-- An entity pair read from its other end.
CREATE INDEX entity_pairs_b ON entity_pairs (entity_b, mode, topic);
CREATE INDEX relations_story ON relations (story_id, actor_a, actor_b);
-- Stories newest first with a stable order, read from the index (a page stops after its rows).
CREATE INDEX stories_published_id ON stories (published, id);

-- Each event with the day it is dated by: its own date, else its story's, else '' (undated, which
-- sorts before every date). Kept with the story's other derived tables (store/knowledge.py), so the
-- events page sorts, counts and charts from indexes without joining the stories.
CREATE TABLE event_days (
    story_id  TEXT NOT NULL,
    idx       INTEGER NOT NULL,
    type      TEXT NOT NULL,
    day       TEXT NOT NULL,
    source_country TEXT,
    target_country TEXT,
    PRIMARY KEY (story_id, idx)
);
CREATE INDEX event_days_day ON event_days (day, story_id, idx);
CREATE INDEX event_days_type ON event_days (type, day, story_id, idx);
CREATE INDEX event_days_source_country ON event_days (source_country);
CREATE INDEX event_days_target_country ON event_days (target_country);
INSERT INTO event_days (story_id, idx, type, day, source_country, target_country)
SELECT e.story_id, e.idx, e.type, COALESCE(NULLIF(e.date, ''), s.published, ''), src.country, tgt.country
FROM events e JOIN stories s ON s.id = e.story_id
LEFT JOIN actors src ON src.story_id = e.story_id AND src.actor_id = e.source
LEFT JOIN actors tgt ON tgt.story_id = e.story_id AND tgt.actor_id = e.target
;

-- Per entity, the quotes it said and the events it is the source or target of, as [knowledge]
-- speak_for = office_holders counts them (its names, its party's people, a country's office
-- holders): summed when the entities are resolved, so an actor's page reads its newest rows from
-- an index whatever the size of the archive.
CREATE TABLE entity_quotes (
    mode       TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    story_id   TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    published  TEXT NOT NULL             -- the story's date, '' when undated
);
CREATE INDEX entity_quotes_entity ON entity_quotes (entity_id, mode, published, story_id, idx);
CREATE TABLE entity_events (
    mode       TEXT NOT NULL,
    side       TEXT NOT NULL,            -- source | target
    entity_id  INTEGER NOT NULL,
    story_id   TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    day        TEXT NOT NULL             -- as event_days.day
);
CREATE INDEX entity_events_entity ON entity_events (entity_id, mode, side, day, story_id, idx);
UPDATE knowledge_state SET value = '1' WHERE name = 'entities_stale'
;

-- Who supports or criticises whom over the whole archive (query.network without a topic or dates),
-- summed when the entities are resolved.
CREATE TABLE entity_edges (
    entity_a   INTEGER NOT NULL,
    entity_b   INTEGER NOT NULL,
    kind       TEXT NOT NULL,            -- supports | criticises | coincides | diverges
    n          INTEGER NOT NULL,
    stories    INTEGER NOT NULL
);
CREATE INDEX entity_edges_n ON entity_edges (n)
