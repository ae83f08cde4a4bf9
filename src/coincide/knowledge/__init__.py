"""Archive-wide meaning, decided once by the archive writer: which names are one actor
(entities.py) and what positions, quotes and events are about (topics.py)."""
