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


def _overrides(args: argparse.Namespace) -> dict | None:
    overrides: dict = {}
    if args.model:
        overrides["nlp"] = {"model": args.model}
    if args.follow_links:
        overrides["ingest"] = {"follow_links": True}
    return overrides or None


def cmd_analyze(args: argparse.Namespace) -> int:
    from .analyze import analyze_paths
    from .config import load_settings

    settings = load_settings(args.config, overrides=_overrides(args))
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

    settings = load_settings(args.config, overrides=_overrides(args))
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
    from . import query

    with _Archive(args) as store:
        hits = store.search(args.query, limit=_limit(args))
        total = query.search_total(store, args.query) if len(hits) >= _limit(args) else len(hits)
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
    _showing(len(hits), total, "matches")
    return 0


class _Archive:
    """The archive a read command asks: --db (which must exist: a read creates nothing), or the
    stories given with --from, analysed now into a throwaway archive; closes what it opened."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._tmp = None
        self.store = None

    def __enter__(self):
        from .store import default_db, open_store

        args = self.args
        if getattr(args, "from_paths", None):
            import tempfile

            from .archive import ingest_paths

            self._tmp = tempfile.TemporaryDirectory(prefix="coincide-")
            self.store = open_store(str(Path(self._tmp.name) / "from.db"))
            for _ in ingest_paths(args.from_paths, self.store, _settings(args)):
                pass
            return self.store
        url = args.db or default_db()
        if not url.startswith(("postgresql://", "postgres://")):
            path = Path(url[len("sqlite:///"):] if url.startswith("sqlite:///") else url)
            if not path.is_file():
                raise CoincideError(f"{path}: no archive there (make one with `coincide ingest PATH... --db {path}`)")
        self.store = open_store(url)
        return self.store

    def __exit__(self, *exc):
        if self.store is not None:
            self.store.close()
        if self._tmp is not None:
            self._tmp.cleanup()


def _settings(args: argparse.Namespace) -> dict:
    from .config import load_settings

    return load_settings(getattr(args, "config", None))


def _speak_for(args: argparse.Namespace) -> str:
    from .errors import ConfigError
    from .query import SPEAK_FOR

    value = getattr(args, "speak_for", None) or _settings(args)["knowledge"]["speak_for"]
    if value not in SPEAK_FOR:
        raise ConfigError(f"[knowledge] speak_for must be one of {', '.join(SPEAK_FOR)}, got {value!r}")
    return value


def cmd_compare(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from . import query
    from .compare import timeline

    with _Archive(args) as store:
        a, b = query.find_entity(store, args.a), query.find_entity(store, args.b)
        args.topic = query.check_topic(store, args.topic)
        rows = query.compare(store, a, b, topic=args.topic, issue=args.issue, since=args.since, until=args.until,
                             speak_for=_speak_for(args), evidence=max(args.evidence, 1), undated=args.undated)
        # on a topic, where each stands: the reader sees the two sides even where no matter of
        # theirs meets the other's (different wordings of one dispute)
        sides = [query.positions(store, who, topic=args.topic, issue=args.issue, since=args.since, until=args.until,
                                 speak_for=_speak_for(args), per_issue=1, limit=5, undated=args.undated)
                 for who in (a, b)] if args.topic else []
        stories = store.count()
    if args.json:
        print(json.dumps({"a": args.a, "b": args.b, "a_entity": a.name, "b_entity": b.name,
                          "issues": [dict(asdict(r), strength=r.strength) for r in rows],
                          "timeline": timeline(rows), "sides": sides}, ensure_ascii=False))
        return 0
    what = f" on {args.topic}" if args.topic else ""
    for side in sides:
        print(f"\nWhere {side['actor']} stands{what} ({side['total']} matters, the most held first)")
        for issue in side["issues"]:
            stances = ", ".join(f"{n} {s}" for s, n in issue["stances"].items())
            example = issue["items"][0] if issue["items"] else None
            print(f"  {issue['issue']}  ({stances})" + (f" — {example['holder_name']}: “{example['statement']}”" if example else ""))
    if not rows:
        print(f"\nno matter{what} on which both {a.name} and {b.name} have positions in {stories} stories")
        return 0
    for relation in ("coincide", "diverge"):
        part = [r for r in rows if r.relation == relation]
        print(f"\n{a.name} and {b.name} {relation.upper()}{what} on {len(part)} issue{'s' if len(part) != 1 else ''}")
        for r in part:
            print(f"  {r.issue or 'overall'}  (stated {r.stated}, inferred {r.inferred}, across stories {r.across})")
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
    from . import query

    with _Archive(args) as store:
        who = query.find_entity(store, args.actor)
        found = query.positions(store, who, topic=query.check_topic(store, args.topic), issue=args.issue, since=args.since,
                                until=args.until, speak_for=_speak_for(args), per_issue=max(args.evidence, 1),
                                limit=_limit(args), undated=args.undated)
        stories = store.count()
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
        return 0
    if not found["issues"]:
        print(f"no positions of {who.name} in {stories} stories")
    for issue in found["issues"]:
        stances = ", ".join(f"{n} {s}" for s, n in issue["stances"].items())
        print(f"{issue['issue']}  ({stances})")
        for item in issue["items"][: args.evidence]:
            print(f"    {item['published'] or '':10s} {item['holder_name']}: {item['stance']} — {item['statement']}")
    _showing(len(found["issues"]), found["total"], "issues")
    return 0


def _showing(shown: int, total: int, what: str) -> None:
    if shown < total:
        print(f"(showing {shown} of {total} {what}; --limit N or --all shows more)", file=sys.stderr)


ALL = 10**9


def _limit(args: argparse.Namespace) -> int:
    return ALL if getattr(args, "all", False) else args.limit


def _date(value: str) -> str:
    """A --since/--until value: YYYY, YYYY-MM or YYYY-MM-DD, else an error naming it."""
    from .query import is_date

    if is_date(value):
        return value
    raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _plover_type(value: str) -> str:
    """A --type value: PLOVER types, comma-separated, any case; else an error listing them."""
    from .nlp.plover import TYPES

    given = [t.strip().upper() for t in value.split(",") if t.strip()]
    bad = [t for t in given if t not in TYPES]
    if bad or not given:
        raise argparse.ArgumentTypeError(f"{value!r} is not a PLOVER type; one of {', '.join(sorted(TYPES))}")
    return ",".join(given)


def _country(value: str) -> str:
    if len(value) != 3 or not value.isalpha():
        raise argparse.ArgumentTypeError(f"not an ISO3 country code: {value!r} (e.g. GBR, USA, RUS)")
    return value.upper()


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
    from . import query

    with _Archive(args) as store:
        if args.action == "list":
            if args.names:
                raise CoincideError("actors: names go with show, merge or split (e.g. `coincide actors show Blair`)")
            found = query.entities(store, kind=args.kind, country=args.country, party=args.party, limit=_limit(args))
            _emit(found["items"], ["name", "kind", "country", "party", "stories", "mentions", "names"], args.json)
            if not args.json:
                _showing(len(found["items"]), found["total"], "entities")
            return 0
        need = {"show": 1, "split": 1, "merge": 2}[args.action]
        if len(args.names) != need:
            raise CoincideError(f"actors {args.action} takes {need} name{'s' if need > 1 else ''}, got {len(args.names)}")
        if args.action == "merge":
            who = query.merge(store, *args.names, author=args.author)
            print(f"merged: {args.names[0]} and {args.names[1]} are now one entity, {who.name}")
        elif args.action == "split":
            who = query.split(store, args.names[0], author=args.author)
            print(f"split: {args.names[0]} is now an entity of its own, {who.name}")
        who = query.find_entity(store, args.names[0])
        names = query.entity_names(store, who)
        people = query.people_of(store, who)
        offices = query.offices_of(who)
    if args.json:
        print(json.dumps({"id": who.id, "name": who.name, "kind": who.kind, "country": who.country,
                          "names": names, "people": people, "offices": offices}, ensure_ascii=False))
        return 0
    print(f"{who.name}  ({who.kind}{', ' + who.country if who.country else ''})")
    for n in names:
        print(f"  {n['name']:30s} {n['stories']:5d} stories  {n['evidence'] or '(the first name)'}")
    if people:
        print(f"  speaking for it: {', '.join(people[:20])}")
    for o in offices:
        print(f"  office (Phoenix): {o['code']}  {o['from'] or '…'} – {o['until'] or '…'}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    with _Archive(args) as store:
        n = store.rebuild_knowledge()
        entities = store.count("entities")
    print(f"the knowledge tables of {store.path} derived again from {n} stories: {entities} entities", file=sys.stderr)
    return 0


def cmd_topics(args: argparse.Namespace) -> int:
    from . import query

    with _Archive(args) as store:
        if args.topic:
            found = query.topic_detail(store, args.topic, since=args.since, until=args.until, limit=_limit(args))
        else:
            rows = query.topics(store, since=args.since, until=args.until, limit=_limit(args))
    if not args.topic:
        _emit(rows, ["topic", "positions", "stories", "support", "oppose"], args.json)
        return 0
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
        return 0
    print(f"{args.topic}: who stands where")
    for h in found["holders"]:
        stances = ", ".join(f"{n} {s}" for s, n in sorted(h["stances"].items()))
        print(f"  {h['name']:32s} {h['kind']:12s} {stances}")
    _showing(len(found["holders"]), found["holders_total"], "holders")
    print("by month")
    for m in found["months"]:
        print(f"  {m['month']:8s} " + ", ".join(f"{m[k]} {k}" for k in ("support", "oppose", "neutral") if m.get(k)))
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from . import query

    with _Archive(args) as store:
        who = query.find_entity(store, args.actor)
        found = query.quotes_list(store, who, topic=args.topic, words=args.words, since=args.since, until=args.until,
                                  undated=args.undated, speak_for=_speak_for(args), limit=_limit(args))
    if args.json:
        _emit(found["items"], [], True)
        return 0
    if not found["items"]:
        print(f"no quotes by {who.name}")
    for r in found["items"]:
        print(f"{(r['published'] or '')[:10]:10s} {r['speaker_name']} [{r['kind']}, {r['cue']}] — {r['title']}")
        print(f"           «{' '.join(r['text'].split())[:400]}»")
    _showing(len(found["items"]), found["total"], "quotes")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from . import query

    with _Archive(args) as store:
        found = query.events(store, type=args.type, actor=args.actor, country=args.country, topic=args.topic,
                             since=args.since, until=args.until, undated=args.undated, sort=args.sort,
                             limit=_limit(args))
    rows = found["items"]
    for r in rows:
        r["date"] = r["date"] or (r["published"] or "")[:10] or None
    _emit(rows, ["date", "type", "source_name", "source_country", "target_name", "target_country", "location", "title"],
          args.json)
    if not args.json:
        _showing(len(rows), found["total"], "events")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import EXPORTERS, export_csv_dir

    if args.format == "csv" and args.output and not args.output.lower().endswith(".csv"):
        # a folder: one file per section
        with _Archive(args) as store:
            counts = export_csv_dir(store, args.output)
        print("exported " + ", ".join(f"{n} {name}" for name, n in counts.items()) + f" into {args.output}", file=sys.stderr)
        return 0
    with _Archive(args) as store:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            n = EXPORTERS[args.format](store, out)
        finally:
            if args.output:
                out.close()
    unit = {"jsonl": "stories", "corrections": "corrections"}.get(args.format, "rows")
    print(f"exported {n} {unit}", file=sys.stderr)
    return 0


def serve_warning(host: str, token: str | None) -> str | None:
    """What to tell the operator before serving a token beyond this machine over plain HTTP."""
    import ipaddress

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if token and not loopback:
        return (f"coincide: warning: serving on {host} with a token over plain HTTP: the token (at sign-in) and "
                "the session cookie can be read by anyone on the network path; put a TLS proxy in front")
    return None


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    from .web.app import create_app
    from .web.server import serve

    token = args.token or os.environ.get("COINCIDE_TOKEN")
    app = create_app(args.db, token=token, body_timeout=args.body_timeout)
    where = f"http://{args.host}:{args.port}/"
    mode = "changes allowed with the token" if token else "read-only (no --token)"
    print(f"coincide: serving {app.state.store.path} at {where} — {mode}", file=sys.stderr)
    warning = serve_warning(args.host, token)
    if warning:
        print(warning, file=sys.stderr)
    serve(app, args.host, args.port, header_timeout=args.header_timeout)
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
        ("analyze", cmd_analyze, "analyse stories and print their records (also: analyse)"),
        ("ingest", cmd_ingest, "analyse stories and store them in the archive"),
    ):
        p = sub.add_parser(name, help=help_text, aliases=["analyse"] if name == "analyze" else [])
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
        p.add_argument("--follow-links", action="store_true",
                       help="in folders, also read symbolic links to files outside the folder (refused by default)")
        _add_engine(p)
        p.set_defaults(fn=fn)

    p = sub.add_parser("search", help="full-text search over stored bodies, quotes and positions")
    p.add_argument("query", help="words to find")
    _add_db(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--all", action="store_true", help="every match (no --limit)")
    p.add_argument("--json", action="store_true", help="one JSON object per hit")
    p.set_defaults(fn=cmd_search)

    p = sub.add_parser("actors", help="entities in the archive (one per real actor), their names; merge or split them",
                       description="coincide actors [--kind K] [--country ISO3] [--party NAME]: entities, most reported "
                                   "first. `actors show NAME`: an entity's names and why each joined it. `actors merge A B`: "
                                   "A and B are one entity. `actors split NAME`: that name is an entity of its own. Merges "
                                   "and splits are stored as corrections and survive re-ingest.")
    p.add_argument("action", nargs="?", choices=["list", "show", "merge", "split"], default="list")
    p.add_argument("names", nargs="*", metavar="NAME")
    p.add_argument("--country", metavar="ISO3", help="only entities of this country (e.g. RUS)")
    p.add_argument("--kind", choices=["person", "party", "organization", "government", "country", "group"])
    p.add_argument("--party", metavar="NAME", help="only the people who speak for this party")
    p.add_argument("--author", help="who merges or splits (kept with the correction)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--all", action="store_true", help="every entity (no --limit)")
    p.add_argument("--json", action="store_true")
    _add_db(p)
    p.set_defaults(fn=cmd_actors)

    p = sub.add_parser("quotes", help="what an actor said, across the archive")
    p.add_argument("actor", help="a name, alias or ISO3 code")
    p.add_argument("--topic", metavar="TOPIC", help="only quotes giving a position on this topic")
    p.add_argument("--words", metavar="TEXT", help="only quotes containing these words")
    p.add_argument("--since", metavar="DATE", type=_date, help="only stories published on or after (leaves undated ones out)")
    p.add_argument("--until", metavar="DATE", type=_date, help="only stories published on or before")
    p.add_argument("--undated", action="store_true", help="with --since/--until: keep undated stories too")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--all", action="store_true", help="every quote (no --limit)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--config", metavar="FILE", help="settings file ([knowledge] speak_for)")
    _add_db(p)
    p.set_defaults(fn=cmd_quotes)

    p = sub.add_parser("reindex", help="derive entities, facts and topics again from the stored records (after an upgrade)")
    _add_db(p)
    p.set_defaults(fn=cmd_reindex)

    p = sub.add_parser("topics", help="topics: how many positions, who holds which stance, by month")
    p.add_argument("topic", nargs="?", help="one topic (as `coincide topics` lists them): who stands where on it")
    p.add_argument("--since", metavar="DATE", type=_date)
    p.add_argument("--until", metavar="DATE", type=_date)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--all", action="store_true", help="no --limit")
    p.add_argument("--json", action="store_true")
    _add_db(p)
    p.set_defaults(fn=cmd_topics)

    p = sub.add_parser("events", help="PLOVER events in the archive")
    p.add_argument("--type", metavar="TYPE", type=_plover_type, help="a PLOVER type, e.g. AID (several: AID,SUPPORT)")
    p.add_argument("--actor", metavar="NAME", help="source or target name, or ISO3 code")
    p.add_argument("--country", metavar="ISO3", type=_country, help="source or target of this country")
    p.add_argument("--topic", metavar="TOPIC", help="only events of stories with positions on this topic")
    p.add_argument("--since", metavar="DATE", type=_date, help="on or after (YYYY[-MM[-DD]]); leaves undated events out")
    p.add_argument("--until", metavar="DATE", type=_date, help="on or before")
    p.add_argument("--undated", action="store_true", help="with --since/--until: keep undated events too")
    p.add_argument("--sort", choices=["newest", "oldest"], default="newest")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--all", action="store_true", help="every event (no --limit)")
    p.add_argument("--json", action="store_true")
    _add_db(p)
    p.set_defaults(fn=cmd_events)

    p = sub.add_parser("export", help="the archive as jsonl, csv or GDELT 2.0 event rows")
    p.add_argument("--format", choices=["jsonl", "csv", "gdelt-events", "corrections"], default="jsonl",
                   help="jsonl: story records with corrections; csv: with --output DIR one file per section "
                        "(stories, actors, quotes, positions, relations, events, figures), else one row per extraction; "
                        "gdelt-events: GDELT 2.0 event columns; corrections: analysts' corrections as gold data")
    p.add_argument("-o", "--output", metavar="FILE|DIR", help="write here instead of standard output (csv: a folder)")
    _add_db(p)
    p.set_defaults(fn=cmd_export)

    p = sub.add_parser("serve", help="pages and a JSON API over the archive")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help="allow corrections with this token, at least 16 characters (or COINCIDE_TOKEN); "
                                   "without it the server is read-only")
    p.add_argument("--header-timeout", type=float, default=10.0, metavar="S",
                   help="close a connection whose request headers take longer than S seconds (default 10)")
    p.add_argument("--body-timeout", type=float, default=20.0, metavar="S",
                   help="answer 408 to a request body that takes longer than S seconds (default 20)")
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
        else:
            p.add_argument("actor", help="an actor name, alias or ISO3 code")
            p.add_argument("--limit", type=int, default=50, help="issues shown (most held first)")
            p.add_argument("--all", action="store_true", help="every issue (no --limit)")
        p.add_argument("--topic", metavar="TOPIC", help="only positions on this topic (see `coincide topics`)")
        p.add_argument("--issue", metavar="TEXT", help="only issues whose label contains this")
        p.add_argument("--since", metavar="DATE", type=_date,
                       help="only stories published on or after (YYYY[-MM[-DD]]); leaves undated ones out")
        p.add_argument("--until", metavar="DATE", type=_date, help="only stories published on or before")
        p.add_argument("--undated", action="store_true", help="with --since/--until: keep undated stories too")
        p.add_argument("--speak-for", choices=["office_holders", "everyone", "nobody"],
                       help="whose positions count for a country or party (default: [knowledge] speak_for)")
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
