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


class _Report:
    """What every section of one story's report needs: the record, the width, the actors' names."""

    def __init__(self, record: StoryRecord):
        self.record = record
        self.width = _width()
        self.names = {a.id: a.name for a in record.actors}

    def who(self, ref: str | None) -> str:
        return self.names.get(ref, "?") if ref else "?"

    def pair(self, actors: list[str]) -> str:
        return " & ".join(self.who(a) for a in actors)

    def wrap(self, text: str, indent: str = "    ") -> str:
        return textwrap.fill(text, width=self.width, initial_indent=indent, subsequent_indent=indent + "  ")


def _header(r: _Report) -> list[str]:
    story = r.record.story
    rule = "═" * min(r.width, 80)
    meta = [("Source", story.source), ("Published", story.published), ("Dateline", story.dateline),
            ("Byline", story.byline), ("Language", story.language)]
    return [rule, story.title or "(untitled)", rule, *(f"{k:10s} {v}" for k, v in meta if v),
            f"{'Body':10s} {len(story.body):,} characters"]


def _actors(r: _Report) -> list[str]:
    return [r.wrap(f"{a.name} — {a.kind}"
                   + (f", {a.country}" if a.country else "")
                   + (f", {a.role}" if a.role else "")
                   + f"; {len(a.mentions)} mention{'s' if len(a.mentions) != 1 else ''}"
                   + (f" (also: {', '.join(a.aliases[:4])})" if a.aliases else ""))
            for a in r.record.actors]


def _quotes(r: _Report) -> list[str]:
    """Quotes grouped by who said them (joint speakers as one group), in the order first heard."""
    by_speaker: dict[str, list] = defaultdict(list)
    for q in r.record.quotes:
        speakers = q.speakers or ([q.speaker] if q.speaker else [])
        by_speaker[" & ".join(r.who(s) for s in speakers) or "unknown speaker"].append(q)
    lines = []
    for speaker, quotes in by_speaker.items():
        lines.append(f"    {speaker}")
        for q in quotes:
            text = f"“{_clip(q.text)}”" if q.kind == "direct" else _clip(q.text)
            extra = f" (to {r.who(q.addressee)})" if q.addressee else ""
            lines.append(r.wrap(f"[{q.kind}, {q.cue or '-'}{extra}] {text}", indent="      "))
    return lines


def _positions(r: _Report) -> list[str]:
    return [r.wrap(f"{r.who(p.holder)}: {p.stance} — {p.issue}  («{_clip(p.statement, 120)}»)") for p in r.record.positions]


def _relations(r: _Report) -> list[str]:
    return [r.wrap(f"{r.pair(x.actors)}: {x.relation.upper()} on {x.issue or 'the matter overall'} ({x.basis})")
            for x in sorted(r.record.relations, key=lambda x: (x.relation, x.issue))]


def _events(r: _Report) -> list[str]:
    body = r.record.story.body
    return [r.wrap(f"{e.type}: {r.who(e.source)}"
                   + (f" → {r.who(e.target)}" if e.target else "")
                   + (f", {e.date}" if e.date else "")
                   + (f", {e.location}" if e.location else "")
                   + f"  «{_clip(body[e.span[0]:e.span[1]], 120)}»")
            for e in r.record.events]


def figure_text(f) -> str:
    """'at least 93,000 people killed', '4,000,000,000 pounds — tax cuts': the amount, then what it
    counts (a Figure, or a stored record's figure as a dict: the workbench shows both). An `about`
    that begins with the unit's own word ('people killed' for people) reads on from the amount; any
    other is set apart, since `about` is a phrase of the sentence ('leaders said'), not a noun that
    always follows the unit."""
    get = f.get if isinstance(f, dict) else (lambda k: getattr(f, k, None))
    qualifier, value, unit, about = get("qualifier"), get("value"), get("unit"), get("about")
    number = _number(value) if isinstance(value, (int, float)) else str(value or "")
    high = get("value_high")
    if isinstance(high, (int, float)):  # a range: its low and high ends
        number += f"-{_number(high)}"
    amount = f"{(qualifier + ' ') if qualifier else ''}{number} {unit or ''}".strip()
    if not about:
        return amount
    first = about.split()[0].lower()
    if unit and first == unit.lower():
        return f"{amount}{about[len(first):]}"
    return f"{amount} — {about}"


def _figures(r: _Report) -> list[str]:
    return [r.wrap(figure_text(f)
                   + (f", in {r.who(f.place)}" if f.place else "")
                   + (f", since {f.since}" if f.since else "")
                   + (f", per {r.who(f.source)}" if f.source else ""))
            for f in r.record.figures]


# The report's sections in order: (title, the record's items it counts, its renderer).
SECTIONS = (
    ("Actors", "actors", _actors),
    ("Quotes", "quotes", _quotes),
    ("Positions", "positions", _positions),
    ("Where they coincide and diverge", "relations", _relations),
    ("Events", "events", _events),
    ("Figures", "figures", _figures),
)


def render(record: StoryRecord | ErrorRecord) -> str:
    if isinstance(record, ErrorRecord):
        return f"✗ {record.source}: {record.message} [{record.code}]\n"
    r = _Report(record)
    out = _header(r)
    for title, field, lines in SECTIONS:
        items = getattr(record, field)
        out += ["", f"{title} ({len(items)})"]
        out += lines(r) if items else ["    none found"]
    out.append("")
    return "\n".join(out) + "\n"
