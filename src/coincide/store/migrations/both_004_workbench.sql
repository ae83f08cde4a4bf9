-- The workbench's lists (query.py: allies, network, events by date): the other end of an entity
-- pair, and events by type then story so a type filter reads only its rows.
CREATE INDEX entity_pairs_b ON entity_pairs (entity_b, mode, topic);
CREATE INDEX events_type_story ON events (type, story_id);
CREATE INDEX relations_story ON relations (story_id, actor_a, actor_b)
