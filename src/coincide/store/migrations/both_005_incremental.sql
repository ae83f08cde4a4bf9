-- What changed since the entities were last resolved, so that a refresh re-sums only that
-- (store/knowledge.py, `refresh_entities`): the stories written or replaced since, and, during a
-- refresh, the entities whose sums it must redo. Both are emptied by every refresh.
CREATE TABLE knowledge_dirty (story_id TEXT PRIMARY KEY);
CREATE TABLE knowledge_dirty_entities (entity_id INTEGER PRIMARY KEY);
-- Reads by entity when a refresh takes back the rows of the stories it redoes.
CREATE INDEX entity_positions_story ON entity_positions (story_id);
CREATE INDEX entity_quotes_story ON entity_quotes (story_id);
CREATE INDEX entity_events_story ON entity_events (story_id);
CREATE INDEX entity_edges_a ON entity_edges (entity_a);
CREATE INDEX entity_edges_b ON entity_edges (entity_b);
