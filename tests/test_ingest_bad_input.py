"""Bad inputs: each gets the right InputError, naming the input and the problem, and the rest of
the batch still comes through."""

from __future__ import annotations

import gzip
import io

import pytest

from coincide.errors import (
    BinaryInput,
    DecodingError,
    EmptyInput,
    InputError,
    InputTooLarge,
    UnreadableInput,
    UnsupportedLanguage,
)
from coincide.ingest import RawInput, iter_inputs, prepare_story

ENGLISH = (
    "Budget vote passes\n\n"
    "The council voted on Tuesday to approve a budget of 40 million pounds, its leader said. "
    "“This budget protects services,” said council leader Mary Jones. The opposition said the plan "
    "would raise taxes and called for a new vote.\n"
)
FRENCH = (
    "Le conseil municipal a voté mardi un budget de quarante millions d'euros, a déclaré son maire. "
    "« Ce budget protège les services publics », a-t-elle ajouté. L'opposition a dénoncé une hausse "
    "des impôts et réclame un nouveau vote avant la fin du mois.\n"
)
GERMAN = (
    "Der Stadtrat hat am Dienstag einen Haushalt von vierzig Millionen Euro beschlossen, sagte die "
    "Bürgermeisterin. Die Opposition kritisierte die geplanten Steuererhöhungen und forderte eine neue "
    "Abstimmung noch vor dem Ende des Monats.\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def outcome(path, settings, max_bytes=20_000_000):
    """The one result for a single path: a Story, or the InputError it gave."""
    items = list(iter_inputs([str(path)], max_bytes=max_bytes))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, InputError):
        return item
    try:
        return prepare_story(item, settings)
    except InputError as exc:
        return exc


@pytest.mark.parametrize(
    "name, data, error, words",
    [
        ("empty.txt", b"", EmptyInput, "empty"),
        ("blank.txt", b" \n\r\n\t \n", EmptyInput, "empty"),
        ("picture.txt", PNG, BinaryInput, "PNG"),
        ("nul.txt", b"Some text\x00\x00\x00with NUL bytes\x00" * 10, BinaryInput, "NUL"),
        ("controls.txt", bytes(range(1, 9)) * 50, BinaryInput, "control"),
        # Every byte above 0x7f: not UTF-8, no charset detected, control codes in latin-1.
        ("garbage.txt", bytes(range(0x80, 0x100)) * 4, DecodingError, "undecodable"),
        ("french.txt", FRENCH.encode("utf-8"), UnsupportedLanguage, "not English"),
        ("german.txt", GERMAN.encode("utf-8"), UnsupportedLanguage, "not English"),
        ("chrome.txt", b"Home\nNews\nSport\nSign in\nSubscribe\n", EmptyInput, "no article text"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00not really gzip", UnreadableInput, "gzip"),
    ],
)
def test_bad_input_gives_the_right_error(tmp_path, settings, name, data, error, words):
    path = tmp_path / name
    path.write_bytes(data)
    result = outcome(path, settings)
    assert type(result) is error, result
    assert result.source == str(path)
    assert words.lower() in result.message.lower()
    assert str(path) in str(result)  # the exception's text names the input


@pytest.mark.parametrize("language, text", [("fr", FRENCH), ("de", GERMAN)])
def test_unsupported_language_reports_the_language(tmp_path, settings, language, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = outcome(path, settings)
    assert isinstance(result, UnsupportedLanguage)
    assert result.language == language
    assert result.code == "unsupported_language"


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),  # BOM
        ("utf-16", b""),  # Python writes the BOM itself
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
        ("latin-1", b""),
    ],
)
def test_encodings_decode_to_the_same_story(tmp_path, settings, encoding, prefix):
    text = ENGLISH.replace("“", '"').replace("”", '"') if encoding == "latin-1" else ENGLISH
    text = text.replace("40 million pounds", "40 million pounds for the café")
    path = tmp_path / "story.txt"
    path.write_bytes(prefix + text.encode(encoding))
    story = outcome(path, settings)
    assert not isinstance(story, InputError), story
    assert story.title == "Budget vote passes"
    assert "café" in story.body
    assert "\ufeff" not in story.body and "\ufffd" not in story.body
    if encoding != "latin-1":
        assert "“This budget protects services,”" in story.body  # curly quotes kept


def test_invalid_utf8_byte_in_utf8_text_is_read_not_refused(tmp_path, settings):
    # A file stitched from two encodings: UTF-8 curly quotes and one Windows-1252 "é".
    data = ENGLISH.encode("utf-8").replace(b"pounds", b"pounds for the caf\xe9")
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    story = outcome(path, settings)
    assert not isinstance(story, InputError), story
    assert "for the café" in story.body
    assert "“This budget" in story.body


def test_file_over_the_limit_is_refused_without_reading_it(tmp_path, settings):
    path = tmp_path / "big.txt"
    path.write_bytes(ENGLISH.encode() * 100)
    result = outcome(path, settings, max_bytes=1000)
    assert isinstance(result, InputTooLarge)
    assert "1,000 bytes" in result.message


def test_gzip_that_expands_past_the_limit_is_refused(tmp_path, settings):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 200_000))
    assert path.stat().st_size < 1000
    result = outcome(path, settings, max_bytes=50_000)
    assert isinstance(result, InputTooLarge)
    assert "decompressed" in result.message


def test_missing_path(tmp_path, settings):
    result = outcome(tmp_path / "nowhere.txt", settings)
    assert isinstance(result, UnreadableInput)
    assert "no such file" in result.message


def test_stdin_over_the_limit(settings):
    items = list(iter_inputs(["-"], stdin=io.BytesIO(b"x" * 2000), max_bytes=1000))
    assert len(items) == 1 and isinstance(items[0], InputTooLarge) and items[0].source == "<stdin>"


def test_a_folder_with_a_mix_keeps_going(tmp_path, settings):
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "a-good.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-image.html").write_bytes(PNG)
    (folder / "d-french.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "e-big.txt").write_bytes(b"x" * 5000)
    (folder / "notes.md").write_text("not a story input", encoding="utf-8")  # skipped: not .txt/.html
    (folder / "sub" / "f-good.txt.gz").write_bytes(gzip.compress(ENGLISH.replace("Budget", "Spending").encode("cp1252", "replace")))
    (folder / "sub" / "g-good.htm").write_text(
        "<!DOCTYPE html><html><head><title>Spending row</title></head><body><article><h1>Spending row</h1>"
        + "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n")[1:])
        + "</article></body></html>",
        encoding="utf-8",
    )
    missing = tmp_path / "missing.txt"

    results = []
    for item in iter_inputs([str(folder), str(missing)], max_bytes=4000):
        if isinstance(item, InputError):
            results.append(item)
            continue
        try:
            results.append(prepare_story(item, settings))
        except InputError as exc:
            results.append(exc)

    names = [r.source.rsplit("/", 1)[-1] for r in results]
    assert names == ["a-good.txt", "b-empty.txt", "c-image.html", "d-french.txt", "e-big.txt",
                     "f-good.txt.gz", "g-good.htm", "missing.txt"]
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Story", "EmptyInput", "BinaryInput", "UnsupportedLanguage", "InputTooLarge",
                     "Story", "Story", "UnreadableInput"]
    assert results[5].title == "Spending vote passes"
    assert results[6].title == "Spending row"
    assert "council voted on Tuesday" in results[6].body


def test_empty_folder_is_reported(tmp_path):
    items = list(iter_inputs([str(tmp_path)]))
    assert len(items) == 1 and isinstance(items[0], EmptyInput)
    assert "no .txt" in items[0].message


def test_prepare_story_on_raw_bytes_from_stdin(settings):
    items = list(iter_inputs(["-"], stdin=io.BytesIO(gzip.compress(ENGLISH.encode()))))
    story = prepare_story(items[0], settings)
    assert story.source == "<stdin>" and story.title == "Budget vote passes"


def test_html_sniffed_without_a_hint(settings):
    page = ("<html><body><h1>Budget vote passes</h1>" + "".join(
        f"<p>{p}</p>" for p in ENGLISH.split("\n\n")[1:]) + "</body></html>").encode()
    story = prepare_story(RawInput(source="<stdin>", data=page, hint=None), settings)
    assert "<p>" not in story.body and "council voted" in story.body
