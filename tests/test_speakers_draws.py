"""The turns set's drawn parts can be drawn again: eval/speakers/draw_tune2.py, draw_tune3.py,
draw_tune4.py, draw_tune5.py, draw_caucus.py and draw_check2.py, run today, give the stories and
quotes that were labelled (tune2's 75 quotes, tune3's 20 stories, tune4's 12 stories and 95 items,
tune5's 22 stories and 73 items, caucus's 21 stories, the checking part check2's 14 stories and 83
items). A labelled part whose draw cannot be repeated cannot
be checked to have been drawn blind to the code (round 22d: tune3's draw had moved once tune4's
lines were appended). If one of these fails, something the draw reads moved (the turns file's
earlier parts, eval_speakers.polnear_half or source_kind, the spaCy model): see the script's
docstring for the commit that repeats the draw as made."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DRAWS = REPO / "eval" / "speakers"
TURNS = DRAWS / "turns-labels.jsonl"
POLNEAR = REPO.parent / "shared" / "data" / "polnear"

pytestmark = pytest.mark.skipif(not (POLNEAR / "attributions-train.jsonl").is_file(),
                                reason="PolNeAR (../shared/data/polnear) is not on this machine")


def _load(name: str):
    sys.path.insert(0, str(DRAWS))  # draw_tune4 imports draw_tune3
    spec = importlib.util.spec_from_file_location(name, DRAWS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _labelled(part: str) -> list[dict]:
    return [x for x in map(json.loads, TURNS.read_text(encoding="utf-8").splitlines()) if x["half"] == part]


@pytest.fixture(scope="module")
def nlp():
    return _load("draw_tune3").spacy_model()


def test_tune3_draw_gives_tune3_stories(nlp):
    candidates, drawn = _load("draw_tune3").draw(nlp)
    assert len(candidates) == 180  # as docs/holders-and-labels.md recorded in session 17
    assert sorted(drawn) == sorted({x["story"] for x in _labelled("tune3")})


def test_tune4_draw_gives_tune4_stories_and_items(nlp):
    candidates, drawn, items = _load("draw_tune4").draw(nlp)
    assert len(candidates) == 215 and len(items) == 102
    labelled = _labelled("tune4")
    assert sorted(drawn) == sorted({x["story"] for x in labelled})
    drawn_items = {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in items}
    assert {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in labelled} <= drawn_items


def _has_commit(rev: str) -> bool:
    import subprocess

    done = subprocess.run(["git", "-C", str(REPO), "cat-file", "-e", f"{rev}^{{commit}}"], capture_output=True)
    return done.returncode == 0


def test_tune2_draw_holds_tune2_quotes():
    mod = _load("draw_tune2")
    if not _has_commit(mod.DRAWN_AT):
        pytest.skip(f"tune2's draw reads the tree of commit {mod.DRAWN_AT}: this checkout has no git history holding it")
    drawn = mod.draw()
    assert len(drawn) == 79
    got = {(x["story"], tuple(x["quote"])) for x in drawn}
    want = {(x["story"], tuple(x["quote"])) for x in _labelled("tune2")}
    assert len(want) == 75 and want <= got


def test_tune5_draw_gives_tune5_stories_and_items(nlp):
    candidates, drawn, items = _load("draw_tune5").draw(nlp)
    # round 23: every ptune story of no earlier part with a "they"/"it" speech source (22), 75 items
    assert len(candidates) == 22 and len(items) == 75
    labelled = _labelled("tune5")
    assert sorted(drawn) == sorted({x["story"] for x in labelled})
    drawn_items = {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in items}
    assert len(labelled) == 73 and {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in labelled} <= drawn_items


def test_caucus_draw_gives_caucus_stories_and_items():
    candidates, drawn, items = _load("draw_caucus").draw()
    # round 23t: every ptune story of no earlier part naming a tied lawmaker in a speech source (21), 70 items
    assert len(candidates) == 21 and len(items) == 70
    labelled = _labelled("caucus")
    assert len(labelled) == 56 and sum(bool(x["group"]) for x in labelled) == 37
    assert sorted(set(drawn)) == sorted({x["story"] for x in items})
    drawn_items = {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in items}
    assert {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in labelled} <= drawn_items


def test_check2_draw_gives_check2_stories_and_items(nlp):
    candidates, drawn, items = _load("draw_check2").draw(nlp)
    # round 26: pcheck stories of no earlier part, taken until 80 items at least (14 stories, 83 items)
    assert len(candidates) == 208 and len(drawn) == 14 and len(items) == 83
    labelled = _labelled("check2")
    assert sorted(drawn) == sorted({x["story"] for x in labelled})
    drawn_items = {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in items}
    assert len(labelled) == 83 and {(x["story"], tuple(x["quote"]), tuple(x["source"])) for x in labelled} == drawn_items
