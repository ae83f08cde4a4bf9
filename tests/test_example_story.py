"""The example story end to end, scored against its hand-made gold with ../shared/tools/score.py.

Floors: a score >= 0.80, and every section at 100% (issues 2, 4 and 5). The gold is
read from ../shared, never from the repository, and the pipeline has no knowledge of this story.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from contextlib import redirect_stdout

import pytest

from coincide.cli import main
from conftest import EXAMPLE, shared_path


@pytest.fixture(scope="session")
def example_json(tmp_path_factory, nlp):
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(["analyze", str(EXAMPLE), "--json", "--no-progress"])
    assert status == 0
    path = tmp_path_factory.mktemp("example") / "example.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def example_score(example_json) -> dict[str, float]:
    """score.py's figures for the example, by section: run once per test session."""
    gold = shared_path("gold", "syria-g8-2013.gold.json")
    scorer = shared_path("tools", "score.py")
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(example_json)], capture_output=True, text=True)
    sections = {}
    for line in done.stdout.splitlines():
        m = re.fullmatch(r"(\w+): (\d+)/(\d+)", line.strip())
        if m:
            sections[m.group(1)] = int(m.group(2)) / int(m.group(3))
        m = re.fullmatch(r"score: ([\d.]+)", line.strip())
        if m:
            sections["score"] = float(m.group(1))
    print(done.stdout)
    return sections


def test_example_scores_at_least_080(example_score):
    assert example_score["score"] >= 0.80


# Issue 2 asks for story, actors and quotes at 100%; issues 4 and 5 for positions, relations, events
# and figures at 100% too, so every section is gated.
@pytest.mark.parametrize("section", ["story", "actors", "quotes", "positions", "relations", "events", "figures"])
def test_example_section_complete(example_score, section):
    assert example_score[section] == 1.0


def test_example_record_follows_contract(example_json):
    record = json.loads(example_json.read_text(encoding="utf-8").splitlines()[0])
    for key in ("story", "actors", "quotes", "positions", "relations", "events", "figures"):
        assert key in record and record[key] is not None
    body = record["story"]["body"]
    spans = []
    for actor in record["actors"]:
        spans += actor["mentions"]
    for section in ("quotes", "positions", "relations", "events", "figures"):
        for item in record[section]:
            for key in ("span", "source_span", "cue_span"):
                if item.get(key) is not None:
                    spans.append(item[key])
    for start, end in spans:
        assert 0 <= start < end <= len(body), (start, end)


def test_the_contract_in_the_repository_is_the_shared_one():
    # docs/story-json.md is the contract users read; ../shared/spec/story-json.md the one the scorers follow
    shared = shared_path("spec", "story-json.md")
    mine = EXAMPLE.parents[1] / "docs" / "story-json.md"
    assert mine.read_text(encoding="utf-8") == shared.read_text(encoding="utf-8"), (
        "docs/story-json.md differs from ../shared/spec/story-json.md: copy the shared one over")
