#!/usr/bin/env python3
"""CPU seconds the event confidence's parse-read families (words, vectors) would add, on 100 BBC stories.

    .venv/bin/python scripts/event_features_cost.py

A measure, not a timed test: spaCy's parse once, coincide's components before the events once, then
the events component on the same Docs with the families read or not (best of two runs each). The
shipped model reads neither family (coincide.nlp.event_confidence reads only what its model weighs).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules
from own_source import put_first  # noqa: E402

put_first(REPO)  # this repository's src first (a PYTHONPATH naming another is said on stderr)


def main() -> int:
    from coincide.config import load_settings
    from coincide.ingest import iter_inputs, prepare_story
    from coincide.nlp import event_confidence
    from coincide.nlp.events import EventsComponent
    from coincide.pipeline import COMPONENTS, _new_doc, get_nlp

    settings = load_settings()
    nlp = get_nlp(settings)
    paths = sorted((REPO.parent / "shared" / "data" / "bbc-politics").glob("*.txt"))[:100]
    stories = [prepare_story(item, settings) for item in iter_inputs([str(p) for p in paths])]
    ours = {name for name, _ in COMPONENTS}
    start = time.process_time()
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in ours]):
        docs = [nlp(_new_doc(nlp, s)) for s in stories]
    parse = time.process_time() - start
    for doc in docs:
        for name, proc in nlp.pipeline:
            if name == "coincide_events":
                break
            if name in ours:
                proc(doc)
    events = EventsComponent(0.0)
    runs: dict[bool, list[float]] = {False: [], True: []}
    for every in (False, True, False, True):
        event_confidence.READ_EVERY_FAMILY = every
        start = time.process_time()
        for doc in docs:
            events(doc)
        runs[every].append(time.process_time() - start)
    event_confidence.READ_EVERY_FAMILY = False
    without, with_ = min(runs[False]), min(runs[True])
    print(f"{len(docs)} stories: spaCy parse {parse:.2f} CPU s; events without the families {without:.3f} s "
          f"({without / parse:.3f} of the parse), with words and vectors {with_:.3f} s ({with_ / parse:.3f}); "
          f"added {with_ - without:.3f} s ({(with_ - without) / parse:.4f} of the parse)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
