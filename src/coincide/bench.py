"""`make bench`: throughput of the pipeline against the bare spaCy parse, and the cost of each stage.

    python -m coincide.bench [--corpus DIR] [--limit N]

The floor is spaCy's own `nlp.pipe` with the same model: nothing coincide does can be faster than
parsing. Each coincide component is then timed on its own, so a stage that costs more than the
parse shows up by name. Defaults to ../shared/data/bbc-politics.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

# ../shared next to the checkout (make bench runs from the repository root)
DEFAULT_CORPUS = Path.cwd().parent / "shared" / "data" / "bbc-politics"


def load_stories(corpus: Path, limit: int | None, settings):
    from .analyze import stories_from_inputs
    from .ingest import iter_inputs
    from .records import Story

    items = iter_inputs([str(corpus)], max_bytes=settings["ingest"]["max_input_bytes"])
    stories = [s for s in stories_from_inputs(items, settings) if isinstance(s, Story)]
    return stories[:limit] if limit else stories


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bench: corpus {args.corpus} is absent; pass --corpus DIR", file=sys.stderr)
        return 2

    import spacy

    from .config import load_settings
    from .pipeline import load_nlp

    settings = load_settings()
    stories = load_stories(args.corpus, args.limit, settings)
    texts = [s.body for s in stories]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {args.corpus} — {len(texts)} stories, {words:,} words")
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"model {settings['nlp']['model']}")

    bare = spacy.load(settings["nlp"]["model"])
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=16):
        pass
    bare_s = time.perf_counter() - t0

    nlp = load_nlp(settings)
    from .pipeline import analyze_stories

    t0 = time.perf_counter()
    for _ in analyze_stories(nlp, stories):
        pass
    full_s = time.perf_counter() - t0

    # Stage by stage, one doc at a time, to name what each component costs.
    stage = defaultdict(float)
    for story in stories:
        doc = nlp.make_doc(story.body)
        doc._.story = story
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            stage[name] += time.perf_counter() - t
    parse_s = sum(v for k, v in stage.items() if not k.startswith("coincide_"))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(texts)
    print()
    print(f"{'run':34s} {'stories/s':>10s} {'ratio to bare parse':>20s}")
    print(f"{'bare spaCy nlp.pipe':34s} {n / bare_s:10.1f} {1.0:20.2f}")
    print(f"{'coincide pipeline, 1 process':34s} {n / full_s:10.1f} {bare_s / full_s:20.2f}")
    print()
    print(f"{'stage (unbatched)':34s} {'seconds':>10s} {'share of parse':>20s}")
    for name, secs in stage.items():
        print(f"{name:34s} {secs:10.2f} {secs / parse_s:20.2f}")
    print(f"\npeak memory (this process): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
