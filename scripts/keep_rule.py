#!/usr/bin/env python3
"""Every figure a keep rule reads, for two commits side by side, in one command.

    .venv/bin/python scripts/keep_rule.py main my-branch --out /tmp/keep      # measure both, print the table
    .venv/bin/python scripts/keep_rule.py main my-branch --out /tmp/keep --only positions,basil
    .venv/bin/python scripts/keep_rule.py --table /tmp/keep/<base sha> /tmp/keep/<new sha>  # print again

Sessions 41-45 measured each speaker, actor or positions rule by hand with the same seven commands on
the base and on the branch. This runs them, two at a time (the machine has two cores), each commit
in a detached worktree beside the repository (`../keep-<sha>`, so that `../shared` is where the
scripts look; removed at the end), with that commit's own scripts, labels and code
(`PYTHONPATH=<worktree>/src`): compare commits that share the labels, as a rule branch and its base
do. Outputs are kept per commit under --out/<sha>/ and reused: a second comparison against the same
base measures only the new commit.

Measures (the commands of docs/accuracy.md and docs/speakers.md):
  positions      scripts/eval_positions.py --half all (every half, and the checking sets pooled)
  basil          scripts/eval_speakers.py (named persons and groups, tune / check)
  turns          scripts/eval_speakers.py --turns (every part)
  polnear_train  scripts/eval_speakers.py --polnear-train (ptune / pcheck persons and groups)
  attribution    scripts/eval_attribution.py (PolNeAR dev: direct and speech F1)
  figures        scripts/eval_figures.py --half all
  bbc            coincide analyze ../shared/data/bbc-politics --json, then
                 scripts/score_event_judgments.py on it (tuning lines, pooled checking samples)
When both sides have the bbc and polnear_train records, the quotes whose speaker changed are
written as blind-labelling items (scripts/speaker_changes.py items, tag "keep", seed 45) under
--out/<base>..<new>/ and their count per half is printed; label them before reading any figure
of a checking half, as the keep rule says.

The table marks a checking figure that falls with "FALLS". It decides nothing: the keep rule is
written before the figures, by whoever proposes the rule.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MEASURES = ("positions", "basil", "turns", "polnear_train", "attribution", "figures", "bbc")
CHECK_SETS = ("check", "check2", "check3", "check4")


def commands(wt: Path, out: Path) -> dict[str, list[list[str]]]:
    """Each measure's commands, run in the worktree; a command's stdout goes to <measure>.log
    (the bbc analysis to bbc.jsonl, then the judgments to bbc.log)."""
    py = sys.executable
    return {
        "positions": [[py, "scripts/eval_positions.py", "--half", "all", "--records", str(out / "positions.jsonl")]],
        "basil": [[py, "scripts/eval_speakers.py", "--out", str(out / "basil.jsonl")]],
        # its own records file: the script's default (/tmp/coincide-turns.jsonl) is one file for both
        # commits, which run at once, and two writers garbled it (session 46)
        "turns": [[py, "scripts/eval_speakers.py", "--turns", "--out", str(out / "turns.jsonl")]],
        "polnear_train": [[py, "scripts/eval_speakers.py", "--polnear-train", "--out", str(out / "polnear_train.jsonl")]],
        "attribution": [[py, "scripts/eval_attribution.py", "--out", str(out / "attribution.jsonl")]],
        "figures": [[py, "scripts/eval_figures.py", "--half", "all"]],
        # the relative path, as the judgments name their stories ("../shared/data/bbc-politics/NNN.txt")
        "bbc": [[py, "-m", "coincide", "analyze", "../shared/data/bbc-politics", "--json"],
                [py, "scripts/score_event_judgments.py", str(out / "bbc.jsonl")]],
    }


def run_measure(name: str, wt: Path, out: Path) -> str:
    """Run one measure unless its log is there; returns the log's path. A failure leaves
    <measure>.failed with the command's stderr, and no log."""
    log = out / f"{name}.log"
    if log.exists():
        return str(log)
    env = dict(os.environ, PYTHONPATH=str(wt / "src"), OMP_NUM_THREADS="1")
    steps = commands(wt, out)[name]
    for i, cmd in enumerate(steps):
        target = out / "bbc.jsonl" if (name == "bbc" and i == 0) else out / f"{name}.log.part"
        with open(target, "w", encoding="utf-8") as f:
            done = subprocess.run(cmd, cwd=wt, env=env, stdout=f, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            (out / f"{name}.failed").write_text(" ".join(cmd) + "\n" + done.stderr[-4000:], encoding="utf-8")
            return f"{name}: failed (see {out / (name + '.failed')})"
    (out / f"{name}.log.part").rename(log)
    return str(log)


def sha_of(ref: str) -> str:
    done = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"keep_rule: {ref!r} names no commit of {REPO}")
    return done.stdout.strip()


SLOW_FIRST = ("bbc", "positions", "polnear_train", "turns", "figures", "basil", "attribution")


def measure(refs: list[str], root: Path, only: tuple[str, ...]) -> list[Path]:
    """Measure each commit (the measures not already kept under root/<sha>/), two at a time across
    both commits; returns the commits' folders."""
    shas = [sha_of(r) for r in refs]
    outs = [root / sha for sha in shas]
    tasks = []
    for sha, out in zip(shas, outs):
        out.mkdir(parents=True, exist_ok=True)
        tasks += [(m, sha, out) for m in only if not (out / f"{m}.log").exists()]
    if not tasks:
        return outs
    tasks.sort(key=lambda t: SLOW_FIRST.index(t[0]))  # the slow ones first, so the two workers end together
    trees = {}
    try:
        for sha in dict.fromkeys(t[1] for t in tasks):
            wt = REPO.parent / f"keep-{sha[:12]}"
            if wt.exists():
                raise SystemExit(f"keep_rule: {wt} is in the way (a worktree left by a run that was killed?"
                                 f" `git worktree remove --force {wt}`)")
            subprocess.run(["git", "worktree", "add", "--detach", "-q", str(wt), sha], cwd=REPO, check=True)
            trees[sha] = wt
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = pool.map(lambda t: run_measure(t[0], trees[t[1]], t[2]), tasks)
            for (name, sha, _), res in zip(tasks, results):
                print(f"{sha[:12]} {name}: {res}", file=sys.stderr)
    finally:
        for wt in trees.values():
            subprocess.run(["git", "worktree", "remove", "--force", str(wt)], cwd=REPO, check=False)
    return outs


# ------------------------------------------------------------------ reading the logs

def _ratio(a: str, b: str) -> tuple[int, int]:
    return int(a), int(b)


def read_positions(text: str) -> dict[str, tuple]:
    """half -> (found, gold, right, predicted, wrong stances) from eval_positions.py's table."""
    out = {}
    half = None
    for line in text.splitlines():
        m = re.match(r"^(\w+)\s+\d+\s+[\d.]+\s", line)
        if m:
            half = m.group(1)
            continue
        m = re.search(r"positions (\d+)/(\d+) found, (\d+)/(\d+) right, (\d+) wrong stances", line)
        if m and half:
            out[half] = tuple(int(x) for x in m.groups())
    return out


def f1(found: int, gold: int, right: int, predicted: int) -> float:
    r = found / gold if gold else 0.0
    p = right / predicted if predicted else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def pooled(halves: dict[str, tuple], names=CHECK_SETS) -> tuple | None:
    rows = [halves[h] for h in names if h in halves]
    if not rows:
        return None
    return tuple(sum(r[i] for r in rows) for i in range(5))


def read_basil(text: str) -> dict[str, tuple]:
    """'tune persons' -> (right, of), 'tune groups' -> ..., for each of tune / check / all."""
    out, half = {}, None
    for line in text.splitlines():
        m = re.match(r"^--- (\w+) ---", line)
        if m:
            half = m.group(1)
        m = re.match(r"^named persons right: (\d+)/(\d+)", line)
        if m and half:
            out[f"{half} persons"] = _ratio(*m.groups())
        m = re.match(r"^group speakers right: (\d+)/(\d+)", line)
        if m and half:
            out[f"{half} groups"] = _ratio(*m.groups())
    return out


def _lines(text: str, pattern: str):
    """The match of pattern at the start of each line that has one."""
    for line in text.splitlines():
        m = re.match(pattern, line)
        if m:
            yield m


def read_turns(text: str) -> dict[str, tuple]:
    return {m.group(1) + (" group" if m.group(2) else ""): _ratio(m.group(3), m.group(4))
            for m in _lines(text, r"^--- (\w+) --- (group )?right (\d+)/(\d+)")}


def read_polnear_train(text: str) -> dict[str, tuple]:
    out = {}
    for m in _lines(text, r"^--- (\w+) --- person (\d+)/(\d+) .*group (\d+)/(\d+)"):
        out[f"{m.group(1)} persons"] = _ratio(m.group(2), m.group(3))
        out[f"{m.group(1)} groups"] = _ratio(m.group(4), m.group(5))
    return out


def read_attribution(text: str) -> dict[str, float]:
    return {m.group(1): float(m.group(2)) for m in _lines(text, r"^(direct quotes|speech attributions) F1: ([\d.]+)")}


def read_figures(text: str) -> dict[str, tuple]:
    """set -> (precision, recall, claimant right) from eval_figures.py's lines."""
    pattern = r"^(\w+)\s+labels \d+\s+reported \d+\s+precision ([\d.]+)\s+recall ([\d.]+).*claimant right ([\d.]+)"
    return {m.group(1): tuple(float(x) for x in m.groups()[1:]) for m in _lines(text, pattern)}


def read_bbc(text: str) -> dict[str, tuple]:
    out = {}
    m = re.search(r"all seeds (\d+) of (\d+)", text)
    if m:
        out["tuning lines"] = _ratio(*m.groups())
    m = re.search(r"force tuning \(seeds 501\+, distinct events\): (\d+) of (\d+)", text)
    if m:
        out["force tuning"] = _ratio(*m.groups())
    rnd = re.findall(r"checking sample seed \d+: random (\d+) of (\d+) right, force (\d+) of (\d+)", text)
    if rnd:
        out["checking random (pooled)"] = (sum(int(r[0]) for r in rnd), sum(int(r[1]) for r in rnd))
        out["checking force (pooled)"] = (sum(int(r[2]) for r in rnd), sum(int(r[3]) for r in rnd))
    return out


READERS = {"basil": read_basil, "turns": read_turns, "polnear_train": read_polnear_train,
           "attribution": read_attribution, "figures": read_figures, "bbc": read_bbc}


def _cell(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    if len(v) == 2 and all(isinstance(x, int) for x in v):
        return f"{v[0]}/{v[1]}"
    return " / ".join(_cell(x) for x in v)


def _score(v) -> float | None:
    """The one number a row is judged by: a share for a count, the value for a float, the
    first of a tuple of floats (figures: precision)."""
    if v is None:
        return None
    if isinstance(v, float):
        return v
    if len(v) == 2 and all(isinstance(x, int) for x in v):
        return v[0] / v[1] if v[1] else 0.0
    return min(v)


def is_checking(measure: str, row: str) -> bool:
    """Rows nobody tunes on: the checking halves and sets, PolNeAR dev, the pooled BBC samples."""
    return measure == "attribution" or "check" in row or row.startswith("pcheck")


def rows(base: Path, new: Path) -> list[tuple[str, str, str, str, str]]:
    """(measure, row, base cell, new cell, mark) for every figure both sides have."""
    out = []
    pos = {}
    for side in (base, new):
        log = side / "positions.log"
        pos[side] = read_positions(log.read_text(encoding="utf-8")) if log.exists() else {}
    for half in sorted(set(pos[base]) | set(pos[new]), key=lambda h: (h != "tune", h)):
        a, b = pos[base].get(half), pos[new].get(half)
        out.append(("positions", f"{half} F1 (found, right, wrong)", _pos_cell(a), _pos_cell(b),
                    _mark("positions", half, a and f1(*a[:4]), b and f1(*b[:4]))))
    a, b = pooled(pos[base]), pooled(pos[new])
    if a or b:
        out.append(("positions", "checking sets pooled F1", _pos_cell(a), _pos_cell(b),
                    _mark("positions", "check", a and f1(*a[:4]), b and f1(*b[:4]))))
    for name, reader in READERS.items():
        got = {}
        for side in (base, new):
            log = side / f"{name}.log"
            got[side] = reader(log.read_text(encoding="utf-8")) if log.exists() else {}
        for row in list(dict.fromkeys(list(got[base]) + list(got[new]))):
            a, b = got[base].get(row), got[new].get(row)
            out.append((name, row, _cell(a), _cell(b), _mark(name, row, _score(a), _score(b))))
    return out


def _pos_cell(v) -> str:
    if not v:
        return "-"
    found, gold, right, predicted, wrong = v
    return f"{f1(found, gold, right, predicted):.3f} ({found}/{gold}, {right}/{predicted}, {wrong})"


def _mark(measure: str, row: str, a: float | None, b: float | None) -> str:
    if a is None or b is None or abs(a - b) < 1e-12:
        return ""
    if b < a:
        return "FALLS" if is_checking(measure, row) else "falls"
    return "rises"


def print_table(base: Path, new: Path) -> None:
    print(f"| measure | figure | base {base.name[:12]} | new {new.name[:12]} | |")
    print("| --- | --- | --- | --- | --- |")
    for r in rows(base, new):
        print("| " + " | ".join(r) + " |")


def speaker_items(base: Path, new: Path, root: Path) -> None:
    """The changed quotes of bbc-politics and PolNeAR train as blind-labelling items."""
    sides = []
    for side in (base, new):
        parts = [side / "bbc.jsonl", side / "polnear_train.jsonl"]
        if not all(p.exists() for p in parts):
            return
        joined = side / "speaker-records.jsonl"
        with joined.open("w", encoding="utf-8") as f:
            for p in parts:
                with p.open(encoding="utf-8") as g:
                    shutil.copyfileobj(g, f)
        sides.append(joined)
    lab = root / f"{base.name[:12]}..{new.name[:12]}"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "speaker_changes.py"), "items", str(sides[0]),
                           str(sides[1]), "--tag", "keep", "--seed", "45", "--dir", str(lab)],
                          capture_output=True, text=True)
    print((done.stdout or done.stderr).strip())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("refs", nargs="*", help="the base and the new commit (any git ref)")
    ap.add_argument("--out", type=Path, default=None, help="where each commit's outputs are kept (required with refs)")
    ap.add_argument("--only", default=",".join(MEASURES), help=f"a comma-separated subset of {', '.join(MEASURES)}")
    ap.add_argument("--table", nargs=2, type=Path, metavar=("BASE_DIR", "NEW_DIR"),
                    help="print the table of two measured folders and stop")
    args = ap.parse_args(argv)
    if args.table:
        print_table(*args.table)
        return 0
    if len(args.refs) != 2 or args.out is None:
        ap.error("give a base and a new commit, and --out")
    only = tuple(m.strip() for m in args.only.split(",") if m.strip())
    unknown = [m for m in only if m not in MEASURES]
    if unknown:
        ap.error(f"unknown measure(s): {', '.join(unknown)} (known: {', '.join(MEASURES)})")
    # the measures run in the worktrees: their output paths must not depend on this directory
    base, new = measure(args.refs, args.out.resolve(), only)
    speaker_items(base, new, args.out)
    print_table(base, new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
