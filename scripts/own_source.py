"""Put the repository's own `src` first on sys.path, and say so when PYTHONPATH names another one.

The measuring scripts import coincide from the repository they sit in (`<repo>/src`), ahead of
PYTHONPATH, so that `scripts/eval_positions.py` measures the code beside it. Run from another
checkout, that silently measures the wrong code: session 47 ran `/work/main/scripts/eval_positions.py`
with `PYTHONPATH=src` inside a rule's worktree and read main's figures as the rule's (two rules
looked as if they changed nothing). The rule stays (a worktree's own script measures the worktree's
code, as scripts/keep_rule.py runs them); what changes is that the mismatch is said on stderr.

    from own_source import put_first   # scripts are run as files: sibling modules import directly
    put_first(REPO)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def other_sources(repo: Path, pythonpath: str | None = None) -> list[Path]:
    """The PYTHONPATH entries that hold a coincide package other than `<repo>/src`'s."""
    own = (repo / "src").resolve()
    entries = (os.environ.get("PYTHONPATH", "") if pythonpath is None else pythonpath).split(os.pathsep)
    out = []
    for entry in entries:
        if not entry:
            continue
        path = Path(entry).resolve()
        if path != own and (path / "coincide" / "__init__.py").is_file():
            out.append(path)
    return out


def put_first(repo: Path) -> None:
    """`<repo>/src` first on sys.path; a warning naming both trees when PYTHONPATH names another."""
    own = repo / "src"
    for other in other_sources(repo):
        print(f"{Path(sys.argv[0]).name}: measuring the code of {own.resolve()} (this script's repository), "
              f"not PYTHONPATH's {other}; run that checkout's own copy of the script to measure it",
              file=sys.stderr)
    sys.path.insert(0, str(own))
