"""From a Story (clean body and metadata) to a StoryRecord: the spaCy model plus coincide's
components. The same plain functions serve the CLI, the archive and a Dask worker.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
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
    ("coincide_coref", "coincide.nlp.coref"),  # chains that quotes, positions and relations read
    ("coincide_quotes", "coincide.nlp.quotes"),
    ("coincide_positions", "coincide.nlp.positions"),
    ("coincide_relations", "coincide.nlp.relations"),
    ("coincide_events", "coincide.nlp.events"),
    ("coincide_figures", "coincide.nlp.figures"),
    ("coincide_topics", "coincide.nlp.topics"),  # last: reads positions, quotes and events
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
    nlp.meta["coincide_max_chunk_chars"] = settings["nlp"]["max_chunk_chars"]
    for factory, module in COMPONENTS:
        importlib.import_module(module)  # registers the factory
        nlp.add_pipe(factory, config=_component_config(factory, settings))
    return nlp


def _component_config(factory: str, settings: dict[str, Any]) -> dict[str, Any]:
    config = dict(settings.get("components", {}).get(factory, {}))
    if factory == "coincide_topics":
        config["user_topics"] = dict(settings.get("topics", {}))
    return config


@functools.lru_cache(maxsize=4)
def _cached_nlp(model: str, max_chunk_chars: int, components: str, user_topics: str = "{}") -> Language:
    return load_nlp({"nlp": {"model": model, "max_chunk_chars": max_chunk_chars},
                     "components": json.loads(components), "topics": json.loads(user_topics)})


def get_nlp(settings: dict[str, Any]) -> Language:
    """One loaded pipeline per process, model, component settings and set of user topics (a
    worker loads it once)."""
    components = json.dumps(settings.get("components", {}), sort_keys=True)
    return _cached_nlp(settings["nlp"]["model"], settings["nlp"]["max_chunk_chars"], components,
                       json.dumps(settings.get("topics", {}), sort_keys=True))


def story_id(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def analyze_story(nlp: Language, story: Story) -> StoryRecord:
    return next(analyze_stories(nlp, [story]))


def analyze_stories(nlp: Language, stories: Iterable[Story], batch_size: int = 16) -> Iterator[StoryRecord]:
    """Analyse stories in order; `nlp.pipe` batches the parse, and a story longer than
    [nlp] max_chunk_chars is parsed in pieces (see parse_long)."""
    limit = nlp.meta.get("coincide_max_chunk_chars") or nlp.max_length - 1
    short: list[Story] = []

    def flush() -> Iterator[StoryRecord]:
        for doc in nlp.pipe((_new_doc(nlp, s) for s in short), batch_size=batch_size):
            yield doc_to_record(doc)
        short.clear()

    for story in stories:
        if not story.id:
            story.id = story_id(story.body)
        if len(story.body) <= limit:
            short.append(story)
            if len(short) >= batch_size:
                yield from flush()
            continue
        yield from flush()
        yield doc_to_record(parse_long(nlp, story, limit))
    yield from flush()


def _new_doc(nlp: Language, story: Story):
    doc = nlp.make_doc(story.body)
    doc._.story = story
    return doc


def split_at_paragraphs(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters that join back to `text` exactly, cut after paragraph
    breaks where there are any, else after line breaks or spaces."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        cut = start + (cut + 1 if cut > 0 else limit)
        while cut < len(text) and text[cut] in " \n":
            cut += 1  # keep the white space with the piece before it
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [p for p in pieces if p]


def parse_long(nlp: Language, story: Story, limit: int):
    """A long story: spaCy's own components on pieces (memory stays that of one piece, time linear),
    the pieces joined into one Doc with offsets into the whole body, then coincide's components."""
    from spacy.tokens import Doc

    ours = {name for name, _ in COMPONENTS}
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in ours]):
        # one piece at a time: batching pieces would parse the whole story at once again
        parts = list(nlp.pipe(split_at_paragraphs(story.body, limit), batch_size=1))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    doc._.story = story
    for name, proc in nlp.pipeline:
        if name in ours:
            doc = proc(doc)
    return doc


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
        topics=list(doc._.topics or []) if doc.has_extension("topics") else [],
    )
