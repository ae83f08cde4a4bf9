"""The `coincide` command: a thin layer over coincide.analyze.

    coincide analyze PATH... [--json] [--config FILE] [--model NAME]

Exit status: 0 when every input was analysed, 1 when some inputs failed (each has an error record),
2 when the command itself could not run (bad settings, model missing, bad arguments).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import CoincideError
from .records import ErrorRecord


def _progress(items, enabled: bool, total: int | None):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="story", file=sys.stderr, dynamic_ncols=True)


def _count_inputs(paths: Sequence[str]) -> int | None:
    """How many inputs a run has, for the progress bar: the files ingest reads (one predicate,
    ingest's). None when it cannot be known cheaply: standard input, or a container (WARC, RSS,
    JSON Lines, CSV) whose records are only counted by reading it; the bar then counts without a total."""
    from .ingest.formats import container_kind
    from .ingest.readers import is_story_file

    if "-" in paths:
        return None
    files: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += [f.name for f in path.rglob("*") if f.is_file() and is_story_file(f.name)]
        else:
            files.append(path.name)
    if any(container_kind(name) is not None for name in files):
        return None
    return len(files)


def cmd_analyze(args: argparse.Namespace) -> int:
    from .analyze import analyze_paths
    from .config import load_settings

    overrides = {"nlp": {"model": args.model}} if args.model else None
    settings = load_settings(args.config, overrides=overrides)
    paths = args.paths
    total = _count_inputs(paths)
    show = (
        not args.no_progress
        and sys.stderr.isatty()
        and (total is None or total >= settings["output"]["progress_from"])
    )
    from .report import render

    out = sys.stdout
    failed = 0
    stdin = sys.stdin.buffer if "-" in paths else None
    results = analyze_paths(paths, settings, stdin=stdin, workers=args.workers, engine=args.engine, scheduler=args.scheduler)
    for record in _progress(results, show, total):
        if isinstance(record, ErrorRecord):
            failed += 1
            print(f"coincide: {record.source}: {record.message}", file=sys.stderr)
        if args.json:
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        else:
            out.write(render(record))
        out.flush()
    if failed:
        print(f"coincide: {failed} input{'s' if failed != 1 else ''} failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from collections import Counter

    from .archive import ingest_paths
    from .config import load_settings
    from .store import open_store

    overrides = {"nlp": {"model": args.model}} if args.model else None
    settings = load_settings(args.config, overrides=overrides)
    total = _count_inputs(args.paths)
    show = not args.no_progress and sys.stderr.isatty()
    counts: Counter = Counter()
    stdin = sys.stdin.buffer if "-" in args.paths else None
    with open_store(args.db) as store:
        results = ingest_paths(args.paths, store, settings, stdin=stdin, workers=args.workers, engine=args.engine,
                               scheduler=args.scheduler)
        for result in _progress(results, show, total):
            counts[result.status] += 1
            if result.status == "failed":
                print(f"coincide: {result.source}: {result.message}", file=sys.stderr)
        stored, inputs = store.count(), store.count("sources")
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    print(f"{summary or 'nothing to ingest'}; the archive {store.path} holds {stored} stories from {inputs} inputs"
          " (an input whose clean body is already stored counts as the same story)", file=sys.stderr)
    return 1 if counts["failed"] else 0


def cmd_search(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        for hit in hits:
            print(json.dumps(hit, ensure_ascii=False))
        return 0
    if not hits:
        print("no matches")
    for hit in hits:
        date = (hit["published"] or "")[:10]
        print(f"{date:10s}  {hit['title'] or hit['story_id'][:12]}  [{hit['section']}]")
        print(f"            {' '.join(hit['snippet'].split())}")
    return 0


def _records_for(args: argparse.Namespace) -> list[dict]:
    """Story records from --from PATH (analysed now) or from the archive."""
    if getattr(args, "from_paths", None):
        from .analyze import analyze_paths
        from .config import load_settings
        from .records import StoryRecord

        settings = load_settings(getattr(args, "config", None))
        return [r.to_dict() for r in analyze_paths(args.from_paths, settings) if isinstance(r, StoryRecord)]
    from .store import open_store

    with open_store(args.db) as store:
        return list(store.records(with_corrections=True))


def cmd_compare(args: argparse.Namespace) -> int:
    from .compare import compare, resolve_actor, timeline

    records = _records_for(args)
    a, b = resolve_actor(args.a, records), resolve_actor(args.b, records)
    rows = compare(records, a, b, issue=args.issue, since=args.since, until=args.until)
    if args.json:
        from dataclasses import asdict

        print(json.dumps({"a": args.a, "b": args.b, "issues": [dict(asdict(r), strength=r.strength) for r in rows],
                          "timeline": timeline(rows)}, ensure_ascii=False))
        return 0
    if not rows:
        print(f"no issue on which both {args.a} and {args.b} have positions in {len(records)} stories")
        return 0
    for relation in ("coincide", "diverge"):
        part = [r for r in rows if r.relation == relation]
        print(f"\n{args.a} and {args.b} {relation.upper()} on {len(part)} issue{'s' if len(part) != 1 else ''}")
        for r in part:
            print(f"  {r.issue or 'overall'}  (stated {r.stated}, inferred {r.inferred})")
            for e in r.evidence[: args.evidence]:
                print(f"      {e.published or '':10s} {e.title or ''}")
                print(f"        «{e.text[:300]}»")
    months = timeline(rows)
    if len(months) > 1 or (months and months[0]["month"] != "undated"):
        print("\nOver time (by the dates of the stories giving the evidence)")
        for m in months:
            print(f"  {m['month']:8s} coincide on {', '.join(m['coincide']) or '-'}; diverge on {', '.join(m['diverge']) or '-'}")
    return 0


def cmd_positions(args: argparse.Namespace) -> int:
    from collections import Counter

    from .compare import positions_of, resolve_actor

    records = _records_for(args)
    who = resolve_actor(args.actor, records)
    found = positions_of(records, who)
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
        return 0
    if not found:
        print(f"no positions of {args.actor} in {len(records)} stories")
    for issue, items in found.items():
        stances = ", ".join(f"{n} {s}" for s, n in sorted(Counter(i["stance"] for i in items).items()))
        print(f"{issue}  ({stances})")
        for item in items[: args.evidence]:
            print(f"    {item['published'] or '':10s} {item['holder']}: {item['stance']} — {item['statement']}")
    return 0


def _table(rows: list[dict], columns: list[str]) -> str:
    """A plain aligned table: readable in a terminal, greppable in a pipe."""
    if not rows:
        return "nothing found\n"
    cells = [[("" if r.get(c) is None else str(r.get(c)))[:60] for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(lines) + "\n"


def _emit(rows: list[dict], columns: list[str], as_json: bool) -> None:
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        sys.stdout.write(_table(rows, columns))


def cmd_actors(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db) as store:
        rows = store.actors(country=args.country, kind=args.kind, limit=args.limit)
    _emit(rows, ["name", "kind", "country", "role", "stories", "mentions"], args.json)
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from .compare import resolve_actor
    from .store import open_store

    with open_store(args.db) as store:
        who = resolve_actor(args.actor, list(store.records()))
        names = set(who.names)
        if who.country:
            names |= {a["name"].lower() for a in store.actors(country=who.country, limit=10_000)}
        rows = store.quotes(speaker_names={n.lower() for n in names}, limit=args.limit)
    if args.json:
        _emit(rows, [], True)
        return 0
    if not rows:
        print(f"no quotes by {args.actor}")
    for r in rows:
        print(f"{(r['published'] or '')[:10]:10s} {r['speaker']} [{r['kind']}, {r['cue']}] — {r['title']}")
        print(f"           «{' '.join(r['text'].split())[:400]}»")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db) as store:
        rows = store.events(type=args.type, since=args.since, until=args.until, actor=args.actor, limit=args.limit)
    _emit(rows, ["date", "type", "source", "source_country", "target", "target_country", "location", "title"], args.json)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import EXPORTERS
    from .store import open_store

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        with open_store(args.db) as store:
            n = EXPORTERS[args.format](store, out)
    finally:
        if args.output:
            out.close()
    unit = {"jsonl": "stories", "corrections": "corrections"}.get(args.format, "rows")
    print(f"exported {n} {unit}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from .web.app import create_app

    token = args.token or os.environ.get("COINCIDE_TOKEN")
    app = create_app(args.db, token=token)
    where = f"http://{args.host}:{args.port}/"
    mode = "changes allowed with the token" if token else "read-only (no --token)"
    print(f"coincide: serving {app.state.store.path} at {where} — {mode}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", limit_concurrency=200, timeout_keep_alive=5)
    return 0


def _add_engine(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, default=1, metavar="N", help="analyse in N processes (default 1)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes, or a Dask cluster (with --scheduler, else a local one of N workers)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler, e.g. tcp://10.0.0.5:8786")


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", help="the archive: a SQLite file (default ./coincide.db, or COINCIDE_DB)")


def build_parser() -> argparse.ArgumentParser:
    """The command line, one subcommand after another: a table in code (argparse), read top to
    bottom like --help, so it stays one piece."""
    parser = argparse.ArgumentParser(
        prog="coincide",
        description="Who said what in the news, where actors stand, and where they coincide or diverge.",
    )
    parser.add_argument("--version", action="version", version=f"coincide {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (to stderr)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for name, fn, help_text in (
        ("analyze", cmd_analyze, "analyse stories and print their records"),
        ("ingest", cmd_ingest, "analyse stories and store them in the archive"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help="files, folders (recursively) or - for standard input: text, HTML, WARC, RSS/Atom, "
                            "JSON Lines, CSV, and .gz of each")
        if name == "analyze":
            p.add_argument("--json", action="store_true", help="one JSON story record per line (the contract in the README)")
        else:
            _add_db(p)
        p.add_argument("--config", metavar="FILE", help="a settings file overlaying the shipped coincide.toml (or COINCIDE_CONFIG)")
        p.add_argument("--model", metavar="NAME", help="another installed spaCy model, e.g. en_core_web_lg")
        p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
        _add_engine(p)
        p.set_defaults(fn=fn)

    p = sub.add_parser("search", help="full-text search over stored bodies, quotes and positions")
    p.add_argument("query", help="words to find")
    _add_db(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="one JSON object per hit")
    p.set_defaults(fn=cmd_search)

    p = sub.add_parser("actors", help="actors in the archive, most reported first")
    p.add_argument("--country", metavar="ISO3", help="only actors of this country (e.g. RUS)")
    p.add_argument("--kind", choices=["person", "country", "government", "organization", "group"])
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    _add_db(p)
    p.set_defaults(fn=cmd_actors)

    p = sub.add_parser("quotes", help="what an actor said, across the archive")
    p.add_argument("actor", help="a name, alias or ISO3 code")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    _add_db(p)
    p.set_defaults(fn=cmd_quotes)

    p = sub.add_parser("events", help="PLOVER events in the archive")
    p.add_argument("--type", metavar="TYPE", help="a PLOVER type, e.g. AID")
    p.add_argument("--actor", metavar="NAME", help="source or target name, or ISO3 code")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--until", metavar="DATE")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    _add_db(p)
    p.set_defaults(fn=cmd_events)

    p = sub.add_parser("export", help="the archive as jsonl, csv or GDELT 2.0 event rows")
    p.add_argument("--format", choices=["jsonl", "csv", "gdelt-events", "corrections"], default="jsonl",
                   help="jsonl: story records with corrections; csv: one row per extraction; gdelt-events: "
                        "GDELT 2.0 event columns; corrections: analysts' corrections as gold data")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    _add_db(p)
    p.set_defaults(fn=cmd_export)

    p = sub.add_parser("serve", help="pages and a JSON API over the archive")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help="allow corrections with this token (or COINCIDE_TOKEN); without it the server is read-only")
    _add_db(p)
    p.set_defaults(fn=cmd_serve)

    for name, fn, help_text in (
        ("compare", cmd_compare, "where two actors coincide and diverge, across stories"),
        ("positions", cmd_positions, "an actor's positions by issue, across stories"),
    ):
        p = sub.add_parser(name, help=help_text)
        if name == "compare":
            p.add_argument("a", help="an actor name, alias or ISO3 code (e.g. RUS)")
            p.add_argument("b", help="another actor")
            p.add_argument("--issue", metavar="TEXT", help="only issues whose label contains this")
            p.add_argument("--since", metavar="DATE", help="only stories published on or after (YYYY[-MM[-DD]])")
            p.add_argument("--until", metavar="DATE", help="only stories published on or before")
        else:
            p.add_argument("actor", help="an actor name, alias or ISO3 code")
        _add_db(p)
        p.add_argument("--from", dest="from_paths", nargs="+", metavar="PATH", help="analyse these stories instead of reading the archive")
        p.add_argument("--config", metavar="FILE", help="settings file (with --from)")
        p.add_argument("--evidence", type=int, default=3, metavar="N", help="evidence sentences shown per issue")
        p.add_argument("--json", action="store_true")
        p.set_defaults(fn=fn)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="coincide: %(message)s")
    try:
        return args.fn(args)
    except CoincideError as exc:
        print(f"coincide: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("coincide: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
