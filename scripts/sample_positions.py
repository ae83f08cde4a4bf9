#!/usr/bin/env python3
"""Draw positions from an archive at random, for reading by hand.

    .venv/bin/python scripts/sample_positions.py ARCHIVE.db SEED [N]

Prints N (default 30) positions drawn with random.Random(SEED).sample over every position of the
SQLite archive, ordered by (story, span start, holder name): the holder, stance, issue, statement
and the sentence around the evidence. docs/positions-check.md records what was found.
"""

from __future__ import annotations

import random
import sqlite3
import sys


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    db, seed = argv[0], int(argv[1])
    n = int(argv[2]) if len(argv) > 2 else 30
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        """select p.story_id, a.name, p.stance, p.issue, p.statement, p.span_start, p.span_end, s.body
           from positions p
           join actors a on a.story_id = p.story_id and a.actor_id = p.holder
           join stories s on s.id = p.story_id
           order by p.story_id, p.span_start, a.name"""
    ).fetchall()
    for story, holder, stance, issue, statement, start, end, body in random.Random(seed).sample(rows, min(n, len(rows))):
        left = max(body.rfind(". ", 0, start) + 2 if body.rfind(". ", 0, start) >= 0 else 0, body.rfind("\n", 0, start) + 1)
        right = body.find(". ", end)
        right = len(body) if right < 0 else right + 1
        sentence = " ".join(body[left:right].split())
        print(f"- [{holder}] {stance} | {issue} | {statement[:80]}\n    «{sentence[:300]}»")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
