"""From a Story (clean body and metadata) to a StoryRecord: the spaCy model plus coincide's
components. The same plain functions serve the CLI, the archive and a Dask worker.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
from typing import Any, Iterable, Iterator

import spacy
from spacy.language import Language

from . import __version__
from .errors import ModelError
from .nlp import register_extensions
from .records import Story, StoryRecord

# (factory name, module that registers it); order is the pipeline order.
COMPONENTS = [
    ("coincide_actors", "coincide.nlp.actors"),
    ("coincide_quotes", "coincide.nlp.quotes"),
    ("coincide_positions", "coincide.nlp.positions"),
    ("coincide_relations", "coincide.nlp.relations"),
    ("coincide_events", "coincide.nlp.events"),
    ("coincide_figures", "coincide.nlp.figures"),
]


def load_nlp(settings: dict[str, Any]) -> Language:
    register_extensions()
    model = settings["nlp"]["model"]
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: {exc}. Install it, or set [nlp] model in your settings."
        ) from None
    nlp.max_length = max(nlp.max_length, settings["nlp"]["max_chunk_chars"] + 1)
    for factory, module in COMPONENTS:
        importlib.import_module(module)  # registers the factory
        nlp.add_pipe(factory, config=_component_config(factory, settings))
    return nlp


def _component_config(factory: str, settings: dict[str, Any]) -> dict[str, Any]:
    return dict(settings.get("components", {}).get(factory, {}))


@functools.lru_cache(maxsize=4)
def _cached_nlp(model: str, max_chunk_chars: int) -> Language:
    return load_nlp({"nlp": {"model": model, "max_chunk_chars": max_chunk_chars}})


def get_nlp(settings: dict[str, Any]) -> Language:
    """One loaded pipeline per process and model (a worker loads it once)."""
    return _cached_nlp(settings["nlp"]["model"], settings["nlp"]["max_chunk_chars"])


def story_id(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def analyze_story(nlp: Language, story: Story) -> StoryRecord:
    return next(analyze_stories(nlp, [story]))


def analyze_stories(nlp: Language, stories: Iterable[Story], batch_size: int = 16) -> Iterator[StoryRecord]:
    """Analyse stories in order; `nlp.pipe` batches the parse."""

    def docs():
        for story in stories:
            if not story.id:
                story.id = story_id(story.body)
            doc = nlp.make_doc(story.body)
            doc._.story = story
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield doc_to_record(doc)


def doc_to_record(doc) -> StoryRecord:
    return StoryRecord(
        story=doc._.story,
        actors=list(doc._.actors or []),
        quotes=list(doc._.quotes or []),
        positions=list(doc._.positions or []),
        relations=list(doc._.relations or []),
        events=list(doc._.events or []),
        figures=list(doc._.figures or []),
        pipeline_version=__version__,
    )
