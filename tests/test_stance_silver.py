"""Self-training of the stance classifier (issue 13, round 8): the silver examples the rules label
on unlabelled stories, and the weighted training that reads them (scripts/train_stance_model.py
--silver)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from coincide.nlp import stance_model as M

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_stance_model", REPO / "scripts" / "train_stance_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_stance_model"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("text, has", [
    ("The committee met on Tuesday in the capital.", False),
    ("The delegates travelled to the northern city by train.", False),
    ("The minister condemned the new levy.", True),
    ("The union welcomed the agreement.", True),
    ("Critics called the scheme a disaster.", True),
])
def test_a_sentence_with_no_stance_word(parse, text, has):
    assert M.has_stance_word(parse(text)) is has


def test_a_silver_example_takes_the_side_of_the_holders_rule_position(trainer, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Minister backs hospital plan\n\n"
                     "Health Minister Jane Morton strongly supports the new hospital funding plan.\n\n"
                     "The committee met on Tuesday in the capital.\n", encoding="utf-8")
    [silver] = trainer.collect_silver([story])
    sided = [c for c in silver["candidates"] if c["label"]]
    assert sided and all(c["label"] == "support" for c in sided)
    # the sentence with no stance word gives candidates for silver none, labelled by no rule
    assert all(c["label"] is None for c in silver["candidates"] if c["stance_free"])


@pytest.mark.parametrize("with_none, labels", [(False, [1, 2]), (True, [1, 2, 0])])
def test_silver_none_only_when_asked(trainer, with_none, labels):
    silver = [{"candidates": [{"features": {"bias": 1.0}, "label": "support", "stance_free": False, "role": "main"},
                              {"features": {"bias": 1.0}, "label": "oppose", "stance_free": False, "role": "main"},
                              {"features": {"bias": 1.0}, "label": None, "stance_free": True, "role": "main"},
                              {"features": {"bias": 1.0}, "label": None, "stance_free": False, "role": "main"}]}]
    _, y = trainer.silver_matrix(silver, ["bias"], with_none)
    assert list(y) == labels


def test_a_zero_weight_row_is_as_if_it_were_not_there(trainer):
    rng = np.random.default_rng(0)
    X = np.hstack([np.ones((40, 1)), rng.normal(size=(40, 4))])
    y = rng.integers(0, 3, size=40)
    weight = np.ones(40)
    weight[30:] = 0.0
    old_steps = trainer.STEPS
    trainer.STEPS = 200
    try:
        weighted = trainer.train(X, y, 0.01, sample_weight=weight)
        dropped = trainer.train(X[:30], y[:30], 0.01)
        plain = trainer.train(X, y, 0.01)
    finally:
        trainer.STEPS = old_steps
    assert np.allclose(weighted, dropped)
    assert not np.allclose(weighted, plain)


def test_no_labelled_story_is_silver(trainer):
    ev = trainer._eval_module()
    if not (ev.DATA / "bbc-politics").is_dir():
        pytest.skip("no shared data")
    paths = trainer.silver_paths([str(ev.DATA / "bbc-politics"), str(ev.DATA / "polnear" / "text")], None)
    labelled = {(ev.DATA / r["path"]).resolve() for r in ev.manifest("all")}
    train = trainer._polnear_train(ev.DATA)
    assert paths and not {p.resolve() for p in paths} & labelled
    assert all(p.stem in train for p in paths if "polnear" in str(p))
    # dealt in turn from each source, so a limit takes from both
    assert {p.parent.name for p in paths[:2]} == {"bbc-politics", "text"}


# round 20: --setting holds the operating point fixed while the tuning half grows; a value off the
# cross-validation's grid has no out-of-fold figure to write, so it is refused before any work
@pytest.mark.parametrize("setting", ["0.0003,0.51,0.6,agree", "0.0003,0.5,0.65,agree", "0.0003,0.5,0.6,maybe"])
def test_a_fixed_setting_off_the_grid_is_refused(trainer, setting, tmp_path, capsys):
    with pytest.raises(SystemExit):
        trainer.main(["--setting", setting, "--cache", str(tmp_path / "absent.json"), "--dry-run"])
    assert "outside the grid" in capsys.readouterr().err
    assert not (tmp_path / "absent.json").exists()
