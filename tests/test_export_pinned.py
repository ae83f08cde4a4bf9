"""Exports pinned byte for byte: an invented archive (two stories, every section, analysts'
corrections) exported in every format, compared with the digests the dict-reading export gave
before it read typed records (records.StoryRecord). Any change to an export's bytes shows here;
when one is meant, the new digests go in with the commit that says why."""

from __future__ import annotations

import copy
import hashlib
import io

import pytest

from coincide import export
from coincide.records import StoryRecord
from coincide.store import open_store
from test_records import _record

# sha256 (first 16 hex digits) of each export, as the dict-reading export.py wrote them; jsonl and
# corrections since the record gained events' source_code/target_code and figures' value_high (the
# old digests come back with those keys taken out: cecbbb4f603defed, ecf64b7ee0863cae); jsonl again
# since figures gained source_text (with its two `"source_text": null` taken out: b456347bb0963723);
# jsonl and corrections since events gained confidence (with `"confidence": null` taken out:
# 196219af5ea186bd, d6ef956ac5b415e9)
PINNED = {
    "jsonl": "0a236f2751fbc246", "csv": "9b2927e722ec3fbf", "gdelt-events": "0994c94e24e8e870",
    "corrections": "1f5e5ecfafa8a298", "dir/actors.csv": "c86cac94229c00e8", "dir/events.csv": "3d153de3ac06fc29",
    "dir/figures.csv": "1db52f9074466ca8", "dir/positions.csv": "7161bf7375c027a6", "dir/quotes.csv": "14a68e77cb97d2b2",
    "dir/relations.csv": "ce8f28a31825d3dc", "dir/stories.csv": "cf0511beca4a43bf",
}


def _stored() -> dict:
    return dict(_record(), pipeline_version="pinned-1")


def _second() -> dict:
    """A second invented story: dated, with a figure, an event between two actors, a place."""
    r = copy.deepcopy(_stored())
    body = "Leaders of France and Italy met in Rome on 3 May 2024. Inflation fell to 2.5 per cent, France said."
    span = lambda w: [body.index(w), body.index(w) + len(w)]  # noqa: E731
    r["story"] = {"id": "s2", "title": "=HYPERLINK(1)", "body": body, "published": "2024-05-03T10:00:00",
                  "url": "https://example.org/s2", "source": "s2.txt"}
    r["actors"] = [{"id": "a1", "name": "France", "kind": "country", "country": "FRA", "code": "FRAGOV",
                    "aliases": ["Paris"], "mentions": [span("France")]},
                   {"id": "a2", "name": "Italy", "kind": "country", "country": "ITA", "mentions": [span("Italy")]}]
    r["quotes"] = [{"speaker": "a1", "speakers": ["a1"], "kind": "according_to", "text": "Inflation fell to 2.5 per cent",
                    "span": span("Inflation fell to 2.5 per cent"), "cue": "said", "addressee": "a2"}]
    r["positions"] = [{"holder": "a1", "stance": "neutral", "issue": "inflation", "statement": "Inflation fell",
                       "span": span("Inflation fell"), "topics": [{"topic": "macroeconomics", "words": ["inflation"]}]}]
    r["relations"] = [{"actors": ["a1", "a2"], "relation": "coincide", "issue": "trade", "basis": "stated",
                       "span": span("Leaders of France and Italy met")}]
    r["events"] = [{"type": "CONSULT", "source": "a1", "target": "a2", "actors": ["a1", "a2"], "date": "2024-05-03",
                    "location": "Rome", "span": span("Leaders of France and Italy met in Rome"), "mode": "meet",
                    "spans": [span("met"), span("Rome")]}]
    r["figures"] = [{"value": 2.5, "unit": "percent", "about": "inflation", "qualifier": None, "place": "a1",
                     "source": "a1", "since": None, "span": span("2.5 per cent"), "text": "2.5 per cent"},
                    {"value": -3, "unit": None, "about": "growth", "qualifier": "about", "place": None,
                     "source": None, "since": "2023", "span": span("fell"), "text": "-3"}]
    return r


def _exports(store, tmp_path) -> dict[str, str]:
    out = {}
    for name, fn in export.EXPORTERS.items():
        buf = io.StringIO()
        fn(store, buf)
        out[name] = buf.getvalue()
    folder = tmp_path / "sections"
    export.export_csv_dir(store, folder)
    for f in sorted(folder.iterdir()):
        out["dir/" + f.name] = f.read_text(encoding="utf-8")
    return out


@pytest.fixture
def archive(tmp_path):
    with open_store(str(tmp_path / "pinned.db")) as store:
        store.add(StoryRecord.from_dict(_stored()))
        store.add(StoryRecord.from_dict(_second()))
        store.add_correction("s1", "positions", 1, "stance", "wrong", "support", note="read again", author="ann")
        store.add_correction("s2", "events", 0, "type", "right", None, author="bo")
        with store._transaction() as w:  # a fixed time, so the bytes do not change with the clock
            store._write(w, "UPDATE corrections SET at = '2026-12-01T00:00:00+00:00'")
        yield store


def test_every_export_is_byte_for_byte_what_it_was(archive, tmp_path):
    got = {name: hashlib.sha256(text.encode()).hexdigest()[:16] for name, text in _exports(archive, tmp_path).items()}
    assert got == PINNED
