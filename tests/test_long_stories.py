"""A story longer than [nlp] max_chunk_chars is parsed in pieces and joined: the record must be
the same kind of record, with every offset into the whole body."""

from __future__ import annotations

import pytest

from coincide.config import load_settings
from coincide.pipeline import analyze_story, load_nlp, split_at_paragraphs
from coincide.records import Story

PARAGRAPH = ('"We will not give up on the railways," Transport Minister Jane Ormond said on Monday. '
             "The opposition leader, Mark Hale, said the plan would cost too much.\n\n")


@pytest.mark.parametrize("text, limit", [(PARAGRAPH * 7, 300), ("word " * 500, 64), ("x" * 1000, 100), ("a\n\nb", 1)])
def test_pieces_join_back_exactly(text, limit):
    pieces = split_at_paragraphs(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit + 4 or " " not in p for p in pieces)


@pytest.fixture(scope="module")
def small_chunk_nlp():
    return load_nlp(load_settings(overrides={"nlp": {"max_chunk_chars": 700}}))


def test_a_long_story_in_pieces_gives_a_whole_record(small_chunk_nlp):
    body = PARAGRAPH * 12
    record = analyze_story(small_chunk_nlp, Story(source="long.txt", body=body))
    assert len(record.quotes) >= 12
    assert {record.actors[0].name} <= {"Jane Ormond", "Mark Hale"}
    for q in record.quotes:
        assert 0 <= q.span[0] < q.span[1] <= len(body)
        assert body[q.span[0]:q.span[1]].strip(' "') in q.text or q.text in body
    speakers = {a.id: a.name for a in record.actors}
    assert any(speakers.get(q.speaker) == "Jane Ormond" for q in record.quotes if q.kind == "direct")
