"""`coincide serve`: pages and a JSON API over the archive.

- Read-only unless started with a token (16 characters or more); every writing endpoint checks
  it. The API takes only the `Authorization: Bearer` header. Pages use a session: signing in with
  the token sets a cookie holding a random session id (never the token), and every page form that
  writes carries the session's CSRF token and is refused from a foreign Origin. Failed sign-ins
  are rate-limited per client.
- One error shape for the API: {"error": {"status": 404, "message": "..."}}.
- Pages are server-rendered HTML with no script at all (highlights are links to the extraction
  they show), so scraped text cannot run anything; a Content-Security-Policy forbids scripts too.
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
import threading
import time
from collections import OrderedDict
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
from ..errors import ConfigError, RecordError
from ..records import StoryRecord
from ..report import figure_text
from ..store import StoreError, open_store
from .highlight import highlighted_body

MAX_BODY_BYTES = 64 * 1024
# A request body (at most MAX_BODY_BYTES) must arrive within this many seconds: a client that
# trickles it would otherwise hold a worker for ever.
BODY_TIMEOUT = 20.0
# Requests being answered at once (their headers in); over it, 503. Connections waiting for
# headers do not count (server.py bounds those).
MAX_REQUESTS_IN_FLIGHT = 200
MAX_QUERY_CHARS = 500
MAX_LIMIT = 500
# Paging deeper than this is no real use; beyond 2**63 the database cannot even take the number.
MAX_OFFSET = 1_000_000_000
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
MIN_TOKEN_CHARS = 16
SESSION_COOKIE = "coincide_session"
SESSION_SECONDS = 12 * 3600
MAX_SESSIONS = 1000
# Sign-in attempts: this many failures per client within the window, then 429 until it passes.
SIGNIN_FAILURES = 5
SIGNIN_WINDOW_SECONDS = 60.0
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


_PATH = re.compile(r"""(?<![\w.])(?:[A-Za-z]:)?(?:[\\/][^\s\\/:'"]+){2,}[\\/]?""")


def without_paths(message: str, archive: str) -> str:
    """A message fit for a response: the archive's path named as "the archive", other file paths
    cut (a corrupt archive's message showed its absolute path on the page)."""
    if archive:
        message = message.replace(archive, "the archive")
    return _PATH.sub("<path>", message)


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": message}}


class Sessions:
    """Signed-in browsers: a random session id (what the cookie holds) -> its CSRF token and
    expiry. In memory: a restart signs everyone out, which is fine for a small team's server."""

    def __init__(self):
        self.lock = threading.Lock()
        self.by_id: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def create(self) -> tuple[str, str]:
        sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self.lock:
            self.by_id[sid] = (csrf, time.monotonic() + SESSION_SECONDS)
            while len(self.by_id) > MAX_SESSIONS:
                self.by_id.popitem(last=False)
        return sid, csrf

    def csrf(self, sid: str | None) -> str | None:
        """The session's CSRF token, or None for no (or an expired) session."""
        if not sid:
            return None
        with self.lock:
            found = self.by_id.get(sid)
            if found is None:
                return None
            if found[1] < time.monotonic():
                del self.by_id[sid]
                return None
            return found[0]


class SigninLimiter:
    """Failed sign-ins per client address in a sliding window (a token cannot be guessed online)."""

    MAX_CLIENTS = 10_000

    def __init__(self):
        self.lock = threading.Lock()
        self.failures: OrderedDict[str, list[float]] = OrderedDict()

    def _recent(self, client: str, now: float) -> list[float]:
        times = [t for t in self.failures.get(client, []) if now - t < SIGNIN_WINDOW_SECONDS]
        if times:
            self.failures[client] = times
        else:
            self.failures.pop(client, None)
        return times

    def retry_after(self, client: str) -> int:
        """Seconds until the client may try again (0: now)."""
        now = time.monotonic()
        with self.lock:
            times = self._recent(client, now)
            if len(times) < SIGNIN_FAILURES:
                return 0
            return max(1, int(SIGNIN_WINDOW_SECONDS - (now - times[0])) + 1)

    def failed(self, client: str) -> None:
        now = time.monotonic()
        with self.lock:
            self._recent(client, now)
            self.failures.setdefault(client, []).append(now)
            self.failures.move_to_end(client)
            while len(self.failures) > self.MAX_CLIENTS:
                self.failures.popitem(last=False)


def check_token(token: str | None) -> None:
    if token is not None and len(token) < MIN_TOKEN_CHARS:
        raise ConfigError(f"the token must be at least {MIN_TOKEN_CHARS} characters long (it has {len(token)}): "
                          "a short token is guessed")


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text[:40]} is out of range")
    return value


def parse_json_body(raw: bytes) -> Any:
    """A request body as JSON, refusing what Python's json takes and no client should send:
    NaN and Infinity, numbers that overflow to infinity (1e400), nesting deep enough to exhaust
    the stack. Each is a 400 with the error shape, not a 500."""
    try:
        return json.loads(raw or b"{}", parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise ApiError(400, "the body is not JSON we accept: nested too deeply") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ApiError(400, "the body is not JSON") from None
    except ValueError as exc:
        raise ApiError(400, f"the body is not JSON we accept: {exc}") from None


def whole_number(value: Any, name: str, most: int = MAX_OFFSET) -> int:
    """A JSON number or a form's digits as an int in [0, most]; anything else is a 400."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 12:
        value = int(value.strip())
    if not isinstance(value, int) or not 0 <= value <= most:
        raise ApiError(400, f"{name}: a whole number from 0 to {most:,}")
    return value


async def bounded_body(request: Request) -> bytes:
    """The request body, refused once it passes MAX_BODY_BYTES: the Content-Length check in the
    middleware does not see a chunked body, which has none."""
    import asyncio

    body = bytearray()
    seconds = getattr(request.app.state, "body_timeout", BODY_TIMEOUT)
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BODY_BYTES:
                    raise ApiError(413, f"request body over {MAX_BODY_BYTES} bytes")
    except TimeoutError:
        raise ApiError(408, f"the request body did not arrive within {seconds:g} s") from None
    return bytes(body)


def create_app(db: str | None = None, token: str | None = None, query_timeout: float | None = QUERY_TIMEOUT_SECONDS,
               body_timeout: float = BODY_TIMEOUT) -> FastAPI:
    check_token(token)
    store = open_store(db)
    store.query_timeout = query_timeout
    sessions = Sessions()
    limiter = SigninLimiter()
    env = Environment(loader=PackageLoader("coincide.web", "templates"), autoescape=select_autoescape(["html"]))
    env.globals["version"] = __version__
    env.globals["figure_text"] = figure_text
    app = FastAPI(
        title="coincide",
        version=__version__,
        description="Stories, actors, quotes, positions, relations and events from the coincide archive.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.body_timeout = body_timeout
    in_flight = [0]

    # -- plumbing ------------------------------------------------------------------------------
    @app.middleware("http")
    async def guard(request: Request, call_next):
        if in_flight[0] >= MAX_REQUESTS_IN_FLIGHT:
            return _error(request, 503, "the server is busy: try again shortly")
        in_flight[0] += 1
        try:
            return await guarded(request, call_next)
        finally:
            in_flight[0] -= 1

    async def guarded(request: Request, call_next):
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
            response: Response = JSONResponse(error_body(status, message), status_code=status)
        else:
            html = env.get_template("error.html").render(status=status, message=message, signed_in=False)
            response = HTMLResponse(html, status_code=status)
        # Set here too: a 500 is answered outside the middleware, and 413/414 before it goes on.
        response.headers.update(SECURITY_HEADERS)
        return response

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
        # The archive's path (and any other) stays in the server log, out of the response.
        import logging

        logging.getLogger("coincide.web").warning("%s %s: %s", request.method, request.url.path, exc)
        return _error(request, 503, without_paths(str(exc), str(store.path)))

    def bearer(request: Request) -> bool:
        auth = request.headers.get("authorization") or ""
        if not token or not auth.lower().startswith("bearer "):
            return False
        return hmac.compare_digest(auth[7:].strip().encode(), token.encode())

    def session_csrf(request: Request) -> str | None:
        return sessions.csrf(request.cookies.get(SESSION_COOKIE)) if token else None

    def same_origin(request: Request) -> bool:
        """False when the browser says the request comes from another site. Origin is sent on
        every cross-site POST; "null" (sent under our no-referrer policy) proves nothing either
        way, so the CSRF token decides then."""
        origin = request.headers.get("origin")
        if origin is None or origin == "null":
            referer = request.headers.get("referer")
            if not referer:
                return True
            origin = referer
        from urllib.parse import urlsplit

        given = urlsplit(origin)
        host = request.headers.get("host") or ""
        return given.scheme in ("http", "https") and given.netloc.lower() == host.lower()

    def require_token(request: Request) -> None:
        """For the JSON API: the Bearer header only. A cookie is sent by the browser on its own,
        so a page of another site could otherwise post as the signed-in analyst."""
        if not token:
            raise ApiError(403, "this server is read-only: start it with --token to allow changes")
        if not bearer(request):
            raise ApiError(401, "a valid token is needed for this (Authorization: Bearer TOKEN)")

    def require_session(request: Request, form: dict[str, str]) -> None:
        """For page forms: a live session, a request from our own origin, and the session's CSRF
        token in the form."""
        if not token:
            raise ApiError(403, "this server is read-only: start it with --token to allow changes")
        csrf = session_csrf(request)
        if csrf is None:
            raise ApiError(401, "sign in first")
        if not same_origin(request):
            raise ApiError(403, "refused: the form was sent from another site")
        if not hmac.compare_digest((form.get("csrf") or "").encode(), csrf.encode()):
            raise ApiError(403, "refused: the form's CSRF token is missing or stale; reload the page")

    def text_param(value: str | None, name: str, required: bool = False) -> str | None:
        if value is None or not value.strip():
            if required:
                raise ApiError(400, f"{name}: required")
            return None
        if len(value) > MAX_QUERY_CHARS:
            raise ApiError(400, f"{name}: longer than {MAX_QUERY_CHARS} characters")
        return value.strip()

    def offset_param(offset: int) -> int:
        if not 0 <= offset <= MAX_OFFSET:
            raise ApiError(400, f"offset: must be between 0 and {MAX_OFFSET:,}")
        return offset

    def limit_param(limit: int) -> int:
        if not 1 <= limit <= MAX_LIMIT:
            raise ApiError(400, f"limit: must be between 1 and {MAX_LIMIT}")
        return limit

    def date_param(value: str | None, name: str) -> str | None:
        value = text_param(value, name)
        if value is None:
            return None
        if query.is_date(value):
            return value
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
        csrf = session_csrf(request)
        html = env.get_template(template).render(signed_in=csrf is not None, writable=bool(token), csrf=csrf or "",
                                                 **context)
        return HTMLResponse(html, status_code=status)

    # -- JSON API ------------------------------------------------------------------------------
    @app.get("/api/stories", tags=["stories"])
    def api_stories(limit: int = 50, offset: int = 0):
        return {"stories": store.stories(limit=limit_param(limit), offset=offset_param(offset)), "total": store.count()}

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
        """An entity's positions grouped by matter, most held first, each with its stance counts and
        newest examples; an example names its holder by the story's actor id (`holder`) with the
        name beside it (`holder_name`)."""
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

    async def signed_json_object(request: Request) -> dict[str, Any]:
        """The body of a write through the API: the token checked first, then a JSON object."""
        require_token(request)
        data = parse_json_body(await bounded_body(request))
        if not isinstance(data, dict):
            raise ApiError(400, "the body must be a JSON object")
        return data

    def entity_answer(e: query.EntityRef) -> dict[str, Any]:
        return {"id": e.id, "name": e.name, "kind": e.kind, "names": query.entity_names(store, e)}

    @app.post("/api/stories/{story_id}/corrections", tags=["corrections"], status_code=201)
    async def api_add_correction(story_id: str, request: Request):
        data = await signed_json_object(request)
        return {"correction": add_correction(story_id, data)}

    @app.post("/api/actors/merge", tags=["actors"], status_code=201)
    async def api_merge_actors(request: Request):
        """An analyst's merge: {"a": NAME, "b": NAME, "author": ...}; kept across re-ingest."""
        data = await signed_json_object(request)
        a, b = text_param(str(data.get("a") or ""), "a", True), text_param(str(data.get("b") or ""), "b", True)
        author = text_param(str(data["author"]), "author") if data.get("author") is not None else None
        return entity_answer(query.merge(store, a, b, author=author))

    @app.post("/api/actors/split", tags=["actors"], status_code=201)
    async def api_split_actor(request: Request):
        """An analyst's split: {"name": NAME}: that name becomes an entity of its own."""
        data = await signed_json_object(request)
        name = text_param(str(data.get("name") or ""), "name", True)
        author = text_param(str(data["author"]), "author") if data.get("author") is not None else None
        return entity_answer(query.split(store, name, author=author))

    def add_correction(story_id: str, data: dict[str, Any]) -> dict[str, Any]:
        record = story_or_404(story_id)
        section, field_name = str(data.get("section") or ""), str(data.get("field") or "")
        if section not in CORRECTABLE:
            raise ApiError(400, f"section: one of {', '.join(sorted(CORRECTABLE))}")
        if field_name not in CORRECTABLE[section]:
            raise ApiError(400, f"field: one of {', '.join(sorted(CORRECTABLE[section]))} for {section}")
        idx = whole_number(data.get("idx"), "idx")
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
        offset = offset_param(max(offset, 0))
        return page("home.html", request, stories=store.stories(limit=50, offset=offset),
                    total=store.count(), offset=offset)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = ""):
        q = (q or "")[:MAX_QUERY_CHARS]
        return page("search.html", request, q=q, hits=store.search(q, limit=50) if q.strip() else [])

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str):
        record = story_or_404(story_id)
        try:
            r: Any = StoryRecord.from_dict(record)
        except RecordError:
            # a stored record this version does not fully accept still shows: the template reads
            # its JSON form alike, and the highlighter checks every span of it anyway
            r = record
        names = {a.id: a.name for a in r.actors} if isinstance(r, StoryRecord) else {
            a["id"]: a["name"] for a in record.get("actors") or []}
        body = record["story"]["body"]
        return page("story.html", request, r=r, names=names, html_body=highlighted_body(record),
                    corrections=store.corrections(story_id), correctable=CORRECTABLE,
                    excerpt=lambda span: body[span[0]:span[1]] if span else "")

    @app.post("/stories/{story_id}/corrections", include_in_schema=False)
    async def story_correction_form(request: Request, story_id: str):
        form = {k: v[0] for k, v in parse_qs((await bounded_body(request)).decode("utf-8", "replace")).items()}
        require_session(request, form)
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
        client = request.client.host if request.client else "?"
        wait = limiter.retry_after(client)
        if wait:
            response = _error(request, 429, f"too many failed sign-ins: try again in {wait} s")
            response.headers["Retry-After"] = str(wait)
            return response
        if not same_origin(request):
            raise ApiError(403, "refused: the sign-in was sent from another site")
        form = {k: v[0] for k, v in parse_qs((await bounded_body(request)).decode("utf-8", "replace")).items()}
        given = form.get("token", "")
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            limiter.failed(client)
            return page("signin.html", request, status=401, failed=True)
        sid, _csrf = sessions.create()
        response = RedirectResponse("/", status_code=303)
        # the cookie holds a session id: the token itself never leaves the sign-in form
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="strict", max_age=SESSION_SECONDS)
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
