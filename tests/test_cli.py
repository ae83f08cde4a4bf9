"""The `coincide analyze` command as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLE

GOOD = (
    "Minister says talks will go on\n\n"
    "The foreign minister said on Tuesday that the talks with the union would continue next week. "
    "\"We are not giving up,\" she told reporters in London. The opposition criticised the plan.\n"
)


def run(*args, stdin: bytes | None = None):
    return subprocess.run(
        [sys.executable, "-m", "coincide", *args], input=stdin, capture_output=True, timeout=600
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (folder / "d_bad_utf8.txt").write_bytes(b"Headline\n\n" + b"\xff\xfe\xfd caf\xe9 \x80\x81 " * 50)
    (folder / "e_french.txt").write_text(
        "Le gouvernement annonce une réforme\n\n"
        "Le ministre des affaires étrangères a déclaré mardi que les négociations avec le syndicat "
        "continueraient la semaine prochaine. « Nous n'abandonnons pas », a-t-elle dit aux journalistes.\n",
        encoding="utf-8",
    )
    (folder / "f_large.txt").write_bytes((GOOD * 200_000)[:21_000_000].encode("utf-8"))
    (folder / "g_good.html.gz").write_bytes(
        gzip.compress(
            (
                "<html><head><title>Talks to go on</title></head><body><nav>Home | World | Sport</nav>"
                "<article><h1>Talks to go on</h1><p>" + GOOD.split("\n\n", 1)[1] + "</p>"
                "<p>The union said it would consider the offer and answer by Friday, its leader said.</p>"
                "</article><footer>Cookie policy</footer></body></html>"
            ).encode("utf-8")
        )
    )
    done = run("analyze", str(folder), "--json")
    return done, [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


@pytest.mark.slow
def test_batch_gives_one_record_per_input_in_order(batch):
    _, records = batch
    names = [r["story"]["source"].rsplit("/", 1)[-1] for r in records]
    assert names == ["a_good.txt", "b_empty.txt", "c_binary.txt", "d_bad_utf8.txt", "e_french.txt", "f_large.txt", "g_good.html.gz"]


@pytest.mark.slow
def test_batch_exit_status_says_some_failed(batch):
    done, _ = batch
    assert done.returncode == 1
    assert b"failed" in done.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, code",
    [("b_empty.txt", "empty"), ("c_binary.txt", "binary"), ("e_french.txt", "unsupported_language"), ("f_large.txt", "too_large")],
)
def test_bad_inputs_get_error_records(batch, name, code):
    _, records = batch
    record = next(r for r in records if r["story"]["source"].endswith(name))
    assert record["error"]["code"] == code
    assert record["error"]["message"]


@pytest.mark.slow
def test_invalid_utf8_is_decoded_or_refused_clearly(batch):
    _, records = batch
    record = next(r for r in records if r["story"]["source"].endswith("d_bad_utf8.txt"))
    # Documented handling: undecodable bytes are read as Windows-1252/Latin-1, else refused.
    assert "error" in record or record["story"]["body"]


@pytest.mark.slow
def test_good_inputs_in_a_bad_batch_are_analysed(batch):
    _, records = batch
    good = [r for r in records if "error" not in r and r["story"]["source"].endswith(("a_good.txt", "g_good.html.gz"))]
    assert len(good) == 2
    for record in good:
        assert "talks" in record["story"]["body"]
        for key in ("actors", "quotes", "positions", "relations", "events", "figures"):
            assert isinstance(record[key], list)


@pytest.mark.slow
def test_stdin_and_exit_zero():
    done = run("analyze", "-", "--json", stdin=EXAMPLE.read_bytes())
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["story"]["source"] == "<stdin>"
    assert record["story"]["body"]


@pytest.mark.slow
def test_readable_report_has_every_section():
    done = run("analyze", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    for heading in ("Actors", "Quotes", "Positions", "Where they coincide and diverge", "Events", "Figures"):
        assert heading in text


@pytest.mark.slow
def test_missing_path_is_an_error_record_not_a_crash(tmp_path):
    done = run("analyze", str(tmp_path / "nope.txt"), str(EXAMPLE), "--json")
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(lines) == 2 and "error" in lines[0] and "error" not in lines[1]


@pytest.mark.slow
def test_unknown_model_is_a_clear_command_error():
    done = run("analyze", str(EXAMPLE), "--model", "no_such_model_xyz")
    assert done.returncode == 2
    assert b"no_such_model_xyz" in done.stderr


def test_the_progress_total_counts_what_ingest_reads(tmp_path):
    from coincide.cli import _count_inputs

    for name in ("a.txt", "b.htm.gz", "c.HTML", "notes.md", "d.pdf"):
        (tmp_path / name).write_bytes(b"x")
    assert _count_inputs([str(tmp_path)]) == 3
    assert _count_inputs([str(tmp_path), str(tmp_path / "notes.md")]) == 4  # named files count whatever they are
    assert _count_inputs(["-"]) is None


@pytest.mark.parametrize("container", ["feed.rss", "crawl.warc.gz", "items.jsonl", "table.csv", "feed.atom"])
def test_a_container_leaves_the_progress_total_open(tmp_path, container):
    # its records are counted only by reading it: no total rather than a wrong one
    from coincide.cli import _count_inputs

    (tmp_path / "a.txt").write_bytes(b"x")
    (tmp_path / container).write_bytes(b"x")
    assert _count_inputs([str(tmp_path)]) is None
