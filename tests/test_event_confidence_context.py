"""What the event confidence reads around an event from the parse itself (invented sentences): the
lemmas of the verbs above its clause and of its verb's neighbours, and the parse's contextual vectors
(doc.tensor, the tok2vec output the tagger and parser computed)."""

from __future__ import annotations

import numpy as np
import pytest

from coincide.nlp import event_confidence
from coincide.nlp.event_confidence import VECTOR_PLACES, _vector_features, _word_features
from coincide.nlp.events import EventsComponent


def _verb(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,verb,expected", [
    ("The Green Party plans to impose sanctions on Iran.", "impose", "gov=plan"),
    ("The minister insisted that the army had withdrawn from the town.", "withdrawn", "gov=insist"),
    ("Anyone who threatens a teacher will be excluded.", "threatens", "head=relcl:anyone"),
    ("The union would not sign the agreement.", "sign", "dep=neg:not"),
    ("The union might sign the agreement.", "sign", "dep=aux:might"),
])
def test_words_around_the_verb(parse, text, verb, expected):
    doc = parse(text)
    assert expected in _word_features(_verb(doc, verb))


@pytest.mark.parametrize("text,verb", [
    ("Police arrested twenty protesters in Leeds on Monday.", "arrested"),
    ("The Green Party plans to impose sanctions on Iran.", "impose"),
])
def test_vectors_are_read_from_the_parse_at_unit_length(parse, text, verb):
    doc = parse(text)
    tok = _verb(doc, verb)
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    f = _vector_features(doc, next(iter(doc.sents)), tok, tok, subject)
    width = doc.tensor.shape[1]
    for place in ("trigger", "sentence"):
        vector = np.array([f[f"t2v:{place}:{i}"] for i in range(width)])
        assert abs(np.linalg.norm(vector) - 1.0) < 1e-3
    # the trigger's own vector is the parse's, scaled: same direction
    trigger = np.array([f[f"t2v:trigger:{i}"] for i in range(width)])
    assert trigger @ doc.tensor[tok.i] / np.linalg.norm(doc.tensor[tok.i]) > 0.999
    assert {k.split(":")[1] for k in f} <= set(VECTOR_PLACES)


def test_governor_vector_only_under_a_governing_verb(parse):
    planned = parse("The Green Party plans to impose sanctions on Iran.")
    done = parse("The Green Party imposed sanctions on Iran.")
    sent = lambda d: next(iter(d.sents))  # noqa: E731
    assert "t2v:governor:0" in _vector_features(planned, sent(planned), _verb(planned, "impose"), _verb(planned, "impose"), None)
    assert "t2v:governor:0" not in _vector_features(done, sent(done), _verb(done, "imposed"), _verb(done, "imposed"), None)


def test_no_vectors_without_a_tensor(parse):
    doc = parse("Police arrested twenty protesters in Leeds on Monday.")
    doc.tensor = np.zeros((0, 0), dtype="float32")
    tok = _verb(doc, "arrested")
    assert _vector_features(doc, next(iter(doc.sents)), tok, tok, None) == {}


@pytest.mark.parametrize("every", [True, False])
def test_the_events_component_reads_the_families_its_model_weighs(nlp, monkeypatch, every):
    monkeypatch.setattr(event_confidence, "READ_EVERY_FAMILY", every)
    doc = nlp("Headline\n\nThe Green Party plans to impose sanctions on Iran next year.")
    (event,) = EventsComponent(0.0)(doc)._.events
    model = event_confidence.load_model()
    assert ("gov=plan" in event.signs) is (every or model.reads_words)
    assert ("t2v:trigger:0" in event.signs and "t2v:sentence:0" in event.signs) is (every or model.reads_vectors)


@pytest.mark.parametrize("text,crossed,not_crossed", [
    # a verb event with a named country on the other side
    ("The minister met the French president in Paris on Tuesday.", ("|verb", "|source=", "|target="), ("|noun",)),
    # a noun event (its type read from the noun) and a quoted one
    ("Headline words\n\n\"The talks with Spain were useful,\" the minister said.", ("|noun", "|in_quote"), ("|verb",)),
    # a plan: the complement of a verb of intending
    ("The Green Party plans to impose sanctions on Iran next year.", ("|under_intending", "|rule="), ("|in_quote",)),
])
def test_cross_family_crosses_the_type_with_its_signs(nlp, text, crossed, not_crossed):
    doc = nlp(text if text.startswith("Headline") else "Headline\n\n" + text)
    events = EventsComponent(0.0)(doc)._.events
    assert events
    for event in events:
        cross = {k for k in event.signs if k.startswith("x:")}
        # every crossed sign is the event's own type with one of its own base signs
        for k in cross:
            typ, sign = k[2:].split("|", 1)
            assert typ == event.type and sign in event.signs
        for part in crossed:
            assert any(k.startswith(f"x:{event.type}{part}") for k in cross), (event.type, part, sorted(cross))
        for part in not_crossed:
            assert not any(k.startswith(f"x:{event.type}{part}") for k in cross)


def test_the_trainer_switches_the_cross_family():
    import importlib.util

    from conftest import REPO

    spec = importlib.util.spec_from_file_location("train_event_confidence", REPO / "scripts" / "train_event_confidence.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    items = [{"signs": {"bias": 1.0, "type=AGREE": 1.0, "noun": 1.0, "x:AGREE|noun": 1.0, "lemma=deal": 1.0}}] * trainer.MIN_COUNT
    assert "x:AGREE|noun" not in trainer.feature_names(items, "base")
    assert "x:AGREE|noun" not in trainer.feature_names(items, "lemma")
    assert "x:AGREE|noun" in trainer.feature_names(items, "base+cross")
    assert {"x:AGREE|noun", "lemma=deal"} <= set(trainer.feature_names(items, "lemma+cross"))


def test_the_trainer_can_add_the_plover_tune_half():
    """--plover-tune (an experiment, off by default): the PLOVER tune half's found events are labelled by
    their record's gold type, carry their weight, and move the fit only when given (invented events)."""
    import importlib.util

    from conftest import REPO

    spec = importlib.util.spec_from_file_location("train_event_confidence", REPO / "scripts" / "train_event_confidence.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    plover = [{"gold": "AGREE", "events": [{"type": "AGREE", "signs": {"bias": 1.0, "type=AGREE": 1.0}},
                                           {"type": "ACCUSE", "signs": {"bias": 1.0, "type=ACCUSE": 1.0}}]}]
    extra = trainer.plover_items(plover, 3.0)
    assert [(it["right"], it["weight"]) for it in extra] == [(1, 3.0), (0, 3.0)]
    # BBC judgments: AGREE half right, ACCUSE always right; the PLOVER ones say ACCUSE can be wrong
    items = ([{"seed": 1, "right": r, "signs": {"bias": 1.0, "type=AGREE": 1.0}} for r in (0, 1)]
             + [{"seed": 2, "right": 1, "signs": {"bias": 1.0, "type=ACCUSE": 1.0}}] * 2)
    names = ["bias", "type=ACCUSE", "type=AGREE"]
    alone, added = trainer.fit(items, names, 0.01), trainer.fit(items, names, 0.01, extra)
    assert added[1] < alone[1]  # ACCUSE's weight falls once a wrong PLOVER ACCUSE is learned from
    assert added[2] > alone[2]  # and AGREE's rises with a right PLOVER AGREE
    # with no extra events the fit is the plain unweighted one (the shipped file rebuilds exactly)
    assert np.array_equal(trainer.fit(items, names, 0.01, []), alone)
