"""Analyse inputs into the archive: the plain function behind `coincide ingest`.

Each story is stored in its own transaction, so an ingest killed half-way leaves every story it
finished stored once and nothing half-stored; running it again skips what is there (a story is
keyed by the hash of its clean body and re-analysed only for a newer pipeline version).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO, Iterator, Sequence

from . import __version__
from .analyze import analyze_items, stories_from_inputs
from .ingest import iter_inputs
from .pipeline import story_id
from .records import ErrorRecord, Story
from .store import StoreError

MAX_STORE_FAILURES_IN_A_ROW = 3


@dataclass
class IngestResult:
    source: str
    status: str  # added | replaced | unchanged | failed
    story_id: str | None = None
    message: str | None = None


def ingest_paths(
    paths: Sequence[str], store, settings: dict[str, Any], stdin: BinaryIO | None = None,
    workers: int = 1, engine: str = "local", scheduler: str | None = None,
) -> Iterator[IngestResult]:
    items = iter_inputs(paths, stdin=stdin, max_bytes=settings["ingest"]["max_input_bytes"],
                        follow_links=settings["ingest"]["follow_links"])
    known: list[IngestResult] = []

    def fresh():
        # Stories already stored by this pipeline version are not parsed again.
        for item in stories_from_inputs(items, settings):
            if isinstance(item, Story):
                item.id = item.id or story_id(item.body)
                if store.has(item.id, __version__):
                    store.add_source(item.source or "", item.id, item.title)
                    known.append(IngestResult(item.source or "", "unchanged", item.id))
                    continue
            yield item

    failures_in_a_row = 0
    for result in analyze_items(fresh(), settings, workers=workers, engine=engine, scheduler=scheduler):
        while known:
            yield known.pop(0)
        if isinstance(result, ErrorRecord):
            store.add_failure(result)
            yield IngestResult(result.source, "failed", None, result.message)
            continue
        try:
            status = store.add(result)
        except Exception as exc:
            # A story the database refuses is that story's failure (its transaction rolled back);
            # the same failure story after story means the archive itself is down: stop, resumable.
            failures_in_a_row += 1
            if failures_in_a_row >= MAX_STORE_FAILURES_IN_A_ROW:
                raise StoreError(
                    f"{store.path}: {failures_in_a_row} stories in a row could not be stored, the last with "
                    f"{type(exc).__name__}: {exc}. What was stored is complete; run the ingest again to resume."
                ) from None
            yield IngestResult(result.story.source or "", "failed", result.story.id, f"could not be stored: {exc}")
            continue
        failures_in_a_row = 0
        yield IngestResult(result.story.source or "", status, result.story.id)
    while known:
        yield known.pop(0)
    # the writer resolves entities once per run, from the name evidence the stories added
    store.refresh_entities(if_stale=True)
