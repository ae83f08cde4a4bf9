"""The bench's synthetic inputs: grown corpora must not repeat a body, the long story must be long."""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from bench import grown, long_story  # noqa: E402  (benchmarks/ is no package: it ships with the repository, not the wheel)
from coincide.pipeline import story_id
from coincide.records import Story

STORIES = [Story(source=f"s{i}", title=f"T{i}", body=f"Paragraph one of story {i} has words.\n\nAnd a second one {i}.")
           for i in range(3)]


def test_grown_corpus_has_no_two_identical_bodies():
    more = grown(STORIES, 4)
    assert len(more) == 12
    assert len({story_id(s.body) for s in more}) == 12
    assert more[:3] == STORIES  # the first copy is the corpus itself


def test_long_story_reaches_the_word_count_from_whole_paragraphs():
    big = long_story(STORIES, 100)
    words = len(big.body.split())
    assert 100 <= words < 100 + 10
    paragraphs = {p for s in STORIES for p in s.body.split("\n\n")}
    assert set(big.body.split("\n\n")) <= paragraphs


def test_stage_costs_counts_garbage_collection_on_its_own_row():
    # A full collection lands in whichever stage trips it; the stage table gives it its own row
    # instead, so a stage's figure is its own work. A stage that collects must leave a pause there.
    import gc

    import spacy
    from bench import GC_ROW, stage_costs

    import coincide.nlp  # noqa: F401  (registers doc._.story, which stage_costs sets)

    nlp = spacy.blank("en")

    @spacy.Language.component("bench_test_collects")
    def collects(doc):
        gc.collect()
        return doc

    nlp.add_pipe("bench_test_collects")
    costs = stage_costs(nlp, STORIES)
    assert set(costs) == {"bench_test_collects", GC_ROW}
    assert costs[GC_ROW] > 0
    assert not any(getattr(c, "__name__", "") == "on_collection" for c in gc.callbacks)  # removed after
