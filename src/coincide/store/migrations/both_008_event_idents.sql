-- Each event under every identity of its source and its target (actor_idents): the events list's
-- actor filter (query.py, `_actor_events`) reads the matching identities' events from this index
-- instead of joining every actor that has one of them (a country code names every actor of that
-- country: 135k story actors for GBR on a 20k-story archive) to its story's events. Kept with the
-- story's other derived tables (store/knowledge.py).
CREATE TABLE event_idents (
    ident     TEXT NOT NULL,
    story_id  TEXT NOT NULL,
    idx       INTEGER NOT NULL,
    PRIMARY KEY (ident, story_id, idx)
);
CREATE INDEX event_idents_story ON event_idents (story_id);
INSERT INTO event_idents (ident, story_id, idx)
SELECT DISTINCT i.ident, e.story_id, e.idx
FROM events e JOIN actor_idents i ON i.story_id = e.story_id AND (i.actor_id = e.source OR i.actor_id = e.target)
