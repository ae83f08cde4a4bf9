-- The same SQL on SQLite and PostgreSQL.
-- Counts over the whole archive that every workbench page shows (the topic choices, the events
-- chart), summed when the entities are resolved, so a page never groups every position or event.
CREATE TABLE topic_counts (
    topic      TEXT NOT NULL,
    positions  INTEGER NOT NULL,
    stories    INTEGER NOT NULL,
    support    INTEGER NOT NULL,
    oppose     INTEGER NOT NULL
);
CREATE INDEX topic_counts_positions ON topic_counts (positions);
CREATE TABLE event_months (
    month      TEXT NOT NULL,            -- YYYY-MM of event_days.day, '' when undated
    type       TEXT NOT NULL,
    n          INTEGER NOT NULL
);
UPDATE knowledge_state SET value = '1' WHERE name = 'entities_stale'
;
-- A story's date by its id from a narrow index (search's year facet and date sort join each hit's story).
CREATE INDEX stories_id_published ON stories (id, published)
