"""The analyst's workbench (web/workbench.py) as users meet it: each page and endpoint over HTTP
on SQLite and PostgreSQL, and in a real headless Chromium (each filter clicked, a download, a
phone-width screen, a hostile story inert). The archive: the example story, a hostile story, and
topics on the example's positions (written as the archive writer writes them from a record's
`topics`, since the topic tagger is not part of this branch)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from urllib.parse import quote

import pytest

from conftest import EXAMPLE
from test_web import CHROMIUM, HOSTILE, Server, coincide

TOPIC = "syria-war"


def _add_topics(db: str) -> int:
    """Give the example's positions about violence, weapons or Syria a topic in their stored record
    (`"topics": [{"topic": ..., "words": [...]}]`, as the topic tagger will) and derive the
    knowledge tables again from the records, as `coincide reindex` does."""
    from coincide.store import open_store

    n = 0
    with open_store(db) as store:
        for row in store.fetch("SELECT id, record FROM stories"):
            record = json.loads(row["record"])
            for p in record.get("positions") or []:
                words = [w for w in ("violence", "weapon", "syria", "assad") if w in p["issue"].lower()]
                if words:
                    p["topics"] = [{"topic": TOPIC, "words": words}]
                    n += 1
            # events carry topics of their own: here those whose words name a sentence's subject
            # matter, so some events of a story on the topic are off it
            for e in record.get("events") or []:
                said = record["story"]["body"][e["span"][0]:e["span"][1]].lower()
                words = [w for w in ("syria", "assad", "weapon", "talks") if w in said]
                e["topics"] = [{"topic": TOPIC, "words": words}] if words else []
            with store._transaction() as w:
                store._write(w, "UPDATE stories SET record = ? WHERE id = ?", (json.dumps(record), row["id"]))
        store.rebuild_knowledge()
    return n


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def wb(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("wbstories")
    shutil.copy(EXAMPLE, folder / "syria.txt")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("wbdb") / "archive.db")
    else:
        import uuid

        import psycopg

        admin = request.getfixturevalue("postgres_admin_url")
        name = f"wb_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        db = admin.rsplit("/", 1)[0] + "/" + name
    done = coincide("ingest", str(folder), "--db", db)
    assert done.returncode == 0, done.stderr
    assert _add_topics(db) > 0
    srv = Server(db, token=None)
    srv.db = db
    yield srv
    srv.stop()


PAGES = [
    ("/", "US-Russia positions on Syria"),
    ("/?sort=title", "Minister rejects"),
    ("/events", "CONSULT"),
    ("/events?type=CONSULT&country=RUS", "Vladimir Putin"),
    (f"/events?topic={TOPIC}", "events"),
    ("/events?since=2013-06&until=2013-06-30", "CONSULT"),
    ("/quotes", "resolve the issue through political means"),
    ("/quotes?speaker=Obama&words=political+means", "resolve the issue"),
    (f"/quotes?topic={TOPIC}", "quotes"),
    ("/actors", "Vladimir Putin"),
    ("/actors?kind=person&country=RUS", "Vladimir Putin"),
    ("/actors/Vladimir%20Putin", "Events it is the source of"),
    (f"/actors/RUS?topic={TOPIC}", "Stance over time"),
    ("/topics", TOPIC),
    (f"/topics/{TOPIC}", "Who stands where"),
    (f"/compare?a=RUS&b=USA&topic={TOPIC}", "Over time"),
    ("/compare?a=RUS&b=USA", "<svg"),
    ("/network", "Who backs or criticises whom"),
    ("/search?q=Syria", "hits for"),
    (f"/search?q=Syria&topic={TOPIC}&sort=newest", "newest first"),
    (f"/network?kind=coincides&topic={TOPIC}", "coincides"),
]


@pytest.mark.parametrize("path, expect", PAGES)
def test_each_page_answers_with_its_content(wb, path, expect):
    status, headers, body = wb.request(path)
    html = body.decode()
    assert status == 200, html[:500]
    assert expect in html
    assert "<script" not in html.split("<main>", 1)[1].replace("&lt;script", "")
    assert "default-src 'none'" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("path, key", [
    ("/api/events?limit=2", "events"), ("/api/quotes?limit=2", "quotes"), ("/api/actors?limit=2", "actors"),
    ("/api/network?limit=2", None), ("/api/topics?limit=2", "topics"), ("/api/stories?limit=1", "stories"),
    ("/api/search?q=Syria&limit=1", "hits"), ("/api/actors/Putin/events?limit=1", None),
])
def test_api_lists_have_items_total_limit_offset(wb, path, key):
    status, data = wb.json(path)
    assert status == 200, data
    assert {"items", "total", "limit", "offset"} <= set(data)
    assert len(data["items"]) <= data["limit"] and data["total"] >= len(data["items"])
    if key:
        assert data[key] == data["items"]  # the old key too


def test_api_records_name_every_id(wb):
    _, events = wb.json("/api/events?type=CONSULT&country=RUS")
    assert events["items"] and all(e["type"] == "CONSULT" for e in events["items"])
    e = events["items"][0]
    assert e["source"].startswith("a") and e["source_name"] and e["target_name"] == "Vladimir Putin"
    _, quotes = wb.json("/api/quotes?speaker=Obama")
    assert quotes["total"] >= 2 and all(q["speaker_name"] == "Barack Obama" and q["speaker"] for q in quotes["items"])
    sid = next(s["id"] for s in wb.json("/api/stories")[1]["items"] if "Syria" in (s["title"] or ""))
    _, record = wb.json(f"/api/stories/{sid}")
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert all(q["speaker_name"] == names.get(q["speaker"]) for q in record["quotes"])
    assert all(p["holder_name"] == names[p["holder"]] for p in record["positions"])
    assert all(r["actor_names"] == [names[i] for i in r["actors"]] for r in record["relations"])
    assert all(e.get("source_name") == names.get(e.get("source")) for e in record["events"])
    _, positions = wb.json("/api/positions?actor=Putin")
    item = positions["issues"][0]["items"][0]
    # the id in `holder` (as in the story record), its name beside it; holder_id is the old key
    assert item["holder_name"] == "Vladimir Putin" and item["holder"].startswith("a") and item["holder_id"] == item["holder"]
    assert names[item["holder"]] == item["holder_name"]
    _, ranged = wb.json("/api/positions?actor=Putin&since=2013")  # the other path: positions not summed
    assert all(i["holder"].startswith("a") and i["holder_name"] == names[i["holder"]]
               for issue in ranged["issues"] for i in issue["items"])
    _, topic = wb.json(f"/api/topics/{TOPIC}")
    assert topic["holders"] and all(isinstance(h["id"], int) and h["name"] for h in topic["holders"])
    _, stances = wb.json("/api/actors/Putin/stances")
    allies = stances["allies"]["coincide"] + stances["allies"]["diverge"]
    assert allies and all(isinstance(a["id"], int) and a["name"] for a in allies)
    _, actors = wb.json("/api/actors?limit=500")
    ids = {a["id"]: a["name"] for a in actors["items"]}
    assert all(ids.get(a["id"]) == a["name"] for a in allies)


def test_filters_paging_and_topics(wb):
    _, every = wb.json("/api/events?limit=500")
    _, first = wb.json("/api/events?limit=2")
    _, second = wb.json("/api/events?limit=2&offset=2")
    assert first["total"] == second["total"] == every["total"] > 4
    assert [e["idx"] for e in first["items"] + second["items"]] == [e["idx"] for e in every["items"][:4]]
    _, oldest = wb.json("/api/events?sort=oldest&limit=500")
    assert oldest["total"] == every["total"]
    _, on_topic = wb.json(f"/api/events?topic={TOPIC}&limit=500")
    assert 0 < on_topic["total"] < every["total"]  # the hostile story has no position on it
    # each event by its own topics, not its story's: exactly the events tagged with it
    tagged = set()
    for s in wb.json("/api/stories?limit=500")[1]["items"]:
        record = wb.json(f"/api/stories/{s['id']}")[1]
        tagged |= {(s["id"], i) for i, e in enumerate(record["events"]) if any(t["topic"] == TOPIC for t in e["topics"])}
    assert {(e["story_id"], e["idx"]) for e in on_topic["items"]} == tagged
    syria = {k[0] for k in tagged}
    assert any(e["story_id"] in syria for e in every["items"] if (e["story_id"], e["idx"]) not in tagged)
    _, future = wb.json("/api/events?since=2030")
    _, future_undated = wb.json("/api/events?since=2030&undated=true")
    assert future["total"] == 0 and future_undated["total"] > 0
    _, q = wb.json(f"/api/quotes?topic={TOPIC}")
    _, all_q = wb.json("/api/quotes")
    assert 0 < q["total"] < all_q["total"]
    _, topics = wb.json("/api/topics")
    # the topic written here, beside those the coincide_topics component gave the stories
    assert TOPIC in {t["topic"] for t in topics["items"]} and topics["total"] == len(topics["items"])
    _, net = wb.json("/api/network")
    kinds = {e["kind"] for e in net["items"]}
    assert kinds & {"coincides", "diverges"} and all(e["source_name"] and e["target_name"] for e in net["items"])
    _, only = wb.json("/api/network?kind=diverges")
    assert only["items"] and {e["kind"] for e in only["items"]} == {"diverges"}
    _, stances = wb.json("/api/actors/Putin/stances")
    assert stances["months"] and stances["months"][0]["month"] == "2013-06"


def _events_by_actor_joined(store, actor: str, type: str | None = None, country: str | None = None) -> set[tuple[str, int]]:
    """The events an actor filter selected before event_idents: every story actor with a matching
    identity joined to its story's events (as source or target)."""
    from coincide.knowledge.entities import COUNTRY_PREFIX, name_key

    rows = store.fetch(
        "SELECT DISTINCT e.story_id, e.idx, e.type, src.country AS sc, tgt.country AS tc FROM actor_idents i"
        " JOIN events e ON e.story_id = i.story_id AND (e.source = i.actor_id OR e.target = i.actor_id)"
        " LEFT JOIN actors src ON src.story_id = e.story_id AND src.actor_id = e.source"
        " LEFT JOIN actors tgt ON tgt.story_id = e.story_id AND tgt.actor_id = e.target"
        " WHERE i.ident IN (SELECT k.key FROM entity_keys k WHERE (' ' || k.key || ' ') LIKE ?) OR i.ident = ?",
        (f"% {name_key(actor)} %", COUNTRY_PREFIX + actor.upper()))
    return {(r["story_id"], r["idx"]) for r in rows
            if (type is None or r["type"] == type) and (country is None or country in (r["sc"], r["tc"]))}


@pytest.mark.parametrize("actor,type,country", [("RUS", None, None), ("USA", None, None), ("RUS", "CONSULT", None),
                                                ("putin", None, None), ("USA", None, "RUS")])
def test_a_country_actors_events_and_chart_are_its_actors_events(wb, actor, type, country):
    """An actor filter naming a country reads its events from event_idents: the list (every page of
    it) and the chart hold the same events as joining each of the country's story actors to its
    story's events, the way it was read before."""
    from coincide.store import open_store

    with open_store(wb.db) as store:
        expected = _events_by_actor_joined(store, actor, type, country)
    assert expected
    filters = f"actor={actor}" + (f"&type={type}" if type else "") + (f"&country={country}" if country else "")
    _, listed = wb.json(f"/api/events?limit=500&{filters}")
    assert listed["total"] == len(expected)
    assert {(e["story_id"], e["idx"]) for e in listed["items"]} == expected
    _, first = wb.json(f"/api/events?limit=2&{filters}")
    _, second = wb.json(f"/api/events?limit=2&offset=2&{filters}")
    assert first["total"] == second["total"] == len(expected)
    assert [e["idx"] for e in first["items"] + second["items"]] == [e["idx"] for e in listed["items"][:4]]
    _, months = wb.json(f"/api/events/months?{filters}")
    assert sum(m["n"] for m in months["items"]) == len(expected)
    status, _, html = wb.request(f"/events?{filters}")
    assert status == 200 and f"of <strong>{len(expected)}</strong> events" in html.decode()


@pytest.mark.parametrize("part", ["puti", "utin", "russi", "%", "_utin"])
def test_an_actor_filter_reads_whole_words_of_names(wb, part):
    """A part of a word names no actor ("US" is in "Russia"), and LIKE's wildcards in the filter are
    read as themselves: the filter that finds Putin's events finds none for a part of his name."""
    _, whole = wb.json("/api/events?limit=1&actor=putin")
    _, broken = wb.json(f"/api/events?limit=1&actor={quote(part)}")
    assert whole["total"] > 0 and broken["total"] == 0


@pytest.mark.parametrize("table, columns, migration", [
    ("event_topics", "story_id, idx, topic", "both_005_event_topics.sql"),  # from the stored records
    ("event_idents", "ident, story_id, idx", "both_008_event_idents.sql"),  # from the actor identities
])
def test_an_older_archive_gets_its_event_tables(wb, table, columns, migration):
    """An archive from before an events table is filled with the rows the archive writer gives."""
    from coincide.store import open_store

    with open_store(wb.db) as store:
        before = {tuple(r.values()) for r in store.fetch(f"SELECT {columns} FROM {table}")}
        with store._transaction() as w:
            store._write(w, f"DROP TABLE {table}")
            store._write(w, "DELETE FROM schema_migrations WHERE name = ?", (migration,))
    with open_store(wb.db) as store:
        after = {tuple(r.values()) for r in store.fetch(f"SELECT {columns} FROM {table}")}
        assert store.schema_version() == len(type(store).migrations)
    assert before and after == before


@pytest.mark.parametrize("filters", ["", "since=2013", "since=2013-06&until=2013-06", "since=2030&undated=true",
                                     "type=CONSULT,AGREE&until=2013", "since=2013-06-17", "country=RUS"])
def test_the_events_chart_counts_what_the_list_counts(wb, filters):
    """The chart's months (summed per month when the entities are resolved, when the dates are whole
    months) add up to the list's total for the same filters."""
    _, months = wb.json("/api/events/months?" + filters)
    _, listed = wb.json("/api/events?limit=1&" + filters)
    assert sum(m["n"] for m in months["items"]) == listed["total"]


def test_search_counts_facets_sorts_and_pages(wb):
    _, found = wb.json("/api/search?q=Syria&limit=500")
    assert found["total"] == len(found["items"]) > 2 and found["hits"] == found["items"]
    facets = found["facets"]
    # the facets count the whole answer: each facet's counts add up to the total (a topic may
    # count a story once for several of its hits, so it is checked by filtering instead)
    assert sum(f["n"] for f in facets["section"]) == found["total"]
    assert sum(f["n"] for f in facets["year"]) == sum(1 for h in found["items"] if h["published"])
    for f in facets["section"] + facets["year"]:
        key = "section" if f in facets["section"] else "year"
        _, only = wb.json(f"/api/search?q=Syria&{key}={f['value']}&limit=500")
        assert only["total"] == f["n"] and all((h[key] if key == "section" else h["published"][:4]) == f["value"]
                                               for h in only["items"])
    assert TOPIC in {f["value"] for f in facets["topic"]}
    _, said = wb.json("/api/search?q=said&limit=500")
    _, on_topic = wb.json(f"/api/search?q=said&topic={TOPIC}&limit=500")
    assert 0 < on_topic["total"] < said["total"]  # the hostile story takes no position on it
    assert len({h["story_id"] for h in on_topic["items"]}) < len({h["story_id"] for h in said["items"]})
    # sorts: the same hits in another order; pages: a window of the whole list
    for sort in ("newest", "oldest"):
        _, other = wb.json(f"/api/search?q=Syria&sort={sort}&limit=500")
        assert other["total"] == found["total"] and other["sort"] == sort
        assert sorted((h["story_id"], h["section"], h["idx"]) for h in other["items"]) == \
            sorted((h["story_id"], h["section"], h["idx"]) for h in found["items"])
    _, newest = wb.json("/api/search?q=Syria&sort=newest&limit=500")
    dates = [h["published"] for h in newest["items"] if h["published"]]
    assert dates == sorted(dates, reverse=True)
    _, two = wb.json("/api/search?q=Syria&limit=2")
    _, second = wb.json("/api/search?q=Syria&limit=1&offset=1")
    assert second["items"] == two["items"][1:] and second["total"] == found["total"]
    _, none = wb.json("/api/search?q=zzyzzx")
    assert none["total"] == 0 and none["items"] == []


@pytest.mark.parametrize("path, words", [
    ("/api/events?type=FOO", "AGREE"), ("/api/events?country=Russia", "ISO3"), ("/api/events?sort=best", "newest"),
    ("/api/network?kind=likes", "supports"), ("/api/actors?kind=robot", "person"), ("/api/quotes?speaker=Nobody+Atall", "no actor"),
    ("/api/events?until=soon", "not a date"), ("/api/actors/Putin/events?side=both", "source"),
    ("/api/search?q=Syria&section=title", "story, quote, position"), ("/api/search?q=Syria&year=13", "YYYY"),
    ("/api/search?q=Syria&sort=best", "relevance"), ("/api/search?q=+", "q: required"),
])
def test_api_bad_values_are_errors_of_one_shape(wb, path, words):
    status, data = wb.json(path)
    assert status in (400, 404) and set(data) == {"error"} and words in data["error"]["message"]


def test_a_bad_filter_on_a_page_is_a_page_saying_so(wb):
    status, _, body = wb.request("/events?type=FOO")
    assert status == 400 and "not a PLOVER type" in body.decode() and "<html" in body.decode()
    status, _, body = wb.request("/quotes?speaker=Nobody+Atall")
    assert status == 200 and "no actor called" in body.decode()


@pytest.mark.parametrize("path, total_api", [
    ("/events", "/api/events"), ("/quotes", "/api/quotes"), ("/actors", "/api/actors"), ("/network", "/api/network"),
    (f"/events?topic={TOPIC}", f"/api/events?topic={TOPIC}"), ("/", "/api/stories"),
    ("/search?q=Syria", "/api/search?q=Syria"), ("/search?q=Syria&section=quote", "/api/search?q=Syria&section=quote"),
])
def test_every_list_downloads_as_csv_and_json_lines(wb, path, total_api):
    _, api = wb.json(total_api)
    sep = "&" if "?" in path else "?"
    status, headers, body = wb.request(path + sep + "format=csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and "attachment" in headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(rows) == api["total"] > 0
    status, headers, body = wb.request(path + sep + "format=jsonl")
    lines = [json.loads(line) for line in body.decode().splitlines()]
    assert len(lines) == api["total"] and set(rows[0]) <= set(lines[0])


def test_openapi_describes_every_endpoint(wb):
    _, schema = wb.json("/openapi.json")
    paths = schema["paths"]
    for p in ("/api/events", "/api/events/months", "/api/quotes", "/api/actors", "/api/network", "/api/topics",
              "/api/actors/{name}/events", "/api/actors/{name}/stances", "/api/stories", "/api/search"):
        assert p in paths, p
    assert "holder_name" in paths["/api/positions"]["get"]["description"]
    params = {x["name"] for x in paths["/api/search"]["get"]["parameters"]}
    assert {"q", "topic", "year", "section", "sort", "limit", "offset"} <= params
    params = {x["name"] for x in paths["/api/events"]["get"]["parameters"]}
    assert {"type", "actor", "country", "topic", "since", "until", "undated", "sort", "limit", "offset"} <= params


# -- in a real browser ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                                              "--disable-background-networking", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser, wb):
    if "postgres" in wb.db:
        pytest.skip("pages are driven in Chromium once, on SQLite; the HTTP tests cover both backends")
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def _rows(page) -> int:
    return page.locator("table.list tbody tr").count()


def test_events_filters_clicked_through(wb, page):
    page.goto(wb.base + "/events")
    everything = _rows(page)
    assert page.locator("svg.chart rect").count() > 0
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button[type=submit]")
    assert "type=CONSULT" in page.url and 0 < _rows(page) < everything
    assert set(page.locator("table.list tbody td:nth-child(2)").all_inner_texts()) == {"CONSULT"}
    page.fill("input[name=country]", "RUS")
    page.click("form.filters button[type=submit]")
    assert "Vladimir Putin" in page.inner_text("table.list")
    page.goto(wb.base + "/events")
    page.fill("input[name=actor]", "Obama")
    page.click("form.filters button[type=submit]")
    assert all("Obama" in r for r in page.locator("table.list tbody tr").all_inner_texts())
    page.goto(wb.base + "/events")
    page.select_option("select[name=topic]", TOPIC)
    page.click("form.filters button[type=submit]")
    assert 0 < _rows(page) < everything
    page.goto(wb.base + "/events")
    page.fill("input[name=since]", "2030")
    page.click("form.filters button[type=submit]")
    assert _rows(page) == 0 and "No events match" in page.inner_text("main")
    page.check("input[name=undated]")
    page.click("form.filters button[type=submit]")
    assert _rows(page) > 0  # the hostile story's undated events
    page.goto(wb.base + "/events")
    page.click("text=oldest first")
    assert "sort=oldest" in page.url and _rows(page) == everything


def test_quotes_actors_network_filters_clicked_through(wb, page):
    page.goto(wb.base + "/quotes")
    page.fill("input[name=speaker]", "Obama")
    page.click("form.filters button[type=submit]")
    speakers = {t.split(" · ")[0] for t in page.locator("ul.quotes .meta").all_inner_texts()}
    assert speakers == {"Barack Obama"}
    page.fill("input[name=words]", "political means")
    page.click("form.filters button[type=submit]")
    assert page.locator("ul.quotes li").count() == 1
    page.goto(wb.base + "/quotes")
    page.select_option("select[name=topic]", TOPIC)
    page.click("form.filters button[type=submit]")
    assert page.locator("ul.quotes li").count() > 0 and f"topic={TOPIC}" in page.url
    page.goto(wb.base + "/actors")
    page.select_option("select[name=kind]", "country")
    page.click("form.filters button[type=submit]")
    kinds = set(page.locator("table.list tbody td:nth-child(2)").all_inner_texts())
    assert kinds == {"country"}
    page.click("table.list tbody a >> nth=0")
    assert page.locator("h1").inner_text() and "Stance over time" in page.inner_text("main")
    page.goto(wb.base + "/network")
    assert page.locator("svg.network line").count() > 0
    page.select_option("select[name=kind]", "diverges")
    page.click("form.filters button[type=submit]")
    assert set(page.locator("table.list tbody td:nth-child(2)").all_inner_texts()) == {"diverges"}
    page.goto(wb.base + "/topics")
    page.click(f"text={TOPIC}")
    assert "Who stands where" in page.inner_text("main") and page.locator("table.list tbody tr").count() > 0
    page.goto(wb.base + "/compare")
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "USA")
    page.select_option("select[name=topic]", TOPIC)
    page.click("form.compare button[type=submit]")
    assert "Over time" in page.inner_text("main") and page.locator("svg.chart rect").count() > 0


def test_a_view_downloads(wb, page):
    page.goto(wb.base + "/events?type=CONSULT")
    with page.expect_download() as info:
        page.click("a.dl-csv")
    text = open(info.value.path(), encoding="utf-8").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {r["type"] for r in rows} == {"CONSULT"} and "source_name" in rows[0]
    with page.expect_download() as info:
        page.click("a.dl-jsonl")
    lines = open(info.value.path(), encoding="utf-8").read().splitlines()
    assert len(lines) == len(rows)


def test_search_facet_clicked_and_downloaded(wb, page):
    page.goto(wb.base + "/")
    page.fill("form.search input[name=q]", "Syria")
    page.press("form.search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Syria")
    everything = page.locator("ol.hits li").count()
    assert everything > 2 and "hits for" in page.inner_text("p.count")
    page.click("p.facet-section a:text('quote')")
    assert "section=quote" in page.url
    metas = page.locator("ol.hits .meta").all_inner_texts()
    assert 0 < len(metas) < everything and all(m.endswith("quote") for m in metas)
    page.click("p.facet-topic a >> nth=0")
    assert "topic=" in page.url and "section=quote" in page.url
    page.click(".facet-on a >> nth=0")  # a chosen facet is removed again
    assert "section=quote" not in page.url and "topic=" in page.url
    page.click("text=newest first")
    assert "sort=newest" in page.url
    shown = page.locator("ol.hits li").count()
    with page.expect_download() as info:
        page.click("a.dl-csv")
    rows = list(csv.DictReader(io.StringIO(open(info.value.path(), encoding="utf-8").read())))
    assert len(rows) == shown and "snippet" in rows[0]
    with page.expect_download() as info:
        page.click("a.dl-jsonl")
    assert len(open(info.value.path(), encoding="utf-8").read().splitlines()) == shown


def test_hostile_story_stays_inert_in_the_lists(wb, page):
    for path in ("/", "/quotes?words=accept", "/events?undated=true", "/actors", "/network", "/search?q=accept",
                 "/quotes?words=" + quote("window.__pwned")):
        page.goto(wb.base + path)
        page.wait_for_timeout(200)
        assert page.dialogs == [] and page.evaluate("window.__pwned") is None, path
        assert page.locator("body script").count() == 0 and page.locator("a[href^='javascript:']").count() == 0
    page.goto(wb.base + "/?sort=title")
    assert "<script>" in page.inner_text("main")  # the title shown as text


def test_workbench_pages_fit_a_phone(wb, browser):
    if "postgres" in wb.db:
        pytest.skip("pages are driven in Chromium once, on SQLite")
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = context.new_page()
    try:
        for path, _ in PAGES:
            pg.goto(wb.base + path)
            assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    finally:
        context.close()
