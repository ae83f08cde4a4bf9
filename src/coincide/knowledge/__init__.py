"""Archive-wide meaning: which names are one actor (entities.py, used by the archive writer) and
the topic taxonomy (topics.py, read once per process)."""

from .topics import Taxonomy, TopicHit, load_taxonomy

__all__ = ["Taxonomy", "TopicHit", "load_taxonomy"]
