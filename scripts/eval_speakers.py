#!/usr/bin/env python3
"""Measure named speakers of quotes against BASIL (basil-dev): is each quoted phrase inside a quote
with the right named person (and, beside it, the right group) as speaker?

    .venv/bin/python scripts/eval_speakers.py                 # the 150 basil-dev articles
    .venv/bin/python scripts/eval_speakers.py --out /tmp/b.jsonl
    .venv/bin/python scripts/eval_speakers.py --reuse /tmp/b.jsonl   # score saved records again

Runs basil-dev/text/*.txt through the same code path as `coincide analyze --json`
(coincide.analyze.analyze_paths, default settings), writes the records as JSON Lines and runs
../shared/tools/evaluate.py speakers on them; its last line `speakers: X` is the share of quoted
phrases whose speaker is a named person that got the right person (group speakers are printed
beside it). Peer figure on basil-dev: textacy 0.13, 0.150.
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

sys.path.insert(0, str(REPO / "src"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/coincide-basil-dev.jsonl", help="where to write the records")
    ap.add_argument("--reuse", help="score records written before instead of running the pipeline")
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
    done = subprocess.run([sys.executable, str(EVALUATE), "speakers", str(BASIL), str(out)], text=True)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
