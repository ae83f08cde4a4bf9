"""Knowledge coincide ships as data and reads once per process: the topic taxonomy (topics.py)."""

from .topics import Taxonomy, TopicHit, load_taxonomy

__all__ = ["Taxonomy", "TopicHit", "load_taxonomy"]
