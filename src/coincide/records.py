"""The story record: plain dataclasses, no spaCy types, so they serialize and cross processes.

Field names follow the JSON contract (docs: ../shared/spec/story-json.md, README "The story
record"). Spans are [start, end) character offsets into `Story.body`. Fields beyond the contract
are allowed; renaming or dropping contract fields is not.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from functools import cache
from typing import Any, Literal, get_args, get_origin, get_type_hints

from .errors import RecordError

Span = tuple[int, int]
# The values a field may take, in one place: the dataclasses below are annotated with them,
# StoryRecord.from_dict refuses any other (a RecordError naming the field and the value), and the
# readers downstream (compare, export, report, web) can rely on them.
ActorKind = Literal["person", "country", "government", "organization", "group"]
QuoteKind = Literal["direct", "partial", "indirect", "according_to"]
Stance = Literal["support", "oppose", "neutral"]
RelationKind = Literal["coincide", "diverge"]
Basis = Literal["stated", "inferred"]  # stated: the text says so; inferred: from two positions
# PLOVER event types (nlp/plover.TYPES holds the same, in the order the event rules use; a test
# keeps the two equal). An event's `mode` stays an open string: the event rules give PLOVER's
# modes and contexts (data/plover/CAMEO2PLOVER-2021.txt) and a few of their own ("convict").
EventType = Literal["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND",
                    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                    "ASSAULT", "FIGHT", "INVESTIGATE"]
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
    kind: ActorKind
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
    kind: QuoteKind
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
    stance: Stance
    issue: str
    statement: str
    span: Span
    quote: int | None = None
    topics: Topics = field(default_factory=list)


@dataclass
class Relation:
    actors: list[str]
    relation: RelationKind
    issue: str
    basis: Basis
    span: Span | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Event:
    type: EventType
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
    # how likely the event is of the right PLOVER type, learned from hand judgments of BBC events
    # (coincide.nlp.event_confidence); events under [components.coincide_events] min_confidence are not given
    confidence: float | None = None


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
    # a range ("between £2bn and £3bn", "10-15%"): `value` is its low end, `value_high` its high end
    value_high: float | None = None
    # the claimant's own words when they name no actor ("a survey", "exit polls", "Budget documents")
    source_text: str | None = None


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
    def from_dict(cls, data: dict[str, Any], strict: bool = True) -> "StoryRecord":
        """The record back from its JSON form (to_dict); keys it does not know are ignored, so a
        record written by a newer coincide still reads,
        and a value outside a field's allowed ones (ActorKind, Stance ...) is a RecordError naming the
        field, e.g. "positions[2].stance: 'maybe' is not one of support, oppose, neutral".
        strict=False keeps such a value as it is: the archive derives its facts from every record it
        holds, those an older or newer coincide wrote included, and must not refuse one."""
        return cls(
            story=_from_dict(Story, data.get("story") or {}, "story", strict),
            **{name: [_from_dict(kind, item, f"{name}[{i}]", strict) for i, item in enumerate(data.get(name) or [])]
               for name, kind in SECTIONS.items()},
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


SECTIONS = {"actors": Actor, "quotes": Quote, "positions": Position, "relations": Relation, "events": Event,
            "figures": Figure}


@cache
def choices(kind: type) -> dict[str, tuple[str, ...]]:
    """A record class's fields that take one of a few values, with those values (from its Literal
    annotations): {"stance": ("support", "oppose", "neutral")} for Position."""
    out = {}
    for name, hint in get_type_hints(kind).items():
        if get_origin(hint) is Literal:
            out[name] = get_args(hint)
    return out


def _from_dict(kind: type, data: dict[str, Any], where: str, strict: bool = True) -> Any:
    if not isinstance(data, dict):
        raise RecordError(f"{where}: an object expected, not {type(data).__name__}")
    allowed = choices(kind) if strict else {}
    values = {}
    for f in fields(kind):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in allowed and value not in allowed[f.name]:
            raise RecordError(f"{where}.{f.name}: {value!r} is not one of {', '.join(allowed[f.name])}")
        if f.name in _SPAN_FIELDS and value is not None:
            value = tuple(value)
        elif f.name in _SPAN_LIST_FIELDS and value is not None:
            value = [tuple(v) for v in value]
        values[f.name] = value
    try:
        return kind(**values)
    except TypeError as exc:  # a required field missing
        raise RecordError(f"{where}: {exc}") from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
