"""The story record: plain dataclasses, no spaCy types, so they serialize and cross processes.

Field names follow the JSON contract (docs: ../shared/spec/story-json.md, README "The story
record"). Spans are [start, end) character offsets into `Story.body`. Fields beyond the contract
are allowed; renaming or dropping contract fields is not.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

Span = tuple[int, int]
# An item's topics (coincide_topics): [{"topic": "immigration", "words": ["asylum seekers"],
# "subtopics": []}], CAP major topic ids or the user's own (knowledge/topics.py).
Topics = list[dict[str, Any]]


@dataclass
class Story:
    id: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601, e.g. 2013-06-17T15:39:00
    dateline: str | None = None
    byline: str | None = None
    language: str | None = "en"
    body: str = ""
    url: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person | country | government | organization | group
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    code: str | None = None  # Phoenix/CAMEO code, e.g. RUSGOV, IGOUNO
    members: list[str] = field(default_factory=list)  # kind "group": the member actors' ids


@dataclass
class Quote:
    speaker: str | None
    speakers: list[str]
    kind: str  # direct | partial | indirect | according_to
    text: str
    span: Span
    cue: str | None = None
    cue_span: Span | None = None
    source_span: Span | None = None
    addressee: str | None = None
    topics: Topics = field(default_factory=list)


@dataclass
class Position:
    holder: str
    stance: str  # support | oppose | neutral
    issue: str
    statement: str
    span: Span
    quote: int | None = None
    topics: Topics = field(default_factory=list)


@dataclass
class Relation:
    actors: list[str]
    relation: str  # coincide | diverge
    issue: str
    basis: str  # stated | inferred
    span: Span | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Event:
    type: str  # PLOVER type
    source: str | None
    target: str | None
    actors: list[str]
    date: str | None
    location: str | None
    span: Span
    spans: list[Span] = field(default_factory=list)
    mode: str | None = None
    context: str | None = None
    topics: Topics = field(default_factory=list)
    # CAMEO actor codes of the two sides (issue 14): the actor's own code ("IGOUNO", "NGOHRIAMN",
    # "USAGOV"), or, where the slot names no actor, the Phoenix agent code of its noun ("REB", "COP")
    source_code: str | None = None
    target_code: str | None = None


@dataclass
class Figure:
    value: float
    unit: str | None
    about: str | None
    qualifier: str | None
    place: str | None
    source: str | None
    since: str | None
    span: Span
    text: str | None = None


@dataclass
class StoryRecord:
    story: Story
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    pipeline_version: str | None = None
    # the story's topics: [{"topic", "label", "count" (items carrying it), "words"}], most first
    topics: Topics = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "StoryRecord":
        """The record back from its JSON form (to_dict); keys it does not know are ignored, so a
        record written by a newer coincide still reads."""
        sections = {"actors": Actor, "quotes": Quote, "positions": Position, "relations": Relation,
                    "events": Event, "figures": Figure}
        return cls(
            story=_from_dict(Story, data.get("story") or {}),
            **{name: [_from_dict(kind, item) for item in data.get(name) or []] for name, kind in sections.items()},
            pipeline_version=data.get("pipeline_version"),
            topics=list(data.get("topics") or []),
        )


@dataclass
class ErrorRecord:
    """A story that could not be analysed still gets a line, so a batch never loses its place."""

    source: str
    code: str
    message: str
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        story: dict[str, Any] = {"source": self.source}
        if self.language:
            story["language"] = self.language
        return {"story": story, "error": {"code": self.code, "message": self.message}}


# fields holding one [start, end) span, and fields holding a list of them
_SPAN_FIELDS = {"span", "cue_span", "source_span"}
_SPAN_LIST_FIELDS = {"mentions", "evidence", "spans"}


def _from_dict(kind: type, data: dict[str, Any]) -> Any:
    values = {}
    for f in fields(kind):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in _SPAN_FIELDS and value is not None:
            value = tuple(value)
        elif f.name in _SPAN_LIST_FIELDS and value is not None:
            value = [tuple(v) for v in value]
        values[f.name] = value
    return kind(**values)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
