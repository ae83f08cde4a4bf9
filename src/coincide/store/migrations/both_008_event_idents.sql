-- Each event under every identity of its source and its target (actor_idents), with its day and
-- type as in event_days: the events list's actor filter (query.py, `_actor_events`) reads the
-- matching identities' events, sorted, counted and charted, from this index instead of joining
-- every story actor that has one of them to its story's events (a country code names every actor
-- of that country: 135k story actors for GBR on a 20k-story archive). Kept with the story's other
-- derived tables (store/knowledge.py).
CREATE TABLE event_idents (
    ident     TEXT NOT NULL,
    story_id  TEXT NOT NULL,
    idx       INTEGER NOT NULL,
    day       TEXT NOT NULL,             -- as event_days.day
    type      TEXT NOT NULL,
    PRIMARY KEY (ident, story_id, idx)
);
CREATE INDEX event_idents_day ON event_idents (ident, day, story_id, idx, type);
CREATE INDEX event_idents_story ON event_idents (story_id);
INSERT INTO event_idents (ident, story_id, idx, day, type)
SELECT DISTINCT i.ident, e.story_id, e.idx, d.day, d.type
FROM events e JOIN actor_idents i ON i.story_id = e.story_id AND (i.actor_id = e.source OR i.actor_id = e.target)
JOIN event_days d ON d.story_id = e.story_id AND d.idx = e.idx
