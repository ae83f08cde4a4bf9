"""Measure the ingest stage's article extraction on the Zyte article-extraction benchmark.

    .venv/bin/python scripts/eval_extraction.py [--data ../shared/data/article-extraction]
                                                [--mode text|html|both] [--out-dir DIR]

Two cases, each written as JSON Lines ({"story": {"source": ..., "body": ...}}) and scored by
`../shared/tools/evaluate.py extraction ground-truth.json OUT.jsonl` (shingle F1 against the gold
article body):

- text: each page's whole visible text (page-text.json, site chrome included) given to the
  plain-text cleaner as `<key>.txt`; keeping everything scores 0.670.
- html: each html/*.html.gz read through iter_inputs and prepare_story (trafilatura);
  trafilatura alone scores 0.96.

The two cases go to separate files because evaluate.py matches stories by file-name stem.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_DATA = SHARED / "data" / "article-extraction"
EVALUATE = SHARED / "tools" / "evaluate.py"

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules
from own_source import put_first  # noqa: E402

put_first(REPO)  # this repository's src first (a PYTHONPATH naming another is said on stderr)


def _record(source: str, body: str) -> str:
    return json.dumps({"story": {"source": source, "body": body}}, ensure_ascii=False)


def write_text_case(data: Path, out: Path, settings: dict) -> int:
    from coincide.errors import InputError
    from coincide.ingest import RawInput, prepare_story

    pages = json.loads((data / "page-text.json").read_text(encoding="utf-8"))
    failed = 0
    with out.open("w", encoding="utf-8") as fh:
        for key in sorted(pages):
            value = pages[key]
            text = value["articleBody"] if isinstance(value, dict) else value
            raw = RawInput(source=f"{key}.txt", data=text.encode("utf-8"), hint="text")
            try:
                body = prepare_story(raw, settings).body
            except InputError as exc:
                print(f"  {exc.source}: {exc.message}", file=sys.stderr)
                failed += 1
                body = ""
            fh.write(_record(raw.source, body) + "\n")
    return failed


def write_html_case(data: Path, out: Path, settings: dict) -> int:
    from coincide.errors import InputError
    from coincide.ingest import iter_inputs, prepare_story

    failed = 0
    with out.open("w", encoding="utf-8") as fh:
        for item in iter_inputs([str(data / "html")], max_bytes=settings["ingest"]["max_input_bytes"]):
            if isinstance(item, InputError):
                print(f"  {item.source}: {item.message}", file=sys.stderr)
                failed += 1
                fh.write(_record(item.source, "") + "\n")
                continue
            try:
                body = prepare_story(item, settings).body
            except InputError as exc:
                print(f"  {exc.source}: {exc.message}", file=sys.stderr)
                failed += 1
                body = ""
            fh.write(_record(Path(item.source).name, body) + "\n")
    return failed


def score(data: Path, analysis: Path) -> tuple[float, str]:
    """evaluate.py's headline figure and its full report."""
    result = subprocess.run(
        [sys.executable, str(EVALUATE), "extraction", str(data / "ground-truth.json"), str(analysis)],
        check=True, capture_output=True, text=True,
    )
    match = re.search(r"^extraction: ([0-9.]+)$", result.stdout, re.MULTILINE)
    if not match:
        raise RuntimeError(f"evaluate.py printed no headline figure:\n{result.stdout}{result.stderr}")
    return float(match.group(1)), result.stdout


def measure(mode: str, data: Path = DEFAULT_DATA, out_dir: Path | None = None) -> float:
    from coincide.config import load_settings

    # The benchmark measures extraction; some of its pages are not in English, so the language
    # gate (which would refuse them, scoring 0) is switched off here.
    settings = load_settings(overrides={"ingest": {"min_english_ratio": 0.0}})
    out_dir = out_dir or Path(tempfile.mkdtemp(prefix="coincide-extraction-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"extraction-{mode}.jsonl"
    writer = write_text_case if mode == "text" else write_html_case
    failed = writer(data, out, settings)
    figure, report = score(data, out)
    print(f"[{mode}] {out}  (inputs refused: {failed})")
    print(report.rstrip())
    return figure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--out-dir", type=Path, default=None, help="where the JSON Lines go (default: a temp folder)")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists() or not EVALUATE.exists():
        print(f"{args.data} or {EVALUATE} is absent: nothing to measure", file=sys.stderr)
        return 2
    for mode in ("text", "html") if args.mode == "both" else (args.mode,):
        measure(mode, args.data, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
