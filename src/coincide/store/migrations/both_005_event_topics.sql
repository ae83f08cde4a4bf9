-- The same SQL on SQLite and PostgreSQL.
-- Each event's own topics (the coincide_topics component gives every event `topics`): the events
-- page and the network filter events by them, not by the topics of their story's positions. Kept
-- with the story's other derived tables (store/knowledge.py); an older archive is filled from its
-- stored records after this migration (KnowledgeStore._fill_event_topics).
CREATE TABLE event_topics (
    story_id  TEXT NOT NULL,
    idx       INTEGER NOT NULL,
    topic     TEXT NOT NULL,
    PRIMARY KEY (story_id, idx, topic)
);
CREATE INDEX event_topics_topic ON event_topics (topic, story_id, idx)
