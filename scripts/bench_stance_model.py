#!/usr/bin/env python3
"""The stance classifier's own cost, in CPU seconds (load-independent), against the pipeline's:

    .venv/bin/python scripts/bench_stance_model.py

Parses the first 60 BBC politics stories with the shipped settings (classifier off), then runs
coincide.nlp.stance_model.model_positions on each Doc. `make bench` measures the whole pipeline;
this isolates the classifier so its share can be read on a busy machine.
"""
import time, sys
from pathlib import Path
from coincide.config import load_settings
from coincide.pipeline import get_nlp, _new_doc
from coincide.analyze import stories_from_inputs
from coincide.ingest import iter_inputs
from coincide.records import Story
from coincide.nlp.stance_model import model_positions, load_model
s=load_settings()
nlp=get_nlp(s)
items=iter_inputs(['/work/shared/data/bbc-politics'], max_bytes=20000000)
stories=[x for x in stories_from_inputs(items,s) if isinstance(x,Story)][:60]
load_model()
t0=time.process_time(); docs=[nlp(_new_doc(nlp,st)) for st in stories]; t1=time.process_time()
for d in docs: model_positions(d, list(d._.positions))
t2=time.process_time()
print(f"{len(docs)} stories: pipeline (classifier off) {t1-t0:.1f} CPU s, classifier {t2-t1:.2f} CPU s ({100*(t2-t1)/(t1-t0):.1f}%)")
