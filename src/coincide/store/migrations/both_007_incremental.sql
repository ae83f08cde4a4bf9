-- What changed since the entities were last resolved, so that a refresh re-sums only that
-- (store/knowledge.py, `refresh_entities`): the stories written or replaced since; during a
-- refresh, the entities whose sums it redoes whole, and the (entity, matter) and (entity, entity,
-- matter) sums that new stories add to. All are emptied by every refresh.
CREATE TABLE knowledge_dirty (story_id TEXT PRIMARY KEY);
CREATE TABLE knowledge_dirty_entities (entity_id INTEGER PRIMARY KEY);
CREATE TABLE knowledge_dirty_matters (entity_id INTEGER NOT NULL, matter TEXT NOT NULL, PRIMARY KEY (entity_id, matter));
CREATE TABLE knowledge_dirty_pairs (
    entity_a INTEGER NOT NULL, entity_b INTEGER NOT NULL, matter TEXT NOT NULL, PRIMARY KEY (entity_a, entity_b, matter)
);
-- Reads by story when a refresh takes back the rows of the stories it redoes, and by matter when
-- it re-sums one matter.
CREATE INDEX entity_positions_story ON entity_positions (story_id, idx);
CREATE INDEX entity_quotes_story ON entity_quotes (story_id);
CREATE INDEX entity_events_story ON entity_events (story_id);
-- one row per pair and kind, so that new stories' edges are added to it
CREATE UNIQUE INDEX entity_edges_a ON entity_edges (entity_a, entity_b, kind);
CREATE INDEX entity_edges_b ON entity_edges (entity_b);
CREATE INDEX pair_facts_matter ON pair_facts (matter);
-- One row per topic and per month and type, so that each story write adds its share to them.
CREATE UNIQUE INDEX topic_counts_topic ON topic_counts (topic);
CREATE UNIQUE INDEX event_months_month_type ON event_months (month, type);
-- How many stories write each name key each way (name_displays keeps the most used), so that an
-- entity's name and kind do not depend on the order its stories came in. An older archive starts
-- from the spellings it kept, one story each.
CREATE TABLE name_display_counts (
    key      TEXT NOT NULL,
    display  TEXT NOT NULL,
    stories  INTEGER NOT NULL,
    PRIMARY KEY (key, display)
);
INSERT INTO name_display_counts (key, display, stories) SELECT key, display, 1 FROM name_displays;
