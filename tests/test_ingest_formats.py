"""Files of many stories (WARC, RSS, Atom, JSON Lines, CSV), written here: one input per story, one
error per bad record, the rest read on; the same story from two files stored once."""

from __future__ import annotations

import csv
import gzip
import io
import json
import sqlite3
import subprocess
import sys

import pytest

from coincide.errors import InputError
from coincide.ingest import RawInput, iter_inputs, prepare_story
from coincide.ingest.formats import container_kind, iso_datetime

STORIES = [
    ("Council approves budget",
     "The council voted on Tuesday to approve a budget of 40 million pounds, its leader said after a long debate. "
     "\"This budget protects services,\" said council leader Mary Jones, who had warned of cuts for months. "
     "The opposition said the plan would raise taxes and called for a new vote before the end of the year."),
    ("Minister defends rail plan",
     "The transport minister defended the rail plan in parliament on Wednesday, saying it would cut journey times. "
     "Critics said the cost had doubled since the plan was first announced and asked for an independent review. "
     "\"We will build it on time and on budget,\" the minister told members of the committee."),
    ("Union calls strike over pay",
     "The teachers' union called a strike for next month after talks on pay broke down late on Thursday night. "
     "Its general secretary said members had been offered less than inflation for the third year in a row. "
     "The education department said it was disappointed and that its door remained open to further talks."),
]


def page(title: str, body: str, published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>All rights reserved</footer></body></html>")


def read_all(path, **kw):
    return list(iter_inputs([str(path)], **kw))


def stories(items, settings):
    out = []
    for item in items:
        assert isinstance(item, RawInput), item
        out.append(prepare_story(item, settings))
    return out


@pytest.mark.parametrize("name, kind", [
    ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.rss", "feed"), ("a.atom", "feed"), ("a.XML", "feed"),
    ("a.jsonl", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.csv", "csv"), ("a.txt", None), ("a.html.gz", None)])
def test_container_kind(name, kind):
    assert container_kind(name) == kind


@pytest.mark.parametrize("given, iso", [
    ("2013-06-17T15:39:00Z", "2013-06-17T15:39:00"), ("2013-06-17", "2013-06-17"),
    ("Mon, 17 Jun 2013 15:39:00 +0100", "2013-06-17T15:39:00"), ("17 June 2013", "2013-06-17"),
    (1371483540, "2013-06-17T15:39:00"), ("soon", None), ("", None), (None, None)])
def test_iso_datetime(given, iso):
    assert iso_datetime(given) == iso


# --- WARC --------------------------------------------------------------------------------------

def write_warc(path, gzipped: bool):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)

        def response(url, status, content_type, payload, date):
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                               warc_headers_dict={"WARC-Date": date})
            writer.write_record(record)

        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
        # A page with its own date, one without (the capture date stands in), an image, a redirect.
        response("https://news.example/a", "200 OK", "text/html; charset=utf-8",
                 page(*STORIES[0], published="2024-03-05T09:30:00").encode(), "2024-03-06T12:00:00Z")
        response("https://news.example/b", "200 OK", "text/html", page(*STORIES[1]).encode(), "2024-03-07T08:15:00Z")
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                 "2024-03-07T08:15:01Z")
        response("https://news.example/old", "301 Moved Permanently", "text/html", b"", "2024-03-07T08:15:02Z")


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_html_responses_become_stories(tmp_path, settings, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, gzipped)
    items = read_all(path)
    assert [i.source for i in items] == [f"{path}#https://news.example/a", f"{path}#https://news.example/b"]
    a, b = stories(items, settings)
    assert a.url == "https://news.example/a" and b.url == "https://news.example/b"
    assert a.published == "2024-03-05T09:30:00"  # the page's own date beats the capture date
    assert b.published == "2024-03-07T08:15:00"  # no date in the page: the capture date
    assert a.title == STORIES[0][0]
    assert "40 million pounds" in a.body and "journey times" in b.body


def test_truncated_warc_keeps_the_records_before_the_break(tmp_path, settings):
    path = tmp_path / "crawl.warc"
    write_warc(path, gzipped=False)
    data = path.read_bytes()
    # Cut inside the second page: the first is read, the second is an error, not half a story.
    path.write_bytes(data[:data.index(b"journey times")])
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawInput", "UnreadableInput"]
    assert items[1].source == f"{path}#https://news.example/b" and "cut short" in items[1].message
    (story,) = stories(items[:1], settings)
    assert "40 million pounds" in story.body


# --- feeds -------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>
<description>Politics</description>
{items}
</channel></rss>"""

RSS_ITEM = """<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>
<description>{summary}</description>{content}</item>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:example:wire</id>
<updated>2024-03-08T10:00:00Z</updated>
<entry><title>{title}</title><id>urn:example:1</id><link href="{link}"/>
<published>2024-03-08T09:00:00+01:00</published><updated>2024-03-08T10:00:00Z</updated>
<content type="html">{content}</content></entry>
</feed>"""


def html_paragraphs(body: str) -> str:
    return "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())


def write_rss(path, entries):
    items = []
    for title, body, link, date, full in entries:
        escaped = html_paragraphs(body).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        content = (f'<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">{escaped}'
                   f"</content:encoded>") if full else ""
        summary = "" if full else escaped
        items.append(RSS_ITEM.format(title=title, link=link, date=date, summary=summary, content=content))
    path.write_text(RSS.format(items="\n".join(items)), encoding="utf-8")


def test_rss_entries_become_stories(tmp_path, settings):
    path = tmp_path / "politics.rss"
    write_rss(path, [
        (*STORIES[0], "https://news.example/a", "Tue, 05 Mar 2024 09:30:00 +0000", True),
        (*STORIES[1], "https://news.example/b", "Wed, 06 Mar 2024 18:05:00 +0000", False),
        ("An entry with nothing in it", "", "https://news.example/empty", "Wed, 06 Mar 2024 19:00:00 +0000", False),
    ])
    items = read_all(path)
    assert len(items) == 3
    bad = items[2]
    assert isinstance(bad, InputError) and bad.source == f"{path}#https://news.example/empty"
    assert "entry 3" in bad.message
    a, b = stories(items[:2], settings)
    assert (a.title, a.url, a.published) == (STORIES[0][0], "https://news.example/a", "2024-03-05T09:30:00")
    assert (b.title, b.url, b.published) == (STORIES[1][0], "https://news.example/b", "2024-03-06T18:05:00")
    assert "40 million pounds" in a.body and "<p>" not in a.body
    assert "journey times" in b.body


def test_atom_entry_and_xml_suffix(tmp_path, settings):
    escaped = html_paragraphs(STORIES[2][1]).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    path = tmp_path / "wire.xml"
    path.write_text(ATOM.format(title=STORIES[2][0], link="https://wire.example/1", content=escaped), encoding="utf-8")
    (story,) = stories(read_all(path), settings)
    assert (story.title, story.url, story.published) == (STORIES[2][0], "https://wire.example/1", "2024-03-08T09:00:00")
    assert "general secretary" in story.body


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>', encoding="utf-8")
    (item,) = read_all(path)  # named on the command line: said so
    assert isinstance(item, InputError) and "not an RSS or Atom feed" in item.message
    (tmp_path / "one.txt").write_text(STORIES[0][0] + "\n\n" + STORIES[0][1], encoding="utf-8")
    assert [i.source for i in read_all(tmp_path)] == [str(tmp_path / "one.txt")]  # in a folder: not an input


# --- JSON Lines and CSV ------------------------------------------------------------------------

def test_jsonl_one_story_per_line_and_bad_lines(tmp_path, settings):
    path = tmp_path / "dump.jsonl.gz"
    lines = [
        json.dumps({"id": "s1", "url": "https://a.example/1", "title": STORIES[0][0], "published": "2024-03-05",
                    "text": STORIES[0][1]}),
        "{not json",
        "",
        json.dumps({"id": "s3", "title": "Nothing here", "text": "  "}),
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://a.example/2", "html": page(*STORIES[1]), "published": "2024-03-06T18:05:00+01:00"}),
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    items = read_all(path)
    assert [i.source for i in items] == [f"{path}#s1", f"{path}#line 2", f"{path}#s3", f"{path}#line 5", f"{path}#line 6"]
    assert [type(i).__name__ for i in items] == ["RawInput", "UnreadableInput", "EmptyInput", "UnreadableInput", "RawInput"]
    assert "line 2" in items[1].message and "bad JSON" in items[1].message
    a, b = stories([items[0], items[4]], settings)
    assert (a.title, a.url, a.published) == (STORIES[0][0], "https://a.example/1", "2024-03-05")
    assert a.body.startswith("The council voted")  # the title is metadata, the text all body
    assert (b.title, b.url, b.published) == (STORIES[1][0], "https://a.example/2", "2024-03-06T18:05:00")


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def test_csv_rows_become_stories(tmp_path, settings):
    path = tmp_path / "stories.csv"
    # Multi-line fields (paragraphs) and quotes inside a field are ordinary CSV.
    write_csv(path, ["ID", "Title", "Published", "Text", "url"], [
        ["c1", STORIES[0][0], "2024-03-05", STORIES[0][1].replace(". ", ".\n\n", 1), "https://c.example/1"],
        ["c2", "Empty", "2024-03-05", "", ""],
        ["c3", STORIES[2][0], "not a date", STORIES[2][1], ""],
    ])
    items = read_all(path)
    assert [i.source for i in items] == [f"{path}#c1", f"{path}#c2", f"{path}#c3"]
    assert isinstance(items[1], InputError) and "row 2" in items[1].message
    a, c = stories([items[0], items[2]], settings)
    assert (a.title, a.url, a.published) == (STORIES[0][0], "https://c.example/1", "2024-03-05")
    assert "\n\n" in a.body and c.published is None


@pytest.mark.parametrize("header, words", [
    (["id", "title", "summary"], ["no text column", "'summary'"]),
    (["id", "body", "content"], ["ambiguous", "'body'", "'content'"]),
])
def test_csv_without_a_clear_text_column(tmp_path, header, words):
    path = tmp_path / "x.csv"
    write_csv(path, header, [["1", "a", "b"]])
    (item,) = read_all(path)
    assert isinstance(item, InputError) and item.source == str(path)
    for word in words:
        assert word in item.message


def test_csv_body_column_is_accepted(tmp_path, settings):
    path = tmp_path / "x.csv"
    write_csv(path, ["headline", "body"], [["h", STORIES[1][1]]])
    (story,) = stories(read_all(path), settings)
    assert "journey times" in story.body


def test_record_over_the_size_limit(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "word " * 500}) + "\n" + json.dumps({"id": "ok", "text": "short text"}),
                    encoding="utf-8")
    items = read_all(path, max_bytes=1000)
    assert type(items[0]).__name__ == "InputTooLarge" and isinstance(items[1], RawInput)


# --- the archive: the same story from two feeds is stored once ---------------------------------

@pytest.mark.slow
def test_same_story_in_two_feeds_is_stored_once(tmp_path):
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    write_rss(feeds / "one.rss", [(*STORIES[0], "https://one.example/a", "Tue, 05 Mar 2024 09:30:00 +0000", True),
                                  (*STORIES[1], "https://one.example/b", "Tue, 05 Mar 2024 10:30:00 +0000", True)])
    # The other outlet carries the same wire story under its own link and a different date.
    write_rss(feeds / "two.rss", [(*STORIES[0], "https://two.example/x", "Tue, 05 Mar 2024 11:00:00 +0000", True)])
    db = tmp_path / "a.db"

    def ingest():
        done = subprocess.run([sys.executable, "-m", "coincide", "ingest", str(feeds), "--db", str(db), "--no-progress"],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stderr

    ingest()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 2
    conn.close()
    second = ingest()
    assert "3 unchanged" in second
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 2
    conn.close()
