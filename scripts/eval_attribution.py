#!/usr/bin/env python3
"""Measure coincide's quotes against PolNeAR attributions (source / cue / content spans).

    .venv/bin/python scripts/eval_attribution.py                     # the 84 dev articles
    .venv/bin/python scripts/eval_attribution.py --split train --limit 60
    .venv/bin/python scripts/eval_attribution.py --full              # every component, not only quotes

Runs the pipeline on each article's text (PolNeAR's text files are already clean article text, so
they become records.Story(source=path, body=text) with no cleaner), writes the story records as
JSON Lines, then runs ../shared/tools/evaluate.py attribution on them and prints its figures.
By default only the components attribution depends on run (coincide_actors, coincide_quotes): the
others cannot change the quotes and would only cost time.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "data" / "polnear"
EVALUATE = SHARED / "tools" / "evaluate.py"
NEEDED = ("coincide_actors", "coincide_quotes")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules
from own_source import put_first  # noqa: E402

put_first(REPO)  # this repository's src first (a PYTHONPATH naming another is said on stderr)


def build_nlp(full: bool):
    from coincide.config import load_settings
    from coincide.pipeline import COMPONENTS, _component_config, load_nlp

    settings = load_settings()
    if full:
        return load_nlp(settings)
    import spacy

    from coincide.nlp import register_extensions

    register_extensions()
    nlp = spacy.load(settings["nlp"]["model"])
    nlp.max_length = max(nlp.max_length, settings["nlp"]["max_chunk_chars"] + 1)
    for factory, module in COMPONENTS:
        if factory not in NEEDED:
            continue
        try:
            importlib.import_module(module)
        except ImportError as exc:  # a component still being written: measure without it, loudly
            print(f"warning: {module} not importable ({exc}); running without {factory}", file=sys.stderr)
            continue
        nlp.add_pipe(factory, config=_component_config(factory, settings))
    return nlp


def articles(split: str, limit: int | None, seed: int) -> tuple[Path, list[str]]:
    gold = POLNEAR / f"attributions-{split}.jsonl"
    names: list[str] = []
    seen = set()
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                name = json.loads(line)["article"]
                if name not in seen:
                    seen.add(name)
                    names.append(name)
    if limit and limit < len(names):
        names = sorted(random.Random(seed).sample(names, limit))
    return gold, names


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=None, help="a random sample of this many articles")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default=None, help="where to write the records (default: a new file coincide-attr-SPLIT-*.jsonl in the "
                    "system's temporary folder, one per run, so two runs at once never share a file)")
    ap.add_argument("--full", action="store_true", help="run every pipeline component")
    args = ap.parse_args(argv)
    if not POLNEAR.is_dir() or not EVALUATE.is_file():
        print(f"PolNeAR data or evaluate.py absent under {SHARED}", file=sys.stderr)
        return 2

    from coincide.pipeline import analyze_stories
    from coincide.records import Story

    gold, names = articles(args.split, args.limit, args.seed)
    if args.out:
        out = Path(args.out)
    else:
        fd, name = tempfile.mkstemp(prefix=f"coincide-attr-{args.split}-", suffix=".jsonl")
        os.close(fd)
        out = Path(name)
    nlp = build_nlp(args.full)
    stories = []
    for name in names:
        path = POLNEAR / "text" / f"{name}.txt"
        stories.append(Story(source=str(path), body=path.read_text(encoding="utf-8")))
    chars = sum(len(s.body) for s in stories)
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for record in analyze_stories(nlp, stories):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    secs = time.perf_counter() - t0
    print(f"{len(stories)} articles, {chars} chars, {secs:.1f} s ({nlp.pipe_names}); records in {out}", file=sys.stderr)

    # evaluate.py counts the gold of every article in the file, so a sample gets only its own rows;
    # and it stops on rows with no content at all (one in dev, an annotation left empty), which it
    # would skip anyway (no source): drop those rows, nothing else.
    picked = set(names)
    sub = out.with_suffix(".gold.jsonl")
    with gold.open(encoding="utf-8") as src, sub.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            row = json.loads(line)
            if row["article"] in picked and row.get("content") and row.get("cue"):
                dst.write(line)
    gold = sub
    done = subprocess.run([sys.executable, str(EVALUATE), "attribution", str(gold), str(out)], text=True)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
