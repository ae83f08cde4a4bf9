"""`coincide serve`: pages and a JSON API over the archive.

- Read-only unless started with a token; every writing endpoint checks it (Bearer header for the
  API, a cookie set by the sign-in form for pages).
- One error shape for the API: {"error": {"status": 404, "message": "..."}}.
- Pages are server-rendered HTML with no script at all (highlights are links to the extraction
  they show), so scraped text cannot run anything; a Content-Security-Policy forbids scripts too.
"""

from __future__ import annotations

import hmac
import json
from datetime import datetime
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .. import query
from ..compare import timeline
from ..query import ActorLookupError
from ..store import StoreError, open_store
from .highlight import highlighted_body

MAX_BODY_BYTES = 64 * 1024
MAX_QUERY_CHARS = 500
MAX_LIMIT = 500
# A read query running longer than this is stopped by the database and answered with a 503: one
# pathological request must not hold a worker for ever (reads here take milliseconds).
QUERY_TIMEOUT_SECONDS = 10.0
CORRECTABLE = {
    "quotes": {"speaker", "kind", "text"},
    "positions": {"holder", "stance", "issue"},
    "events": {"type", "source", "target", "date", "location"},
    "relations": {"relation", "issue"},
    "figures": {"value", "about", "source"},
    "actors": {"name", "kind", "country", "role"},
}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        self.status = status
        self.message = message


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": message}}


async def bounded_body(request: Request) -> bytes:
    """The request body, refused once it passes MAX_BODY_BYTES: the Content-Length check in the
    middleware does not see a chunked body, which has none."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise ApiError(413, f"request body over {MAX_BODY_BYTES} bytes")
    return bytes(body)


def create_app(db: str | None = None, token: str | None = None, query_timeout: float | None = QUERY_TIMEOUT_SECONDS) -> FastAPI:
    store = open_store(db)
    store.query_timeout = query_timeout
    env = Environment(loader=PackageLoader("coincide.web", "templates"), autoescape=select_autoescape(["html"]))
    env.globals["version"] = __version__
    app = FastAPI(
        title="coincide",
        version=__version__,
        description="Stories, actors, quotes, positions, relations and events from the coincide archive.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store

    # -- plumbing ------------------------------------------------------------------------------
    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return _error(request, 413, f"request body over {MAX_BODY_BYTES} bytes")
        if len(str(request.url.query)) > 4 * MAX_QUERY_CHARS:
            return _error(request, 414, "query string too long")
        raw = (request.url.path + "?" + str(request.url.query)).lower()
        if "%00" in raw or "\x00" in raw:
            # PostgreSQL text cannot hold NUL, and no real query needs one
            return _error(request, 400, "NUL characters are not allowed in requests")
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    def _error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body(status, message), status_code=status)
        html = env.get_template("error.html").render(status=status, message=message, signed_in=False)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError):
        return _error(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", []) if x not in ("query", "body"))
        return _error(request, 400, f"{where}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(ActorLookupError)
    async def on_lookup_error(request: Request, exc: ActorLookupError):
        return _error(request, 404, str(exc))

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception):
        import logging

        logging.getLogger("coincide.web").exception("%s %s failed", request.method, request.url.path)
        return _error(request, 500, "internal error; the server log has the details")

    @app.exception_handler(StoreError)
    async def on_store_error(request: Request, exc: StoreError):
        return _error(request, 503, str(exc))

    def signed_in(request: Request) -> bool:
        given = request.cookies.get("coincide_token") or ""
        auth = request.headers.get("authorization") or ""
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        return bool(token) and hmac.compare_digest(given.encode(), token.encode())

    def require_token(request: Request) -> None:
        if not token:
            raise ApiError(403, "this server is read-only: start it with --token to allow changes")
        if not signed_in(request):
            raise ApiError(401, "a valid token is needed for this")

    def text_param(value: str | None, name: str, required: bool = False) -> str | None:
        if value is None or not value.strip():
            if required:
                raise ApiError(400, f"{name}: required")
            return None
        if len(value) > MAX_QUERY_CHARS:
            raise ApiError(400, f"{name}: longer than {MAX_QUERY_CHARS} characters")
        return value.strip()

    def limit_param(limit: int) -> int:
        if not 1 <= limit <= MAX_LIMIT:
            raise ApiError(400, f"limit: must be between 1 and {MAX_LIMIT}")
        return limit

    def date_param(value: str | None, name: str) -> str | None:
        value = text_param(value, name)
        if value is None:
            return None
        for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
            try:
                datetime.strptime(value, fmt)
                return value
            except ValueError:
                pass
        raise ApiError(400, f"{name}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")

    def story_or_404(story_id: str) -> dict[str, Any]:
        record = store.record(story_id)
        if record is None:
            raise ApiError(404, f"no story {story_id!r}")
        return record

    def who(name: str) -> query.EntityRef:
        return query.find_entity(store, name)

    def comparison(a: str, b: str, issue: str | None, since: str | None, until: str | None, topic: str | None = None):
        # SQL over the knowledge tables: the cost follows the answer, not the archive
        return query.compare(store, who(a), who(b), topic=topic, issue=issue, since=since, until=until)

    def offset_param(offset: int) -> int:
        if not 0 <= offset <= 10_000_000:
            raise ApiError(400, "offset: must be between 0 and 10000000")
        return offset

    def page(template: str, request: Request, status: int = 200, **context) -> HTMLResponse:
        html = env.get_template(template).render(signed_in=signed_in(request), writable=bool(token), **context)
        return HTMLResponse(html, status_code=status)

    # -- JSON API ------------------------------------------------------------------------------
    @app.get("/api/stories", tags=["stories"])
    def api_stories(limit: int = 50, offset: int = 0):
        if offset < 0:
            raise ApiError(400, "offset: must not be negative")
        return {"stories": store.stories(limit=limit_param(limit), offset=offset), "total": store.count()}

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def api_story(story_id: str):
        record = story_or_404(story_id)
        return dict(record, corrections=store.corrections(story_id))

    @app.get("/api/search", tags=["search"])
    def api_search(q: str, limit: int = 20):
        return {"query": q, "hits": store.search(text_param(q, "q", required=True), limit=limit_param(limit))}

    @app.get("/api/actors", tags=["actors"])
    def api_actors(country: str | None = None, kind: str | None = None, limit: int = 100, offset: int = 0):
        """Entities (one per real actor across stories), most reported first."""
        found = query.entities(store, kind=text_param(kind, "kind"), country=text_param(country, "country"),
                               limit=limit_param(limit), offset=offset_param(offset))
        return dict(found, actors=found["items"])

    @app.get("/api/actors/{name}", tags=["actors"])
    def api_actor(name: str):
        """One entity: its names with the evidence that joined each, and who speaks for it."""
        e = who(text_param(name, "name", required=True))
        return {"id": e.id, "name": e.name, "kind": e.kind, "country": e.country,
                "names": query.entity_names(store, e), "people": query.people_of(store, e), "offices": query.offices_of(e)}

    @app.get("/api/positions", tags=["positions"])
    def api_positions(actor: str, topic: str | None = None, issue: str | None = None, since: str | None = None,
                      until: str | None = None, limit: int = 50, offset: int = 0):
        return query.positions(store, who(text_param(actor, "actor", required=True)), topic=text_param(topic, "topic"),
                               issue=text_param(issue, "issue"), since=date_param(since, "since"),
                               until=date_param(until, "until"), limit=limit_param(limit), offset=offset_param(offset))

    @app.get("/api/quotes", tags=["quotes"])
    def api_quotes(actor: str, limit: int = 100, offset: int = 0):
        found = query.quotes(store, who(text_param(actor, "actor", required=True)), limit=limit_param(limit),
                             offset=offset_param(offset))
        return dict(found, actor=actor, quotes=found["items"])

    @app.get("/api/compare", tags=["compare"])
    def api_compare(a: str, b: str, topic: str | None = None, issue: str | None = None, since: str | None = None,
                    until: str | None = None):
        rows = comparison(text_param(a, "a", True), text_param(b, "b", True), text_param(issue, "issue"),
                          date_param(since, "since"), date_param(until, "until"), text_param(topic, "topic"))
        from dataclasses import asdict

        return {"a": a, "b": b, "topic": topic, "issues": [dict(asdict(r), strength=r.strength) for r in rows],
                "timeline": timeline(rows)}

    @app.get("/api/topics", tags=["topics"])
    def api_topics(since: str | None = None, until: str | None = None, limit: int = 50):
        return {"topics": query.topics(store, since=date_param(since, "since"), until=date_param(until, "until"),
                                       limit=limit_param(limit))}

    @app.get("/api/topics/{topic}", tags=["topics"])
    def api_topic(topic: str, since: str | None = None, until: str | None = None, limit: int = 30):
        return query.topic_detail(store, text_param(topic, "topic", required=True), since=date_param(since, "since"),
                                  until=date_param(until, "until"), limit=limit_param(limit))

    @app.get("/api/events", tags=["events"])
    def api_events(type: str | None = None, actor: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = 100):
        return {"events": store.events(type=text_param(type, "type"), since=date_param(since, "since"),
                                       until=date_param(until, "until"), actor=text_param(actor, "actor"),
                                       limit=limit_param(limit))}

    @app.get("/api/stories/{story_id}/corrections", tags=["corrections"])
    def api_corrections(story_id: str):
        story_or_404(story_id)
        return {"corrections": store.corrections(story_id)}

    @app.post("/api/stories/{story_id}/corrections", tags=["corrections"], status_code=201)
    async def api_add_correction(story_id: str, request: Request):
        require_token(request)
        try:
            data = json.loads(await bounded_body(request) or b"{}")
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ApiError(400, "the body is not JSON") from None
        if not isinstance(data, dict):
            raise ApiError(400, "the body must be a JSON object")
        return {"correction": add_correction(story_id, data)}

    def add_correction(story_id: str, data: dict[str, Any]) -> dict[str, Any]:
        record = story_or_404(story_id)
        section, field_name = str(data.get("section") or ""), str(data.get("field") or "")
        if section not in CORRECTABLE:
            raise ApiError(400, f"section: one of {', '.join(sorted(CORRECTABLE))}")
        if field_name not in CORRECTABLE[section]:
            raise ApiError(400, f"field: one of {', '.join(sorted(CORRECTABLE[section]))} for {section}")
        try:
            idx = int(data.get("idx"))
        except (TypeError, ValueError):
            raise ApiError(400, "idx: a whole number") from None
        if not 0 <= idx < len(record.get(section) or []):
            raise ApiError(400, f"idx: no {section[:-1]} {idx} in this story")
        verdict = str(data.get("verdict") or "")
        if verdict not in ("wrong", "value"):
            raise ApiError(400, "verdict: 'wrong' or 'value'")
        value = data.get("value")
        if verdict == "value" and (value is None or str(value).strip() == ""):
            raise ApiError(400, "value: needed with verdict 'value'")
        note, author = data.get("note"), data.get("author")
        for name, v in (("value", value), ("note", note), ("author", author)):
            if v is not None and len(str(v)) > 2000:
                raise ApiError(400, f"{name}: longer than 2000 characters")
        cid = store.add_correction(story_id, section, idx, field_name, verdict,
                                   None if value is None else str(value), None if note is None else str(note),
                                   None if author is None else str(author))
        return {"id": cid, "story_id": story_id, "section": section, "idx": idx, "field": field_name,
                "verdict": verdict, "value": value, "note": note, "author": author}

    # -- pages -----------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, offset: int = 0):
        return page("home.html", request, stories=store.stories(limit=50, offset=max(offset, 0)),
                    total=store.count(), offset=max(offset, 0))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = ""):
        q = (q or "")[:MAX_QUERY_CHARS]
        return page("search.html", request, q=q, hits=store.search(q, limit=50) if q.strip() else [])

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str):
        record = story_or_404(story_id)
        names = {a["id"]: a["name"] for a in record.get("actors") or []}
        body = record["story"]["body"]
        return page("story.html", request, r=record, names=names, html_body=highlighted_body(record),
                    corrections=store.corrections(story_id), correctable=CORRECTABLE,
                    excerpt=lambda span: body[span[0]:span[1]] if span else "")

    @app.post("/stories/{story_id}/corrections", include_in_schema=False)
    async def story_correction_form(request: Request, story_id: str):
        require_token(request)
        form = {k: v[0] for k, v in parse_qs((await bounded_body(request)).decode("utf-8", "replace")).items()}
        if form.get("verdict") == "value" and not form.get("value"):
            form["verdict"] = "wrong"
        add_correction(story_id, form)
        return RedirectResponse(f"/stories/{story_id}#corrections", status_code=303)

    @app.get("/actors/{name}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, name: str):
        entity = who(name[:MAX_QUERY_CHARS])
        found = query.positions(store, entity, per_issue=10)
        issues = {i["issue"]: i["items"] for i in found["issues"]}
        return page("actor.html", request, name=entity.name, issues=issues, timeline=timeline_svg(issues))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, country: str = ""):
        found = query.entities(store, country=country[:3] or None, limit=300)
        return page("actors.html", request, actors=found["items"], country=country[:3])

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request, a: str = "", b: str = "", issue: str = "", topic: str = ""):
        rows, message = [], None
        if a.strip() and b.strip():
            try:
                rows = comparison(a[:MAX_QUERY_CHARS], b[:MAX_QUERY_CHARS], issue[:MAX_QUERY_CHARS] or None, None, None,
                                  topic[:MAX_QUERY_CHARS] or None)
            except ActorLookupError as exc:
                message = str(exc)
        return page("compare.html", request, a=a, b=b, issue=issue, topic=topic, topics=query.topics(store, limit=100),
                    rows=rows, message=message, timeline=timeline(rows))

    @app.get("/signin", response_class=HTMLResponse, include_in_schema=False)
    def signin_page(request: Request):
        return page("signin.html", request, failed=False)

    @app.post("/signin", include_in_schema=False)
    async def signin(request: Request):
        form = {k: v[0] for k, v in parse_qs((await bounded_body(request)).decode("utf-8", "replace")).items()}
        given = form.get("token", "")
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            return page("signin.html", request, status=401, failed=True)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie("coincide_token", given, httponly=True, samesite="strict")
        return response

    @app.get("/static/style.css", include_in_schema=False)
    def style():
        css = resources.files("coincide.web").joinpath("static", "style.css").read_text(encoding="utf-8")
        return Response(css, media_type="text/css")

    from .workbench import install  # the workbench's pages and API (web/workbench.py)

    install(app, env, token)
    return app


def timeline_svg(issues: dict[str, list[dict[str, Any]]]) -> str:
    """Positions per month by stance, as a small inline SVG bar chart (no script, no library)."""
    from collections import Counter

    from markupsafe import escape

    counts: dict[str, Counter] = {}
    for items in issues.values():
        for item in items:
            month = (item.get("published") or "")[:7] or "undated"
            counts.setdefault(month, Counter())[item["stance"]] += 1
    if not counts:
        return ""
    months = sorted(counts)
    top = max(sum(c.values()) for c in counts.values())
    bar, gap, height = 22, 6, 120
    width = len(months) * (bar + gap) + 40
    colors = {"support": "#2e7d32", "oppose": "#c62828", "neutral": "#9e9e9e"}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="positions over time" viewBox="0 0 {width} {height + 40}" class="timeline">']
    for i, month in enumerate(months):
        x, y = 30 + i * (bar + gap), height
        for stance in ("support", "neutral", "oppose"):
            n = counts[month][stance]
            if not n:
                continue
            h = n / top * (height - 10)
            y -= h
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{colors[stance]}"><title>{escape(month)}: {n} {stance}</title></rect>')
        parts.append(f'<text x="{x + bar / 2}" y="{height + 14}" font-size="9" text-anchor="middle">{escape(month[2:])}</text>')
    parts.append("</svg>")
    return "".join(parts)
