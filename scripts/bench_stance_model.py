#!/usr/bin/env python3
"""The stance classifier's own cost, in CPU seconds (load-independent), against the pipeline's:

    .venv/bin/python scripts/bench_stance_model.py [--embeddings] [--stories 60]

Parses the first N BBC politics stories (../shared/data/bbc-politics) with the shipped settings,
then runs coincide.nlp.stance_model.model_positions on each Doc with the shipped weights (with
--embeddings, the weights that read each candidate sentence's embedding: stance_embeddings).
`make bench` measures the whole pipeline; this isolates the classifier so its share can be read
on a busy machine.
"""
import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from coincide.analyze import stories_from_inputs  # noqa: E402
from coincide.config import load_settings  # noqa: E402
from coincide.ingest import iter_inputs  # noqa: E402
from coincide.nlp.stance_model import load_model, model_positions  # noqa: E402
from coincide.pipeline import _new_doc, get_nlp  # noqa: E402
from coincide.records import Story  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--embeddings", action="store_true", help="the classifier that reads sentence embeddings")
ap.add_argument("--stories", type=int, default=60)
args = ap.parse_args()
s = load_settings()
nlp = get_nlp(s)
items = iter_inputs([str(REPO.parent / "shared" / "data" / "bbc-politics")], max_bytes=20000000)
stories = [x for x in stories_from_inputs(items, s) if isinstance(x, Story)][:args.stories]
model = load_model(embeddings=args.embeddings)
if model.reads_embeddings:
    from coincide.nlp.embedding import embed
    embed(["warm the model up before the clock starts"])
t0 = time.process_time()
docs = [nlp(_new_doc(nlp, st)) for st in stories]
t1 = time.process_time()
for d in docs:
    model_positions(d, [p for p in d._.positions], model)
t2 = time.process_time()
print(f"{len(docs)} stories: pipeline {t1-t0:.1f} CPU s, classifier{' with embeddings' if args.embeddings else ''} "
      f"{t2-t1:.2f} CPU s ({100*(t2-t1)/(t1-t0):.1f}% of the pipeline)")
