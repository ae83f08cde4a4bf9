"""The learned event confidence (coincide.nlp.event_confidence): what it reads, the setting that
drops events under it, and the weights file it ships (invented sentences)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest

from conftest import REPO

from coincide.errors import ConfigError
from coincide.nlp.event_confidence import MODEL_FILE, load_model
from coincide.nlp.events import EventsComponent

ACTS = [
    "Police arrested 20 protesters in Manchester on Monday.",
    "The minister met the French president in Paris on Tuesday.",
]
PLANS = [
    "The Labour Party plans to impose sanctions on Iran next year.",
    "The Green Party hopes to sign a deal with the unions.",
]


def _events(nlp, text, min_confidence):
    """The events of a story read with the given setting (the component runs again on the parse)."""
    doc = nlp("Headline\n\n" + text)
    return EventsComponent(min_confidence)(doc)._.events


@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("plan", PLANS)
def test_a_plain_act_is_surer_than_a_plan(nlp, act, plan):
    (done,) = _events(nlp, act, 0.0)
    (planned,) = _events(nlp, plan, 0.0)
    assert 0.0 <= planned.confidence < done.confidence <= 1.0


@pytest.mark.parametrize("text,kept", [(ACTS[0], True), (PLANS[0], False)])
def test_min_confidence_drops_what_the_model_doubts(nlp, text, kept):
    assert bool(_events(nlp, text, 0.6)) is kept


@pytest.mark.parametrize("text", ACTS + PLANS)
def test_min_confidence_zero_keeps_every_event(nlp, text):
    assert len(_events(nlp, text, 0.0)) == 1


def test_force_is_kept_whatever_its_confidence(nlp):
    (arrest,) = _events(nlp, ACTS[0], 0.0)
    assert arrest.type in load_model().exempt
    assert len(_events(nlp, ACTS[0], 1.0)) == 1


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_min_confidence_out_of_range_is_a_config_error(bad):
    with pytest.raises(ConfigError):
        EventsComponent(bad)


def test_shipped_setting_is_the_trained_threshold():
    config = tomllib.loads((REPO / "src" / "coincide" / "coincide.toml").read_text(encoding="utf-8"))
    assert config["components"]["coincide_events"]["min_confidence"] == load_model().threshold


def test_confidence_is_in_the_record(nlp):
    from coincide.pipeline import doc_to_record

    doc = nlp("Headline\n\n" + ACTS[1])
    (event,) = doc_to_record(doc).to_dict()["events"]
    assert 0.0 < event["confidence"] <= 1.0


@pytest.mark.slow
def test_weights_rebuild_exactly(tmp_path):
    out = tmp_path / MODEL_FILE
    shipped = REPO / "src" / "coincide" / "nlp" / "lexicon" / MODEL_FILE
    # the shipped file names the judgments and feature sets it was trained on (later seeds may be
    # judged without a new model being shipped: round 8's did not earn one)
    meta = json.loads(shipped.read_text(encoding="utf-8"))["trained_on"]
    subprocess.run([sys.executable, str(REPO / "scripts" / "train_event_confidence.py"), "--out", str(out),
                    "--sets", ",".join(meta["sets_tried"]), "--last-seed", str(meta["last_seed"]),
                    "--held-out", ",".join(map(str, meta["held_out"]["seeds"]))]
                   # a file trained with the PLOVER tune half's events as well records their weight
                   + (["--plover-tune", str(meta["plover_tune"]["weight"])] if "plover_tune" in meta else []),
                   check=True, capture_output=True, cwd=REPO)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(shipped.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,word,signs", [
    # a noun that names the owner's thing, not an act told: a possessive, an adjective
    ("He defended his current veto on the bill.", "veto",
     {"role:noun_dep=dobj", "role:det=possessive", "role:owned=poss", "role:amod"}),
    # an "of" phrase naming an actor
    ("He attacked the empty promises of the Conservative party.", "promises",
     {"role:noun_dep=dobj", "role:det=definite", "role:owned=of_actor"}),
    # generic agents in a relative clause; a conjunct has its first conjunct's clause
    ("Householders who injure or even kill intruders are rarely prosecuted.", "kill",
     {"role:clause=relcl", "role:conj", "role:relcl_generic", "role:relcl_subject"}),
    # a habit: a relative clause on an indefinite noun
    ("She visited a drugs charity, which she supports.", "supports", {"role:clause=relcl", "role:relcl_generic"}),
    # an infinitive under a noun: a planned act
    ("Efforts to deport the men failed.", "deport", {"role:clause=acl", "role:under_noun"}),
    # a plain act told in a main clause
    ("The minister met the French president in Paris on Tuesday.", "met", {"role:clause=ROOT"}),
])
def test_role_signs_read_the_triggers_place(parse, text, word, signs):
    from coincide.nlp.event_confidence import _role_features

    doc = parse(text)
    (tok,) = [t for t in doc if t.text == word]
    got = set(_role_features(tok, tok, tok.pos_ == "NOUN"))
    assert signs <= got, got
    if "role:clause=ROOT" in signs:
        assert not {"role:relcl_generic", "role:under_noun", "role:conj"} & got


def test_role_signs_are_an_events_signs_when_every_family_is_read(nlp, monkeypatch):
    from coincide.nlp import event_confidence

    monkeypatch.setattr(event_confidence, "READ_EVERY_FAMILY", True)
    (event,) = _events(nlp, "Householders who attack intruders are rarely prosecuted.", 0.0)
    assert {"role:clause=relcl", "role:relcl_generic"} <= set(event.signs)
