"""The readable terminal report of one story record (the default output of `coincide analyze`)."""

from __future__ import annotations

import shutil
import textwrap
from collections import defaultdict

from .records import ErrorRecord, StoryRecord


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 110))


def _clip(text: str, limit: int = 240) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def render(record: StoryRecord | ErrorRecord) -> str:
    if isinstance(record, ErrorRecord):
        return f"✗ {record.source}: {record.message} [{record.code}]\n"
    width = _width()
    story = record.story
    names = {a.id: a.name for a in record.actors}

    def who(ref: str | None) -> str:
        return names.get(ref, "?") if ref else "?"

    def wrap(text: str, indent: str = "    ") -> str:
        return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ")

    out: list[str] = []
    rule = "═" * min(width, 80)
    out += [rule, story.title or "(untitled)", rule]
    meta = [
        ("Source", story.source),
        ("Published", story.published),
        ("Dateline", story.dateline),
        ("Byline", story.byline),
        ("Language", story.language),
    ]
    out += [f"{k:10s} {v}" for k, v in meta if v]
    out.append(f"{'Body':10s} {len(story.body):,} characters")

    def section(title: str, items: list, lines) -> None:
        out.append("")
        out.append(f"{title} ({len(items)})")
        if not items:
            out.append("    none found")
            return
        out.extend(lines)

    section(
        "Actors",
        record.actors,
        [
            wrap(
                f"{a.name} — {a.kind}"
                + (f", {a.country}" if a.country else "")
                + (f", {a.role}" if a.role else "")
                + f"; {len(a.mentions)} mention{'s' if len(a.mentions) != 1 else ''}"
                + (f" (also: {', '.join(a.aliases[:4])})" if a.aliases else "")
            )
            for a in record.actors
        ],
    )

    by_speaker: dict[str, list] = defaultdict(list)
    for q in record.quotes:
        speakers = q.speakers or ([q.speaker] if q.speaker else [])
        by_speaker[" & ".join(who(s) for s in speakers) or "unknown speaker"].append(q)
    quote_lines = []
    for speaker, quotes in by_speaker.items():
        quote_lines.append(f"    {speaker}")
        for q in quotes:
            text = f"“{_clip(q.text)}”" if q.kind == "direct" else _clip(q.text)
            extra = f" (to {who(q.addressee)})" if q.addressee else ""
            quote_lines.append(wrap(f"[{q.kind}, {q.cue or '-'}{extra}] {text}", indent="      "))
    section("Quotes", record.quotes, quote_lines)

    section(
        "Positions",
        record.positions,
        [wrap(f"{who(p.holder)}: {p.stance} — {p.issue}  («{_clip(p.statement, 120)}»)") for p in record.positions],
    )

    def pair(actors: list[str]) -> str:
        return " & ".join(who(a) for a in actors)

    section(
        "Where they coincide and diverge",
        record.relations,
        [
            wrap(f"{pair(r.actors)}: {r.relation.upper()} on {r.issue or 'the matter overall'} ({r.basis})")
            for r in sorted(record.relations, key=lambda r: (r.relation, r.issue))
        ],
    )
    section(
        "Events",
        record.events,
        [
            wrap(
                f"{e.type}: {who(e.source)}"
                + (f" → {who(e.target)}" if e.target else "")
                + (f", {e.date}" if e.date else "")
                + (f", {e.location}" if e.location else "")
                + f"  «{_clip(story.body[e.span[0]:e.span[1]], 120)}»"
            )
            for e in record.events
        ],
    )
    section(
        "Figures",
        record.figures,
        [
            wrap(
                f"{(f.qualifier + ' ') if f.qualifier else ''}{_number(f.value)} {f.unit or ''} {f.about or ''}".strip()
                + (f", in {who(f.place)}" if f.place else "")
                + (f", since {f.since}" if f.since else "")
                + (f", per {who(f.source)}" if f.source else "")
            )
            for f in record.figures
        ],
    )
    out.append("")
    return "\n".join(out) + "\n"
