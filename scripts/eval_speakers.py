#!/usr/bin/env python3
"""Measure named speakers of quotes against BASIL (basil-dev): is each quoted phrase inside a quote
with the right named person (and, beside it, the right group) as speaker?

    .venv/bin/python scripts/eval_speakers.py                 # the 150 basil-dev articles
    .venv/bin/python scripts/eval_speakers.py --out /tmp/b.jsonl
    .venv/bin/python scripts/eval_speakers.py --reuse /tmp/b.jsonl   # score saved records again
    .venv/bin/python scripts/eval_speakers.py --half tune     # one half only (tune | check | all)

Runs basil-dev/text/*.txt through the same code path as `coincide analyze --json`
(coincide.analyze.analyze_paths, default settings), writes the records as JSON Lines and runs
../shared/tools/evaluate.py speakers on them; its last line `speakers: X` is the share of quoted
phrases whose speaker is a named person that got the right person (group speakers are printed
beside it). Peer figure on basil-dev: textacy 0.13, 0.150.

The 50 stories (150 tellings) are split by story into a tuning half and a checking half
(eval/speakers/basil-halves.json: the positions set's split where a story is labelled there, so
tuning here never reads a checking story of that set, else sha1 of the story id). Without
--half, the figures of the tuning half, the checking half and the whole are printed in turn;
the last line is the whole's. Tune rules on the tuning half only; report both.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BASIL = SHARED / "data" / "basil-dev"
EVALUATE = SHARED / "tools" / "evaluate.py"
HALVES = REPO / "eval" / "speakers" / "basil-halves.json"

sys.path.insert(0, str(REPO / "src"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/coincide-basil-dev.jsonl", help="where to write the records")
    ap.add_argument("--reuse", help="score records written before instead of running the pipeline")
    ap.add_argument("--half", choices=("tune", "check", "all"), help="score one half only")
    args = ap.parse_args(argv)
    if not BASIL.is_dir() or not EVALUATE.is_file():
        print(f"basil-dev or evaluate.py absent under {SHARED}", file=sys.stderr)
        return 2
    out = Path(args.reuse or args.out)
    if not args.reuse:
        from coincide.analyze import analyze_paths
        from coincide.config import load_settings
        from coincide.records import ErrorRecord

        paths = sorted(str(p) for p in (BASIL / "text").glob("*.txt"))
        t0 = time.perf_counter()
        failed = 0
        with out.open("w", encoding="utf-8") as fh:
            for record in analyze_paths(paths, load_settings()):
                if isinstance(record, ErrorRecord):  # named, counted, and the batch goes on
                    failed += 1
                    print(f"{record.source}: {record.message}", file=sys.stderr)
                    continue
                fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        print(f"{len(paths)} articles ({failed} failed), {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    code = 0
    for half in [args.half] if args.half else ["tune", "check", "all"]:
        print(f"--- {half} ---", flush=True)
        done = subprocess.run([sys.executable, str(EVALUATE), "speakers", str(half_dir(half)), str(out)], text=True)
        code = code or done.returncode
    return code


def half_of(story: str) -> str:
    """tune or check for a BASIL story id (the file name without its _1/_2/_3 telling)."""
    halves = json.loads(HALVES.read_text(encoding="utf-8"))
    return "tune" if story in halves["tune"] else "check"


def half_dir(half: str) -> Path:
    """A BASIL-shaped folder holding the annotations of one half (links, under /tmp): evaluate.py
    scores the annotations it finds there."""
    if half == "all":
        return BASIL
    halves = json.loads(HALVES.read_text(encoding="utf-8"))
    keep = set(halves[half])
    root = Path("/tmp") / f"coincide-basil-{half}"
    for ann in sorted((BASIL / "annotations").glob("*/*_ann.json")):
        story = ann.name[: -len("_ann.json")].rsplit("_", 1)[0]
        link = root / "annotations" / ann.parent.name / ann.name
        if story in keep and not link.exists():
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(ann)
        elif story not in keep and link.is_symlink():
            link.unlink()
    return root


if __name__ == "__main__":
    sys.exit(main())
