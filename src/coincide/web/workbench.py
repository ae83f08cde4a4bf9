"""The analyst's workbench: list pages (events, quotes, actors, topics, network), an actor's page,
compare with a chart, the home page, the JSON API behind them, and a download of every list.

Every list answers from the indexed SQL of query.py (never the whole archive), has a total,
paging, a sort and a download of the view as CSV or JSON Lines (`?format=csv|jsonl`). Charts are
SVG drawn here on the server: no script, so the strict Content-Security-Policy stays.

`install(app, env, token)` puts these routes in front of the app's own; a route of app.py with
the same path and method is replaced (the workbench's answers keep the old keys too).
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import math
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from markupsafe import Markup, escape

from .. import query
from ..compare import timeline
from ..query import ActorLookupError

MAX_LIMIT = 500
MAX_TEXT = 500
DOWNLOAD_MAX = 10_000  # rows in one download of a view
PAGE = 50
KINDS = ("person", "party", "organization", "government", "country", "group")
STANCE_COLORS = {"support": "#2e7d32", "neutral": "#9e9e9e", "oppose": "#c62828"}
RELATION_COLORS = {"coincide": "#2e7d32", "diverge": "#c62828"}
EDGE_COLORS = {"supports": "#2e7d32", "coincides": "#81c784", "criticises": "#c62828", "diverges": "#ef9a9a"}
# PLOVER types grouped as the chart shows them (cooperation greens, conflict reds)
TYPE_COLORS = {
    "AGREE": "#1b5e20", "CONSULT": "#43a047", "SUPPORT": "#66bb6a", "COOPERATE": "#2e7d32", "AID": "#a5d6a7",
    "CONCEDE": "#c5e1a5", "RETREAT": "#dce775", "INVESTIGATE": "#90a4ae", "DEMAND": "#ffb74d", "DISAPPROVE": "#ff8a65",
    "REJECT": "#f4511e", "THREATEN": "#e53935", "PROTEST": "#ad1457", "MOBILIZE": "#8e24aa", "SANCTION": "#6a1b9a",
    "COERCE": "#b71c1c", "ASSAULT": "#7f0000", "FIGHT": "#3e2723",
}


# -- charts ---------------------------------------------------------------------------------------

def bars_svg(columns: list[tuple[str, dict[str, int]]], colors: dict[str, str], label: str) -> Markup:
    """Stacked bars, one per column (a month, or a type when nothing is dated), with a legend; each
    bar part has a <title> so hovering names it. Plain SVG: no script, no library."""
    columns = [(c, v) for c, v in columns if sum(v.values())]
    if not columns:
        return Markup("")
    series = [s for s in colors if any(v.get(s) for _, v in columns)]
    series += sorted({s for _, v in columns for s in v if s not in colors and v[s]})
    top = max(sum(v.values()) for _, v in columns)
    bar = max(8, min(40, 640 // max(len(columns), 1) - 4))
    gap, height, left = 4, 140, 34
    width = left + len(columns) * (bar + gap) + 10
    legend_rows = math.ceil(len(series) / 5)
    total_h = height + 30 + 16 * legend_rows
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" viewBox="0 0 {max(width, 520)} {total_h}" class="chart">',
             f'<text x="2" y="12" font-size="10">{top}</text><text x="2" y="{height}" font-size="10">0</text>',
             f'<line x1="{left - 2}" y1="{height}" x2="{width}" y2="{height}" stroke="#999" stroke-width="0.5"/>']
    for i, (name, values) in enumerate(columns):
        x, y = left + i * (bar + gap), float(height)
        for s in series:
            n = values.get(s) or 0
            if not n:
                continue
            h = n / top * (height - 14)
            y -= h
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{colors.get(s, "#607d8b")}">'
                         f'<title>{escape(name)}: {n} {escape(s)}</title></rect>')
        if i % math.ceil(30 / (bar + gap)) == 0:  # labels 30 units apart at least, so they never overlap
            short = name[2:] if len(name) == 7 and name[4] == "-" else name[:9]
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height + 12}" font-size="9" text-anchor="middle">{escape(short)}</text>')
    for j, s in enumerate(series):
        lx, ly = left + (j % 5) * 110, height + 26 + 16 * (j // 5)
        parts.append(f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{colors.get(s, "#607d8b")}"/>'
                     f'<text x="{lx + 14}" y="{ly}" font-size="10">{escape(s)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def by_column(rows: list[dict[str, Any]], column: str, series: str, n: str = "n") -> list[tuple[str, dict[str, int]]]:
    out: dict[str, dict[str, int]] = {}
    for r in rows:
        out.setdefault(r[column], {})
        out[r[column]][r[series]] = out[r[column]].get(r[series], 0) + r[n]
    return sorted(out.items())


def dated_chart(rows, series: str, colors, label: str) -> tuple[Markup, int]:
    """A by-month chart of the dated rows, and how many rows had no date. When nothing is dated the
    chart shows the totals per series instead (one bar each), so it never stands empty."""
    months = by_column(rows, "month", series)
    undated = sum(sum(v.values()) for m, v in months if m == "undated")
    dated = [(m, v) for m, v in months if m != "undated"]
    if dated:
        return bars_svg(dated, colors, label), undated
    totals: dict[str, int] = {}
    for _, v in months:
        for s, k in v.items():
            totals[s] = totals.get(s, 0) + k
    return bars_svg([(s, {s: k}) for s, k in sorted(totals.items(), key=lambda kv: -kv[1])], colors, label + " (totals: nothing is dated)"), undated


def network_svg(edges: list[dict[str, Any]], size: int = 520) -> Markup:
    """The strongest edges drawn on a circle of their entities: green supports/coincides, red
    criticises/diverges; arrows point from source to target; width grows with the count."""
    if not edges:
        return Markup("")
    nodes: dict[str, int] = {}
    for e in edges:
        for k in ("source_name", "target_name"):
            nodes[e[k]] = nodes.get(e[k], 0) + e["n"]
    names = sorted(nodes, key=lambda k: -nodes[k])[:24]
    r, c = size / 2 - 90, size / 2
    pos = {name: (c + r * math.cos(2 * math.pi * i / len(names) - math.pi / 2),
                  c + r * math.sin(2 * math.pi * i / len(names) - math.pi / 2)) for i, name in enumerate(names)}
    top = max(e["n"] for e in edges)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="who supports or criticises whom" viewBox="0 0 {size} {size}" class="network">',
             '<defs>' + "".join(f'<marker id="m-{k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">'
                                f'<path d="M0,0 L10,5 L0,10 z" fill="{v}"/></marker>' for k, v in EDGE_COLORS.items()) + '</defs>']
    for e in edges:
        if e["source_name"] not in pos or e["target_name"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e["source_name"]], pos[e["target_name"]]
        w = 0.8 + 3.5 * e["n"] / top
        parts.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="{EDGE_COLORS[e["kind"]]}" stroke-width="{w:.1f}"'
                     f' stroke-opacity="0.7" marker-end="url(#m-{e["kind"]})"><title>{escape(e["source_name"])} {e["kind"]}'
                     f' {escape(e["target_name"])}: {e["n"]}</title></line>')
    for name, (x, y) in pos.items():
        anchor = "start" if x >= c else "end"
        dx = 7 if x >= c else -7
        parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="4" fill="#0b57d0"/><text x="{x + dx:.0f}" y="{y + 3:.0f}" font-size="10"'
                     f' text-anchor="{anchor}">{escape(name[:22])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# -- names beside ids in a story record ----------------------------------------------------------

def named_record(record: dict[str, Any]) -> dict[str, Any]:
    """The story record with each actor id accompanied by the actor's name (speaker_name,
    holder_name, source_name, target_name, actor_names ...), so a client needs no look-up."""
    names = {a["id"]: a.get("name") for a in record.get("actors") or []}
    out = dict(record)
    for section, fields in (("quotes", ("speaker", "addressee")), ("positions", ("holder",)),
                            ("events", ("source", "target")), ("figures", ("source", "place"))):
        out[section] = [dict(item, **{f"{f}_name": names.get(item.get(f)) for f in fields if f in item})
                        for item in record.get(section) or []]
    for section in ("quotes", "events"):
        key = "speakers" if section == "quotes" else "actors"
        for item in out[section]:
            if isinstance(item.get(key), list):
                item[f"{key[:-1]}_names"] = [names.get(i) for i in item[key]]
    out["relations"] = [dict(r, actor_names=[names.get(i) for i in r.get("actors") or []])
                        for r in record.get("relations") or []]
    return out


# -- the routes ------------------------------------------------------------------------------------

def install(app: FastAPI, env, token: str | None) -> None:
    from .app import ApiError

    store = app.state.store
    router = APIRouter()
    env.globals.setdefault("nav_workbench", True)

    # parameters: every bad value is a 400 naming the parameter and what is allowed
    def text(value: str | None, name: str, required: bool = False) -> str | None:
        if value is None or not value.strip():
            if required:
                raise ApiError(400, f"{name}: required")
            return None
        if len(value) > MAX_TEXT:
            raise ApiError(400, f"{name}: longer than {MAX_TEXT} characters")
        return value.strip()

    def date(value: str | None, name: str) -> str | None:
        value = text(value, name)
        if value is None:
            return None
        if query.is_date(value):
            return value
        raise ApiError(400, f"{name}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")

    def choice(value: str | None, name: str, allowed) -> str | None:
        value = text(value, name)
        if value is not None and value not in allowed:
            raise ApiError(400, f"{name}: {value!r} is not one of {', '.join(allowed)}")
        return value

    def types(value: str | None) -> str | None:
        from ..nlp.plover import TYPES

        value = text(value, "type")
        if value is None:
            return None
        bad = [t for t in value.upper().split(",") if t.strip() not in TYPES]
        if bad:
            raise ApiError(400, f"type: {', '.join(bad)} is not a PLOVER type; one of {', '.join(sorted(TYPES))}")
        return value.upper()

    def country(value: str | None) -> str | None:
        value = text(value, "country")
        if value is not None and (len(value) != 3 or not value.isalpha()):
            raise ApiError(400, f"country: not an ISO3 code (e.g. GBR, USA, RUS): {value!r}")
        return value and value.upper()

    def limit(value: int) -> int:
        if not 1 <= value <= MAX_LIMIT:
            raise ApiError(400, f"limit: must be between 1 and {MAX_LIMIT}")
        return value

    def offset(value: int) -> int:
        if not 0 <= value <= 10_000_000:
            raise ApiError(400, "offset: must be between 0 and 10000000")
        return value

    limit_, offset_ = limit, offset  # the route parameters are called limit and offset

    def fmt(value: str | None) -> str | None:
        return choice(value, "format", ("html", "csv", "jsonl")) if value else None

    def signed_in(request: Request) -> bool:
        given = request.cookies.get("coincide_token") or ""
        return bool(token) and hmac.compare_digest(given.encode(), token.encode())

    def page(template: str, request: Request, **context) -> HTMLResponse:
        params = {k: v for k, v in request.query_params.items() if v not in ("", None)}

        def link(**change) -> str:
            merged = {**params, **{k: v for k, v in change.items()}}
            merged = {k: v for k, v in merged.items() if v not in ("", None, False)}
            return request.url.path + ("?" + urlencode(merged) if merged else "")

        html = env.get_template(template).render(signed_in=signed_in(request), writable=bool(token), link=link,
                                                 params=params, **context)
        return HTMLResponse(html)

    def download(name: str, rows, columns: list[str] | None, kind: str) -> Response:
        """The rows of a view as CSV (cells through export.write_csv_row) or JSON Lines."""
        from ..export import write_csv_row

        rows = list(rows)
        if kind == "jsonl":
            body = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
            media = "application/x-ndjson"
        else:
            columns = columns or (list(rows[0]) if rows else [])
            buf = io.StringIO()
            w = csv.writer(buf)
            write_csv_row(w, columns)
            for r in rows:
                write_csv_row(w, [r.get(c) for c in columns])
            body, media = buf.getvalue(), "text/csv; charset=utf-8"
        return Response(body, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="coincide-{name}.{kind}"'})

    def all_rows(fn, **kw) -> list[dict[str, Any]]:
        return fn(**kw, limit=DOWNLOAD_MAX, offset=0)["items"]

    def topic_choices() -> list[dict[str, Any]]:
        return query.topics(store, limit=200)

    # -- stories and the home page ------------------------------------------------------------
    @router.get("/api/stories", tags=["stories"])
    def api_stories(sort: str = "newest", limit: int = 50, offset: int = 0):
        """Stories by date (newest first, undated last) or title."""
        found = query.stories_list(store, sort=choice(sort, "sort", ("newest", "oldest", "title")),
                                   limit=limit_(limit), offset=offset_(offset))
        return dict(found, stories=found["items"])

    @router.get("/api/stories/{story_id}", tags=["stories"])
    def api_story(story_id: str):
        """One story record, with each actor id's name beside it, and analysts' corrections."""
        record = store.record(story_id)
        if record is None:
            raise ApiError(404, f"no story {story_id!r}")
        return dict(named_record(record), corrections=store.corrections(story_id))

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, sort: str = "newest", offset: int = 0, format: str | None = None):
        sort = choice(sort, "sort", ("newest", "oldest", "title"))
        if fmt(format) in ("csv", "jsonl"):
            return download("stories", all_rows(lambda **kw: query.stories_list(store, sort=sort, **kw)), None, format)
        found = query.stories_list(store, sort=sort, limit=PAGE, offset=offset_(offset))
        return page("wb_home.html", request, found=found, topics=query.topics(store, limit=10),
                    actors=query.entities(store, limit=12)["items"], sort=sort)

    # -- events -------------------------------------------------------------------------------
    def event_filters(type, actor, country_, topic, since, until, undated):
        return dict(type=types(type), actor=text(actor, "actor"), country=country(country_), topic=text(topic, "topic"),
                    since=date(since, "since"), until=date(until, "until"), undated=bool(undated))

    EVENT_COLUMNS = ["story_id", "idx", "type", "date", "source", "source_name", "source_country", "target", "target_name",
                     "target_country", "location", "text", "title", "published"]

    @router.get("/api/events", tags=["events"])
    def api_events(type: str | None = None, actor: str | None = None, country: str | None = None,
                   topic: str | None = None, since: str | None = None, until: str | None = None, undated: bool = False,
                   sort: str = "newest", limit: int = 100, offset: int = 0):
        """PLOVER events: type (comma-separated), actor (whole words of a name, or ISO3), country, topic,
        dates (undated events only with `undated`); names beside ids."""
        f = event_filters(type, actor, country, topic, since, until, undated)
        found = query.events(store, **f, sort=choice(sort, "sort", tuple(query.EVENT_SORTS)), limit=limit_(limit),
                             offset=offset_(offset))
        return dict(found, events=found["items"])

    @router.get("/api/events/months", tags=["events"])
    def api_event_months(type: str | None = None, actor: str | None = None, country: str | None = None,
                         topic: str | None = None, since: str | None = None, until: str | None = None,
                         undated: bool = False):
        """Events per month and PLOVER type (the chart of /events)."""
        return {"items": query.events_by_month(store, **event_filters(type, actor, country, topic, since, until, undated))}

    @router.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, type: str | None = None, actor: str | None = None, country: str | None = None,
                    topic: str | None = None, since: str | None = None, until: str | None = None,
                    undated: bool = False, sort: str = "newest", offset: int = 0, format: str | None = None):
        from ..nlp.plover import TYPES

        f = event_filters(type, actor, country, topic, since, until, undated)
        sort = choice(sort, "sort", tuple(query.EVENT_SORTS))
        if fmt(format) in ("csv", "jsonl"):
            return download("events", all_rows(lambda **kw: query.events(store, **f, sort=sort, **kw)), EVENT_COLUMNS, format)
        found = query.events(store, **f, sort=sort, limit=PAGE, offset=offset_(offset))
        chart, undated_n = dated_chart(query.events_by_month(store, **f), "type", TYPE_COLORS, "events by month and type")
        return page("wb_events.html", request, found=found, f=f, types=sorted(TYPES), topics=topic_choices(),
                    chart=chart, undated_n=undated_n, sort=sort)

    # -- quotes -------------------------------------------------------------------------------
    QUOTE_COLUMNS = ["story_id", "idx", "speaker", "speaker_name", "speaker_country", "kind", "cue", "text", "title", "published"]

    def quote_args(speaker, topic, words, since, until, undated):
        name = text(speaker, "speaker")
        return dict(who=query.find_entity(store, name) if name else None, topic=text(topic, "topic"),
                    words=text(words, "words"), since=date(since, "since"), until=date(until, "until"),
                    undated=bool(undated))

    @router.get("/api/quotes", tags=["quotes"])
    def api_quotes(speaker: str | None = None, actor: str | None = None, topic: str | None = None,
                   words: str | None = None, since: str | None = None, until: str | None = None,
                   undated: bool = False, sort: str = "newest", limit: int = 100, offset: int = 0):
        """Quotes: by speaker (an entity: a name, alias or ISO3; `actor` is the old name of this
        filter), topic, words, dates; speaker id and speaker_name."""
        kw = quote_args(speaker or actor, topic, words, since, until, undated)
        found = query.quotes_list(store, **kw, sort=choice(sort, "sort", tuple(query.QUOTE_SORTS)),
                                  limit=limit_(limit), offset=offset_(offset))
        return dict(found, quotes=found["items"], actor=speaker or actor)

    @router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, speaker: str | None = None, topic: str | None = None, words: str | None = None,
                    since: str | None = None, until: str | None = None, undated: bool = False, sort: str = "newest",
                    offset: int = 0, format: str | None = None):
        sort = choice(sort, "sort", tuple(query.QUOTE_SORTS))
        message, found = None, {"items": [], "total": 0, "limit": PAGE, "offset": 0}
        try:
            kw = quote_args(speaker, topic, words, since, until, undated)
        except ActorLookupError as exc:
            kw, message = None, str(exc)
        if kw is not None:
            if fmt(format) in ("csv", "jsonl"):
                return download("quotes", all_rows(lambda **a: query.quotes_list(store, **kw, sort=sort, **a)), QUOTE_COLUMNS, format)
            found = query.quotes_list(store, **kw, sort=sort, limit=PAGE, offset=offset_(offset))
        return page("wb_quotes.html", request, found=found, message=message, topics=topic_choices(), sort=sort,
                    who=kw and kw["who"])

    # -- actors -------------------------------------------------------------------------------
    ACTOR_COLUMNS = ["id", "name", "kind", "country", "party", "stories", "mentions", "names"]

    def actor_filters(kind, country_, party):
        return dict(kind=choice(kind, "kind", KINDS), country=country(country_), party=text(party, "party"))

    @router.get("/api/actors", tags=["actors"])
    def api_actors(kind: str | None = None, country: str | None = None, party: str | None = None,
                   limit: int = 100, offset: int = 0):
        """Entities (one per real actor across stories), most reported first: kind, country, party."""
        found = query.entities(store, **actor_filters(kind, country, party), limit=limit_(limit), offset=offset_(offset))
        return dict(found, actors=found["items"])

    @router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, kind: str | None = None, country: str | None = None, party: str | None = None,
                    offset: int = 0, format: str | None = None):
        f = actor_filters(kind, country, party)
        if fmt(format) in ("csv", "jsonl"):
            return download("actors", all_rows(lambda **kw: query.entities(store, **f, **kw)), ACTOR_COLUMNS, format)
        found = query.entities(store, **f, limit=PAGE, offset=offset_(offset))
        return page("wb_actors.html", request, found=found, f=f, kinds=KINDS)

    @router.get("/api/actors/{name}/events", tags=["actors"])
    def api_actor_events(name: str, side: str = "source", limit: int = 50, offset: int = 0):
        """Events an entity is the source (side=source) or the target (side=target) of."""
        who = query.find_entity(store, text(name, "name", True))
        return query.entity_events(store, who, side=choice(side, "side", ("source", "target")), limit=limit_(limit),
                                   offset=offset_(offset))

    @router.get("/api/actors/{name}/stances", tags=["actors"])
    def api_actor_stances(name: str, topic: str | None = None):
        """An entity's positions per month and stance, and the entities it most coincides and
        diverges with."""
        who = query.find_entity(store, text(name, "name", True))
        return {"name": who.name, "months": query.stance_by_month(store, who, topic=text(topic, "topic")),
                "allies": query.allies(store, who)}

    @router.get("/actors/{name}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, name: str, topic: str | None = None, offset: int = 0):
        who = query.find_entity(store, text(name, "name", True))
        topic = text(topic, "topic")
        found = query.positions(store, who, topic=topic, per_issue=5, limit=20, offset=offset_(offset))
        chart, undated_n = dated_chart(query.stance_by_month(store, who, topic=topic), "stance", STANCE_COLORS,
                                       "positions over time by stance")
        return page("wb_actor.html", request, who=who, found=found, chart=chart, undated_n=undated_n, topic=topic,
                    topics=topic_choices(), quotes=query.quotes_list(store, who, limit=10),
                    as_source=query.entity_events(store, who, "source", limit=10),
                    as_target=query.entity_events(store, who, "target", limit=10),
                    allies=query.allies(store, who), people=query.people_of(store, who)[:20])

    # -- topics -------------------------------------------------------------------------------
    @router.get("/api/topics", tags=["topics"])
    def api_topics(since: str | None = None, until: str | None = None, limit: int = 50, offset: int = 0):
        """Topics, busiest first, with their positions, stories and stances."""
        rows = query.topics(store, since=date(since, "since"), until=date(until, "until"), limit=10_000)
        items = rows[offset_(offset): offset + limit_(limit)]
        return {"items": items, "topics": items, "total": len(rows), "limit": limit, "offset": offset}

    @router.get("/topics", response_class=HTMLResponse, include_in_schema=False)
    def topics_page(request: Request, since: str | None = None, until: str | None = None, format: str | None = None):
        rows = query.topics(store, since=date(since, "since"), until=date(until, "until"), limit=500)
        if fmt(format) in ("csv", "jsonl"):
            return download("topics", rows, None, format)
        return page("wb_topics.html", request, rows=rows)

    @router.get("/topics/{topic}", response_class=HTMLResponse, include_in_schema=False)
    def topic_page(request: Request, topic: str, since: str | None = None, until: str | None = None,
                   format: str | None = None):
        found = query.topic_detail(store, text(topic, "topic", True), since=date(since, "since"),
                                   until=date(until, "until"), limit=200)
        if fmt(format) in ("csv", "jsonl"):
            rows = [{"name": h["name"], "kind": h["kind"], "country": h["country"], "total": h["total"],
                     **{s: h["stances"].get(s, 0) for s in STANCE_COLORS}} for h in found["holders"]]
            return download(f"topic-{topic}", rows, None, format)
        months = [{"month": m["month"], "stance": s, "n": m.get(s, 0)} for m in found["months"] for s in STANCE_COLORS]
        chart, undated_n = dated_chart(months, "stance", STANCE_COLORS, f"positions on {topic} over time")
        return page("wb_topic.html", request, found=found, chart=chart, undated_n=undated_n)

    # -- compare ------------------------------------------------------------------------------
    @router.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request, a: str = "", b: str = "", issue: str = "", topic: str = "",
                     since: str | None = None, until: str | None = None, undated: bool = False):
        rows, message = [], None
        if a.strip() and b.strip():
            try:
                rows = query.compare(store, query.find_entity(store, text(a, "a")), query.find_entity(store, text(b, "b")),
                                     topic=text(topic, "topic"), issue=text(issue, "issue"), since=date(since, "since"),
                                     until=date(until, "until"), undated=bool(undated))
            except ActorLookupError as exc:
                message = str(exc)
        months = timeline(rows)
        counts = [{"month": m["month"], "relation": rel, "n": len(m[rel])} for m in months for rel in ("coincide", "diverge")]
        chart, undated_n = dated_chart(counts, "relation", RELATION_COLORS, "issues on which they coincide and diverge, by month")
        return page("compare.html", request, a=a, b=b, issue=issue, topic=topic, topics=topic_choices(), rows=rows,
                    message=message, timeline=months, chart=chart, undated_n=undated_n)

    # -- network ------------------------------------------------------------------------------
    NETWORK_KINDS = ("supports", "criticises", "coincides", "diverges")

    def network_filters(topic, since, until, undated, kind):
        return dict(topic=text(topic, "topic"), since=date(since, "since"), until=date(until, "until"),
                    undated=bool(undated), kind=choice(kind, "kind", NETWORK_KINDS))

    @router.get("/api/network", tags=["network"])
    def api_network(topic: str | None = None, since: str | None = None, until: str | None = None, undated: bool = False,
                    kind: str | None = None, limit: int = 100, offset: int = 0):
        """Who supports or criticises whom (SUPPORT-like and DISAPPROVE-like events) and where
        stories say two actors coincide or diverge, per pair of entities, strongest first."""
        return query.network(store, **network_filters(topic, since, until, undated, kind), limit=limit_(limit),
                             offset=offset_(offset))

    @router.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, topic: str | None = None, since: str | None = None, until: str | None = None,
                     undated: bool = False, kind: str | None = None, offset: int = 0, format: str | None = None):
        f = network_filters(topic, since, until, undated, kind)
        if fmt(format) in ("csv", "jsonl"):
            return download("network", all_rows(lambda **kw: query.network(store, **f, **kw)), None, format)
        found = query.network(store, **f, limit=PAGE, offset=offset_(offset))
        return page("wb_network.html", request, found=found, f=f, kinds=NETWORK_KINDS, topics=topic_choices(),
                    drawing=network_svg(found["items"][:40]), colors=EDGE_COLORS)

    # -- search: total, facets, sort, paging, download -------------------------------------------
    SEARCH_COLUMNS = ["story_id", "section", "idx", "snippet", "title", "published", "source"]

    def search_args(q, topic, year, section, sort):
        year = text(year, "year")
        if year is not None and not (len(year) == 4 and year.isdigit()):
            raise ApiError(400, f"year: not a year (YYYY): {year!r}")
        return dict(text=text(q, "q"), topic=text(topic, "topic"), year=year,
                    section=choice(section, "section", query.SEARCH_SECTIONS),
                    sort=choice(sort, "sort", query.SEARCH_SORTS) or "relevance")

    @router.get("/api/search", tags=["search"])
    def api_search(q: str, topic: str | None = None, year: str | None = None, section: str | None = None,
                   sort: str = "relevance", limit: int = 20, offset: int = 0):
        """Full-text search over bodies, quotes and positions: a page of hits (by relevance, newest
        or oldest), their total, and facets of the whole answer (section, year, topic); filter by
        topic, year and section."""
        kw = search_args(q, topic, year, section, sort)
        if kw["text"] is None:
            raise ApiError(400, "q: required")
        found = query.search(store, **kw, limit=limit_(limit), offset=offset_(offset))
        return dict(found, hits=found["items"])

    @router.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", topic: str | None = None, year: str | None = None,
                    section: str | None = None, sort: str = "relevance", offset: int = 0, format: str | None = None):
        kw = search_args(q, topic, year, section, sort)
        if fmt(format) in ("csv", "jsonl"):
            rows = query.search(store, **kw, limit=DOWNLOAD_MAX, offset=0, facets=False)["items"]
            return download("search", rows, SEARCH_COLUMNS, format)
        found = query.search(store, **kw, limit=PAGE, offset=offset_(offset))
        return page("wb_search.html", request, q=kw["text"] or "", found=found, sort=kw["sort"], f=kw)

    # ours first; a route of app.py with the same path and method is dropped
    ours = {(r.path, m) for r in router.routes for m in getattr(r, "methods", None) or ()}
    kept = [r for r in app.router.routes
            if not any((getattr(r, "path", None), m) in ours for m in getattr(r, "methods", None) or ())]
    app.router.routes[:] = list(router.routes) + kept
    app.openapi_schema = None
