#!/usr/bin/env python3
"""List the actors whose kind a change moves, for labelling by hand, and score the labels.

A change to how names are read (actors.py, knowledge.py) moves few actors in a corpus, so a
random sample of actors would rarely hold one. Instead every actor whose `kind` differs between
two runs of `coincide analyze --json` over the same stories is listed (story, name, the two kinds
in random order, so that the labeller does not know which run gave which), labelled with the kind
it should have, and each run is scored on them:

    # the base and the change, each over the same folders (one JSON Lines file per folder)
    .venv/bin/coincide analyze ../shared/data/bbc-politics --json > /tmp/base-bbc.jsonl   # and so on
    .venv/bin/python scripts/actor_kind_changes.py list --base /tmp/base-*.jsonl --change /tmp/rule-*.jsonl > /tmp/changes.jsonl
    # label: add "label" (person, organization, group, country, ... or "bad" for a name that is no
    # actor's) to each line, reading the "context" only
    .venv/bin/python scripts/actor_kind_changes.py score eval/actor-kind-changes.jsonl
    # a change that removes names which are no actor's ("of State Hillary Clinton"): --presence
    # counts a run right on a line labelled X when it has no such actor
    .venv/bin/python scripts/actor_kind_changes.py score --presence eval/actor-kinds/title-of-several-words.jsonl

Halves by story: the first hex digit of sha1(the story's path under the data folder) even -> tune,
odd -> check; `score` uses the half written on each line. A run is
right on a line when it has the actor with the labelled kind, wrong when it has it with another
kind, and absent when it has no actor of that name (merged into another actor, or none): an
absent "Sanders" beside a "Bernie Sanders" person is the one identity the knowledge layer wants.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import sys


def half_of(source: str) -> str:
    """The story's half, by the path under the data folder ("bbc-politics/005.txt"), so that it does
    not depend on where the data lies (eval/actor-kinds/given-name-surname.jsonl was drawn on the
    whole path /work/shared/data/..., and its lines keep the halves they were drawn with)."""
    key = source.split("shared/data/", 1)[-1]
    return "tune" if int(hashlib.sha1(key.encode()).hexdigest()[0], 16) % 2 == 0 else "check"


def kinds_of(record: dict) -> dict:
    """A story record's actors by name. One name held by two actors (a split identity) gets both
    kinds joined ("organization+person"), so that it counts as wrong whatever the label."""
    actors: dict = {}
    for a in record["actors"]:
        if a["name"] in actors:
            first = actors[a["name"]]
            actors[a["name"]] = dict(first, kind="+".join(sorted({*first["kind"].split("+"), a["kind"]})),
                                     mentions=first["mentions"] or a["mentions"])
        else:
            actors[a["name"]] = a
    return actors


def state(kind: str | None, label: str) -> str:
    """A run on one labelled line: "absent" (no actor of that name, or a name labelled as no actor's:
    "bad", "X"), "right" (its kind is the label or one of its "|" alternatives) or "wrong"."""
    if kind is None or label in ("bad", "X"):
        return "absent"
    return "right" if kind in label.split("|") else "wrong"


def _load(paths: list[str]) -> dict:
    out = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            if "error" in d:
                continue
            out[d["story"]["source"]] = (d["story"]["body"], kinds_of(d))
    return out


def list_changes(base_paths: list[str], change_paths: list[str]) -> list[dict]:
    base, change = _load(base_paths), _load(change_paths)
    rows = []
    for source in sorted(set(base) | set(change)):
        body, before = base.get(source, ("", {}))
        body2, after = change.get(source, ("", {}))
        body = body or body2
        for name in sorted(set(before) | set(after)):
            k1 = before[name]["kind"] if name in before else None
            k2 = after[name]["kind"] if name in after else None
            if k1 == k2:
                continue
            mentions = (before.get(name) or after.get(name))["mentions"]
            # an actor may have no mention of its own (a group of two named actors): its name's first place
            start, end = mentions[0] if mentions else (max(body.find(name), 0), max(body.find(name), 0) + len(name))
            rows.append({"half": half_of(source), "story": source, "name": name, "base": k1, "change": k2,
                         "context": body[max(0, start - 150): end + 150].replace("\n", " ")})
    return rows


def presence(kind: str | None, label: str) -> str:
    """A run on one labelled line when the change is about which actors exist at all: on a line
    labelled as no actor's ("X", "bad") the run is "right" without the actor and "wrong" with it;
    on a line labelled with a kind, "right" or "wrong" by its kind, and "missed" without it."""
    if label in ("bad", "X"):
        return "right" if kind is None else "wrong"
    if kind is None:
        return "missed"
    return "right" if kind in label.split("|") else "wrong"


def merged(actors: dict, row: dict) -> str:
    """A run on one line of a set about names that join another actor (a given name alone,
    "Hillary", is "Hillary Clinton"): a line with `same_as` is "right" when the name is no actor of
    its own and is an alias of the actor named `same_as`, else "wrong"; a line labelled X with no
    `same_as` (no actor at all) is "right" only when the name is neither an actor nor anybody's
    alias; a line labelled with a kind (someone else) is read by `presence` when the name is an
    actor, and is "wrong" when it is not (joined to the wrong person)."""
    name, target = row["name"], row.get("same_as")
    if target:
        joined = name not in actors and name in (actors.get(target) or {}).get("aliases", [])
        return "right" if joined else "wrong"
    if row["label"] in ("bad", "X"):
        alias = any(name in (a.get("aliases") or []) for a in actors.values())
        return "right" if name not in actors and not alias else "wrong"
    actor = actors.get(name)
    # someone else, joined to the wrong person (or gone): wrong, not merely missed
    return presence(actor["kind"], row["label"]) if actor else "wrong"


def score(rows: list[dict]) -> dict:
    """Per half: (base state, change state) -> count, the states right / wrong / absent."""
    table: dict = collections.defaultdict(collections.Counter)
    for r in rows:
        table[r["half"]][state(r["base"], r["label"]), state(r["change"], r["label"])] += 1
    return table


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    lister = sub.add_parser("list", help="the changed actors, one JSON line each, for labelling")
    lister.add_argument("--base", nargs="+", required=True)
    lister.add_argument("--change", nargs="+", required=True)
    lister.add_argument("--seed", type=int, default=32, help="the order the two kinds are shown in")
    scorer = sub.add_parser("score", help="score the base and the change on labelled lines")
    scorer.add_argument("labels")
    scorer.add_argument("--presence", action="store_true",
                        help="a line labelled X counts right for a run without the actor (see presence())")
    scorer.add_argument("--merged", nargs=2, metavar=("BASE", "CHANGE"),
                        help="score two runs' records (JSON Lines) on a set of names that join another actor (see merged())")
    sampler = sub.add_parser("sample", help="score an analysis on the labelled random sample of actors")
    sampler.add_argument("labels")
    sampler.add_argument("analysis", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "sample":
        found = {(source.split("shared/data/", 1)[-1], name): actor["kind"]
                 for source, (_, actors) in _load(args.analysis).items() for name, actor in actors.items()}
        rows = [json.loads(x) for x in open(args.labels, encoding="utf-8") if x.strip() and not x.startswith('{"about"')]
        for half in ("tune", "check"):
            counts = collections.Counter()
            for r in (r for r in rows if r["half"] == half):
                counts["no actor (X)" if r["label"] == "X" else state(found.get((r["story"], r["name"])), r["label"])] += 1
            judged = counts["right"] + counts["wrong"]
            print(f"{half}: kind right {counts['right']}/{judged} = {counts['right'] / max(judged, 1):.3f}; "
                  f"wrong {counts['wrong']}; labelled no actor {counts['no actor (X)']}; absent now {counts['absent']}")
        return 0
    if args.command == "list":
        rng = random.Random(args.seed)
        for r in list_changes(args.base, args.change):
            shown = [r["base"], r["change"]]
            rng.shuffle(shown)
            print(json.dumps(dict(r, kinds_shown=shown), ensure_ascii=False))
        return 0
    rows = [json.loads(x) for x in open(args.labels, encoding="utf-8") if x.strip() and not x.startswith('{"about"')]
    if args.merged:
        for half in ("tune", "check"):
            mine = [r for r in rows if r["half"] == half]
            for run, path in zip(("base", "change"), args.merged):
                found = {source.split("shared/data/", 1)[-1]: actors for source, (_, actors) in _load([path]).items()}
                counts = collections.Counter(merged(found.get(r["story"], {}), r) for r in mine)
                print(f"{half} {run}: right {counts['right']}/{len(mine)}, wrong {counts['wrong']}, "
                      f"missed {counts['missed']}")
        return 0
    if args.presence:
        for half in ("tune", "check"):
            mine = [r for r in rows if r["half"] == half]
            for run in ("base", "change"):
                counts = collections.Counter(presence(r[run], r["label"]) for r in mine)
                print(f"{half} {run}: right {counts['right']}/{len(mine)}, wrong {counts['wrong']}, "
                      f"missed {counts['missed']}")
        return 0
    for half, counts in sorted(score(rows).items()):
        fixed = counts["wrong", "right"] + counts["absent", "right"]
        broken = counts["right", "wrong"] + counts["absent", "wrong"]
        after = sum(n for (b, c), n in counts.items() if c != "absent")
        right_after = sum(n for (b, c), n in counts.items() if c == "right")
        print(f"{half}: {sum(counts.values())} changed actors; wrong kind -> right {fixed}, right -> wrong {broken}; "
              f"right after {right_after}/{after}; "
              + ", ".join(f"{b}->{c} {n}" for (b, c), n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
