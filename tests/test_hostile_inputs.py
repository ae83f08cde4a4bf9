"""Hostile and awkward inputs through the whole path (ingest -> analysis -> archive): each bad one
gets an error record naming it and its problem, the good ones around it are analysed with every
span inside their body, and nothing of a failed story is left in the archive.

(Single-error cases of empty, binary, undecodable, French/German and over-the-limit files are in
test_ingest_bad_input.py; the CLI's batch is in test_cli.py. These add what those do not cover.)
"""

from __future__ import annotations

import io
import tracemalloc

import pytest

from coincide.analyze import analyze_paths
from coincide.archive import ingest_paths
from coincide.errors import InputTooLarge
from coincide.ingest import RawInput, iter_inputs, prepare_story
from coincide.store import open_store
from span_helpers import spans_outside

PARAGRAPHS = [
    "The foreign minister said on Tuesday that the talks with the union would continue next week.",
    "\u201cWe are not giving up,\u201d she told reporters in London, adding that the offer was fair.",
    "The union said it would consider the offer and answer by Friday, its leader said on Tuesday evening.",
]
STORY = "Talks to go on\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
CAFE_STORY = STORY.replace("in London", "in a London caf\u00e9")
SPANISH = (
    "El Gobierno anunci\u00f3 el martes que las negociaciones con el sindicato continuar\u00e1n la pr\u00f3xima "
    "semana. \u00abNo vamos a rendirnos\u00bb, dijo la ministra a los periodistas en Madrid. La oposici\u00f3n "
    "critic\u00f3 el plan y pidi\u00f3 una nueva votaci\u00f3n en el parlamento antes del final del mes.\n"
)
FIFTY_MB = 50 * 1024 * 1024


def nested_html(depth: int) -> str:
    article = "<h1>Talks to go on</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return ("<!DOCTYPE html><html><head><title>Talks to go on</title><script>var tracker = 1;</script></head><body>"
            + "<div>" * depth + article + "</div>" * depth + "</body></html>")


SCRIPTS_ONLY = (
    "<!DOCTYPE html><html><head><title></title><style>body { color: red } p { margin: 0 }</style>"
    "<script>document.write('The minister said the talks would go on, she told reporters.');</script></head>"
    "<body><script>var story = 'The union said it would consider the offer and answer by Friday.';</script>"
    "<noscript></noscript><style>.x{}</style></body></html>"
)
ZERO_WIDTH = (
    "Putin rejects the plan\n\n"
    "Russian President Vla\u200bdimir Pu\u00adtin said on Monday that Moscow rejected the plan for Syria. "
    "\u201cWe will not accept this,\u201d Mr Pu\u200dtin told reporters at the G8 sum\u2060mit in Northern\u00a0Ireland.\n\n"
    "US President Barack\u200c Obama said the two leaders had different perspectives on the \x07conflict\x1b.\n"
)
ONE_LINE = ("The minister said on Monday that the talks would go on, and the union said it would answer by "
            "Friday; \u201cwe are not giving up,\u201d she told reporters, " * 800)[:100_000]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A folder of every kind of awkward input, in name order."""
    folder = tmp_path_factory.mktemp("hostile")
    files = {
        "a_empty.txt": b"",
        "b_binary.txt": b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 20,
        "c_cp1252.txt": CAFE_STORY.encode("cp1252"),
        "d_utf16_bom.txt": CAFE_STORY.encode("utf-16"),  # Python writes the byte-order mark
        "e_latin1.txt": CAFE_STORY.replace("\u201c", '"').replace("\u201d", '"').encode("latin-1"),
        # UTF-8 with one Windows-1252 byte pasted in
        "f_mixed.txt": CAFE_STORY.encode("utf-8").replace("caf\u00e9".encode(), b"caf\xe9"),
        "h_nested.html": nested_html(5000).encode(),
        "i_scripts_only.html": SCRIPTS_ONLY.encode(),
        "j_spanish.txt": SPANISH.encode("utf-8"),
        "k_one_line.txt": ONE_LINE.encode("utf-8"),
        "l_zero_width.txt": ZERO_WIDTH.encode("utf-8"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "g_50mb.txt", "wb") as big:
        # sparse: the size is real to stat() and to a reader, the disk holds almost nothing
        big.write(STORY.encode())
        big.truncate(FIFTY_MB)
    return folder


@pytest.fixture(scope="module")
def records(batch, settings):
    return [r.to_dict() for r in analyze_paths([str(batch)], settings)]


def by_name(records, name):
    return next(r for r in records if r["story"]["source"].endswith(name))


@pytest.mark.slow
def test_one_record_per_input_in_order(records):
    names = [r["story"]["source"].rsplit("/", 1)[-1] for r in records]
    assert names == ["a_empty.txt", "b_binary.txt", "c_cp1252.txt", "d_utf16_bom.txt", "e_latin1.txt", "f_mixed.txt",
                     "g_50mb.txt", "h_nested.html", "i_scripts_only.html", "j_spanish.txt", "k_one_line.txt",
                     "l_zero_width.txt"]


@pytest.mark.slow
@pytest.mark.parametrize("name, code, words", [
    ("a_empty.txt", "empty", "empty input"),
    ("b_binary.txt", "binary", "executable"),
    ("g_50mb.txt", "too_large", "52,428,800 bytes"),
    ("i_scripts_only.html", "empty", "no article text"),
    ("j_spanish.txt", "unsupported_language", "not english"),
])
def test_bad_inputs_get_error_records_naming_input_and_problem(records, batch, name, code, words):
    record = by_name(records, name)
    assert record["story"]["source"] == str(batch / name)
    assert record["error"]["code"] == code
    assert words in record["error"]["message"].lower()
    assert set(record) == {"story", "error"}  # an error record carries no half-made analysis


@pytest.mark.slow
def test_language_is_named_in_the_error_record(records):
    record = by_name(records, "j_spanish.txt")
    assert record["story"]["language"] == "es"
    assert "es" in record["error"]["message"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["c_cp1252.txt", "d_utf16_bom.txt", "e_latin1.txt", "f_mixed.txt"])
def test_legacy_and_mixed_encodings_are_read(records, name):
    record = by_name(records, name)
    assert "error" not in record, record.get("error")
    body = record["story"]["body"]
    assert "London caf\u00e9" in body
    assert "\ufffd" not in body and "\ufeff" not in body
    assert record["story"]["title"] == "Talks to go on"
    assert spans_outside(record) == []


@pytest.mark.slow
def test_deeply_nested_html_keeps_its_article(records):
    # libxml2 drops what lies ~255 elements deep; the article must not vanish with it.
    record = by_name(records, "h_nested.html")
    assert "error" not in record, record.get("error")
    body = record["story"]["body"]
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    assert "tracker" not in body
    assert record["story"]["title"] == "Talks to go on"
    assert spans_outside(record) == []


@pytest.mark.slow
def test_a_story_on_one_long_line_is_analysed_within_its_body(records):
    record = by_name(records, "k_one_line.txt")
    assert "error" not in record, record.get("error")
    assert len(record["story"]["body"]) > 90_000
    assert record["quotes"]
    assert spans_outside(record) == []


@pytest.mark.slow
def test_invisible_characters_do_not_split_names(records):
    record = by_name(records, "l_zero_width.txt")
    assert "error" not in record, record.get("error")
    body = record["story"]["body"]
    names = {a["name"] for a in record["actors"]}
    assert "Vladimir Putin" in names and "Barack Obama" in names
    for ch in "\u200b\u00ad\u200d\u200c\u2060\x07\x1b":
        assert ch not in body
        assert not any(ch in n for n in names)
    assert "G8 summit in Northern Ireland" in body
    assert spans_outside(record) == []
    putin = next(a for a in record["actors"] if a["name"] == "Vladimir Putin")
    assert any(body[s:e].endswith("Vladimir Putin") for s, e in putin["mentions"])
    assert any(q["speaker"] == putin["id"] and "We will not accept this" in q["text"] for q in record["quotes"])


def test_fifty_megabytes_are_refused_without_being_read(batch):
    # The limit is checked on the file's size: memory stays a small fraction of the file.
    tracemalloc.start()
    items = list(iter_inputs([str(batch / "g_50mb.txt")], max_bytes=20_000_000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(items) == 1 and isinstance(items[0], InputTooLarge)
    assert "20,000,000 bytes" in items[0].message
    assert peak < 1_000_000, f"{peak:,} bytes allocated to refuse a 50 MB file"


class CountingStream(io.RawIOBase):
    """50 MB of standard input made on the fly, counting what the reader asked for."""

    def __init__(self, size: int):
        self.left = size
        self.served = 0

    def readable(self):
        return True

    def read(self, n=-1):
        n = self.left if n is None or n < 0 else min(n, self.left)
        self.left -= n
        self.served += n
        return b"a" * n


def test_fifty_megabytes_on_stdin_are_read_only_up_to_the_limit():
    stream = CountingStream(FIFTY_MB)
    items = list(iter_inputs(["-"], stdin=stream, max_bytes=20_000_000))
    assert len(items) == 1 and isinstance(items[0], InputTooLarge) and items[0].source == "<stdin>"
    assert stream.served <= 20_000_001


@pytest.mark.slow
def test_the_archive_keeps_the_good_and_notes_the_bad(batch, settings, tmp_path):
    store = open_store(str(tmp_path / "hostile.db"))
    # the slow good inputs (the 100,000-character line, the deep page) are left to the tests above
    names = ["a_empty.txt", "b_binary.txt", "c_cp1252.txt", "f_mixed.txt", "g_50mb.txt", "i_scripts_only.html",
             "j_spanish.txt", "l_zero_width.txt"]
    try:
        results = list(ingest_paths([str(batch / n) for n in names], store, settings))
        assert [r.source.rsplit("/", 1)[-1] for r in results] == names
        failed = {r.source.rsplit("/", 1)[-1] for r in results if r.status == "failed"}
        assert failed == {"a_empty.txt", "b_binary.txt", "g_50mb.txt", "i_scripts_only.html", "j_spanish.txt"}
        stored = {r.story_id for r in results if r.status in ("added", "unchanged")}
        assert store.count() == len(stored)
        assert {f["source"].rsplit("/", 1)[-1] for f in store.failures()} == failed
        for sid in stored:
            record = store.record(sid)
            assert spans_outside(record) == []
            assert store.scalar("SELECT COUNT(*) FROM quotes WHERE story_id = ?", (sid,)) == len(record["quotes"])
    finally:
        store.close()


def test_a_story_that_fails_to_store_leaves_nothing_behind(settings, tmp_path, nlp):
    from coincide.pipeline import analyze_story
    from coincide.records import Relation

    store = open_store(str(tmp_path / "atomic.db"))
    try:
        story = prepare_story(RawInput(source="x.txt", data=STORY.encode(), hint="text"), settings)
        from coincide.pipeline import story_id

        story.id = story_id(story.body)
        record = analyze_story(nlp, story)
        assert record.quotes  # rows go in before the relation that breaks the insert
        # A value the database cannot bind, met after the story, actor and quote rows are written.
        record.relations.append(Relation(actors=[{"not": "bindable"}, "b"], relation="coincide", issue="x", basis="stated"))
        with pytest.raises(Exception):
            store.add(record)
        for table in ("stories", "actors", "quotes", "positions", "sources", "search_index"):
            assert store.scalar(f"SELECT COUNT(*) FROM {table}") == 0, table
        record.relations.pop()
        assert store.add(record) == "added"  # the writer is usable again
    finally:
        store.close()
