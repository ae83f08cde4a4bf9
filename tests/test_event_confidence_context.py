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
