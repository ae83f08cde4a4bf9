"""scripts/speaker_changes.py: the quotes a change moves, as blind items, and their score, on
invented records (no pipeline run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "speaker_changes.py"
BODY = 'Jane Holt met Tom Reyes. "We will win," she said. "Never," he said. "Maybe," he said.'


def _record(speakers: list[str | None], twice: bool = False, source: str = "../shared/data/polnear/text/invented-story.txt") -> dict:
    spans = [[BODY.index('"We'), BODY.index('," she')], [BODY.index('"Never'), BODY.index('," he said. "M')],
             [BODY.index('"Maybe'), BODY.rindex('," he')]]
    quotes = [{"span": s, "source_span": None, "speaker": sp} for s, sp in zip(spans, speakers)]
    if twice:  # the same quotation under a second cue
        quotes.append(dict(quotes[2]))
    return {"story": {"source": source, "body": BODY},
            "actors": [{"id": "a1", "name": "Jane Holt"}, {"id": "a2", "name": "Tom Reyes"}], "quotes": quotes}


def _write(path: Path, rec: dict) -> Path:
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, cwd=REPO)


def test_only_moved_quotes_become_items_and_the_key_stays_apart(tmp_path):
    base = _write(tmp_path / "base.jsonl", _record(["a1", "a1", None]))
    new = _write(tmp_path / "new.jsonl", _record(["a1", "a2", "a2"]))
    assert _run("items", base, new, "--tag", "T", "--seed", "1", "--dir", tmp_path).returncode == 0
    items = [json.loads(x) for x in (tmp_path / "T-items.jsonl").read_text().splitlines()]
    keys = [json.loads(x) for x in (tmp_path / "T-key.jsonl").read_text().splitlines()]
    assert sorted(i["quote"] for i in items) == ['"Maybe', '"Never']
    # the reader sees no system output
    assert not any({"base", "new", "speaker"} & set(i) for i in items)
    assert all("[[QUOTE>>" in i["context"] for i in items)
    assert sorted((k["base"] or "-", k["new"]) for k in keys) == [("-", "Tom Reyes"), ("Jane Holt", "Tom Reyes")]
    assert {k["half"] for k in keys} <= {"ptune", "pcheck"}


def test_a_quotation_listed_twice_is_left_out(tmp_path):
    base = _write(tmp_path / "base.jsonl", _record(["a1", "a1", None], twice=True))
    new = _write(tmp_path / "new.jsonl", _record(["a1", "a1", "a2"], twice=True))
    out = _run("items", base, new, "--tag", "T", "--seed", "1", "--dir", tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("0 quotes changed")


@pytest.mark.parametrize("answer, base_right, new_right", [
    ({"kind": "person", "speaker": "Tom Reyes", "surnames": ["Reyes"]}, False, True),
    ({"kind": "person", "speaker": "Jane Holt", "surnames": ["Holt"]}, True, False),
    ({"kind": "unnamed", "speaker": "a voter", "surnames": []}, False, False),
])
def test_each_change_is_scored_against_the_label(tmp_path, answer, base_right, new_right):
    base = _write(tmp_path / "base.jsonl", _record(["a1", "a1", "a1"]))
    new = _write(tmp_path / "new.jsonl", _record(["a1", "a2", "a1"]))
    _run("items", base, new, "--tag", "T", "--seed", "1", "--dir", tmp_path)
    (tmp_path / "T-answers.jsonl").write_text(json.dumps({"id": 0, **answer}) + "\n", encoding="utf-8")
    out = _run("score", "--tag", "T", "--dir", tmp_path)
    assert out.returncode == 0, out.stderr
    key = json.loads((tmp_path / "T-key.jsonl").read_text())
    want = f"{key['half']}: wrong -> right {int(new_right and not base_right)}, right -> wrong {int(base_right and not new_right)}"
    assert want in out.stdout


def test_missing_answers_are_named(tmp_path):
    base = _write(tmp_path / "base.jsonl", _record(["a1", "a1", "a1"]))
    new = _write(tmp_path / "new.jsonl", _record(["a1", "a2", "a1"]))
    _run("items", base, new, "--tag", "T", "--seed", "1", "--dir", tmp_path)
    assert _run("score", "--tag", "T", "--dir", tmp_path).returncode == 2
    (tmp_path / "T-answers.jsonl").write_text("\n", encoding="utf-8")
    out = _run("score", "--tag", "T", "--dir", tmp_path)
    assert out.returncode == 2 and "no answer for ids [0]" in out.stderr


def _load_script():
    import importlib.util
    spec = importlib.util.spec_from_file_location("speaker_changes", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_a_bbc_story_keeps_the_half_a_labelled_set_gave_it_else_its_name_decides(tmp_path):
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("path\tsplit\nbbc-politics/001.txt\tcheck2\nbbc-politics/002.txt\ttune\n", encoding="utf-8")
    turns = tmp_path / "turns.jsonl"
    turns.write_text(json.dumps({"set": "bbc-politics", "story": "bbc-politics/002.txt", "half": "check"}) + "\n"
                     + json.dumps({"set": "bbc-politics", "story": "bbc-politics/003.txt", "half": "check"}) + "\n", encoding="utf-8")
    mod = _load_script()
    bbc = mod.bbc_halves(manifest, turns)
    # the manifest first (002 stays btune though the turns labels call it check), then the turns labels
    assert bbc == {"001": "bcheck", "002": "btune", "003": "bcheck"}
    assert mod.half_of("../shared/data/bbc-politics/001.txt", set(), bbc) == "bcheck"
    # no labelled set holds it: the parity of the first hex digit of the sha1 of "004.txt"
    import hashlib
    want = "btune" if int(hashlib.sha1(b"004.txt").hexdigest()[0], 16) % 2 == 0 else "bcheck"
    assert mod.half_of("../shared/data/bbc-politics/004.txt", set(), bbc) == want
    assert mod.half_of("../shared/data/polnear/text/x.txt", {"x"}, bbc) == "pcheck"


def test_export_writes_the_labelled_changes_with_the_story_under_the_data_folder(tmp_path):
    src = "../shared/data/bbc-politics/invented.txt"
    base = _write(tmp_path / "base.jsonl", _record(["a1", "a1", "a1"], source=src))
    new = _write(tmp_path / "new.jsonl", _record(["a1", "a2", "a1"], source=src))
    _run("items", base, new, "--tag", "T", "--seed", "1", "--dir", tmp_path)
    key = json.loads((tmp_path / "T-key.jsonl").read_text())
    assert key["half"] in ("btune", "bcheck")
    (tmp_path / "T-answers.jsonl").write_text(json.dumps({"id": 0, "kind": "person", "speaker": "Tom Reyes",
                                                           "surnames": ["Reyes"], "confidence": "high"}) + "\n", encoding="utf-8")
    out = _run("export", "--tag", "T", "--dir", tmp_path, "--rule", "Z")
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout)
    assert row["rule"] == "Z" and row["story"] == "bbc-politics/invented.txt"
    assert (row["before"], row["after"], row["speaker"]) == ("Jane Holt", "Tom Reyes", "Tom Reyes")
    assert row["quote"] == key["span"] and row["half"] == key["half"]
