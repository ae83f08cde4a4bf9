"""How the archive queries scale: grow a real archive by repeating its stories under new ids, then
time `compare` and `positions` (and `actors`) at each size, each in a fresh process that reports
its own wall time and peak memory.

    python scripts/bench_archive.py --source bbc.db --work /tmp/bench --sizes 20000 200000 [--postgres]

--source is an archive made by `coincide ingest` (e.g. of ../shared/data/bbc-politics); without
it the script ingests that folder first. Copies are made in SQL, table by table, so growing to
200,000 stories takes minutes, not a re-analysis; the full-text index is copied too (the
workbench's search and quotes-by-words read it). Entities are resolved again on the grown archive, as the writer does after an
ingest. `make bench-archive` runs this with the defaults.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "data" / "bbc-politics"
# Every table keyed by story that a query reads, the full-text index too (search and quotes by words
# read it; a PostgreSQL index's tsv column is computed, so it is not copied but made again).
STORY_TABLES = ("stories", "actors", "quotes", "positions", "relations", "events", "figures",
                "actor_idents", "position_facts", "position_topics", "pair_facts", "sources", "event_days",
                "event_topics", "event_idents", "search_index")
COMPUTED = {"tsv"}
QUESTIONS = [
    ("compare", ["Labour", "Conservatives"]),
    ("compare", ["USA", "Russia"]),
    ("positions", ["Labour"]),
    ("positions", ["Tony Blair"]),
    ("actors", []),
]


def _columns(store, table: str) -> list[str]:
    if store.dialect == "sqlite":
        return [r["name"] for r in store.fetch(f"PRAGMA table_info({table})")]
    return [r["column_name"] for r in store.fetch(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", (table,))]


def grow(store, target: int) -> int:
    """Copy the archive's stories under new ids (suffix "~<round>") until it holds about `target`:
    whole doublings, then a part of the stories once more. On SQLite the secondary indexes are
    dropped while copying and built again after (what a bulk load does), so 200,000 stories take
    minutes."""
    have = store.count()
    indexes = []
    if store.dialect == "sqlite":
        indexes = [r["sql"] for r in store.fetch("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
        for sql in indexes:
            store._writer.execute("DROP INDEX " + re.match(r"CREATE (?:UNIQUE )?INDEX (\S+)", sql).group(1))
        store._writer.execute("PRAGMA synchronous = OFF")
    start = have
    rounds = 0
    while have < target:
        rounds += 1
        part = min(have, target - have)
        with store._transaction() as w:
            if part < have:
                store._write(w, "CREATE TEMPORARY TABLE IF NOT EXISTS chosen (id TEXT PRIMARY KEY)")
                store._write(w, "DELETE FROM chosen")
                store._write(w, "INSERT INTO chosen SELECT id FROM stories ORDER BY id LIMIT ?", (part,))
            for table in STORY_TABLES:
                cols = [c for c in _columns(store, table) if c not in COMPUTED]
                key = "id" if table == "stories" else "story_id"
                renamed = [c for c in cols if c in (key, "source")]
                values = [f"{c} || ?" if c in renamed else c for c in cols]
                where = f" WHERE {key} IN (SELECT id FROM chosen)" if part < have else ""
                store._write(w, f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} FROM {table}{where}",
                             tuple(f"~{rounds}" for _ in renamed))
            have += part
        print(f"  {have} stories", file=sys.stderr)
    with store._transaction() as w:
        # the name evidence is counted per story: the copies count as stories too
        for table in ("name_kinds", "name_aliases", "name_offices"):
            store._write(w, f"UPDATE {table} SET stories = stories * ? / ?", (have, start))
        store._mark_stale(w)
    for sql in indexes:
        store._writer.execute(sql)
    # the copies were written past the story writer, so no refresh knows them as changed: a full one
    store.refresh_entities(full=True)
    return have


def measure(db: str, command: str, args: list[str]) -> dict:
    """One question in a fresh process: wall time of the query alone and the process's peak memory."""
    code = f"""
import json, resource, sys, time
from coincide import query
from coincide.store import open_store
store = open_store({db!r})
t = time.perf_counter()
cmd, args = {command!r}, {args!r}
if cmd == "compare":
    rows = query.compare(store, query.find_entity(store, args[0]), query.find_entity(store, args[1]))
    n = len(rows)
elif cmd == "positions":
    n = query.positions(store, query.find_entity(store, args[0]))["total"]
else:
    n = query.entities(store)["total"]
first = time.perf_counter() - t
t = time.perf_counter()
for _ in range(3):
    if cmd == "compare":
        query.compare(store, query.find_entity(store, args[0]), query.find_entity(store, args[1]))
    elif cmd == "positions":
        query.positions(store, query.find_entity(store, args[0]))
    else:
        query.entities(store)
again = (time.perf_counter() - t) / 3
print(json.dumps({{"first": first, "again": again, "answer": n,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def source_archive(work: Path, source: str | None) -> Path:
    if source:
        return Path(source)
    made = work / "source.db"
    if not made.exists():
        if not BBC.exists():
            sys.exit(f"{BBC} is absent: give --source ARCHIVE")
        subprocess.run([sys.executable, "-m", "coincide", "ingest", str(BBC), "--db", str(made), "--no-progress",
                        "--workers", "2"], check=True)
    return made


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", help="an archive to grow (default: ingest ../shared/data/bbc-politics)")
    ap.add_argument("--work", default="/tmp/coincide-bench-archive", help="where grown archives are written")
    ap.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    ap.add_argument("--postgres", action="store_true", help="also at the first size on a throwaway PostgreSQL server")
    args = ap.parse_args(argv)
    from coincide.store import open_store

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    source = source_archive(work, args.source)
    results = []
    targets = [("sqlite", n) for n in args.sizes] + ([("postgresql", args.sizes[0])] if args.postgres else [])
    server = None
    for dialect, size in targets:
        if dialect == "sqlite":
            db = str(work / f"grown-{size}.db")
            if not Path(db).exists():
                shutil.copy(source, db + ".tmp")
                t = time.perf_counter()
                with open_store(db + ".tmp") as store:
                    grow(store, size)
                os.replace(db + ".tmp", db)
                print(f"grew to {size} stories in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        else:
            sys.path.insert(0, str(REPO / "tests"))
            from postgres_server import TempPostgres

            server = TempPostgres()
            db = server.start()
            t = time.perf_counter()
            with open_store(db) as store, open_store(str(source)) as src:
                from coincide.records import StoryRecord

                for row in src.fetch("SELECT record FROM stories"):
                    store.add(StoryRecord.from_dict(json.loads(row["record"])))
                grow(store, size)
            print(f"PostgreSQL: grew to {size} stories in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        with open_store(db) as store:
            stories = store.count()
        for command, qargs in QUESTIONS:
            m = measure(db, command, qargs)
            results.append({"backend": dialect, "stories": stories, "question": " ".join([command, *qargs]), **m})
            print(json.dumps(results[-1]), file=sys.stderr)
        if server is not None:
            server.stop()
            server = None
    print("| backend | stories | question | first call (s) | again (s) | peak memory (MB) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['backend']} | {r['stories']:,} | `{r['question']}` | {r['first']:.3f} | {r['again']:.3f} | {r['peak_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
