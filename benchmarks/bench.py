"""`make bench`: throughput and memory of the pipeline against the bare spaCy parse (issue 7).

    python benchmarks/bench.py [--corpus DIR] [--limit N] [--quick] [--skip-stages]

The floor is spaCy's own `nlp.pipe` with the same model: nothing coincide does can be faster than
parsing. Against it: `coincide analyze` with 1 and 2 workers (analyze.analyze_items), ingest into
SQLite from the files (archive.ingest_paths: read, clean, analyse, store), how the time per story
grows with 1x, 2x and 4x the corpus, and one story of 50,000 words (time per word against the
corpus'). Each run is its own fresh process, so its peak memory is its own: for one worker the
process' peak RSS, for a pool the largest worker's (ru_maxrss of the reaped children). Each
coincide component is then timed on its own, so a stage that costs more than the parse shows up by
name. Defaults to ../shared/data/bbc-politics.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# ../shared next to the checkout (this file is benchmarks/bench.py in it)
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-politics"
LONG_STORY_WORDS = 50_000


def load_stories(corpus: Path, limit: int | None, settings):
    from coincide.analyze import stories_from_inputs
    from coincide.ingest import iter_inputs
    from coincide.records import Story

    items = iter_inputs([str(corpus)], max_bytes=settings["ingest"]["max_input_bytes"])
    stories = [s for s in stories_from_inputs(items, settings) if isinstance(s, Story)]
    return stories[:limit] if limit else stories


def grown(stories, factor: int):
    """The corpus `factor` times over; each copy after the first changed by one sentence so no
    two stories are the same text (the same body twice would be one story to the archive)."""
    from dataclasses import replace

    out = list(stories)
    for copy in range(1, factor):
        for story in stories:
            body = f"{story.body}\n\nThis report was updated {copy} times since it was first published."
            out.append(replace(story, id=None, body=body))
    return out


def long_story(stories, words: int):
    """One story of about `words` words: the corpus' bodies one after another, cut at a paragraph."""
    from dataclasses import replace

    paragraphs, count = [], 0
    while count < words:
        for story in stories:
            for para in story.body.split("\n\n"):
                paragraphs.append(para)
                count += len(para.split())
                if count >= words:
                    break
            if count >= words:
                break
    return replace(stories[0], id=None, source="<long story>", body="\n\n".join(paragraphs))


def _mb(kilobytes: float) -> float:
    return kilobytes / 1024  # ru_maxrss is in KiB on Linux


# --- runs, each in a fresh process -------------------------------------------------------------

def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _run(kind: str, stories, settings, workers: int, extra, queue) -> None:
    queue.put(_measure(kind, stories, settings, workers, extra))


def _measure(kind: str, stories, settings, workers: int, extra) -> dict:
    # CPU seconds next to wall seconds: on a shared machine a slow wall time with few CPU
    # seconds means the run waited for a core, not that the code got slower.
    load = os.getloadavg()[0]
    result = _timed(kind, stories, settings, workers, extra)
    result.update(load=load, self_mb=_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
                  child_mb=_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    return result


def _timed(kind: str, stories, settings, workers: int, extra) -> dict:
    t0 = time.perf_counter()
    done = 0
    if kind == "bare":
        import spacy

        nlp = spacy.load(settings["nlp"]["model"])
        nlp.max_length = max(nlp.max_length, max(len(s.body) for s in stories) + 1)
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        cpu0 = _cpu()
        for _ in nlp.pipe((s.body for s in stories), batch_size=16):
            done += 1
    elif kind == "analyze":
        from coincide.analyze import analyze_items
        from coincide.pipeline import get_nlp

        # The model load is not throughput. Loaded here, a forked pool's workers inherit it
        # (copy-on-write) instead of each loading its own inside the timing.
        get_nlp(settings)
        load_s = time.perf_counter() - t0
        t0, cpu0 = time.perf_counter(), _cpu()
        for _ in analyze_items(iter(stories), settings, workers=workers):
            done += 1
    elif kind == "ingest":
        from coincide.archive import ingest_paths
        from coincide.pipeline import get_nlp
        from coincide.store import open_store

        get_nlp(settings)
        load_s = time.perf_counter() - t0
        with tempfile.TemporaryDirectory(prefix="coincide-bench-") as folder:
            store = open_store(str(Path(folder) / "bench.db"))
            t0, cpu0 = time.perf_counter(), _cpu()
            statuses: dict[str, int] = defaultdict(int)
            for result in ingest_paths([str(extra)], store, settings, workers=workers):
                statuses[result.status] += 1
                done += 1
            seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
            store.close()
        return {"seconds": seconds, "cpu_s": cpu, "done": done, "load_s": load_s, "statuses": dict(statuses)}
    else:
        raise ValueError(kind)
    return {"seconds": time.perf_counter() - t0, "cpu_s": _cpu() - cpu0, "done": done, "load_s": load_s}


def run(kind: str, stories, settings, workers: int = 1, extra=None) -> dict:
    # spawn, not fork: a forked child would start with this process' memory (and its model).
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_run, args=(kind, stories, settings, workers, extra, queue))
    process.start()
    result = queue.get()
    process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"bench run {kind} failed with exit code {process.exitcode}")
    # Memory per worker: the process itself with one worker; the largest pool worker with more.
    result["worker_mb"] = result["self_mb"] if workers <= 1 else result["child_mb"]
    return result


# the stage table's row for the cyclic garbage collector's pauses (not a component)
GC_ROW = "(cyclic garbage collector, all stages)"


def stage_costs(nlp, stories) -> dict[str, float]:
    """Seconds per component, one doc at a time, to name what each costs; the garbage collector's
    pauses under GC_ROW. A full collection walks every live object (hundreds of thousands once a
    long story is parsed) and lands in whichever stage allocates the object that trips it: counted
    in that stage, it made a linear one look superlinear (coincide_topics, 2026-12-02)."""
    stage: dict[str, float] = defaultdict(float)
    paused, began = [0.0], [0.0]

    def on_collection(phase: str, info: dict) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            paused[0] += time.perf_counter() - began[0]

    gc.callbacks.append(on_collection)
    try:
        for story in stories:
            doc = nlp.make_doc(story.body)
            doc._.story = story
            for name, proc in nlp.pipeline:
                t, paused_before = time.perf_counter(), paused[0]
                doc = proc(doc)
                pause = paused[0] - paused_before
                stage[name] += time.perf_counter() - t - pause
                stage[GC_ROW] += pause
    finally:
        gc.callbacks.remove(on_collection)
    return dict(stage)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        memory = float("nan")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({model}), {memory:.1f} GiB, {platform.machine()}, "
            f"{platform.python_implementation()} {platform.python_version()}; load average at start {load}")


def main(argv=None) -> int:
    """The bench as a script: each run, then its tables, in the order they print. One piece because
    it is the report itself: every figure is printed where it is measured."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use the first N stories only")
    parser.add_argument("--quick", action="store_true",
                        help="a smaller run (80 stories, a 20,000-word long story) to check the bench itself")
    parser.add_argument("--skip-stages", action="store_true", help="leave out the stage-by-stage costs")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bench: corpus {args.corpus} is absent; pass --corpus DIR", file=sys.stderr)
        return 2
    limit = args.limit or (80 if args.quick else None)
    long_words = 20_000 if args.quick else LONG_STORY_WORDS

    from coincide.config import load_settings

    settings = load_settings()
    started = time.perf_counter()
    t0 = time.perf_counter()
    stories = load_stories(args.corpus, limit, settings)
    clean_s = time.perf_counter() - t0
    n = len(stories)
    words = sum(len(s.body.split()) for s in stories)
    print(f"corpus: {args.corpus} — {n} stories, {words:,} words (read and cleaned in {clean_s:.1f} s)")
    print(f"machine: {machine()}")
    print(f"model {settings['nlp']['model']}", flush=True)

    ingest_corpus = args.corpus
    temp = None
    if limit:
        # ingest reads files: give it the same stories as files
        temp = tempfile.TemporaryDirectory(prefix="coincide-bench-corpus-")
        ingest_corpus = Path(temp.name)
        for i, story in enumerate(stories):
            (ingest_corpus / f"{i:05d}.txt").write_text((story.title or "") + "\n\n" + story.body, encoding="utf-8")

    rows = []

    def row(label, result, count, count_words):
        secs = result["seconds"]
        rows.append((label, count / secs, secs / count_words * 1000, result["worker_mb"], result["cpu_s"]))
        print(f"  {label}: {secs:.1f} s ({result['cpu_s']:.1f} CPU s), {count / secs:.1f} stories/s, "
              f"peak {result['worker_mb']:.0f} MB per worker, load average before {result['load']:.2f}", flush=True)
        return result

    bare = row("bare spaCy nlp.pipe (the floor)", run("bare", stories, settings), n, words)
    one = row("coincide analyze, 1 worker", run("analyze", stories, settings, 1), n, words)
    two = row("coincide analyze, 2 workers", run("analyze", stories, settings, 2), n, words)
    ingest = row("ingest into SQLite (files -> archive), 1 worker",
                 run("ingest", None, settings, 1, extra=ingest_corpus), n, words)
    if ingest["done"] != n:
        print(f"  (ingest gave {ingest['done']} results for {n} stories: {ingest.get('statuses')})")

    growth = [(1, one)]
    for factor in (2, 4):
        more = grown(stories, factor)
        result = run("analyze", more, settings, 1)
        growth.append((factor, result))
        print(f"  analyze {factor}x: {result['seconds']:.1f} s ({result['cpu_s']:.1f} CPU s), "
              f"{result['seconds'] / len(more) * 1000:.0f} ms per story, load average before {result['load']:.2f}", flush=True)

    big = long_story(stories, long_words)
    big_words = len(big.body.split())
    big_bare = run("bare", [big], settings)
    big_one = run("analyze", [big], settings, 1)
    print(f"  one story of {big_words:,} words: parse {big_bare['seconds']:.1f} s, "
          f"pipeline {big_one['seconds']:.1f} s", flush=True)

    bare_rate = n / bare["seconds"]
    print()
    print("| run | stories/s | ratio to bare parse | ms per 1,000 words | CPU seconds | peak MB per worker |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, rate, ms_kw, mb, cpu in rows:
        print(f"| {label} | {rate:.1f} | {rate / bare_rate:.2f} | {ms_kw * 1000:.0f} | {cpu:.1f} | {mb:.0f} |")
    speedup = one["seconds"] / two["seconds"]
    print(f"\n2 workers against 1: {speedup:.2f}x (linear would be 2.00x; this machine has {os.cpu_count()} cores)")

    print("\nHow it grows (coincide analyze, 1 worker):\n")
    print("| input | stories | words | seconds | CPU seconds | ms per story | against 1x |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    base_ms = one["seconds"] / n * 1000
    for factor, result in growth:
        ms = result["seconds"] / (n * factor) * 1000
        print(f"| corpus {factor}x | {n * factor} | {words * factor:,} | {result['seconds']:.1f} | {result['cpu_s']:.1f} | {ms:.0f} | {ms / base_ms:.2f} |")
    corpus_us = one["seconds"] / words * 1e6
    corpus_bare_us = bare["seconds"] / words * 1e6
    print("\n| one long story | words | seconds | µs per word | against the corpus |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, result, base in (("bare parse", big_bare, corpus_bare_us), ("coincide pipeline", big_one, corpus_us)):
        us = result["seconds"] / big_words * 1e6
        print(f"| {label} | {big_words:,} | {result['seconds']:.1f} | {us:.0f} | {us / base:.2f} |")
    print(f"\n(long story, peak memory: bare parse {big_bare['worker_mb']:.0f} MB, pipeline {big_one['worker_mb']:.0f} MB)")

    if not args.skip_stages:
        from coincide.pipeline import load_nlp

        nlp = load_nlp(settings)
        stage = stage_costs(nlp, stories)
        long_stage = stage_costs(nlp, [big])
        parse_s = sum(v for k, v in stage.items() if not k.startswith("coincide_") and k != GC_ROW)
        print(f"\nStage by stage, one story at a time; µs per word on the corpus and on the long story "
              f"(a ratio well above 1 is time that grows faster than the text):\n")
        print("| stage | seconds (corpus) | share of the parse | µs per word (corpus) | µs per word (long story) | ratio |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")

        def line(name, secs, long_secs):
            us, long_us = secs / words * 1e6, long_secs / big_words * 1e6
            ratio = long_us / us if us else float("nan")
            print(f"| {name} | {secs:.2f} | {secs / parse_s:.2f} | {us:.1f} | {long_us:.1f} | {ratio:.2f} |")

        for name, secs in stage.items():
            if name != GC_ROW:
                line(name, secs, long_stage.get(name, 0.0))
        ours = [k for k in stage if k.startswith("coincide_")]
        line("coincide components together", sum(stage[k] for k in ours), sum(long_stage.get(k, 0.0) for k in ours))
        line(GC_ROW, stage.get(GC_ROW, 0.0), long_stage.get(GC_ROW, 0.0))
    if temp is not None:
        temp.cleanup()
    print(f"\nbench took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
