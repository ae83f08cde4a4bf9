"""Plain functions from inputs to records: what the CLI, the archive and a Dask worker call.

Every input gives exactly one record, in input order: a StoryRecord, or an ErrorRecord that names
the input and the problem. One bad input never stops the batch.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any, BinaryIO, Iterable, Iterator, Sequence

from .errors import InputError, UnsupportedLanguage
from .ingest import RawInput, iter_inputs, prepare_story
from .pipeline import analyze_stories, get_nlp
from .records import ErrorRecord, Story, StoryRecord

log = logging.getLogger(__name__)

Result = StoryRecord | ErrorRecord


def error_record(exc: Exception, source: str) -> ErrorRecord:
    if isinstance(exc, InputError):
        language = exc.language if isinstance(exc, UnsupportedLanguage) else None
        return ErrorRecord(source=exc.source or source, code=exc.code, message=exc.message, language=language)
    # An unexpected failure inside the pipeline: keep the batch going, say what broke.
    log.debug("analysis of %s failed:\n%s", source, traceback.format_exc())
    return ErrorRecord(source=source, code="internal", message=f"analysis failed: {type(exc).__name__}: {exc}")


def stories_from_inputs(items: Iterable[RawInput | InputError], settings: dict[str, Any]) -> Iterator[Story | ErrorRecord]:
    for item in items:
        if isinstance(item, InputError):
            yield error_record(item, item.source)
            continue
        try:
            yield prepare_story(item, settings)
        except InputError as exc:
            yield error_record(exc, item.source)
        except Exception as exc:  # a cleaner bug must not sink the batch either
            yield error_record(exc, item.source)


def analyze_chunk(chunk: list[Story | ErrorRecord], settings: dict[str, Any]) -> list[Result]:
    """The unit of work of every engine (this process, a worker process, a Dask worker): a few
    stories through spaCy's nlp.pipe, error records passed through in place."""
    nlp = get_nlp(settings)
    stories = [s for s in chunk if isinstance(s, Story)]
    try:
        done = iter(list(analyze_stories(nlp, stories, batch_size=max(len(stories), 1))))
    except Exception:
        # One story broke the batch: redo it one by one so only that story is lost.
        done = iter([_analyze_one(nlp, s) for s in stories])
    return [item if isinstance(item, ErrorRecord) else next(done) for item in chunk]


def chunks(items: Iterable[Story | ErrorRecord], size: int) -> Iterator[list[Story | ErrorRecord]]:
    """The work units every engine hands out: lists of at most `size` items, in order."""
    chunk: list[Story | ErrorRecord] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyze_items(
    items: Iterable[Story | ErrorRecord],
    settings: dict[str, Any],
    batch_size: int = 16,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Records in input order. engine "local": this process (workers=1) or a pool of `workers`
    processes; engine "dask": a Dask cluster (`scheduler` address, or a local cluster)."""
    if engine == "dask":
        from .distributed import analyze_on_dask

        yield from analyze_on_dask(items, settings, batch_size, workers, scheduler)
        return
    if workers <= 1:
        for chunk in chunks(items, batch_size):
            yield from analyze_chunk(chunk, settings)
        return
    import functools
    import multiprocessing

    # Smaller chunks keep every worker busy; each worker loads the model once.
    size = max(2, min(batch_size, 8))
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(workers) as pool:
        for results in pool.imap(functools.partial(analyze_chunk, settings=settings), chunks(items, size)):
            yield from results


def _analyze_one(nlp, story: Story) -> Result:
    try:
        return next(analyze_stories(nlp, [story]))
    except Exception as exc:
        return error_record(exc, story.source or "<story>")


def analyze_paths(
    paths: Sequence[str],
    settings: dict[str, Any] | None = None,
    stdin: BinaryIO | None = None,
    batch_size: int = 16,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Files, folders (recursively) and "-" (stdin) -> one record per input, in order."""
    from .config import load_settings

    settings = settings or load_settings()
    items = iter_inputs(paths, stdin=stdin, max_bytes=settings["ingest"]["max_input_bytes"],
                        follow_links=settings["ingest"]["follow_links"])
    yield from analyze_items(stories_from_inputs(items, settings), settings, batch_size=batch_size,
                             workers=workers, engine=engine, scheduler=scheduler)


def analyze_text(text: str, settings: dict[str, Any] | None = None, source: str = "<text>", html: bool = False) -> Result:
    """One story given as a string (plain text as scraped, or HTML)."""
    from .config import load_settings

    settings = settings or load_settings()
    raw = RawInput(source=source, data=text.encode("utf-8"), hint="html" if html else None)
    return next(analyze_items(stories_from_inputs([raw], settings), settings))
