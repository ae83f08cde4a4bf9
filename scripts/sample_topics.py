"""Draw the items to label for the topic yardstick (eval/topics/labels.jsonl), seeded.

    coincide analyze ../shared/data/bbc-politics --json > /tmp/bbc.jsonl
    coincide analyze <the PolNeAR dev texts> --json > /tmp/polnear.jsonl
    python scripts/sample_topics.py /tmp/bbc.jsonl:110:100 /tmp/polnear.jsonl:20:30 > /tmp/to-label.jsonl

Each input is a JSON Lines output of `coincide analyze`, then how many positions and how many
quotes to draw from it, uniformly over all of that kind (positions are drawn apart because quotes
outnumber them seven to one and positions are what `compare` reads). Each story is put in the tuning or the
checking half by a hash of its file name (so a story's items never straddle the halves, and the
split does not depend on what was drawn). The gold topics are written by hand afterwards.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys

SEED = 12


def half(story: str) -> str:
    return "tuning" if hashlib.sha256(story.encode()).digest()[0] % 2 == 0 else "checking"


def short_source(source: str) -> str:
    # "../shared/data/bbc-politics/004.txt" -> "bbc-politics/004.txt"
    m = re.search(r"data/(.+)$", source)
    return m.group(1) if m else source


def context(body: str, span: list[int]) -> str:
    """The sentence(s) around the span, for the labeller."""
    start = max(body.rfind(". ", 0, span[0]), body.rfind("\n", 0, span[0])) + 1
    ends = [i for i in (body.find(". ", span[1]), body.find("\n", span[1])) if i != -1]
    end = min(ends) + 1 if ends else len(body)
    return body[start:end].strip()


def items(path: str):
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        if "error" in rec:
            continue
        story = short_source(rec["story"]["source"])
        body = rec["story"]["body"]
        for kind in ("position", "quote"):
            for i, item in enumerate(rec[kind + "s"]):
                row = {"story": story, "half": half(story), "kind": kind, "index": i, "span": item["span"]}
                if kind == "position":
                    row.update(issue=item["issue"], text=item["statement"])
                else:
                    row["text"] = item["text"]
                row["context"] = context(body, item["span"])
                yield row


def main(argv: list[str]) -> None:
    rng = random.Random(SEED)
    for arg in argv:
        path, n_positions, n_quotes = arg.rsplit(":", 2)
        pool = list(items(path))
        drawn = []
        for kind, n in (("position", n_positions), ("quote", n_quotes)):
            drawn += rng.sample([r for r in pool if r["kind"] == kind], int(n))
        for row in sorted(drawn, key=lambda r: (r["story"], r["kind"], r["index"])):
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
