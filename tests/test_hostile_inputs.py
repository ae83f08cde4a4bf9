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


# -- issue 17: what a hostile input still did ----------------------------------------------------
#
# The timing- and memory-sensitive cases run in a subprocess with generous bounds (a memory cap on
# the address space, a time limit far above the expected seconds) that only check the work ends
# with the right records: they time nothing.

import gzip
import json
import os
import subprocess
import sys
import textwrap

GOOD_TEXT = " ".join(PARAGRAPHS)


def run_bounded(code: str, *args: str, seconds: int = 300, memory_mb: int | None = None) -> subprocess.CompletedProcess:
    """Run python code in a child process (with RLIMIT_AS when memory_mb is given); its stdout
    is returned. The child is killed after `seconds`, which fails the test."""
    prelude = ""
    if memory_mb:
        prelude = ("import resource\n"
                   f"resource.setrlimit(resource.RLIMIT_AS, ({memory_mb} << 20, {memory_mb} << 20))\n")
    try:
        return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code), *args], capture_output=True,
                              text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        pytest.fail(f"did not finish within {seconds} s")


LIST_INPUTS = """
import sys
from coincide.errors import InputError
from coincide.ingest import iter_inputs
for item in iter_inputs(sys.argv[1:], max_bytes=20_000_000):
    if isinstance(item, InputError):
        print("ERROR", item.code, item.source, "|", item.message)
    else:
        print("STORY", item.source, len(item.data))
"""


def _lines(result: subprocess.CompletedProcess) -> list[str]:
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.splitlines()


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_compressed_giant_line_is_refused_in_bounded_memory(tmp_path, kind):
    # item 1: ~200 KB of gzip that expands to one 200 MB line, between two good records; read
    # under a 300 MB address-space cap (main read the line whole: several times its size).
    path = tmp_path / f"bomb.{kind}.gz"
    with gzip.open(path, "wb", compresslevel=9) as f:
        if kind == "jsonl":
            f.write((json.dumps({"id": "a", "text": GOOD_TEXT}) + "\n").encode())
            f.write(b'{"id": "b", "text": "')
            for _ in range(200):
                f.write(b"A" * (1 << 20))
            f.write(b'"}\n')
            f.write((json.dumps({"id": "c", "text": GOOD_TEXT}) + "\n").encode())
        else:
            f.write(b"id,text\n")
            f.write(f'a,"{GOOD_TEXT}"\n'.encode())
            f.write(b"b,")
            for _ in range(200):
                f.write(b"A" * (1 << 20))
            f.write(b"\n")
            f.write(f'c,"{GOOD_TEXT}"\n'.encode())
    lines = _lines(run_bounded(LIST_INPUTS, str(path), memory_mb=300))
    assert len(lines) == 3, lines
    assert lines[0].startswith(f"STORY {path}#a ")
    assert lines[1].startswith("ERROR too_large") and "20,000,000 bytes" in lines[1]
    assert lines[2].startswith(f"STORY {path}#c ")


def test_deep_json_is_one_bad_line(tmp_path):
    # item 2: 100,000 levels of nesting raised RecursionError and lost the whole file.
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps({"id": "a", "text": GOOD_TEXT}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n"
                    + '{"id": "c", "text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                    + json.dumps({"id": "d", "text": GOOD_TEXT}) + "\n")
    items = list(iter_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawInput", "UnreadableInput", "UnreadableInput", "RawInput"]
    assert items[1].source == f"{path}#line 2" and "nested too deeply" in items[1].message
    assert items[3].source == f"{path}#d"


def test_a_refused_csv_field_ends_at_its_real_end(tmp_path):
    # item 4: after a quoted field over the limit the reader started again inside the field and
    # stored text from inside it as stories (x.csv#smuggled0). The field holds quoted line breaks,
    # commas and doubled quotes that look like rows.
    path = tmp_path / "x.csv"
    inside = "".join(f'smuggled{i},""{GOOD_TEXT}""\n' for i in range(400))
    path.write_text("id,text\n" + f'a,"{GOOD_TEXT}"\n' + f'b,"{inside}"\n' + f'c,"{GOOD_TEXT}"\n' + f'd,"{GOOD_TEXT}"\n')
    items = list(iter_inputs([str(path)], max_bytes=20_000))
    assert [getattr(i, "source", None) for i in items] == [f"{path}#a", f"{path}#row 2", f"{path}#c", f"{path}#d"]
    assert isinstance(items[1], InputTooLarge) and "lines 3-403" in items[1].message
    assert not any("smuggled" in i.source for i in items)


def test_csv_export_neutralises_formulas(tmp_path, settings):
    # item 14: a title like =cmd|' /C calc'!A0 was exported as written, and a spreadsheet runs it.
    import csv as csv_module

    from coincide.export import export_csv

    title = "=cmd|' /C calc'!A0"
    path = tmp_path / "formula.jsonl"
    path.write_text(json.dumps({"id": "f", "title": title, "text": STORY.split("\n\n", 1)[1]}) + "\n")
    store = open_store(str(tmp_path / "formula.db"))
    try:
        assert [r.status for r in ingest_paths([str(path)], store, settings)] == ["added"]
        out = io.StringIO()
        assert export_csv(store, out) > 0
    finally:
        store.close()
    rows = list(csv_module.reader(io.StringIO(out.getvalue())))
    titles = {row[2] for row in rows[1:]}
    assert titles == {"'" + title}
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
    from coincide.export import safe_cell

    for dangerous in ("=1+2", "+1-2", "-1+2", "@SUM(A1)", "\t=x", "\r=x"):
        assert safe_cell(dangerous) == "'" + dangerous
    for plain in ("-3.5", "+1", "12", "Talks", "", None, 7):
        assert safe_cell(plain) == plain


def test_named_pipes_are_refused_not_waited_on(tmp_path):
    # item 3: a FIFO named b.txt in a folder made analyze and ingest wait for ever.
    folder = tmp_path / "pipes"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    os.mkfifo(folder / "b.txt")
    os.mkfifo(tmp_path / "c.jsonl")
    (folder / "d.txt").write_text(STORY)
    lines = _lines(run_bounded(LIST_INPUTS, str(folder), str(tmp_path / "c.jsonl"), seconds=60))
    assert [line.split(" ", 2)[:2] for line in lines] == [
        ["STORY", str(folder / "a.txt")], ["ERROR", "unreadable"], ["STORY", str(folder / "d.txt")], ["ERROR", "unreadable"]]
    assert str(folder / "b.txt") in lines[1] and "named pipe" in lines[1]
    assert str(tmp_path / "c.jsonl") in lines[3] and "named pipe" in lines[3]


def test_links_out_of_a_folder_are_not_followed_unless_asked(tmp_path):
    # item 9: a link to /etc/passwd inside an input folder was read.
    from coincide.errors import UnreadableInput

    outside = tmp_path / "outside.txt"
    outside.write_text(STORY)
    folder = tmp_path / "stories"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "real.txt").write_text(STORY)
    (folder / "a_secret.txt").symlink_to(outside)
    (folder / "b_inside.txt").symlink_to(folder / "sub" / "real.txt")
    (folder / "c_broken.txt").symlink_to(tmp_path / "nowhere.txt")
    items = list(iter_inputs([str(folder)]))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("UnreadableInput", str(folder / "a_secret.txt")), ("RawInput", str(folder / "b_inside.txt")),
        ("UnreadableInput", str(folder / "c_broken.txt")), ("RawInput", str(folder / "sub" / "real.txt"))]
    assert "symbolic link leading out of the folder" in items[0].message and "--follow-links" in items[0].message
    followed = list(iter_inputs([str(folder)], follow_links=True))
    assert isinstance(followed[0], RawInput) and followed[0].data == STORY.encode()
    assert isinstance(followed[2], UnreadableInput)  # a broken link stays unreadable
    # a link named on the command line is the user's choice
    assert isinstance(next(iter(iter_inputs([str(folder / "a_secret.txt")]))), RawInput)
    from coincide.cli import _overrides, build_parser

    args = build_parser().parse_args(["analyze", str(folder), "--follow-links"])
    assert _overrides(args) == {"ingest": {"follow_links": True}}
    assert build_parser().parse_args(["ingest", str(folder)]).follow_links is False


def _coincide(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coincide", *args], capture_output=True, timeout=900,
                          env=dict(os.environ, **(env or {})))


def test_file_names_that_are_not_utf8_are_printed_and_stored_escaped(tmp_path):
    # item 5: analyze --json wrote invalid UTF-8 (or crashed under a strict UTF-8 stdout), ingest
    # could not store such a story (three in a row stopped the run), an empty one was a traceback.
    folder = os.fsencode(tmp_path / "names")
    os.mkdir(folder)
    stories = [STORY, CAFE_STORY, STORY.replace("Tuesday", "Wednesday")]
    for name, text in zip((b"caf\xe9.txt", b"\xff\xfe-2.txt", b"na\xefve.txt"), stories):
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
    with open(os.path.join(folder, b"\xe9mpty.txt"), "w"):
        pass
    strict = {"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}
    done = _coincide("analyze", os.fsdecode(folder), "--json", env=strict)
    assert done.returncode == 1, done.stderr.decode(errors="replace")[-2000:]
    out = done.stdout.decode("utf-8")  # strict: no invalid UTF-8 in the output
    assert "Traceback" not in done.stderr.decode("utf-8")
    records = [json.loads(line) for line in out.splitlines()]
    sources = [r["story"]["source"].rsplit("/", 1)[-1] for r in records]
    assert sorted(sources) == ["%E9mpty.txt", "%FF%FE-2.txt", "caf%E9.txt", "na%EFve.txt"]
    assert [r["error"]["code"] for r in records if "error" in r] == ["empty"]
    db = str(tmp_path / "names.db")
    done = _coincide("ingest", os.fsdecode(folder), "--db", db, env=strict)
    assert done.returncode == 1 and b"run the ingest again" not in done.stderr, done.stderr[-2000:]
    store = open_store(db)
    try:
        assert store.count() == 3
        assert sorted(s["source"].rsplit("/", 1)[-1] for s in store.fetch("SELECT source FROM sources")) == [
            "%FF%FE-2.txt", "caf%E9.txt", "na%EFve.txt"]
    finally:
        store.close()


HOSTILE_PAGE = """
import sys
from coincide.config import load_settings
from coincide.errors import InputError
from coincide.ingest import RawInput, prepare_story
from coincide.ingest.html import _published_with_time, nesting_depth

head = "<!DOCTYPE html><html><head><title>Talks</title>"
page = {
    # no ">" after the bait: each start scanned on to the end of the page
    "meta": head + "<meta name=x " * 80_000,
    "tags": head + "</head><body>" + "<a" * 500_000,
}[sys.argv[1]]
_published_with_time(page, None)
nesting_depth(page)
try:
    prepare_story(RawInput(source=sys.argv[1], data=page.encode(), hint="html"), load_settings())
    print("done", len(page))
except InputError as exc:
    print("done", len(page), exc.code)
"""


@pytest.mark.parametrize("kind", ["meta", "tags"])
def test_a_megabyte_of_regex_bait_is_read_in_bounded_time(kind):
    # item 6: `<meta name=x ` repeated (263 KB took 84 s) and `<a<a<a` (80 KB took 33 s) made the
    # date and depth patterns rescan the page from every start. 1 MB of each must finish; the
    # bound is minutes above the ~3 s it takes, so it checks completion, not speed.
    lines = _lines(run_bounded(HOSTILE_PAGE, kind, seconds=240))
    assert lines and lines[-1].startswith("done ") and int(lines[-1].split()[1]) > 1_000_000


def warc_record(url: str, body: bytes, length: str | None = None) -> bytes:
    """One WARC response record by hand, so its Content-Length can lie."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + url.encode()[-8:].rjust(8, b"0")
            + b">\r\nWARC-Date: 2013-06-17T15:39:00Z\r\nWARC-Target-URI: " + url.encode()
            + b"\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
            + (length if length is not None else str(len(http))).encode() + b"\r\n\r\n" + http + b"\r\n\r\n")


def page_bytes(word: str) -> bytes:
    return (f"<html><head><title>{word}</title></head><body><article><p>{word}: {GOOD_TEXT}</p></article>"
            "</body></html>").encode()


def test_warc_bad_content_lengths_cost_their_record_only(tmp_path):
    # item 7: one bad Content-Length lost every later record; "abc" gave no record and exit 0;
    # warcio's warning printed page bytes on stderr.
    good = [warc_record(f"http://example.com/{i}", page_bytes(f"Story{i}")) for i in range(4)]
    secret = page_bytes("PAGE-BYTES-ON-STDERR")
    path = tmp_path / "bad.warc"
    path.write_bytes(good[0] + warc_record("http://example.com/abc", secret, length="abc") + good[1]
                     + warc_record("http://example.com/short", secret, length="40") + good[2]
                     + warc_record("http://example.com/neg", secret, length="-5") + good[3])
    done = run_bounded(LIST_INPUTS, str(path), seconds=120)
    lines = _lines(done)
    stories = [line.split()[1] for line in lines if line.startswith("STORY")]
    assert stories == [f"{path}#http://example.com/{i}" for i in range(4)], lines
    errors = [line for line in lines if line.startswith("ERROR")]
    assert len(errors) == 3, lines
    assert "bad Content-Length 'abc'" in errors[0] and "bad Content-Length '-5'" in errors[2]
    assert "Content-Length" in errors[1]
    assert "PAGE-BYTES-ON-STDERR" not in done.stderr and "WARNING" not in done.stderr
    only_abc = tmp_path / "abc.warc"
    only_abc.write_bytes(warc_record("http://example.com/abc", secret, length="abc"))
    done = _coincide("analyze", str(only_abc), "--json")
    assert done.returncode == 1, done.stderr[-2000:]
    assert json.loads(done.stdout.splitlines()[0])["error"]["code"] == "unreadable"


def test_a_warc_header_line_of_64_megabytes_is_refused_in_bounded_time(tmp_path):
    # item 7: an uncompressed .warc with one 64 MB header line took 85 s (quadratic); the bound
    # here is minutes, to check completion only.
    path = tmp_path / "long.warc"
    with open(path, "wb") as f:
        f.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: ")
        for _ in range(64):
            f.write(b"a" * (1 << 20))
        f.write(b"\r\n\r\n")
        f.write(warc_record("http://example.com/after", page_bytes("After")))
    lines = _lines(run_bounded(LIST_INPUTS, str(path), seconds=240, memory_mb=1000))
    assert lines[0].startswith(f"ERROR unreadable {path}#record 1") and "header line over" in lines[0]
    assert lines[1].startswith(f"STORY {path}#http://example.com/after")
