"""`coincide serve` as users meet it: a real server process over a real archive (SQLite and
PostgreSQL), the JSON API over HTTP, and the pages in a real headless Chromium."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import EXAMPLE

pytestmark = pytest.mark.slow  # a server and a headless Chromium over a built archive

TOKEN = "test-token-4f1c-web"
HOSTILE = (
    "Minister rejects the plan <script>window.__pwned = 1; alert('title')</script>\n\n"
    "The minister said on Monday that the government rejected the plan <script>window.__pwned = 1; alert(1)</script> "
    "because it would cost too much. <img src=x onerror=\"window.__pwned = 1; alert(2)\"> "
    "\"We will not accept this,\" she told reporters, pointing to <a href=\"javascript:alert(3)\">the report</a>. "
    "The opposition leader said the decision was a mistake and called for a vote in parliament.\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def coincide(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coincide", *args], capture_output=True, text=True, timeout=900,
                          env=dict(os.environ, **(env or {})))


class Server:
    def __init__(self, db: str, token: str | None = TOKEN):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        args = [sys.executable, "-m", "coincide", "serve", "--db", db, "--port", str(self.port)]
        if token:
            args += ["--token", token]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read().decode())
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.2)
        raise RuntimeError("server did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=20)

    def request(self, path: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None):
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read()

    def json(self, path: str, **kw):
        status, _, body = self.request(path, **kw)
        return status, json.loads(body)


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    shutil.copy(EXAMPLE, folder / "syria.txt")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, stories, tmp_path_factory):
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("db") / "archive.db")
    else:
        import uuid

        import psycopg

        admin = request.getfixturevalue("postgres_admin_url")
        name = f"web_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        db = admin.rsplit("/", 1)[0] + "/" + name
    done = coincide("ingest", str(stories), "--db", db)
    assert done.returncode == 0, done.stderr
    srv = Server(db)
    srv.db = db
    yield srv
    srv.stop()


def story_id(server, title_word: str) -> str:
    _, data = server.json("/api/stories")
    return next(s["id"] for s in data["stories"] if title_word in (s["title"] or ""))


def test_api_lists_and_serves_stories(server):
    status, data = server.json("/api/stories")
    assert status == 200 and data["total"] == 2
    sid = story_id(server, "Syria")
    status, record = server.json(f"/api/stories/{sid}")
    assert status == 200
    assert record["story"]["title"].startswith("US-Russia positions")
    assert {"actors", "quotes", "positions", "relations", "events", "figures", "corrections"} <= set(record)


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/stories/nope", 404),
        ("/api/stories?limit=0", 400),
        ("/api/stories?limit=abc", 400),
        ("/api/search", 400),
        ("/api/compare?a=NoSuchActorAnywhere&b=USA", 404),
        ("/api/events?since=yesterday", 400),
        ("/api/nothing-here", 404),
    ],
)
def test_api_errors_have_one_shape(server, path, status):
    got, data = server.json(path)
    assert got == status
    assert set(data) == {"error"} and data["error"]["status"] == status and data["error"]["message"]


def test_search_compare_actors_events(server):
    status, data = server.json("/api/search?q=chemical+weapons")
    assert status == 200 and data["hits"]
    status, data = server.json("/api/actors?country=RUS")
    assert status == 200 and any("Putin" in a["name"] for a in data["actors"])
    status, data = server.json("/api/compare?a=RUS&b=USA")
    assert status == 200 and data["issues"]
    status, data = server.json("/api/events")
    assert status == 200 and isinstance(data["events"], list)


@pytest.mark.parametrize("value", ["' OR 1=1 --", "\"; DROP TABLE stories; --", "%' UNION SELECT record FROM stories --", "x\x00y"])
@pytest.mark.parametrize("param", ["/api/search?q=", "/api/actors?country=", "/api/events?type=", "/api/quotes?actor=", "/api/positions?actor="])
def test_injection_strings_are_just_text(server, param, value):
    from urllib.parse import quote

    status, data = server.json(param + quote(value))
    assert status in (200, 400, 404)
    assert ("error" in data) == (status != 200)
    status, data = server.json("/api/stories")
    assert data["total"] == 2


def test_openapi_describes_the_api(server):
    status, spec = server.json("/openapi.json")
    assert status == 200
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/search", "/api/compare", "/api/events", "/api/stories/{story_id}/corrections"):
        assert path in spec["paths"]


def test_corrections_need_the_token_and_survive_reanalysis(server, stories):
    sid = story_id(server, "Syria")
    body = json.dumps({"section": "quotes", "idx": 0, "field": "speaker", "verdict": "value", "value": "Vladimir Putin", "note": "checked"}).encode()
    status, data = server.json(f"/api/stories/{sid}/corrections", method="POST", body=body, headers={"Content-Type": "application/json"})
    assert status == 401 and data["error"]["status"] == 401
    status, data = server.json(f"/api/stories/{sid}/corrections", method="POST", body=body,
                               headers={"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN})
    assert status == 201, data
    bad = json.dumps({"section": "quotes", "idx": 999, "field": "speaker", "verdict": "wrong"}).encode()
    status, data = server.json(f"/api/stories/{sid}/corrections", method="POST", body=bad,
                               headers={"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN})
    assert status == 400 and "idx" in data["error"]["message"]
    # ingesting the same stories again keeps them once, and keeps the correction
    assert coincide("ingest", str(stories), "--db", server.db).returncode == 0
    status, data = server.json(f"/api/stories/{sid}/corrections")
    assert [c["value"] for c in data["corrections"]] == ["Vladimir Putin"]
    status, data = server.json("/api/stories")
    assert data["total"] == 2
    export = coincide("export", "--format", "jsonl", "--db", server.db)
    assert '"corrections"' in export.stdout


def test_analysts_merge_and_split_entities_over_the_api(server):
    auth = {"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN}
    body = json.dumps({"a": "G-8", "b": "Group of Eight Summit", "author": "ana"}).encode()
    status, data = server.json("/api/actors/merge", method="POST", body=body, headers={"Content-Type": "application/json"})
    assert status == 401 and data["error"]["status"] == 401  # the token is needed
    status, data = server.json("/api/actors/merge", method="POST", body=body, headers=auth)
    assert status == 201 and {n["name"] for n in data["names"]} >= {"G-8", "Group of Eight Summit"}, data
    status, data = server.json("/api/actors/G-8")
    assert any("merged by an analyst" in n["evidence"] for n in data["names"])
    status, data = server.json("/api/actors/split", method="POST", body=json.dumps({"name": "Group of Eight Summit"}).encode(),
                               headers=auth)
    assert status == 201 and [n["name"] for n in data["names"]] == ["Group of Eight Summit"], data
    status, data = server.json("/api/actors/merge", method="POST", body=json.dumps({"a": "G-8"}).encode(), headers=auth)
    assert status == 400 and data["error"]["message"].startswith("b:")


def test_read_only_server_refuses_writes(server):
    srv = Server(server.db, token=None)
    try:
        sid = story_id(srv, "Syria")
        status, data = srv.json(f"/api/stories/{sid}/corrections", method="POST", body=b"{}", headers={"Content-Type": "application/json"})
        assert status == 403 and "read-only" in data["error"]["message"]
    finally:
        srv.stop()


def test_oversized_request_is_refused(server):
    sid = story_id(server, "Syria")
    status, data = server.json(f"/api/stories/{sid}/corrections", method="POST", body=b"x" * 200_000,
                               headers={"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN})
    assert status == 413


# -- in a real browser ------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


SHOTS = Path(os.environ.get("COINCIDE_SCREENSHOTS", "")) if os.environ.get("COINCIDE_SCREENSHOTS") else None


def shot(page, name):
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_story_page_highlights_lead_to_extractions(server, page):
    if "postgres" in server.db:
        pytest.skip("pages are checked once, on SQLite; the API tests cover both backends")
    page.goto(server.base + "/")
    page.click("text=US-Russia positions on Syria")
    assert page.locator(".hl-quotes").count() > 0
    first = page.locator("a.hl-quotes").first
    target = first.get_attribute("href")
    first.click()
    assert page.url.endswith(target)
    item = page.locator(target)
    assert item.is_visible()
    assert page.evaluate(f"getComputedStyle(document.querySelector('{target}')).backgroundColor") != "rgba(0, 0, 0, 0)"
    shot(page, "story")


def test_compare_and_actor_pages(server, page):
    if "postgres" in server.db:
        pytest.skip("pages are checked once, on SQLite")
    page.goto(server.base + "/compare?a=RUS&b=USA")
    assert page.locator("h2", has_text="Coincide").count() == 1
    assert page.locator("table.cmp td").count() > 0
    shot(page, "compare")
    page.goto(server.base + "/actors/RUS")
    assert page.locator("section.issue").count() > 0
    shot(page, "actor")


def test_hostile_story_renders_inert(server, page):
    if "postgres" in server.db:
        pytest.skip("pages are checked once, on SQLite")
    sid = story_id(server, "Minister")
    page.goto(server.base + f"/stories/{sid}")
    page.wait_for_timeout(500)
    assert page.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("body script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert "<script>" in page.inner_text(".body")  # shown as text, not run


def test_pages_fit_a_phone(server, browser):
    if "postgres" in server.db:
        pytest.skip("pages are checked once, on SQLite")
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = context.new_page()
    try:
        for path in ("/", "/compare?a=RUS&b=USA", f"/stories/{story_id(server, 'Syria')}"):
            pg.goto(server.base + path)
            assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
        shot(pg, "phone-story")
    finally:
        context.close()


def test_signin_then_correct_from_the_page(server, page):
    if "postgres" in server.db:
        pytest.skip("pages are checked once, on SQLite")
    page.goto(server.base + "/signin")
    page.fill("input[name=token]", "wrong")
    page.click("main button[type=submit]")
    assert "not right" in page.inner_text("main")
    page.fill("input[name=token]", TOKEN)
    page.click("main button[type=submit]")
    sid = story_id(server, "Minister")
    page.goto(server.base + f"/stories/{sid}")
    page.select_option("select[name=section]", "quotes")
    page.fill("input[name=field]", "speaker")
    page.fill("input[name=note]", "the minister opposes it")
    page.click("form.correct button[type=submit]")
    assert "the minister opposes it" in page.inner_text("#corrections + ul")
