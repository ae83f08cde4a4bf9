"""Finding and reading inputs, and HTML pages through trafilatura, on small files written here."""

from __future__ import annotations

import gzip
import io
import os

import pytest

from coincide.errors import InputError
from coincide.ingest import RawInput, iter_inputs, prepare_story
from coincide.ingest.readers import format_hint

PARAGRAPHS = [
    "The council voted on Tuesday to approve a budget of 40 million pounds, its leader said after a long debate.",
    "“This budget protects services,” said council leader Mary Jones, who had warned of cuts for months.",
    "The opposition said the plan would raise taxes and called for a new vote before the end of the year.",
]


@pytest.mark.parametrize(
    "name, hint",
    [("a.txt", "text"), ("a.TXT", "text"), ("a.txt.gz", "text"), ("a.html", "html"), ("a.htm.gz", "html"),
     ("a.HTML", "html"), ("a.md", None), ("README", None)],
)
def test_format_hint(name, hint):
    assert format_hint(name) == hint


def test_folder_is_read_recursively_in_sorted_order_taking_story_files_only(tmp_path):
    for rel in ["b.txt", "a/z.html", "a/b/c.htm.gz", "c.txt.gz", "a.md", ".hidden.txt", ".git/x.txt", "d.json"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = f"story {rel}".encode()
        path.write_bytes(gzip.compress(data) if rel.endswith(".gz") else data)
    items = list(iter_inputs([str(tmp_path)]))
    assert [os.path.relpath(i.source, tmp_path) for i in items] == ["a/b/c.htm.gz", "a/z.html", "b.txt", "c.txt.gz"]
    assert [i.hint for i in items] == ["html", "html", "text", "text"]
    assert items[0].data == b"story a/b/c.htm.gz"  # gunzipped


def test_symlinked_folder_loop_does_not_hang(tmp_path):
    (tmp_path / "story.txt").write_text("a story", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    items = list(iter_inputs([str(tmp_path)]))
    assert [os.path.basename(i.source) for i in items] == ["story.txt"]


def test_paths_keep_their_order_and_stdin_is_read_where_it_is_named(tmp_path):
    first, second = tmp_path / "2.txt", tmp_path / "1.txt"
    first.write_bytes(b"two")
    second.write_bytes(b"one")
    items = list(iter_inputs([str(first), "-", str(second)], stdin=io.BytesIO(b"from stdin")))
    assert [(i.source, i.data) for i in items] == [(str(first), b"two"), ("<stdin>", b"from stdin"), (str(second), b"one")]
    assert items[1].hint is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_bytes(b"x")
    path.chmod(0)
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, InputError) and "cannot read" in item.message


PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council passes budget | The Example Times</title>
<link rel="canonical" href="https://example.org/news/council-budget">
<meta property="og:title" content="Council passes budget">
<meta property="article:published_time" content="2014-03-04T09:05:00+00:00">
<meta name="author" content="Jane Doe">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Council passes budget</h1>
<p>LEEDS, England &#8212; {0}</p>
<p>{1}</p>
<p>{2}</p>
</article>
<footer><p>&copy; 2014 The Example Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_html_page_body_and_metadata(settings):
    html = PAGE.replace("{0}", PARAGRAPHS[0]).replace("{1}", PARAGRAPHS[1]).replace("{2}", PARAGRAPHS[2])
    story = prepare_story(RawInput(source="page.html", data=html.encode("utf-8"), hint="html"), settings)
    assert story.title == "Council passes budget"
    assert story.published == "2014-03-04T09:05:00"
    assert story.byline == "Jane Doe"
    assert story.url == "https://example.org/news/council-budget"
    assert story.dateline == "LEEDS, England"
    assert story.body == "\n\n".join(PARAGRAPHS)


def test_html_in_a_legacy_encoding_declared_by_the_page(settings):
    html = PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
    html = html.replace("{0}", PARAGRAPHS[0] + " The café stayed open.").replace("{1}", PARAGRAPHS[1]).replace("{2}", PARAGRAPHS[2])
    story = prepare_story(RawInput(source="page.html", data=html.encode("cp1252"), hint="html"), settings)
    assert "The café stayed open." in story.body
    assert "“This budget protects services,”" in story.body
