"""`coincide export`: the archive as JSON Lines, CSV, or GDELT Event 2.0 rows.

The GDELT layout is the 61 tab-separated columns of the GDELT 2.0 event table, so existing GDELT
tooling can read coincide's events. PLOVER types map to the CAMEO root codes they were built from
(the CAMEO-to-PLOVER crosswalk read backwards); QuadClass follows from the root code. Columns
coincide does not know (tone, geo coordinates) are left empty, not invented.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from typing import Any, Iterable, TextIO

from .records import Actor, StoryRecord

# PLOVER type -> (CAMEO event code, Goldstein scale of that CAMEO root)
PLOVER_TO_CAMEO = {
    "AGREE": ("030", 4.0), "CONSULT": ("040", 1.0), "SUPPORT": ("051", 3.4), "COOPERATE": ("060", 6.0),
    "AID": ("070", 7.0), "CONCEDE": ("080", 5.0), "RETREAT": ("087", 9.0), "INVESTIGATE": ("090", -2.0),
    "DEMAND": ("100", -5.0), "DISAPPROVE": ("110", -2.0), "REJECT": ("120", -4.0), "THREATEN": ("130", -4.4),
    "PROTEST": ("140", -6.5), "MOBILIZE": ("150", -7.2), "SANCTION": ("160", -4.0), "COERCE": ("170", -7.0),
    "ASSAULT": ("180", -9.0), "FIGHT": ("190", -10.0),
}


def quad_class(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def with_corrections(record: dict[str, Any], corrections: list[dict[str, Any]]) -> dict[str, Any]:
    if corrections:
        record = dict(record, corrections=[
            {k: c[k] for k in ("section", "idx", "field", "verdict", "value", "note", "author", "at")} for c in corrections
        ])
    return record


def export_jsonl(store, out: TextIO) -> int:
    by_story: dict[str, list] = {}
    for c in store.corrections():
        by_story.setdefault(c["story_id"], []).append(c)
    n = 0
    for record in store.records():
        out.write(json.dumps(with_corrections(record, by_story.get(record["story"]["id"], [])), ensure_ascii=False) + "\n")
        n += 1
    return n


CSV_COLUMNS = ["story_id", "published", "title", "section", "idx", "actor", "country", "label", "kind", "text",
               "span_start", "span_end", "corrections"]


def _corrections_by_item(corrections: list[dict[str, Any]]) -> dict[tuple, str]:
    out: dict[tuple, list[str]] = {}
    for c in corrections:
        text = f"{c['field']}: {c['verdict']}" + (f" -> {c['value']}" if c.get("value") else "")
        out.setdefault((c["story_id"], c["section"], c["idx"]), []).append(text)
    return {k: "; ".join(v) for k, v in out.items()}


def _typed(record: dict[str, Any] | StoryRecord) -> StoryRecord:
    return record if isinstance(record, StoryRecord) else StoryRecord.from_dict(record)


def csv_rows(records: Iterable[dict[str, Any] | StoryRecord], corrections: list[dict[str, Any]] = ()):
    """One row per extraction: quotes, positions, events, figures, with analysts' corrections."""
    corrected = _corrections_by_item(list(corrections))
    for r in map(_typed, records):
        s = r.story
        actors = {a.id: a for a in r.actors}

        def row(section, idx, actor_id, label, kind, text, span):
            a = actors.get(actor_id)
            return [s.id, s.published, s.title, section, idx, a and a.name, a and a.country,
                    label, kind, text, span[0] if span else None, span[1] if span else None,
                    corrected.get((s.id, section + "s", idx), "")]

        for i, q in enumerate(r.quotes):
            yield row("quote", i, q.speaker, q.cue, q.kind, q.text, q.span)
        for i, p in enumerate(r.positions):
            yield row("position", i, p.holder, p.issue, p.stance, p.statement, p.span)
        for i, e in enumerate(r.events):
            target = actors.get(e.target)
            yield row("event", i, e.source, e.type, target and target.name, s.body[e.span[0]:e.span[1]] if e.span else "",
                      e.span)
        for i, f in enumerate(r.figures):
            yield row("figure", i, f.source, f.about, f.unit, str(f.value), f.span)


# A cell starting with one of these is a formula to a spreadsheet (=cmd|' /C calc'!A0 runs a
# program in Excel); OWASP's advice is to prefix such a cell with a quote, which makes it text.
# Tab and carriage return are on the list because some spreadsheets strip them and then read on.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: scraped titles and quotes are hostile input."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        # a plain negative number ("-3.5", a figure) is no formula and stays a number
        return "'" + value
    return value


def export_csv(store, out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for row in csv_rows(store.records(), store.corrections()):
        writer.writerow([safe_cell(v) for v in row])
        n += 1
    return n


def _actor_cols(actor: Actor | None) -> list[str]:
    if not actor:
        return [""] * 10
    code = actor.code or actor.country or ""
    return [code, (actor.name or "").upper(), actor.country or "", "", "", "", "", code[3:6] if len(code) >= 6 else "", "", ""]


def gdelt_rows(records: Iterable[dict[str, Any] | StoryRecord]):
    for r in map(_typed, records):
        s = r.story
        actors = {a.id: a for a in r.actors}
        added = (s.published or "").replace("-", "").replace("T", "").replace(":", "")[:14]
        for i, e in enumerate(r.events):
            code, goldstein = PLOVER_TO_CAMEO.get(e.type, ("", ""))
            date = (e.date or s.published or "")[:10]
            day = date.replace("-", "")
            if len(day) != 8:
                day = ""
            event_id = int(hashlib.sha256(f"{s.id}:{i}".encode()).hexdigest()[:15], 16)
            frac = ""
            if day:
                from datetime import date as _date

                d = _date(int(day[:4]), int(day[4:6]), int(day[6:]))
                frac = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
            root = code[:2] if code else ""
            action_geo = ["", e.location or "", "", "", "", "", "", ""]
            yield [
                event_id, day, day[:6], day[:4], frac,
                *_actor_cols(actors.get(e.source)),
                *_actor_cols(actors.get(e.target)),
                1, code, code[:3] if code else "", root, quad_class(int(root)) if root else "", goldstein,
                len(e.spans or [e.span]), 1, 1, "",
                *([""] * 8), *([""] * 8), *action_geo,
                added, s.url or s.source or "",
            ]


def export_gdelt(store, out: TextIO) -> int:
    n = 0
    for row in gdelt_rows(store.records()):
        out.write("\t".join("" if v is None else str(v) for v in row) + "\n")
        n += 1
    return n


def export_corrections(store, out: TextIO) -> int:
    """Analysts' corrections as gold data: each with the story, the item as the machine gave it, and
    the verdict, one JSON object per line, ready for evaluation."""
    records: dict[str, dict[str, Any]] = {}
    n = 0
    for c in store.corrections():
        record = records.get(c["story_id"]) or store.record(c["story_id"]) or {}
        records[c["story_id"]] = record
        items = record.get(c["section"]) or []
        item = items[c["idx"]] if 0 <= c["idx"] < len(items) else None
        story = record.get("story") or {}
        out.write(json.dumps({
            "story": {"id": c["story_id"], "source": story.get("source"), "title": story.get("title")},
            "section": c["section"], "idx": c["idx"], "field": c["field"], "machine": item,
            "verdict": c["verdict"], "value": c["value"], "note": c["note"], "author": c["author"], "at": c["at"],
            "pipeline_version": record.get("pipeline_version"),
        }, ensure_ascii=False) + "\n")
        n += 1
    return n


# -- one CSV file per section (`export --format csv --output DIR`) ---------------------------------
# Names beside ids (a quote's speaker and speaker_name), one column per field, so a spreadsheet
# needs no look-ups. Read story by story from the archive: memory does not grow with its size.

SECTION_COLUMNS = {
    "stories": ["story_id", "source", "url", "title", "published", "dateline", "byline", "language",
                "pipeline_version"],
    "actors": ["story_id", "actor_id", "name", "kind", "country", "role", "code", "aliases", "mentions"],
    "quotes": ["story_id", "idx", "speaker", "speaker_name", "kind", "cue", "text", "addressee", "addressee_name",
               "span_start", "span_end", "corrections"],
    "positions": ["story_id", "idx", "holder", "holder_name", "stance", "issue", "statement", "topics", "quote_idx",
                  "span_start", "span_end", "corrections"],
    "relations": ["story_id", "idx", "actor_a", "actor_a_name", "actor_b", "actor_b_name", "relation", "issue",
                  "basis", "span_start", "span_end", "corrections"],
    "events": ["story_id", "idx", "type", "source", "source_name", "source_country", "target", "target_name",
               "target_country", "date", "location", "text", "span_start", "span_end", "corrections"],
    "figures": ["story_id", "idx", "value", "unit", "about", "qualifier", "since", "place", "place_name", "source",
                "source_name", "text", "span_start", "span_end", "corrections"],
}


def write_csv_row(writer, values: Iterable[Any]) -> None:
    """Every CSV cell of the per-section export passes here (None as an empty cell, lists joined)."""
    writer.writerow(["" if v is None else "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for v in values])


def _span(span) -> tuple[Any, Any]:
    return (span[0], span[1]) if span else (None, None)


def section_rows(record: dict[str, Any] | StoryRecord, corrected: dict[tuple, str] | None = None):
    """(section, row) of one story record, in SECTION_COLUMNS order."""
    corrected = corrected or {}
    r = _typed(record)
    s = r.story
    sid = s.id
    actors = {a.id: a for a in r.actors}

    def name(actor_id):
        a = actors.get(actor_id)
        return a.name if a else None

    def fix(section, i):
        return corrected.get((sid, section, i), "")

    yield "stories", [sid, s.source, s.url, s.title, s.published, s.dateline, s.byline, s.language, r.pipeline_version]
    for a in r.actors:
        yield "actors", [sid, a.id, a.name, a.kind, a.country, a.role, a.code, a.aliases or [], len(a.mentions or [])]
    for i, q in enumerate(r.quotes):
        yield "quotes", [sid, i, q.speaker, name(q.speaker), q.kind, q.cue, q.text, q.addressee, name(q.addressee),
                         *_span(q.span), fix("quotes", i)]
    for i, p in enumerate(r.positions):
        topics = [t.get("topic") if isinstance(t, dict) else t for t in p.topics or []]
        yield "positions", [sid, i, p.holder, name(p.holder), p.stance, p.issue, p.statement, topics, p.quote,
                            *_span(p.span), fix("positions", i)]
    for i, x in enumerate(r.relations):
        a, b = (list(x.actors or []) + [None, None])[:2]
        yield "relations", [sid, i, a, name(a), b, name(b), x.relation, x.issue, x.basis, *_span(x.span),
                            fix("relations", i)]
    for i, e in enumerate(r.events):
        start, end = _span(e.span)
        src, tgt = actors.get(e.source), actors.get(e.target)
        yield "events", [sid, i, e.type, e.source, src and src.name, src and src.country, e.target, tgt and tgt.name,
                         tgt and tgt.country, e.date, e.location, s.body[start:end] if start is not None else "", start,
                         end, fix("events", i)]
    for i, f in enumerate(r.figures):
        yield "figures", [sid, i, f.value, f.unit, f.about, f.qualifier, f.since, f.place, name(f.place), f.source,
                          name(f.source), f.text, *_span(f.span), fix("figures", i)]


def stored_records(store, batch: int = 200):
    """Every story record, read a batch of stories at a time by id (never the whole archive at once)."""
    last = ""
    while True:
        rows = store.fetch("SELECT id, record FROM stories WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
        for row in rows:
            yield json.loads(row["record"])
        if len(rows) < batch:
            return
        last = rows[-1]["id"]


def export_csv_dir(store, folder) -> dict[str, int]:
    """One CSV file per section in `folder` (made if missing): {section: rows written}."""
    from pathlib import Path

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    corrected = _corrections_by_item(store.corrections())
    files = {name: open(out / f"{name}.csv", "w", encoding="utf-8", newline="") for name in SECTION_COLUMNS}
    counts = dict.fromkeys(SECTION_COLUMNS, 0)
    try:
        writers = {name: csv.writer(f) for name, f in files.items()}
        for name, columns in SECTION_COLUMNS.items():
            write_csv_row(writers[name], columns)
        for record in stored_records(store):
            for name, row in section_rows(record, corrected):
                write_csv_row(writers[name], row)
                counts[name] += 1
    finally:
        for f in files.values():
            f.close()
    return counts


EXPORTERS = {"jsonl": export_jsonl, "csv": export_csv, "gdelt-events": export_gdelt, "corrections": export_corrections}
